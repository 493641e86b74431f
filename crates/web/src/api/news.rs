//! `/api/v1/projects/{project}/news…`: the project's published news posts, mirroring the
//! public news pages. Drafts are not there.

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiPath;
use super::dto::{Texts, texts};
use crate::Shared;
use crate::error::{ApiError, ErrorBody, Problem};
use crate::extract::slug;
use crate::view::href;

#[derive(Debug, Serialize, ToSchema)]
pub struct NewsPostDto {
    pub slug: String,
    pub title: Texts,
    /// Plain text; paragraphs are separated by a blank line.
    pub body: Texts,
    /// The meeting the post reports on, when it was drafted from one.
    pub event: Option<String>,
    pub published_at: DateTime<Utc>,
    /// The public page.
    pub href: String,
}

fn dto(project: &str, post: twinning_store::NewsPost) -> Option<NewsPostDto> {
    Some(NewsPostDto {
        href: href::news_post(project, post.slug.as_str()),
        slug: post.slug.to_string(),
        title: texts(&post.title),
        body: texts(&post.body),
        event: post.event.map(|e| e.to_string()),
        published_at: post.published_at?,
    })
}

async fn project_slug(state: &Shared, project: &str) -> Result<String, ApiError> {
    let s = slug(project, "project.not_found")?;
    // A cheap look-up: the posts need the project to exist, not its contents.
    if state.db.project_updated_at(s.as_str()).await?.is_none() {
        return Err(ApiError(Problem::not_found("project.not_found")));
    }
    Ok(s.to_string())
}

/// A project's published news, newest first.
#[utoipa::path(get, path = "/api/v1/projects/{project}/news", tag = "projects",
    params(("project" = String, Path, description = "Project slug")),
    responses(
        (status = 200, description = "The published posts, newest first", body = Vec<NewsPostDto>),
        (status = 404, description = "No such project", body = ErrorBody)))]
pub async fn news_list(
    State(state): State<Shared>,
    ApiPath(project): ApiPath<String>,
) -> Result<Json<Vec<NewsPostDto>>, ApiError> {
    let p = project_slug(&state, &project).await?;
    let posts = state.db.news(&p, false).await?;
    Ok(Json(posts.into_iter().filter_map(|x| dto(&p, x)).collect()))
}

/// One published news post.
#[utoipa::path(get, path = "/api/v1/projects/{project}/news/{post}", tag = "projects",
    params(("project" = String, Path, description = "Project slug"), ("post" = String, Path, description = "Post slug")),
    responses(
        (status = 200, description = "The post", body = NewsPostDto),
        (status = 404, description = "No such project or published post (`news.not_found`)", body = ErrorBody)))]
pub async fn news_post(
    State(state): State<Shared>,
    ApiPath((project, post)): ApiPath<(String, String)>,
) -> Result<Json<NewsPostDto>, ApiError> {
    let p = project_slug(&state, &project).await?;
    let found = state.db.news_post(&p, &post).await?.and_then(|x| dto(&p, x));
    found.map(Json).ok_or(ApiError(Problem::not_found("news.not_found")))
}
