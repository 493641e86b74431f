//! `/signin`, its second step `/signin/totp`, and `/signout`: thin adapters over the app's
//! sign-in commands (`twinning_app::signin`), which count and throttle every attempt.

use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinning_app::signin::{SignInError, SignedIn};
use twinning_domain::EmailAddress;

use crate::Shared;
use crate::auth::{CHALLENGE_COOKIE, MaybeUser, SESSION_COOKIE, Via, client_of, cookie};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, query_param};
use crate::form::{FieldError, error_for};
use crate::i18n::{Arg, Tr};
use crate::layout::{Layout, render, render_status};

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

/// The notice of a throttled attempt: how long to wait.
fn wait_notice(tr: &Tr, secs: i64) -> String {
    tr.with("signin-wait", &[("seconds", Arg::Num(secs.max(1)))])
}

fn set_cookie(res: &mut Response, value: &str) -> Result<(), PageError> {
    res.headers_mut().append(header::SET_COOKIE, HeaderValue::from_str(value).map_err(|_| Problem::internal())?);
    Ok(())
}

/// The session's cookie, lasting as long as the session may.
fn session_cookie(state: &Shared, secret: Option<&str>) -> String {
    cookie(SESSION_COOKIE, secret, state.config.session_lifetime.as_secs(), state.config.secure_cookies())
}

pub async fn submit(
    State(state): State<Shared>,
    prefs: LangPrefs,
    headers: HeaderMap,
    parts: ClientParts,
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
    let ua: String =
        headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("").chars().take(200).collect();
    match state.app.sign_in(&email, f.password.clone(), &parts.0, &next, &ua).await {
        Ok(SignedIn::Session(secret)) => {
            let mut res = Redirect::to(&next).into_response();
            set_cookie(&mut res, &session_cookie(&state, Some(&secret)))?;
            Ok(res)
        }
        Ok(SignedIn::SecondFactor(challenge)) => {
            let mut res = Redirect::to("/signin/totp").into_response();
            let secs = twinning_app::signin::CHALLENGE_SECS as u64;
            set_cookie(&mut res, &cookie(CHALLENGE_COOKIE, Some(&challenge), secs, state.config.secure_cookies()))?;
            Ok(res)
        }
        Err(SignInError::Throttled(secs)) => {
            let mut res = again(Vec::new(), StatusCode::TOO_MANY_REQUESTS, Some(wait_notice(&tr, secs)))?;
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
            Ok(res)
        }
        Err(SignInError::Wrong) => {
            again(vec![FieldError::new(&tr, "password", "signin.wrong")], StatusCode::UNPROCESSABLE_ENTITY, None)
        }
        Err(SignInError::App(e)) => Err(e.into()),
    }
}

/// The client's proxy-aware address, for the app's throttle and security log.
pub struct ClientParts(pub twinning_app::signin::Client);

impl axum::extract::FromRequestParts<Shared> for ClientParts {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &Shared) -> Result<Self, Self::Rejection> {
        Ok(ClientParts(client_of(state, parts)))
    }
}

#[derive(askama::Template)]
#[template(path = "signin_totp.html")]
struct SecondFactorPage {
    l: Layout,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

impl SecondFactorPage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

fn second_page(tr: &Tr, errors: Vec<FieldError>, notice: Option<String>) -> SecondFactorPage {
    SecondFactorPage { l: Layout::new(tr, tr.get("totp-signin-title"), "/signin/totp".into()), errors, notice }
}

/// The open challenge of this browser (its secret and the page to go to afterwards).
async fn open_challenge(state: &Shared, headers: &HeaderMap) -> Result<Option<(String, String)>, PageError> {
    let secret = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == CHALLENGE_COOKIE)
        .map(|(_, v)| v.to_owned());
    let Some(secret) = secret else { return Ok(None) };
    Ok(state.app.challenge(&secret).await?.map(|(_, next)| (secret, next)))
}

pub async fn second_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    if open_challenge(&state, &headers).await?.is_none() {
        return Ok(Redirect::to("/signin").into_response());
    }
    let tr = prefs.tr(None);
    render(&second_page(&tr, Vec::new(), None), &prefs, &tr)
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn second_submit(
    State(state): State<Shared>,
    prefs: LangPrefs,
    headers: HeaderMap,
    parts: ClientParts,
    PageForm(f): PageForm<CodeForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let Some((challenge, next)) = open_challenge(&state, &headers).await? else {
        return Ok(Redirect::to("/signin").into_response());
    };
    let again = |errors, status, notice| render_status(&second_page(&tr, errors, notice), &prefs, &tr, status);
    if f.code.trim().is_empty() {
        return again(vec![FieldError::new(&tr, "code", "totp.code_required")], StatusCode::UNPROCESSABLE_ENTITY, None);
    }
    match state.app.second_factor(&challenge, &f.code, &parts.0).await {
        Ok(secret) => {
            let mut res = Redirect::to(&next).into_response();
            set_cookie(&mut res, &session_cookie(&state, Some(&secret)))?;
            set_cookie(&mut res, &cookie(CHALLENGE_COOKIE, None, 0, state.config.secure_cookies()))?;
            Ok(res)
        }
        Err(SignInError::Throttled(secs)) => {
            let mut res = again(Vec::new(), StatusCode::TOO_MANY_REQUESTS, Some(wait_notice(&tr, secs)))?;
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
            Ok(res)
        }
        Err(SignInError::Wrong) => {
            again(vec![FieldError::new(&tr, "code", "totp.code_wrong")], StatusCode::UNPROCESSABLE_ENTITY, None)
        }
        Err(SignInError::App(e)) => Err(e.into()),
    }
}

pub async fn signout(
    State(state): State<Shared>,
    _prefs: LangPrefs,
    MaybeUser(user): MaybeUser,
) -> Result<Response, PageError> {
    if let Some(crate::auth::User { via: Via::Session(hash), .. }) = user {
        state.app.sign_out(&hash).await?;
    }
    let mut res = Redirect::to("/").into_response();
    set_cookie(&mut res, &session_cookie(&state, None))?;
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
