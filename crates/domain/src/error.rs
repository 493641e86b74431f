//! Validation errors carry the field they concern and a stable key the UI translates.

use serde::Serialize;

/// One problem with one field. `key` is stable (`item.ends_before_start`) and is what
/// user interfaces translate; `field` is the path to the value (`events[0].items[2].ends_at`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    pub field: String,
    pub key: &'static str,
    pub message: String,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, key: &'static str, message: impl Into<String>) -> Self {
        Self { field: field.into(), key, message: message.into() }
    }

    /// The same error, one level deeper: `at("events[0]")` turns `slug` into `events[0].slug`.
    pub fn at(mut self, prefix: &str) -> Self {
        self.field = if self.field.is_empty() {
            prefix.to_owned()
        } else if self.field.starts_with('[') {
            format!("{prefix}{}", self.field)
        } else {
            format!("{prefix}.{}", self.field)
        };
        self
    }
}

/// Every problem found in one value, so a user can fix them all in one pass.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{} validation error(s), first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl ValidationErrors {
    pub fn push(&mut self, e: ValidationError) {
        self.0.push(e);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn into_result<T>(self, value: T) -> Result<T, Self> {
        if self.0.is_empty() { Ok(value) } else { Err(self) }
    }
}

impl From<ValidationError> for ValidationErrors {
    fn from(e: ValidationError) -> Self {
        Self(vec![e])
    }
}
