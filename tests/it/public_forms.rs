//! Public forms resist automation: rate limits per client address with a translated 429 page
//! (and the API's JSON error with `Retry-After`), one registration per address and item that
//! a repeat does not mail again, a cap on mails per recipient and hour held by the store under
//! concurrent writers, a honeypot field, and the e-mail confirmation an organiser may require
//! before a registration takes a place.

use std::net::SocketAddr;

use twinning_app::Clock;
use twinning_store::Mail;
use twinning_web::limits::Limits;

use crate::registrations::{ITEM, before_the_meeting, register, resident};
use crate::support::{BEFORE_THE_MEETING, Method, TestApp, TestResponse, demo, instant};

const API: &str = "/api/v1/projects/ttchan/events/daugavpils-2018/programme/conference-university/registrations";

fn addr(s: &str) -> SocketAddr {
    s.parse().unwrap()
}

async fn register_from(app: &TestApp, client: SocketAddr, email: &str, lang: &str) -> TestResponse {
    let fields = resident(email);
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.request(Method::POST, &format!("{ITEM}/registrations?lang={lang}"))
        .same_origin()
        .form(&pairs)
        .client_address(client)
        .send()
        .await
}

fn mails_to(outbox: &[twinning_store::OutboxMessage], email: &str) -> usize {
    outbox.iter().filter(|m| m.recipient.eq_ignore_ascii_case(email)).count()
}

#[tokio::test]
async fn thirty_registrations_from_one_client_meet_a_translated_429() {
    // A burst of 10, then one a minute: the test takes far less than a minute.
    let limits = Limits { form_per_minute: 1, form_burst: 10, ..Limits::default() };
    let config = twinning_web::Config { clock: Clock::Fixed(instant(BEFORE_THE_MEETING)), limits, ..TestApp::config() };
    let app = TestApp::empty_with(config).await;
    let mut b = demo();
    let item = b.project.events[0].items.iter_mut().find(|i| i.slug.as_str() == "conference-university").unwrap();
    item.capacity = Some(100);
    app.db.import(&b).await.unwrap();

    let bot = addr("203.0.113.9:40000");
    let mut statuses = Vec::new();
    let mut last = None;
    for n in 0..30 {
        let res = register_from(&app, bot, &format!("bot{n}@example.test"), "lv").await;
        statuses.push(res.status().as_u16());
        last = Some(res);
    }
    assert!(statuses[..10].iter().all(|s| *s == 200), "the burst passes: {statuses:?}");
    assert!(statuses.iter().filter(|s| **s == 429).count() >= 19, "then 429: {statuses:?}");
    let last = last.unwrap();
    assert_eq!(last.status(), 429);
    let wait: u64 = last.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(wait >= 1, "Retry-After says when to come back");
    let page = last.text().await.unwrap();
    assert!(page.contains("Pārāk daudz pieprasījumu"), "in the visitor's language: {page}");
    assert!(page.contains("<html") && page.contains("lang=\"lv\""), "a whole page");
    let seats = app.db.seats("ttchan", "daugavpils-2018", "conference-university").await.unwrap();
    assert!(seats.confirmed <= 11, "what was refused stored nothing: {seats:?}");

    // The API answers JSON with Retry-After; another address has its own budget.
    let body = serde_json::json!({"name": "Bot", "email": "bot@example.test", "town": "X", "country": "LV", "privacy_accepted": true});
    let res = app.request(Method::POST, API).json(&body).client_address(bot).send().await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let err: serde_json::Value = res.json().await.unwrap();
    assert_eq!(err["error"]["key"], "rate_limited");
    let res = register_from(&app, addr("198.51.100.7:40000"), "neighbour@example.lv", "en").await;
    assert_eq!(res.status(), 200);
    // Reading stays open to the limited address.
    let res = app.request(Method::GET, ITEM).client_address(bot).send().await;
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn a_repeated_registration_sends_nothing_new_and_says_so() {
    let app = before_the_meeting(50).await;
    assert_eq!(register(&app, &resident("anna@example.lv")).await.status(), 200);
    let again = register(&app, &resident("Anna@Example.lv")).await;
    assert_eq!(again.status(), 200);
    assert!(again.text().await.unwrap().contains("You are already registered for this item"));
    let outbox = app.db.outbox(100).await.unwrap();
    assert_eq!(mails_to(&outbox, "anna@example.lv"), 1, "one e-mail, whatever the repeats");
    let seats = app.db.seats("ttchan", "daugavpils-2018", "conference-university").await.unwrap();
    assert_eq!(seats.confirmed, 1);

    // Through the API too: 200 and `already`, nothing sent.
    let body = serde_json::json!({"name": "Anna Bērziņa", "email": "anna@example.lv", "town": "Daugavpils", "country": "LV", "privacy_accepted": true});
    let res = app.request(Method::POST, API).json(&body).send().await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.json::<serde_json::Value>().await.unwrap(),
        serde_json::json!({"status": "confirmed", "already": true})
    );
    assert_eq!(mails_to(&app.db.outbox(100).await.unwrap(), "anna@example.lv"), 1);
}

#[tokio::test]
async fn one_address_gets_at_most_five_mails_an_hour_whatever_runs_at_once() {
    let app = std::sync::Arc::new(TestApp::empty().await);
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..12 {
        let app = app.clone();
        tasks.spawn(async move {
            // The same mailbox, however the address is written.
            let recipient = if n % 2 == 0 { "victim@example.org" } else { "Victim@Example.ORG" };
            let mail = Mail { recipient: recipient.into(), subject: "x".into(), body: format!("{n}"), calendar: None };
            app.db.enqueue_mail(&mail).await.unwrap()
        });
    }
    let mut queued = 0;
    while let Some(q) = tasks.join_next().await {
        queued += usize::from(q.unwrap());
    }
    assert_eq!(queued, twinning_store::MAILS_PER_RECIPIENT_PER_HOUR as usize);
    let outbox = app.db.outbox(100).await.unwrap();
    assert_eq!(mails_to(&outbox, "victim@example.org"), 5);
    let other = Mail { recipient: "someone@example.org".into(), subject: "x".into(), body: "y".into(), calendar: None };
    assert!(app.db.enqueue_mail(&other).await.unwrap(), "another address has its own count");
}

#[tokio::test]
async fn a_filled_honeypot_looks_like_success_and_stores_nothing() {
    let app = before_the_meeting(50).await;
    let page = app.page(&format!("{ITEM}?lang=en")).await;
    let at = page.find("name=\"website\"").expect("the honeypot is on the form");
    let around = &page[page[..at].rfind("<div").unwrap()..at + 80];
    assert!(around.contains("aria-hidden=\"true\"") && around.contains("tabindex=\"-1\""), "{around}");
    assert!(page.contains("Leave this field empty"), "its label tells people to leave it");

    let mut fields = resident("bot@example.test");
    fields.push(("website", "http://spam.test".into()));
    let res = register(&app, &fields).await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("You have a place"));
    let seats = app.db.seats("ttchan", "daugavpils-2018", "conference-university").await.unwrap();
    assert_eq!(seats.confirmed, 0, "nothing stored");
    assert!(app.db.outbox(10).await.unwrap().is_empty(), "nothing sent");

    // A delegation's join form too.
    let raska = app.coordinator_of("ttchan", "raska").await.cookie;
    let people = "/manage/projects/ttchan/events/daugavpils-2018/people";
    assert_eq!(app.post_form(&format!("{people}/join-link"), Some(&raska), &[]).await.status(), 303);
    let join = format!("/join/{}", app.db.join_links("ttchan", "daugavpils-2018").await.unwrap()[0].token);
    assert!(app.page(&format!("{join}?lang=en")).await.contains("name=\"website\""));
    let fields = [
        ("name", "Bot"),
        ("email", "bot@raska.test"),
        ("town", "Raška"),
        ("country", "RS"),
        ("role", "delegate"),
        ("privacy", "yes"),
        ("website", "x"),
    ];
    let res = app.post_form(&format!("{join}?lang=en"), None, &fields).await;
    assert_eq!(res.status(), 200);
    assert!(app.db.people("ttchan", "daugavpils-2018", None).await.unwrap().is_empty(), "nobody joined");
    assert!(app.db.outbox(10).await.unwrap().is_empty());

    // The password-reset form too.
    app.account("someone@example.org", "Someone", false).await;
    let reset = app.page("/password-reset?lang=en").await;
    assert!(reset.contains("name=\"website\""));
    let res = app.post_form("/password-reset", None, &[("email", "someone@example.org"), ("website", "x")]).await;
    assert_eq!(res.status(), 200);
    assert!(app.db.outbox(10).await.unwrap().is_empty(), "no reset link sent to a bot's victim");
}

/// The link in the newest e-mail to `email` that starts with `prefix` (`/confirm/`).
async fn link_in_mail(app: &TestApp, email: &str, prefix: &str) -> String {
    let mail = app.db.outbox(100).await.unwrap().into_iter().find(|m| m.recipient == email).expect("an e-mail");
    let at = mail.body.find(prefix).unwrap_or_else(|| panic!("{prefix} in {}", mail.body));
    mail.body[at..].chars().take_while(|c| !c.is_whitespace() && *c != '\u{2069}').collect()
}

#[tokio::test]
async fn with_confirmation_required_a_place_counts_only_once_confirmed() {
    let mut app = before_the_meeting(1).await;
    let organiser = app.organiser("ttchan").await;
    let settings = "/api/v1/projects/ttchan/events/daugavpils-2018/registration-settings";
    let manage = "/manage/projects/ttchan/events/daugavpils-2018";
    let html = app.get_as(&format!("{manage}?lang=en"), &organiser.cookie).await.text().await.unwrap();
    assert!(html.contains("name=\"confirm_by_email\" value=\"yes\" aria-describedby"), "unchecked at first");
    let res = app
        .post_form(&format!("{manage}/registration-settings"), Some(&organiser.cookie), &[("confirm_by_email", "yes")])
        .await;
    assert_eq!(res.status(), 303);
    let html = app.get_as(&format!("{manage}?lang=en"), &organiser.cookie).await.text().await.unwrap();
    assert!(html.contains("value=\"yes\" checked"), "the page shows the setting");
    let now: serde_json::Value = app.api(Method::GET, settings, &organiser.token, None).await.json().await.unwrap();
    assert_eq!(now, serde_json::json!({"confirm_by_email": true}), "the API reads what the page set");
    let off = serde_json::json!({"confirm_by_email": false});
    assert_eq!(app.api(Method::PUT, settings, &organiser.token, Some(&off)).await.status(), 200);
    let on = serde_json::json!({"confirm_by_email": true});
    assert_eq!(app.api(Method::PUT, settings, &organiser.token, Some(&on)).await.status(), 200);

    let seats = || app.db.seats("ttchan", "daugavpils-2018", "conference-university");
    let res = register(&app, &resident("anna@example.lv")).await;
    assert!(res.text().await.unwrap().contains("Almost done"));
    register(&app, &resident("janis@example.lv")).await;
    assert_eq!(seats().await.unwrap().confirmed, 0, "pending registrations take no place");
    let anna = link_in_mail(&app, "anna@example.lv", "/confirm/c_").await;
    let janis = link_in_mail(&app, "janis@example.lv", "/confirm/c_").await;

    // Opening the link (as a mail scanner would) confirms nothing; the button does.
    let page = app.page(&format!("{janis}?lang=en")).await;
    assert!(page.contains("Confirm my registration") && page.contains("method=\"post\""));
    assert_eq!(seats().await.unwrap().confirmed, 0);
    let res = app.post_form(&format!("{janis}?lang=en"), None, &[]).await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("your registration is confirmed"));
    let s = seats().await.unwrap();
    assert_eq!((s.confirmed, s.waiting), (1, 0), "the first to confirm has the one place");
    let res = app.post_form(&format!("{anna}?lang=en"), None, &[]).await;
    assert!(res.text().await.unwrap().contains("you are on the waiting list"));
    let s = seats().await.unwrap();
    assert_eq!((s.confirmed, s.waiting), (1, 1));
    assert_eq!(app.post_form(&anna, None, &[]).await.status(), 404, "a link confirms once");

    // A pending registration lapses after 48 hours: its link is refused, and registering
    // again starts afresh instead of saying "already registered".
    register(&app, &resident("bob@example.lv")).await;
    let bob = link_in_mail(&app, "bob@example.lv", "/confirm/c_").await;
    app.set_now(app.now() + chrono::Duration::hours(49));
    let res = app.post_form(&format!("{bob}?lang=en"), None, &[]).await;
    assert_eq!(res.status(), 409);
    assert!(res.text().await.unwrap().contains("expired"));
    let again = register(&app, &resident("bob@example.lv")).await;
    assert!(again.text().await.unwrap().contains("Almost done"));
    assert_eq!(mails_to(&app.db.outbox(100).await.unwrap(), "bob@example.lv"), 2);
}
