//! Signing in and out, passwords, sessions, rate limits, and the cross-site guard.

use crate::support::{CLIENT, Method, PASSWORD, TestApp};

#[tokio::test]
async fn sign_in_with_the_right_password_only() {
    let app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna Bērziņa", false).await;

    let res = app.get("/account").await;
    assert_eq!(res.status(), 303, "the account page needs a session");
    assert_eq!(res.headers()["location"], "/signin?next=%2Faccount");

    let form = app.page("/signin?lang=en").await;
    assert!(form.contains("<label for=\"email\">") && form.contains("autocomplete=\"current-password\""));

    let wrong = app
        .post_form("/signin?lang=en", None, &[("email", "anna@daugavpils.lv"), ("password", "not her password")])
        .await;
    assert_eq!(wrong.status(), 422);
    let html = wrong.text().await.unwrap();
    assert!(html.contains("The e-mail address or the password is not right."));
    assert!(
        html.contains("aria-invalid=\"true\" aria-describedby=\"password-error\""),
        "the error is tied to its field"
    );
    assert!(html.contains("value=\"anna@daugavpils.lv\""), "what was typed is kept");

    let bad = app.post_form("/signin?lang=lv", None, &[("email", "anna"), ("password", "x")]).await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("Ievadiet e-pasta adresi"));

    let res = app
        .post_form(
            "/signin",
            None,
            &[("email", "ANNA@daugavpils.lv"), ("password", PASSWORD), ("next", "/projects/ttchan")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/projects/ttchan");
    let set = res.headers()["set-cookie"].to_str().unwrap();
    assert!(set.starts_with("twinning_session=s_") && set.contains("HttpOnly") && set.contains("SameSite=Lax"));
    let page = app.get_as("/account?lang=en", &res.cookie()).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("Anna Bērziņa") && page.contains("anna@daugavpils.lv"));

    // Only local paths are followed after signing in.
    let res = app
        .post_form(
            "/signin",
            None,
            &[("email", "anna@daugavpils.lv"), ("password", PASSWORD), ("next", "https://evil.example/")],
        )
        .await;
    assert_eq!(res.headers()["location"], "/account");
}

#[tokio::test]
async fn repeated_failures_slow_the_account_down_for_a_while() {
    let mut app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna", false).await;
    for _ in 0..5 {
        let res =
            app.post_form("/signin", None, &[("email", "anna@daugavpils.lv"), ("password", "guess guess guess")]).await;
        assert_eq!(res.status(), 422);
    }
    let res = app.post_form("/signin?lang=en", None, &[("email", "anna@daugavpils.lv"), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 429, "even the right password waits");
    assert_eq!(res.headers()["retry-after"], "30");
    assert!(res.text().await.unwrap().contains("Wait 30 s, then try again."));
    // Another account from the same address is not slowed down.
    app.account("juris@daugavpils.lv", "Juris", false).await;
    app.signin("juris@daugavpils.lv", PASSWORD).await;
    // After the wait, the right password works.
    app.set_now(app.now() + chrono::Duration::seconds(30));
    app.signin("anna@daugavpils.lv", PASSWORD).await;
}

#[tokio::test]
async fn sign_out_and_sessions_end() {
    let app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna", false).await;
    let phone = app.signin("anna@daugavpils.lv", PASSWORD).await;
    let laptop = app.signin("anna@daugavpils.lv", PASSWORD).await;
    let html = app.get_as("/account?lang=en", &laptop).await.text().await.unwrap();
    assert!(html.contains("This session"));
    let other_id = html.split("/account/sessions/").nth(1).unwrap().split('/').next().unwrap().to_owned();
    let res = app.post_form(&format!("/account/sessions/{other_id}/revoke"), Some(&laptop), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.get_as("/account", &phone).await.status(), 303, "the phone's session has ended");
    assert_eq!(app.get_as("/account", &laptop).await.status(), 200);
    // Someone else's session id is not found.
    let res = app.post_form("/account/sessions/999999/revoke", Some(&laptop), &[]).await;
    assert_eq!(res.status(), 404);

    let res = app.post_form("/signout", Some(&laptop), &[]).await;
    assert_eq!(res.status(), 303);
    assert!(res.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    assert_eq!(app.get_as("/account", &laptop).await.status(), 303);
}

#[tokio::test]
async fn changing_the_password_signs_out_elsewhere() {
    let app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna", false).await;
    let here = app.signin("anna@daugavpils.lv", PASSWORD).await;
    let there = app.signin("anna@daugavpils.lv", PASSWORD).await;
    let res = app
        .post_form("/account/password?lang=en", Some(&here), &[("current", "wrong one"), ("password", "short")])
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Your current password is not right.") && html.contains("at least 10 characters"));

    let res = app
        .post_form("/account/password", Some(&here), &[("current", PASSWORD), ("password", "a new long passphrase")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.get_as("/account", &here).await.status(), 200, "this session stays");
    assert_eq!(app.get_as("/account", &there).await.status(), 303, "the other one ends");
    app.signin("anna@daugavpils.lv", "a new long passphrase").await;
    let old = app.post_form("/signin", None, &[("email", "anna@daugavpils.lv"), ("password", PASSWORD)]).await;
    assert_eq!(old.status(), 422);
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna", false).await;
    let cookie = app.signin("anna@daugavpils.lv", PASSWORD).await;
    let attempts = [
        vec![("origin", "https://evil.example".to_owned())],
        vec![("sec-fetch-site", "cross-site".to_owned()), ("origin", app.base.clone())],
        vec![],
    ];
    for headers in attempts {
        let mut req = app.request(Method::POST, "/signout").cookie(&cookie);
        for (k, v) in &headers {
            req = req.header(k, v);
        }
        assert_eq!(req.send().await.status(), 403, "{headers:?}");
    }
    assert_eq!(app.get_as("/account", &cookie).await.status(), 200, "still signed in");
    // The same form from this site works.
    let res = app.request(Method::POST, "/signout").cookie(&cookie).header("origin", &app.base).send().await;
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn the_admin_is_created_from_the_command_line() {
    let db = crate::support::fresh_db().await;
    let run = |input: &str, email: &str| {
        use std::io::Write;
        let mut child = crate::support::twinning()
            .args(["admin", "create", "--email", email, "--name", "Instance Admin"])
            .args(db.cli_args())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let short = run("short\n", "admin@daugavpils.lv");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 10 characters"));
    let ok = run(&format!("{PASSWORD}\n"), "admin@daugavpils.lv");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let again = run(&format!("{PASSWORD}\n"), "Admin@Daugavpils.lv");
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));

    let store = twinning_store::Db::connect(&db.url).await.unwrap();
    let email = twinning_domain::EmailAddress::parse("admin@daugavpils.lv").unwrap();
    let admin = store.account_by_email(&email).await.unwrap().unwrap();
    assert!(admin.is_admin);
    assert!(admin.password_hash.starts_with("$argon2id$"));
}

#[tokio::test]
async fn many_failures_from_one_address_slow_that_address_down() {
    let app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna", false).await;
    // Guesses spread over many accounts, so no single account reaches its own limit.
    for i in 0..twinning_app::signin::CLIENT_FREE {
        let email = format!("guess{i}@daugavpils.lv");
        let res = app.post_form("/signin", None, &[("email", email.as_str()), ("password", "guess guess guess")]).await;
        assert_eq!(res.status(), 422);
    }
    let res = app.post_form("/signin", None, &[("email", "anna@daugavpils.lv"), ("password", PASSWORD)]).await;
    assert_eq!(res.status(), 429, "the address waits");
    // Anna signs in from another address.
    let elsewhere = std::net::SocketAddr::new([192, 0, 2, 7].into(), CLIENT.port());
    let res = app
        .request(Method::POST, "/signin")
        .same_origin()
        .form(&[("email", "anna@daugavpils.lv"), ("password", PASSWORD)])
        .client_address(elsewhere)
        .send()
        .await;
    assert_eq!(res.status(), 303, "only that address waits");
}

#[tokio::test]
async fn idle_sessions_end() {
    let app = TestApp::with_demo().await;
    let id = app.account("anna@daugavpils.lv", "Anna", false).await;
    let hash = twinning_web::auth::hash_secret("s_test-session");
    app.db.create_session(&hash, id, "test").await.unwrap();
    let now = chrono::Utc::now().timestamp();
    let (idle, life) = (twinning_web::auth::SESSION_IDLE_SECS, 30 * 86_400);
    assert!(
        app.db.session_account(&hash, now + idle - 60, idle, life).await.unwrap().is_some(),
        "within the idle limit"
    );
    assert!(app.db.session_account(&hash, now + 2 * idle + 60, idle, life).await.unwrap().is_none(), "idle past it");
    assert!(app.db.session_account(&hash, now, idle, life).await.unwrap().is_none(), "and it is gone for good");
    assert_eq!(app.db.sessions_of(id).await.unwrap().len(), 0);
}
