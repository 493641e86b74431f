//! `POST /manage/projects/{project}/events/{event}/registration-settings`: whether the
//! meeting's public registrations count only once confirmed by e-mail (the form is on the
//! meeting's programme page).

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::form::Submitted;
use crate::pages::shared::ProjectPage;

/// `POST …/registration-settings`.
pub async fn save(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let ev = &page.b.project.events[page.event_index(&event)?];
    let on = Submitted::parse(&body)?.get("confirm_by_email") == "yes";
    let actor = state.app.actor(&user.account, page.b.project.slug.as_str()).await?;
    state.app.set_registration_confirmation(&actor, page.b.project.slug.as_str(), ev.slug.as_str(), on).await?;
    let base = format!("/manage/projects/{}/events/{}", page.b.project.slug, ev.slug);
    Ok(Redirect::to(&format!("{base}?done=registration-settings")).into_response())
}
