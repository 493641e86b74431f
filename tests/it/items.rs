//! The organiser's programme editor: add, edit and move, duplicate, delete — each checked
//! field by field, stored whole, recorded, and seen at once on the public programme.

use crate::support::{PROGRAMME, TestApp};

const BASE: &str = "/manage/projects/ttchan/events/daugavpils-2018";

#[tokio::test]
async fn an_organiser_adds_an_item_and_the_public_sees_it() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let form = app.get_as(&format!("{BASE}/items/new?lang=en"), &cookie).await;
    assert_eq!(form.status(), 200);
    let html = form.text().await.unwrap();
    assert!(html.contains("type=\"datetime-local\"") && html.contains("Times are in Europe/Riga"));

    let bad = app
        .post_form(
            &format!("{BASE}/items?lang=en"),
            Some(&cookie),
            &[
                ("slug", "Not A Slug"),
                ("title", ""),
                ("starts_at", "2018-11-09T15:00"),
                ("ends_at", "2018-11-09T14:00"),
                ("kind", "party"),
                ("audience", "public"),
                ("capacity", "0"),
                ("venue", "nowhere"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.unwrap();
    for message in [
        "lowercase letters, digits and single hyphens",
        "Choose a kind.",
        "at least 1, or leave it empty",
        "Choose venues from the list.",
    ] {
        assert!(html.contains(message), "{message}");
    }
    assert!(html.contains("value=\"Not A Slug\""), "what was typed is kept");

    let fields = [
        ("slug", "youth-forum"),
        ("title", "Jauniešu forums"),
        ("starts_at", "2018-11-12T11:30"),
        ("ends_at", "2018-11-12T12:30"),
        ("kind", "debate"),
        ("audience", "public"),
        ("capacity", "60"),
        ("venue", "daugavpils-university"),
        ("languages", "lv, en"),
        ("description", "Jaunieši no partnerpilsētām diskutē par Eiropas nākotni."),
    ];
    let res = app.post_form(&format!("{BASE}/items"), Some(&cookie), &fields).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("{BASE}?done=saved"));
    assert!(!app.page(&format!("{PROGRAMME}?lang=lv")).await.contains("Jauniešu forums"), "a draft until published");
    let status = app.get_as(&format!("{BASE}?lang=en"), &cookie).await.text().await.unwrap();
    assert!(status.contains("1 change since version 1 is not public yet"));
    let res = app.post_form(&format!("{BASE}/publish"), Some(&cookie), &[]).await;
    assert_eq!(res.headers()["location"], format!("{BASE}?done=published"));
    let public = app.page(&format!("{PROGRAMME}?lang=en")).await;
    assert!(public.contains("Jauniešu forums"));
    assert!(public.contains("1 added, 0 changed, 0 removed"), "the public programme says what changed");
    let res = app.post_form(&format!("{BASE}/publish"), Some(&cookie), &[]).await;
    assert_eq!(res.headers()["location"], format!("{BASE}?done=unchanged"), "nothing new to publish");
    let ics = app.get("/projects/ttchan/events/daugavpils-2018/programme.ics").await.text().await.unwrap();
    assert!(ics.contains("UID:youth-forum.daugavpils-2018.ttchan@twinning"));
    let again = app.post_form(&format!("{BASE}/items?lang=en"), Some(&cookie), &fields).await;
    assert_eq!(again.status(), 422);
    assert!(again.text().await.unwrap().contains("already has this short name"));
    let audit = app.get_as("/manage/projects/ttchan/audit", &cookie).await.text().await.unwrap();
    assert!(audit.contains("daugavpils-2018/youth-forum"));
}

#[tokio::test]
async fn moving_duplicating_and_deleting_items() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let edit = app.get_as(&format!("{BASE}/items/ribbon-folding?lang=en"), &cookie).await.text().await.unwrap();
    assert!(edit.contains("value=\"2018-11-09T16:30\""), "times in the event's zone");

    // Move the ribbon folding to the last day: the same form, other times.
    let res = app
        .post_form(
            &format!("{BASE}/items/ribbon-folding"),
            Some(&cookie),
            &[
                ("title", "Sarkanbaltsarkano lentīšu locīšana"),
                ("starts_at", "2018-11-12T10:00"),
                ("ends_at", "2018-11-12T11:00"),
                ("kind", "workshop"),
                ("audience", "public"),
                ("capacity", "40"),
                ("venue", "daugavpils-museum"),
                ("languages", "lv"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let draft_only = app.json("/api/v1/projects/ttchan/events/daugavpils-2018/programme/ribbon-folding").await;
    assert_eq!(
        draft_only["starts_at"], "2018-11-09T16:30:00+02:00",
        "the public API shows the published time until publishing"
    );
    app.post_form(&format!("{BASE}/publish"), Some(&cookie), &[]).await;
    let api = app.json("/api/v1/projects/ttchan/events/daugavpils-2018/programme/ribbon-folding").await;
    assert_eq!(api["starts_at"], "2018-11-12T10:00:00+02:00");
    assert!(api.get("illustrative").is_none(), "a time the organiser set is no longer illustrative");
    assert_eq!(api["title"]["en"], "Red-white-red ribbon folding", "the other language stays");

    let res = app.post_form(&format!("{BASE}/items/ribbon-folding/duplicate"), Some(&cookie), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("{BASE}/items/ribbon-folding-2"));
    let res = app.post_form(&format!("{BASE}/items/memorandum-raska/delete"), Some(&cookie), &[]).await;
    assert_eq!(res.status(), 303);
    app.post_form(&format!("{BASE}/publish"), Some(&cookie), &[]).await;
    let programme = "/api/v1/projects/ttchan/events/daugavpils-2018/programme";
    assert_eq!(app.get(&format!("{programme}/ribbon-folding-2")).await.status(), 200, "the copy is published");
    assert_eq!(app.get(&format!("{programme}/memorandum-raska")).await.status(), 404, "the deleted item is gone");
    let raska = app.json("/api/v1/towns/raska").await;
    assert!(raska["twinnings"][0].get("signed_at").is_none(), "the memorandum stays, unlinked from the deleted item");
    assert_eq!(app.post_form(&format!("{BASE}/items/memorandum-raska/delete"), Some(&cookie), &[]).await.status(), 404);
}

#[tokio::test]
async fn a_meeting_is_cloned_as_the_template_for_the_next() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let form = app.get_as(&format!("{BASE}/clone?lang=en"), &cookie).await.text().await.unwrap();
    assert!(form.contains("value=\"2019-11-08\""), "a year later is suggested");

    let bad = app
        .post_form(
            &format!("{BASE}/clone?lang=en"),
            Some(&cookie),
            &[("slug", "daugavpils-2018"), ("start_date", "soon")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.unwrap();
    assert!(html.contains("already has a meeting with this short name") && html.contains("Enter a date."));

    let res = app
        .post_form(&format!("{BASE}/clone"), Some(&cookie), &[("slug", "raska-2019"), ("start_date", "2019-09-02")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/manage/projects/ttchan/events/raska-2019?done=cloned");
    let b = app.db.project_bundle("ttchan").await.unwrap().unwrap();
    let copy = b.project.events.iter().find(|e| e.slug.as_str() == "raska-2019").unwrap();
    assert_eq!((copy.start_date.to_string(), copy.end_date.to_string()), ("2019-09-02".into(), "2019-09-06".into()));
    assert_eq!(copy.items.len(), b.project.events[0].items.len());
    let signing = copy.item("memorandum-raska").unwrap();
    assert_eq!(signing.starts_at.to_string(), "2019-09-03 10:30:00", "items move with the first day");
    assert_eq!(b.project.period_end.to_string(), "2019-09-06", "the project's period grows to include it");
    // A draft: the public sees the new meeting with no programme yet.
    let public = app.json("/api/v1/projects/ttchan/events/raska-2019/programme").await;
    assert_eq!(public["items"].as_array().unwrap().len(), 0);
}
