//! Heavy work never blocks the public (issue 14 point 3): PDFs, spreadsheets, badges and
//! images take one of a bounded number of slots; a request that finds none free in time gets
//! a translated "being prepared" page that refreshes itself (or JSON under `/api/`), while the
//! public pages keep answering; and a request timeout cuts anything slow with a clean answer.

use std::time::Duration;

use axum::http::Method;
use serde_json::Value;
use twinning_web::heavy::Heavy;

use crate::support::{Multipart, TestApp, demo};

const CAMERA: &[u8] = include_bytes!("fixtures/camera.jpg");
const EVENT: &str = "/manage/projects/ttchan/events/daugavpils-2018";

/// The demo on an app with one slot for heavy work and no wait for it, and that slot's handle.
async fn one_slot(wait: Duration, request_timeout: Duration) -> (TestApp, Heavy) {
    let heavy = Heavy::new(1, wait);
    let mut config = TestApp::config();
    config.work.heavy = heavy.clone();
    config.work.request_timeout = request_timeout;
    let app = TestApp::empty_with(config).await;
    app.db.import(&demo()).await.expect("demo imports");
    (app, heavy)
}

#[tokio::test]
async fn heavy_routes_answer_being_prepared_while_every_slot_is_taken() {
    let (app, heavy) = one_slot(Duration::ZERO, Duration::from_secs(30)).await;
    let o = app.organiser("ttchan").await;
    let taken = heavy.slot().await.expect("the only slot is free");
    assert_eq!(heavy.free(), 0);

    for path in [
        "/manage/projects/ttchan/report.pdf?lang=de".to_owned(),
        "/manage/projects/ttchan/report?lang=de".to_owned(),
        format!("{EVENT}/signature-sheet.pdf?day=2018-11-09&lang=de"),
        format!("{EVENT}/people.csv?lang=de"),
        format!("{EVENT}/people.xlsx?lang=de"),
        format!("{EVENT}/badges?lang=de"),
    ] {
        let res = app.get_as(&path, &o.cookie).await;
        assert_eq!(res.status(), 503, "{path}");
        assert_eq!(res.headers()["retry-after"], "5", "{path}");
        assert_eq!(res.headers()["refresh"], "5", "{path}: the page asks again by itself");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"), "{path}");
        let html = res.text().await.unwrap();
        assert!(html.contains("<h1>Wird vorbereitet</h1>"), "{path}: in the visitor's language\n{html}");
        assert!(html.contains("in 5 Sekunden"), "{path}");
    }

    // The API answers JSON: a photo is image work.
    let upload = Multipart::new()
        .file("file", "IMG_0001.jpg", "image/jpeg", CAMERA)
        .text("alt", "Delegations in front of Unity House")
        .text("lang", "en")
        .text("consent", "yes");
    let res = app
        .request(Method::POST, "/api/v1/projects/ttchan/events/daugavpils-2018/photos")
        .bearer(&o.token)
        .multipart(upload)
        .send()
        .await;
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["retry-after"], "5");
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["key"], "server.busy");

    // Meanwhile the public pages answer as always.
    assert_eq!(app.get("/projects/ttchan/events/daugavpils-2018/programme").await.status(), 200);
    assert_eq!(app.get("/healthz").await.status(), 200);

    // Once the slot is free, the same request gets its document, and gives the slot back.
    drop(taken);
    let res = app.get_as("/manage/projects/ttchan/report.pdf", &o.cookie).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(res.bytes().await.unwrap().starts_with(b"%PDF"));
    assert_eq!(heavy.free(), 1, "the slot is back once the PDF is drawn");
}

#[tokio::test]
async fn a_waiting_request_gets_the_slot_when_it_frees() {
    let (app, heavy) = one_slot(Duration::from_secs(3600), Duration::from_secs(3600)).await;
    let o = app.organiser("ttchan").await;
    let taken = heavy.slot().await.unwrap();
    let path = format!("{EVENT}/people.csv");
    let waiting = app.get_as(&path, &o.cookie);
    // The request waits for the slot; giving it back lets the request through.
    let (res, ()) = tokio::join!(waiting, async move {
        tokio::task::yield_now().await;
        drop(taken);
    });
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().starts_with("delegation,"));
}

#[tokio::test]
async fn the_request_timeout_cuts_a_slow_request_with_a_clean_answer() {
    // The slot never frees within the request's time: the timeout answers.
    let (app, heavy) = one_slot(Duration::from_secs(3600), Duration::from_millis(50)).await;
    let o = app.organiser("ttchan").await;
    let _taken = heavy.slot().await.unwrap();
    let res = app.get_as("/manage/projects/ttchan/report.pdf?lang=lv", &o.cookie).await;
    assert_eq!(res.status(), 408);
    let html = res.text().await.unwrap();
    assert!(html.contains("Tas aizņēma pārāk ilgu laiku"), "a translated page\n{html}");

    let upload = Multipart::new()
        .file("file", "IMG_0001.jpg", "image/jpeg", CAMERA)
        .text("alt", "Delegations")
        .text("lang", "en")
        .text("consent", "yes");
    let res = app
        .request(Method::POST, "/api/v1/projects/ttchan/events/daugavpils-2018/photos")
        .bearer(&o.token)
        .multipart(upload)
        .send()
        .await;
    assert_eq!(res.status(), 408);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["key"], "request.timeout");
}
