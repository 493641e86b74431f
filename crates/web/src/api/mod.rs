//! The JSON API under `/api/v1/`, mirroring the public pages. Every route is declared with
//! `utoipa::path` and registered through `routes!`, so the OpenAPI document at
//! `/api/openapi.json` is generated from the routes themselves and cannot drift from them.
//! Translatable texts are returned in every stored language as `{"en": …, "lv": …}`.

mod accounts;
mod checks;
mod dto;
mod eligibility;
mod items;
mod news;
mod people;
mod photos;
mod places;
mod projects;
mod registrations;
pub mod schemas;
mod setup;
mod texts;
mod twinnings;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::Shared;
use crate::error::{ApiError, ErrorBody, Problem};

pub use dto::*;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Twinning API",
        version = "1.0.0",
        description = "Public data of town-twinning projects: projects, partners, meetings, programmes, towns and venues. \
                       Errors are JSON objects with a stable `key`.",
        license(name = "AGPL-3.0-or-later")
    ),
    components(schemas(ErrorBody)),
    modifiers(&BearerAuth),
    tags(
        (name = "projects", description = "Projects, their partners, meetings and programmes"),
        (name = "places", description = "Towns and venues"),
        (name = "people", description = "Accounts and roles; needs an API token")
    )
)]
struct ApiDoc;

/// API tokens are created on the account page or with `twinning token create`, and act with
/// their account's rights.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token from the account page or `twinning token create`, sent as `Authorization: Bearer tw_…`."))
                    .build(),
            ),
        );
    }
}

pub fn router() -> OpenApiRouter<Shared> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(projects::list, setup::create_project))
        .routes(routes!(projects::show, setup::update_project))
        .routes(routes!(projects::partners))
        .routes(routes!(projects::event, setup::put_event, setup::delete_event))
        .routes(routes!(projects::programme))
        .routes(routes!(projects::item))
        .routes(routes!(places::town))
        .routes(routes!(places::venue))
        .routes(routes!(accounts::me))
        .routes(routes!(accounts::members))
        .routes(routes!(accounts::audit))
        .routes(routes!(texts::get_texts, texts::put_texts))
        .routes(routes!(checks::programme_checks))
        .routes(routes!(items::create_item))
        .routes(routes!(items::draft_item, items::replace_item, items::delete_item))
        .routes(routes!(items::publish_programme))
        .routes(routes!(setup::put_partner, setup::delete_partner))
        .routes(routes!(setup::put_venue))
        .routes(routes!(eligibility::eligibility))
        .routes(routes!(people::people_list, people::person_create))
        .routes(routes!(people::person_show, people::person_update, people::person_delete))
        .routes(routes!(people::attendance_put, people::attendance_delete))
        .routes(routes!(registrations::register))
        .routes(routes!(registrations::cancel))
        .routes(routes!(registrations::settings_get, registrations::settings_put))
        .routes(routes!(photos::photos_list, photos::photo_create))
        .routes(routes!(photos::photo_show, photos::photo_update, photos::photo_delete))
        .routes(routes!(twinnings::twinnings_list))
        .routes(routes!(twinnings::twinning_put, twinnings::twinning_delete))
        .routes(routes!(news::news_list, news::news_create))
        .routes(routes!(news::news_post, news::news_update, news::news_delete))
        .routes(routes!(news::news_publish))
        .routes(routes!(news::news_unpublish))
}

/// The project with its draft and versions, and the caller as an actor in it, for someone
/// who manages it: 404 for an unknown project, 403 for someone without the right.
pub async fn managed(
    state: &Shared,
    user: &crate::auth::User,
    project: &str,
) -> Result<(twinning_app::setup::Loaded, twinning_app::Actor), ApiError> {
    let s = crate::extract::slug(project, "project.not_found")?;
    let loaded = state.app.load(s.as_str()).await?;
    let actor = state.app.actor(&user.account, s.as_str()).await?;
    actor.must_manage()?;
    Ok((loaded, actor))
}

/// A JSON body; what cannot be read is a 422 naming the field, what was expected and an
/// example (see [`parse_body`]).
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, ApiError> {
        let body = axum::body::Bytes::from_request(req, state).await.map_err(|e| {
            ApiError(Problem { status: e.status(), key: "request.too_large", field: None, detail: e.body_text() })
        })?;
        parse_body(&body).map(ApiJson)
    }
}

/// Reads a JSON body. A body that is not JSON, or a field of the wrong type or format, is a
/// `422` whose `field` is the path to the value (`starts_at`, `title.en`, `venues[1]`) and
/// whose message says what was expected, with an example.
pub fn parse_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let parsed: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    if parsed.is_ok()
        && let Err(e) = de.end()
    {
        let detail = format!("the body is not one JSON value: {e}");
        let status = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
        return Err(ApiError(Problem { status, key: "body.invalid", field: Some("body".into()), detail }));
    }
    parsed.map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let (key, field) = if inner.is_syntax() || inner.is_eof() || path == "." || path.is_empty() {
            ("body.invalid", "body".to_owned())
        } else {
            ("field.invalid", path)
        };
        let detail = match example_for(&field) {
            Some(example) => format!("{inner}; for example {example}"),
            None if key == "body.invalid" => format!("the body is not a JSON object of this address's schema: {inner}"),
            None => inner.to_string(),
        };
        ApiError(Problem { status: axum::http::StatusCode::UNPROCESSABLE_ENTITY, key, field: Some(field), detail })
    })
}

/// An example of a well-formed value for the fields the API's bodies share, by the field's
/// last name in its path.
fn example_for(field: &str) -> Option<&'static str> {
    let name = field.rsplit('.').next().unwrap_or(field);
    let name = name.split('[').next().unwrap_or(name);
    Some(match name {
        "starts_at" | "ends_at" => "\"2018-11-09T10:00:00+02:00\" (the meeting's local time with its zone's offset)",
        "start_date" | "end_date" | "period_start" | "period_end" | "since" | "date" => "\"2018-11-09\"",
        "capacity" | "population" => "40",
        "slug" | "delegation" | "town" | "venue" | "item" => "\"daugavpils\" (lowercase letters, digits and hyphens)",
        "title" | "description" | "hosts" | "name" | "aims" => "{\"en\": \"Youth forum\", \"lv\": \"Jauniešu forums\"}",
        "languages" => "[\"en\", \"lv\"]",
        "venues" => "[\"unity-house\"]",
        "email" => "\"someone@example.org\"",
        "lat" | "lon" => "55.8749",
        _ => return None,
    })
}

/// `If-Match` as a version: `"3"` (an `ETag` this API gave). `*` or no header means any
/// version; a value that is no version of ours can never match.
pub struct IfMatch(pub Option<i64>);

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let Some(raw) = parts.headers.get(axum::http::header::IF_MATCH) else { return Ok(IfMatch(None)) };
        let raw = raw.to_str().unwrap_or("").trim();
        if raw == "*" {
            return Ok(IfMatch(None));
        }
        let version = raw.trim_start_matches("W/").trim_matches('"').parse::<i64>().ok().filter(|v| *v > 0);
        // A version no resource ever has: the write is refused as stale.
        Ok(IfMatch(Some(version.unwrap_or(0))))
    }
}

/// A resource's version as an `ETag` header value.
pub fn etag(version: i64) -> String {
    format!("\"{version}\"")
}

/// A "changed meanwhile" after an `If-Match` answers `412 Precondition Failed`.
pub fn precondition(e: twinning_app::AppError) -> ApiError {
    ApiError(Problem::from(e).precondition_failed())
}

/// Path parameters for the API: what cannot be decoded names nothing, so a JSON 404.
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(v)) => Ok(ApiPath(v)),
            Err(_) => Err(ApiError(Problem::not_found("route.not_found"))),
        }
    }
}
