//! Writing the programme through the API with a token: draft first, public after publishing.

use crate::support::{Method, TestApp};

const ITEMS: &str = "/api/v1/projects/ttchan/events/daugavpils-2018/items";
const PUBLIC: &str = "/api/v1/projects/ttchan/events/daugavpils-2018/programme";
const PUBLISH: &str = "/api/v1/projects/ttchan/events/daugavpils-2018/publish";

#[tokio::test]
async fn a_script_adds_changes_removes_and_publishes_items() {
    let app = TestApp::with_demo().await;
    let auth = app.organiser("ttchan").await.token;
    let item = serde_json::json!({
        "slug": "youth-forum",
        // The meeting's local time, with Riga's offset in November.
        "starts_at": "2018-11-12T10:30:00+02:00",
        "ends_at": "2018-11-12T11:30:00+02:00",
        "kind": "debate",
        "title": {"lv": "Jauniešu forums", "en": "Youth forum"},
        "audience": "public",
        "capacity": 60,
        "venues": ["daugavpils-university"],
        "languages": ["lv", "en"]
    });
    let res = app.api(Method::POST, ITEMS, &auth, Some(&item)).await;
    assert_eq!(res.status(), 201);
    let created: serde_json::Value = res.json().await.unwrap();
    assert_eq!(created["starts_at"], "2018-11-12T10:30:00+02:00", "kept in the event's zone");
    assert_eq!(app.get(&format!("{PUBLIC}/youth-forum")).await.status(), 404, "a draft until published");

    let v: serde_json::Value = app.api(Method::POST, PUBLISH, &auth, None).await.json().await.unwrap();
    assert_eq!(v["version"], 2);
    assert_eq!(v["added"], serde_json::json!(["youth-forum"]));
    assert_eq!(app.get(&format!("{PUBLIC}/youth-forum")).await.status(), 200);

    let mut change = item.clone();
    change["capacity"] = 80.into();
    change["title"] = serde_json::json!({"en": "Youth forum on Europe"});
    let res = app.api(Method::PUT, &format!("{ITEMS}/youth-forum"), &auth, Some(&change)).await;
    assert_eq!(res.status(), 200);
    let changed: serde_json::Value = res.json().await.unwrap();
    assert_eq!(changed["capacity"], 80);
    assert_eq!(changed["title"]["lv"], "Jauniešu forums", "languages not given keep their text");
    let res = app.api(Method::DELETE, &format!("{ITEMS}/departure"), &auth, None).await;
    assert_eq!(res.status(), 204);
    let v: serde_json::Value = app.api(Method::POST, PUBLISH, &auth, None).await.json().await.unwrap();
    assert_eq!(v["version"], 3);
    assert_eq!(v["changed"], serde_json::json!(["youth-forum"]));
    assert_eq!(v["removed"], serde_json::json!(["departure"]));
    let again: serde_json::Value = app.api(Method::POST, PUBLISH, &auth, None).await.json().await.unwrap();
    assert!(again.get("version").is_none(), "nothing new to publish");
}

#[tokio::test]
async fn bad_items_are_refused_with_the_field_named() {
    let app = TestApp::with_demo().await;
    let auth = app.organiser("ttchan").await.token;
    let good = serde_json::json!({"slug": "x-item", "starts_at": "2018-11-12T10:00:00+02:00", "ends_at": "2018-11-12T11:00:00+02:00", "kind": "visit", "title": {"en": "X"}, "audience": "delegates"});
    let cases = [
        ("kind", serde_json::json!("party"), 422, "kind"),
        ("ends_at", serde_json::json!("2018-11-12T09:00:00+02:00"), 422, "ends_at"),
        ("slug", serde_json::json!("memorandum-raska"), 422, "slug"),
        ("slug", serde_json::json!("Not A Slug"), 422, "slug"),
        ("venues", serde_json::json!(["nowhere"]), 422, "venues"),
        ("starts_at", serde_json::json!("yesterday"), 422, "starts_at"),
        ("starts_at", serde_json::json!("2018-11-12T08:00:00Z"), 422, "starts_at"),
        ("capacity", serde_json::json!("forty"), 422, "capacity"),
        ("title", serde_json::json!({"en": 5}), 422, "title.en"),
    ];
    for (field, value, status, named) in cases {
        let mut body = good.clone();
        body[field] = value;
        let res = app.api(Method::POST, ITEMS, &auth, Some(&body)).await;
        assert_eq!(res.status(), status, "{field}");
        let err: serde_json::Value = res.json().await.unwrap();
        assert_eq!(err["error"]["field"], named, "{field}: {err}");
    }
    let missing = app.api(Method::PUT, &format!("{ITEMS}/nope"), &auth, Some(&good)).await;
    assert_eq!(missing.status(), 404);
}
