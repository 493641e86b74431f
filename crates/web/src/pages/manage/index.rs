//! `/manage`: the projects a person has a role in, and for the admin or someone allowed to,
//! a way to start a new one.

use axum::extract::State;
use axum::response::Response;

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::PageError;
use crate::extract::LangPrefs;
use crate::i18n::Txt;
use crate::layout::{Layout, render};

pub struct ProjectRow {
    pub href: String,
    pub title: Txt,
    pub role: String,
}

#[derive(askama::Template)]
#[template(path = "manage.html")]
struct ManagePage {
    l: Layout,
    projects: Vec<ProjectRow>,
    is_admin: bool,
    may_start: bool,
}

pub async fn index(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let projects = state
        .db
        .memberships_of(user.account.id)
        .await?
        .into_iter()
        .map(|m| ProjectRow {
            href: format!("/manage/projects/{}", m.project),
            title: tr.pick(&m.title, None),
            role: tr.name("member-role", m.role.as_str()),
        })
        .collect();
    let l = Layout::new(&tr, tr.get("manage-title"), "/manage".into());
    render(
        &ManagePage { l, projects, is_admin: user.account.is_admin, may_start: user.account.may_start_projects },
        &prefs,
        &tr,
    )
}
