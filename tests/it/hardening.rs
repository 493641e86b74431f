//! Server hardening (issue 14 point 7, the server's part): slow-sending clients are cut off,
//! nothing personal is cached, HSTS over https, a private data directory, and no database
//! password in any log line or error.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use axum::http::Method;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::support::{TestApp, demo, twinning};

#[tokio::test]
async fn a_client_sending_its_headers_too_slowly_is_cut_off() {
    let mut config = TestApp::config();
    config.work.header_read_timeout = Duration::from_millis(200);
    let app = TestApp::empty_with(config).await.over_http().await;
    let addr = app.base.trim_start_matches("http://").to_owned();

    // Slowloris: a request line and one header, then nothing.
    let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: twinning.test\r\n").await.unwrap();
    let mut answer = Vec::new();
    // The fail-safe only bounds a broken server; the server closes long before.
    let read = tokio::time::timeout(Duration::from_secs(120), slow.read_to_end(&mut answer)).await;
    let closed = matches!(read, Ok(Ok(_)) | Ok(Err(_)));
    assert!(closed, "the server closed the connection");
    let text = String::from_utf8_lossy(&answer);
    assert!(answer.is_empty() || text.starts_with("HTTP/1.1 408"), "no answer but a timeout: {text}");

    // A client that sends its request at once is served as ever.
    let mut quick = tokio::net::TcpStream::connect(&addr).await.unwrap();
    quick.write_all(b"GET /healthz HTTP/1.1\r\nHost: twinning.test\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut answer = Vec::new();
    quick.read_to_end(&mut answer).await.unwrap();
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
}

#[tokio::test]
async fn personal_pages_and_answers_are_never_stored() {
    let app = TestApp::with_demo().await;
    let o = app.organiser("ttchan").await;
    for path in [
        "/manage",
        "/manage/projects/ttchan",
        "/manage/projects/ttchan/events/daugavpils-2018/people",
        "/manage/projects/ttchan/events/daugavpils-2018/people.csv",
        "/account",
    ] {
        let res = app.get_as(path, &o.cookie).await;
        assert_eq!(res.status(), 200, "{path}");
        let cc = res.headers()["cache-control"].to_str().unwrap();
        assert!(cc == "no-store" || cc == "private, no-store", "{path}: {cc}");
    }
    // Even the sign-in page and the redirect of someone not signed in.
    assert_eq!(app.get("/manage").await.headers()["cache-control"], "no-store");
    assert_eq!(app.get("/signin").await.headers()["cache-control"], "no-store");
    // A personal link (an unknown one answers 404, still not stored).
    assert_eq!(app.get("/my/not-a-token").await.headers()["cache-control"], "no-store");

    let people = "/api/v1/projects/ttchan/events/daugavpils-2018/people";
    let res = app.request(Method::GET, people).bearer(&o.token).send().await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let res = app.request(Method::GET, "/api/v1/projects/ttchan").bearer(&o.token).send().await;
    assert_eq!(res.headers()["cache-control"], "no-store", "asked with a token: may hold what only they see");

    // Public pages and anonymous reads of the public API stay cacheable.
    for path in ["/projects/ttchan/events/daugavpils-2018/programme", "/api/v1/projects/ttchan"] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        let cc = res.headers().get("cache-control").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        assert!(!cc.contains("no-store"), "{path}: {cc}");
    }
}

#[tokio::test]
async fn hsts_only_when_the_public_address_is_https() {
    let app = TestApp::with_demo().await;
    assert!(app.get("/").await.headers().get("strict-transport-security").is_none(), "over http it would lock out");

    let mut config = TestApp::config();
    config.public_url = "https://twinning.daugavpils.example".into();
    let app = TestApp::empty_with(config).await;
    app.db.import(&demo()).await.unwrap();
    for path in ["/", "/projects/ttchan", "/api/v1/projects/ttchan", "/no-such-page"] {
        assert_eq!(app.get(path).await.headers()["strict-transport-security"], "max-age=31536000", "{path}");
    }
}

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
}

#[test]
fn the_data_directory_and_its_files_are_private() {
    let tmp = std::env::temp_dir().join(format!("twinning-private-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    // A new data directory, and one that exists already with loose modes (made by an
    // earlier version): both end up private.
    let new = tmp.join("new/data");
    let old = tmp.join("old");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(old.join("twinning.sqlite3"), b"").unwrap();
    std::fs::set_permissions(old.join("twinning.sqlite3"), std::fs::Permissions::from_mode(0o644)).unwrap();
    for dir in [&new, &old] {
        let out = twinning().args(["migrate", "--data-dir", dir.to_str().unwrap()]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(mode(dir), 0o700, "{}", dir.display());
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
        assert!(dir.join("twinning.sqlite3").exists());
    }
    // What the process writes later (exports here; mail files and backups alike) is private too.
    let export = tmp.join("ttchan.json");
    let import = twinning()
        .args(["import", concat!(env!("CARGO_MANIFEST_DIR"), "/demo/ttchan-daugavpils-2018.json")])
        .args(["--data-dir", new.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(import.status.success(), "{}", String::from_utf8_lossy(&import.stderr));
    let out = twinning()
        .args(["export", "ttchan", "--output", export.to_str().unwrap(), "--data-dir", new.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(mode(&export), 0o600);
    std::fs::remove_dir_all(&tmp).unwrap();
}

#[test]
fn no_database_password_in_any_log_line_or_error() {
    // Nothing listens on port 1: connecting fails, and says so without the password.
    for (url, format) in [
        ("postgres://twin:s3cret-pw@127.0.0.1:1/twinning", "human"),
        ("postgresql://twin@127.0.0.1:1/twinning?password=s3cret-pw", "json"),
    ] {
        {
            let out = twinning()
                .env("RUST_LOG", "debug")
                .args(["--log-format", format, "migrate", "--database-url", url])
                .output()
                .unwrap();
            assert!(!out.status.success());
            let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            assert!(stderr.contains("***"), "the URL is shown, its password hidden: {stderr}");
            assert!(!stderr.contains("s3cret") && !stdout.contains("s3cret"), "{stderr}");
        }
    }
}

/// Found by the schema-driven fuzzer once it reached the handler: an empty `name` map changed
/// nothing and answered 200, though the schema (and the venue) needs a name.
#[tokio::test]
async fn a_venue_change_without_a_name_is_refused_naming_the_field() {
    let app = TestApp::with_demo().await;
    let o = app.organiser("ttchan").await;
    let venue = "/api/v1/projects/ttchan/venues/daugavpils-university";
    let body = serde_json::json!({"name": {}, "town": "daugavpils", "lat": 55.87, "lon": 26.51});
    let res = app.api(Method::PUT, venue, &o.token, Some(&body)).await;
    assert_eq!(res.status(), 422);
    let error = res.json::<serde_json::Value>().await.unwrap();
    assert_eq!(error["error"]["field"], "name");
    assert_eq!(error["error"]["key"], "venue.name_required");
    let named = serde_json::json!({"name": {"en": "University"}, "town": "daugavpils", "lat": 55.87, "lon": 26.51});
    assert_eq!(app.api(Method::PUT, venue, &o.token, Some(&named)).await.status(), 200);
}

/// Found by the fuzzer too: a post's change with a `slug` that is no slug answered 200.
#[tokio::test]
async fn a_post_change_with_a_malformed_slug_is_refused() {
    let app = TestApp::with_demo().await;
    let o = app.organiser("ttchan").await;
    let draft =
        serde_json::json!({"slug": "kalmar-offer", "title": {"en": "Kalmar's offer"}, "body": {"en": "Events."}});
    assert_eq!(app.api(Method::POST, "/api/v1/projects/ttchan/news", &o.token, Some(&draft)).await.status(), 201);
    let post = "/api/v1/projects/ttchan/news/kalmar-offer";
    let res = app.api(Method::PUT, post, &o.token, Some(&serde_json::json!({"slug": "", "title": {}}))).await;
    assert_eq!(res.status(), 422);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"]["field"], "slug");
    let res =
        app.api(Method::PUT, post, &o.token, Some(&serde_json::json!({"title": {"lv": "Kalmaras piedāvājums"}}))).await;
    assert_eq!(res.status(), 200);
}
