//! `/api/v1/projects…`: projects, partners, meetings and programmes.

use axum::Json;
use axum::extract::State;
use twinning_domain::{Bundle, Event};

use super::ApiPath;
use super::dto::*;
use crate::Shared;
use crate::error::{ApiError, ErrorBody, Problem};
use crate::extract::slug;
use crate::view::href;

/// The project as the public sees it: published programmes only.
async fn load(state: &Shared, project: &str) -> Result<Bundle, ApiError> {
    let s = slug(project, "project.not_found")?;
    let mut b = state.db.project_bundle(s.as_str()).await?.ok_or(ApiError(Problem::not_found("project.not_found")))?;
    let published = state.db.published(s.as_str()).await?;
    crate::published::apply_published(&mut b, &published);
    Ok(b)
}

fn find_event<'a>(b: &'a Bundle, event: &str) -> Result<&'a Event, ApiError> {
    b.project.events.iter().find(|e| e.slug.as_str() == event).ok_or(ApiError(Problem::not_found("event.not_found")))
}

/// Every project on this instance.
#[utoipa::path(get, path = "/api/v1/projects", tag = "projects",
    responses((status = 200, description = "The projects, newest first", body = Vec<ProjectSummaryDto>)))]
pub async fn list(State(state): State<Shared>) -> Result<Json<Vec<ProjectSummaryDto>>, ApiError> {
    let projects = state.db.projects().await?;
    Ok(Json(
        projects
            .into_iter()
            .map(|p| ProjectSummaryDto {
                href: href::project(p.slug.as_str()),
                slug: p.slug.to_string(),
                acronym: p.acronym,
                title: texts(&p.title),
                period_start: p.period_start,
                period_end: p.period_end,
                status: p.status.to_string(),
            })
            .collect(),
    ))
}

/// A project with its partners, meetings and the agreements signed between its towns.
#[utoipa::path(get, path = "/api/v1/projects/{project}", tag = "projects",
    params(("project" = String, Path, description = "Project slug, e.g. `ttchan`")),
    responses(
        (status = 200, description = "The project", body = ProjectDto),
        (status = 404, description = "No such project (key `project.not_found`)", body = ErrorBody)))]
pub async fn show(
    State(state): State<Shared>,
    ApiPath(project): ApiPath<String>,
) -> Result<Json<ProjectDto>, ApiError> {
    let b = load(&state, &project).await?;
    Ok(Json(ProjectDto::from(&b)))
}

/// The project's partner towns and their roles.
#[utoipa::path(get, path = "/api/v1/projects/{project}/partners", tag = "projects",
    params(("project" = String, Path, description = "Project slug")),
    responses(
        (status = 200, description = "The partners, lead partner first", body = Vec<PartnerDto>),
        (status = 404, description = "No such project", body = ErrorBody)))]
pub async fn partners(
    State(state): State<Shared>,
    ApiPath(project): ApiPath<String>,
) -> Result<Json<Vec<PartnerDto>>, ApiError> {
    let b = load(&state, &project).await?;
    Ok(Json(super::dto::partners(&b)))
}

/// One meeting of a project.
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}", tag = "projects",
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug, e.g. `daugavpils-2018`")),
    responses(
        (status = 200, description = "The event", body = EventDto),
        (status = 404, description = "No such project or event (`project.not_found`, `event.not_found`)", body = ErrorBody)))]
pub async fn event(
    State(state): State<Shared>,
    ApiPath((project, event)): ApiPath<(String, String)>,
) -> Result<Json<EventDto>, ApiError> {
    let b = load(&state, &project).await?;
    let e = find_event(&b, &event)?;
    EventDto::new(&b, e).map(Json).ok_or(ApiError(Problem::internal()))
}

/// A meeting's programme, in time order. Times carry the event zone's offset.
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}/programme", tag = "projects",
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    responses(
        (status = 200, description = "The programme", body = ProgrammeDto),
        (status = 404, description = "No such project or event", body = ErrorBody)))]
pub async fn programme(
    State(state): State<Shared>,
    ApiPath((project, event)): ApiPath<(String, String)>,
) -> Result<Json<ProgrammeDto>, ApiError> {
    let b = load(&state, &project).await?;
    let e = find_event(&b, &event)?;
    Ok(Json(ProgrammeDto {
        project: b.project.slug.to_string(),
        event: e.slug.to_string(),
        time_zone: e.time_zone.name().to_owned(),
        start_date: e.start_date,
        end_date: e.end_date,
        items: e.items.iter().map(|i| ItemDto::new(&b, e, i)).collect(),
    }))
}

/// One programme item.
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}/programme/{item}", tag = "projects",
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"),
           ("item" = String, Path, description = "Programme item slug")),
    responses(
        (status = 200, description = "The item", body = ItemDto),
        (status = 404, description = "No such project, event or item (`item.not_found`)", body = ErrorBody)))]
pub async fn item(
    State(state): State<Shared>,
    ApiPath((project, event, item)): ApiPath<(String, String, String)>,
) -> Result<Json<ItemDto>, ApiError> {
    let b = load(&state, &project).await?;
    let e = find_event(&b, &event)?;
    let i = e.item(&item).ok_or(ApiError(Problem::not_found("item.not_found")))?;
    Ok(Json(ItemDto::new(&b, e, i)))
}
