//! Sign-in as trusted systems do it (issue 14, point 6): throttling that slows guessing down
//! without locking anyone out, counted before the password is checked; the proxy-aware
//! client; TOTP with recovery codes, required for admins; strong passwords; session and
//! token lifetimes; the security log.

use std::net::SocketAddr;

use twinning_app::signin::{MAX_DELAY, PAIR_FREE, code_at};
use twinning_web::client::TrustedProxies;

use crate::support::{ADMIN_TOTP, Method, PASSWORD, TestApp, TestResponse};

fn from(ip: [u8; 4]) -> SocketAddr {
    SocketAddr::new(ip.into(), 40_000)
}

async fn attempt(app: &TestApp, peer: SocketAddr, email: &str, password: &str) -> TestResponse {
    app.request(Method::POST, "/signin?lang=en")
        .same_origin()
        .form(&[("email", email), ("password", password), ("next", "/account")])
        .client_address(peer)
        .send()
        .await
}

fn retry_after(res: &TestResponse) -> i64 {
    res.headers()["retry-after"].to_str().unwrap().parse().unwrap()
}

/// The text between `start` and the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("{start} in the page")) + start.len();
    &html[from..from + html[from..].find(end).unwrap()]
}

async fn security_events(app: &TestApp, event: &str) -> usize {
    app.db.security_log(10_000, 0).await.unwrap().iter().filter(|e| e.event == event).count()
}

#[tokio::test]
async fn a_strangers_failures_never_lock_the_admin_out() {
    let mut app = TestApp::with_demo().await;
    let admin = app.admin().await;
    let admins_desk = from([192, 0, 2, 10]);
    // A stranger tries 50 wrong passwords from 50 addresses, each time as soon as allowed.
    let mut checked = 0;
    for i in 0..50u8 {
        let mut res = attempt(&app, from([198, 51, 100, i]), &admin.email, "guess guess guess").await;
        if res.status() == 429 {
            let wait = retry_after(&res);
            assert!(wait <= MAX_DELAY, "a wait is never longer than {MAX_DELAY} s: {wait}");
            app.set_now(app.now() + chrono::Duration::seconds(wait));
            res = attempt(&app, from([198, 51, 100, i]), &admin.email, "guess guess guess").await;
        }
        assert_eq!(res.status(), 422, "attempt {i} is checked, and wrong");
        checked += 1;
    }
    assert_eq!(checked, 50);
    // Right after the stranger's last failure the account waits, for the admin too…
    let res = attempt(&app, admins_desk, &admin.email, PASSWORD).await;
    assert_eq!(res.status(), 429);
    let wait = retry_after(&res);
    assert!(wait <= MAX_DELAY);
    // …but once the wait is over, the right password works.
    app.set_now(app.now() + chrono::Duration::seconds(wait));
    let res = attempt(&app, admins_desk, &admin.email, PASSWORD).await;
    assert_eq!(res.status(), 303, "the right password after the delay");
    assert_eq!(res.location(), "/signin/totp", "then the second factor");
    assert_eq!(security_events(&app, "signin.fail").await, 50);
    assert!(security_events(&app, "signin.throttled").await >= 1);
}

#[tokio::test]
async fn forty_parallel_guesses_check_at_most_the_limit() {
    let app = TestApp::with_demo().await.over_http().await;
    app.account("anna@daugavpils.lv", "Anna", false).await;
    let before = twinning_app::secrets::password_checks();
    let guesses = (0..40).map(|i| {
        let app = &app;
        async move {
            let guess = format!("guess number {i}");
            attempt(app, from([127, 0, 0, 1]), "anna@daugavpils.lv", &guess).await.status().as_u16()
        }
    });
    let statuses = futures_join_all(guesses).await;
    let wrong = statuses.iter().filter(|s| **s == 422).count();
    let waited = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(wrong + waited, 40, "{statuses:?}");
    assert!(wrong as i64 <= PAIR_FREE, "at most {PAIR_FREE} passwords checked, not {wrong}");
    assert!(wrong >= 1);
    let checks = twinning_app::secrets::password_checks() - before;
    eprintln!("40 parallel guesses over HTTP: {wrong} checked (422), {waited} waited (429), {checks} password checks");
    assert!(checks <= PAIR_FREE as u64, "{checks} password checks");
    assert_eq!(security_events(&app, "signin.fail").await, wrong);
}

/// Runs the futures concurrently on this task (the server runs on the runtime's others).
async fn futures_join_all<F: std::future::Future<Output = u16>>(futs: impl Iterator<Item = F>) -> Vec<u16> {
    let mut set = Vec::new();
    for f in futs {
        set.push(Box::pin(f));
    }
    let mut out = vec![0; set.len()];
    let mut pending: Vec<usize> = (0..set.len()).collect();
    std::future::poll_fn(|cx| {
        pending.retain(|&i| match set[i].as_mut().poll(cx) {
            std::task::Poll::Ready(v) => {
                out[i] = v;
                false
            }
            std::task::Poll::Pending => true,
        });
        if pending.is_empty() { std::task::Poll::Ready(()) } else { std::task::Poll::Pending }
    })
    .await;
    out
}

#[tokio::test]
async fn behind_a_trusted_proxy_clients_are_throttled_apart() {
    let config =
        twinning_web::Config { trusted_proxies: TrustedProxies::parse("10.0.0.1").unwrap(), ..TestApp::config() };
    let app = TestApp::empty_with(config).await;
    app.db.import(&crate::support::demo()).await.unwrap();
    app.account("anna@daugavpils.lv", "Anna", false).await;
    let proxy = from([10, 0, 0, 1]);
    let via = |client: &'static str, password: &'static str| {
        app.request(Method::POST, "/signin")
            .same_origin()
            .header("x-forwarded-for", client)
            .form(&[("email", "anna@daugavpils.lv"), ("password", password)])
            .client_address(proxy)
            .send()
    };
    for _ in 0..PAIR_FREE {
        assert_eq!(via("203.0.113.1", "guess guess guess").await.status(), 422);
    }
    assert_eq!(via("203.0.113.1", PASSWORD).await.status(), 429, "the guessing client waits");
    assert_eq!(via("203.0.113.2", PASSWORD).await.status(), 303, "another client behind the proxy does not");

    // A client that is not a trusted proxy cannot pose as many by writing the header itself.
    app.account("juris@daugavpils.lv", "Juris", false).await;
    let direct = from([198, 51, 100, 9]);
    for i in 0..PAIR_FREE {
        let res = app
            .request(Method::POST, "/signin")
            .same_origin()
            .header("x-forwarded-for", format!("203.0.113.{}", 100 + i))
            .form(&[("email", "juris@daugavpils.lv"), ("password", "guess guess guess")])
            .client_address(direct)
            .send()
            .await;
        assert_eq!(res.status(), 422);
    }
    let res = app
        .request(Method::POST, "/signin")
        .same_origin()
        .header("x-forwarded-for", "203.0.113.200")
        .form(&[("email", "juris@daugavpils.lv"), ("password", PASSWORD)])
        .client_address(direct)
        .send()
        .await;
    assert_eq!(res.status(), 429, "the forged X-Forwarded-For is ignored");
    // The security log keeps networks, never whole addresses.
    let log = app.db.security_log(100, 0).await.unwrap();
    assert!(log.iter().any(|e| e.client == "203.0.113.0/24"));
    assert!(log.iter().all(|e| !e.client.contains("203.0.113.1") && !e.client.contains("198.51.100.9")));
}

/// The second step of signing in, with the challenge's cookie.
async fn second(app: &TestApp, code: String, challenge: String) -> TestResponse {
    app.post_form("/signin/totp?lang=en", Some(&challenge), &[("code", &code)]).await
}

/// Who a bearer token is, as the API answers.
async fn me(app: &TestApp, token: String) -> axum::http::StatusCode {
    app.request(Method::GET, "/api/v1/me").bearer(&token).send().await.status()
}

#[tokio::test]
async fn totp_enrolment_sign_in_and_single_use_recovery_codes() {
    let mut app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna", false).await;
    let cookie = app.signin("anna@daugavpils.lv", PASSWORD).await;

    let page = app.get_as("/account/totp?lang=en", &cookie).await;
    assert_eq!(page.headers()["cache-control"], "no-store");
    let html = page.text().await.unwrap();
    let secret = between(&html, "id=\"totp-secret\">", "<").to_owned();
    assert!(html.contains("otpauth://totp/Twinning:anna%40daugavpils.lv?"), "the otpauth link");
    assert!(html.contains("<svg"), "a QR code drawn without script");

    let wrong = app.post_form("/account/totp?lang=en", Some(&cookie), &[("secret", &secret), ("code", "000000")]).await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong.text().await.unwrap().contains("This code is not right."));
    let now = app.now().timestamp();
    let code = code_at(&secret, now).unwrap();
    let res = app.post_form("/account/totp?lang=en", Some(&cookie), &[("secret", &secret), ("code", &code)]).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let codes: Vec<String> =
        html.split("<li><code class=\"secret\">").skip(1).map(|s| s.split('<').next().unwrap().to_owned()).collect();
    assert_eq!(codes.len(), 10, "ten recovery codes, shown once");

    // The password alone no longer opens a session.
    let res = attempt(&app, from([127, 0, 0, 1]), "anna@daugavpils.lv", PASSWORD).await;
    assert_eq!(res.location(), "/signin/totp");
    let challenge = res.cookie();
    assert!(challenge.starts_with("twinning_challenge=c_"));
    // The code that confirmed the enrolment cannot be used again.
    assert_eq!(second(&app, code.clone(), challenge.clone()).await.status(), 422, "a code works once");
    app.set_now(app.now() + chrono::Duration::seconds(30));
    let res = second(&app, code_at(&secret, now + 30).unwrap(), challenge.clone()).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.location(), "/account");
    let session = res.cookie();
    assert!(session.starts_with("twinning_session=s_"));
    assert_eq!(app.get_as("/account", &session).await.status(), 200);
    assert_eq!(
        second(&app, code_at(&secret, now + 30).unwrap(), challenge).await.status(),
        303,
        "the challenge is used up"
    );

    // A recovery code works once.
    let res = attempt(&app, from([127, 0, 0, 1]), "anna@daugavpils.lv", PASSWORD).await;
    let challenge = res.cookie();
    let res = second(&app, codes[0].to_uppercase(), challenge).await;
    assert_eq!(res.status(), 303, "a recovery code, typed in capitals");
    let res = attempt(&app, from([127, 0, 0, 1]), "anna@daugavpils.lv", PASSWORD).await;
    let challenge = res.cookie();
    assert_eq!(second(&app, codes[0].clone(), challenge.clone()).await.status(), 422, "used once only");
    let html = app.get_as("/account/totp?lang=en", &session).await.text().await.unwrap();
    assert!(html.contains("Recovery codes left: 9"));
    assert_eq!(security_events(&app, "recovery.used").await, 1);
    assert_eq!(security_events(&app, "totp.enrol").await, 1);

    // Turning it off needs the password.
    let res = app.post_form("/account/totp/disable?lang=en", Some(&session), &[("current", "not it at all")]).await;
    assert_eq!(res.status(), 422);
    let res = app.post_form("/account/totp/disable", Some(&session), &[("current", PASSWORD)]).await;
    assert_eq!(res.status(), 303);
    app.set_now(app.now() + chrono::Duration::seconds(60));
    assert_eq!(attempt(&app, from([127, 0, 0, 1]), "anna@daugavpils.lv", PASSWORD).await.location(), "/account");
}

#[tokio::test]
async fn an_admin_without_a_second_factor_enrols_before_anything_else() {
    let app = TestApp::with_demo().await;
    let id = app.account("ilze@daugavpils.lv", "Ilze", true).await;
    let cookie = app.signin("ilze@daugavpils.lv", PASSWORD).await;
    for path in ["/admin", "/account", "/manage", "/admin/security"] {
        let res = app.get_as(path, &cookie).await;
        assert_eq!(res.status(), 303, "{path}");
        assert_eq!(res.location(), "/account/totp", "{path}");
    }
    let html = app.get_as("/account/totp?lang=en", &cookie).await.text().await.unwrap();
    assert!(html.contains("As the instance administrator, you need two-step sign-in"));
    let secret = between(&html, "id=\"totp-secret\">", "<").to_owned();
    let code = code_at(&secret, app.now().timestamp()).unwrap();
    let res = app.post_form("/account/totp", Some(&cookie), &[("secret", &secret), ("code", &code)]).await;
    assert_eq!(res.status(), 200);
    assert_eq!(app.get_as("/admin", &cookie).await.status(), 200, "enrolled, the admin goes on");
    assert!(app.db.account(id).await.unwrap().unwrap().has_totp);
    // RFC 6238's test vector (SHA-1, the secret "12345678901234567890", 59 s): 94287082.
    assert_eq!(code_at("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59).unwrap(), "287082");
    assert_eq!(code_at(ADMIN_TOTP, 59).unwrap().len(), 6);
}

#[tokio::test]
async fn weak_passwords_are_refused_in_the_visitors_language() {
    let app = TestApp::with_demo().await;
    app.account("anna@daugavpils.lv", "Anna Bērziņa", false).await;
    let cookie = app.signin("anna@daugavpils.lv", PASSWORD).await;
    let res = app
        .post_form("/account/password?lang=de", Some(&cookie), &[("current", PASSWORD), ("password", "password1234")])
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Dieses Passwort ist zu leicht zu erraten: Es ist ein häufig verwendetes Passwort"),
        "{html}"
    );
    assert!(html.contains("aria-describedby=\"password-hint password-error\""), "tied to its field");
    // One's own address is no password either.
    let res = app
        .post_form(
            "/account/password?lang=lv",
            Some(&cookie),
            &[("current", PASSWORD), ("password", "anna@daugavpils.lv")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Šo paroli ir pārāk viegli uzminēt"));
    let res = app
        .post_form(
            "/account/password",
            Some(&cookie),
            &[("current", PASSWORD), ("password", "lantern orchard quietly Daugava")],
        )
        .await;
    assert_eq!(res.status(), 303, "a strong one is taken");
}

#[tokio::test]
async fn tokens_expire_and_a_password_reset_revokes_them_all() {
    let mut app = TestApp::with_demo().await;
    let anna = app.account("anna@daugavpils.lv", "Anna", false).await;
    let cookie = app.signin("anna@daugavpils.lv", PASSWORD).await;
    let res = app.post_form("/account/tokens?lang=en", Some(&cookie), &[("name", "sync"), ("days", "7")]).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let token = between(&html, "<code class=\"secret\">", "<").to_owned();
    assert!(html.contains("Expires"), "the expiry is shown");
    assert_eq!(me(&app, token.clone()).await, 200);
    let bad = app.post_form("/account/tokens?lang=en", Some(&cookie), &[("name", "sync"), ("days", "9999")]).await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("from 1 to 365"));
    app.set_now(app.now() + chrono::Duration::days(8));
    assert_eq!(me(&app, token).await, 401, "expired after its 7 days");
    let cookie = app.signin("anna@daugavpils.lv", PASSWORD).await;
    let html = app.get_as("/account?lang=en", &cookie).await.text().await.unwrap();
    assert!(html.contains("Expired"));

    // A reset ends every session and revokes every token.
    let token = app.token(anna).await;
    assert_eq!(me(&app, token.clone()).await, 200);
    let res = app.post_form("/password-reset?lang=en", None, &[("email", "anna@daugavpils.lv")]).await;
    assert_eq!(res.status(), 200);
    let mail = app.db.outbox(10).await.unwrap().into_iter().find(|m| m.recipient == "anna@daugavpils.lv").unwrap();
    let link = mail.body.lines().find(|l| l.contains("/password-reset/r_")).unwrap().trim();
    let path = &link[link.find("/password-reset/").unwrap()..];
    let weak = app.post_form(&format!("{path}?lang=en"), None, &[("password", "qwertyuiop123")]).await;
    assert_eq!(weak.status(), 422, "a reset takes strong passwords only");
    let res = app.post_form(path, None, &[("password", "lantern orchard quietly Daugava")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(me(&app, token).await, 401, "revoked by the reset");
    assert_eq!(app.get_as("/account", &cookie).await.status(), 303, "signed out by the reset");
    assert_eq!(security_events(&app, "password.reset").await, 1);
}

#[tokio::test]
async fn sessions_end_after_their_lifetime_however_busy() {
    let config = twinning_web::Config { session_lifetime: std::time::Duration::from_secs(3600), ..TestApp::config() };
    let mut app = TestApp::empty_with(config).await;
    app.db.import(&crate::support::demo()).await.unwrap();
    app.account("anna@daugavpils.lv", "Anna", false).await;
    let cookie = app.signin("anna@daugavpils.lv", PASSWORD).await;
    for minutes in [20, 40, 59] {
        app.set_now(crate::support::instant(crate::support::NOW) + chrono::Duration::minutes(minutes));
        assert_eq!(app.get_as("/account", &cookie).await.status(), 200, "busy at {minutes} minutes");
    }
    app.set_now(crate::support::instant(crate::support::NOW) + chrono::Duration::minutes(61));
    assert_eq!(app.get_as("/account", &cookie).await.status(), 303, "past the lifetime");
}

#[tokio::test]
async fn the_security_log_is_the_admins_and_holds_no_secret() {
    let app = TestApp::with_demo().await;
    let admin = app.admin().await;
    let someone = app.someone().await;
    app.organiser("ttchan").await;
    assert_eq!(attempt(&app, from([203, 0, 113, 77]), &someone.email, "hunter2 hunter2").await.status(), 422);
    app.signin(&someone.email, PASSWORD).await;
    app.post_form("/account/tokens", Some(&someone.cookie), &[("name", "website sync")]).await;

    let res = app.get_as("/admin/security?lang=en", &admin.cookie).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    for shown in ["wrong password", "signed in", "API token created", "203.0.113.0/24", "127.0.0.0/24", "role given"] {
        assert!(html.contains(shown), "{shown}");
    }
    for hidden in ["hunter2", "203.0.113.77", PASSWORD, "tw_"] {
        assert!(!html.contains(hidden), "{hidden} must not be shown");
    }
    assert_eq!(app.get_as("/admin/security", &someone.cookie).await.status(), 403);
    assert_eq!(app.get_as("/admin/security?page=0", &admin.cookie).await.status(), 400);
    assert_eq!(app.get_as("/admin/security?page=x", &admin.cookie).await.status(), 400);
    let page2 = app.get_as("/admin/security?page=2&lang=en", &admin.cookie).await.text().await.unwrap();
    assert!(page2.contains("Page 2") && page2.contains("rel=\"prev\""));
}

#[tokio::test]
async fn the_command_line_refuses_weak_passwords_and_enrols_an_admins_second_factor() {
    use std::io::Write;
    let db = crate::support::fresh_db().await;
    let run = |args: &[&str], input: &str| {
        let mut child = crate::support::twinning()
            .args(args)
            .args(db.cli_args())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let weak = run(&["account", "create", "--email", "anna@daugavpils.lv"], "password1234\n");
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("commonly used password"));
    let admin = &["admin", "create", "--email", "ilze@daugavpils.lv", "--totp-secret", "tooshort"];
    let bad = run(admin, &format!("{PASSWORD}\n"));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--totp-secret"));
    let ok = run(
        &["admin", "create", "--email", "juris@daugavpils.lv", "--totp-secret", ADMIN_TOTP],
        &format!("{PASSWORD}\n"),
    );
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let out = String::from_utf8_lossy(&ok.stdout);
    assert_eq!(out.lines().filter(|l| l.starts_with("  ") && l.trim().len() == 11).count(), 10, "{out}");
    let store = twinning_store::Db::connect(&db.url).await.unwrap();
    let email = twinning_domain::EmailAddress::parse("juris@daugavpils.lv").unwrap();
    assert!(store.account_by_email(&email).await.unwrap().unwrap().has_totp);
    let token = run(&["token", "create", "--email", "juris@daugavpils.lv", "--name", "sync", "--days", "0"], "");
    assert!(String::from_utf8_lossy(&token.stderr).contains("--days: from 1 to 365"));
}
