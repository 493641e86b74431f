//! Registering for a session open to the public, and cancelling: a place while the item has
//! one left, the waiting list otherwise; a cancellation hands its place to the first person
//! waiting. The store holds a lock on the item for the whole transaction, so no number of
//! simultaneous registrations gives out more places than there are. The letters (the
//! confirmation, the news of a freed place) are written by the command through [`Letters`],
//! in the recipient's language, and queued in the outbox in the same transaction.

use chrono::{DateTime, Utc};
use twinning_domain::{
    Audience, Bundle, CountryCode, EmailAddress, Event, ParticipantRole, ProgrammeItem, RegistrationStatus,
};
use twinning_store::{Confirmation, NewParticipant, Participant, Registered as Outcome};

use crate::letters::Addressee;
pub use crate::letters::{Letters, NoLetters, Registered};
use crate::{Actor, App, AppError};

/// A person registering, as parsed and checked by the adapter.
#[derive(Clone)]
pub struct Registrant {
    pub name: String,
    pub email: EmailAddress,
    pub town: String,
    pub country: CountryCode,
    /// The interface language they used, for their letters.
    pub lang: String,
    /// For a minor: the parent or guardian who consented (see `people::check_guardian`).
    pub guardian: Option<String>,
}

/// The hashes of a registrant's secret links and the addresses of their personal page and of
/// the page that confirms the registration (used when the meeting asks for confirmation).
pub struct Links {
    pub manage_hash: String,
    pub feed_hash: String,
    pub page: String,
    pub confirm_hash: String,
    pub confirm_page: String,
}

/// Whether an item takes registrations at `now`: open to the public, within its meeting's
/// days, and not begun.
pub fn open_for_registration(ev: &Event, item: &ProgrammeItem, now: DateTime<Utc>) -> bool {
    item.audience == Audience::Public
        && item.check_within(ev).is_ok()
        && twinning_domain::time::to_utc(ev.time_zone, item.starts_at).is_ok_and(|start| start > now)
}

/// The published programme item people register for.
async fn published_item(
    app: &App,
    project: &str,
    event: &str,
    item: &str,
) -> Result<(Bundle, usize, ProgrammeItem), AppError> {
    let mut b = app.db.project_bundle(project).await?.ok_or(AppError::NotFound("project.not_found"))?;
    let published = app.db.published(project).await?;
    for ev in &mut b.project.events {
        ev.items = published.get(ev.slug.as_str()).map(|p| p.items.clone()).unwrap_or_default();
    }
    let e =
        b.project.events.iter().position(|x| x.slug.as_str() == event).ok_or(AppError::NotFound("event.not_found"))?;
    let it = b.project.events[e].item(item).cloned().ok_or(AppError::NotFound("item.not_found"))?;
    Ok((b, e, it))
}

impl App {
    /// Registers a person for a published item open to the public; answers whether they have
    /// a place, wait, or (when the meeting asks for it) must confirm by e-mail first. Known
    /// again by their e-mail address, a person keeps what they hold and is sent nothing new.
    pub async fn register(
        &self,
        project: &str,
        event: &str,
        item: &str,
        who: &Registrant,
        links: Links,
    ) -> Result<Outcome, AppError> {
        let (b, e, it) = published_item(self, project, event, item).await?;
        let ev = &b.project.events[e];
        let now = self.clock.now();
        if !open_for_registration(ev, &it, now) {
            return Err(AppError::Conflict("registration.closed"));
        }
        let confirmation = self.db.confirm_registrations(project, event).await?.then(|| Confirmation {
            hash: links.confirm_hash.clone(),
            expires_at: now + chrono::Duration::hours(twinning_domain::CONFIRMATION_HOURS),
        });
        let new = NewParticipant {
            name: &who.name,
            email: Some(who.email.as_str()),
            town: &who.town,
            country: who.country,
            role: ParticipantRole::Resident,
            lang: &who.lang,
            manage_hash: links.manage_hash,
            feed_hash: links.feed_hash,
            guardian: who.guardian.as_deref(),
        };
        let letter = Registered {
            bundle: &b,
            event: ev,
            item: &it,
            to: Addressee { name: &who.name, email: &who.email, lang: &who.lang },
            link: &links.page,
            confirm: confirmation.as_ref().map(|c| (links.confirm_page.as_str(), c.expires_at)),
        };
        let write = |status| self.letters.registered(&letter, status);
        Ok(self.db.register(project, event, item, it.capacity, &new, confirmation.as_ref(), now, &write).await?)
    }

    /// Confirms a pending registration by the secret of its link: it takes a place if one is
    /// left, else joins the waiting list. A link that lapsed or was used is refused.
    pub async fn confirm_registration(
        &self,
        secret: &str,
    ) -> Result<(Bundle, usize, ProgrammeItem, RegistrationStatus), AppError> {
        let hash = crate::secrets::hash_secret(secret);
        let (project, event, item) = self
            .db
            .pending_registration(&hash)
            .await?
            .ok_or(AppError::NotFound("registration.confirmation_unknown"))?;
        let (b, e, it) = published_item(self, project.as_str(), event.as_str(), item.as_str()).await?;
        if !open_for_registration(&b.project.events[e], &it, self.clock.now()) {
            return Err(AppError::Conflict("registration.closed"));
        }
        let status = self.db.confirm_registration(&hash, it.capacity, self.clock.now()).await?;
        Ok((b, e, it, status))
    }

    /// Whether the meeting's registrations count only once confirmed by e-mail.
    pub async fn registration_confirmation(&self, project: &str, event: &str) -> Result<bool, AppError> {
        Ok(self.db.confirm_registrations(project, event).await?)
    }

    /// An organiser decides whether the meeting's registrations count only once confirmed by
    /// e-mail (those already made stay as they are).
    pub async fn set_registration_confirmation(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
        on: bool,
    ) -> Result<(), AppError> {
        let loaded = self.load_managed(actor, project).await?;
        if !loaded.bundle.project.events.iter().any(|e| e.slug.as_str() == event) {
            return Err(AppError::NotFound("event.not_found"));
        }
        let action = if on { "event.confirm_registrations" } else { "event.registrations_without_confirmation" };
        let audit = twinning_store::Audit { account: actor.account, action, target: event };
        Ok(self.db.set_confirm_registrations(project, event, on, audit).await?)
    }

    /// Cancels a person's registration for an item; a freed place goes to the first people
    /// waiting, each told. False when there was nothing to cancel.
    pub async fn cancel_registration(&self, who: &Participant, item: &str) -> Result<bool, AppError> {
        let found = match published_item(self, who.project.as_str(), who.event.as_str(), item).await {
            Ok(found) => Some(found),
            // An item taken off the programme can still be cancelled; nobody is promoted.
            Err(AppError::NotFound("item.not_found")) => None,
            Err(other) => return Err(other),
        };
        let capacity = found.as_ref().and_then(|(_, _, it)| it.capacity);
        let promoted = |p: &Participant| {
            let (b, e, it) = found.as_ref()?;
            self.letters.promoted(b, &b.project.events[*e], it, p)
        };
        Ok(self.db.cancel_registration(who, item, capacity, &promoted).await?)
    }

    /// An organiser cancels person `id`'s registration for an item of the meeting.
    pub async fn cancel_registration_of(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
        item: &str,
        id: i64,
    ) -> Result<(), AppError> {
        actor.must_manage()?;
        let who = self.db.participant(id).await?.filter(|p| p.project.as_str() == project && p.event.as_str() == event);
        let who = who.ok_or(AppError::NotFound("registration.not_found"))?;
        if self.cancel_registration(&who, item).await? {
            Ok(())
        } else {
            Err(AppError::NotFound("registration.not_found"))
        }
    }
}
