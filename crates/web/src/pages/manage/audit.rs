//! `/manage/projects/{project}/audit`: what was changed in the project, by whom and when.

use axum::extract::State;
use axum::response::Response;

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::layout::{Layout, render};
use crate::pages::shared::{AuditRow, audit_rows};

use super::load;

#[derive(askama::Template)]
#[template(path = "audit.html")]
struct AuditPage {
    l: Layout,
    entries: Vec<AuditRow>,
}

pub async fn audit(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let (page, _) = load(&state, &prefs, &user, &project, true).await?;
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let entries = state.db.audit_log(Some(p), 500).await?;
    let title = page.title();
    let l = Layout::new(tr, tr.get("audit-title"), format!("/manage/projects/{p}/audit"))
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{p}"), title.text);
    render(&AuditPage { l, entries: audit_rows(tr, entries) }, &prefs, tr)
}
