//! The instance administrator's pages, `/admin…`: accounts, who may start projects, the
//! e-mail outbox and the whole audit log.

pub(super) mod index;
pub(super) mod mail;
pub(super) mod security;

use crate::access::forbidden;
use crate::auth::User;
use crate::error::PageError;

/// Only the instance administrator gets past here.
pub(super) fn require_admin(user: &User) -> Result<(), PageError> {
    if user.account.is_admin { Ok(()) } else { Err(PageError::from(forbidden())) }
}
