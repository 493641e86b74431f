//! `/api/v1/projects/{project}/texts/{lang}`: a project's translatable fields in one language,
//! read and written by id (organisers only). Writes are all or nothing.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use twinning_domain::LangTag;
use twinning_domain::texts::completeness;
use utoipa::ToSchema;

use super::{ApiJson, ApiPath};
use crate::Shared;
use crate::auth::{ApiUser, User};
use crate::error::{ApiError, ErrorBody, Problem};

#[derive(Debug, Serialize, ToSchema)]
pub struct TextDto {
    /// Stable field id, e.g. `item/daugavpils-2018/memorandum-raska/title`.
    pub id: String,
    /// The kind of content: `project`, `event`, `item`, `venue`, `town`, …
    pub group: String,
    /// The text in the project's main language (or English when that is the language asked for).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The text in the language asked for, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Longest text accepted, in characters.
    pub max: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TextsDto {
    pub project: String,
    pub lang: String,
    pub source_lang: String,
    /// Fields with a text in `lang`, out of `total`.
    pub done: usize,
    pub total: usize,
    pub fields: Vec<TextDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvalidTextDto {
    pub id: String,
    pub key: String,
    pub message: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TextReportDto {
    /// True when the texts were stored; false when a problem stopped the whole write.
    pub saved: bool,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
    pub unchanged: usize,
    pub unknown: Vec<String>,
    pub invalid: Vec<InvalidTextDto>,
}

async fn load(
    state: &Shared,
    user: &User,
    project: &str,
    lang: &str,
) -> Result<(twinning_app::setup::Loaded, twinning_app::Actor, LangTag), ApiError> {
    let (loaded, actor) = super::managed(state, user, project).await?;
    let lang = LangTag::parse(lang)
        .ok()
        .filter(|l| loaded.bundle.project.languages.contains(l))
        .ok_or(ApiError(Problem::not_found("language.not_in_project")))?;
    Ok((loaded, actor, lang))
}

/// Every translatable field of the project, in one language.
#[utoipa::path(get, path = "/api/v1/projects/{project}/texts/{lang}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("lang" = String, Path, description = "One of the project's languages, e.g. `de`")),
    responses(
        (status = 200, description = "The fields", body = TextsDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project, or not one of its languages (`language.not_in_project`)", body = ErrorBody)))]
pub async fn get_texts(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, lang)): ApiPath<(String, String)>,
) -> Result<Json<TextsDto>, ApiError> {
    let (loaded, _, lang) = load(&state, &user, &project, &lang).await?;
    let b = loaded.bundle;
    let source = if lang == b.project.default_lang { LangTag::en() } else { b.project.default_lang.clone() };
    let fields = b.text_fields();
    let (done, total) = completeness(&fields, &lang);
    Ok(Json(TextsDto {
        project: b.project.slug.to_string(),
        lang: lang.to_string(),
        source_lang: source.to_string(),
        done,
        total,
        fields: fields
            .into_iter()
            .map(|f| TextDto {
                source: f.text.0.get(&source).cloned(),
                text: f.text.0.get(&lang).cloned(),
                group: f.group.to_owned(),
                max: f.max,
                id: f.id,
            })
            .collect(),
    }))
}

/// Sets texts in one language: a JSON object from field id to text; an empty text removes
/// that language's text. With any unknown id or invalid text nothing is stored (422).
/// A `422` of `PUT …/texts/{lang}`: the report when texts are refused, the usual error when
/// the body cannot be read at all.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
#[serde(untagged)]
pub enum TextsRejected {
    Report(TextReportDto),
    Error(ErrorBody),
}

#[utoipa::path(put, path = "/api/v1/projects/{project}/texts/{lang}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("lang" = String, Path, description = "One of the project's languages")),
    request_body(content = BTreeMap<String, String>, description = "Field id → text"),
    responses(
        (status = 200, description = "Stored; what changed", body = TextReportDto),
        (status = 422, description = "Nothing stored: the report names each problem, or the body is no JSON object of strings", body = TextsRejected),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or language", body = ErrorBody)))]
pub async fn put_texts(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, lang)): ApiPath<(String, String)>,
    ApiJson(texts): ApiJson<BTreeMap<String, String>>,
) -> Result<Response, ApiError> {
    let (loaded, actor, lang) = load(&state, &user, &project, &lang).await?;
    let (_, report) = state.app.save_texts(&actor, &loaded, &lang, &texts, true).await?;
    let saved = report.invalid.is_empty() && report.unknown.is_empty();
    let dto = TextReportDto {
        saved,
        changed: report.changed.into_iter().map(|(id, _, _)| id).collect(),
        removed: report.removed,
        unchanged: report.unchanged,
        unknown: report.unknown,
        invalid: report
            .invalid
            .into_iter()
            .map(|(id, e)| InvalidTextDto { id, key: e.key.to_owned(), message: e.message })
            .collect(),
    };
    let status = if saved { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, Json(dto)).into_response())
}
