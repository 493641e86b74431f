//! The back office, `/manage/…`: what organisers, partner coordinators and participants with
//! an account do in their projects. One file per thing a URL shows; `events/` holds one
//! meeting's back office (`/manage/projects/{project}/events/{event}/…`).

pub(super) mod audit;
pub(super) mod eligibility;
pub(super) mod events;
pub(super) mod index;
pub(super) mod news;
pub(super) mod partners;
pub(super) mod people;
pub(super) mod privacy;
pub(super) mod project;
pub(super) mod report;
pub(super) mod settings;
pub(super) mod translations;
pub(super) mod venues;

use twinning_domain::Slug;

use crate::Shared;
use crate::access::{Access, forbidden};
use crate::auth::User;
use crate::error::PageError;
use crate::extract::LangPrefs;
use crate::i18n::Tr;
use crate::pages::shared::ProjectPage;

/// Loads a project for its back office and checks the person's standing there.
pub(super) async fn load(
    state: &Shared,
    prefs: &LangPrefs,
    user: &User,
    project: &str,
    need_manage: bool,
) -> Result<(ProjectPage, Access), PageError> {
    let page = ProjectPage::load_draft(state, prefs, project).await?.with_actor(state, user).await?;
    let access = page.actor()?.standing.clone();
    if !access.member() || (need_manage && !access.manages()) {
        return Err(PageError::from(forbidden()));
    }
    Ok((page, access))
}

/// A partner town's name in the page's language, else its slug.
pub(super) fn town_label(tr: &Tr, page: &ProjectPage, town: &Slug) -> String {
    page.b.town(town).map(|t| crate::view::town_name(tr, t).text).unwrap_or_else(|| town.to_string())
}
