//! The organiser's programme checks, on a page and in the API.

use crate::support::{Method, TestApp, demo};

#[tokio::test]
async fn the_checks_point_at_what_to_look_at_again() {
    let app = TestApp::empty().await;
    let mut b = demo();
    // Make day 2 impossible: the signing at the City Council, then Aglona's basilica 42 km away
    // a quarter of an hour later, and a second item in the basilica at the same time.
    {
        let ev = &mut b.project.events[0];
        let signing = ev.items.iter().position(|i| i.slug.as_str() == "memorandum-raska").unwrap();
        let end = ev.items[signing].ends_at;
        let aglona = ev.items.iter().position(|i| i.slug.as_str() == "aglona-basilica").unwrap();
        ev.items[aglona].starts_at = end + chrono::Duration::minutes(15);
        ev.items[aglona].ends_at = end + chrono::Duration::minutes(75);
        let bread = ev.items.iter().position(|i| i.slug.as_str() == "aglona-bread-museum").unwrap();
        ev.items[bread].venues = ev.items[aglona].venues.clone();
        ev.items[bread].starts_at = end + chrono::Duration::minutes(30);
        ev.items[bread].ends_at = end + chrono::Duration::minutes(90);
    }
    app.db.import(&b).await.unwrap();
    let ilze = app.organiser("ttchan").await;
    let cookie = &ilze.cookie;

    let page = app.get_as("/manage/projects/ttchan/events/daugavpils-2018/checks?lang=en", cookie).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("km by coach"), "the trip to Aglona is too short");
    assert!(html.contains("at the same time"), "the basilica is booked twice");
    assert!(html.contains("are both for all delegates"));
    assert!(html.contains("/programme/aglona-basilica\""), "warnings link to the items");
    let lv =
        app.get_as("/manage/projects/ttchan/events/daugavpils-2018/checks?lang=lv", cookie).await.text().await.unwrap();
    assert!(lv.contains("ar autobusu") && lv.contains(",") && lv.contains("km"), "Latvian, with a decimal comma");

    let checks: serde_json::Value = app
        .api(Method::GET, "/api/v1/projects/ttchan/events/daugavpils-2018/checks", &ilze.token, None)
        .await
        .json()
        .await
        .unwrap();
    let travel = checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == "too_little_travel" && c["items"][0] == "memorandum-raska")
        .unwrap();
    assert_eq!(travel["items"][1], "aglona-basilica");
    assert_eq!(travel["mode"], "coach");
    assert_eq!(travel["available_minutes"], 15);
    assert!(travel["needed_minutes"].as_i64().unwrap() > 60);
    assert!(
        checks.as_array().unwrap().iter().any(|c| c["key"] == "venue_double_booked" && c["venue"] == "aglona-basilica")
    );
}
