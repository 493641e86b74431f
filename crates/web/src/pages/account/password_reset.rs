//! `/password-reset`: a link by e-mail to set a new password. The answer never says whether
//! an address has an account; links work once, for an hour.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinning_domain::EmailAddress;

use crate::Shared;
use crate::auth::{hash_password, hash_secret, new_secret};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, PagePath};
use crate::form::{FieldError, error_for};
use crate::i18n::{Arg, Tr};
use crate::layout::{Layout, render, render_status};

/// How long a reset link works, and how many may be asked for an address per hour.
pub const RESET_MINUTES: i64 = 60;
pub const RESETS_PER_HOUR: i64 = 3;

#[derive(askama::Template)]
#[template(path = "password_reset.html")]
struct RequestPage {
    l: Layout,
    sent: bool,
    email: String,
    errors: Vec<FieldError>,
}

impl RequestPage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

fn request_page(tr: &Tr, sent: bool, email: String, errors: Vec<FieldError>) -> RequestPage {
    RequestPage { l: Layout::new(tr, tr.get("reset-title"), "/password-reset".into()), sent, email, errors }
}

pub async fn form(prefs: LangPrefs) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    render(&request_page(&tr, false, String::new(), Vec::new()), &prefs, &tr)
}

#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    email: String,
    /// The honeypot ([`crate::form::HONEYPOT`]): people leave it empty.
    #[serde(default)]
    website: String,
}

pub async fn request(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PageForm(f): PageForm<RequestForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    if !f.website.trim().is_empty() {
        // A machine filled the hidden field: the usual answer, nothing sent.
        return render(&request_page(&tr, true, String::new(), Vec::new()), &prefs, &tr);
    }
    let Ok(email) = EmailAddress::parse(&f.email) else {
        let page = request_page(&tr, false, f.email, vec![FieldError::new(&tr, "email", "email.invalid")]);
        return render_status(&page, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let db = &state.db;
    let key = hash_secret(&format!("reset:{}", email.key()));
    let recent = db.signin_failures(&key, chrono::Utc::now().timestamp() - 3600).await?;
    if recent < RESETS_PER_HOUR {
        db.record_signin_failure(std::slice::from_ref(&key)).await?;
        if let Some(account) = db.account_by_email(&email).await? {
            let token = new_secret("r_");
            let expires = state.config.clock.now() + chrono::Duration::minutes(RESET_MINUTES);
            let mail = twinning_store::Mail {
                recipient: account.email.clone(),
                subject: tr.get("mail-reset-subject"),
                body: tr.with(
                    "mail-reset-body",
                    &[
                        ("name", Arg::Str(account.name.clone())),
                        ("link", Arg::Str(state.config.link(&format!("/password-reset/{token}")))),
                        ("minutes", Arg::Num(RESET_MINUTES)),
                    ],
                ),
                calendar: None,
            };
            db.create_reset(account.id, &hash_secret(&token), expires.timestamp(), &mail).await?;
        }
    }
    // The same answer whether or not the address has an account, and when over the limit.
    render(&request_page(&tr, true, String::new(), Vec::new()), &prefs, &tr)
}

#[derive(askama::Template)]
#[template(path = "password_reset_new.html")]
struct NewPasswordPage {
    l: Layout,
    action: String,
    errors: Vec<FieldError>,
}

impl NewPasswordPage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

fn new_page(tr: &Tr, token: &str, errors: Vec<FieldError>) -> NewPasswordPage {
    let action = format!("/password-reset/{token}");
    let mut l = Layout::new(tr, tr.get("reset-new-title"), action.clone());
    l.languages.clear();
    NewPasswordPage { l, action, errors }
}

fn private(mut res: Response) -> Response {
    res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub async fn new_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    if !state.db.reset_valid(&hash_secret(&token), state.config.clock.now().timestamp()).await? {
        return Err(PageError::from(Problem::not_found("reset.invalid")));
    }
    Ok(private(render(&new_page(&tr, &token, Vec::new()), &prefs, &tr)?))
}

#[derive(Deserialize)]
pub struct NewPasswordForm {
    #[serde(default)]
    password: String,
}

pub async fn set(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
    PageForm(f): PageForm<NewPasswordForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let hash = hash_secret(&token);
    if !state.db.reset_valid(&hash, state.config.clock.now().timestamp()).await? {
        return Err(PageError::from(Problem::not_found("reset.invalid")));
    }
    if let Err(e) = twinning_domain::account::check_password(&f.password) {
        let page = new_page(&tr, &token, vec![FieldError::new(&tr, "password", e.key)]);
        return Ok(private(render_status(&page, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY)?));
    }
    let pw = hash_password(f.password).await?;
    if !state.db.use_reset(&hash, state.config.clock.now().timestamp(), &pw).await? {
        return Err(PageError::from(Problem::not_found("reset.invalid")));
    }
    Ok(Redirect::to("/signin?done=reset").into_response())
}
