//! Pages reached through a personal link, a secret in the address instead of an account:
//! `/my/{token}` (one's own programme), `/feeds/{token}/programme.ics` (its calendar feed) and
//! `/join/{token}` (a delegation's self-registration), `/confirm/{token}` (confirming a
//! registration by e-mail).

pub(super) mod confirm;
pub(super) mod feeds;
pub(super) mod join;
pub(super) mod my;
