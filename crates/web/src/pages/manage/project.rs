//! `/manage/projects/{project}`: one project's back office at a glance — its meetings and their
//! programmes and people, and for organisers the team, the audit log, the translations and
//! how long personal data is kept (`POST …/retention`).

use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::Shared;
use crate::access::Access;
use crate::auth::SignedIn;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, PagePath, query_param};
use crate::i18n::Txt;
use crate::layout::{Layout, render};
use crate::view::href;

use super::{load, town_label};

#[derive(askama::Template)]
#[template(path = "manage_project.html")]
struct ProjectOverview {
    l: Layout,
    title: Txt,
    role: String,
    manages: bool,
    people_href: String,
    audit_href: String,
    translations_href: String,
    public_href: String,
    base: String,
    /// Each meeting: its programme editor, its title, its details form.
    events: Vec<(String, String, String)>,
    /// Each meeting's people, for organisers and partner coordinators.
    people: Vec<(String, String)>,
    notice: Option<String>,
    /// The date after which personal data is anonymised (YYYY-MM-DD), or empty.
    retain_until: String,
}

pub async fn project(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    uri: Uri,
) -> Result<Response, PageError> {
    let (page, access) = load(&state, &prefs, &user, &project, false).await?;
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let role = match &access {
        Access::Admin => tr.get("admin-title"),
        Access::Organiser => tr.name("member-role", "organiser"),
        Access::Coordinator(town) => {
            format!("{} ({})", tr.name("member-role", "coordinator"), town_label(tr, &page, town))
        }
        Access::Participant => tr.name("member-role", "participant"),
        Access::None => String::new(),
    };
    let title = page.title();
    let l =
        Layout::new(tr, title.text.clone(), format!("/manage/projects/{p}")).crumb("/manage", tr.get("manage-title"));
    let view = ProjectOverview {
        l,
        title,
        role,
        manages: access.manages(),
        people_href: format!("/manage/projects/{p}/people"),
        audit_href: format!("/manage/projects/{p}/audit"),
        translations_href: format!("/manage/projects/{p}/translations"),
        events: page
            .b
            .project
            .events
            .iter()
            .map(|e| {
                let title = tr.pick(&e.title, Some(&page.b.project.default_lang)).text;
                let base = format!("/manage/projects/{p}/events/{}", e.slug);
                (
                    base.clone(),
                    tr.with("manage-programme-for", &[("event", crate::i18n::Arg::Str(title))]),
                    format!("{base}/settings"),
                )
            })
            .collect(),
        people: if matches!(access, Access::Participant) {
            Vec::new()
        } else {
            page.b
                .project
                .events
                .iter()
                .map(|e| {
                    let title = tr.pick(&e.title, Some(&page.b.project.default_lang)).text;
                    (
                        format!("/manage/projects/{p}/events/{}/people", e.slug),
                        tr.with("participants-for", &[("event", crate::i18n::Arg::Str(title))]),
                    )
                })
                .collect()
        },
        base: format!("/manage/projects/{p}"),
        notice: query_param(&uri, "done").and_then(|d| match d.as_str() {
            "created" => Some(tr.get("setup-created")),
            "saved" => Some(tr.get("setup-saved")),
            "event-deleted" => Some(tr.get("events-deleted")),
            "retention" => Some(tr.get("retention-saved")),
            "privacy" => Some(tr.get("privacy-edit-saved")),
            _ => None,
        }),
        public_href: href::project(p),
        retain_until: state.db.retention(p).await?.map(|d| d.to_string()).unwrap_or_default(),
    };
    render(&view, &prefs, tr)
}

#[derive(Deserialize)]
pub struct RetentionForm {
    #[serde(default)]
    until: String,
}

/// `POST /manage/projects/{project}/retention`: until when personal data is kept (empty: no
/// date set). After it, people are anonymised but still counted.
pub async fn retention(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    PageForm(f): PageForm<RetentionForm>,
) -> Result<Response, PageError> {
    let (page, _) = load(&state, &prefs, &user, &project, true).await?;
    let until = match f.until.trim() {
        "" => None,
        d => Some(chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
            PageError::from(Problem::bad_request("date.invalid", "until", "a date such as 2024-12-31"))
        })?),
    };
    let p = page.b.project.slug.as_str();
    state.app.set_retention(page.actor()?, p, until).await?;
    Ok(Redirect::to(&format!("/manage/projects/{p}?done=retention")).into_response())
}
