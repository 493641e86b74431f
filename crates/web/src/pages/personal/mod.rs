//! Pages reached through a personal link.

pub(super) mod feeds;
pub(super) mod join;
pub(super) mod my;
