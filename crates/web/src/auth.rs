//! Who is asking: sessions (a cookie holding a random token whose SHA-256 is stored), API
//! tokens (`Authorization: Bearer`), Argon2id password hashes, and the cross-site check on
//! every state-changing request.

use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Method, Request, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use twinning_store::Account;

use crate::error::{ApiError, PageError, Problem};
use crate::extract::{LangPrefs, cookie_value};
use crate::{AppState, Shared};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "twinning_session";
/// The cookie of a right password waiting for its second factor.
pub const CHALLENGE_COOKIE: &str = "twinning_challenge";
/// A session unused for this long ends.
pub const SESSION_IDLE_SECS: i64 = 12 * 3600;
/// Where an instance admin without a second factor is sent before anything else.
pub const ENROL_PATH: &str = "/account/totp";

pub use twinning_app::secrets::{feed_token, hash_secret, new_secret, person_link_hashes, verify_password};

/// New secret links for a person registering: their personal page, its calendar feed, and
/// the page that confirms the registration (sent only when the meeting asks for it).
pub fn registration_links(config: &crate::Config) -> twinning_app::registrations::Links {
    let manage = new_secret("m_");
    let confirm = new_secret("c_");
    twinning_app::registrations::Links {
        manage_hash: hash_secret(&manage),
        feed_hash: hash_secret(&feed_token(&manage)),
        page: config.link(&format!("/my/{manage}")),
        confirm_hash: hash_secret(&confirm),
        confirm_page: config.link(&format!("/confirm/{confirm}")),
    }
}

/// Hashes a password with Argon2id, off the async threads.
pub async fn hash_password(password: String) -> Result<String, Problem> {
    twinning_app::secrets::hash_password(password).await.map_err(|_| Problem::internal())
}

/// How the request was authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// A browser session; the stored hash of its token.
    Session(String),
    Token,
}

/// The signed-in person, if any.
#[derive(Debug, Clone)]
pub struct User {
    pub account: Account,
    pub via: Via,
}

fn bearer(parts: &Parts) -> Option<String> {
    let v = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned())
}

/// The client as the app's sign-in rules see it (proxy-aware, see [`crate::client`]).
pub fn client_of(state: &AppState, parts: &Parts) -> twinning_app::signin::Client {
    let peer = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip());
    let forwarded: Vec<&str> =
        parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    twinning_app::signin::Client::new(peer.map(|p| state.config.trusted_proxies.client(p, &forwarded)))
}

/// What a session may last: the idle time and the configured absolute lifetime.
pub fn session_rules(state: &AppState) -> twinning_app::signin::SessionRules {
    twinning_app::signin::SessionRules {
        idle_secs: SESSION_IDLE_SECS,
        lifetime_secs: i64::try_from(state.config.session_lifetime.as_secs()).unwrap_or(i64::MAX / 2),
    }
}

/// Looks up the request's session or token. Store trouble counts as "not signed in" only
/// when nothing was presented; otherwise it is an error.
pub async fn current_user(state: &AppState, parts: &Parts) -> Result<Option<User>, Problem> {
    if let Some(token) = bearer(parts) {
        let client = client_of(state, parts);
        return Ok(state.app.token_account(&token, &client).await?.map(|account| User { account, via: Via::Token }));
    }
    if let Some(token) = cookie_value(parts, SESSION_COOKIE) {
        let hash = hash_secret(&token);
        return Ok(state
            .app
            .session_account(&token, session_rules(state))
            .await?
            .map(|account| User { account, via: Via::Session(hash) }));
    }
    Ok(None)
}

/// The signed-in person, or nobody: never rejects.
pub struct MaybeUser(pub Option<User>);

impl FromRequestParts<Shared> for MaybeUser {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &Shared) -> Result<Self, PageError> {
        // A malformed `?lang=` is answered first, as on every page.
        LangPrefs::from_request_parts(parts, state).await?;
        current_user(state, parts).await.map(MaybeUser).map_err(PageError::from)
    }
}

/// A page that needs someone signed in: without a session, a redirect to the sign-in page
/// that comes back here afterwards. An instance admin without a second factor is sent to
/// enrol one first, whatever the page.
pub struct SignedIn(pub User);

pub enum SignInFirst {
    Redirect(String),
    /// An admin without a second factor: to the enrolment page.
    Enrol,
    Error(PageError),
}

impl IntoResponse for SignInFirst {
    fn into_response(self) -> Response {
        match self {
            SignInFirst::Redirect(next) => Redirect::to(&format!(
                "/signin?next={}",
                form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
            ))
            .into_response(),
            SignInFirst::Enrol => Redirect::to(ENROL_PATH).into_response(),
            SignInFirst::Error(e) => e.into_response(),
        }
    }
}

impl FromRequestParts<Shared> for SignedIn {
    type Rejection = SignInFirst;

    async fn from_request_parts(parts: &mut Parts, state: &Shared) -> Result<Self, SignInFirst> {
        LangPrefs::from_request_parts(parts, state).await.map_err(SignInFirst::Error)?;
        match current_user(state, parts).await {
            Ok(Some(u)) if u.account.is_admin && !u.account.has_totp && !parts.uri.path().starts_with(ENROL_PATH) => {
                Err(SignInFirst::Enrol)
            }
            Ok(Some(u)) if matches!(u.via, Via::Session(_)) => Ok(SignedIn(u)),
            Ok(_) => Err(SignInFirst::Redirect(parts.uri.path().to_owned())),
            Err(p) => Err(SignInFirst::Error(PageError::from(p))),
        }
    }
}

/// An API call that needs someone: a token or a session, else 401.
pub struct ApiUser(pub User);

impl FromRequestParts<Shared> for ApiUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &Shared) -> Result<Self, ApiError> {
        match current_user(state, parts).await? {
            Some(u) => Ok(ApiUser(u)),
            None => Err(ApiError(Problem {
                status: StatusCode::UNAUTHORIZED,
                key: "auth.required",
                field: None,
                detail: "send a valid API token as `Authorization: Bearer …`".into(),
            })),
        }
    }
}

/// Refuses state-changing requests that a browser made on behalf of another site. Browsers
/// say where a request comes from in `Sec-Fetch-Site` (or at least `Origin`); a request with
/// a bearer token and no cookie comes from a script, not a browser, and passes.
pub async fn cross_site_guard(req: Request<Body>, next: axum::middleware::Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let h = req.headers();
    // A script calling the API without a cookie (with a token, or to register for a public
    // session) carries no ambient credential a forged request could borrow.
    let scripted = !h.contains_key(header::COOKIE)
        && (h.contains_key(header::AUTHORIZATION) || req.uri().path().starts_with("/api/"));
    let same_site = match h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin" || site == "none",
        None => match (
            h.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
            h.get(header::HOST).and_then(|v| v.to_str().ok()),
        ) {
            (Some(origin), Some(host)) => origin.split_once("://").is_some_and(|(_, o)| o == host),
            _ => false,
        },
    };
    if scripted || same_site {
        return next.run(req).await;
    }
    let problem = Problem {
        status: StatusCode::FORBIDDEN,
        key: "request.cross_site",
        field: None,
        detail: "state-changing requests must come from this site".into(),
    };
    if req.uri().path().starts_with("/api/") {
        ApiError(problem).into_response()
    } else {
        PageError::from(problem).into_response()
    }
}

/// The `Set-Cookie` value for a new session (or, with `None`, one that ends it); the cookie
/// lasts as long as the session may.
pub fn session_cookie(token: Option<&str>, secure: bool) -> String {
    cookie(SESSION_COOKIE, token, 30 * 86_400, secure)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, for the whole site; `None` ends it.
pub fn cookie(name: &str, value: Option<&str>, max_age: u64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    match value {
        Some(v) => format!("{name}={v}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"),
        None => format!("{name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passwords_hash_and_verify() {
        let h = hash_password("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery".into(), Some(h.clone())).await);
        assert!(!verify_password("wrong horse battery".into(), Some(h)).await);
        assert!(!verify_password("anything at all".into(), None).await, "no account, no entry");
    }

    #[test]
    fn secrets_are_random_and_stored_hashed() {
        let a = new_secret("tw_");
        let b = new_secret("tw_");
        assert_ne!(a, b);
        assert!(a.starts_with("tw_") && a.len() == 3 + 43);
        assert_eq!(hash_secret(&a).len(), 64);
        assert_eq!(hash_secret(&a), hash_secret(&a));
        assert!(
            session_cookie(Some("x"), true).contains("HttpOnly; SameSite=Lax")
                && session_cookie(Some("x"), true).ends_with("; Secure")
        );
    }
}
