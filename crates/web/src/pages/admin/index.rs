//! `/admin`: the instance administrator's page — accounts, roles, the e-mail outbox (one
//! message: `mail.rs`) and the whole audit log; `POST /admin/organisers` makes an account an
//! organiser of a project, `POST /admin/accounts/{id}/starter` lets it start projects.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::require_admin;
use crate::Shared;
use crate::auth::SignedIn;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, PagePath, query_param};
use crate::form::{FieldError, error_for};
use crate::i18n::Tr;
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::{AuditRow, audit_rows};

pub struct AccountRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub admin: bool,
    pub starter: bool,
}

pub struct MailRow {
    pub href: String,
    pub recipient: String,
    pub subject: String,
    pub status: String,
    pub error: Option<String>,
}

pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(askama::Template)]
#[template(path = "admin.html")]
struct AdminPage {
    l: Layout,
    accounts: Vec<AccountRow>,
    mail: Vec<MailRow>,
    projects: Vec<Choice>,
    audit: Vec<AuditRow>,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

impl AdminPage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

async fn page(
    state: &Shared,
    tr: &Tr,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<AdminPage, PageError> {
    let db = &state.db;
    let accounts = db
        .accounts()
        .await?
        .into_iter()
        .map(|a| AccountRow {
            id: a.id,
            starter: a.may_start_projects,
            name: a.name,
            email: a.email,
            admin: a.is_admin,
        })
        .collect();
    let mail = db
        .outbox(100)
        .await?
        .into_iter()
        .map(|m| MailRow {
            href: format!("/admin/mail/{}", m.id),
            status: match m.sent_at {
                Some(at) => format!("{} {} UTC", tr.get("admin-mail-sent"), tr.time(at.naive_utc())),
                None => tr.with("admin-mail-waiting", &[("attempts", crate::i18n::Arg::Num(m.attempts))]),
            },
            recipient: m.recipient,
            subject: m.subject,
            error: m.last_error,
        })
        .collect();
    let projects = db
        .projects()
        .await?
        .into_iter()
        .map(|p| Choice { value: p.slug.to_string(), label: format!("{} — {}", p.acronym, tr.pick(&p.title, None)) })
        .collect();
    let audit = audit_rows(tr, db.audit_log(None, 100).await?);
    Ok(AdminPage {
        l: Layout::new(tr, tr.get("admin-title"), "/admin".into()),
        accounts,
        mail,
        projects,
        audit,
        errors,
        notice,
    })
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    uri: Uri,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    require_admin(&user)?;
    let notice = match query_param(&uri, "done").as_deref() {
        Some("organiser") => Some(tr.get("admin-organiser-granted")),
        Some("starter") => Some(tr.get("admin-starter-saved")),
        _ => None,
    };
    render(&page(&state, &tr, Vec::new(), notice).await?, &prefs, &tr)
}

#[derive(Deserialize)]
pub struct GrantForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    project: String,
}

/// Makes an existing account an organiser of a project: how a project gets its first organiser.
pub async fn grant(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PageForm(f): PageForm<GrantForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    require_admin(&user)?;
    match state.app.grant_organiser(&user.account, &f.email, &f.project).await {
        Ok(()) => Ok(Redirect::to("/admin?done=organiser").into_response()),
        Err(twinning_app::AppError::Invalid(errs)) => {
            let errors = errs.0.into_iter().map(|e| FieldError::named(&tr, e.field.into(), e.key)).collect();
            render_status(&page(&state, &tr, errors, None).await?, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct StarterForm {
    #[serde(default)]
    allow: String,
}

/// `POST /admin/accounts/{id}/starter`: lets an account start projects (`allow=1`) or not.
pub async fn starter(
    State(state): State<Shared>,
    _prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(id): PagePath<i64>,
    PageForm(f): PageForm<StarterForm>,
) -> Result<Response, PageError> {
    require_admin(&user)?;
    let allow = match f.allow.as_str() {
        "1" => true,
        "0" => false,
        _ => return Err(PageError::from(Problem::bad_request("allow.invalid", "allow", "1 or 0"))),
    };
    state.app.set_starter(&user.account, id, allow).await?;
    Ok(Redirect::to("/admin?done=starter").into_response())
}
