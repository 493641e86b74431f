//! Setting a project up from nothing — project, partners, venues, meetings — in the back
//! office and through the API, each step checked field by field and seen on the public pages
//! once published.

use crate::support::{Method, TestApp};

const PROJECT: &[(&str, &str)] = &[
    ("slug", "unity-2026"),
    ("acronym", "UNITY"),
    ("title", "Vienotība daudzveidībā"),
    ("aims", "Jaunieši no četrām pilsētām runā par demokrātiju."),
    ("lead_town", ""),
    ("town_name", "Preiļi"),
    ("town_country", "LV"),
    ("default_lang", "lv"),
    ("languages", "lv, en, lt"),
    ("period_start", "2026-01-01"),
    ("period_end", "2027-06-30"),
    ("status", "planned"),
    ("funding_programme", "CERV"),
    ("funding_strand", "Town-Twinning"),
    ("funding_measure", ""),
    ("links", "Pašvaldība | https://preili.lv"),
];

#[tokio::test]
async fn a_new_organiser_sets_up_a_project_from_nothing() {
    let app = TestApp::with_demo().await;
    let cookie = app.starter().await.cookie;
    let manage = app.get_as("/manage?lang=en", &cookie).await.text().await.unwrap();
    assert!(manage.contains("href=\"/manage/projects/new\""), "the starter is offered a new project");
    assert_eq!(app.get_as("/manage/projects/new?lang=en", &cookie).await.status(), 200);

    // Every problem is named beside its field, and what was typed stays.
    let mut bad: Vec<(&str, &str)> = PROJECT.to_vec();
    for (k, v) in bad.iter_mut() {
        *v = match *k {
            "slug" => "new",
            "acronym" => "",
            "town_name" => "",
            "period_end" => "2025-01-01",
            "links" => "just words",
            "languages" => "lv, not a language!",
            _ => v,
        };
    }
    let res = app.post_form("/manage/projects/new?lang=en", Some(&cookie), &bad).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    for (field, message) in [
        ("slug", "This word names a page of its own"),
        ("acronym", "Enter an acronym of 1 to 40 characters."),
        ("town_name", "Enter the town&#39;s own name"),
        ("links", "Write each link as a label"),
        ("languages", "Use language codes such as lv"),
    ] {
        let beside = format!("<p class=\"field-error\" id=\"{field}-error\">{message}");
        assert!(html.contains(&beside), "{field}: {message}\n{html}");
        assert!(
            html.contains(&format!("aria-describedby=\"{field}-hint {field}-error\""))
                || html.contains(&format!("aria-describedby=\"{field}-error\"")),
            "{field} points at its error"
        );
    }
    assert!(html.contains("value=\"Vienotība daudzveidībā\""), "what was typed is kept");
    assert!(app.db.project_bundle("new").await.unwrap().is_none(), "nothing was written");

    let res = app.post_form("/manage/projects/new?lang=en", Some(&cookie), PROJECT).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.location(), "/manage/projects/unity-2026?done=created");
    let again = app.post_form("/manage/projects/new?lang=en", Some(&cookie), PROJECT).await;
    assert_eq!(again.status(), 409, "the slug is taken now");
    assert!(again.text().await.unwrap().contains("Another project already has this short name."));

    let b = app.db.project_bundle("unity-2026").await.unwrap().unwrap();
    assert_eq!(b.project.partners.len(), 1);
    assert_eq!(b.project.partners[0].town.as_str(), "preili", "a slug made from Preiļi");
    assert_eq!(b.project.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>(), ["lv", "en", "lt"]);
    assert_eq!(b.project.links[0].url.as_str(), "https://preili.lv");
    let overview = app.get_as("/manage/projects/unity-2026?lang=en&done=created", &cookie).await.text().await.unwrap();
    assert!(overview.contains("Your role: Organiser"), "the starter organises the project");

    // Partners: a town the site knows (Raška, from the demo) and a new one.
    let base = "/manage/projects/unity-2026";
    let res =
        app.post_form(&format!("{base}/partners"), Some(&cookie), &[("town", "raska"), ("role", "partner")]).await;
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(
            &format!("{base}/partners?lang=en"),
            Some(&cookie),
            &[("town", ""), ("town_name", "Rokiškis"), ("town_country", "XX"), ("role", "associated")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Choose a country."));
    let res = app
        .post_form(
            &format!("{base}/partners"),
            Some(&cookie),
            &[("town", ""), ("town_name", "Rokiškis"), ("town_country", "LT"), ("role", "associated")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let again = app
        .post_form(&format!("{base}/partners?lang=en"), Some(&cookie), &[("town", "raska"), ("role", "partner")])
        .await;
    assert_eq!(again.status(), 422);
    assert!(again.text().await.unwrap().contains("This town is a partner already."));

    // Naming Raška the lead makes Preiļi a partner; the lead cannot simply step down.
    assert_eq!(
        app.post_form(&format!("{base}/partners/raska"), Some(&cookie), &[("role", "lead")]).await.status(),
        303
    );
    let b = app.db.project_bundle("unity-2026").await.unwrap().unwrap();
    let role = |t: &str| b.project.partners.iter().find(|p| p.town.as_str() == t).unwrap().role.as_str();
    assert_eq!((role("raska"), role("preili"), role("rokiskis")), ("lead", "partner", "associated"));
    assert_eq!(
        app.post_form(&format!("{base}/partners/raska"), Some(&cookie), &[("role", "partner")]).await.status(),
        409
    );
    assert_eq!(app.post_form(&format!("{base}/partners/raska/remove"), Some(&cookie), &[]).await.status(), 409);
    assert_eq!(
        app.post_form(&format!("{base}/partners/preili"), Some(&cookie), &[("role", "lead")]).await.status(),
        303
    );

    // A venue in a town that is no partner (an excursion stop), picked on a map.
    let venue = [
        ("slug", "aglona-museum"),
        ("name", "Aglonas maizes muzejs"),
        ("town", ""),
        ("town_name", "Aglona"),
        ("town_country", "LV"),
        ("address", "Daugavpils iela 7, Aglona"),
        ("coordinates", "https://www.openstreetmap.org/#map=18/56.12530/27.00890"),
        ("description", ""),
        ("accessibility", "Ieeja bez pakāpieniem."),
        ("website", ""),
    ];
    let mut bad = venue.to_vec();
    bad[6].1 = "somewhere near the lake";
    bad[9].1 = "not a url";
    let res = app.post_form(&format!("{base}/venues?lang=en"), Some(&cookie), &bad).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("or paste the address of a map centred on the place"));
    assert!(html.contains("Enter an address starting with https://"));
    let res = app.post_form(&format!("{base}/venues"), Some(&cookie), &venue).await;
    assert_eq!(res.status(), 303);
    let taken = app.post_form(&format!("{base}/venues?lang=en"), Some(&cookie), &venue).await;
    assert_eq!(taken.status(), 422, "venue slugs are shared by every project");
    let b = app.db.project_bundle("unity-2026").await.unwrap().unwrap();
    let v = b.venues.iter().find(|v| v.slug.as_str() == "aglona-museum").expect("kept although no item uses it yet");
    assert_eq!((v.coordinates.lat, v.coordinates.lon, v.town.as_str()), (56.1253, 27.0089, "aglona"));

    // A meeting: outside the project's period it is refused; inside, it gets a programme.
    let event = [
        ("slug", "preili-2026"),
        ("title", "Jauniešu forums Preiļos"),
        ("host_town", "preili"),
        ("start_date", "2026-10-29"),
        ("end_date", "2026-11-01"),
        ("time_zone", "Europe/Riga"),
        ("description", ""),
    ];
    let mut bad = event.to_vec();
    bad[4].1 = "2027-07-02";
    bad[5].1 = "Riga";
    let res = app.post_form(&format!("{base}/events?lang=en"), Some(&cookie), &bad).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Enter a time zone such as Europe/Riga."));
    let res = app.post_form(&format!("{base}/events"), Some(&cookie), &event).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.location(), "/manage/projects/unity-2026/events/preili-2026");
    // An item across the night the clocks go back (25 October 2026 is before; use the 31st).
    let item = [
        ("slug", "excursion"),
        ("title", "Ekskursija uz Aglonu"),
        ("starts_at", "2026-10-31T10:00"),
        ("ends_at", "2026-10-31T16:00"),
        ("kind", "excursion"),
        ("audience", "delegates"),
        ("venue", "aglona-museum"),
    ];
    let res = app.post_form(&format!("{base}/events/preili-2026/items"), Some(&cookie), &item).await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.get("/projects/unity-2026/events/preili-2026/programme/excursion").await.status(), 404, "a draft");
    let res = app.post_form(&format!("{base}/events/preili-2026/publish"), Some(&cookie), &[]).await;
    assert_eq!(res.status(), 303);
    let public = app.page("/projects/unity-2026/events/preili-2026/programme?lang=lv").await;
    assert!(public.contains("Ekskursija uz Aglonu") && public.contains("Aglonas maizes muzejs"));
    let ics = app.get("/projects/unity-2026/events/preili-2026/programme.ics").await.text().await.unwrap();
    assert!(ics.contains("DTSTART;TZID=Europe/Riga:20261031T100000"), "{ics}");
    // A published meeting stays; the host town cannot leave while it hosts.
    assert_eq!(app.post_form(&format!("{base}/events/preili-2026/delete"), Some(&cookie), &[]).await.status(), 409);
    assert_eq!(
        app.post_form(&format!("{base}/partners/raska"), Some(&cookie), &[("role", "lead")]).await.status(),
        303
    );
    assert_eq!(app.post_form(&format!("{base}/partners/preili/remove"), Some(&cookie), &[]).await.status(), 409);
    assert_eq!(app.post_form(&format!("{base}/partners/rokiskis/remove"), Some(&cookie), &[]).await.status(), 303);

    // Project details: a period that would leave the meeting outside is refused.
    let mut settings: Vec<(&str, &str)> = PROJECT.iter().filter(|(k, _)| *k != "slug").copied().collect();
    for (k, v) in settings.iter_mut() {
        if *k == "period_end" {
            *v = "2026-06-30";
        }
    }
    let res = app.post_form(&format!("{base}/settings?lang=en"), Some(&cookie), &settings).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("The meeting must lie within the project&#39;s period."));
    for (k, v) in settings.iter_mut() {
        if *k == "period_end" {
            *v = "2027-06-30";
        }
        if *k == "status" {
            *v = "running";
        }
    }
    assert_eq!(app.post_form(&format!("{base}/settings"), Some(&cookie), &settings).await.status(), 303);
    let b = app.db.project_bundle("unity-2026").await.unwrap().unwrap();
    assert_eq!(b.project.status.as_str(), "running");

    let audit: Vec<String> =
        app.db.audit_log(Some("unity-2026"), 50).await.unwrap().into_iter().map(|e| e.action).collect();
    for action in [
        "project.create",
        "partner.add",
        "partner.role",
        "partner.remove",
        "venue.create",
        "event.create",
        "project.update",
    ] {
        assert!(audit.iter().any(|a| a == action), "{action} recorded: {audit:?}");
    }
}

#[tokio::test]
async fn only_starters_start_projects() {
    let app = TestApp::with_demo().await;
    let guest = app.someone().await;
    let (id, cookie) = (guest.id, guest.cookie);
    assert_eq!(app.get_as("/manage/projects/new", &cookie).await.status(), 403);
    assert_eq!(app.post_form("/manage/projects/new", Some(&cookie), PROJECT).await.status(), 403);
    assert!(app.db.project_bundle("unity-2026").await.unwrap().is_none());

    // The admin grants the right on the admin page, and can take it back.
    let admin = app.admin().await.cookie;
    let grant = app.post_form(&format!("/admin/accounts/{id}/starter"), Some(&admin), &[("allow", "1")]).await;
    assert_eq!(grant.status(), 303);
    assert_eq!(app.get_as("/manage/projects/new", &cookie).await.status(), 200);
    app.post_form(&format!("/admin/accounts/{id}/starter"), Some(&admin), &[("allow", "0")]).await;
    assert_eq!(app.get_as("/manage/projects/new", &cookie).await.status(), 403);
    let bad = app.post_form(&format!("/admin/accounts/{id}/starter"), Some(&admin), &[("allow", "yes")]).await;
    assert_eq!(bad.status(), 400);
}

#[tokio::test]
async fn a_script_sets_up_a_project_through_the_api() {
    let app = TestApp::with_demo().await;
    let auth = app.starter().await.token;
    let send = |method: Method, path: &'static str, body: serde_json::Value| {
        let (app, auth) = (&app, &auth);
        async move { app.api(method, path, auth, Some(&body)).await }
    };
    let project = serde_json::json!({
        "slug": "unity-2026",
        "acronym": "UNITY",
        "title": {"lv": "Vienotība daudzveidībā", "en": "Unity in diversity"},
        "default_lang": "lv",
        "languages": ["lv", "en"],
        "period_start": "2026-01-01",
        "period_end": "2027-06-30",
        "status": "planned",
        "funding": {"programme": {"en": "CERV"}, "strand": {"en": "Town-Twinning"}},
        "lead": {"town": "preili", "new_town": {"native_name": "Preiļi", "country": "LV"}}
    });
    let mut bad = project.clone();
    bad["lead"]["new_town"]["country"] = "Latvia".into();
    let res = send(Method::POST, "/api/v1/projects", bad).await;
    assert_eq!(res.status(), 422);
    let e: serde_json::Value = res.json().await.unwrap();
    assert_eq!(e["error"]["field"], "new_town.country");

    let res = send(Method::POST, "/api/v1/projects", project.clone()).await;
    assert_eq!(res.status(), 201);
    let created: serde_json::Value = res.json().await.unwrap();
    assert_eq!(created["partners"][0]["town"]["native_name"], "Preiļi");
    assert_eq!(created["partners"][0]["role"], "lead");
    let res = send(Method::POST, "/api/v1/projects", project.clone()).await;
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"]["key"], "project.slug_taken");

    let res =
        send(Method::PUT, "/api/v1/projects/unity-2026/partners/raska", serde_json::json!({"role": "partner"})).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap().as_array().unwrap().len(), 2);
    let res =
        send(Method::PUT, "/api/v1/projects/unity-2026/partners/nowhere", serde_json::json!({"role": "partner"})).await;
    assert_eq!(res.status(), 422, "an unknown town needs new_town");
    let res = app.api(Method::DELETE, "/api/v1/projects/unity-2026/partners/preili", &auth, None).await;
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"]["key"], "partner.lead_required");

    let venue = serde_json::json!({
        "name": {"lv": "Preiļis pils"}, "town": "preili", "address": "Pils iela 2", "lat": 55.8951, "lon": 27.1681
    });
    let res = send(Method::PUT, "/api/v1/projects/unity-2026/venues/preili-castle", venue.clone()).await;
    assert_eq!(res.status(), 201);
    let mut far = venue.clone();
    far["lat"] = 95.0.into();
    let res = send(Method::PUT, "/api/v1/projects/unity-2026/venues/preili-castle", far).await;
    assert_eq!(res.status(), 422);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"]["field"], "lat");
    let res = send(Method::PUT, "/api/v1/projects/unity-2026/venues/aglona-basilica", venue.clone()).await;
    assert_eq!(res.status(), 409, "another project's venue");

    let event = serde_json::json!({
        "title": {"lv": "Jauniešu forums"}, "host_town": "preili",
        "start_date": "2026-10-29", "end_date": "2026-11-01", "time_zone": "Europe/Riga"
    });
    let mut outside = event.clone();
    outside["end_date"] = "2027-07-15".into();
    let res = send(Method::PUT, "/api/v1/projects/unity-2026/events/forum", outside).await;
    assert_eq!(res.status(), 422);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"]["key"], "event.outside_project");
    let res = send(Method::PUT, "/api/v1/projects/unity-2026/events/forum", event.clone()).await;
    assert_eq!(res.status(), 201);
    let item = serde_json::json!({
        "slug": "opening", "starts_at": "2026-10-29T10:00:00+02:00", "ends_at": "2026-10-29T11:00:00+02:00",
        "kind": "official_meeting", "title": {"lv": "Atklāšana"}, "audience": "delegates", "venues": ["preili-castle"]
    });
    let res = send(Method::POST, "/api/v1/projects/unity-2026/events/forum/items", item).await;
    assert_eq!(res.status(), 201);
    let res = app.api(Method::POST, "/api/v1/projects/unity-2026/events/forum/publish", &auth, None).await;
    assert_eq!(res.status(), 200);
    let public = app.json("/api/v1/projects/unity-2026/events/forum/programme").await;
    assert_eq!(public["items"][0]["title"]["lv"], "Atklāšana");
    let res = app.api(Method::DELETE, "/api/v1/projects/unity-2026/events/forum", &auth, None).await;
    assert_eq!(res.status(), 409, "published meetings stay");

    // Another meeting, never published, can go.
    send(Method::PUT, "/api/v1/projects/unity-2026/events/spare", event.clone()).await;
    let res = app.api(Method::DELETE, "/api/v1/projects/unity-2026/events/spare", &auth, None).await;
    assert_eq!(res.status(), 204);

    // Someone else's token cannot touch the project.
    let other = app.someone().await.token;
    let res = app.api(Method::PUT, "/api/v1/projects/unity-2026/events/forum", &other, Some(&event)).await;
    assert_eq!(res.status(), 403);
    let res = app.api(Method::POST, "/api/v1/projects", &other, Some(&project)).await;
    assert_eq!(res.status(), 403);
}
