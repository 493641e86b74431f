//! Nothing personal lingers (issue 14, point 7): erasing a person takes their mail with them,
//! rows and `.eml` files; old mail is pruned by age; the retention purge leaves only counts;
//! a privacy notice is shown wherever personal data is collected; consent to photos and a
//! guardian's consent for minors are recorded and shown where photographers look.

use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate, Utc};
use twinning_app::{App, Clock};
use twinning_mail::{Mailer, Transport};
use twinning_store::{Db, Mail};

use crate::registrations::{before_the_meeting, link_for, register, resident};
use crate::support::{Method, TestApp, twinning};

const EVENT: &str = "daugavpils-2018";
const PEOPLE: &str = "/manage/projects/ttchan/events/daugavpils-2018/people";
const ITEM: &str = "/projects/ttchan/events/daugavpils-2018/programme/conference-university";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Sends mail as `twinning serve` does without SMTP, into `DATA_DIR/mail`, and tells the app
/// where that is.
fn with_mail_dir(app: &mut TestApp) -> PathBuf {
    let dir = app.fresh.dir.join("mail");
    app.config.mail_dir = Some(dir.clone());
    let now = app.now();
    app.set_now(now);
    dir
}

fn mailer(dir: &Path) -> Mailer {
    Mailer::new("Twinning <twinning@daugavpils.test>", Transport::Files(dir.to_owned())).unwrap()
}

/// The text of every mail file.
fn files(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries.map(|e| String::from_utf8_lossy(&std::fs::read(e.unwrap().path()).unwrap()).into_owned()).collect()
}

/// Every value of every column of every table, as text: what a database dump would show.
async fn dump(db: &Db) -> String {
    let mut out = String::new();
    match db {
        Db::Sqlite(p) => {
            let tables: Vec<String> =
                sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'").fetch_all(p).await.unwrap();
            for t in tables {
                let cols: Vec<String> = sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{t}')"))
                    .fetch_all(p)
                    .await
                    .unwrap();
                for c in cols {
                    let values: Vec<Option<Vec<u8>>> =
                        sqlx::query_scalar(&format!("SELECT CAST(\"{c}\" AS BLOB) FROM \"{t}\""))
                            .fetch_all(p)
                            .await
                            .unwrap();
                    for v in values.into_iter().flatten() {
                        out.push_str(&format!("{t}.{c}={}\n", String::from_utf8_lossy(&v)));
                    }
                }
            }
        }
        Db::Postgres(p) => {
            let cols: Vec<(String, String)> = sqlx::query_as(
                "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = 'public'",
            )
            .fetch_all(p)
            .await
            .unwrap();
            for (t, c) in cols {
                let values: Vec<Option<String>> =
                    sqlx::query_scalar(&format!("SELECT CAST(\"{c}\" AS TEXT) FROM \"{t}\""))
                        .fetch_all(p)
                        .await
                        .unwrap();
                for v in values.into_iter().flatten() {
                    out.push_str(&format!("{t}.{c}={v}\n"));
                }
            }
        }
    }
    out
}

async fn person_id(app: &TestApp, email: &str) -> i64 {
    let people = app.db.people("ttchan", EVENT, None).await.unwrap();
    people.iter().find(|p| p.person.email.as_ref().is_some_and(|e| e.as_str() == email)).expect("the person").id
}

#[tokio::test]
async fn erasure_leaves_no_mail_row_or_file_naming_the_person() {
    let mut app = before_the_meeting(1).await;
    let dir = with_mail_dir(&mut app);
    register(&app, &resident("anna@example.lv")).await;
    let mut janis = resident("janis@example.lv");
    janis[0].1 = "Jānis Ozols".into();
    register(&app, &janis).await;
    let (anna, _) = link_for(&app, "anna@example.lv").await;
    let token = anna.trim_start_matches("/my/").to_owned();
    assert_eq!(mailer(&dir).deliver_due(&app.db).await.unwrap(), 2, "both sent, as files");
    // Still queued when she erases: a new link sent by an organiser, and a message queued
    // before messages named their person (matched by address).
    let id = person_id(&app, "anna@example.lv").await;
    let mail = |body: &str| Mail {
        recipient: "anna@example.lv".into(),
        subject: "Your link".into(),
        body: body.into(),
        calendar: None,
    };
    let same = twinning_app::secrets::hash_secret(&token);
    app.db
        .renew_person_links(id, (same.as_str(), "y".repeat(64).as_str()), &mail("Dear Anna Bērziņa"), None)
        .await
        .unwrap();
    app.db.enqueue_mail(&mail("Dear Anna Bērziņa, an older message")).await.unwrap();

    let before = dump(&app.db).await;
    assert!(before.contains("anna@example.lv") && before.contains("Anna Bērziņa") && before.contains(&token));
    assert!(files(&dir).iter().any(|f| f.contains("anna@example.lv")));

    let res = app.post_form(&format!("{anna}/erase?lang=en"), None, &[("confirm", "yes")]).await;
    assert_eq!(res.status(), 200);

    let after = dump(&app.db).await;
    for secret in ["anna@example.lv", "Anna Bērziņa", token.as_str()] {
        assert!(!after.contains(secret), "{secret} left in the database:\n{}", {
            after.lines().filter(|l| l.contains(secret)).collect::<Vec<_>>().join("\n")
        });
    }
    let left = files(&dir);
    assert!(left.iter().all(|f| !f.contains("anna@example.lv") && !f.contains(&token)), "her mail file is gone");
    assert!(left.iter().any(|f| f.contains("janis@example.lv")), "someone else's mail stays");
    assert!(after.contains("janis@example.lv"));
    assert_eq!(app.get(&anna).await.status(), 404);
}

#[tokio::test]
async fn what_the_funder_audits_stays_until_the_retention_date_then_only_counts_remain() {
    let mut app = before_the_meeting(5).await;
    let dir = with_mail_dir(&mut app);
    register(&app, &resident("anna@example.lv")).await;
    let (anna, _) = link_for(&app, "anna@example.lv").await;
    let token = anna.trim_start_matches("/my/").to_owned();
    mailer(&dir).deliver_due(&app.db).await.unwrap();
    app.db.set_retention("ttchan", Some(day("2031-06-30")), None).await.unwrap();
    let id = person_id(&app, "anna@example.lv").await;
    assert!(app.db.set_attendance("ttchan", EVENT, id, day("2018-11-09"), true, None).await.unwrap());
    let raska = app.coordinator_of("ttchan", "raska").await.cookie;
    app.post_form(&format!("{PEOPLE}/join-link"), Some(&raska), &[("delegation", "raska")]).await;
    assert_eq!(app.db.join_links("ttchan", EVENT).await.unwrap().len(), 1);

    // She attended: her name and town stay beside her signature for the auditors; her
    // address, her links and her mail go now.
    let res = app.post_form(&format!("{anna}/erase?lang=en"), None, &[("confirm", "yes")]).await;
    assert_eq!(res.status(), 200);
    let kept = app.db.person("ttchan", EVENT, id).await.unwrap().unwrap();
    assert_eq!((kept.person.name.as_str(), kept.person.town.as_str()), ("Anna Bērziņa", "Daugavpils"));
    assert!(kept.person.email.is_none() && kept.checkin_code.is_none());
    let erased = dump(&app.db).await;
    assert!(!erased.contains("anna@example.lv") && !erased.contains(&token));
    assert!(files(&dir).iter().all(|f| !f.contains("anna@example.lv")));
    assert_eq!(app.get(&anna).await.status(), 404);

    // After the retention date only counts remain.
    let app2 = App::new(app.db.clone()).with_mail_dir(dir.clone());
    assert_eq!(app2.purge(day("2031-06-30")).await.unwrap(), 0, "kept through the last day");
    assert_eq!(app2.purge(day("2031-07-01")).await.unwrap(), 1);
    let purged = dump(&app.db).await;
    assert!(!purged.contains("Anna Bērziņa"), "the name is gone");
    assert!(app.db.join_links("ttchan", EVENT).await.unwrap().is_empty(), "nobody joins after the end");
    let people = app.db.people("ttchan", EVENT, None).await.unwrap();
    assert_eq!(people.len(), 1, "still counted");
    assert!(people[0].anonymised && people[0].person.country.as_str() == "LV");
    assert_eq!(app.db.attendance("ttchan", EVENT).await.unwrap().len(), 1, "attendance is counted");
}

#[tokio::test]
async fn sent_and_given_up_mail_is_pruned_after_its_days() {
    let mut app = before_the_meeting(5).await;
    let dir = with_mail_dir(&mut app);
    register(&app, &resident("anna@example.lv")).await;
    register(&app, &resident("janis@example.lv")).await;
    assert_eq!(mailer(&dir).deliver_due(&app.db).await.unwrap(), 2);
    let mail = |to: &str| Mail { recipient: to.into(), subject: "s".into(), body: "b".into(), calendar: None };
    app.db.enqueue_mail(&mail("bounce@example.lv")).await.unwrap();
    let bounce = app.db.outbox(10).await.unwrap()[0].id;
    app.db.mark_mail_failed(bounce, 0, "550 no such user", true).await.unwrap();
    assert!(app.db.due_mail(10).await.unwrap().is_empty(), "the sender gave up on it");
    app.db.enqueue_mail(&mail("later@example.lv")).await.unwrap();

    let at = |days: i64| {
        App::new(app.db.clone()).with_mail_dir(dir.clone()).with_clock(Clock::Fixed(Utc::now() + Duration::days(days)))
    };
    // A file whose row is gone (a crash between an erasure's commit and its file removal).
    std::fs::write(dir.join("999999.eml"), "To: orphan@example.lv").unwrap();
    assert_eq!(at(29).prune_mail(30).await.unwrap(), 0, "kept for 30 days");
    assert_eq!(files(&dir).len(), 3);
    assert_eq!(at(31).prune_mail(30).await.unwrap(), 3, "two sent, one given up");
    assert!(files(&dir).is_empty(), "their files too");
    let left: Vec<String> = app.db.outbox(10).await.unwrap().into_iter().map(|m| m.recipient).collect();
    assert_eq!(left, ["later@example.lv"], "unsent mail waits");

    // The purge command prunes too, with its own number of days.
    let out = twinning().args(["purge", "--keep-sent-mail-days", "7"]).args(app.fresh.cli_args()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Deleted 0 messages sent (or given up on) more than 7 days ago")
    );
    let bad = twinning().args(["purge", "--keep-sent-mail-days", "soon"]).output().unwrap();
    assert!(!bad.status.success());
}

#[tokio::test]
async fn the_privacy_notice_is_shown_wherever_personal_data_is_collected() {
    let app = before_the_meeting(5).await;
    app.db.set_retention("ttchan", Some(day("2031-06-30")), None).await.unwrap();
    register(&app, &resident("anna@example.lv")).await;
    let (anna, _) = link_for(&app, "anna@example.lv").await;
    let organiser = app.organiser("ttchan").await.cookie;
    let raska = app.coordinator_of("ttchan", "raska").await.cookie;
    app.post_form(&format!("{PEOPLE}/join-link"), Some(&raska), &[("delegation", "raska")]).await;
    let join = format!("/join/{}", app.db.join_links("ttchan", EVENT).await.unwrap()[0].token);
    let pages = |lang: &'static str| {
        [
            (format!("{ITEM}?lang={lang}"), None),
            (format!("{join}?lang={lang}"), None),
            (format!("{anna}?lang={lang}"), None),
            (format!("{PEOPLE}/new?lang={lang}"), Some(organiser.clone())),
            (format!("{PEOPLE}/new?lang={lang}"), Some(raska.clone())),
        ]
    };
    let read = |path: String, cookie: Option<String>| {
        let app = &app;
        async move {
            let res = match &cookie {
                Some(c) => app.get_as(&path, c).await,
                None => app.get(&path).await,
            };
            assert_eq!(res.status(), 200, "{path}");
            res.text().await.unwrap()
        }
    };
    // The default: written from the funder and the retention date, in the visitor's language.
    for (path, cookie) in pages("en") {
        let html = read(path.clone(), cookie).await;
        assert!(html.contains("Auditors of Europe for Citizens may check names") && html.contains("2031"), "{path}");
    }
    let lv = read(format!("{ITEM}?lang=lv"), None).await;
    assert!(lv.contains("Eiropa pilsoņiem auditori var pārbaudīt"), "{lv}");

    // The organisers' own notice, per language; a language without one keeps the default.
    let form = read("/manage/projects/ttchan/privacy?lang=en".into(), Some(organiser.clone())).await;
    assert!(form.contains("name=\"notice_lv\"") && form.contains("Auditors of Europe for Citizens"));
    let own = "Daugavpils City Council keeps your name until mid-2031; the EACEA may audit it.";
    let res = app.post_form("/manage/projects/ttchan/privacy", Some(&organiser), &[("notice_en", own)]).await;
    assert_eq!(res.status(), 303);
    for (path, cookie) in pages("en") {
        assert!(read(path.clone(), cookie).await.contains(own), "{path}");
    }
    assert!(read(format!("{ITEM}?lang=lv"), None).await.contains(own), "the organisers' text before a default");
    let data = app.get(&format!("{anna}/data.json")).await.text().await.unwrap();
    assert!(data.contains(own), "the data download says who sees it");

    let long = "x".repeat(4001);
    let res = app.post_form("/manage/projects/ttchan/privacy?lang=en", Some(&organiser), &[("notice_de", &long)]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("id=\"notice_de-error\""));
    let coordinator = app.post_form("/manage/projects/ttchan/privacy", Some(&raska), &[("notice_en", "mine")]).await;
    assert_eq!(coordinator.status(), 403);
}

#[tokio::test]
async fn consent_to_photos_and_a_guardians_consent_show_where_photographers_look() {
    let app = TestApp::with_demo().await;
    let ilze = app.organiser("ttchan").await;
    let api = format!("/api/v1/projects/ttchan/events/{EVENT}/people");
    let mut ana =
        serde_json::json!({"delegation": "raska", "name": "Ana Petrović", "photo_consent": "no", "minor": true});
    let res = app.api(Method::POST, &api, &ilze.token, Some(&ana)).await;
    assert_eq!(res.status(), 422, "a minor comes with a guardian");
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"]["field"], "guardian_name");
    ana["guardian_name"] = "Jelena Petrović".into();
    ana["guardian_consent"] = true.into();
    let res = app.api(Method::POST, &api, &ilze.token, Some(&ana)).await;
    assert_eq!(res.status(), 201);
    let made: serde_json::Value = res.json().await.unwrap();
    assert_eq!(
        (&made["photo_consent"], &made["minor"], &made["guardian_name"]),
        (&"no".into(), &true.into(), &"Jelena Petrović".into())
    );
    let bad = serde_json::json!({"delegation": "raska", "name": "Marko", "photo_consent": "maybe"});
    assert_eq!(app.api(Method::POST, &api, &ilze.token, Some(&bad)).await.status(), 422);

    let people = app.get_as(&format!("{PEOPLE}?lang=en"), &ilze.cookie).await.text().await.unwrap();
    assert!(people.contains("No photos · Minor"), "{people}");
    let checkin = app.get_as(&format!("/manage/projects/ttchan/events/{EVENT}/checkin?lang=en"), &ilze.cookie).await;
    assert!(checkin.text().await.unwrap().contains("No photos · Minor"));
    let badges = app.get_as(&format!("/manage/projects/ttchan/events/{EVENT}/badges?lang=en"), &ilze.cookie).await;
    assert!(badges.text().await.unwrap().contains("No photos · Minor"));
    let csv = app.get_as(&format!("{PEOPLE}.csv"), &ilze.cookie).await.text().await.unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.contains("photo_consent") && header.contains("minor") && header.contains("guardian_name"));
    assert!(csv.contains("Jelena Petrović"), "{csv}");

    // Joining with a delegation's link: a minor without a guardian's consent is refused.
    let raska = app.coordinator_of("ttchan", "raska").await.cookie;
    app.post_form(&format!("{PEOPLE}/join-link"), Some(&raska), &[("delegation", "raska")]).await;
    let join = format!("/join/{}", app.db.join_links("ttchan", EVENT).await.unwrap()[0].token);
    let mut fields = vec![
        ("name", "Luka Ilić"),
        ("email", "luka@raska.test"),
        ("town", "Raška"),
        ("country", "RS"),
        ("privacy", "yes"),
        ("photo_consent", "yes"),
        ("minor", "yes"),
        ("guardian_name", "Milan Ilić"),
    ];
    let res = app.post_form(&format!("{join}?lang=en"), None, &fields).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"guardian_consent-error\"") && html.contains("consent"), "{html}");
    fields.push(("guardian_consent", "yes"));
    assert_eq!(app.post_form(&format!("{join}?lang=en"), None, &fields).await.status(), 200);

    // The person answers for themselves on their own page.
    let (luka, _) = link_for(&app, "luka@raska.test").await;
    let page = app.page(&format!("{luka}?lang=en")).await;
    assert!(page.contains("name=\"photo_consent\" value=\"yes\" checked"), "{page}");
    let res = app.post_form(&format!("{luka}/photos"), None, &[("photo_consent", "no")]).await;
    assert_eq!(res.status(), 303);
    let id = person_id(&app, "luka@raska.test").await;
    let luka_now = app.db.person("ttchan", EVENT, id).await.unwrap().unwrap();
    assert_eq!(luka_now.person.photo_consent, twinning_domain::people::PhotoConsent::No);
    assert!(luka_now.person.minor && luka_now.person.guardian_consent);
    let res = app.post_form(&format!("{luka}/photos"), None, &[("photo_consent", "perhaps")]).await;
    assert_eq!(res.status(), 400);
}

#[tokio::test]
async fn a_minor_registers_for_a_public_session_only_with_a_guardians_consent() {
    let app = before_the_meeting(5).await;
    let mut luka = resident("luka@example.lv");
    luka.push(("minor", "yes".into()));
    luka.push(("guardian_name", "Ilze Kalniņa".into()));
    let res = register(&app, &luka).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("id=\"guardian_consent-error\""));
    assert!(app.db.people("ttchan", EVENT, None).await.unwrap().is_empty(), "nothing written");
    luka.push(("guardian_consent", "yes".into()));
    assert_eq!(register(&app, &luka).await.status(), 200);
    let id = person_id(&app, "luka@example.lv").await;
    let p = app.db.person("ttchan", EVENT, id).await.unwrap().unwrap().person;
    assert!(p.minor && p.guardian_consent && p.guardian_name == "Ilze Kalniņa");

    // The API asks the same.
    let api = "/api/v1/projects/ttchan/events/daugavpils-2018/programme/conference-university/registrations";
    let body = serde_json::json!({"name": "Marta", "email": "marta@example.lv", "town": "Daugavpils", "country": "LV",
        "privacy_accepted": true, "minor": true});
    let res = app.request(Method::POST, api).json(&body).send().await;
    assert_eq!(res.status(), 422);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"]["field"], "guardian_name");
}

#[tokio::test]
async fn an_organiser_erases_a_person_on_their_request_keeping_the_attendance() {
    let mut app = before_the_meeting(1).await;
    let dir = with_mail_dir(&mut app);
    register(&app, &resident("anna@example.lv")).await;
    let mut janis = resident("janis@example.lv");
    janis[0].1 = "Jānis Ozols".into();
    register(&app, &janis).await;
    mailer(&dir).deliver_due(&app.db).await.unwrap();
    app.db.set_retention("ttchan", Some(day("2031-06-30")), None).await.unwrap();
    let id = person_id(&app, "anna@example.lv").await;
    app.db.set_attendance("ttchan", EVENT, id, day("2018-11-09"), true, None).await.unwrap();
    let ilze = app.organiser("ttchan").await;
    let organiser = ilze.cookie.clone();
    let form = app.get_as(&format!("{PEOPLE}/{id}?lang=en"), &organiser).await.text().await.unwrap();
    assert!(form.contains(&format!("{PEOPLE}/{id}/erase")), "the form offers erasure beside removal");

    let res = app.post_form(&format!("{PEOPLE}/{id}/erase"), Some(&organiser), &[]).await;
    assert_eq!(res.status(), 303);
    let kept = app.db.person("ttchan", EVENT, id).await.unwrap().unwrap();
    assert!(kept.person.email.is_none() && kept.person.name == "Anna Bērziņa", "kept for the audit");
    assert_eq!(app.db.attendance("ttchan", EVENT).await.unwrap().len(), 1);
    assert!(!dump(&app.db).await.contains("anna@example.lv"));
    assert!(files(&dir).iter().all(|f| !f.contains("anna@example.lv")));
    let api = format!("/api/v1/projects/ttchan/events/{EVENT}/people/{id}");
    let got: serde_json::Value = app.api(Method::GET, &api, &ilze.token, None).await.json().await.unwrap();
    assert_eq!((&got["erased"], &got["anonymised"], got.get("email")), (&true.into(), &false.into(), None));
    let list = app.get_as(&format!("{PEOPLE}?lang=en"), &organiser).await.text().await.unwrap();
    assert!(list.contains("Anna Bērziņa (erased, kept for the audit)"), "{list}");
    let badges = app.get_as(&format!("/manage/projects/ttchan/events/{EVENT}/badges"), &organiser).await;
    assert!(!badges.text().await.unwrap().contains("Anna Bērziņa"), "no badge for an erased person");
    // Her place went to Jānis, who was told.
    let seats = app.db.seats("ttchan", EVENT, "conference-university").await.unwrap();
    assert_eq!((seats.confirmed, seats.waiting), (1, 0));
    assert!(app.db.due_mail(10).await.unwrap().iter().any(|m| m.recipient == "janis@example.lv"));
}

/// Pruning takes every old sent message in one pass, however many there are (10 000 here).
#[tokio::test]
async fn pruning_takes_ten_thousand_old_sent_messages_at_once() {
    let app = TestApp::empty().await;
    let sent = (Utc::now() - Duration::days(40)).timestamp();
    let insert = "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at, sent_at) \
                  SELECT 'someone@example.lv', 's', 'b', $1, $1, $1 FROM";
    match &app.db {
        Db::Sqlite(p) => {
            let q =
                format!("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) {insert} n");
            sqlx::query(&q).bind(sent).execute(p).await.unwrap();
        }
        Db::Postgres(p) => {
            sqlx::query(&format!("{insert} generate_series(1, 10000)")).bind(sent).execute(p).await.unwrap();
        }
    }
    let n = App::new(app.db.clone()).prune_mail(30).await.unwrap();
    assert_eq!(n, 10_000);
    assert_eq!(App::new(app.db.clone()).prune_mail(30).await.unwrap(), 0, "none left behind");
}

/// Runs one statement on the test's database.
async fn exec(db: &Db, sql: &str) {
    match db {
        Db::Sqlite(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
        Db::Postgres(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
    }
    .unwrap();
}

#[tokio::test]
async fn the_sender_gives_up_after_its_last_attempt_and_the_message_is_pruned_later() {
    let app = TestApp::empty().await;
    let mail = Mail { recipient: "gone@example.lv".into(), subject: "s".into(), body: "b".into(), calendar: None };
    app.db.enqueue_mail(&mail).await.unwrap();
    let id = app.db.outbox(1).await.unwrap()[0].id;
    // Mail cannot be written where a file stands: every attempt fails.
    let blocked = app.fresh.dir.join("not-a-directory");
    std::fs::write(&blocked, "").unwrap();
    let failing = mailer(&blocked);
    exec(&app.db, &format!("UPDATE outbox SET attempts = {}", twinning_mail::MAX_ATTEMPTS - 2)).await;
    assert_eq!(failing.deliver_due(&app.db).await.unwrap(), 0);
    exec(&app.db, "UPDATE outbox SET next_attempt_at = 0").await;
    assert_eq!(app.db.due_mail(10).await.unwrap().len(), 1, "still trying before its last attempt");
    failing.deliver_due(&app.db).await.unwrap();
    exec(&app.db, "UPDATE outbox SET next_attempt_at = 0").await;
    assert!(app.db.due_mail(10).await.unwrap().is_empty(), "no attempt after the last");
    let m = app.db.outbox_message(id).await.unwrap().unwrap();
    assert_eq!(m.attempts, twinning_mail::MAX_ATTEMPTS);
    assert!(m.last_error.is_some() && m.sent_at.is_none(), "kept for the admin to read");
    let later = App::new(app.db.clone()).with_clock(Clock::Fixed(Utc::now() + Duration::days(31)));
    assert_eq!(later.prune_mail(30).await.unwrap(), 1);
    assert!(app.db.outbox_message(id).await.unwrap().is_none());
}
