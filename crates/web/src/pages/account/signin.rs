//! `/signin` and `/signout`.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinning_domain::EmailAddress;

use crate::Shared;
use crate::auth::{MaybeUser, Via, hash_secret, new_secret, session_cookie, verify_password};
use crate::client::ClientAddr;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, query_param};
use crate::form::{FieldError, error_for};
use crate::i18n::Arg;
use crate::layout::{Layout, render, render_status};

/// Failed attempts allowed per account, and per network address, in the window.
pub const ACCOUNT_LIMIT: i64 = 5;
pub const ADDRESS_LIMIT: i64 = 20;
pub const WINDOW_SECS: i64 = 15 * 60;

#[derive(Deserialize, Default)]
pub struct SigninForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "signin.html")]
struct SigninPage {
    l: Layout,
    email: String,
    next: String,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

impl SigninPage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

fn page(prefs: &LangPrefs, email: String, next: String, errors: Vec<FieldError>, notice: Option<String>) -> SigninPage {
    let tr = prefs.tr(None);
    SigninPage { l: Layout::new(&tr, tr.get("signin-title"), "/signin".into()), email, next, errors, notice }
}

pub async fn form(prefs: LangPrefs, uri: Uri) -> Result<Response, PageError> {
    let next = safe_next(query_param(&uri, "next").as_deref());
    let tr = prefs.tr(None);
    let notice = (query_param(&uri, "done").as_deref() == Some("reset")).then(|| tr.get("reset-done"));
    render(&page(&prefs, String::new(), next, Vec::new(), notice), &prefs, &tr)
}

pub async fn submit(
    State(state): State<Shared>,
    prefs: LangPrefs,
    ClientAddr(addr): ClientAddr,
    headers: HeaderMap,
    PageForm(f): PageForm<SigninForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let next = safe_next(f.next.as_deref());
    let again = |errors: Vec<FieldError>, status: StatusCode, notice: Option<String>| -> Result<Response, PageError> {
        render_status(&page(&prefs, f.email.clone(), next.clone(), errors, notice), &prefs, &tr, status)
    };
    let email = match EmailAddress::parse(&f.email) {
        Ok(e) => e,
        Err(_) => {
            return again(vec![FieldError::new(&tr, "email", "email.invalid")], StatusCode::UNPROCESSABLE_ENTITY, None);
        }
    };
    if f.password.is_empty() {
        return again(
            vec![FieldError::new(&tr, "password", "password.required")],
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
        );
    }
    let account_key = hash_secret(&format!("signin:{}", email.key()));
    let addr_key = addr.map(|a| hash_secret(&format!("addr:{a}")));
    let since = chrono::Utc::now().timestamp() - WINDOW_SECS;
    let db = &state.db;
    let too_many = db.signin_failures(&account_key, since).await? >= ACCOUNT_LIMIT
        || match &addr_key {
            Some(k) => db.signin_failures(k, since).await? >= ADDRESS_LIMIT,
            None => false,
        };
    if too_many {
        let msg = tr.with("signin-too-many", &[("minutes", Arg::Num(WINDOW_SECS / 60))]);
        return again(Vec::new(), StatusCode::TOO_MANY_REQUESTS, Some(msg));
    }
    let account = db.account_by_email(&email).await?;
    let ok = verify_password(f.password.clone(), account.as_ref().map(|a| a.password_hash.clone())).await;
    let Some(account) = account.filter(|_| ok) else {
        let mut keys = vec![account_key];
        keys.extend(addr_key);
        db.record_signin_failure(&keys).await?;
        return again(vec![FieldError::new(&tr, "password", "signin.wrong")], StatusCode::UNPROCESSABLE_ENTITY, None);
    };
    db.clear_signin_failures(&account_key).await?;
    let token = new_secret("s_");
    let ua: String =
        headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("").chars().take(200).collect();
    db.create_session(&hash_secret(&token), account.id, &ua).await?;
    let mut res = Redirect::to(&next).into_response();
    let cookie = session_cookie(Some(&token), state.config.secure_cookies());
    res.headers_mut().insert(header::SET_COOKIE, HeaderValue::from_str(&cookie).map_err(|_| Problem::internal())?);
    Ok(res)
}

pub async fn signout(
    State(state): State<Shared>,
    _prefs: LangPrefs,
    MaybeUser(user): MaybeUser,
) -> Result<Response, PageError> {
    if let Some(crate::auth::User { via: Via::Session(hash), .. }) = user {
        state.db.delete_session(&hash).await?;
    }
    let mut res = Redirect::to("/").into_response();
    let cookie = session_cookie(None, state.config.secure_cookies());
    res.headers_mut().insert(header::SET_COOKIE, HeaderValue::from_str(&cookie).map_err(|_| Problem::internal())?);
    Ok(res)
}

/// A local path to go back to after signing in; anything else goes to the account page.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains("://") => {
            n.to_owned()
        }
        _ => "/account".to_owned(),
    }
}
