//! The back office.

pub(super) mod eligibility;
pub(super) mod events;
pub(super) mod news;
pub(super) mod partners;
pub(super) mod people;
pub(super) mod report;
pub(super) mod settings;
pub(super) mod translations;
pub(super) mod venues;
