//! The programme as iCalendar, read back by a third-party parser (Python's `icalendar`).

use crate::support::{TestApp, demo, python};

const ICS: &str = "/projects/ttchan/events/daugavpils-2018/programme.ics";

/// Parses an .ics file and prints what a calendar app would see, as JSON.
const READ_BACK: &str = r#"
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    end = ev.decoded('DTEND')
    events.append({
        'uid': str(ev['UID']),
        'summary': str(ev['SUMMARY']),
        'start_local': start.isoformat(),
        'start_utc': start.astimezone(__import__('datetime').timezone.utc).isoformat(),
        'tzid': ev['DTSTART'].params.get('TZID'),
        'minutes': int((end - start).total_seconds() // 60),
        'location': str(ev.get('LOCATION', '')),
        'geo': [ev['GEO'].latitude, ev['GEO'].longitude] if 'GEO' in ev else None,
    })
zones = [str(tz['TZID']) for tz in cal.walk('VTIMEZONE')]
print(json.dumps({'events': events, 'zones': zones, 'name': str(cal.get('X-WR-CALNAME'))}))
"#;

async fn read_back(app: &TestApp, path: &str) -> serde_json::Value {
    let res = app.get(path).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/calendar; charset=utf-8");
    let body = res.bytes().await.unwrap();
    let text = std::str::from_utf8(&body).unwrap();
    assert!(text.lines().all(|l| l.len() <= 75 + 1), "lines are folded at 75 octets");
    assert!(text.contains("\r\n"), "CRLF line ends");
    let file = app.fresh.dir.join("programme.ics");
    std::fs::write(&file, &body).unwrap();
    serde_json::from_str(&python(READ_BACK, &[file.to_str().unwrap()])).unwrap()
}

#[tokio::test]
async fn a_third_party_parser_reads_all_five_days_in_riga_time() {
    let app = TestApp::with_demo().await;
    let cal = read_back(&app, &format!("{ICS}?lang=en")).await;
    let events = cal["events"].as_array().unwrap();
    let b = demo();
    assert_eq!(events.len(), b.project.events[0].items.len());
    assert_eq!(cal["zones"], serde_json::json!(["Europe/Riga"]));
    let days: std::collections::BTreeSet<_> =
        events.iter().map(|e| e["start_local"].as_str().unwrap()[..10].to_owned()).collect();
    assert_eq!(
        days.into_iter().collect::<Vec<_>>(),
        ["2018-11-08", "2018-11-09", "2018-11-10", "2018-11-11", "2018-11-12"]
    );
    for e in events {
        assert_eq!(e["tzid"], "Europe/Riga");
        assert!(e["start_local"].as_str().unwrap().ends_with("+02:00"), "{e}");
        assert!(e["minutes"].as_i64().unwrap() > 0);
    }
    let signing = events.iter().find(|e| e["uid"] == "memorandum-raska.daugavpils-2018.ttchan@twinning").unwrap();
    let item = b.project.events[0].item("memorandum-raska").unwrap();
    let expected_utc = (item.starts_at - chrono::Duration::hours(2)).format("%Y-%m-%dT%H:%M:00+00:00").to_string();
    assert_eq!(signing["start_utc"], expected_utc, "10:30 in Riga is 08:30 UTC in November");
    assert!(signing["location"].as_str().unwrap().contains("Daugavpils City Council"));
    assert!(signing["geo"].is_array());
    assert!(cal["name"].as_str().unwrap().contains("Daugavpils"));
}

#[tokio::test]
async fn uids_are_stable_across_fetches_and_languages() {
    let app = TestApp::with_demo().await;
    let en = read_back(&app, &format!("{ICS}?lang=en")).await;
    let lv = read_back(&app, &format!("{ICS}?lang=lv")).await;
    let again = read_back(&app, &format!("{ICS}?lang=en")).await;
    let uids =
        |c: &serde_json::Value| c["events"].as_array().unwrap().iter().map(|e| e["uid"].clone()).collect::<Vec<_>>();
    assert_eq!(uids(&en), uids(&lv));
    assert_eq!(en, again, "the same data gives the same calendar");
    assert_ne!(en["events"][0]["summary"], lv["events"][0]["summary"], "summaries follow the language");
}

#[tokio::test]
async fn an_event_across_the_autumn_clock_change_keeps_its_wall_clock_times() {
    let app = TestApp::empty().await;
    let mut b = demo();
    let ev = &mut b.project.events[0];
    // Move the meeting to 27–29 October 2018: Riga leaves summer time on the 28th at 04:00.
    let shift = chrono::NaiveDate::from_ymd_opt(2018, 10, 27).unwrap() - ev.start_date;
    ev.start_date += shift;
    ev.end_date = ev.start_date + chrono::Duration::days(4);
    for item in &mut ev.items {
        item.starts_at += shift;
        item.ends_at += shift;
    }
    b.project.period_start = ev.start_date;
    app.db.import(&b).await.unwrap();

    let cal = read_back(&app, ICS).await;
    let events = cal["events"].as_array().unwrap();
    let first_day = events.iter().find(|e| e["start_local"].as_str().unwrap().starts_with("2018-10-27")).unwrap();
    let third_day = events.iter().find(|e| e["start_local"].as_str().unwrap().starts_with("2018-10-29")).unwrap();
    assert!(first_day["start_local"].as_str().unwrap().ends_with("+03:00"), "summer time before the change");
    assert!(third_day["start_local"].as_str().unwrap().ends_with("+02:00"), "winter time after it");

    let api = app.json("/api/v1/projects/ttchan/events/daugavpils-2018/programme").await;
    let offsets: std::collections::BTreeSet<_> =
        api["items"].as_array().unwrap().iter().map(|i| i["starts_at"].as_str().unwrap()[19..].to_owned()).collect();
    assert_eq!(offsets.into_iter().collect::<Vec<_>>(), ["+02:00", "+03:00"]);
    // Wall-clock times survive the round trip through UTC storage.
    let back = app.db.project_bundle("ttchan").await.unwrap().unwrap();
    assert_eq!(back.project.events[0].items, b.project.events[0].items);
}

#[tokio::test]
async fn a_changed_item_keeps_its_uid_and_goes_up_in_sequence() {
    let app = TestApp::with_demo().await;
    async fn ics(app: &TestApp) -> String {
        app.get(ICS).await.text().await.unwrap()
    }
    let sequence = |text: &str, uid: &str| -> String {
        let unfolded = text.replace("\r\n ", "");
        let event = unfolded.split("BEGIN:VEVENT").find(|e| e.contains(&format!("UID:{uid}"))).unwrap().to_owned();
        event.lines().find(|l| l.starts_with("SEQUENCE:")).unwrap().trim().to_owned()
    };
    let departure = "departure.daugavpils-2018.ttchan@twinning";
    let signing = "memorandum-raska.daugavpils-2018.ttchan@twinning";
    let before = ics(&app).await;
    assert_eq!(sequence(&before, departure), "SEQUENCE:0");

    let mut b = demo();
    let item = b.project.events[0].items.iter_mut().find(|i| i.slug.as_str() == "departure").unwrap();
    item.ends_at += chrono::Duration::minutes(30);
    app.db.import(&b).await.unwrap();
    let after = ics(&app).await;
    assert_eq!(sequence(&after, departure), "SEQUENCE:1", "the changed item, same UID");
    assert_eq!(sequence(&after, signing), "SEQUENCE:0", "the others are untouched");
    // Writing the same again changes nothing.
    app.db.import(&b).await.unwrap();
    assert_eq!(sequence(&ics(&app).await, departure), "SEQUENCE:1");

    let page = app.page(&format!("{}?lang=en", crate::support::PROGRAMME)).await;
    assert!(page.contains("Last changed on"), "the public programme says when it last changed");
}
