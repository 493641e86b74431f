//! Twinnings through the API: an organiser reads, changes, adds and removes the links between
//! the project's partner towns, each guarded by its version.

use axum::http::Method;
use serde_json::{Value, json};

use crate::support::TestApp;

const LIST: &str = "/api/v1/projects/ttchan/twinnings";
const MEMORANDUM: &str = "/api/v1/projects/ttchan/twinnings/raska/daugavpils/memorandum_of_cooperation";

#[tokio::test]
async fn an_organiser_keeps_the_links_between_partner_towns() {
    let app = TestApp::with_demo().await;
    let o = app.organiser("ttchan").await;

    let all: Value = app.api(Method::GET, LIST, &o.token, None).await.json().await.unwrap();
    let memo = all
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["kind"] == "memorandum_of_cooperation")
        .expect("the demo's memorandum");
    assert_eq!(memo["signed_at"]["item"], "memorandum-raska");
    let version = memo["version"].as_i64().unwrap();

    // A change from the version read succeeds and moves the version on; the same version again is stale.
    let body = json!({"since": "2018-11-09", "description": {"en": "Memorandum of Cooperation, signed in Daugavpils"},
        "signed_at": {"event": "daugavpils-2018", "item": "memorandum-raska"}});
    let res = app
        .request(Method::PUT, MEMORANDUM)
        .bearer(&o.token)
        .header("if-match", format!("\"{version}\""))
        .json(&body)
        .send()
        .await;
    assert_eq!(res.status(), 200);
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    assert_ne!(etag, format!("\"{version}\""));
    let stale = app
        .request(Method::PUT, MEMORANDUM)
        .bearer(&o.token)
        .header("if-match", format!("\"{version}\""))
        .json(&body)
        .send()
        .await;
    assert_eq!(stale.status(), 412);
    let town: Value = app.json("/api/v1/towns/raska").await;
    assert!(town.to_string().contains("signed in Daugavpils"), "the town's page shows the change: {town}");

    // A new link between two partners, then removed.
    let friendship = "/api/v1/projects/ttchan/twinnings/panevezys/raska/friendship";
    let res = app
        .api(Method::PUT, friendship, &o.token, Some(&json!({"description": {"en": "Friends since the meeting"}})))
        .await;
    assert_eq!(res.status(), 201);
    let all: Value = app.api(Method::GET, LIST, &o.token, None).await.json().await.unwrap();
    assert!(all.as_array().unwrap().iter().any(|t| t["kind"] == "friendship"));
    assert_eq!(app.api(Method::DELETE, friendship, &o.token, None).await.status(), 204);
    assert_eq!(app.api(Method::DELETE, friendship, &o.token, None).await.status(), 404);

    // Only partners of the project, and a link needs two towns.
    let res = app.api(Method::PUT, "/api/v1/projects/ttchan/twinnings/raska/nowhere/twin", &o.token, None).await;
    assert_eq!(res.status(), 422);
    let err: Value = res.json().await.unwrap();
    assert_eq!(
        (err["error"]["key"].as_str(), err["error"]["field"].as_str()),
        (Some("twinning.not_partner"), Some("towns[1]"))
    );
    let res = app.api(Method::PUT, "/api/v1/projects/ttchan/twinnings/raska/raska/twin", &o.token, None).await;
    assert_eq!(res.status(), 422);

    // A coordinator may not.
    let c = app.coordinator_of("ttchan", "raska").await;
    assert_eq!(app.api(Method::PUT, friendship, &c.token, None).await.status(), 403);
}
