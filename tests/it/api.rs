//! The JSON API mirrors the public pages.

use std::collections::BTreeSet;

use crate::support::{TestApp, demo};

#[tokio::test]
async fn projects_and_project() {
    let app = TestApp::with_demo().await;
    let list = app.json("/api/v1/projects").await;
    assert_eq!(list[0]["slug"], "ttchan");
    assert_eq!(list[0]["period_start"], "2018-11-08");

    let p = app.json("/api/v1/projects/ttchan").await;
    assert_eq!(p["acronym"], "TTChan");
    assert_eq!(p["title"]["en"], "Town Twinning as a Channel of European Solidarity");
    assert!(p["title"]["lv"].as_str().unwrap().contains("Eiropas solidaritātes"));
    assert_eq!(p["funding"]["ruleset"], "efc-2014-2020-town-twinning");
    let partners = p["partners"].as_array().unwrap();
    assert_eq!(partners.len(), 7);
    assert_eq!(partners[0]["role"], "lead");
    assert_eq!(partners[0]["town"]["slug"], "daugavpils");
    let countries: BTreeSet<_> = partners.iter().map(|x| x["town"]["country"].as_str().unwrap()).collect();
    assert_eq!(countries, ["DE", "IT", "LT", "LV", "PL", "RS", "SE"].into_iter().collect());
    let memo = &p["twinnings"][0];
    assert_eq!(memo["kind"], "memorandum_of_cooperation");
    assert_eq!(memo["signed_at"]["item"], "memorandum-raska");
    assert_eq!(p["events"][0]["time_zone"], "Europe/Riga");

    let partners = app.json("/api/v1/projects/ttchan/partners").await;
    assert_eq!(partners.as_array().unwrap().len(), 7);
}

#[tokio::test]
async fn programme_times_are_rfc3339_in_the_event_zone() {
    let app = TestApp::with_demo().await;
    let prog = app.json("/api/v1/projects/ttchan/events/daugavpils-2018/programme").await;
    let items = prog["items"].as_array().unwrap();
    assert_eq!(items.len(), demo().project.events[0].items.len());
    let days: BTreeSet<_> = items.iter().map(|i| &i["starts_at"].as_str().unwrap()[..10]).collect();
    assert_eq!(days.len(), 5);
    for i in items {
        let s = i["starts_at"].as_str().unwrap();
        assert!(s.ends_with("+02:00"), "{s}");
        chrono::DateTime::parse_from_rfc3339(s).expect("RFC 3339");
    }
    let signing = items.iter().find(|i| i["slug"] == "memorandum-raska").unwrap();
    assert_eq!(signing["kind"], "signing");
    assert_eq!(signing["venues"][0]["slug"], "daugavpils-city-council");
    assert!(signing["illustrative"]["en"].as_str().unwrap().contains("Illustrative"));

    let one = app.json("/api/v1/projects/ttchan/events/daugavpils-2018/programme/memorandum-raska").await;
    assert_eq!(one["starts_at"], signing["starts_at"]);
    let ev = app.json("/api/v1/projects/ttchan/events/daugavpils-2018").await;
    assert_eq!(ev["host_town"]["native_name"], "Daugavpils");
    assert_eq!(ev["ics_href"], "/projects/ttchan/events/daugavpils-2018/programme.ics");
}

#[tokio::test]
async fn towns_and_venues() {
    let app = TestApp::with_demo().await;
    let raska = app.json("/api/v1/towns/raska").await;
    assert_eq!(raska["country"], "RS");
    assert_eq!(raska["name"]["sr-Cyrl"], "Рашка");
    assert_eq!(raska["twinnings"][0]["signed_at"]["project"], "ttchan");
    assert_eq!(raska["projects"][0]["role"], "partner");
    let v = app.json("/api/v1/venues/daugavpils-university").await;
    assert_eq!(v["town"]["slug"], "daugavpils");
    assert!(v["coordinates"]["lat"].as_f64().unwrap() > 55.8);
    assert!(!v["items"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn unknown_things_are_json_404s_with_stable_keys() {
    let app = TestApp::with_demo().await;
    for (path, key) in [
        ("/api/v1/projects/nope", "project.not_found"),
        ("/api/v1/projects/ttchan/events/nope", "event.not_found"),
        ("/api/v1/projects/ttchan/events/daugavpils-2018/programme/nope", "item.not_found"),
        ("/api/v1/towns/nope", "town.not_found"),
        ("/api/v1/venues/nope", "venue.not_found"),
        ("/api/v1/nothing-here", "route.not_found"),
        ("/api/v1/projects/Not%20A%20Slug", "project.not_found"),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 404, "{path}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["error"]["key"], key, "{path}");
        assert_eq!(body["error"]["status"], 404);
    }
}
