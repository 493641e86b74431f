//! `/api/v1/projects/{project}/events/{event}/photos[/{id}]`: a meeting's photos, public as
//! on its publication page; organisers add them (a `multipart/form-data` upload, checked and
//! stripped of location and other metadata off the request threads), describe, order and
//! remove them. Each photo carries its version as `ETag`; `If-Match` guards changes.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use twinning_app::AppError;
use twinning_domain::{LangTag, Translated, ValidationError};
use twinning_store::{Photo, PhotoText};
use utoipa::ToSchema;

use super::dto::{Texts, texts};
use super::{ApiPath, IfMatch, etag, precondition};
use crate::Shared;
use crate::auth::ApiUser;
use crate::error::{ApiError, ErrorBody, Problem};

#[derive(Debug, Serialize, ToSchema)]
pub struct PhotoDto {
    pub id: i64,
    /// The image, public.
    pub href: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    /// What the photo shows, for people who cannot see it.
    pub alt: Texts,
    pub caption: Texts,
    /// Who took it.
    pub credit: String,
    pub position: i64,
    pub version: i64,
}

fn dto(project: &str, event: &str, p: &Photo) -> PhotoDto {
    PhotoDto {
        id: p.id,
        href: format!("/projects/{project}/events/{event}/photos/{}", p.file),
        content_type: p.content_type.clone(),
        width: p.width,
        height: p.height,
        alt: texts(&p.alt),
        caption: texts(&p.caption),
        credit: p.credit.clone(),
        position: p.position,
        version: p.version,
    }
}

fn one(project: &str, event: &str, p: &Photo, status: StatusCode) -> Response {
    (status, [(header::ETAG, etag(p.version))], Json(dto(project, event, p))).into_response()
}

/// A meeting's photos, in their order.
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}/photos", tag = "projects",
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    responses(
        (status = 200, description = "The photos", body = [PhotoDto]),
        (status = 404, description = "No such project or event", body = ErrorBody)))]
pub async fn photos_list(
    State(state): State<Shared>,
    ApiPath((project, event)): ApiPath<(String, String)>,
) -> Result<Json<Vec<PhotoDto>>, ApiError> {
    let all = state.app.photos(&project, &event).await?;
    Ok(Json(all.iter().map(|p| dto(&project, &event, p)).collect()))
}

/// One photo, with its version as `ETag`.
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}/photos/{id}", tag = "projects",
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("id" = i64, Path, description = "The photo's id")),
    responses(
        (status = 200, description = "The photo", body = PhotoDto, headers(("ETag" = String, description = "The photo's version"))),
        (status = 404, description = "No such photo", body = ErrorBody)))]
pub async fn photo_show(
    State(state): State<Shared>,
    ApiPath((project, event, id)): ApiPath<(String, String, i64)>,
) -> Result<Response, ApiError> {
    let p = state.app.photo(&project, &event, id).await?;
    Ok(one(&project, &event, &p, StatusCode::OK))
}

/// The upload's fields (`multipart/form-data`).
#[derive(Debug, ToSchema)]
#[allow(dead_code)]
pub struct PhotoUpload {
    /// A JPEG or PNG photo, at most 12 MiB.
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
    /// What the photo shows, in the language `lang` (default: the project's).
    pub alt: String,
    #[schema(nullable = false)]
    pub caption: Option<String>,
    #[schema(nullable = false)]
    pub credit: Option<String>,
    /// The language of `alt` and `caption`, e.g. `lv`.
    #[schema(nullable = false)]
    pub lang: Option<String>,
    /// `yes`: the people shown agreed to appear.
    #[schema(pattern = "^yes$", example = "yes")]
    pub consent: String,
}

fn unreadable(e: axum::extract::multipart::MultipartError) -> ApiError {
    let status = e.status();
    let key = if status == StatusCode::PAYLOAD_TOO_LARGE { "photo.too_large" } else { "upload.invalid" };
    ApiError(Problem { status, key, field: Some("file".into()), detail: e.body_text() })
}

/// Adds a photo at the end of the meeting's photos.
#[utoipa::path(post, path = "/api/v1/projects/{project}/events/{event}/photos", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    request_body(content = PhotoUpload, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Added", body = PhotoDto, headers(("ETag" = String, description = "The photo's version"))),
        (status = 400, description = "Not a multipart upload", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody),
        (status = 413, description = "Larger than 12 MiB", body = ErrorBody),
        (status = 422, description = "Not a photo we take, a text is missing, or no consent; `field` names it", body = ErrorBody),
        (status = 503, description = "The server is busy preparing other documents and images (`server.busy`): ask again after `Retry-After` seconds", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait before asking again")))))]
pub async fn photo_create(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    actor.must_manage()?;
    let b = state.db.project_bundle(&project).await?.ok_or(ApiError(Problem::not_found("project.not_found")))?;
    let mut multipart =
        multipart.map_err(|e| ApiError(Problem::bad_request("upload.invalid", "file", e.body_text())))?;
    let (mut file, mut fields) = (Vec::new(), BTreeMap::new());
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            file = field.bytes().await.map_err(unreadable)?.to_vec();
        } else if ["alt", "caption", "credit", "lang", "consent"].contains(&name.as_str()) {
            fields.insert(name, field.text().await.map_err(unreadable)?);
        }
    }
    let get = |k: &str| fields.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    let lang = match get("lang").as_str() {
        "" => b.project.default_lang.clone(),
        l => LangTag::parse(l).map_err(|e| AppError::Invalid(e.at("lang").into()))?,
    };
    let text = |v: String| {
        let mut t = Translated::new();
        if !v.is_empty() {
            t.0.insert(lang.clone(), v);
        }
        t
    };
    let texts = PhotoText { alt: text(get("alt")), caption: text(get("caption")), credit: get("credit") };
    // Preparing the image is heavy work: it holds one of the slots (see `heavy`).
    let slot = state.heavy.slot().await?;
    let p = state.app.add_photo(&actor, &project, &event, file, texts, get("consent") == "yes").await?;
    drop(slot);
    Ok(one(&project, &event, &p, StatusCode::CREATED))
}

/// A photo's texts as written through the API; languages not given keep their text.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PhotoTextInput {
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub alt: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub caption: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(max_length = 200)]
    pub credit: Option<String>,
    /// Where it goes among the meeting's photos (1 is first).
    #[serde(default)]
    #[schema(minimum = 1)]
    pub position: Option<i64>,
}

fn merge(into: &mut Translated, given: &BTreeMap<String, String>, field: &str) -> Result<(), AppError> {
    for (lang, text) in given {
        let l = LangTag::parse(lang).map_err(|e| AppError::Invalid(e.at(field).into()))?;
        if text.trim().is_empty() {
            into.0.remove(&l);
        } else {
            into.0.insert(l, text.trim().to_owned());
        }
    }
    Ok(())
}

/// Changes a photo's texts or place.
#[utoipa::path(put, path = "/api/v1/projects/{project}/events/{event}/photos/{id}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("id" = i64, Path, description = "The photo's id"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the change is based on")),
    request_body = PhotoTextInput,
    responses(
        (status = 200, description = "Changed", body = PhotoDto, headers(("ETag" = String, description = "The photo's new version"))),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such photo", body = ErrorBody),
        (status = 412, description = "The photo changed since the version in `If-Match`", body = ErrorBody),
        (status = 422, description = "The body or a field is not valid", body = ErrorBody)))]
pub async fn photo_update(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event, id)): ApiPath<(String, String, i64)>,
    IfMatch(if_match): IfMatch,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    actor.must_manage()?;
    let current = state.app.photo(&project, &event, id).await?;
    let input: PhotoTextInput = super::parse_body(&body)?;
    let mut texts = PhotoText { alt: current.alt, caption: current.caption, credit: current.credit };
    merge(&mut texts.alt, &input.alt, "alt")?;
    merge(&mut texts.caption, &input.caption, "caption")?;
    if let Some(c) = input.credit {
        texts.credit = c.trim().to_owned();
    }
    if input.position.is_some_and(|p| p < 1) {
        return Err(AppError::Invalid(ValidationError::new("position", "position.invalid", "1 or more").into()).into());
    }
    let p = state
        .app
        .update_photo(&actor, &project, &event, id, if_match, &texts, input.position)
        .await
        .map_err(precondition)?;
    Ok(one(&project, &event, &p, StatusCode::OK))
}

/// Removes a photo.
#[utoipa::path(delete, path = "/api/v1/projects/{project}/events/{event}/photos/{id}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("id" = i64, Path, description = "The photo's id"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the removal is based on")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such photo", body = ErrorBody),
        (status = 412, description = "The photo changed since the version in `If-Match`", body = ErrorBody)))]
pub async fn photo_delete(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event, id)): ApiPath<(String, String, i64)>,
    IfMatch(if_match): IfMatch,
) -> Result<StatusCode, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    state.app.delete_photo(&actor, &project, &event, id, if_match).await.map_err(precondition)?;
    Ok(StatusCode::NO_CONTENT)
}
