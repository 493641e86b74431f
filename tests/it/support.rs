//! Spawning the app on a fresh database of the backend under test.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use twinning_domain::Bundle;
use twinning_store::{DatabaseUrl, Db};

pub const DEMO: &str = include_str!("../../demo/ttchan-daugavpils-2018.json");
pub const PROGRAMME: &str = "/projects/ttchan/events/daugavpils-2018/programme";

pub fn demo() -> Bundle {
    Bundle::from_json(DEMO).expect("the demo is valid")
}

pub fn backend() -> String {
    std::env::var("TWINNING_TEST_BACKEND").unwrap_or_else(|_| "sqlite".into())
}

/// A database nobody else uses, and the temporary directory it (or the test) may use. Both
/// go when it is dropped, also when the test fails.
pub struct FreshDb {
    pub url: DatabaseUrl,
    pub dir: PathBuf,
    /// On PostgreSQL: the server's admin URL and the database's name, to drop it afterwards.
    postgres: Option<(String, String)>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique_name() -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("tw_{}_{}_{}", std::process::id(), nanos % 1_000_000_000, COUNTER.fetch_add(1, Ordering::Relaxed))
}

pub async fn fresh_db() -> FreshDb {
    let name = unique_name();
    let dir = std::env::temp_dir().join(&name);
    std::fs::create_dir_all(&dir).expect("temp dir");
    if backend() == "postgres" {
        let admin = std::env::var("TWINNING_TEST_DATABASE_URL")
            .expect("TWINNING_TEST_DATABASE_URL must point at a PostgreSQL server (scripts/test starts one)");
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(&admin).await.expect("connect to the test server");
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("create database");
        conn.close().await.ok();
        let base = admin.rsplit_once('/').map(|(b, _)| b).expect("URL with a database");
        let url = DatabaseUrl::parse(&format!("{base}/{name}")).expect("url");
        FreshDb { url, dir, postgres: Some((admin, name)) }
    } else {
        FreshDb { url: DatabaseUrl::in_data_dir(&dir), dir, postgres: None }
    }
}

impl Drop for FreshDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.postgres.take() {
            // Drop cannot await, and the test's own runtime is blocked in it: a thread with a
            // runtime of its own does the work. `WITH (FORCE)` ends the connections the
            // test's pool still holds.
            let dropped = std::thread::spawn(move || -> Result<(), String> {
                let rt =
                    tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string())?;
                rt.block_on(async {
                    use sqlx::Connection;
                    let mut conn = sqlx::PgConnection::connect(&admin).await.map_err(|e| e.to_string())?;
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut conn)
                        .await
                        .map_err(|e| format!("{name}: {e}"))?;
                    conn.close().await.map_err(|e| e.to_string())
                })
            })
            .join();
            // Never panic here: this may run while a failed test unwinds.
            match dropped {
                Ok(Ok(())) => {}
                Ok(Err(e)) => eprintln!("could not drop the test database: {e}"),
                Err(_) => eprintln!("could not drop the test database: the thread panicked"),
            }
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A running app and a client for it.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub db: Db,
    pub fresh: FreshDb,
}

impl TestApp {
    /// The app with the demo loaded, as `twinning demo` serves it.
    pub async fn with_demo() -> Self {
        let app = Self::empty().await;
        app.db.import(&demo()).await.expect("demo imports");
        app
    }

    pub async fn empty() -> Self {
        Self::empty_with(twinning_web::Config::default()).await
    }

    pub async fn empty_with(config: twinning_web::Config) -> Self {
        let fresh = fresh_db().await;
        let db = Db::connect(&fresh.url).await.expect("connect and migrate");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let served = db.clone();
        tokio::spawn(async move { twinning_web::serve(listener, served, config, std::future::pending()).await });
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
        Self { base, client, db, fresh }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request")
    }

    /// GET expecting 200; returns the body.
    pub async fn page(&self, path: &str) -> String {
        let res = self.get(path).await;
        assert_eq!(res.status(), 200, "GET {path}");
        res.text().await.expect("body")
    }

    pub async fn json(&self, path: &str) -> serde_json::Value {
        let res = self.get(path).await;
        assert_eq!(res.status(), 200, "GET {path}");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
        res.json().await.expect("json")
    }
}

/// Runs a Python snippet with the test environment's interpreter (icalendar,
/// openapi-spec-validator installed by scripts/test) and returns its standard output.
pub fn python(script: &str, args: &[&str]) -> String {
    let python = std::env::var("TWINNING_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&python).arg("-c").arg(script).args(args).output().expect("run python");
    assert!(out.status.success(), "python failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

pub const PASSWORD: &str = "Daugavpils-2018-torchlight";

impl TestApp {
    /// Creates an account with [`PASSWORD`]; returns its id.
    pub async fn account(&self, email: &str, name: &str, admin: bool) -> i64 {
        let email = twinning_domain::EmailAddress::parse(email).unwrap();
        let hash = twinning_web::auth::hash_password(PASSWORD.into()).await.unwrap();
        self.db.create_account(&email, name, &hash, admin).await.unwrap()
    }

    /// A form POST as a browser on this site sends it.
    pub async fn post_form(&self, path: &str, cookie: Option<&str>, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut req = self
            .client
            .post(self.url(path))
            .header("origin", &self.base)
            .header("sec-fetch-site", "same-origin")
            .form(fields);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send().await.expect("request")
    }

    /// A `multipart/form-data` POST (a file upload) as a browser on this site sends it.
    pub async fn post_multipart(&self, path: &str, cookie: &str, form: reqwest::multipart::Form) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("cookie", cookie)
            .header("origin", &self.base)
            .header("sec-fetch-site", "same-origin")
            .multipart(form)
            .send()
            .await
            .expect("request")
    }

    /// Signs in and returns the `Cookie` header value for the new session.
    pub async fn signin(&self, email: &str, password: &str) -> String {
        let res =
            self.post_form("/signin", None, &[("email", email), ("password", password), ("next", "/account")]).await;
        assert_eq!(res.status(), 303, "sign in as {email}");
        let set = res.headers()["set-cookie"].to_str().unwrap();
        set.split(';').next().unwrap().to_owned()
    }

    /// GET with a cookie.
    pub async fn get_as(&self, path: &str, cookie: &str) -> reqwest::Response {
        self.client.get(self.url(path)).header("cookie", cookie).send().await.expect("request")
    }
}
