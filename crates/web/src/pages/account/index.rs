//! `/account`: one's own name and roles, password (`POST /account/password`), the second
//! factor's state (enrolled at `/account/totp`, `totp.rs`), sessions (`…/sessions/{id}/revoke`)
//! and API tokens with their expiry (`POST /account/tokens`, `…/tokens/{id}/revoke`). Every
//! write is an app command (`twinning_app::signin`).

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::signin::ClientParts;
use crate::Shared;
use crate::auth::{SignedIn, User, Via};
use crate::error::PageError;
use crate::extract::{LangPrefs, PageForm, PagePath};
use crate::form::{FieldError, error_for};
use crate::i18n::{Tr, Txt};
use crate::layout::{Layout, render, render_status};

pub struct RoleView {
    pub manage_href: String,
    pub project: Txt,
    pub role: String,
}

pub struct SessionView {
    pub id: i64,
    pub device: String,
    pub last_seen: String,
    pub current: bool,
}

pub struct TokenView {
    pub id: i64,
    pub name: String,
    pub created: String,
    pub last_used: String,
    pub expires: String,
    /// Revoked or expired: no longer works.
    pub ended: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "account.html")]
struct AccountPage {
    l: Layout,
    name: String,
    email: String,
    is_admin: bool,
    has_totp: bool,
    /// The lifetimes a new token can be given, with their labels.
    token_days: Vec<(i64, String)>,
    roles: Vec<RoleView>,
    sessions: Vec<SessionView>,
    tokens: Vec<TokenView>,
    notice: Option<String>,
    new_token: Option<String>,
    errors: Vec<FieldError>,
}

impl AccountPage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

fn when(tr: &Tr, t: chrono::DateTime<chrono::Utc>) -> String {
    let local = t.naive_utc();
    format!("{} {} UTC", tr.date(local.date()), tr.time(local))
}

async fn page(
    state: &Shared,
    tr: &Tr,
    user: &User,
    notice: Option<String>,
    new_token: Option<String>,
    errors: Vec<FieldError>,
) -> Result<AccountPage, PageError> {
    let db = &state.db;
    let a = &user.account;
    let current = match &user.via {
        Via::Session(h) => Some(h.clone()),
        Via::Token => None,
    };
    let roles = db
        .memberships_of(a.id)
        .await?
        .into_iter()
        .map(|m| RoleView {
            manage_href: format!("/manage/projects/{}", m.project),
            project: tr.pick(&m.title, None),
            role: match &m.town {
                Some(t) => format!("{} ({t})", tr.name("member-role", m.role.as_str())),
                None => tr.name("member-role", m.role.as_str()),
            },
        })
        .collect();
    let sessions = db
        .sessions_of(a.id)
        .await?
        .into_iter()
        .map(|(s, hash)| SessionView {
            id: s.id,
            device: if s.user_agent.is_empty() { tr.get("account-unknown-device") } else { s.user_agent },
            last_seen: when(tr, s.last_seen_at),
            current: current.as_deref() == Some(hash.as_str()),
        })
        .collect();
    let now = state.config.clock.now();
    let tokens = db
        .tokens_of(a.id)
        .await?
        .into_iter()
        .map(|t| TokenView {
            id: t.id,
            name: t.name,
            created: when(tr, t.created_at),
            last_used: t.last_used_at.map(|u| when(tr, u)).unwrap_or_else(|| tr.get("account-never-used")),
            expires: t.expires_at.map(|e| when(tr, e)).unwrap_or_else(|| "—".into()),
            ended: if t.revoked {
                Some(tr.get("account-revoked"))
            } else if t.expires_at.is_some_and(|e| e <= now) {
                Some(tr.get("account-token-expired"))
            } else {
                None
            },
        })
        .collect();
    Ok(AccountPage {
        l: Layout::new(tr, tr.get("account-title"), "/account".into()),
        name: a.name.clone(),
        email: a.email.clone(),
        is_admin: a.is_admin,
        has_totp: a.has_totp,
        token_days: [7, 30, 90, 365]
            .into_iter()
            .map(|d| (d, tr.with("account-token-days", &[("days", crate::i18n::Arg::Num(d))])))
            .collect(),
        roles,
        sessions,
        tokens,
        notice,
        new_token,
        errors,
    })
}

/// Notices shown after a redirect, by a fixed code (never free text from the URL).
fn notice(tr: &Tr, done: Option<&str>) -> Option<String> {
    match done? {
        "password" => Some(tr.get("account-password-changed")),
        "session" => Some(tr.get("account-session-ended")),
        "token" => Some(tr.get("account-token-revoked")),
        "totp" => Some(tr.get("totp-enabled")),
        "totp-off" => Some(tr.get("totp-disabled")),
        _ => None,
    }
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    uri: Uri,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let n = notice(&tr, crate::extract::query_param(&uri, "done").as_deref());
    let view = page(&state, &tr, &user, n, None, Vec::new()).await?;
    render(&view, &prefs, &tr)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
}

pub async fn change_password(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    client: ClientParts,
    PageForm(f): PageForm<PasswordForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let keep = match &user.via {
        Via::Session(h) => Some(h.as_str()),
        Via::Token => None,
    };
    match state.app.change_password(&user.account, f.current, f.password, keep, &client.0).await {
        Ok(()) => Ok(Redirect::to("/account?done=password").into_response()),
        Err(twinning_app::AppError::Invalid(errs)) => {
            let errors = field_errors(&tr, errs);
            let view = page(&state, &tr, &user, None, None, errors).await?;
            render_status(&view, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}

/// The app's validation errors as the form's field errors, in the visitor's language.
pub(super) fn field_errors(tr: &Tr, errs: twinning_domain::ValidationErrors) -> Vec<FieldError> {
    errs.0.into_iter().map(|e| FieldError::named(tr, std::borrow::Cow::Owned(e.field), e.key)).collect()
}

pub async fn revoke_session(
    State(state): State<Shared>,
    _prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(id): PagePath<i64>,
) -> Result<Response, PageError> {
    state.app.revoke_session(&user.account, id).await?;
    Ok(Redirect::to("/account?done=session").into_response())
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
    /// How many days the token works; 90 when not given.
    #[serde(default)]
    days: Option<String>,
}

pub async fn create_token(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    client: ClientParts,
    PageForm(f): PageForm<TokenForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let days = match f.days.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => twinning_app::signin::TOKEN_DAYS_DEFAULT,
        Some(d) => d.parse().unwrap_or(0),
    };
    let secret = match state.app.create_api_token(&user.account, &f.name, days, &client.0).await {
        Ok((secret, _)) => secret,
        Err(twinning_app::AppError::Invalid(errs)) => {
            let view = page(&state, &tr, &user, None, None, field_errors(&tr, errs)).await?;
            return render_status(&view, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY);
        }
        Err(e) => return Err(e.into()),
    };
    // Shown once, on this page; it is never stored or shown again.
    let view = page(&state, &tr, &user, Some(tr.get("account-token-created")), Some(secret), Vec::new()).await?;
    let mut res = render(&view, &prefs, &tr)?;
    res.headers_mut().insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    Ok(res)
}

pub async fn revoke_token(
    State(state): State<Shared>,
    _prefs: LangPrefs,
    SignedIn(user): SignedIn,
    client: ClientParts,
    PagePath(id): PagePath<i64>,
) -> Result<Response, PageError> {
    state.app.revoke_api_token(&user.account, id, &client.0).await?;
    Ok(Redirect::to("/account?done=token").into_response())
}
