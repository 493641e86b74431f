//! Photos through the API: an organiser uploads one (stripped like the page's uploads),
//! describes it from the version read, and removes it; the public reads the list.

use axum::http::Method;
use serde_json::{Value, json};

use crate::support::{Multipart, TestApp};

const CAMERA: &[u8] = include_bytes!("fixtures/camera.jpg");
const PHOTOS: &str = "/api/v1/projects/ttchan/events/daugavpils-2018/photos";

#[tokio::test]
async fn an_organiser_uploads_describes_and_removes_a_photo() {
    let app = TestApp::with_demo().await;
    let o = app.organiser("ttchan").await;
    let upload = |consent: &str| {
        Multipart::new()
            .file("file", "IMG_0001.jpg", "image/jpeg", CAMERA)
            .text("alt", "Delegations in front of Unity House")
            .text("lang", "en")
            .text("consent", consent)
    };
    let res = app.request(Method::POST, PHOTOS).bearer(&o.token).multipart(upload("no")).send().await;
    assert_eq!(res.status(), 422);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["field"], "consent");
    let res = app.request(Method::POST, PHOTOS).bearer(&o.token).multipart(upload("yes")).send().await;
    assert_eq!(res.status(), 201);
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    let photo: Value = res.json().await.unwrap();
    assert_eq!(photo["alt"]["en"], "Delegations in front of Unity House");
    let image = app.get(photo["href"].as_str().unwrap()).await.bytes().await.unwrap();
    let served = String::from_utf8_lossy(&image);
    assert!(String::from_utf8_lossy(CAMERA).contains("Janis Berzins"), "the fixture carries a name");
    assert!(!served.contains("Janis Berzins") && !served.contains("Vienibas"), "metadata removed");
    let again = app.request(Method::POST, PHOTOS).bearer(&o.token).multipart(upload("yes")).send().await;
    assert_eq!(again.status(), 422, "the same photo twice");

    let url = format!("{PHOTOS}/{}", photo["id"]);
    let change = json!({"caption": {"lv": "Delegācijas pie Vienības nama"}, "credit": "Daugavpils City Council"});
    let res = app.request(Method::PUT, &url).bearer(&o.token).header("if-match", &etag).json(&change).send().await;
    assert_eq!(res.status(), 200);
    let stale = app.request(Method::PUT, &url).bearer(&o.token).header("if-match", &etag).json(&change).send().await;
    assert_eq!(stale.status(), 412);
    let public: Value = app.json(PHOTOS).await;
    assert_eq!(public[0]["caption"]["lv"], "Delegācijas pie Vienības nama");
    assert_eq!(public[0]["alt"]["en"], "Delegations in front of Unity House", "texts not given are kept");

    let c = app.coordinator_of("ttchan", "raska").await;
    assert_eq!(app.api(Method::DELETE, &url, &c.token, None).await.status(), 403);
    assert_eq!(app.api(Method::DELETE, &url, &o.token, None).await.status(), 204);
    assert_eq!(app.get(&url).await.status(), 404);
}
