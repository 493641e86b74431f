//! `POST /manage/projects/{project}/events/{event}/people/{id}/erase`: an organiser (or the
//! person's delegation's coordinator) erases a person who asked them to, as the person can
//! from their own page: places freed, their mail gone, what the funder may audit kept until
//! the retention date. Removing the person instead would lose their attendance.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};

pub async fn erase(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, id)): PagePath<(String, String, i64)>,
) -> Result<Response, PageError> {
    let ctx = super::people::load(&state, &prefs, &user, &project, &event).await?;
    let actor = state.app.actor(&user.account, ctx.project()).await?;
    let meeting = state.app.meeting(&actor, ctx.project(), ctx.event.as_str()).await?;
    state.app.erase_person(&actor, &meeting, id).await?;
    Ok(Redirect::to(&format!("/manage/projects/{}/events/{}/people?done=erased", ctx.project(), ctx.event))
        .into_response())
}
