//! `Cache-Control: no-store` on everything that may carry personal data, decided in one place
//! for the whole router rather than by each handler: the back office (`/manage`, `/admin`),
//! the account area, personal links (`/my/…`, `/join/…`, `/feeds/…`, invitations, password
//! resets), and every API answer except anonymous reads of public data. Neither the browser's
//! disk cache nor a proxy keeps a copy, so a shared computer or a caching proxy does not hand
//! one person's data to the next.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, Request, header};
use axum::response::Response;

/// First path segments whose every answer is private.
const PRIVATE: &[&str] =
    &["manage", "admin", "account", "signin", "signout", "my", "join", "feeds", "invitations", "password-reset"];

/// Whether the answer to this request may hold personal data and must not be stored.
pub fn is_private(method: &Method, path: &str, headers: &HeaderMap) -> bool {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if PRIVATE.contains(&first) {
        return true;
    }
    if path.starts_with("/api/") {
        // Public data read anonymously may be cached like the public pages; anything asked
        // with credentials, and every write's answer, may carry someone's data.
        let anonymous_read = (method == Method::GET || method == Method::HEAD)
            && !headers.contains_key(header::AUTHORIZATION)
            && !headers.contains_key(header::COOKIE);
        return !anonymous_read;
    }
    false
}

/// The middleware: marks private answers `no-store`, whatever the handler said (a handler's
/// own `private, no-store` stays).
pub async fn no_store(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let private = is_private(req.method(), req.uri().path(), req.headers());
    let mut res = next.run(req).await;
    let stored = |v: &HeaderValue| !v.to_str().is_ok_and(|v| v.contains("no-store"));
    if private && res.headers().get(header::CACHE_CONTROL).is_none_or(stored) {
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_areas_and_credentialed_api_calls() {
        let none = HeaderMap::new();
        let mut bearer = HeaderMap::new();
        bearer.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer x"));
        assert!(is_private(&Method::GET, "/manage", &none));
        assert!(is_private(&Method::GET, "/manage/projects/ttchan", &none));
        assert!(is_private(&Method::GET, "/my/abc", &none));
        assert!(is_private(&Method::GET, "/api/v1/projects/ttchan", &bearer));
        assert!(is_private(&Method::POST, "/api/v1/projects/ttchan/events/e/programme/i/registrations", &none));
        assert!(!is_private(&Method::GET, "/api/v1/projects/ttchan", &none));
        assert!(!is_private(&Method::GET, "/projects/ttchan/events/daugavpils-2018/programme", &none));
        assert!(!is_private(&Method::GET, "/myths", &none));
        assert!(!is_private(&Method::GET, "/administration", &none));
    }
}
