//! The `twinning` binary as an administrator uses it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::{DEMO, backend, fresh_db};

/// The binary, logging what it serves.
fn twinning() -> Command {
    let mut c = crate::support::twinning();
    c.env("RUST_LOG", "info");
    c
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run twinning")
}

/// Starts a serving command on port 0 and returns the process and its base URL.
fn spawn_serving(mut cmd: Command) -> (Child, String) {
    let mut child = cmd.stderr(Stdio::piped()).stdout(Stdio::null()).spawn().expect("spawn");
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        let Some(Ok(line)) = lines.next() else { break };
        if let Some(at) = line.find("serving http://") {
            let url = line[at + "serving ".len()..].split_whitespace().next().unwrap().trim_end_matches('/').to_owned();
            // Keep draining stderr so the child never blocks on a full pipe.
            std::thread::spawn(move || for _ in lines.by_ref() {});
            return (child, url);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not report its address");
}

fn stop(mut child: Child) -> std::process::ExitStatus {
    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(Instant::now() < deadline, "did not stop within 15 s of SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test]
async fn import_then_export_round_trips_a_project() {
    let db = fresh_db().await;
    let file = db.dir.join("ttchan.json");
    std::fs::write(&file, DEMO).unwrap();
    let out = run(twinning().arg("import").arg(&file).args(db.cli_args()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.starts_with("Created project ttchan"), "{said}");

    let again = run(twinning().arg("import").arg(&file).args(db.cli_args()));
    assert!(String::from_utf8(again.stdout).unwrap().starts_with("Replaced project ttchan"));

    let out = run(twinning().args(["export", "ttchan"]).args(db.cli_args()));
    assert!(out.status.success());
    let exported =
        twinning_domain::Bundle::from_json(std::str::from_utf8(&out.stdout).unwrap()).expect("export is importable");
    assert_eq!(exported.project, crate::support::demo().project);

    let missing = run(twinning().args(["export", "nope"]).args(db.cli_args()));
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("there is no project \"nope\""));
}

#[tokio::test]
async fn an_invalid_file_is_reported_field_by_field_and_writes_nothing() {
    let db = fresh_db().await;
    let mut v: serde_json::Value = serde_json::from_str(DEMO).unwrap();
    v["project"]["events"][0]["items"][3]["ends_at"] = v["project"]["events"][0]["items"][3]["starts_at"].clone();
    v["venues"][0]["coordinates"]["lat"] = 123.0.into();
    let file = db.dir.join("bad.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let out = run(twinning().arg("import").arg(&file).args(db.cli_args()));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("venues[0].coordinates"), "{err}");

    v["venues"][0]["coordinates"]["lat"] = 56.9.into();
    std::fs::write(&file, v.to_string()).unwrap();
    let out = run(twinning().arg("import").arg(&file).args(db.cli_args()));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("project.events[0].items[3].ends_at") && err.contains("item.ends_before_start"), "{err}");

    let out = run(twinning().args(["export", "ttchan"]).args(db.cli_args()));
    assert!(!out.status.success(), "nothing was stored");
}

#[tokio::test]
async fn a_hostile_project_file_is_refused_with_a_reason_not_a_crash() {
    let db = fresh_db().await;
    // 100 000 levels deep: serde_json stops at 128, the stack never overflows.
    let deep = db.dir.join("deep.json");
    std::fs::write(&deep, format!("{{\"venues\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000))).unwrap();
    let out = run(twinning().arg("import").arg(&deep).args(db.cli_args()));
    assert_eq!(out.status.code(), Some(1), "an error exit, not a signal");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the project file is not valid") && err.contains("[bundle."), "{err}");
    // Larger than 64 MiB: refused after reading one byte more than the limit.
    let big = db.dir.join("big.json");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap();
    let out = run(twinning().arg("import").arg(&big).args(db.cli_args()));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("larger than 64 MiB [bundle.too_large]"));
    let out = run(twinning().args(["export", "ttchan"]).args(db.cli_args()));
    assert!(!out.status.success(), "nothing was stored");
}

#[tokio::test]
async fn serve_answers_health_and_stops_gracefully_on_sigterm() {
    let db = fresh_db().await;
    let mut cmd = twinning();
    cmd.args(["serve", "--bind", "127.0.0.1:0"]).args(db.cli_args());
    let (child, base) = spawn_serving(cmd);
    let health: serde_json::Value = reqwest::get(format!("{base}/healthz")).await.unwrap().json().await.unwrap();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["database"], backend());
    let home = reqwest::get(format!("{base}/")).await.unwrap();
    assert_eq!(home.status(), 200);
    assert!(stop(child).success(), "exit status 0 after SIGTERM");
}

#[tokio::test]
async fn the_demo_loads_once_into_its_data_directory() {
    let db = fresh_db().await;
    let dir = db.dir.join("demo-data");
    let start = || {
        let mut cmd = twinning();
        cmd.args(["demo", "--bind", "127.0.0.1:0"]).env("TWINNING_DATA_DIR", &dir);
        spawn_serving(cmd)
    };
    let (child, base) = start();
    let page = reqwest::get(format!("{base}/projects/ttchan/events/daugavpils-2018/programme?lang=lv")).await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Aglonas bazilika"));
    assert!(stop(child).success());
    assert!(dir.join("twinning.sqlite3").exists(), "the embedded database is in the data directory");

    let (child, base) = start();
    let list: serde_json::Value = reqwest::get(format!("{base}/api/v1/projects")).await.unwrap().json().await.unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1, "a restart does not load the demo twice");
    assert!(stop(child).success());
}

#[tokio::test]
async fn migrate_and_configuration_errors() {
    let db = fresh_db().await;
    for _ in 0..2 {
        let out = run(twinning().arg("migrate").args(db.cli_args()));
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("up to date"));
    }
    let out = run(twinning().args(["migrate", "--database-url", "mysql://root:hunter2@localhost/x"]));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("DATABASE_URL starts with"), "{err}");
    assert!(!err.contains("hunter2"), "no secret in the message");

    let out = run(twinning().args(["serve", "--bind", "not-an-address"]));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--bind"));
}

#[tokio::test]
async fn sessions_survive_a_restart() {
    let db = fresh_db().await;
    let mut admin = twinning();
    admin.args(["admin", "create", "--email", "admin@daugavpils.lv"]).args(db.cli_args()).stdin(Stdio::piped());
    let mut child = admin.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(format!("{}\n", crate::support::PASSWORD).as_bytes()).unwrap();
    }
    assert!(child.wait().unwrap().success());

    let start = || {
        let mut cmd = twinning();
        cmd.args(["serve", "--bind", "127.0.0.1:0"]).args(db.cli_args());
        spawn_serving(cmd)
    };
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let (server, base) = start();
    let res = client
        .post(format!("{base}/signin"))
        .header("origin", &base)
        .form(&[("email", "admin@daugavpils.lv"), ("password", crate::support::PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let cookie = res.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    assert!(stop(server).success());

    let (server, base) = start();
    // An admin without a second factor may open only its enrolment page; it needs the session.
    let page = client.get(format!("{base}/account/totp")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(page.status(), 200, "the session is in the database, not in the process");
    assert!(stop(server).success());
}
