//! News through the API: an organiser drafts a post, changes it from the version read,
//! publishes it, takes it back and removes it; a stale version is refused.

use axum::http::Method;
use serde_json::{Value, json};

use crate::support::TestApp;

const NEWS: &str = "/api/v1/projects/ttchan/news";

#[tokio::test]
async fn an_organiser_writes_publishes_and_removes_a_post() {
    let app = TestApp::with_demo().await;
    let o = app.organiser("ttchan").await;
    let draft = json!({"slug": "kalmar-offer", "event": "daugavpils-2018",
        "title": {"en": "Kalmar's offer", "lv": "Kalmaras piedāvājums"}, "body": {"en": "Events worth attending."}});
    let res = app.api(Method::POST, NEWS, &o.token, Some(&draft)).await;
    assert_eq!(res.status(), 201);
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    let post: Value = res.json().await.unwrap();
    assert!(post["published_at"].is_null(), "a draft");
    assert_eq!(app.get(&format!("{NEWS}/kalmar-offer")).await.status(), 404, "drafts are not public");
    assert_eq!(app.api(Method::POST, NEWS, &o.token, Some(&draft)).await.status(), 422, "the address is taken");

    // A change from the version read; the same version again is stale.
    let url = format!("{NEWS}/kalmar-offer");
    let change = json!({"title": {"en": "The offer of Kalmar"}});
    let res = app.request(Method::PUT, &url).bearer(&o.token).header("if-match", &etag).json(&change).send().await;
    assert_eq!(res.status(), 200);
    let changed: Value = res.json().await.unwrap();
    assert_eq!(
        changed["title"],
        json!({"en": "The offer of Kalmar", "lv": "Kalmaras piedāvājums"}),
        "other languages kept"
    );
    let stale = app.request(Method::PUT, &url).bearer(&o.token).header("if-match", &etag).json(&change).send().await;
    assert_eq!(stale.status(), 412);

    // Published, it is public; taken back, it is not.
    assert_eq!(app.api(Method::POST, &format!("{url}/publish"), &o.token, None).await.status(), 200);
    let public: Value = app.json(&url).await;
    assert_eq!(public["title"]["en"], "The offer of Kalmar");
    assert_eq!(app.api(Method::POST, &format!("{url}/unpublish"), &o.token, None).await.status(), 200);
    assert_eq!(app.get(&url).await.status(), 404);

    // A title is needed; a coordinator may not write; then the post goes.
    let res = app.api(Method::POST, NEWS, &o.token, Some(&json!({"slug": "untitled", "title": {}}))).await;
    assert_eq!(res.status(), 422);
    let c = app.coordinator_of("ttchan", "raska").await;
    assert_eq!(app.api(Method::DELETE, &url, &c.token, None).await.status(), 403);
    assert_eq!(app.api(Method::DELETE, &url, &o.token, None).await.status(), 204);
    assert_eq!(app.api(Method::DELETE, &url, &o.token, None).await.status(), 404);
}
