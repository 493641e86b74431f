//! Twinning's web layer. The layout follows the URLs: `/projects/{project}/events/{event}/programme`
//! is in `pages/programme.rs`, its JSON twin `/api/v1/…` in `api/`, shared page frame in
//! `layout.rs`, templates in `templates/` named after the page.

pub mod access;
pub mod api;
mod assets;
pub mod auth;
pub mod error;
pub mod extract;
pub mod i18n;
pub mod ics;
pub mod layout;
pub(crate) mod pages;
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
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use twinning_store::Db;

use crate::error::{ApiError, PageError, Problem};
use crate::extract::LangPrefs;

/// The largest request body accepted (imports through the API will come in under it).
pub const BODY_LIMIT: usize = 1024 * 1024;

/// The Content-Security-Policy of every response: no inline script or style, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// How this instance is reached and run.
#[derive(Debug, Clone)]
pub struct Config {
    /// The address people use to reach this instance, for links in e-mails
    /// (`https://twinning.daugavpils.lv`). Cookies are `Secure` when it is https.
    pub public_url: String,
}

impl Default for Config {
    fn default() -> Self {
        Self { public_url: "http://127.0.0.1:8080".into() }
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
    pub config: Config,
    openapi_json: String,
}

pub type Shared = Arc<AppState>;

/// The whole application as one router, ready to serve.
pub fn app(db: Db, config: Config) -> Router {
    let (api_routes, openapi) = api::router().split_for_parts();
    let openapi_json = openapi.to_pretty_json().expect("the OpenAPI document serialises");
    let state = Arc::new(AppState { db, config, openapi_json });
    Router::new()
        .merge(pages::router())
        .merge(api_routes)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
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
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .layer(axum::middleware::from_fn(auth::cross_site_guard))
        .layer(axum::middleware::from_fn(explain_limits))
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
pub async fn serve(
    listener: tokio::net::TcpListener,
    db: Db,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = app(db, config).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
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
    use axum::extract::FromRequestParts;
    let (mut parts, body) = req.into_parts();
    let api = is_api(&parts.uri);
    let prefs = LangPrefs::from_request_parts(&mut parts, &()).await.ok();
    let res = next.run(Request::from_parts(parts, body)).await;
    let ours = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    let (key, detail) = match res.status() {
        StatusCode::PAYLOAD_TOO_LARGE if !ours => ("request.too_large", "the request body is larger than 1 MiB"),
        StatusCode::REQUEST_TIMEOUT if !ours => ("request.timeout", "the request took too long to answer"),
        _ => return res,
    };
    let problem = Problem { status: res.status(), key, field: None, detail: detail.into() };
    if api {
        ApiError(problem).into_response()
    } else {
        let tr = prefs.map(|p| p.tr(None)).unwrap_or_else(|| i18n::Tr::new("en"));
        PageError::new(&tr, problem).into_response()
    }
}

fn is_api(uri: &Uri) -> bool {
    uri.path().starts_with("/api/")
}

async fn not_found(uri: Uri, prefs: Result<LangPrefs, PageError>) -> Response {
    let problem = Problem::not_found("route.not_found");
    if is_api(&uri) {
        return ApiError(problem).into_response();
    }
    let tr = prefs.map(|p| p.tr(None)).unwrap_or_else(|_| i18n::Tr::new("en"));
    PageError::new(&tr, problem).into_response()
}

async fn method_not_allowed(uri: Uri, prefs: Result<LangPrefs, PageError>) -> Response {
    let problem = Problem {
        status: StatusCode::METHOD_NOT_ALLOWED,
        key: "route.method_not_allowed",
        field: None,
        detail: "this address does not accept that method".into(),
    };
    if is_api(&uri) {
        ApiError(problem).into_response()
    } else {
        let tr = prefs.map(|p| p.tr(None)).unwrap_or_else(|_| i18n::Tr::new("en"));
        PageError::new(&tr, problem).into_response()
    }
}
