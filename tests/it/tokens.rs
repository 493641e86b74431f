//! API tokens: created once, used as bearer, scoped to the account's rights, revocable.

use crate::support::{Method, TestApp, TestResponse};

async fn api(app: &TestApp, path: &str, token: Option<&str>) -> TestResponse {
    let mut req = app.request(Method::GET, path);
    if let Some(t) = token {
        req = req.bearer(t);
    }
    req.send().await
}

#[tokio::test]
async fn a_token_from_the_account_page_acts_as_its_account_until_revoked() {
    let app = TestApp::with_demo().await;
    let ilze = app.organiser("ttchan").await;
    let cookie = &ilze.cookie;

    let res = app.post_form("/account/tokens?lang=en", Some(cookie), &[("name", "website sync")]).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    let token = html.split("<code class=\"secret\">").nth(1).unwrap().split('<').next().unwrap().to_owned();
    assert!(token.starts_with("tw_"));
    let again = app.get_as("/account?lang=en", cookie).await.text().await.unwrap();
    assert!(again.contains("website sync") && !again.contains(&token), "listed, never shown again");

    let me = api(&app, "/api/v1/me", Some(&token)).await;
    assert_eq!(me.status(), 200);
    let me: serde_json::Value = me.json().await.unwrap();
    assert_eq!((&me["email"], &me["name"]), (&ilze.email.as_str().into(), &ilze.name.as_str().into()));
    assert_eq!(me["roles"][0]["role"], "organiser");
    let members: serde_json::Value =
        api(&app, "/api/v1/projects/ttchan/members", Some(&token)).await.json().await.unwrap();
    assert_eq!(members[0]["email"], ilze.email.as_str());
    let audit = api(&app, "/api/v1/projects/ttchan/audit", Some(&token)).await;
    assert_eq!(audit.status(), 200);

    for t in [None, Some("tw_not-a-token"), Some("")] {
        let res = api(&app, "/api/v1/me", t).await;
        assert_eq!(res.status(), 401, "{t:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["error"]["key"], "auth.required");
    }

    let token_id = again.split("/account/tokens/").nth(1).unwrap().split('/').next().unwrap().to_owned();
    let res = app.post_form(&format!("/account/tokens/{token_id}/revoke"), Some(cookie), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(api(&app, "/api/v1/me", Some(&token)).await.status(), 401, "revoked");
}

#[tokio::test]
async fn tokens_carry_only_their_accounts_rights() {
    let app = TestApp::with_demo().await;
    let secret = app.coordinator_of("ttchan", "raska").await.token;
    let res = api(&app, "/api/v1/projects/ttchan/members", Some(&secret)).await;
    assert_eq!(res.status(), 403);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["key"], "auth.forbidden");
    assert_eq!(api(&app, "/api/v1/projects/nope/members", Some(&secret)).await.status(), 404);
    let me: serde_json::Value = api(&app, "/api/v1/me", Some(&secret)).await.json().await.unwrap();
    assert_eq!(me["roles"][0]["town"], "raska");
    // A token is for the API: it does not open the back-office pages.
    let page = app.request(Method::GET, "/account").bearer(&secret).send().await;
    assert_eq!(page.status(), 303);
}

#[tokio::test]
async fn the_command_line_creates_a_working_token() {
    let app = TestApp::with_demo().await;
    let admin = app.admin().await;
    let out = crate::support::twinning()
        .args(["token", "create", "--email", &admin.email, "--name", "nightly export"])
        .args(app.fresh.cli_args())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let token = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let me: serde_json::Value = api(&app, "/api/v1/me", Some(&token)).await.json().await.unwrap();
    assert_eq!(me["admin"], true);
    let members = api(&app, "/api/v1/projects/ttchan/members", Some(&token)).await;
    assert_eq!(members.status(), 200, "the admin may see every project's people");

    let out = crate::support::twinning()
        .args(["token", "create", "--email", "nobody@twinning.test", "--name", "x"])
        .args(app.fresh.cli_args())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no account"));
}
