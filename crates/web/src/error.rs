//! Errors as users see them: a page for browsers, a JSON object for the API. Each carries an
//! HTTP status and a stable key; database text and panics never reach the response.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;
use twinning_app::AppError;
use twinning_store::StoreError;
use utoipa::ToSchema;

use crate::i18n::Tr;
use crate::layout::Layout;

/// What went wrong, independent of how it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub status: StatusCode,
    /// Stable, translatable key: `project.not_found`, `query.invalid`.
    pub key: &'static str,
    /// The parameter or field concerned, if any.
    pub field: Option<String>,
    /// English detail for developers (API only; pages show the translated key).
    pub detail: String,
}

impl Problem {
    pub fn not_found(key: &'static str) -> Self {
        Self { status: StatusCode::NOT_FOUND, key, field: None, detail: "there is nothing at this address".into() }
    }
    pub fn bad_request(key: &'static str, field: impl Into<String>, detail: impl Into<String>) -> Self {
        Self { status: StatusCode::BAD_REQUEST, key, field: Some(field.into()), detail: detail.into() }
    }
    pub fn internal() -> Self {
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            key: "server.error",
            field: None,
            detail: "something went wrong on our side; it has been logged".into(),
        }
    }
    pub fn unavailable() -> Self {
        Self {
            status: StatusCode::SERVICE_UNAVAILABLE,
            key: "server.database_unavailable",
            field: None,
            detail: "the database cannot be reached right now".into(),
        }
    }
}

impl From<StoreError> for Problem {
    fn from(e: StoreError) -> Self {
        match e {
            // The cause goes to the log only; it may hold SQL or connection details.
            e if e.is_unavailable() => {
                tracing::error!(error = %e, "store error");
                Problem::unavailable()
            }
            // Handlers check their input first; these answer for what only the store can see.
            StoreError::Invalid(errs) if !errs.0.is_empty() => {
                let first = &errs.0[0];
                Problem {
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    key: first.key,
                    field: Some(first.field.clone()),
                    detail: first.message.clone(),
                }
            }
            StoreError::Conflict(key) => Problem {
                status: StatusCode::CONFLICT,
                key,
                field: None,
                detail: "this conflicts with what is stored".into(),
            },
            StoreError::NotFound(key) => Problem::not_found(key),
            e => {
                tracing::error!(error = %e, "store error");
                Problem::internal()
            }
        }
    }
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Self {
        match e {
            AppError::Store(e) => e.into(),
            AppError::NotFound(key) => Problem::not_found(key),
            AppError::Forbidden => crate::access::forbidden(),
            AppError::Invalid(errs) => StoreError::Invalid(errs).into(),
            AppError::Conflict(key) => StoreError::Conflict(key).into(),
            AppError::Stale { key, .. } => Problem {
                status: StatusCode::PRECONDITION_FAILED,
                key,
                field: None,
                detail: "this was changed meanwhile; load it again".into(),
            },
        }
    }
}

/// The JSON body of every API error.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// HTTP status code.
    pub status: u16,
    /// Stable key for clients to translate, e.g. `project.not_found`.
    pub key: String,
    /// The request parameter or field concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Human-readable detail in English.
    pub message: String,
}

/// An error answered as JSON.
#[derive(Debug)]
pub struct ApiError(pub Problem);

impl<E: Into<Problem>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let p = self.0;
        let body = ErrorBody {
            error: ErrorDetail { status: p.status.as_u16(), key: p.key.to_owned(), field: p.field, message: p.detail },
        };
        (p.status, Json(body)).into_response()
    }
}

/// An error answered as a page in the visitor's language (boxed: it travels in every
/// handler's `Result`, which should stay small).
#[derive(Debug)]
pub struct PageError(Box<(Problem, Tr)>);

impl PageError {
    pub fn new(tr: &Tr, problem: impl Into<Problem>) -> Self {
        Self(Box::new((problem.into(), tr.clone())))
    }
}

#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    l: Layout,
    heading: String,
    explanation: String,
    field: Option<String>,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (p, tr) = *self.0;
        let heading = tr.get(&format!("error-{}", p.key.replace(['.', '_'], "-")));
        let l = Layout::new(&tr, heading.clone(), "/".into());
        let page =
            ErrorPage { l, heading, explanation: tr.get(&format!("error-{}-help", p.status.as_u16())), field: p.field };
        match askama::Template::render(&page) {
            Ok(html) => (p.status, Html(html)).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                (p.status, p.key).into_response()
            }
        }
    }
}
