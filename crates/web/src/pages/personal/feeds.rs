//! `/feeds/{token}/programme.ics`: a person's own programme (see `my.rs`) as a calendar feed
//! for calendar apps. The link is a secret, kept apart from the page's so that sharing a
//! calendar does not share the page.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::my::{load, personal_event, private};
use crate::Shared;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};

/// `GET /feeds/{token}/programme.ics`: the person's programme for calendar apps.
pub async fn feed(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
) -> Result<Response, PageError> {
    let (page, who, regs) = load(&state, &prefs, &token, true).await?;
    let ev = page.event(who.event.as_str())?;
    let mine = personal_event(ev, &who, &regs, false);
    let updated = state.db.project_updated_at(page.b.project.slug.as_str()).await?.unwrap_or_default();
    let revisions = state.db.item_revisions(page.b.project.slug.as_str(), ev.slug.as_str()).await?;
    let body = crate::ics::programme(&page.tr, &page.b, &mine, updated, &revisions);
    let res = ([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], body).into_response();
    let mut res = private(res);
    *res.status_mut() = StatusCode::OK;
    Ok(res)
}
