//! What anyone may see without signing in: `/` (`home.rs`), `/projects/{project}…` (the
//! project, its partners, each meeting, its programme, publication and photos, news and the
//! registration of residents for public sessions), `/towns/{town}` and `/venues/{venue}`.

pub(super) mod events;
pub(super) mod home;
pub(super) mod news;
pub(super) mod photos;
pub(super) mod programme;
pub(super) mod projects;
pub(super) mod publication;
pub(super) mod registrations;
pub(super) mod towns;
pub(super) mod venues;
