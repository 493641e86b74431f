//! Twinning's web layer. The layout follows the URLs: `/projects/{project}/events/{event}/programme`
//! is in `pages/public/programme.rs`, `/manage/projects/{project}/events/{event}/people` in
//! `pages/manage/events/people.rs` (see `pages` for the map), the JSON twins `/api/v1/…` in
//! `api/`. Shared by the pages: the page frame in `layout.rs`, forms in `form.rs`, request
//! extractors in `extract.rs`, view models in `view.rs`; every error page is rendered by
//! `error_page.rs`. Templates are in `templates/`, named after the page.

pub mod access;
pub mod api;
mod assets;
pub mod auth;
pub mod client;
pub mod eligibility;
pub mod error;
pub mod error_page;
pub mod extract;
pub mod form;
pub mod heavy;
pub mod i18n;
pub mod ics;
pub mod layout;
pub mod letters;
pub mod limits;
pub(crate) mod pages;
mod press;
pub mod private;
pub mod published;
pub mod view;
pub mod xliff;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{MatchedPath, State};
use axum::http::{HeaderName, HeaderValue, Request, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use twinning_store::Db;

use crate::error::{ApiError, PageError, Problem};

/// The largest request body accepted (imports through the API will come in under it).
pub const BODY_LIMIT: usize = 1024 * 1024;

/// The largest body of a photo upload: the photo and its form fields.
pub const UPLOAD_LIMIT: usize = twinning_photos::MAX_BYTES + 64 * 1024;

/// The largest body of a people list upload: the spreadsheet and its form fields.
pub const SHEET_UPLOAD_LIMIT: usize = 20 * 1024 * 1024 + 64 * 1024;

/// The largest body of an XLIFF upload.
pub const XLIFF_UPLOAD_LIMIT: usize = xliff::MAX_BYTES + 64 * 1024;

/// How much a request may send: uploads of photos, lists and translations more, everything
/// else [`BODY_LIMIT`].
pub(crate) fn body_limit(method: &axum::http::Method, path: &str) -> usize {
    let uploads = path.starts_with("/manage/") || path.starts_with("/api/v1/");
    if method != axum::http::Method::POST || !uploads {
        BODY_LIMIT
    } else if path.ends_with("/photos") {
        UPLOAD_LIMIT
    } else if path.ends_with("/people/upload") {
        SHEET_UPLOAD_LIMIT
    } else if path.ends_with("/xliff") {
        XLIFF_UPLOAD_LIMIT
    } else {
        BODY_LIMIT
    }
}

/// Refuses a body declared larger than its route's limit, and cuts off one that grows past it
/// (the extractors then answer 413).
async fn limit_body(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let limit = body_limit(req.method(), req.uri().path());
    let declared =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    next.run(req.map(|b| Body::new(http_body_util::Limited::new(b, limit)))).await
}

/// The Content-Security-Policy of every response: no inline script or style, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// Strict-Transport-Security when the public URL is https: a year, subdomains left alone (a
/// town's other sites under its domain may not all be https).
pub const HSTS: &str = "max-age=31536000";

/// How this instance is reached and run.
#[derive(Debug, Clone)]
pub struct Config {
    /// The address people use to reach this instance, for links in e-mails
    /// (`https://twinning.daugavpils.lv`). Cookies are `Secure` when it is https.
    pub public_url: String,
    /// The town's or project's look: colour and logo.
    pub theme: Theme,
    /// The funders' rulesets: those shipped in the binary, and any loaded from files.
    pub rulesets: Vec<twinning_domain::rules::Ruleset>,
    /// The time the app acts at for calendar decisions: whether a meeting is over or open for
    /// registration, what counts, until when a link holds, when a session or an API token
    /// ends, and how long a throttled sign-in waits. Tests fix it and move it.
    pub clock: twinning_app::Clock,
    /// Reverse proxies whose `X-Forwarded-For` names the client (see [`client`]).
    pub trusted_proxies: client::TrustedProxies,
    /// How long a session lasts at most, however busy (`--session-lifetime`, 30 days).
    pub session_lifetime: Duration,
    /// Where the mail sender writes `.eml` files (`DATA_DIR/mail`), so that erasing a person
    /// removes theirs.
    pub mail_dir: Option<std::path::PathBuf>,
    /// Rate limits per client address (see [`limits`]).
    pub limits: limits::Limits,
    /// How much work and time one request may take.
    pub work: WorkLimits,
}

/// How much work and time one request may take (see [`heavy`] and [`serve`]).
#[derive(Debug, Clone)]
pub struct WorkLimits {
    /// The slots for heavy jobs (PDFs, spreadsheets, the report, badges, images): how many
    /// at once, and how long a request waits for one before it answers "being prepared".
    pub heavy: heavy::Heavy,
    /// The longest a request may take before it is cut off with `408`.
    pub request_timeout: Duration,
    /// How long a client may take to send a request's headers (against slowloris).
    pub header_read_timeout: Duration,
}

impl Default for WorkLimits {
    fn default() -> Self {
        Self {
            heavy: heavy::Heavy::new(heavy::default_jobs(), Duration::from_secs(10)),
            request_timeout: Duration::from_secs(30),
            header_read_timeout: Duration::from_secs(10),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            public_url: "http://127.0.0.1:8080".into(),
            theme: Theme::default(),
            rulesets: twinning_domain::rules::built_in(),
            clock: twinning_app::Clock::System,
            trusted_proxies: client::TrustedProxies::default(),
            session_lifetime: Duration::from_secs(30 * 86_400),
            mail_dir: None,
            limits: limits::Limits::default(),
            work: WorkLimits::default(),
        }
    }
}

impl Config {
    /// The ruleset with this id.
    pub fn ruleset(&self, id: &str) -> Option<&twinning_domain::rules::Ruleset> {
        self.rulesets.iter().find(|r| r.id.as_str() == id)
    }
}

/// Adds rulesets read from `*.json` files in `dir` to `into`, replacing a shipped one with the
/// same id (a corrected or newer version). An unreadable file is an error naming it.
pub fn load_rulesets(dir: &std::path::Path, into: &mut Vec<twinning_domain::rules::Ruleset>) -> Result<usize, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut n = 0;
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths.into_iter().filter(|p| p.extension().is_some_and(|x| x == "json")) {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let rs = twinning_domain::rules::Ruleset::from_json(&text)
            .map_err(|e| format!("{}: {}", path.display(), e.message))?;
        into.retain(|r| r.id != rs.id);
        into.push(rs);
        n += 1;
    }
    Ok(n)
}

/// A brand colour (for links and buttons) and a logo shown beside the site's name.
#[derive(Clone, Default)]
pub struct Theme {
    pub color: Option<String>,
    /// The image and its media type.
    pub logo: Option<(Vec<u8>, &'static str)>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Theme({:?}, logo: {})", self.color, self.logo.is_some())
    }
}

impl Theme {
    /// Accepts `#rrggbb` only when white text on it, and it as text on white, reach the
    /// WCAG AA contrast of 4.5:1; otherwise says what the contrast is.
    pub fn color(hex: &str) -> Result<String, String> {
        let h = hex.trim().trim_start_matches('#');
        if h.len() != 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(format!("{hex:?} is not a colour like #0b5cad"));
        }
        let channel = |i: usize| {
            let c = u8::from_str_radix(&h[i..i + 2], 16).unwrap_or(0) as f64 / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
        let contrast = 1.05 / (luminance + 0.05);
        if contrast < 4.5 {
            return Err(format!(
                "#{h} on white has a contrast of {contrast:.2}:1; links and buttons need at least 4.5:1 (WCAG AA)"
            ));
        }
        Ok(format!("#{}", h.to_ascii_lowercase()))
    }

    /// Reads a logo file: PNG, JPEG, SVG or WebP, at most 512 KiB.
    pub fn logo(path: &std::path::Path) -> Result<(Vec<u8>, &'static str), String> {
        let kind = match path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).as_deref() {
            Some("png") => "image/png",
            Some("jpg" | "jpeg") => "image/jpeg",
            Some("svg") => "image/svg+xml",
            Some("webp") => "image/webp",
            _ => return Err(format!("{}: a logo is a .png, .jpg, .svg or .webp file", path.display())),
        };
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if bytes.len() > 512 * 1024 {
            return Err(format!("{}: a logo is at most 512 KiB", path.display()));
        }
        Ok((bytes, kind))
    }

    /// The stylesheet that applies the colour and shows the logo beside the site's name (as
    /// decoration: the name stays the link's text).
    pub fn css(&self) -> String {
        let mut css = String::from("/* Twinning theme: set with --brand-color and --logo */\n");
        if let Some(c) = &self.color {
            css.push_str(&format!(":root {{ --accent: {c}; }}\n"));
        }
        if self.logo.is_some() {
            css.push_str(".brand::before { content: \"\"; display: inline-block; width: 3rem; height: 2.5rem; background: url(\"/static/logo\") center / contain no-repeat; }\n");
        }
        css
    }
}

impl Config {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
    /// An absolute link to a path of this instance.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}

/// What every request handler can reach.
pub struct AppState {
    pub db: Db,
    /// The application layer: every command and query the pages and the API share.
    pub app: twinning_app::App,
    pub config: Config,
    /// This process's rate limiters, built from `config.limits`.
    pub limiters: limits::RateLimiters,
    /// The slots for heavy work (see [`heavy`]).
    pub heavy: heavy::Heavy,
    openapi_json: String,
}

pub type Shared = Arc<AppState>;

/// The whole application as one router, ready to serve.
pub fn app(db: Db, config: Config) -> Router {
    let (api_routes, openapi) = api::router().split_for_parts();
    let openapi_json = openapi.to_pretty_json().expect("the OpenAPI document serialises");
    let mut app = twinning_app::App::new(db.clone())
        .with_clock(config.clock)
        .with_letters(Arc::new(letters::WebLetters { public_url: config.public_url.clone() }));
    app.mail_dir = config.mail_dir.clone();
    let limiters = limits::RateLimiters::new(config.limits);
    let heavy = config.work.heavy.clone();
    let request_timeout = config.work.request_timeout;
    let hsts = config.public_url.starts_with("https://").then(|| HeaderValue::from_static(HSTS));
    let state = Arc::new(AppState { db, app, config, limiters, heavy, openapi_json });
    Router::new()
        .merge(pages::router())
        .merge(api_routes)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state.clone())
        // Page errors become pages here, in the visitor's language (see `error_page`)…
        .layer(axum::middleware::from_fn(error_page::render))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
        ))
        // Only over https: a browser told so would refuse the instance over plain http.
        .layer(SetResponseHeaderLayer::overriding(header::STRICT_TRANSPORT_SECURITY, hsts))
        .layer(axum::middleware::from_fn(private::no_store))
        // The largest of the limits; `limit_body` holds each route to its own.
        .layer(axum::extract::DefaultBodyLimit::max(SHEET_UPLOAD_LIMIT.max(UPLOAD_LIMIT).max(XLIFF_UPLOAD_LIMIT)))
        .layer(axum::middleware::from_fn(limit_body))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, request_timeout))
        .layer(axum::middleware::from_fn(auth::cross_site_guard))
        .layer(axum::middleware::from_fn(explain_limits))
        .layer(axum::middleware::from_fn_with_state(state, limits::guard))
        // …and here those of the guards that answer before the router: the cross-site check,
        // the body limit and the timeout.
        .layer(axum::middleware::from_fn(error_page::render))
        .layer(
            // Spans name the route pattern, never the concrete path or query, which may
            // one day carry tokens or names.
            TraceLayer::new_for_http().make_span_with(|req: &Request<Body>| {
                let route =
                    req.extensions().get::<MatchedPath>().map(|m| m.as_str().to_owned()).unwrap_or_else(|| "-".into());
                tracing::info_span!("request", method = %req.method(), route)
            }),
        )
        .layer(CatchPanicLayer::custom(|_: Box<dyn std::any::Any + Send>| {
            tracing::error!("a request handler panicked");
            ApiError(Problem::internal()).into_response()
        }))
}

/// The routes outside the JSON API, as (method, path pattern); the API's are in its
/// OpenAPI document.
pub fn html_routes() -> &'static [(&'static str, &'static str)] {
    pages::ROUTES
}

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests finish.
///
/// The accept loop is ours rather than `axum::serve`'s so that hyper can cut off a client
/// that sends its request headers too slowly ([`Limits::header_read_timeout`]): a handful of
/// slowloris connections would otherwise hold sockets and tasks forever.
pub async fn serve(
    listener: tokio::net::TcpListener,
    db: Db,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use tower::Service;
    let header_read_timeout = config.work.header_read_timeout;
    let app = app(db, config);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                Err(e) => {
                    // Out of file descriptors, usually: wait a moment instead of spinning.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let app = app.clone();
        let service = hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
            let mut req = req.map(Body::new);
            req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            app.clone().call(req)
        });
        let conn = hyper::server::conn::http1::Builder::new()
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(header_read_timeout)
            .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

pub(crate) async fn openapi_document(State(state): State<Shared>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], state.openapi_json.clone()).into_response()
}

/// 200 when the database answers, 503 when it does not.
pub(crate) async fn healthz(State(state): State<Shared>) -> Response {
    if state.db.ping().await {
        (StatusCode::OK, axum::Json(serde_json::json!({"status": "ok", "database": state.db.backend()})))
            .into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({"status": "unavailable", "database": state.db.backend()})),
        )
            .into_response()
    }
}

/// The body-size and time limits answer with bare text; give them our page or JSON error.
async fn explain_limits(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let api = is_api(req.uri());
    let limit = body_limit(req.method(), req.uri().path());
    let res = next.run(req).await;
    let ours = res.extensions().get::<error::PageProblem>().is_some()
        || res
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    let mib = limit.div_ceil(1024 * 1024);
    let (key, detail, args) = match res.status() {
        StatusCode::PAYLOAD_TOO_LARGE if !ours => (
            "request.too_large",
            format!("the request body is larger than the {mib} MiB this address accepts"),
            vec![("mib", mib as i64)],
        ),
        StatusCode::REQUEST_TIMEOUT if !ours => {
            ("request.timeout", "the request took too long to answer".into(), vec![])
        }
        _ => return res,
    };
    let problem = Problem { status: res.status(), key, field: None, detail };
    if api { ApiError(problem).into_response() } else { PageError::from(problem).with_args(args) }
}

fn is_api(uri: &Uri) -> bool {
    uri.path().starts_with("/api/")
}

/// A problem answered as JSON under `/api/`, as a page (rendered by `error_page`) elsewhere.
fn answer(api: bool, problem: Problem) -> Response {
    if api { ApiError(problem).into_response() } else { PageError::from(problem).into_response() }
}

async fn not_found(uri: Uri) -> Response {
    let problem = Problem::not_found("route.not_found");
    answer(is_api(&uri), problem)
}

async fn method_not_allowed(uri: Uri) -> Response {
    let problem = Problem {
        status: StatusCode::METHOD_NOT_ALLOWED,
        key: "route.method_not_allowed",
        field: None,
        detail: "this address does not accept that method".into(),
    };
    answer(is_api(&uri), problem)
}
