//! Retention of personal data: the date after which a project's people are anonymised, the
//! purge that does it, and erasing one person on request. What the funder may audit (a
//! person's name and town beside their attendance) stays until the retention date; after it
//! only counts remain (country, role, delegation, registrations and attendance of a blank
//! person). The mail written for a person goes with them, queued or sent.

use crate::{Db, StoreError, now, on_pool};

/// What an anonymised person keeps: their country, role and delegation, for the counts the
/// funder's report needs. Everything else is blanked, and their links stop working.
const ANONYMISE: &str = "UPDATE participants SET name = '', email = NULL, town = '', arrival_place = '', arrival_time = NULL, \
     arrival_by = NULL, departure_place = '', departure_time = NULL, departure_by = NULL, accommodation = '', dietary = '', \
     access_needs = '', languages = '', photo_consent = 0, photo_consent_answer = 'not_asked', minor = 0, guardian_name = '', \
     guardian_consent = 0, checkin_code = NULL, manage_hash = $2, feed_hash = $3, anonymised_at = $4, updated_at = $4, \
     version = version + 1 WHERE id = $1";

/// Erasure of someone who attended, before the retention date: their name and town stay
/// beside their attendance for the funder's audit; the rest goes now.
const ERASE_KEEPING_AUDIT: &str = "UPDATE participants SET email = NULL, arrival_place = '', arrival_time = NULL, \
     arrival_by = NULL, departure_place = '', departure_time = NULL, departure_by = NULL, accommodation = '', dietary = '', \
     access_needs = '', languages = '', photo_consent = 0, photo_consent_answer = 'not_asked', minor = 0, guardian_name = '', \
     guardian_consent = 0, checkin_code = NULL, manage_hash = $2, feed_hash = $3, erased_at = $4, updated_at = $4, \
     version = version + 1 WHERE id = $1";

/// The outbox rows written for one person: linked to them, or (rows queued before the link
/// existed) addressed to them.
const MAIL_OF: &str = "FROM outbox WHERE participant_id = $1 \
     OR (participant_id IS NULL AND $2 <> '' AND (lower(recipient) = $2 OR lower(recipient) LIKE '%<' || $2 || '>'))";

/// What an erasure or a purge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erased {
    /// People blanked.
    pub people: u64,
    /// The outbox messages deleted with them, whose `.eml` files the caller removes after
    /// the commit (a crash in between leaves files but no row naming them).
    pub mail: Vec<i64>,
    /// Erased on request but kept (name, town) for the funder's audit until the retention date.
    pub kept_for_audit: bool,
}

impl Db {
    /// Erases one person on their or an organiser's request, in one transaction: the mail
    /// written for them is deleted, and their personal fields are blanked — except, when they
    /// attended and the project keeps data until a date on or after `today`, their name and
    /// town, which the retention purge blanks on that date. `hashes` replace their link hashes
    /// with values no link has.
    pub async fn erase_participant(
        &self,
        id: i64,
        hashes: (String, String),
        today: chrono::NaiveDate,
        actor: Option<i64>,
    ) -> Result<Erased, StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let found: Option<(i64, Option<String>, Option<String>, String)> = sqlx::query_as(
                "SELECT x.project_id, x.email, p.retain_until, x.event FROM participants x JOIN projects p ON p.id = x.project_id WHERE x.id = $1",
            ).bind(id).fetch_optional(&mut *tx).await?;
            let (project_id, email, until, event) = found.ok_or(StoreError::NotFound("person.not_found"))?;
            let attended: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attendance WHERE participant_id = $1")
                .bind(id).fetch_one(&mut *tx).await?;
            let audit_until = until.as_deref().map(crate::rows::date).transpose()?.filter(|d| *d >= today);
            let keep = attended > 0 && audit_until.is_some();
            let address = email.unwrap_or_default().to_lowercase();
            let mail: Vec<i64> = sqlx::query_scalar(&format!("SELECT id {MAIL_OF} ORDER BY id"))
                .bind(id).bind(&address).fetch_all(&mut *tx).await?;
            sqlx::query(&format!("DELETE {MAIL_OF}")).bind(id).bind(&address).execute(&mut *tx).await?;
            sqlx::query(if keep { ERASE_KEEPING_AUDIT } else { ANONYMISE })
                .bind(id).bind(&hashes.0).bind(&hashes.1).bind(t).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "person.erase", &format!("{event} person:{id}")).await?;
            tx.commit().await?;
            Ok(Erased { people: 1, mail, kept_for_audit: keep })
        })
    }

    /// The items a person holds a place for or waits for (their registrations not cancelled).
    pub async fn held_items(&self, participant: i64) -> Result<Vec<String>, StoreError> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT item FROM registrations WHERE participant_id = $1 AND status <> 'cancelled' ORDER BY id",
        ).bind(participant).fetch_all(pool).await?))
    }

    /// The date after which a project's personal data is blanked, if the organisers set one.
    pub async fn retention(&self, project: &str) -> Result<Option<chrono::NaiveDate>, StoreError> {
        let v: Option<Option<String>> = on_pool!(self, pool => sqlx::query_scalar("SELECT retain_until FROM projects WHERE slug = $1")
            .bind(project).fetch_optional(pool).await?);
        v.flatten().map(|d| crate::rows::date(&d)).transpose()
    }

    pub async fn set_retention(
        &self,
        project: &str,
        until: Option<chrono::NaiveDate>,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            // The default privacy notice on the public pages names the date: render them anew.
            let id: i64 = sqlx::query_scalar("UPDATE projects SET retain_until = $1, revision = revision + 1 WHERE slug = $2 RETURNING id")
                .bind(until.map(|d| d.to_string())).bind(project).fetch_optional(&mut *tx).await?
                .ok_or(StoreError::NotFound("project.not_found"))?;
            let target = until.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
            crate::audit::row(&mut *tx, t, actor, Some(id), "project.retention", &target).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Anonymises every person of every project whose retention date lies before `today`,
    /// with the mail written for them; the projects' delegation links stop working and their
    /// audit rows no longer name invited people. `hashes` makes the unusable link hashes, one
    /// pair per person.
    pub async fn purge(
        &self,
        today: chrono::NaiveDate,
        hashes: &mut (dyn FnMut() -> (String, String) + Send),
    ) -> Result<Erased, StoreError> {
        let t = now();
        // Most hours nothing is due: look before taking a write transaction.
        let any: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM participants x JOIN projects p ON p.id = x.project_id \
             WHERE p.retain_until IS NOT NULL AND p.retain_until < $1 AND x.anonymised_at IS NULL",
        ).bind(today.to_string()).fetch_one(pool).await?);
        if any == 0 {
            return Ok(Erased::default());
        }
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let due: Vec<(i64, i64, Option<String>)> = sqlx::query_as(
                "SELECT x.id, x.project_id, x.email FROM participants x JOIN projects p ON p.id = x.project_id \
                 WHERE p.retain_until IS NOT NULL AND p.retain_until < $1 AND x.anonymised_at IS NULL",
            ).bind(today.to_string()).fetch_all(&mut *tx).await?;
            let mut per_project: std::collections::BTreeMap<i64, u64> = Default::default();
            let mut mail = Vec::new();
            for (id, project, email) in &due {
                let address = email.as_deref().unwrap_or_default().to_lowercase();
                let ids: Vec<i64> = sqlx::query_scalar(&format!("SELECT id {MAIL_OF}"))
                    .bind(id).bind(&address).fetch_all(&mut *tx).await?;
                if !ids.is_empty() {
                    sqlx::query(&format!("DELETE {MAIL_OF}")).bind(id).bind(&address).execute(&mut *tx).await?;
                    mail.extend(ids);
                }
                let (a, b) = hashes();
                sqlx::query(ANONYMISE).bind(id).bind(&a).bind(&b).bind(t).execute(&mut *tx).await?;
                *per_project.entry(*project).or_default() += 1;
            }
            for (project, n) in per_project {
                // Nobody joins a delegation of a project whose people are gone, and the log
                // keeps that an invitation was sent, not to whom.
                sqlx::query("DELETE FROM join_links WHERE project_id = $1").bind(project).execute(&mut *tx).await?;
                sqlx::query("UPDATE audit_log SET target = '-' WHERE project_id = $1 AND action = 'invitation.create'")
                    .bind(project).execute(&mut *tx).await?;
                crate::audit::row(&mut *tx, t, None, Some(project), "people.purge", &format!("{n} anonymised")).await?;
            }
            tx.commit().await?;
            mail.sort_unstable();
            Ok(Erased { people: due.len() as u64, mail, kept_for_audit: false })
        })
    }

    /// A person's answer about appearing in photos (from their own page); false when there
    /// is no such person or their data was erased.
    pub async fn set_photo_consent(
        &self,
        id: i64,
        consent: twinning_domain::people::PhotoConsent,
        actor: Option<i64>,
    ) -> Result<bool, StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let project: Option<(i64, String)> = sqlx::query_as(
                "UPDATE participants SET photo_consent_answer = $1, photo_consent = $2, updated_at = $3, version = version + 1 \
                 WHERE id = $4 AND anonymised_at IS NULL AND erased_at IS NULL RETURNING project_id, event",
            ).bind(consent.as_str()).bind(i64::from(consent == twinning_domain::people::PhotoConsent::Yes)).bind(t).bind(id)
            .fetch_optional(&mut *tx).await?;
            let Some((project_id, event)) = project else { return Ok(false) };
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "person.photo_consent", &format!("{event} person:{id}")).await?;
            tx.commit().await?;
            Ok(true)
        })
    }

    /// The project's own privacy notice, per language (empty: the default notice applies).
    pub async fn privacy_notice(&self, project: &str) -> Result<twinning_domain::Translated, StoreError> {
        let v: Option<String> = on_pool!(self, pool => sqlx::query_scalar("SELECT privacy_notice FROM projects WHERE slug = $1")
            .bind(project).fetch_optional(pool).await?);
        let v = v.ok_or(StoreError::NotFound("project.not_found"))?;
        crate::rows::json(&v, "privacy notice")
    }

    /// Replaces the project's privacy notice; its public pages, which show it, are rendered anew.
    pub async fn set_privacy_notice(
        &self,
        project: &str,
        notice: &twinning_domain::Translated,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar(
                "UPDATE projects SET privacy_notice = $1, revision = revision + 1, updated_at = $2 WHERE slug = $3 RETURNING id",
            ).bind(crate::rows::to_json(notice)).bind(t).bind(project).fetch_optional(&mut *tx).await?
            .ok_or(StoreError::NotFound("project.not_found"))?;
            crate::audit::row(&mut *tx, t, actor, Some(id), "project.privacy_notice", "-").await?;
            tx.commit().await?;
        });
        Ok(())
    }
}
