//! `/admin/mail/{id}`: one message of the e-mail outbox as it was (or will be) sent, and
//! `POST /admin/mail/{id}/retry` to send an unsent one at the next round.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::require_admin;
use crate::Shared;
use crate::auth::SignedIn;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath};
use crate::layout::{Layout, render};

/// Sends an unsent message at the worker's next round instead of after its backoff.
pub async fn retry(
    State(state): State<Shared>,
    _prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(id): PagePath<i64>,
) -> Result<Response, PageError> {
    state.app.retry_mail(&twinning_app::Actor::on_instance(&user.account), id).await?;
    Ok(Redirect::to("/admin").into_response())
}

#[derive(askama::Template)]
#[template(path = "admin_mail.html")]
struct MailPage {
    l: Layout,
    recipient: String,
    subject: String,
    body: String,
}

pub async fn mail(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(id): PagePath<i64>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    require_admin(&user)?;
    let m = state.db.outbox_message(id).await?.ok_or_else(|| Problem::not_found("mail.not_found"))?;
    let l = Layout::new(&tr, m.subject.clone(), format!("/admin/mail/{id}")).crumb("/admin", tr.get("admin-title"));
    render(&MailPage { l, recipient: m.recipient, subject: m.subject, body: m.body }, &prefs, &tr)
}
