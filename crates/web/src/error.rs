//! Errors as users see them: a page for browsers, a JSON object for the API. Each carries an
//! HTTP status and a stable key; database text and panics never reach the response.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;
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

impl Problem {
    /// Someone else changed the thing since the writer read it (`current`: its version now).
    pub fn stale(key: &'static str, current: Option<i64>) -> Self {
        let detail = match current {
            Some(v) => format!("this was changed by someone else meanwhile; it is now at version {v}: read it again"),
            None => "this was removed by someone else meanwhile".into(),
        };
        Self { status: StatusCode::CONFLICT, key, field: None, detail }
    }

    /// The same problem answered as `412 Precondition Failed` (the client's `If-Match` named a
    /// version that is no longer current).
    pub fn precondition_failed(mut self) -> Self {
        if self.key.ends_with(".changed_meanwhile") {
            self.status = StatusCode::PRECONDITION_FAILED;
        }
        self
    }
}

impl From<twinning_app::AppError> for Problem {
    fn from(e: twinning_app::AppError) -> Self {
        use twinning_app::AppError;
        match e {
            AppError::NotFound(key) => Problem::not_found(key),
            AppError::Forbidden => crate::access::forbidden(),
            AppError::Invalid(errs) => Problem::from(StoreError::Invalid(errs)),
            AppError::Stale { key, current } => Problem::stale(key, current),
            AppError::Conflict(key) => Problem::from(StoreError::Conflict(key)),
            AppError::Store(e) => Problem::from(e),
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
            StoreError::Stale { key, current } => Problem::stale(key, current),
            e => {
                tracing::error!(error = %e, "store error");
                Problem::internal()
            }
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
        // Every "changed meanwhile" reads the same to a person, whatever changed.
        let key = if p.key.ends_with(".changed_meanwhile") { "edit.changed_meanwhile" } else { p.key };
        let heading = tr.get(&format!("error-{}", key.replace(['.', '_'], "-")));
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
