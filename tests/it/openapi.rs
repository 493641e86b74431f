//! The OpenAPI document: valid, complete, and unchanged unless we mean it.

use crate::support::{TestApp, python};

const SNAPSHOT: &str = "tests/it/snapshots/openapi.json";

#[tokio::test]
async fn the_document_is_valid_openapi_3() {
    let app = TestApp::empty().await;
    let text = app.get("/api/openapi.json").await.text().await.unwrap();
    let file = app.fresh.dir.join("openapi.json");
    std::fs::write(&file, &text).unwrap();
    let out = python(
        "import json,sys\nfrom openapi_spec_validator import validate\nd=json.load(open(sys.argv[1]))\nvalidate(d)\nprint(d['openapi'])",
        &[file.to_str().unwrap()],
    );
    assert!(out.trim().starts_with("3."), "{out}");
}

#[tokio::test]
async fn every_api_route_is_documented() {
    let app = TestApp::empty().await;
    let doc = app.json("/api/openapi.json").await;
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/api/v1/projects",
        "/api/v1/projects/{project}",
        "/api/v1/projects/{project}/partners",
        "/api/v1/projects/{project}/events/{event}",
        "/api/v1/projects/{project}/events/{event}/programme",
        "/api/v1/projects/{project}/events/{event}/programme/{item}",
        "/api/v1/towns/{town}",
        "/api/v1/venues/{venue}",
        "/api/v1/me",
        "/api/v1/projects/{project}/members",
        "/api/v1/projects/{project}/audit",
    ] {
        assert!(paths.contains_key(p), "{p} is documented");
        assert!(paths[p]["get"]["responses"]["200"].is_object(), "{p} documents its answer");
    }
    assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
    assert!(paths["/api/v1/me"]["get"]["security"].is_array(), "authenticated routes say so");
}

/// Compares with the committed snapshot; `UPDATE_SNAPSHOTS=1` rewrites it after a deliberate change.
#[tokio::test]
async fn the_document_matches_its_snapshot() {
    let app = TestApp::empty().await;
    let text = app.get("/api/openapi.json").await.text().await.unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SNAPSHOT);
    if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &text).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == text,
        "the OpenAPI document changed; if that is intended, run UPDATE_SNAPSHOTS=1 cargo nextest run openapi and commit {SNAPSHOT}"
    );
}
