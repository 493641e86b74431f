//! The letters commands send, as a port: the commands say what a letter is about (with data
//! only), the web crate writes it in the recipient's language with its translations, and the
//! command queues it in the outbox in the same transaction as the change it reports. Nothing
//! here renders text, and the store never calls back into the web crate.

use chrono::{DateTime, Utc};
use twinning_domain::{Bundle, EmailAddress, Event, ProgrammeItem, RegistrationStatus, Role, Slug};
use twinning_store::{Mail, Participant};

/// Writes the letters the commands send. The web crate implements it with its translations.
pub trait Letters: Send + Sync {
    /// The confirmation for a person who registered, in `status`; `link` is their personal page.
    fn registered(&self, letter: &Registered<'_>, status: RegistrationStatus) -> Option<Mail>;
    /// The news that a place is free now, for a person who waited.
    fn promoted(&self, b: &Bundle, ev: &Event, item: &ProgrammeItem, p: &Participant) -> Option<Mail>;
    /// The invitation to take a role in a project.
    fn invitation(&self, letter: &RoleInvitation<'_>) -> Option<Mail>;
    /// The link to a person's own programme of a meeting: after joining a delegation, or sent
    /// again by an organiser.
    fn personal_link(&self, letter: &PersonalLink<'_>) -> Option<Mail>;
    /// The link to choose a new password (`signin.rs`); none by default.
    fn password_reset(&self, _letter: &ResetLetter<'_>) -> Option<Mail> {
        None
    }
}

/// What a password-reset letter says.
pub struct ResetLetter<'a> {
    /// The language the request was made in.
    pub lang: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    /// The link (its secret is only in this letter).
    pub link: &'a str,
    pub minutes: i64,
}

/// Who a letter about a person's own place goes to.
pub struct Addressee<'a> {
    pub name: &'a str,
    pub email: &'a EmailAddress,
    /// The language the person used.
    pub lang: &'a str,
}

/// What a registration letter says.
pub struct Registered<'a> {
    pub bundle: &'a Bundle,
    pub event: &'a Event,
    pub item: &'a ProgrammeItem,
    pub to: Addressee<'a>,
    /// Their personal page (its secret is only in this letter).
    pub link: &'a str,
    /// For a pending registration: the link that confirms it, and until when it holds.
    pub confirm: Option<(&'a str, DateTime<Utc>)>,
}

/// What an invitation to a project role says.
pub struct RoleInvitation<'a> {
    pub bundle: &'a Bundle,
    pub email: &'a EmailAddress,
    /// The inviter's name, as their account gives it.
    pub inviter: &'a str,
    pub role: Role,
    /// The partner town a coordinator acts for.
    pub town: Option<&'a Slug>,
    /// The inviter's interface language (the invited person's is not known yet).
    pub lang: &'a str,
    /// The secret of the link that accepts the invitation (only in this letter).
    pub token: &'a str,
    pub expires: DateTime<Utc>,
}

/// What the letter with a person's own link says.
pub struct PersonalLink<'a> {
    pub bundle: &'a Bundle,
    pub event: &'a Event,
    pub to: Addressee<'a>,
    /// The secret of their personal page (only in this letter).
    pub token: &'a str,
}

/// Sends nothing: for tools that change things without telling anyone.
pub struct NoLetters;

impl Letters for NoLetters {
    fn registered(&self, _: &Registered<'_>, _: RegistrationStatus) -> Option<Mail> {
        None
    }
    fn promoted(&self, _: &Bundle, _: &Event, _: &ProgrammeItem, _: &Participant) -> Option<Mail> {
        None
    }
    fn invitation(&self, _: &RoleInvitation<'_>) -> Option<Mail> {
        None
    }
    fn personal_link(&self, _: &PersonalLink<'_>) -> Option<Mail> {
        None
    }
}
