//! A list of bad requests driven at every route: the answer is always a clear 4xx, never a
//! 500, a panic, or a database message.

use crate::support::{Method, TestApp, TestResponse};

/// Every route, with `{}` where a slug goes.
const ROUTES: &[&str] = &[
    "/",
    "/projects/{}",
    "/projects/{}/partners",
    "/projects/{}/events/{}",
    "/projects/{}/events/{}/programme",
    "/projects/{}/events/{}/programme.ics",
    "/projects/{}/events/{}/programme/{}",
    "/towns/{}",
    "/venues/{}",
    "/healthz",
    "/static/{}",
    "/api/openapi.json",
    "/api/v1/projects",
    "/api/v1/projects/{}",
    "/api/v1/projects/{}/partners",
    "/api/v1/projects/{}/events/{}",
    "/api/v1/projects/{}/events/{}/programme",
    "/api/v1/projects/{}/events/{}/programme/{}",
    "/api/v1/towns/{}",
    "/api/v1/venues/{}",
];

/// Good values for each placeholder position, so that one bad value is tested at a time.
fn good(route: &str, position: usize) -> &'static str {
    if route.starts_with("/towns") || route.starts_with("/api/v1/towns") {
        "daugavpils"
    } else if route.starts_with("/venues") || route.starts_with("/api/v1/venues") {
        "aglona-basilica"
    } else if route.starts_with("/static") {
        "style.css"
    } else {
        ["ttchan", "daugavpils-2018", "memorandum-raska"][position]
    }
}

const BAD_SLUGS: &[&str] =
    &["nope", "TTCHAN", "%FF%FE", "%00", "a%2Fb", "%C4%81", "%27%3B%20DROP%20TABLE%20projects%3B--", "-", "%7B%7D"];

fn fill(route: &str, bad_at: Option<(usize, &str)>) -> String {
    let mut out = String::new();
    for (i, part) in route.split("{}").enumerate() {
        if i > 0 {
            let v = match bad_at {
                Some((at, bad)) if at == i - 1 => bad,
                _ => good(route, i - 1),
            };
            out.push_str(v);
        }
        out.push_str(part);
    }
    out
}

async fn assert_clean(res: TestResponse, what: &str) -> (u16, String) {
    let status = res.status().as_u16();
    let body = res.text().await.unwrap_or_default();
    assert!(status < 500, "{what}: answered {status}");
    for leak in ["sqlx", "panicked", "SELECT", "database error", "stack backtrace"] {
        assert!(!body.contains(leak), "{what}: body leaks {leak:?}");
    }
    (status, body)
}

#[tokio::test]
async fn every_route_answers_with_good_values() {
    let app = TestApp::with_demo().await;
    for route in ROUTES {
        let path = fill(route, None);
        let res = app.get(&path).await;
        assert_eq!(res.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn unknown_or_malformed_slugs_are_404s() {
    let app = TestApp::with_demo().await;
    let long = "x".repeat(5000);
    for route in ROUTES {
        let slots = route.matches("{}").count();
        for at in 0..slots {
            for bad in BAD_SLUGS.iter().copied().chain([long.as_str()]) {
                let path = fill(route, Some((at, bad)));
                let res = app.get(&path).await;
                let is_api = path.starts_with("/api/");
                let content_type =
                    res.headers().get("content-type").map(|v| v.to_str().unwrap_or("").to_owned()).unwrap_or_default();
                let (status, body) = assert_clean(res, &path).await;
                assert_eq!(status, 404, "{path}");
                if is_api {
                    assert!(content_type.starts_with("application/json"), "{path}: JSON error");
                    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
                    assert!(v["error"]["key"].as_str().unwrap().ends_with("not_found"), "{path}");
                } else {
                    assert!(content_type.starts_with("text/html"), "{path}: an error page");
                    assert!(body.contains("<h1>"), "{path}");
                }
            }
        }
    }
}

#[tokio::test]
async fn a_malformed_language_is_a_400_that_names_the_parameter() {
    let app = TestApp::with_demo().await;
    for route in ROUTES.iter().filter(|r| !r.starts_with("/api") && !r.starts_with("/static") && **r != "/healthz") {
        for q in ["lang=%3Cscript%3E", "lang=", "lang=lv&lang=en", "lang=english-please"] {
            let path = format!("{}?{q}", fill(route, None));
            let (status, body) = assert_clean(app.get(&path).await, &path).await;
            assert_eq!(status, 400, "{path}");
            assert!(body.contains("<code>lang</code>"), "{path}: names the parameter");
        }
        // A well-formed language we do not translate into is no error: it falls back.
        let path = format!("{}?lang=fr&utm_source=x", fill(route, None));
        assert_eq!(app.get(&path).await.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn wrong_methods_are_405s() {
    let app = TestApp::with_demo().await;
    for route in ROUTES {
        let url = fill(route, None);
        for method in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
            let res = app.request(method.clone(), &url).header("sec-fetch-site", "same-origin").body("{}").send().await;
            let (status, _) = assert_clean(res, &format!("{method} {url}")).await;
            // Organisers write through some of these routes: without a token that is a 401.
            let writes = matches!(
                (*route, method.as_str()),
                ("/api/v1/projects", "POST")
                    | ("/api/v1/projects/{}", "PUT")
                    | ("/api/v1/projects/{}/events/{}", "PUT" | "DELETE")
            );
            assert_eq!(status, if writes { 401 } else { 405 }, "{method} {url}");
        }
    }
}

/// Over a real port: the limit holds for what a client declares and sends on the connection.
#[tokio::test]
async fn oversized_bodies_are_413s() {
    let app = TestApp::with_demo().await.over_http().await;
    for route in ROUTES {
        let url = fill(route, None);
        let big = vec![b'x'; twinning_web::BODY_LIMIT + 1];
        let res = app.request(Method::POST, &url).header("sec-fetch-site", "same-origin").body(big).send().await;
        let json = res.headers()["content-type"].to_str().unwrap().starts_with("application/json");
        let (status, body) = assert_clean(res, &format!("big POST {url}")).await;
        assert_eq!(status, 413, "{url}");
        if route.starts_with("/api/") {
            assert!(json && body.contains("\"key\":\"request.too_large\""), "{url}: {body}");
        } else {
            assert!(body.contains("<h1>"), "{url}: an explained page, not bare text");
        }
    }
}

#[tokio::test]
async fn garbage_headers_are_ignored() {
    let app = TestApp::with_demo().await;
    for route in ROUTES {
        let url = fill(route, None);
        let res = app
            .request(Method::GET, &url)
            .header("accept-language", ";;;q=abc,*-*-*,lv;q=NaN,,")
            .header("cookie", "lang=%%%; lang=<x>; =;;")
            .send()
            .await;
        let (status, _) = assert_clean(res, &url).await;
        assert_eq!(status, 200, "{url}");
    }
}
