//! A person's account: `/account` (`index.rs`), its second factor `/account/totp` (`totp.rs`),
//! `/signin`, `/signin/totp` and `/signout`, `/password-reset`,
//! and `/invitations/{token}` where an invitation to a project's role is taken up.

pub(super) mod index;
pub(super) mod invitations;
pub(super) mod password_reset;
pub(super) mod signin;
pub(super) mod totp;
