//! `/api/v1/projects/{project}/news…`: the project's published news posts, mirroring the
//! public news pages (drafts are not there), and for organisers writing, publishing and
//! removing posts. Each post carries its version as `ETag`; `If-Match` guards changes.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use twinning_app::AppError;
use twinning_domain::{LangTag, Slug, Translated};
use twinning_store::{NewsPost, NewsText};
use utoipa::ToSchema;

use super::dto::{Texts, texts};
use super::{ApiPath, IfMatch, etag, precondition};
use crate::Shared;
use crate::auth::ApiUser;
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
) -> Result<Response, ApiError> {
    let p = project_slug(&state, &project).await?;
    let found = state.db.news_post(&p, &post).await?;
    let version = found.as_ref().map(|x| x.version).unwrap_or_default();
    let found = found.and_then(|x| dto(&p, x)).ok_or(ApiError(Problem::not_found("news.not_found")))?;
    Ok(([(header::ETAG, etag(version))], Json(found)).into_response())
}

/// A post as its organisers see it: drafts too.
#[derive(Debug, Serialize, ToSchema)]
pub struct ManagedNewsDto {
    pub slug: String,
    pub title: Texts,
    pub body: Texts,
    pub event: Option<String>,
    /// Absent while a draft.
    pub published_at: Option<DateTime<Utc>>,
    pub version: i64,
    pub href: String,
}

fn managed(project: &str, post: &NewsPost, status: StatusCode) -> Response {
    let dto = ManagedNewsDto {
        href: href::news_post(project, post.slug.as_str()),
        slug: post.slug.to_string(),
        title: texts(&post.title),
        body: texts(&post.body),
        event: post.event.as_ref().map(|e| e.to_string()),
        published_at: post.published_at,
        version: post.version,
    };
    (status, [(header::ETAG, etag(post.version))], Json(dto)).into_response()
}

/// A post as written through the API: texts by language.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewsInput {
    /// Only when creating: lowercase letters, digits and hyphens.
    #[serde(default)]
    #[schema(pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 64)]
    pub slug: Option<String>,
    /// Only when creating: the meeting the post reports on.
    #[serde(default)]
    pub event: Option<String>,
    #[schema(schema_with = super::schemas::texts_optional)]
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub body: BTreeMap<String, String>,
}

fn translated(given: &BTreeMap<String, String>, field: &str) -> Result<Translated, AppError> {
    let mut t = Translated::new();
    merge(&mut t, given, field)?;
    Ok(t)
}

fn merge(into: &mut Translated, given: &BTreeMap<String, String>, field: &str) -> Result<(), AppError> {
    for (lang, text) in given {
        let l = LangTag::parse(lang).map_err(|e| AppError::Invalid(e.at(field).into()))?;
        if text.trim().is_empty() {
            into.0.remove(&l);
        } else {
            into.0.insert(l, text.trim().replace("\r\n", "\n"));
        }
    }
    Ok(())
}

fn news_text(input: &NewsInput) -> Result<NewsText, AppError> {
    let text = NewsText { title: translated(&input.title, "title")?, body: translated(&input.body, "body")? };
    text.validate()?;
    Ok(text)
}

async fn organiser(state: &Shared, user: &crate::auth::User, project: &str) -> Result<twinning_app::Actor, ApiError> {
    let p = project_slug(state, project).await?;
    let actor = state.app.actor(&user.account, &p).await?;
    actor.must_manage()?;
    Ok(actor)
}

/// Writes a draft post (publish it to show it).
#[utoipa::path(post, path = "/api/v1/projects/{project}/news", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug")),
    request_body = NewsInput,
    responses(
        (status = 201, description = "The draft", body = ManagedNewsDto, headers(("ETag" = String, description = "The post's version"))),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
        (status = 422, description = "The body or a field is not valid; `field` names it", body = ErrorBody)))]
pub async fn news_create(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath(project): ApiPath<String>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let actor = organiser(&state, &user, &project).await?;
    let input: NewsInput = super::parse_body(&body)?;
    let slug =
        Slug::parse(input.slug.as_deref().unwrap_or_default()).map_err(|e| AppError::Invalid(e.at("slug").into()))?;
    let event = input
        .event
        .as_deref()
        .map(|e| Slug::parse(e).map_err(|err| AppError::Invalid(err.at("event").into())))
        .transpose()?;
    let text = news_text(&input)?;
    let post = state.app.create_news(&actor, &project, &slug, event.as_ref(), &text).await?;
    Ok(managed(&project, &post, StatusCode::CREATED))
}

/// Replaces a post's texts in the languages given.
#[utoipa::path(put, path = "/api/v1/projects/{project}/news/{post}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("post" = String, Path, description = "Post slug"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the change is based on")),
    request_body = NewsInput,
    responses(
        (status = 200, description = "Changed", body = ManagedNewsDto, headers(("ETag" = String, description = "The post's new version"))),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or post", body = ErrorBody),
        (status = 412, description = "The post changed since the version in `If-Match`", body = ErrorBody),
        (status = 422, description = "The body or a field is not valid", body = ErrorBody)))]
pub async fn news_update(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, post)): ApiPath<(String, String)>,
    IfMatch(if_match): IfMatch,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let actor = organiser(&state, &user, &project).await?;
    let current = state.app.news_post(&actor, &project, &post).await?;
    let input: NewsInput = super::parse_body(&body)?;
    // A slug is fixed once the post exists and is not read here; still, one that is no slug
    // at all is refused as the schema says, rather than silently ignored.
    if let Some(s) = &input.slug {
        Slug::parse(s).map_err(|e| AppError::Invalid(e.at("slug").into()))?;
    }
    // Languages not given keep their text; an empty text removes that language's.
    let mut text = NewsText { title: current.title, body: current.body };
    merge(&mut text.title, &input.title, "title")?;
    merge(&mut text.body, &input.body, "body")?;
    text.validate().map_err(AppError::from)?;
    let post = state.app.update_news(&actor, &project, &post, if_match, &text).await.map_err(precondition)?;
    Ok(managed(&project, &post, StatusCode::OK))
}

/// Removes a post.
#[utoipa::path(delete, path = "/api/v1/projects/{project}/news/{post}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("post" = String, Path, description = "Post slug"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the removal is based on")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or post", body = ErrorBody),
        (status = 412, description = "The post changed since the version in `If-Match`", body = ErrorBody)))]
pub async fn news_delete(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, post)): ApiPath<(String, String)>,
    IfMatch(if_match): IfMatch,
) -> Result<StatusCode, ApiError> {
    let actor = organiser(&state, &user, &project).await?;
    state.app.delete_news(&actor, &project, &post, if_match).await.map_err(precondition)?;
    Ok(StatusCode::NO_CONTENT)
}

/// Publishes a post (it keeps the time of its first publication).
#[utoipa::path(post, path = "/api/v1/projects/{project}/news/{post}/publish", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("post" = String, Path, description = "Post slug")),
    responses(
        (status = 200, description = "Published", body = ManagedNewsDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or post", body = ErrorBody)))]
pub async fn news_publish(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, post)): ApiPath<(String, String)>,
) -> Result<Response, ApiError> {
    let actor = organiser(&state, &user, &project).await?;
    let post = state.app.publish_news(&actor, &project, &post, true).await?;
    Ok(managed(&project, &post, StatusCode::OK))
}

/// Takes a post back to draft.
#[utoipa::path(post, path = "/api/v1/projects/{project}/news/{post}/unpublish", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("post" = String, Path, description = "Post slug")),
    responses(
        (status = 200, description = "A draft again", body = ManagedNewsDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or post", body = ErrorBody)))]
pub async fn news_unpublish(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, post)): ApiPath<(String, String)>,
) -> Result<Response, ApiError> {
    let actor = organiser(&state, &user, &project).await?;
    let post = state.app.publish_news(&actor, &project, &post, false).await?;
    Ok(managed(&project, &post, StatusCode::OK))
}
