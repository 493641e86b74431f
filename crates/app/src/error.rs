//! What a command or query can answer besides its result. Each variant maps to one HTTP
//! status in the web layer and carries a stable key the interface translates; database text
//! never leaves the store's log.

use twinning_domain::ValidationErrors;
use twinning_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist (`item.not_found`).
    #[error("not found: {0}")]
    NotFound(&'static str),
    /// The actor has no right to this.
    #[error("forbidden")]
    Forbidden,
    /// The input is not valid; each error names its field.
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
    /// The thing was changed by someone else since the version the writer saw; `current` is
    /// its version now (`None` when it was removed meanwhile).
    #[error("{key}: changed meanwhile (now at version {current:?})")]
    Stale { key: &'static str, current: Option<i64> },
    /// The write conflicts with what is stored (an address already used); the key names it.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error(transparent)]
    Store(StoreError),
    /// Something failed that no input could cause (a worker thread gone); logged, never shown.
    #[error("internal: {0}")]
    Internal(&'static str),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(key) => AppError::NotFound(key),
            StoreError::Conflict(key) => AppError::Conflict(key),
            StoreError::Invalid(v) => AppError::Invalid(v),
            StoreError::Stale { key, current } => AppError::Stale { key, current },
            other => AppError::Store(other),
        }
    }
}

impl AppError {
    /// The stable key of this error.
    pub fn key(&self) -> &'static str {
        match self {
            AppError::NotFound(k) | AppError::Conflict(k) => k,
            AppError::Forbidden => "auth.forbidden",
            AppError::Invalid(v) => v.0.first().map(|e| e.key).unwrap_or("input.invalid"),
            AppError::Stale { key, .. } => key,
            AppError::Store(e) if e.is_unavailable() => "database.unavailable",
            AppError::Store(_) | AppError::Internal(_) => "internal",
        }
    }
}
