//! A meeting's people and their attendance. Organisers handle everyone; a partner's
//! coordinator only the people of their own town's delegation. Each write touches one
//! person's rows; a change of a person's fields made against an older version is refused.

use chrono::NaiveDate;
use twinning_domain::people::Person;
use twinning_domain::{Bundle, Event, Slug, ValidationError};
use twinning_store::{PersonRecord, Upserted};

use crate::{Actor, App, AppError};

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
    /// address, or without one the same name). `links` are the hashes of their two secret links.
    pub async fn add_person(
        &self,
        actor: &Actor,
        m: &Meeting,
        delegation: Option<&Slug>,
        person: &Person,
        links: (String, String),
    ) -> Result<(i64, Upserted), AppError> {
        if !actor.standing.handles_delegation(delegation) {
            return Err(AppError::Forbidden);
        }
        let (project, event) = (m.bundle.project.slug.as_str(), m.event().slug.as_str());
        let mut once = Some(links);
        let mut next = move || once.take().unwrap_or_default();
        let done = self.db.upsert_people(project, event, delegation, &[person], &mut next, actor.account).await?;
        done.into_iter().next().ok_or(AppError::NotFound("person.not_found"))
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
