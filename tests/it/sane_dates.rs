//! Dates are sane everywhere: meetings within 1900–2200 and at most a year long, items within
//! their meeting's days (a day either side for arrivals and departures), refused with the
//! field named; and a calendar costs what its items cost, whatever years they are in.

use chrono::Datelike;

use crate::support::{Method, PROGRAMME, TestApp, demo};

const ITEMS: &str = "/api/v1/projects/ttchan/events/daugavpils-2018/items";
const EVENT: &str = "/api/v1/projects/ttchan/events/daugavpils-2018";

fn item(starts_at: &str, ends_at: &str) -> serde_json::Value {
    serde_json::json!({"slug": "x-item", "starts_at": starts_at, "ends_at": ends_at, "kind": "visit",
        "title": {"en": "X"}, "audience": "delegates"})
}

#[tokio::test]
async fn the_year_9999_and_items_outside_their_meeting_are_refused_with_the_field() {
    let app = TestApp::with_demo().await;
    let auth = app.organiser("ttchan").await.token;
    let cases = [
        (item("9999-11-12T10:00:00+02:00", "9999-11-12T11:00:00+02:00"), "starts_at", "date.out_of_range"),
        (item("2018-11-12T10:00:00+02:00", "9999-11-12T11:00:00+02:00"), "ends_at", "date.out_of_range"),
        // The meeting is 8–12 November 2018: the 14th is outside, even counting departures.
        (item("2018-11-14T10:00:00+02:00", "2018-11-14T11:00:00+02:00"), "starts_at", "item.outside_event"),
        (item("2018-11-12T10:00:00+02:00", "2018-11-14T11:00:00+02:00"), "ends_at", "item.outside_event"),
    ];
    for (body, field, key) in cases {
        let res = app.api(Method::POST, ITEMS, &auth, Some(&body)).await;
        assert_eq!(res.status(), 422, "{body}");
        let err: serde_json::Value = res.json().await.unwrap();
        assert_eq!((err["error"]["field"].as_str(), err["error"]["key"].as_str()), (Some(field), Some(key)), "{err}");
    }
    // An arrival the evening before and a departure the morning after are fine.
    for (starts, ends) in [
        ("2018-11-07T18:00:00+02:00", "2018-11-07T20:00:00+02:00"),
        ("2018-11-13T08:00:00+02:00", "2018-11-13T09:00:00+02:00"),
    ] {
        let mut body = item(starts, ends);
        body["slug"] = serde_json::json!(format!("x-{}", &starts[8..10]));
        assert_eq!(app.api(Method::POST, ITEMS, &auth, Some(&body)).await.status(), 201, "{starts}");
    }

    // The meeting itself: 9999 and a meeting of a thousand years are refused, naming the date.
    let event = |start: &str, end: &str| {
        serde_json::json!({"title": {"en": "Daugavpils"}, "host_town": "daugavpils", "start_date": start,
            "end_date": end, "time_zone": "Europe/Riga"})
    };
    for (body, field) in
        [(event("9999-11-08", "9999-11-12"), "start_date"), (event("1000-11-08", "2018-11-12"), "start_date")]
    {
        let res = app.api(Method::PUT, EVENT, &auth, Some(&body)).await;
        assert_eq!(res.status(), 422, "{body}");
        let err: serde_json::Value = res.json().await.unwrap();
        assert_eq!(err["error"]["field"], field, "{err}");
        assert_eq!(err["error"]["key"], "date.out_of_range", "{err}");
    }
}

#[tokio::test]
async fn an_imported_file_with_a_far_year_is_refused_with_its_path() {
    let mut b = demo();
    let ev = &mut b.project.events[0];
    ev.items[0].starts_at = ev.items[0].starts_at.with_year(9999).unwrap();
    let errs = b.validate().unwrap_err();
    assert!(
        errs.0.iter().any(|e| e.field == "project.events[0].items[0].starts_at" && e.key == "date.out_of_range"),
        "{errs:?}"
    );
    let mut b = demo();
    let ev = &mut b.project.events[0];
    ev.end_date = ev.start_date + chrono::Duration::days(400);
    b.project.period_end = ev.end_date;
    let errs = b.validate().unwrap_err();
    assert!(errs.0.iter().any(|e| e.key == "event.too_long" && e.field == "project.events[0].end_date"), "{errs:?}");
}

#[tokio::test]
async fn the_organisers_form_says_what_is_wrong_with_a_date() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let base = "/manage/projects/ttchan/events/daugavpils-2018";
    let mut fields = vec![
        ("slug", "late-visit"),
        ("title", "Late visit"),
        ("kind", "visit"),
        ("audience", "delegates"),
        ("starts_at", "2018-11-20T10:00"),
        ("ends_at", "2018-11-20T11:00"),
    ];
    let res = app.post_form(&format!("{base}/items?lang=en"), Some(&cookie), &fields).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("outside the meeting"));
    fields[4] = ("starts_at", "9999-11-12T10:00");
    fields[5] = ("ends_at", "9999-11-12T11:00");
    let res = app.post_form(&format!("{base}/items?lang=lv"), Some(&cookie), &fields).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("1900"), "the years allowed are named");
}

#[tokio::test]
async fn the_calendar_of_a_programme_stays_cheap_and_valid() {
    let app = TestApp::with_demo().await;
    let ics = app.get(&format!("{PROGRAMME}.ics")).await.text().await.unwrap();
    // The meeting is in November 2018: one year of Riga's observances, no more.
    assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 1);
    assert!(ics.contains("DTSTART:20180101T") && !ics.contains("DTSTART:2019"), "{ics}");
}
