//! `/account`: one's own name and roles, password (`POST /account/password`), sessions
//! (`…/sessions/{id}/revoke`) and API tokens (`POST /account/tokens`, `…/tokens/{id}/revoke`).

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::Shared;
use crate::auth::{SignedIn, User, Via, hash_password, hash_secret, new_secret, verify_password};
use crate::error::{PageError, Problem};
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
    pub revoked: bool,
}

#[derive(askama::Template)]
#[template(path = "account.html")]
struct AccountPage {
    l: Layout,
    name: String,
    email: String,
    is_admin: bool,
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
    let tokens = db
        .tokens_of(a.id)
        .await?
        .into_iter()
        .map(|t| TokenView {
            id: t.id,
            name: t.name,
            created: when(tr, t.created_at),
            last_used: t.last_used_at.map(|u| when(tr, u)).unwrap_or_else(|| tr.get("account-never-used")),
            revoked: t.revoked,
        })
        .collect();
    Ok(AccountPage {
        l: Layout::new(tr, tr.get("account-title"), "/account".into()),
        name: a.name.clone(),
        email: a.email.clone(),
        is_admin: a.is_admin,
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
    PageForm(f): PageForm<PasswordForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let mut errors = Vec::new();
    if !verify_password(f.current.clone(), Some(user.account.password_hash.clone())).await {
        errors.push(FieldError::new(&tr, "current", "password.current_wrong"));
    }
    if let Err(e) = twinning_domain::account::check_password(&f.password) {
        errors.push(FieldError::new(&tr, "password", e.key));
    }
    if !errors.is_empty() {
        let view = page(&state, &tr, &user, None, None, errors).await?;
        return render_status(&view, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let hash = hash_password(f.password).await?;
    let keep = match &user.via {
        Via::Session(h) => Some(h.as_str()),
        Via::Token => None,
    };
    state.db.set_password(user.account.id, &hash, keep).await?;
    Ok(Redirect::to("/account?done=password").into_response())
}

pub async fn revoke_session(
    State(state): State<Shared>,
    _prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(id): PagePath<i64>,
) -> Result<Response, PageError> {
    if !state.db.revoke_session(user.account.id, id).await? {
        return Err(PageError::from(Problem::not_found("session.not_found")));
    }
    Ok(Redirect::to("/account?done=session").into_response())
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
}

pub async fn create_token(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PageForm(f): PageForm<TokenForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let name = match twinning_domain::account::check_display_name(&f.name) {
        Ok(n) => n,
        Err(_) => {
            let view =
                page(&state, &tr, &user, None, None, vec![FieldError::new(&tr, "token-name", "token.name_invalid")])
                    .await?;
            return render_status(&view, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let secret = new_secret("tw_");
    state.db.create_token(user.account.id, &name, &hash_secret(&secret)).await?;
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
    PagePath(id): PagePath<i64>,
) -> Result<Response, PageError> {
    if !state.db.revoke_token(user.account.id, id).await? {
        return Err(PageError::from(Problem::not_found("token.not_found")));
    }
    Ok(Redirect::to("/account?done=token").into_response())
}
