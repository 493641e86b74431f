//! `/api/v1/projects/{project}/twinnings[/{town_a}/{town_b}/{kind}]`: the links between a
//! project's partner towns (twin towns, partnerships, friendships, memoranda of cooperation),
//! for its organisers. Each link carries its version as `ETag`; `If-Match` guards changes.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use twinning_app::AppError;
use twinning_app::twinnings::VersionedTwinning;
use twinning_domain::{LangTag, SignedAt, Slug, Translated, Twinning, TwinningKind, ValidationError, WebUrl};
use utoipa::ToSchema;

use super::dto::{TwinningDto, twinning};
use super::{ApiPath, IfMatch, etag, precondition};
use crate::Shared;
use crate::auth::ApiUser;
use crate::error::{ApiError, ErrorBody};

/// A twinning with its version.
#[derive(Debug, Serialize, ToSchema)]
pub struct VersionedTwinningDto {
    #[serde(flatten)]
    pub twinning: TwinningDto,
    pub version: i64,
}

fn dto(project: &str, v: &VersionedTwinning) -> VersionedTwinningDto {
    VersionedTwinningDto { twinning: twinning(&v.twinning, Some(project)), version: v.version }
}

/// Where a twinning was signed: an item of one of the project's meetings.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignedAtInput {
    #[schema(pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")]
    pub event: String,
    #[schema(pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")]
    pub item: String,
}

/// A twinning as written through the API; the towns and the kind are in the address.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TwinningInput {
    /// When the link was made, e.g. `2018-11-09`.
    #[serde(default)]
    pub since: Option<NaiveDate>,
    /// Texts by language.
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub description: BTreeMap<String, String>,
    /// A link to the signed document.
    #[serde(default)]
    #[schema(format = "uri")]
    pub document: Option<String>,
    #[serde(default)]
    pub signed_at: Option<SignedAtInput>,
}

fn invalid(field: &str, key: &'static str, message: &str) -> AppError {
    AppError::Invalid(ValidationError::new(field, key, message).into())
}

fn kind_of(raw: &str) -> Result<TwinningKind, AppError> {
    TwinningKind::parse(raw).ok_or(AppError::NotFound("twinning.kind_unknown"))
}

fn town_of(raw: &str) -> Result<Slug, AppError> {
    Slug::parse(raw).map_err(|_| AppError::NotFound("town.not_found"))
}

fn build(towns: [Slug; 2], kind: TwinningKind, input: TwinningInput) -> Result<Twinning, AppError> {
    let mut description = Translated::new();
    for (lang, text) in input.description {
        let l = LangTag::parse(&lang).map_err(|e| AppError::Invalid(e.at("description").into()))?;
        if !text.trim().is_empty() {
            description.0.insert(l, text.trim().to_owned());
        }
    }
    let document = input
        .document
        .filter(|d| !d.trim().is_empty())
        .map(|d| WebUrl::parse(&d).map_err(|_| invalid("document", "url.invalid", "an http or https address")))
        .transpose()?;
    let signed_at = input
        .signed_at
        .map(|s| -> Result<SignedAt, AppError> {
            let slug = |raw: &str, field: &str| {
                Slug::parse(raw).map_err(|_| invalid(field, "twinning.signed_at_unknown", "no such event and item"))
            };
            Ok(SignedAt { event: slug(&s.event, "signed_at.event")?, item: slug(&s.item, "signed_at.item")? })
        })
        .transpose()?;
    Ok(Twinning { towns, kind, since: input.since, description, document, signed_at, illustrative: None })
}

/// The twinnings between the project's partner towns.
#[utoipa::path(get, path = "/api/v1/projects/{project}/twinnings", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug")),
    responses(
        (status = 200, description = "Every link between two partners, with its version", body = [VersionedTwinningDto]),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody)))]
pub async fn twinnings_list(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath(project): ApiPath<String>,
) -> Result<Json<Vec<VersionedTwinningDto>>, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    let all = state.app.twinnings(&actor, &project).await?;
    Ok(Json(all.iter().map(|t| dto(&project, t)).collect()))
}

/// Creates or changes the link of `kind` between two partner towns.
#[utoipa::path(put, path = "/api/v1/projects/{project}/twinnings/{town_a}/{town_b}/{kind}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"),
        ("town_a" = String, Path, description = "One partner town's slug, e.g. `raska`"),
        ("town_b" = String, Path, description = "The other's, e.g. `daugavpils`"),
        ("kind" = String, Path, description = "`twin`, `partnership`, `friendship` or `memorandum_of_cooperation`"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the change is based on")),
    request_body = TwinningInput,
    responses(
        (status = 201, description = "Created", body = VersionedTwinningDto, headers(("ETag" = String, description = "The link's version"))),
        (status = 200, description = "Changed", body = VersionedTwinningDto, headers(("ETag" = String, description = "The link's new version"))),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project, town or kind", body = ErrorBody),
        (status = 412, description = "The link changed since the version in `If-Match`", body = ErrorBody),
        (status = 422, description = "The body or a field is not valid, or a town is not a partner", body = ErrorBody)))]
pub async fn twinning_put(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, a, z, kind)): ApiPath<(String, String, String, String)>,
    IfMatch(if_match): IfMatch,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    actor.must_manage()?;
    let (towns, kind) = ([town_of(&a)?, town_of(&z)?], kind_of(&kind)?);
    let input: TwinningInput = if body.is_empty() { TwinningInput::default() } else { super::parse_body(&body)? };
    let t = build(towns, kind, input)?;
    let (v, created) = state.app.put_twinning(&actor, &project, t, if_match).await.map_err(precondition)?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, [(header::ETAG, etag(v.version))], Json(dto(&project, &v))).into_response())
}

/// Removes the link of `kind` between two partner towns.
#[utoipa::path(delete, path = "/api/v1/projects/{project}/twinnings/{town_a}/{town_b}/{kind}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"),
        ("town_a" = String, Path, description = "One partner town's slug"),
        ("town_b" = String, Path, description = "The other's"),
        ("kind" = String, Path, description = "The link's kind"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the removal is based on")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such link", body = ErrorBody),
        (status = 412, description = "The link changed since the version in `If-Match`", body = ErrorBody)))]
pub async fn twinning_delete(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, a, z, kind)): ApiPath<(String, String, String, String)>,
    IfMatch(if_match): IfMatch,
) -> Result<StatusCode, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    actor.must_manage()?;
    let (towns, kind) = ([town_of(&a)?, town_of(&z)?], kind_of(&kind)?);
    state.app.delete_twinning(&actor, &project, towns, kind, if_match).await.map_err(precondition)?;
    Ok(StatusCode::NO_CONTENT)
}
