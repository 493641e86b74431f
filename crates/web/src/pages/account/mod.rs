//! A person's account.

pub(super) mod index;
pub(super) mod invitations;
pub(super) mod password_reset;
pub(super) mod signin;
