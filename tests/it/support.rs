//! The app under test: a fresh database of the backend under test (dropped when the test
//! ends, pass or fail), the router driven in-process, or over a real port for tests about
//! HTTP itself; builders for the people who use it; and a clock the test decides.
//!
//! ```ignore
//! let app = TestApp::with_demo().await; // in-process, the clock at NOW
//! let ilze = app.organiser("ttchan").await; // an account, a session and an API token
//! let page = app.get_as("/manage/projects/ttchan?lang=en", &ilze.cookie).await;
//! let res = app.api(Method::POST, "/api/v1/projects/ttchan/…", &ilze.token, Some(&body)).await;
//! let res = app.request(Method::PUT, path).bearer(&ilze.token).header("if-match", etag).json(&body).send().await;
//! let app = TestApp::with_demo().await.at(BEFORE_THE_MEETING); // another date
//! let app = TestApp::with_demo().await.over_http().await; // only for tests about HTTP itself
//! ```

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use axum::body::{Body, Bytes};
pub use axum::http::Method;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Request, StatusCode, header};
use chrono::{DateTime, Utc};
use tower::ServiceExt;
use twinning_app::Clock;
use twinning_domain::{Bundle, EmailAddress, Role, Slug};
use twinning_store::{DatabaseUrl, Db};
use twinning_web::Config;

/// The demo project file: TTChan and its 2018 meeting in Daugavpils.
pub const DEMO: &str = include_str!("../../demo/ttchan-daugavpils-2018.json");
/// The demo meeting's public programme page.
pub const PROGRAMME: &str = "/projects/ttchan/events/daugavpils-2018/programme";

/// The demo, parsed.
pub fn demo() -> Bundle {
    Bundle::from_json(DEMO).expect("the demo is valid")
}

/// The backend under test: `sqlite` (the default) or `postgres`.
pub fn backend() -> String {
    std::env::var("TWINNING_TEST_BACKEND").unwrap_or_else(|_| "sqlite".into())
}

/// The tests' "now" unless a test sets another: three weeks after the demo meeting
/// (8–12 November 2018), so the meeting is over, whatever year the tests run in.
pub const NOW: &str = "2018-12-03T09:00:00Z";

/// A time before the demo meeting, while its public sessions take registrations.
pub const BEFORE_THE_MEETING: &str = "2018-10-01T09:00:00Z";

/// An RFC 3339 instant, such as [`NOW`].
pub fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).expect("an RFC 3339 instant").to_utc()
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

impl FreshDb {
    /// The arguments that point the `twinning` binary at this database: `--database-url` on
    /// PostgreSQL, `--data-dir` on SQLite.
    pub fn cli_args(&self) -> Vec<String> {
        if self.postgres.is_some() {
            vec!["--database-url".into(), self.url.expose().into()]
        } else {
            vec!["--data-dir".into(), self.dir.display().to_string()]
        }
    }
}

/// The `twinning` binary, told nothing about a database by the environment.
pub fn twinning() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_twinning"));
    c.env_remove("DATABASE_URL").env_remove("TWINNING_DATA_DIR").env_remove("TWINNING_BIND");
    c
}

/// A hash of one backend's migrations, naming the template databases made with them.
fn migrations_hash(backend: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/store/migrations").join(backend);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).expect("migrations").map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut hasher = std::hash::DefaultHasher::new();
    for f in files {
        (f.file_name(), std::fs::read(&f).expect("a migration")).hash(&mut hasher);
    }
    hasher.finish()
}

/// On SQLite, a database file with every migration applied, which each test copies (a copy is
/// much faster than migrating): in Cargo's temporary directory for tests, named by the
/// migrations' hash, built under a name of its own by whichever test gets there first.
async fn migrated_sqlite_file() -> PathBuf {
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let file = tmp.join(format!("twinning-template-{:016x}.sqlite3", migrations_hash("sqlite")));
    if !file.exists() {
        let building = tmp.join(unique_name());
        std::fs::create_dir_all(&building).expect("temp dir");
        let db = Db::connect(&DatabaseUrl::in_data_dir(&building)).await.expect("migrate");
        // Closing the pool checkpoints the write-ahead log into the file.
        db.close().await;
        std::fs::rename(building.join("twinning.sqlite3"), &file).expect("the template in place");
        let _ = std::fs::remove_dir_all(&building);
    }
    file
}

/// On PostgreSQL, a database with every migration applied, which each test's database copies
/// (a copy is much faster than migrating). Made once per server and set of migrations, named
/// by their hash; tests run as parallel processes, so an advisory lock lets one build it,
/// under a temporary name until it is complete.
async fn migrated_template(conn: &mut sqlx::PgConnection, base: &str) -> String {
    let name = format!("tw_template_{:016x}", migrations_hash("postgres"));
    const LOCK: i64 = 0x7477_5f74_6d70; // "tw_tmp"
    sqlx::query("SELECT pg_advisory_lock($1)").bind(LOCK).execute(&mut *conn).await.expect("lock");
    let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
        .bind(&name)
        .fetch_one(&mut *conn)
        .await
        .expect("look for the template");
    if !exists {
        let building = format!("{name}_building");
        for sql in [format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"), format!("CREATE DATABASE {building}")] {
            sqlx::query(&sql).execute(&mut *conn).await.expect("create the template");
        }
        let db = Db::connect(&DatabaseUrl::parse(&format!("{base}/{building}")).unwrap()).await.expect("migrate");
        db.close().await;
        // The server may take a moment to end the pool's sessions; renaming needs none left.
        let rename = format!("ALTER DATABASE {building} RENAME TO {name}");
        let mut tries = 0;
        while let Err(e) = sqlx::query(&rename).execute(&mut *conn).await {
            tries += 1;
            assert!(tries < 100, "name the template: {e}");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
    sqlx::query("SELECT pg_advisory_unlock($1)").bind(LOCK).execute(&mut *conn).await.expect("unlock");
    name
}

/// A new database of the backend under test, with every migration applied.
pub async fn fresh_db() -> FreshDb {
    let name = unique_name();
    let dir = std::env::temp_dir().join(&name);
    std::fs::create_dir_all(&dir).expect("temp dir");
    if backend() == "postgres" {
        let admin = std::env::var("TWINNING_TEST_DATABASE_URL")
            .expect("TWINNING_TEST_DATABASE_URL must point at a PostgreSQL server (scripts/test starts one)");
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(&admin).await.expect("connect to the test server");
        let base = admin.rsplit_once('/').map(|(b, _)| b).expect("URL with a database");
        let template = migrated_template(&mut conn, base).await;
        sqlx::query(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .execute(&mut conn)
            .await
            .expect("create database");
        conn.close().await.ok();
        let url = DatabaseUrl::parse(&format!("{base}/{name}")).expect("url");
        FreshDb { url, dir, postgres: Some((admin, name)) }
    } else {
        std::fs::copy(migrated_sqlite_file().await, dir.join("twinning.sqlite3")).expect("copy the template");
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

/// How requests reach the app.
enum Transport {
    /// Straight into the router, no socket.
    InProcess(axum::Router),
    /// Over a real port, to a server this test started.
    Http(reqwest::Client),
}

/// The address the app sees in-process requests come from, unless a request says otherwise
/// ([`TestRequest::client_address`]).
pub const CLIENT: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 50_000);

/// The app on a fresh database, and helpers to talk to it.
pub struct TestApp {
    pub db: Db,
    pub config: Config,
    /// The site's origin, as a browser on it sends it in `Origin`: the configured public
    /// address in-process, the real one over HTTP.
    pub base: String,
    transport: Transport,
    /// Numbers the accounts the role builders make.
    made: AtomicU32,
    pub fresh: FreshDb,
}

impl TestApp {
    /// The configuration tests run with: the defaults, with the clock fixed at [`NOW`].
    pub fn config() -> Config {
        Config { clock: Clock::Fixed(instant(NOW)), ..Config::default() }
    }

    /// The app with the demo loaded, as `twinning demo` serves it, in-process, at [`NOW`].
    pub async fn with_demo() -> Self {
        let app = Self::empty().await;
        app.db.import(&demo()).await.expect("demo imports");
        app
    }

    /// The app on an empty database, in-process, at [`NOW`].
    pub async fn empty() -> Self {
        Self::empty_with(Self::config()).await
    }

    /// The app on an empty database with this configuration, in-process.
    pub async fn empty_with(config: Config) -> Self {
        let fresh = fresh_db().await;
        let db = Db::connect(&fresh.url).await.expect("connect and migrate");
        let router = twinning_web::app(db.clone(), config.clone());
        Self {
            db,
            base: config.public_url.trim_end_matches('/').to_owned(),
            config,
            transport: Transport::InProcess(router),
            made: AtomicU32::new(0),
            fresh,
        }
    }

    /// The same app and database served on a real port (127.0.0.1, chosen by the system),
    /// every helper then going over HTTP. Only for tests about HTTP itself.
    pub async fn over_http(mut self) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        self.base = format!("http://{}", listener.local_addr().expect("addr"));
        let (db, config) = (self.db.clone(), self.config.clone());
        tokio::spawn(async move { twinning_web::serve(listener, db, config, std::future::pending()).await });
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
        self.transport = Transport::Http(client);
        self
    }

    /// The app's clock set to `rfc3339`, such as [`BEFORE_THE_MEETING`].
    pub fn at(mut self, rfc3339: &str) -> Self {
        self.set_now(instant(rfc3339));
        self
    }

    /// Moves the app's clock to `now`; in-process only.
    pub fn set_now(&mut self, now: DateTime<Utc>) {
        self.config.clock = Clock::Fixed(now);
        match &mut self.transport {
            Transport::InProcess(router) => *router = twinning_web::app(self.db.clone(), self.config.clone()),
            Transport::Http(_) => panic!("set the clock before serving over HTTP"),
        }
    }

    /// The time the app acts at.
    pub fn now(&self) -> DateTime<Utc> {
        self.config.clock.now()
    }

    /// The absolute address of a path on this app.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A request to build further (headers, body) and [`TestRequest::send`].
    pub fn request(&self, method: Method, path: &str) -> TestRequest<'_> {
        TestRequest {
            app: self,
            method,
            path: path.to_owned(),
            headers: HeaderMap::new(),
            body: Vec::new(),
            peer: CLIENT,
        }
    }

    /// GET without a session.
    pub async fn get(&self, path: &str) -> TestResponse {
        self.request(Method::GET, path).send().await
    }

    /// GET with a cookie.
    pub async fn get_as(&self, path: &str, cookie: &str) -> TestResponse {
        self.request(Method::GET, path).cookie(cookie).send().await
    }

    /// GET expecting 200; returns the body.
    pub async fn page(&self, path: &str) -> String {
        let res = self.get(path).await;
        assert_eq!(res.status(), 200, "GET {path}");
        res.text().await.expect("body")
    }

    /// GET expecting 200 and JSON; returns the document.
    pub async fn json(&self, path: &str) -> serde_json::Value {
        let res = self.get(path).await;
        assert_eq!(res.status(), 200, "GET {path}");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
        res.json().await.expect("json")
    }

    /// A form POST as a browser on this site sends it.
    pub async fn post_form(&self, path: &str, cookie: Option<&str>, fields: &[(&str, &str)]) -> TestResponse {
        let mut req = self.request(Method::POST, path).same_origin().form(fields);
        if let Some(c) = cookie {
            req = req.cookie(c);
        }
        req.send().await
    }

    /// A `multipart/form-data` POST (a file upload) as a browser on this site sends it.
    pub async fn post_multipart(&self, path: &str, cookie: &str, form: Multipart) -> TestResponse {
        self.request(Method::POST, path).same_origin().cookie(cookie).multipart(form).send().await
    }

    /// A request to the API with `Authorization: Bearer {token}` and, unless `None`, a JSON body.
    pub async fn api(&self, method: Method, path: &str, token: &str, body: Option<&serde_json::Value>) -> TestResponse {
        let mut req = self.request(method, path).bearer(token);
        if let Some(b) = body {
            req = req.json(b);
        }
        req.send().await
    }

    /// Signs in through the form and returns the `Cookie` header value for the new session.
    pub async fn signin(&self, email: &str, password: &str) -> String {
        let res =
            self.post_form("/signin", None, &[("email", email), ("password", password), ("next", "/account")]).await;
        assert_eq!(res.status(), 303, "sign in as {email}");
        res.cookie()
    }
}

/// A request being built; [`TestRequest::send`] sends it. Mirrors reqwest's builder.
pub struct TestRequest<'a> {
    app: &'a TestApp,
    method: Method,
    path: String,
    headers: HeaderMap,
    body: Vec<u8>,
    peer: SocketAddr,
}

impl TestRequest<'_> {
    /// Adds a header (a repeated name adds another value).
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        let name = HeaderName::from_bytes(name.as_ref().as_bytes()).expect("a header name");
        self.headers.append(name, HeaderValue::from_str(value.as_ref()).expect("a header value"));
        self
    }

    /// `Cookie: {cookie}`, e.g. a session from [`TestApp::signin`] or a builder's [`Signed`].
    pub fn cookie(self, cookie: &str) -> Self {
        self.header("cookie", cookie)
    }

    /// `Authorization: Bearer {token}`.
    pub fn bearer(self, token: &str) -> Self {
        self.header("authorization", format!("Bearer {token}"))
    }

    /// `Origin` and `Sec-Fetch-Site` as a browser sends them for a form on this site.
    pub fn same_origin(self) -> Self {
        let origin = self.app.base.clone();
        self.header("origin", origin).header("sec-fetch-site", "same-origin")
    }

    /// A JSON body.
    pub fn json(mut self, body: &serde_json::Value) -> Self {
        self.body = serde_json::to_vec(body).expect("JSON");
        self.header("content-type", "application/json")
    }

    /// An `application/x-www-form-urlencoded` body.
    pub fn form(mut self, fields: &[(&str, &str)]) -> Self {
        self.body = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish().into_bytes();
        self.header("content-type", "application/x-www-form-urlencoded")
    }

    /// A `multipart/form-data` body.
    pub fn multipart(mut self, form: Multipart) -> Self {
        let (content_type, body) = form.finish();
        self.body = body;
        self.header("content-type", content_type)
    }

    /// A raw body.
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    /// In-process: the client address the app sees (the default is [`CLIENT`]).
    pub fn client_address(mut self, peer: SocketAddr) -> Self {
        self.peer = peer;
        self
    }

    /// Sends the request; in-process it adds what a client would (`Host`, `Content-Length`)
    /// and the client's address.
    pub async fn send(self) -> TestResponse {
        let TestRequest { app, method, path, mut headers, body, peer } = self;
        assert!(path.starts_with('/'), "a path on the app: {path}");
        match &app.transport {
            Transport::InProcess(router) => {
                // What a client adds on its own: the host it asks, the body's length.
                let host = app.base.split_once("://").map_or(app.base.as_str(), |(_, h)| h);
                headers.entry(header::HOST).or_insert(HeaderValue::from_str(host).expect("host"));
                if !body.is_empty() {
                    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
                }
                let mut req = Request::builder().method(method).uri(&path).body(Body::from(body)).expect("a request");
                *req.headers_mut() = headers;
                req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
                let res = router.clone().oneshot(req).await.expect("the router answers");
                let (parts, body) = res.into_parts();
                TestResponse { status: parts.status, headers: parts.headers, body }
            }
            Transport::Http(client) => {
                let res = client
                    .request(method, app.url(&path))
                    .headers(headers)
                    .body(body)
                    .send()
                    .await
                    .unwrap_or_else(|e| panic!("{path}: {e}"));
                let (status, headers) = (res.status(), res.headers().clone());
                let bytes = res.bytes().await.unwrap_or_else(|e| panic!("{path}: {e}"));
                TestResponse { status, headers, body: Body::from(bytes) }
            }
        }
    }
}

/// An answer, read like reqwest's.
pub struct TestResponse {
    status: StatusCode,
    headers: HeaderMap,
    body: Body,
}

/// Why a body could not be read as asked.
pub type BodyError = Box<dyn std::error::Error + Send + Sync>;

impl TestResponse {
    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The `Location` header.
    pub fn location(&self) -> String {
        self.headers["location"].to_str().expect("a Location header").to_owned()
    }

    /// The `name=value` of the `Set-Cookie` header, as the next request's `Cookie` sends it.
    pub fn cookie(&self) -> String {
        let set = self.headers["set-cookie"].to_str().expect("a Set-Cookie header");
        set.split(';').next().unwrap_or_default().to_owned()
    }

    /// The whole body.
    pub async fn bytes(self) -> Result<Bytes, BodyError> {
        Ok(axum::body::to_bytes(self.body, usize::MAX).await?)
    }

    /// The body as UTF-8 text.
    pub async fn text(self) -> Result<String, BodyError> {
        Ok(String::from_utf8(self.bytes().await?.to_vec())?)
    }

    /// The body parsed as JSON, e.g. `res.json::<serde_json::Value>()`.
    pub async fn json<T: serde::de::DeserializeOwned>(self) -> Result<T, BodyError> {
        Ok(serde_json::from_slice(&self.bytes().await?)?)
    }
}

/// A `multipart/form-data` body, as a browser's file upload sends it.
pub struct Multipart {
    body: Vec<u8>,
}

const BOUNDARY: &str = "twinning-test-boundary-5f0c8e2a91d34b7a";

impl Multipart {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Self { body: Vec::new() }
    }

    /// A text field.
    pub fn text(self, name: &str, value: &str) -> Self {
        self.part(&format!("form-data; name=\"{name}\""), None, value.as_bytes())
    }

    /// A file, with its name and media type.
    pub fn file(self, name: &str, file_name: &str, content_type: &str, bytes: &[u8]) -> Self {
        self.part(&format!("form-data; name=\"{name}\"; filename=\"{file_name}\""), Some(content_type), bytes)
    }

    fn part(mut self, disposition: &str, content_type: Option<&str>, bytes: &[u8]) -> Self {
        let mut head = format!("--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n");
        if let Some(t) = content_type {
            head.push_str(&format!("Content-Type: {t}\r\n"));
        }
        head.push_str("\r\n");
        self.body.extend_from_slice(head.as_bytes());
        self.body.extend_from_slice(bytes);
        self.body.extend_from_slice(b"\r\n");
        self
    }

    /// The `Content-Type` header and the body.
    fn finish(mut self) -> (String, Vec<u8>) {
        self.body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={BOUNDARY}"), self.body)
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

/// The password of every account the tests make.
pub const PASSWORD: &str = "Daugavpils-2018-torchlight";

/// [`PASSWORD`] hashed once with Argon2id as `twinning_web::auth::hash_password` does, so that
/// making an account costs no hashing time; signing in still verifies it.
const PASSWORD_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$uFQ0rpe2V2Y2eynhNnvK1Q$Woi3AtD6PeMzjRMkO2p+ePqiDt5U5ihlCV33xOp+tkc";

/// The TOTP secret (base32) of the admins [`TestApp::admin`] makes.
pub const ADMIN_TOTP: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/// Someone a role builder made: an account with [`PASSWORD`], signed in, with an API token.
#[derive(Debug, Clone)]
pub struct Signed {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// The `Cookie` header value of a session.
    pub cookie: String,
    /// An API token, for [`TestRequest::bearer`] or [`TestApp::api`].
    pub token: String,
}

impl TestApp {
    /// Creates an account with [`PASSWORD`]; returns its id.
    pub async fn account(&self, email: &str, name: &str, admin: bool) -> i64 {
        let email = EmailAddress::parse(email).unwrap();
        self.db.create_account(&email, name, PASSWORD_HASH, admin).await.unwrap()
    }

    /// A new session for an account, as signing in makes one (without the password check's
    /// time); returns the `Cookie` header value.
    pub async fn session(&self, account: i64) -> String {
        let secret = twinning_web::auth::new_secret("s_");
        self.db.create_session(&twinning_web::auth::hash_secret(&secret), account, "test").await.unwrap();
        format!("{}={secret}", twinning_web::auth::SESSION_COOKIE)
    }

    /// A new API token of an account.
    pub async fn token(&self, account: i64) -> String {
        let secret = twinning_web::auth::new_secret("tw_");
        self.db.create_token(account, "test", &twinning_web::auth::hash_secret(&secret)).await.unwrap();
        secret
    }

    /// An organiser of `project`.
    pub async fn organiser(&self, project: &str) -> Signed {
        self.signed("organiser", project, Some((project, Role::Organiser, None)), false, false).await
    }

    /// The coordinator of `town`'s delegation in `project`.
    pub async fn coordinator_of(&self, project: &str, town: &str) -> Signed {
        self.signed("coordinator", town, Some((project, Role::Coordinator, Some(town))), false, false).await
    }

    /// A participant of `project`.
    pub async fn participant(&self, project: &str) -> Signed {
        self.signed("participant", project, Some((project, Role::Participant, None)), false, false).await
    }

    /// The instance's administrator, with [`ADMIN_TOTP`] as second factor (an admin without
    /// one is sent to enrol before anything else).
    pub async fn admin(&self) -> Signed {
        let admin = self.signed("admin", "twinning", None, true, false).await;
        let email = EmailAddress::parse(&admin.email).unwrap();
        twinning_app::App::new(self.db.clone()).enrol_totp_secret(&email, ADMIN_TOTP).await.unwrap();
        admin
    }

    /// Someone the admin lets start projects, with no role in any yet.
    pub async fn starter(&self) -> Signed {
        self.signed("starter", "twinning", None, false, true).await
    }

    /// Someone with an account and no role anywhere.
    pub async fn someone(&self) -> Signed {
        self.signed("someone", "twinning", None, false, false).await
    }

    async fn signed(
        &self,
        kind: &str,
        domain: &str,
        role: Option<(&str, Role, Option<&str>)>,
        admin: bool,
        starter: bool,
    ) -> Signed {
        let n = self.made.fetch_add(1, Ordering::Relaxed) + 1;
        let email = format!("{kind}-{n}@{domain}.test");
        let name = format!("{}{} {n}", kind[..1].to_uppercase(), &kind[1..]);
        let parsed = EmailAddress::parse(&email).unwrap();
        let id = self.db.create_account_with(&parsed, &name, PASSWORD_HASH, admin, starter).await.unwrap();
        if let Some((project, role, town)) = role {
            let town = town.map(|t| Slug::parse(t).unwrap());
            self.db.set_role(project, id, role, town.as_ref(), None).await.unwrap();
        }
        Signed { id, email, name, cookie: self.session(id).await, token: self.token(id).await }
    }
}

/// A new, empty database of the backend under test (no migrations, no tables) and its empty
/// directory: what `twinning restore` restores into. Dropped like [`fresh_db`]'s.
pub async fn blank_db() -> FreshDb {
    let name = unique_name();
    let dir = std::env::temp_dir().join(&name);
    std::fs::create_dir_all(&dir).expect("temp dir");
    if backend() == "postgres" {
        let admin = std::env::var("TWINNING_TEST_DATABASE_URL").expect("TWINNING_TEST_DATABASE_URL");
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

impl TestApp {
    /// The app on a database a test prepared (migrated when connecting), in-process, at [`NOW`].
    pub async fn on(fresh: FreshDb) -> Self {
        let config = Self::config();
        let db = Db::connect(&fresh.url).await.expect("connect and migrate");
        let router = twinning_web::app(db.clone(), config.clone());
        Self {
            db,
            base: config.public_url.trim_end_matches('/').to_owned(),
            config,
            transport: Transport::InProcess(router),
            made: AtomicU32::new(0),
            fresh,
        }
    }
}
