//! The instance administrator's pages.

pub(super) mod index;
