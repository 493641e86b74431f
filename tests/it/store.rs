//! Storage behaviour that a user would notice: imports replace rather than duplicate,
//! invalid files write nothing, exports give back what was imported.

use twinning_domain::Bundle;

use crate::support::{TestApp, demo};

/// A bundle with its lists in a canonical order, for comparing an export with its source.
fn canonical(mut b: Bundle) -> Bundle {
    b.comment = None;
    b.towns.sort_by(|x, y| x.slug.cmp(&y.slug));
    b.venues.sort_by(|x, y| x.slug.cmp(&y.slug));
    b.organisations.sort_by(|x, y| x.slug.cmp(&y.slug));
    // A twinning links two towns symmetrically; the store keeps them in slug order.
    for t in &mut b.twinnings {
        t.towns.sort();
    }
    b
}

#[tokio::test]
async fn export_gives_back_what_was_imported() {
    let app = TestApp::empty().await;
    let summary = app.db.import(&demo()).await.unwrap();
    assert!(summary.created);
    assert_eq!(summary.items, demo().project.events[0].items.len());
    let out = app.db.project_bundle("ttchan").await.unwrap().unwrap();
    assert_eq!(canonical(out), canonical(demo()));
}

#[tokio::test]
async fn importing_again_replaces_the_project() {
    let app = TestApp::empty().await;
    app.db.import(&demo()).await.unwrap();
    let mut changed = demo();
    changed.project.events[0].items.retain(|i| i.slug.as_str() != "departure");
    let summary = app.db.import(&changed).await.unwrap();
    assert!(!summary.created);
    let out = app.db.project_bundle("ttchan").await.unwrap().unwrap();
    assert_eq!(out.project.events[0].items.len(), demo().project.events[0].items.len() - 1);
    assert_eq!(app.db.projects().await.unwrap().len(), 1);
    // The memorandum still points at its signing after the programme was rewritten.
    assert!(out.twinnings[0].signed_at.is_some());
    let town = app.db.town("raska").await.unwrap().unwrap();
    assert_eq!(town.twinnings.len(), 1);
}

#[tokio::test]
async fn an_invalid_bundle_writes_nothing() {
    let app = TestApp::empty().await;
    let mut b = demo();
    b.project.partners.push(b.project.partners[0].clone());
    let err = app.db.import(&b).await.unwrap_err();
    assert!(err.to_string().contains("validation"), "{err}");
    assert!(app.db.is_empty().await.unwrap());
    assert!(app.db.town("daugavpils").await.unwrap().is_none(), "not even the towns");
}

#[tokio::test]
async fn migrations_are_idempotent_and_health_reflects_the_database() {
    let app = TestApp::empty().await;
    app.db.migrate().await.unwrap();
    app.db.migrate().await.unwrap();
    assert!(app.db.ping().await);
    app.db.close().await;
    assert!(!app.db.ping().await);
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 503);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "unavailable");
}

#[tokio::test]
async fn publishing_keeps_versions_and_the_public_reads_only_the_latest() {
    let app = TestApp::empty().await;
    let b = demo();
    app.db.import(&b).await.unwrap();
    let v1 = app.db.published("ttchan").await.unwrap().remove("daugavpils-2018").unwrap();
    assert_eq!(v1.version, 1);
    assert_eq!(v1.items.len(), b.project.events[0].items.len());
    assert_eq!(v1.changes.added.len(), v1.items.len(), "the first version adds everything");

    // A draft change is not public until it is published.
    let mut draft = b.clone();
    draft.project.events[0].items.retain(|i| i.slug.as_str() != "departure");
    app.db.import_as(&draft, None).await.unwrap();
    assert_eq!(app.db.published("ttchan").await.unwrap()["daugavpils-2018"].version, 1);
    let v2 = app.db.publish("ttchan", &draft.project.events[0], None).await.unwrap().unwrap();
    assert_eq!(v2.version, 2);
    assert_eq!(v2.changes.removed, vec!["departure".to_owned()]);
    assert!(app.db.publish("ttchan", &draft.project.events[0], None).await.unwrap().is_none(), "nothing new");
    assert_eq!(
        app.db.published("ttchan").await.unwrap()["daugavpils-2018"].items.len(),
        b.project.events[0].items.len() - 1
    );
}
