//! The JSON API under `/api/v1/`, mirroring the public pages. Every route is declared with
//! `utoipa::path` and registered through `routes!`, so the OpenAPI document at
//! `/api/openapi.json` is generated from the routes themselves and cannot drift from them.
//! Translatable texts are returned in every stored language as `{"en": …, "lv": …}`.

mod checks;
mod dto;
mod eligibility;
mod items;
mod news;
mod people;
mod places;
mod projects;
mod setup;
mod texts;

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
        .routes(routes!(people::me))
        .routes(routes!(people::members))
        .routes(routes!(people::audit))
        .routes(routes!(texts::get_texts, texts::put_texts))
        .routes(routes!(checks::programme_checks))
        .routes(routes!(items::create_item))
        .routes(routes!(items::replace_item, items::delete_item))
        .routes(routes!(items::publish_programme))
        .routes(routes!(setup::put_partner, setup::delete_partner))
        .routes(routes!(setup::put_venue))
        .routes(routes!(eligibility::eligibility))
        .routes(routes!(news::news_list))
        .routes(routes!(news::news_post))
}

/// The project with its draft, for someone who manages it: 404 for an unknown project,
/// 403 for someone without the right.
pub async fn managed_bundle(
    state: &Shared,
    user: &crate::auth::User,
    project: &str,
) -> Result<twinning_domain::Bundle, ApiError> {
    let s = crate::extract::slug(project, "project.not_found")?;
    let b = state.db.project_bundle(s.as_str()).await?.ok_or(ApiError(Problem::not_found("project.not_found")))?;
    if !crate::access::Access::of(state, user, s.as_str()).await?.manages() {
        return Err(ApiError(crate::access::forbidden()));
    }
    Ok(b)
}

/// A JSON body; what cannot be read is a 400 naming the problem, as JSON.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, ApiError> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(e) => Err(ApiError(Problem::bad_request("body.invalid", "body", e.body_text()))),
        }
    }
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
