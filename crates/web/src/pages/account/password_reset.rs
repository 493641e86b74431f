//! `/password-reset`: a link by e-mail to set a new password. The answer never says whether
//! an address has an account; links work once, for an hour.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinning_domain::EmailAddress;

use super::index::field_errors;
use super::signin::ClientParts;
use crate::Shared;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, PagePath};
use crate::form::{FieldError, error_for};
use crate::i18n::Tr;
use crate::layout::{Layout, render, render_status};

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
    client: ClientParts,
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
    state.app.request_password_reset(&email, tr.lang(), &state.config.public_url, &client.0).await?;
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
    if !state.app.reset_valid(&token).await? {
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
    client: ClientParts,
    PagePath(token): PagePath<String>,
    PageForm(f): PageForm<NewPasswordForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    match state.app.reset_password(&token, f.password, &client.0).await {
        Ok(()) => Ok(Redirect::to("/signin?done=reset").into_response()),
        Err(twinning_app::AppError::Invalid(errs)) => {
            let page = new_page(&tr, &token, field_errors(&tr, errs));
            Ok(private(render_status(&page, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY)?))
        }
        Err(e) => Err(e.into()),
    }
}
