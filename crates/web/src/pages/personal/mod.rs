//! Pages reached through a personal link.

pub(super) mod join;
pub(super) mod my;
