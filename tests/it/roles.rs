//! Roles per project, invitations by e-mail, and the audit log.

use crate::support::{PASSWORD, TestApp};

/// An organiser of TTChan, made one by the instance admin; returns (admin cookie, organiser cookie).
async fn organiser(app: &TestApp) -> (String, String) {
    let admin = app.admin().await.cookie;
    let ilze = app.account("ilze@daugavpils.lv", "Ilze Organiser", false).await;
    let res = app
        .post_form("/admin/organisers", Some(&admin), &[("email", "ilze@daugavpils.lv"), ("project", "ttchan")])
        .await;
    assert_eq!(res.status(), 303);
    (admin, app.session(ilze).await)
}

/// The invitation link of the newest message in the outbox.
async fn last_link(app: &TestApp) -> String {
    let mail = app.db.outbox(1).await.unwrap().remove(0);
    let link = mail.body.lines().find(|l| l.contains("/invitations/")).unwrap().trim().to_owned();
    link.split("127.0.0.1:8080").nth(1).unwrap().to_owned()
}

#[tokio::test]
async fn an_organiser_invites_a_coordinator_who_creates_an_account() {
    let app = TestApp::with_demo().await;
    let (_, ilze) = organiser(&app).await;
    let people = app.get_as("/manage/projects/ttchan/people?lang=en", &ilze).await;
    assert_eq!(people.status(), 200);
    assert!(people.text().await.unwrap().contains("Ilze Organiser"));

    let bad = app
        .post_form(
            "/manage/projects/ttchan/invitations?lang=en",
            Some(&ilze),
            &[("email", "not-an-address"), ("role", "coordinator"), ("town", "")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.unwrap();
    assert!(html.contains("Enter an e-mail address") && html.contains("choose it"), "both problems are named");

    let res = app
        .post_form(
            "/manage/projects/ttchan/invitations",
            Some(&ilze),
            &[("email", "milica@raska.rs"), ("role", "coordinator"), ("town", "raska")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let mail = app.db.outbox(1).await.unwrap().remove(0);
    assert_eq!(mail.recipient, "milica@raska.rs");
    assert!(
        mail.subject.contains("Pašvaldību sadarbība") || mail.subject.contains("Town Twinning"),
        "{}",
        mail.subject
    );
    let link = last_link(&app).await;
    assert!(link.starts_with("/invitations/i_"));

    let page = app.get(&format!("{link}?lang=en")).await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["referrer-policy"], "no-referrer");
    let html = page.text().await.unwrap();
    assert!(html.contains("milica@raska.rs") && html.contains("Partner coordinator (Raška)"), "{html}");

    let weak = app.post_form(&format!("{link}?lang=en"), None, &[("name", "Milica"), ("password", "short")]).await;
    assert_eq!(weak.status(), 422);
    // Long enough, but her own name and a year: refused, in her language.
    let guessable =
        app.post_form(&format!("{link}?lang=sr-Latn"), None, &[("name", "Milica"), ("password", "Milica1990!")]).await;
    assert_eq!(guessable.status(), 422);
    assert!(guessable.text().await.unwrap().contains("Ovu lozinku je previše lako pogoditi"));
    let res = app.post_form(&link, None, &[("name", "Milica Jovanović"), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/manage/projects/ttchan");
    let cookie = res.cookie();
    let overview = app.get_as("/manage/projects/ttchan?lang=en", &cookie).await.text().await.unwrap();
    assert!(overview.contains("Partner coordinator (Raška)"));
    assert_eq!(app.get(&link).await.status(), 404, "single use");

    // Coordinators do not manage people or read the audit log.
    assert_eq!(app.get_as("/manage/projects/ttchan/people", &cookie).await.status(), 403);
    assert_eq!(app.get_as("/manage/projects/ttchan/audit", &cookie).await.status(), 403);

    let audit = app.get_as("/manage/projects/ttchan/audit?lang=en", &ilze).await.text().await.unwrap();
    assert!(audit.contains("invitation sent") && audit.contains("invitation accepted") && audit.contains("role given"));
    assert!(audit.contains("Milica Jovanović"), "who did it");
}

#[tokio::test]
async fn an_existing_account_accepts_while_signed_in_and_expired_links_fail() {
    let mut app = TestApp::with_demo().await;
    let (_, ilze) = organiser(&app).await;
    let jonas = app.someone().await;
    app.post_form(
        "/manage/projects/ttchan/invitations",
        Some(&ilze),
        &[("email", &jonas.email), ("role", "participant"), ("town", "")],
    )
    .await;
    let link = last_link(&app).await;
    let page = app.get_as(&format!("{link}?lang=en"), &jonas.cookie).await.text().await.unwrap();
    assert!(page.contains("You are signed in as") && page.contains("Accept the invitation"));
    let res = app.post_form(&link, Some(&jonas.cookie), &[]).await;
    assert_eq!(res.status(), 303);
    let roles = app.db.memberships_of(jonas.id).await.unwrap();
    assert_eq!(roles[0].role, twinning_domain::Role::Participant);

    // A link holds for two weeks, then opens nothing.
    app.post_form(
        "/manage/projects/ttchan/invitations",
        Some(&ilze),
        &[("email", "late@kalmar.se"), ("role", "participant"), ("town", "")],
    )
    .await;
    let late = last_link(&app).await;
    let sent = app.now();
    app.set_now(sent + chrono::Duration::days(13));
    assert_eq!(app.get(&late).await.status(), 200, "still open after 13 days");
    app.set_now(sent + chrono::Duration::days(15));
    assert_eq!(app.get(&late).await.status(), 404, "closed after 15 days");
    assert_eq!(app.post_form(&late, None, &[("name", "Late"), ("password", PASSWORD)]).await.status(), 404);

    // One stored as expiring a second ago opens nothing either.
    let email = twinning_domain::EmailAddress::parse("later@kalmar.se").unwrap();
    let mail =
        twinning_store::Mail { recipient: email.to_string(), subject: "s".into(), body: "b".into(), calendar: None };
    let token = twinning_web::auth::new_secret("i_");
    let past = app.now().timestamp() - 1;
    app.db
        .invite(
            "ttchan",
            &email,
            twinning_domain::Role::Participant,
            None,
            1,
            &twinning_web::auth::hash_secret(&token),
            past,
            &mail,
        )
        .await
        .unwrap();
    assert_eq!(app.get(&format!("/invitations/{token}")).await.status(), 404);
    assert_eq!(app.get("/invitations/i_forged").await.status(), 404);
}

#[tokio::test]
async fn roles_change_and_a_project_keeps_an_organiser() {
    let app = TestApp::with_demo().await;
    let (admin, ilze) = organiser(&app).await;
    let ilze_id = app
        .db
        .account_by_email(&twinning_domain::EmailAddress::parse("ilze@daugavpils.lv").unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    let res = app.post_form(&format!("/manage/projects/ttchan/people/{ilze_id}/revoke"), Some(&ilze), &[]).await;
    assert_eq!(res.status(), 409, "the last organiser stays");
    let res = app
        .post_form(
            &format!("/manage/projects/ttchan/people/{ilze_id}/role"),
            Some(&ilze),
            &[("role", "participant"), ("town", "")],
        )
        .await;
    assert_eq!(res.status(), 409);

    let anna = app.participant("ttchan").await.id;
    let res = app
        .post_form(
            &format!("/manage/projects/ttchan/people/{anna}/role"),
            Some(&ilze),
            &[("role", "coordinator"), ("town", "raska")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.db.role_in(anna, "ttchan").await.unwrap().unwrap().1.unwrap().as_str(), "raska");
    let res = app
        .post_form(
            &format!("/manage/projects/ttchan/people/{anna}/role"),
            Some(&ilze),
            &[("role", "coordinator"), ("town", "riga")],
        )
        .await;
    assert_eq!(res.status(), 422, "Riga is no partner of the project");
    let res = app.post_form(&format!("/manage/projects/ttchan/people/{anna}/revoke"), Some(&ilze), &[]).await;
    assert_eq!(res.status(), 303);
    assert!(app.db.role_in(anna, "ttchan").await.unwrap().is_none());
    let res = app.post_form("/manage/projects/ttchan/people/999999/revoke", Some(&ilze), &[]).await;
    assert_eq!(res.status(), 404);

    // The admin sees the whole instance's log and the outbox.
    let page = app.get_as("/admin?lang=en", &admin).await.text().await.unwrap();
    assert!(page.contains("role removed") && page.contains("E-mail outbox"));
    assert_eq!(app.get_as("/admin", &ilze).await.status(), 403);
}
