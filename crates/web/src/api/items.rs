//! Writing a meeting's programme through the API (organisers only): create, replace and
//! delete items in the draft, and publish it. Times are RFC 3339 with the event zone's offset
//! at that time; they are kept as wall-clock times in the event's zone. Each item carries its
//! version as `ETag`; a change sent with `If-Match` is refused with 412 if the item changed.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use twinning_app::AppError;
use twinning_app::programme::VersionedItem;
use twinning_domain::{Audience, Event, ItemKind, LangTag, ProgrammeItem, Slug, Translated, ValidationError};
use utoipa::ToSchema;

use super::dto::ItemDto;
use super::{ApiPath, IfMatch, etag, precondition};
use crate::Shared;
use crate::auth::ApiUser;
use crate::error::{ApiError, ErrorBody};

/// A programme item as written through the API.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemInput {
    /// Only when creating: lowercase letters, digits and hyphens.
    #[serde(default)]
    #[schema(schema_with = super::schemas::opt_slug)]
    pub slug: Option<String>,
    /// RFC 3339 with the event zone's offset at that time, e.g. `2018-11-09T10:00:00+02:00`
    /// for Riga in November; another offset is refused (`time.offset_mismatch`).
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    /// e.g. `official_meeting`, `excursion`, `debate`.
    #[schema(schema_with = super::schemas::item_kind)]
    pub kind: String,
    /// Texts by language; languages not given keep their text.
    #[schema(schema_with = super::schemas::texts_required)]
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub description: BTreeMap<String, String>,
    /// `delegates` or `public`.
    #[schema(schema_with = super::schemas::audience)]
    pub audience: String,
    #[serde(default)]
    pub capacity: Option<u32>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::langs)]
    pub languages: Vec<String>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub hosts: BTreeMap<String, String>,
    /// Venue slugs.
    #[serde(default)]
    pub venues: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublishedDto {
    /// The new version, or absent when there was nothing new to publish.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

fn invalid(e: ValidationError) -> AppError {
    AppError::Invalid(e.into())
}

fn texts(into: &mut Translated, given: &BTreeMap<String, String>, field: &str) -> Result<(), AppError> {
    for (lang, text) in given {
        let l = LangTag::parse(lang).map_err(|e| invalid(e.at(field)))?;
        if text.trim().is_empty() {
            into.0.remove(&l);
        } else {
            into.0.insert(l, text.clone());
        }
    }
    Ok(())
}

/// Applies the input to `item` (a new one or the one replaced); the app checks the result.
fn apply(ev: &Event, input: &ItemInput, mut item: ProgrammeItem) -> Result<ProgrammeItem, AppError> {
    let zone = ev.time_zone;
    item.starts_at =
        twinning_domain::time::local_with_offset(zone, input.starts_at).map_err(|e| invalid(e.at("starts_at")))?;
    item.ends_at =
        twinning_domain::time::local_with_offset(zone, input.ends_at).map_err(|e| invalid(e.at("ends_at")))?;
    item.kind = ItemKind::parse(&input.kind)
        .ok_or_else(|| invalid(ValidationError::new("kind", "kind.invalid", "not a kind of programme item")))?;
    item.audience = Audience::parse(&input.audience)
        .ok_or_else(|| invalid(ValidationError::new("audience", "audience.invalid", "delegates or public")))?;
    item.capacity = input.capacity;
    item.languages = input
        .languages
        .iter()
        .map(|l| LangTag::parse(l).map_err(|e| invalid(e.at("languages"))))
        .collect::<Result<_, _>>()?;
    item.venues = input
        .venues
        .iter()
        .map(|v| {
            Slug::parse(v).map_err(|_| {
                invalid(ValidationError::new(
                    "venues",
                    "venue.unknown",
                    format!("{v:?} is not a venue of this project"),
                ))
            })
        })
        .collect::<Result<_, _>>()?;
    texts(&mut item.title, &input.title, "title")?;
    texts(&mut item.description, &input.description, "description")?;
    texts(&mut item.hosts, &input.hosts, "hosts")?;
    item.illustrative = None;
    Ok(item)
}

/// The item as JSON with its version as `ETag`.
fn versioned(v: &VersionedItem, status: StatusCode) -> Response {
    let dto = ItemDto::new(&v.bundle, v.event(), &v.item);
    (status, [(header::ETAG, etag(v.version))], Json(dto)).into_response()
}

/// An organiser's item of the draft programme, with its version as `ETag` (send it back as
/// `If-Match` to change the item only if nobody else did meanwhile).
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}/items/{item}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("item" = String, Path, description = "Item slug")),
    responses(
        (status = 200, description = "The draft item; `ETag` is its version", body = ItemDto,
            headers(("ETag" = String, description = "The item's version, e.g. `\"3\"`"))),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project, event or item", body = ErrorBody)))]
pub async fn draft_item(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event, item)): ApiPath<(String, String, String)>,
) -> Result<Response, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    let v = state.app.draft_item(&actor, &project, &event, &item).await?;
    Ok(versioned(&v, StatusCode::OK))
}

/// Adds an item to the event's draft programme.
#[utoipa::path(post, path = "/api/v1/projects/{project}/events/{event}/items", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    request_body = ItemInput,
    responses(
        (status = 201, description = "Added to the draft; publish to show it", body = ItemDto,
            headers(("ETag" = String, description = "The new item's version"))),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody),
        (status = 422, description = "The body or a field is not valid; `field` names it", body = ErrorBody)))]
pub async fn create_item(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    actor.must_manage()?;
    let input: ItemInput = super::parse_body(&body)?;
    let raw = input.slug.clone().unwrap_or_default();
    let slug = Slug::parse(&raw).map_err(|err| invalid(err.at("slug")))?;
    let v = state
        .app
        .create_item(&actor, &project, &event, |_, ev| {
            let blank = ProgrammeItem {
                slug: slug.clone(),
                starts_at: Default::default(),
                ends_at: Default::default(),
                kind: ItemKind::Visit,
                title: Translated::new(),
                description: Translated::new(),
                venues: Vec::new(),
                audience: Audience::Delegates,
                capacity: None,
                languages: Vec::new(),
                hosts: Translated::new(),
                illustrative: None,
            };
            apply(ev, &input, blank)
        })
        .await?;
    Ok(versioned(&v, StatusCode::CREATED))
}

/// Replaces an item of the draft programme (texts only in the languages given).
#[utoipa::path(put, path = "/api/v1/projects/{project}/events/{event}/items/{item}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("item" = String, Path, description = "Item slug"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the change is based on; refused with 412 if the item changed since")),
    request_body = ItemInput,
    responses(
        (status = 200, description = "Changed in the draft", body = ItemDto,
            headers(("ETag" = String, description = "The item's new version"))),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project, event or item", body = ErrorBody),
        (status = 412, description = "The item changed since the version in `If-Match` (`item.changed_meanwhile`)", body = ErrorBody),
        (status = 422, description = "The body or a field is not valid", body = ErrorBody)))]
pub async fn replace_item(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event, item)): ApiPath<(String, String, String)>,
    IfMatch(if_match): IfMatch,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    // Rights and the item's existence first, so that nobody learns anything from the body.
    state.app.draft_item(&actor, &project, &event, &item).await?;
    let input: ItemInput = super::parse_body(&body)?;
    let v = state
        .app
        .update_item(&actor, &project, &event, &item, if_match, |_, ev, current| apply(ev, &input, current))
        .await
        .map_err(precondition)?;
    Ok(versioned(&v, StatusCode::OK))
}

/// Removes an item from the draft programme.
#[utoipa::path(delete, path = "/api/v1/projects/{project}/events/{event}/items/{item}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("item" = String, Path, description = "Item slug"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the removal is based on")),
    responses(
        (status = 204, description = "Removed from the draft"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project, event or item", body = ErrorBody),
        (status = 412, description = "The item changed since the version in `If-Match`", body = ErrorBody)))]
pub async fn delete_item(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event, item)): ApiPath<(String, String, String)>,
    IfMatch(if_match): IfMatch,
) -> Result<StatusCode, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    state.app.delete_item(&actor, &project, &event, &item, if_match).await.map_err(precondition)?;
    Ok(StatusCode::NO_CONTENT)
}

/// Publishes the draft programme as a new version.
#[utoipa::path(post, path = "/api/v1/projects/{project}/events/{event}/publish", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    responses(
        (status = 200, description = "The new version and what it changed; no version when nothing changed", body = PublishedDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody)))]
pub async fn publish_programme(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
) -> Result<Json<PublishedDto>, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    let done = state.app.publish_programme(&actor, &project, &event).await?;
    Ok(Json(match done {
        Some(p) => PublishedDto {
            version: Some(p.version),
            added: p.changes.added,
            changed: p.changes.changed,
            removed: p.changes.removed,
        },
        None => PublishedDto { version: None, added: vec![], changed: vec![], removed: vec![] },
    }))
}
