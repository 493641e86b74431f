//! Errors as users see them: a page for browsers (rendered by `error_page`), a JSON object for
//! the API. Each carries an HTTP status and a stable key; database text and panics never
//! reach the response.

use axum::Json;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use twinning_store::StoreError;
use utoipa::ToSchema;

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
    /// The person is known but has no right to this.
    pub fn forbidden() -> Self {
        Self {
            status: StatusCode::FORBIDDEN,
            key: "auth.forbidden",
            field: None,
            detail: "your account has no right to this; ask the project's organiser".into(),
        }
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
            AppError::Forbidden => Problem::forbidden(),
            AppError::Invalid(errs) => Problem::from(StoreError::Invalid(errs)),
            AppError::Stale { key, current } => Problem::stale(key, current),
            AppError::Conflict(key) => Problem::from(StoreError::Conflict(key)),
            AppError::Store(e) => Problem::from(e),
            AppError::Internal(what) => {
                tracing::error!(what, "internal failure");
                Problem::internal()
            }
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
        let busy = p.key == crate::heavy::BUSY;
        let mut res = (p.status, Json(body)).into_response();
        if busy {
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(crate::heavy::RETRY_AFTER_SECS));
        }
        res
    }
}

/// An error answered as a page. A handler only says what went wrong (`?` on a [`Problem`],
/// a `StoreError` or an `AppError` makes one); the page itself is written in the visitor's
/// language by one layer, [`crate::error_page`], which finds the problem in the response.
/// (Boxed: it travels in every handler's `Result`, which should stay small.)
#[derive(Debug)]
pub struct PageError(Box<Problem>);

impl PageError {
    pub fn problem(&self) -> &Problem {
        &self.0
    }
}

impl<E: Into<Problem>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(Box::new(e.into()))
    }
}

/// The problem of a page error, carried by its response (whose body is empty) to
/// [`crate::error_page`], which renders it.
#[derive(Debug, Clone)]
pub struct PageProblem(pub Problem);

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let mut res = self.0.status.into_response();
        if self.0.key == crate::heavy::BUSY {
            // The "being prepared" page asks again by itself, without script.
            let secs = crate::heavy::RETRY_AFTER_SECS;
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
            res.headers_mut().insert(HeaderName::from_static("refresh"), HeaderValue::from(secs));
        }
        res.extensions_mut().insert(PageProblem(*self.0));
        res
    }
}

/// Numbers a page error names, such as the limit a file went over: the error page shows
/// the message `error-{key}-limit` with them, after the heading.
#[derive(Debug, Clone)]
pub struct ProblemArgs(pub Vec<(&'static str, i64)>);

impl PageError {
    /// This error's page, naming `args` (see [`ProblemArgs`]).
    pub fn with_args(self, args: Vec<(&'static str, i64)>) -> Response {
        let mut res = self.into_response();
        res.extensions_mut().insert(ProblemArgs(args));
        res
    }
}
