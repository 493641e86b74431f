//! The instance administrator's pages, `/admin…`: accounts, who may start projects, the
//! e-mail outbox and the whole audit log.

pub(super) mod index;
pub(super) mod mail;

use crate::access::forbidden;
use crate::auth::User;
use crate::error::PageError;
use crate::i18n::Tr;

/// Only the instance administrator gets past here.
pub(super) fn require_admin(tr: &Tr, user: &User) -> Result<(), PageError> {
    if user.account.is_admin { Ok(()) } else { Err(PageError::new(tr, forbidden())) }
}
