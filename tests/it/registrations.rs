//! Residents register for sessions open to the public: places and a waiting list that hold
//! under a crowd, e-mails with the session attached, a personal page and calendar feed, and
//! cancelling that hands the place to the first person waiting.

use twinning_domain::{ParticipantRole, RegistrationStatus};

use crate::support::{BEFORE_THE_MEETING, TestApp, demo, python};

pub const ITEM: &str = "/projects/ttchan/events/daugavpils-2018/programme/conference-university";

/// The demo a month before its meeting, so that its sessions have not begun; the university
/// conference gets `capacity` places.
pub async fn before_the_meeting(capacity: u32) -> TestApp {
    let app = TestApp::empty().await.at(BEFORE_THE_MEETING);
    let mut b = demo();
    let item = b.project.events[0].items.iter_mut().find(|i| i.slug.as_str() == "conference-university").unwrap();
    item.capacity = Some(capacity);
    app.db.import(&b).await.unwrap();
    app
}

pub fn resident(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", "Anna Bērziņa".into()),
        ("email", email.into()),
        ("town", "Daugavpils".into()),
        ("country", "LV".into()),
        ("privacy", "yes".into()),
    ]
}

pub async fn register(app: &TestApp, fields: &[(&'static str, String)]) -> crate::support::TestResponse {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(&format!("{ITEM}/registrations?lang=en"), None, &pairs).await
}

/// The personal link in the newest e-mail to `email`.
pub async fn link_for(app: &TestApp, email: &str) -> (String, twinning_store::OutboxMessage) {
    let mail = app.db.outbox(500).await.unwrap().into_iter().find(|m| m.recipient == email).expect("an e-mail");
    let at = mail.body.find("/my/m_").expect("a personal link");
    let link: String = mail.body[at..].chars().take_while(|c| !c.is_whitespace() && *c != '\u{2069}').collect();
    (link, mail)
}

#[tokio::test]
async fn a_resident_registers_gets_a_calendar_and_cancels() {
    let app = before_the_meeting(1).await;
    let page = app.page(&format!("{ITEM}?lang=en")).await;
    assert!(page.contains("One place left of 1.") && page.contains("name=\"privacy\""), "{page}");

    // Every problem beside its field; nothing written.
    let mut bad = resident("not an address");
    bad[2].1 = String::new();
    bad.pop();
    let res = register(&app, &bad).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    for (field, message) in [
        ("email", "Enter an e-mail address like name@example.org."),
        ("town", "Enter your town or organisation"),
        ("privacy", "Please agree to how your data is used"),
    ] {
        assert!(html.contains(&format!("id=\"{field}-error\">{message}")), "{field}: {message}");
    }
    assert_eq!(app.db.seats("ttchan", "daugavpils-2018", "conference-university").await.unwrap().confirmed, 0);

    let res = register(&app, &resident("anna@example.lv")).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("You have a place.") && !html.contains("/my/m_"), "the link goes only by e-mail");
    let (anna, mail) = link_for(&app, "anna@example.lv").await;
    assert_eq!(mail.subject, "Registration: TTChan at Daugavpils University: idea, activities and planned results");
    let ics = mail.calendar.expect("the session attached");
    assert!(ics.contains("BEGIN:VEVENT") && ics.contains("DTSTART;TZID=Europe/Riga:20181109T113000"), "{ics}");

    // A second resident waits for the one place.
    let res = register(&app, &resident("janis@example.lv")).await;
    assert!(res.text().await.unwrap().contains("you are on the waiting list"));
    let (janis, _) = link_for(&app, "janis@example.lv").await;
    assert!(app.page(&format!("{ITEM}?lang=en")).await.contains("one person is waiting"));

    // Anna's own page: her registration, no delegation programme, private headers.
    let res = app.get(&format!("{anna}?lang=en")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["referrer-policy"], "no-referrer");
    assert!(res.headers()["x-robots-tag"].to_str().unwrap().contains("noindex"));
    let html = res.text().await.unwrap();
    assert!(html.contains("Hello Anna Bērziņa.") && html.contains("Place confirmed"));
    assert!(!html.contains("Official meeting and presentation of Daugavpils"), "a resident sees only their sessions");
    let feed_at = html.find("/feeds/f_").unwrap();
    let feed: String = html[feed_at..].chars().take_while(|c| *c != '"').collect();
    let body = app.get(&feed).await.text().await.unwrap();
    let summaries = python(
        "import sys, icalendar\nc = icalendar.Calendar.from_ical(open(sys.argv[1]).read())\n\
         print(len(list(c.walk('VEVENT'))))",
        &[&write_tmp(&app, "feed.ics", &body)],
    );
    assert_eq!(summaries.trim(), "1", "the feed holds Anna's one session");

    // Anna cancels: Jānis gets the place and an e-mail saying so.
    let res = app.post_form(&format!("{anna}/registrations/conference-university/cancel"), None, &[]).await;
    assert_eq!(res.status(), 303);
    let seats = app.db.seats("ttchan", "daugavpils-2018", "conference-university").await.unwrap();
    assert_eq!((seats.confirmed, seats.waiting), (1, 0));
    let promoted = app.db.outbox(500).await.unwrap();
    let m = promoted.iter().find(|m| m.recipient == "janis@example.lv" && m.body.contains("a place has become free"));
    assert!(m.is_some_and(|m| m.calendar.is_some()), "Jānis is told, with the session attached");
    assert!(app.page(&format!("{janis}?lang=en")).await.contains("Place confirmed"));
    let again = app.post_form(&format!("{anna}/registrations/conference-university/cancel"), None, &[]).await;
    assert_eq!(again.status(), 404, "nothing left to cancel");
    assert_eq!(app.get("/my/m_not-a-real-link").await.status(), 404);
    assert_eq!(app.get("/feeds/f_not-a-real-link/programme.ics").await.status(), 404);
}

fn write_tmp(app: &TestApp, name: &str, body: &str) -> String {
    let path = app.fresh.dir.join(name);
    std::fs::write(&path, body).unwrap();
    path.to_string_lossy().into_owned()
}

#[tokio::test]
async fn a_delegates_programme_holds_every_delegation_item_and_their_registrations() {
    let app = before_the_meeting(50).await;
    let manage = twinning_web::auth::new_secret("m_");
    let who = twinning_store::NewParticipant {
        name: "Milica Jovanović",
        email: Some("milica@raska.test"),
        town: "Raška",
        country: twinning_domain::CountryCode::parse("RS").unwrap(),
        role: ParticipantRole::Delegate,
        lang: "sr-Latn",
        manage_hash: twinning_web::auth::hash_secret(&manage),
        feed_hash: twinning_web::auth::hash_secret(&twinning_web::auth::feed_token(&manage)),
        guardian: None,
    };
    let done = app
        .db
        .register("ttchan", "daugavpils-2018", "ribbon-folding", Some(40), &who, None, app.now(), &|_| None)
        .await
        .unwrap();
    assert_eq!(done.status, RegistrationStatus::Confirmed);
    let html = app.page(&format!("/my/{manage}?lang=en")).await;
    assert!(html.contains("Memorandum of Cooperation between Raška and Daugavpils"), "an all-delegates item");
    assert!(html.contains("Red-white-red ribbon folding"), "the public item Milica registered for");
    assert!(!html.contains("Torchlight procession in honour"), "a public item she did not register for");
    let feed = twinning_web::auth::feed_token(&manage);
    let ics = app.get(&format!("/feeds/{feed}/programme.ics")).await.text().await.unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 30, "29 delegation items and the ribbon folding");
}

#[tokio::test]
async fn past_and_delegation_sessions_take_no_registrations() {
    let app = TestApp::with_demo().await;
    let page = app.page(&format!("{ITEM}?lang=en")).await;
    assert!(page.contains("Registration is closed"), "the 2018 session is over");
    let res = register(&app, &resident("anna@example.lv")).await;
    assert_eq!(res.status(), 409);
    let delegates = "/projects/ttchan/events/daugavpils-2018/programme/memorandum-raska";
    assert!(!app.page(delegates).await.contains("name=\"privacy\""));
    let res = app.post_form(&format!("{delegates}/registrations"), None, &[("name", "x")]).await;
    assert_eq!(res.status(), 409);
}

#[tokio::test]
async fn two_hundred_at_once_for_fifty_places() {
    let app = std::sync::Arc::new(before_the_meeting(50).await);
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..200 {
        let app = app.clone();
        tasks.spawn(async move {
            let email = format!("resident{n}@example.lv");
            let fields = [
                ("name", "Resident"),
                ("email", &email),
                ("town", "Daugavpils"),
                ("country", "LV"),
                ("privacy", "yes"),
            ];
            app.post_form(&format!("{ITEM}/registrations"), None, &fields).await.status().as_u16()
        });
    }
    let mut statuses = Vec::new();
    while let Some(s) = tasks.join_next().await {
        statuses.push(s.unwrap());
    }
    assert!(statuses.iter().all(|s| *s == 200), "every request answered: {statuses:?}");
    let seats = app.db.seats("ttchan", "daugavpils-2018", "conference-university").await.unwrap();
    assert_eq!((seats.confirmed, seats.waiting), (50, 150));
    let mails = app.db.outbox(1000).await.unwrap();
    assert_eq!(mails.iter().filter(|m| m.body.contains("/my/m_")).count(), 200, "one e-mail each, with its link");
}

#[tokio::test]
async fn a_script_registers_through_the_api_and_an_organiser_cancels() {
    use axum::http::Method;
    let app = before_the_meeting(1).await;
    let api = "/api/v1/projects/ttchan/events/daugavpils-2018/programme/conference-university/registrations";
    let person = |email: &str| serde_json::json!({"name": "Anna Bērziņa", "email": email, "town": "Daugavpils", "country": "LV", "privacy_accepted": true});
    // No token needed, as on the item's page; the answer never carries the personal link.
    let res = app.request(Method::POST, api).json(&person("anna@example.lv")).send().await;
    assert_eq!(res.status(), 201);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body, serde_json::json!({"status": "confirmed", "already": false}));
    let res = app.request(Method::POST, api).json(&person("janis@example.lv")).send().await;
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["status"], "waiting");
    let (_, mail) = link_for(&app, "anna@example.lv").await;
    assert!(mail.calendar.is_some(), "the confirmation carries the session");

    // Bad input names its field; refusing the privacy notice is refused.
    let mut bad = person("anna2@example.lv");
    bad["privacy_accepted"] = false.into();
    let res = app.request(Method::POST, api).json(&bad).send().await;
    assert_eq!(res.status(), 422);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"]["field"], "privacy_accepted");

    // The organiser cancels Anna's registration: Jānis gets the place and is told.
    let anna = app
        .db
        .people("ttchan", "daugavpils-2018", None)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.person.name == "Anna Bērziņa")
        .unwrap();
    let o = app.organiser("ttchan").await;
    let cancel = format!("{api}/{}", anna.id);
    assert_eq!(app.api(Method::DELETE, &cancel, &o.token, None).await.status(), 204);
    assert_eq!(app.api(Method::DELETE, &cancel, &o.token, None).await.status(), 404, "nothing left to cancel");
    let told = app.db.outbox(500).await.unwrap().into_iter().filter(|m| m.recipient == "janis@example.lv").count();
    assert_eq!(told, 2, "Jānis heard he waits, then that he has a place");
    let seats = app.db.seats("ttchan", "daugavpils-2018", "conference-university").await.unwrap();
    assert_eq!((seats.confirmed, seats.waiting), (1, 0));
    // A coordinator may not cancel others' registrations.
    let c = app.coordinator_of("ttchan", "raska").await;
    assert_eq!(app.api(Method::DELETE, &cancel, &c.token, None).await.status(), 403);
}
