//! Writing a meeting's programme through the API (organisers only): create, replace and
//! delete items in the draft, and publish it. Times are RFC 3339 with any offset; they are
//! kept as wall-clock times in the event's zone.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use twinning_domain::{Audience, Bundle, ItemKind, LangTag, ProgrammeItem, Slug, Translated, ValidationError};
use utoipa::ToSchema;

use super::ApiPath;
use super::dto::ItemDto;
use crate::Shared;
use crate::auth::{ApiUser, User};
use crate::error::{ApiError, ErrorBody, Problem};

/// A programme item as written through the API.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemInput {
    /// Only when creating: lowercase letters, digits and hyphens.
    #[serde(default)]
    pub slug: Option<String>,
    /// RFC 3339 with an offset, e.g. `2018-11-09T10:00:00+02:00`.
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    /// e.g. `official_meeting`, `excursion`, `debate`.
    pub kind: String,
    /// Texts by language; languages not given keep their text.
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// `delegates` or `public`.
    pub audience: String,
    #[serde(default)]
    pub capacity: Option<u32>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
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

/// The JSON body, read only after the caller's rights are known (so that a person without
/// them learns nothing from the body's problems).
fn read(body: &[u8]) -> Result<ItemInput, ApiError> {
    serde_json::from_slice(body).map_err(|e| ApiError(Problem::bad_request("body.invalid", "body", e.to_string())))
}

fn invalid(e: ValidationError) -> ApiError {
    ApiError(Problem { status: StatusCode::UNPROCESSABLE_ENTITY, key: e.key, field: Some(e.field), detail: e.message })
}

async fn load(state: &Shared, user: &User, project: &str, event: &str) -> Result<(Bundle, usize), ApiError> {
    let b = super::managed_bundle(state, user, project).await?;
    let e = b
        .project
        .events
        .iter()
        .position(|x| x.slug.as_str() == event)
        .ok_or(ApiError(Problem::not_found("event.not_found")))?;
    Ok((b, e))
}

fn texts(into: &mut Translated, given: &BTreeMap<String, String>, field: &str) -> Result<(), ApiError> {
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

/// Applies the input to `item` (a new one or the one replaced) and checks it.
fn apply(b: &Bundle, e: usize, input: &ItemInput, mut item: ProgrammeItem) -> Result<ProgrammeItem, ApiError> {
    let ev = &b.project.events[e];
    let zone = ev.time_zone;
    item.starts_at = twinning_domain::time::to_local(zone, input.starts_at.with_timezone(&Utc));
    item.ends_at = twinning_domain::time::to_local(zone, input.ends_at.with_timezone(&Utc));
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
            Slug::parse(v).ok().filter(|s| b.venue(s).is_some()).ok_or_else(|| {
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
    if let Some(e) = item.validate(zone).0.into_iter().next() {
        return Err(invalid(e));
    }
    Ok(item)
}

fn dto(b: &Bundle, e: usize, slug: &str) -> Result<ItemDto, ApiError> {
    let ev = &b.project.events[e];
    ev.item(slug).map(|i| ItemDto::new(b, ev, i)).ok_or(ApiError(Problem::internal()))
}

/// Adds an item to the event's draft programme.
#[utoipa::path(post, path = "/api/v1/projects/{project}/events/{event}/items", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    request_body = ItemInput,
    responses(
        (status = 201, description = "Added to the draft; publish to show it", body = ItemDto),
        (status = 400, description = "Not a JSON item (`body.invalid`)", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody),
        (status = 422, description = "A field is not valid; `field` names it", body = ErrorBody)))]
pub async fn create_item(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let (mut b, e) = load(&state, &user, &project, &event).await?;
    let input: ItemInput = read(&body)?;
    let raw = input.slug.clone().unwrap_or_default();
    let s = Slug::parse(&raw).map_err(|err| invalid(err.at("slug")))?;
    if b.project.events[e].item(s.as_str()).is_some() {
        return Err(invalid(ValidationError::new(
            "slug",
            "item.slug_taken",
            "another item of this event has this slug",
        )));
    }
    let blank = ProgrammeItem {
        slug: s.clone(),
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
    let item = apply(&b, e, &input, blank)?;
    b.project.events[e].items.push(item);
    let target = format!("{event}/{s}");
    state.db.import_as(&b, Some((user.account.id, "item.create", &target))).await?;
    Ok((StatusCode::CREATED, Json(dto(&b, e, s.as_str())?)).into_response())
}

/// Replaces an item of the draft programme (texts only in the languages given).
#[utoipa::path(put, path = "/api/v1/projects/{project}/events/{event}/items/{item}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("item" = String, Path, description = "Item slug")),
    request_body = ItemInput,
    responses(
        (status = 200, description = "Changed in the draft", body = ItemDto),
        (status = 400, description = "Not a JSON item", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project, event or item", body = ErrorBody),
        (status = 422, description = "A field is not valid", body = ErrorBody)))]
pub async fn replace_item(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event, item)): ApiPath<(String, String, String)>,
    body: axum::body::Bytes,
) -> Result<Json<ItemDto>, ApiError> {
    let (mut b, e) = load(&state, &user, &project, &event).await?;
    let input: ItemInput = read(&body)?;
    let i = b.project.events[e]
        .items
        .iter()
        .position(|x| x.slug.as_str() == item)
        .ok_or(ApiError(Problem::not_found("item.not_found")))?;
    let updated = apply(&b, e, &input, b.project.events[e].items[i].clone())?;
    b.project.events[e].items[i] = updated;
    state.db.import_as(&b, Some((user.account.id, "item.update", &format!("{event}/{item}")))).await?;
    Ok(Json(dto(&b, e, &item)?))
}

/// Removes an item from the draft programme.
#[utoipa::path(delete, path = "/api/v1/projects/{project}/events/{event}/items/{item}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("item" = String, Path, description = "Item slug")),
    responses(
        (status = 204, description = "Removed from the draft"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project, event or item", body = ErrorBody)))]
pub async fn delete_item(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event, item)): ApiPath<(String, String, String)>,
) -> Result<StatusCode, ApiError> {
    let (mut b, e) = load(&state, &user, &project, &event).await?;
    if !b.remove_item(e, &item) {
        return Err(ApiError(Problem::not_found("item.not_found")));
    }
    state.db.import_as(&b, Some((user.account.id, "item.delete", &format!("{event}/{item}")))).await?;
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
    let (b, e) = load(&state, &user, &project, &event).await?;
    let done = state.db.publish(b.project.slug.as_str(), &b.project.events[e], Some(user.account.id)).await?;
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
