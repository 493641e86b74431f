//! Twinning's domain: the words of DESIGN.md §3 as types, and the rules that keep them valid.
//!
//! Nothing here does I/O or is async. Values are parsed at the edge (`Slug::parse`,
//! `CountryCode::parse`, …): once one exists it is valid, so the store and the web
//! layer never re-check it.

pub mod account;
pub mod bundle;
pub mod checks;
pub mod country;
pub mod error;
pub mod model;
pub mod people;
pub mod rules;
pub mod texts;
pub mod time;
pub mod types;

pub use account::{EmailAddress, Role};
pub use bundle::Bundle;
pub use error::{ValidationError, ValidationErrors};
pub use model::*;
pub use types::*;
