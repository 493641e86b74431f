//! A meeting's people and their attendance. Organisers handle everyone; a partner's
//! coordinator only the people of their own town's delegation. Each write touches one
//! person's rows; a change of a person's fields made against an older version is refused.

use chrono::NaiveDate;
use rand::Rng;
use twinning_domain::people::Person;
use twinning_domain::{Bundle, Event, Slug, ValidationError};
use twinning_store::{JoinLink, PersonRecord, Upserted};

use crate::letters::{Addressee, PersonalLink};
use crate::secrets::{feed_token, hash_secret, new_secret};
use crate::{Actor, App, AppError};

/// Check-in codes avoid letters and digits that are easy to confuse (0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A new check-in code, as printed on a badge.
pub fn checkin_code() -> String {
    let mut rng = rand::rngs::OsRng;
    (0..10).map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char).collect()
}

/// A person's new personal-page secret and the hashes of it and of its calendar feed's.
fn new_person_links() -> (String, (String, String)) {
    let manage = new_secret("m_");
    let hashes = (hash_secret(&manage), hash_secret(&feed_token(&manage)));
    (manage, hashes)
}

/// The most people one page of a list holds.
pub const PAGE_MAX: i64 = 500;

/// The meeting as the people commands need it.
pub struct Meeting {
    pub bundle: Bundle,
    pub event: usize,
}

impl Meeting {
    pub fn event(&self) -> &Event {
        &self.bundle.project.events[self.event]
    }

    /// The partner town a delegation names, or a 422 naming `field`.
    pub fn delegation(&self, raw: &str, field: &str) -> Result<Slug, AppError> {
        Slug::parse(raw).ok().filter(|s| self.bundle.project.partners.iter().any(|p| &p.town == s)).ok_or_else(|| {
            AppError::Invalid(
                ValidationError::new(field, "delegation.invalid", "not a partner town of this project").into(),
            )
        })
    }
}

impl App {
    /// The meeting, for an actor who may handle at least some of its people.
    pub async fn meeting(&self, actor: &Actor, project: &str, event: &str) -> Result<Meeting, AppError> {
        let bundle = self.db.project_bundle(project).await?.ok_or(AppError::NotFound("project.not_found"))?;
        if !(actor.standing.manages() || matches!(actor.standing, crate::Standing::Coordinator(_))) {
            return Err(AppError::Forbidden);
        }
        let e = bundle
            .project
            .events
            .iter()
            .position(|e| e.slug.as_str() == event)
            .ok_or(AppError::NotFound("event.not_found"))?;
        Ok(Meeting { bundle, event: e })
    }

    /// One page of the people the actor may see (a coordinator: their own delegation only),
    /// and how many there are in all.
    pub async fn people(
        &self,
        actor: &Actor,
        m: &Meeting,
        delegation: Option<&Slug>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<PersonRecord>, i64), AppError> {
        let own = match &actor.standing {
            crate::Standing::Coordinator(town) => Some(town),
            _ => None,
        };
        let filter = match (own, delegation) {
            (Some(town), Some(d)) if d != town => return Err(AppError::Forbidden),
            (Some(town), _) => Some(town),
            (None, d) => d,
        };
        let (project, event) = (m.bundle.project.slug.as_str(), m.event().slug.as_str());
        Ok(self.db.people_page(project, event, filter, limit.clamp(1, PAGE_MAX), offset.max(0)).await?)
    }

    /// One person, if the actor may handle their delegation.
    pub async fn person(&self, actor: &Actor, m: &Meeting, id: i64) -> Result<PersonRecord, AppError> {
        let (project, event) = (m.bundle.project.slug.as_str(), m.event().slug.as_str());
        let r = self.db.person(project, event, id).await?.ok_or(AppError::NotFound("person.not_found"))?;
        if !actor.standing.handles_delegation(r.delegation.as_ref()) {
            // Someone else's delegation is as invisible as a person who does not exist.
            return Err(AppError::NotFound("person.not_found"));
        }
        Ok(r)
    }

    /// Adds a person to a delegation (or updates the one already there with the same e-mail
    /// address, or without one the same name), with new secret links for a new person.
    pub async fn add_person(
        &self,
        actor: &Actor,
        m: &Meeting,
        delegation: Option<&Slug>,
        person: &Person,
    ) -> Result<(i64, Upserted), AppError> {
        let done = self.add_people(actor, m, delegation, &[person]).await?;
        done.into_iter().next().ok_or(AppError::NotFound("person.not_found"))
    }

    /// Adds many people to a delegation at once (a spreadsheet's rows), each updating the one
    /// already there as [`App::add_person`] does, in one transaction; what became of each.
    pub async fn add_people(
        &self,
        actor: &Actor,
        m: &Meeting,
        delegation: Option<&Slug>,
        people: &[&Person],
    ) -> Result<Vec<(i64, Upserted)>, AppError> {
        if !actor.standing.handles_delegation(delegation) {
            return Err(AppError::Forbidden);
        }
        let (project, event) = (m.bundle.project.slug.as_str(), m.event().slug.as_str());
        let mut links = crate::secrets::person_link_hashes;
        Ok(self.db.upsert_people(project, event, delegation, people, &mut links, actor.account).await?)
    }

    /// A new self-registration link for a delegation the actor handles, replacing the old one
    /// (which stops working); its token.
    pub async fn renew_join_link(&self, actor: &Actor, m: &Meeting, delegation: &Slug) -> Result<String, AppError> {
        if !actor.standing.handles_delegation(Some(delegation)) {
            return Err(AppError::Forbidden);
        }
        m.delegation(delegation.as_str(), "delegation")?;
        let token = new_secret("j_");
        let (project, event) = (m.bundle.project.slug.as_str(), m.event().slug.as_str());
        self.db.renew_join_link(project, event, delegation, &token, actor.account).await?;
        Ok(token)
    }

    /// E-mails a person the link to their own programme and calendar feed, in `lang`: new
    /// links (the earlier ones stop working) and the letter, in one transaction.
    pub async fn send_link(&self, actor: &Actor, m: &Meeting, id: i64, lang: &str) -> Result<(), AppError> {
        let r = self.person(actor, m, id).await?;
        let email = r.person.email.as_ref().ok_or_else(|| {
            AppError::Invalid(
                ValidationError::new("email", "person.no_email", "the person has no e-mail address").into(),
            )
        })?;
        let (manage, hashes) = new_person_links();
        let to = Addressee { name: &r.person.name, email, lang };
        let letter = PersonalLink { bundle: &m.bundle, event: m.event(), to, token: &manage };
        // New links nobody is told of would lock the person out of their page.
        let mail = self.letters.personal_link(&letter).ok_or(AppError::Internal("no letter for a personal link"))?;
        Ok(self.db.renew_person_links(r.id, (&hashes.0, &hashes.1), &mail, actor.account).await?)
    }

    /// Gives every person of the meeting without a check-in code one (badges print them).
    pub async fn ensure_checkin_codes(&self, actor: &Actor, project: &str, event: &str) -> Result<(), AppError> {
        actor.must_manage()?;
        Ok(self.db.ensure_checkin_codes(project, event, &mut checkin_code).await?)
    }

    /// The delegation a self-registration link belongs to.
    pub async fn join_link(&self, token: &str) -> Result<JoinLink, AppError> {
        self.db.join_link(token).await?.ok_or(AppError::NotFound("link.unknown"))
    }

    /// A person joins a delegation with its link (the link is the right): added, or known by
    /// their e-mail address updated, with new personal links and, in `lang`, the letter that
    /// carries them — in one transaction.
    pub async fn join_delegation(&self, token: &str, person: &Person, lang: &str) -> Result<Upserted, AppError> {
        let link = self.join_link(token).await?;
        let email = person.email.as_ref().ok_or_else(|| {
            AppError::Invalid(ValidationError::new("email", "email.invalid", "joining needs an e-mail address").into())
        })?;
        let bundle = self.db.project_bundle(link.project.as_str()).await?.ok_or(AppError::NotFound("link.unknown"))?;
        let event =
            bundle.project.events.iter().find(|e| e.slug == link.event).ok_or(AppError::NotFound("link.unknown"))?;
        let (manage, hashes) = new_person_links();
        let to = Addressee { name: &person.name, email, lang };
        let letter = PersonalLink { bundle: &bundle, event, to, token: &manage };
        let mail = self.letters.personal_link(&letter);
        Ok(self.db.join_delegation(&link, person, (&hashes.0, &hashes.1), lang, mail.as_ref()).await?)
    }

    /// Replaces a person's fields (only at version `if_match` when given); the new version.
    pub async fn update_person(
        &self,
        actor: &Actor,
        m: &Meeting,
        id: i64,
        if_match: Option<i64>,
        person: &Person,
    ) -> Result<i64, AppError> {
        self.person(actor, m, id).await?;
        let (project, event) = (m.bundle.project.slug.as_str(), m.event().slug.as_str());
        self.db
            .update_person(project, event, id, person, if_match, actor.account)
            .await?
            .ok_or(AppError::NotFound("person.not_found"))
    }

    /// Removes a person with their registrations, attendance and the mail written for them.
    pub async fn delete_person(
        &self,
        actor: &Actor,
        m: &Meeting,
        id: i64,
        if_match: Option<i64>,
    ) -> Result<(), AppError> {
        self.person(actor, m, id).await?;
        let (project, event) = (m.bundle.project.slug.as_str(), m.event().slug.as_str());
        let mail = self
            .db
            .delete_person(project, event, id, if_match, actor.account)
            .await?
            .ok_or(AppError::NotFound("person.not_found"))?;
        self.remove_mail_files(&mail).await;
        Ok(())
    }

    /// Erases a person of the meeting on their behalf (see [`App::erase_participant`]).
    pub async fn erase_person(&self, actor: &Actor, m: &Meeting, id: i64) -> Result<twinning_store::Erased, AppError> {
        self.person(actor, m, id).await?;
        self.erase_participant(id, Some(actor)).await
    }

    /// Marks a person present on `day` of the meeting, or not. Idempotent: marking twice is
    /// one mark, so any number of check-in desks may mark the same person at once.
    pub async fn set_attendance(
        &self,
        actor: &Actor,
        project: &str,
        ev: &Event,
        id: i64,
        day: NaiveDate,
        present: bool,
    ) -> Result<(), AppError> {
        if day < ev.start_date || day > ev.end_date {
            return Err(AppError::Invalid(
                ValidationError::new(
                    "date",
                    "attendance.day_outside",
                    format!("the meeting runs from {} to {}", ev.start_date, ev.end_date),
                )
                .into(),
            ));
        }
        let r = self.db.person(project, ev.slug.as_str(), id).await?.ok_or(AppError::NotFound("person.not_found"))?;
        if !actor.standing.handles_delegation(r.delegation.as_ref()) {
            return Err(AppError::NotFound("person.not_found"));
        }
        if self.db.set_attendance(project, ev.slug.as_str(), id, day, present, actor.account).await? {
            Ok(())
        } else {
            Err(AppError::NotFound("person.not_found"))
        }
    }
}
