//! Rate limits per client address ([`ClientAddr`], proxy-aware) and per kind of route, so that
//! one client cannot fill a meeting with fake registrations or mail-bomb anyone's address
//! through the public forms, nor keep the server busy with reads.
//!
//! Two classes, each with its own keyed GCRA limiter (`governor`):
//! - **forms**: the public forms that write or send mail — registering for an item (page and
//!   API), joining a delegation, asking for a password-reset link. A whole hall on one Wi-Fi
//!   registering at once still gets through (a burst of [`Limits::form_burst`], 200 by
//!   default), then [`Limits::form_per_minute`] a minute (60): a script that made 7 148
//!   registrations in 40 s now makes about 240. What stops it mailing one address is the
//!   outbox's per-recipient cap; what stops fake people taking places is the e-mail
//!   confirmation an organiser may require.
//! - **reads**: every GET and HEAD except static assets and `/healthz`. Generous:
//!   [`Limits::read_burst`] at once, [`Limits::read_per_second`] a second.
//!
//! Limits live in this process's memory: behind several processes each has its own (the
//! per-recipient mail cap, which must hold across processes, is counted in the database).
//! IPv6 clients are keyed by their /64, which one household or one attacker holds whole.
//! A request whose client is unknown (no socket: in-process tests) is not limited.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{FromRequestParts, State};
use axum::http::{HeaderValue, Method, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::Shared;
use crate::client::ClientAddr;
use crate::error::Problem;

/// The rate limits this instance runs with (`twinning serve --form-rate-limit … --read-rate-limit …`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Public form submissions per client address and minute, after the burst.
    pub form_per_minute: u32,
    /// Public form submissions a client address may make at once.
    pub form_burst: u32,
    /// Reads per client address and second, after the burst.
    pub read_per_second: u32,
    /// Reads a client address may make at once.
    pub read_burst: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self { form_per_minute: 60, form_burst: 200, read_per_second: 50, read_burst: 1000 }
    }
}

/// When to clear the limiters of addresses not seen lately, in keys held.
const RETAIN_ABOVE: usize = 10_000;

/// The limiters of one process.
pub struct RateLimiters {
    forms: DefaultKeyedRateLimiter<IpAddr>,
    reads: DefaultKeyedRateLimiter<IpAddr>,
}

impl std::fmt::Debug for RateLimiters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RateLimiters({} form keys, {} read keys)", self.forms.len(), self.reads.len())
    }
}

fn quota(per_period: Duration, burst: u32) -> Quota {
    let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(per_period).unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN)).allow_burst(burst)
}

impl RateLimiters {
    pub fn new(l: Limits) -> Self {
        let form_every = Duration::from_secs(60) / l.form_per_minute.max(1);
        let read_every = Duration::from_secs(1) / l.read_per_second.max(1);
        Self {
            forms: DefaultKeyedRateLimiter::keyed(quota(form_every, l.form_burst)),
            reads: DefaultKeyedRateLimiter::keyed(quota(read_every, l.read_burst)),
        }
    }
}

/// Which limiter a request counts against, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Form,
    Read,
}

fn class(method: &Method, path: &str) -> Option<Class> {
    if method == Method::POST {
        let registration = path.ends_with("/registrations")
            && (path.starts_with("/projects/") || path.starts_with("/api/v1/projects/"));
        let public_form = registration || path.starts_with("/join/") || path == "/password-reset";
        return public_form.then_some(Class::Form);
    }
    let read = (method == Method::GET || method == Method::HEAD) && !path.starts_with("/static/") && path != "/healthz";
    read.then_some(Class::Read)
}

/// The key of a client: its address, or for IPv6 its /64 network.
fn key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
    }
}

/// The middleware: answers 429 with `Retry-After` (a page in the visitor's language, or the
/// API's JSON error `rate_limited`) once a client is over its class's limit.
pub async fn guard(State(state): State<Shared>, req: Request<Body>, next: axum::middleware::Next) -> Response {
    let Some(class) = class(req.method(), req.uri().path()) else { return next.run(req).await };
    let (mut parts, body) = req.into_parts();
    let ClientAddr(client) = match ClientAddr::from_request_parts(&mut parts, &state).await {
        Ok(c) => c,
        Err(never) => match never {},
    };
    let req = Request::from_parts(parts, body);
    let Some(ip) = client else { return next.run(req).await };
    let limiter = match class {
        Class::Form => &state.limiters.forms,
        Class::Read => &state.limiters.reads,
    };
    if limiter.len() > RETAIN_ABOVE {
        limiter.retain_recent();
    }
    let Err(not_until) = limiter.check_key(&key(ip)) else { return next.run(req).await };
    let wait = not_until.wait_time_from(limiter.clock().now());
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    let problem = Problem {
        status: StatusCode::TOO_MANY_REQUESTS,
        key: "rate_limited",
        field: None,
        detail: format!("too many requests from this address; try again in {seconds} s"),
    };
    let mut res = crate::answer(req.uri().path().starts_with("/api/"), problem);
    if let Ok(v) = HeaderValue::from_str(&seconds.max(1).to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_fall_in_their_class() {
        let post = Method::POST;
        assert_eq!(class(&post, "/projects/ttchan/events/d/programme/x/registrations"), Some(Class::Form));
        assert_eq!(class(&post, "/api/v1/projects/ttchan/events/d/programme/x/registrations"), Some(Class::Form));
        assert_eq!(class(&post, "/join/abc"), Some(Class::Form));
        assert_eq!(class(&post, "/password-reset"), Some(Class::Form));
        assert_eq!(class(&post, "/manage/projects/ttchan"), None, "signed-in writes have their own checks");
        assert_eq!(class(&Method::GET, "/projects/ttchan"), Some(Class::Read));
        assert_eq!(class(&Method::GET, "/static/site.css"), None);
        assert_eq!(class(&Method::GET, "/healthz"), None);
    }

    #[test]
    fn ipv6_clients_are_keyed_by_their_network() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        assert_eq!(key(a), key(b));
        let v4: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(key(v4), v4);
    }

    #[test]
    fn a_burst_then_refusal() {
        let l = RateLimiters::new(Limits { form_per_minute: 1, form_burst: 3, ..Limits::default() });
        let ip: IpAddr = "203.0.113.9".parse().unwrap();
        let passed = (0..10).filter(|_| l.forms.check_key(&ip).is_ok()).count();
        assert_eq!(passed, 3);
        let other: IpAddr = "203.0.113.10".parse().unwrap();
        assert!(l.forms.check_key(&other).is_ok(), "another address has its own budget");
    }
}
