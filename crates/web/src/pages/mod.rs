//! Public HTML pages, one module per URL area (DESIGN.md §4):
//! `/` → `home`, `/projects/{project}[/partners]` → `projects`,
//! `/projects/{project}/events/{event}` → `events`,
//! `/projects/{project}/events/{event}/programme[/{item}|.ics]` → `programme`,
//! `/towns/{town}` → `towns`, `/venues/{venue}` → `venues`.

mod events;
mod home;
mod programme;
mod projects;
mod towns;
mod venues;

use axum::Router;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::routing::get;
use serde::de::DeserializeOwned;
use twinning_domain::{Bundle, Event};

use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, slug};
use crate::i18n::Tr;
use crate::{AppState, Shared};

pub fn router() -> Router<Shared> {
    Router::new()
        .route("/", get(home::get))
        .route("/projects/{project}", get(projects::show))
        .route("/projects/{project}/partners", get(projects::partners))
        .route("/projects/{project}/events/{event}", get(events::show))
        .route("/projects/{project}/events/{event}/programme", get(programme::index))
        .route("/projects/{project}/events/{event}/programme.ics", get(programme::ics))
        .route("/projects/{project}/events/{event}/programme/{item}", get(programme::item))
        .route("/towns/{town}", get(towns::show))
        .route("/venues/{venue}", get(venues::show))
}

/// Path parameters for pages: a value that cannot even be decoded names nothing, so 404.
pub struct PagePath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for PagePath<T> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(v)) => Ok(PagePath(v)),
            Err(_) => Err(PageError::new(&Tr::new("en"), Problem::not_found("route.not_found"))),
        }
    }
}

/// A project loaded for a page, with the UI language chosen against its default language.
pub struct ProjectPage {
    pub b: Bundle,
    pub tr: Tr,
}

impl ProjectPage {
    pub async fn load(state: &AppState, prefs: &LangPrefs, project: &str) -> Result<Self, PageError> {
        let tr = prefs.tr(None);
        let s = slug(project, "project.not_found").map_err(|p| PageError::new(&tr, p))?;
        let b = state
            .db
            .project_bundle(s.as_str())
            .await
            .map_err(|e| PageError::new(&tr, e))?
            .ok_or_else(|| PageError::new(&tr, Problem::not_found("project.not_found")))?;
        let tr = prefs.tr(Some(&b.project.default_lang));
        Ok(Self { b, tr })
    }

    pub fn event(&self, event: &str) -> Result<&Event, PageError> {
        self.b
            .project
            .events
            .iter()
            .find(|e| e.slug.as_str() == event)
            .ok_or_else(|| PageError::new(&self.tr, Problem::not_found("event.not_found")))
    }

    pub fn title(&self) -> crate::i18n::Txt {
        self.tr.pick(&self.b.project.title, Some(&self.b.project.default_lang))
    }
}
