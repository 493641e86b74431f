//! `/`: what Twinning is and the projects on this instance.

use axum::extract::State;
use axum::response::Response;

use crate::Shared;
use crate::error::PageError;
use crate::extract::LangPrefs;
use crate::i18n::Txt;
use crate::layout::{Layout, render};
use crate::view::href;

pub struct ProjectCard {
    pub href: String,
    pub acronym: String,
    pub title: Txt,
    pub dates: String,
    pub status: String,
}

#[derive(askama::Template)]
#[template(path = "home.html")]
struct HomePage {
    l: Layout,
    projects: Vec<ProjectCard>,
}

pub async fn get(State(state): State<Shared>, prefs: LangPrefs) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let projects = state.db.projects().await?;
    let projects = projects
        .iter()
        .map(|p| ProjectCard {
            href: href::project(p.slug.as_str()),
            acronym: p.acronym.clone(),
            title: tr.pick(&p.title, None),
            dates: tr.date_range(p.period_start, p.period_end),
            status: tr.name("status", p.status.as_str()),
        })
        .collect();
    let l = Layout::new(&tr, tr.get("home-title"), "/".into()).describe(tr.get("home-intro"));
    render(&HomePage { l, projects }, &prefs, &tr)
}
