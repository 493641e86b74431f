//! People's rights over their data: they download and erase it from their own page, and the
//! organisers' retention date ends it for everyone — while the counts the report needs stay.

use crate::registrations::{before_the_meeting, link_for, register, resident};
use crate::support::twinning;

const ITEM: &str = "conference-university";

#[tokio::test]
async fn a_resident_downloads_then_erases_their_data() {
    let app = before_the_meeting(1).await;
    register(&app, &resident("anna@example.lv")).await;
    register(&app, &resident("janis@example.lv")).await;
    let (anna, _) = link_for(&app, "anna@example.lv").await;

    let res = app.get(&format!("{anna}/data.json")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "private, no-store");
    let data: serde_json::Value = res.json().await.unwrap();
    assert_eq!(data["person"]["name"], "Anna Bērziņa");
    assert_eq!(data["person"]["email"], "anna@example.lv");
    assert_eq!(data["registrations"][0]["item"], ITEM);
    assert_eq!(data["registrations"][0]["status"], "confirmed");

    // Without the confirmation nothing happens.
    let res = app.post_form(&format!("{anna}/erase"), None, &[]).await;
    assert_eq!(res.status(), 303);
    assert!(app.get(&anna).await.status().is_success());

    let res = app.post_form(&format!("{anna}/erase?lang=en"), None, &[("confirm", "yes")]).await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("Your data has been erased"));
    assert_eq!(app.get(&anna).await.status(), 404, "the link stops working");
    // Her place went to Jānis; she is still counted, by country only.
    let seats = app.db.seats("ttchan", "daugavpils-2018", ITEM).await.unwrap();
    assert_eq!((seats.confirmed, seats.waiting), (1, 0));
    let people = app.db.people("ttchan", "daugavpils-2018", None).await.unwrap();
    let gone = people.iter().find(|p| p.anonymised).expect("Anna, anonymised");
    assert_eq!(
        (gone.person.name.as_str(), gone.person.email.is_none(), gone.person.country.as_str()),
        ("", true, "LV")
    );
    let mails = app.db.outbox(100).await.unwrap();
    assert!(mails.iter().any(|m| m.recipient == "janis@example.lv"
        && m.calendar.is_some()
        && m.body.contains("a place has become free")));
}

#[tokio::test]
async fn the_retention_date_anonymises_everyone_after_it() {
    let app = before_the_meeting(50).await;
    register(&app, &resident("anna@example.lv")).await;
    let (anna, _) = link_for(&app, "anna@example.lv").await;
    let cookie = app.organiser("ttchan").await.cookie;

    let bad = app.post_form("/manage/projects/ttchan/retention", Some(&cookie), &[("until", "soon")]).await;
    assert_eq!(bad.status(), 400);
    let res = app.post_form("/manage/projects/ttchan/retention", Some(&cookie), &[("until", "2031-06-30")]).await;
    assert_eq!(res.status(), 303);
    let page = app.get_as("/manage/projects/ttchan?lang=en", &cookie).await.text().await.unwrap();
    assert!(page.contains("value=\"2031-06-30\""));

    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let mut links = || ("a".repeat(64), "b".repeat(64));
    assert_eq!(app.db.purge(day("2031-06-30"), &mut links).await.unwrap().people, 0, "kept through the last day");
    let mut n = 0;
    let mut fresh = || {
        n += 1;
        (format!("{n:064}"), format!("f{n:063}"))
    };
    assert_eq!(app.db.purge(day("2031-07-01"), &mut fresh).await.unwrap().people, 1);
    assert_eq!(app.get(&anna).await.status(), 404);
    let people = app.db.people("ttchan", "daugavpils-2018", None).await.unwrap();
    assert!(people.iter().all(|p| p.anonymised && p.person.name.is_empty()));
    assert_eq!(people.len(), 1, "still counted");
    assert_eq!(app.db.seats("ttchan", "daugavpils-2018", ITEM).await.unwrap().confirmed, 1, "attendance figures stay");
    assert_eq!(app.db.purge(day("2032-01-01"), &mut fresh).await.unwrap().people, 0, "once is enough");
}

#[tokio::test]
async fn twinning_purge_from_the_command_line() {
    let app = before_the_meeting(50).await;
    register(&app, &resident("anna@example.lv")).await;
    app.db.set_retention("ttchan", Some(chrono::NaiveDate::from_ymd_opt(2031, 6, 30).unwrap()), None).await.unwrap();
    let out = twinning().args(["purge", "--today", "2031-07-01"]).args(app.fresh.cli_args()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Anonymised 1 people"));
    assert!(app.db.people("ttchan", "daugavpils-2018", None).await.unwrap()[0].anonymised);
    let bad = twinning().args(["purge", "--today", "someday"]).output().unwrap();
    assert!(!bad.status.success());
}
