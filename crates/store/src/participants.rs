//! The people of a meeting as organisers and coordinators see them: listing (paged, by
//! delegation), adding or updating a delegation's list in one go, editing one person with a
//! version check, deleting, and renewing a person's secret links.

use twinning_domain::{CountryCode, ParticipantRole, Slug};

use crate::outbox::Mail;
use crate::rows::{slug, wire};
use crate::{Db, StoreError, now, on_pool};

/// A person as organisers and coordinators see them.
#[derive(Clone, PartialEq, Eq)]
pub struct PersonRecord {
    pub id: i64,
    /// The partner town whose delegation they belong to.
    pub delegation: Option<Slug>,
    pub person: twinning_domain::people::Person,
    pub anonymised: bool,
    /// Erased on request; what the funder may audit (name, town) is kept until the retention date.
    pub erased: bool,
    /// Printed as a QR code on the badge, for checking in.
    pub checkin_code: Option<String>,
    /// Bumped by every change of the person's fields (the API's `ETag`).
    pub version: i64,
}

impl std::fmt::Debug for PersonRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PersonRecord({})", self.id)
    }
}

/// What happened to one uploaded row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    Created,
    Updated,
}

#[derive(sqlx::FromRow)]
pub(crate) struct PersonRow {
    id: i64,
    delegation: Option<String>,
    name: String,
    email: Option<String>,
    town: String,
    country: String,
    role: String,
    arrival_place: String,
    arrival_time: Option<String>,
    arrival_by: Option<String>,
    departure_place: String,
    departure_time: Option<String>,
    departure_by: Option<String>,
    accommodation: String,
    dietary: String,
    access_needs: String,
    languages: String,
    photo_consent_answer: String,
    minor: i64,
    guardian_name: String,
    guardian_consent: i64,
    anonymised_at: Option<i64>,
    erased_at: Option<i64>,
    checkin_code: Option<String>,
    version: i64,
}

pub(crate) const PERSON_COLUMNS: &str = "x.id, x.delegation, x.name, x.email, x.town, x.country, x.role, x.arrival_place, x.arrival_time, \
     x.arrival_by, x.departure_place, x.departure_time, x.departure_by, x.accommodation, x.dietary, x.access_needs, \
     x.languages, x.photo_consent_answer, x.minor, x.guardian_name, x.guardian_consent, x.anonymised_at, x.erased_at, x.checkin_code, x.version";

impl PersonRow {
    pub(crate) fn into_record(self) -> Result<PersonRecord, StoreError> {
        use twinning_domain::people::{Person, Travel};
        use twinning_domain::{EmailAddress, LangTag, TravelBy};
        let corrupt = |what: &str| StoreError::Corrupt(format!("participant {what}"));
        let time = |t: &Option<String>| -> Result<Option<chrono::NaiveDateTime>, StoreError> {
            t.as_deref()
                .map(|t| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").map_err(|_| corrupt("time")))
                .transpose()
        };
        let by = |b: &Option<String>| -> Result<Option<TravelBy>, StoreError> {
            b.as_deref().map(|b| TravelBy::parse(b).ok_or_else(|| corrupt("travel"))).transpose()
        };
        let person = Person {
            name: self.name,
            email: self.email.as_deref().map(EmailAddress::parse).transpose().map_err(|_| corrupt("email"))?,
            town: self.town,
            country: CountryCode::parse(&self.country).map_err(|_| corrupt("country"))?,
            role: wire(&self.role, ParticipantRole::parse)?,
            arrival: Travel { place: self.arrival_place, at: time(&self.arrival_time)?, by: by(&self.arrival_by)? },
            departure: Travel {
                place: self.departure_place,
                at: time(&self.departure_time)?,
                by: by(&self.departure_by)?,
            },
            accommodation: self.accommodation,
            dietary: self.dietary,
            access_needs: self.access_needs,
            languages: self
                .languages
                .split(',')
                .filter(|l| !l.is_empty())
                .map(|l| LangTag::parse(l).map_err(|_| corrupt("language")))
                .collect::<Result<_, _>>()?,
            photo_consent: wire(&self.photo_consent_answer, twinning_domain::people::PhotoConsent::parse)?,
            minor: self.minor != 0,
            guardian_name: self.guardian_name,
            guardian_consent: self.guardian_consent != 0,
        };
        Ok(PersonRecord {
            id: self.id,
            delegation: self.delegation.as_deref().map(slug).transpose()?,
            person,
            anonymised: self.anonymised_at.is_some(),
            erased: self.erased_at.is_some(),
            checkin_code: self.checkin_code,
            version: self.version,
        })
    }
}

/// The columns a person writes, in a fixed order after `$1`.
pub(crate) const PERSON_SET: &str = "name = $2, email = $3, town = $4, country = $5, role = $6, arrival_place = $7, arrival_time = $8, \
     arrival_by = $9, departure_place = $10, departure_time = $11, departure_by = $12, accommodation = $13, dietary = $14, \
     access_needs = $15, languages = $16, photo_consent_answer = $17, updated_at = $18, minor = $19, guardian_name = $20, \
     guardian_consent = $21, version = version + 1";

pub(crate) fn time_text(t: Option<chrono::NaiveDateTime>) -> Option<String> {
    t.map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
}

/// Binds a person's columns as `$2…$21` after the query's `$1`.
macro_rules! bind_person {
    ($q:expr, $p:expr, $t:expr) => {
        $q.bind(&$p.name)
            .bind($p.email.as_ref().map(|e| e.as_str().to_owned()))
            .bind(&$p.town)
            .bind($p.country.as_str())
            .bind($p.role.as_str())
            .bind(&$p.arrival.place)
            .bind($crate::participants::time_text($p.arrival.at))
            .bind($p.arrival.by.map(|b| b.as_str()))
            .bind(&$p.departure.place)
            .bind($crate::participants::time_text($p.departure.at))
            .bind($p.departure.by.map(|b| b.as_str()))
            .bind(&$p.accommodation)
            .bind(&$p.dietary)
            .bind(&$p.access_needs)
            .bind($p.languages.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(","))
            .bind($p.photo_consent.as_str())
            .bind($t)
            .bind(i64::from($p.minor))
            .bind(&$p.guardian_name)
            .bind(i64::from($p.guardian_consent))
    };
}
pub(crate) use bind_person;

impl Db {
    /// The people of a meeting, of one delegation when `delegation` is given; by name.
    pub async fn people(
        &self,
        project: &str,
        event: &str,
        delegation: Option<&Slug>,
    ) -> Result<Vec<PersonRecord>, StoreError> {
        let rows: Vec<PersonRow> = on_pool!(self, pool => sqlx::query_as(&format!(
            "SELECT {PERSON_COLUMNS} FROM participants x JOIN projects p ON p.id = x.project_id \
             WHERE p.slug = $1 AND x.event = $2 AND ($3 IS NULL OR x.delegation = $3) ORDER BY lower(x.name), x.id"
        )).bind(project).bind(event).bind(delegation.map(|d| d.as_str())).fetch_all(pool).await?);
        rows.into_iter().map(PersonRow::into_record).collect()
    }

    /// One page of a meeting's people (of one delegation when given), by name, and how many
    /// there are in all.
    pub async fn people_page(
        &self,
        project: &str,
        event: &str,
        delegation: Option<&Slug>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<PersonRecord>, i64), StoreError> {
        let (rows, total): (Vec<PersonRow>, i64) = on_pool!(self, pool => {
            let rows = sqlx::query_as(&format!(
                "SELECT {PERSON_COLUMNS} FROM participants x JOIN projects p ON p.id = x.project_id \
                 WHERE p.slug = $1 AND x.event = $2 AND ($3 IS NULL OR x.delegation = $3) ORDER BY lower(x.name), x.id LIMIT $4 OFFSET $5"
            )).bind(project).bind(event).bind(delegation.map(|d| d.as_str())).bind(limit).bind(offset).fetch_all(pool).await?;
            let total = sqlx::query_scalar(
                "SELECT COUNT(*) FROM participants x JOIN projects p ON p.id = x.project_id \
                 WHERE p.slug = $1 AND x.event = $2 AND ($3 IS NULL OR x.delegation = $3)"
            ).bind(project).bind(event).bind(delegation.map(|d| d.as_str())).fetch_one(pool).await?;
            (rows, total)
        });
        Ok((rows.into_iter().map(PersonRow::into_record).collect::<Result<_, _>>()?, total))
    }

    /// One person of a meeting.
    pub async fn person(&self, project: &str, event: &str, id: i64) -> Result<Option<PersonRecord>, StoreError> {
        let row: Option<PersonRow> = on_pool!(self, pool => sqlx::query_as(&format!(
            "SELECT {PERSON_COLUMNS} FROM participants x JOIN projects p ON p.id = x.project_id \
             WHERE p.slug = $1 AND x.event = $2 AND x.id = $3"
        )).bind(project).bind(event).bind(id).fetch_optional(pool).await?);
        row.map(PersonRow::into_record).transpose()
    }

    /// Adds or updates people of a delegation in one transaction: a person already there (the
    /// same e-mail address, or without one the same name) is updated, not added twice.
    /// `links` gives each new person the hashes of their two secret links.
    pub async fn upsert_people(
        &self,
        project: &str,
        event: &str,
        delegation: Option<&Slug>,
        people: &[&twinning_domain::people::Person],
        links: &mut (dyn FnMut() -> (String, String) + Send),
        actor: Option<i64>,
    ) -> Result<Vec<(i64, Upserted)>, StoreError> {
        let t = now();
        let pairs: Vec<(String, String)> = people.iter().map(|_| links()).collect();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let project_id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project)
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            let mut out = Vec::new();
            for (p, (manage, feed)) in people.iter().zip(pairs) {
                let same: Option<i64> = match &p.email {
                    Some(e) => sqlx::query_scalar(
                        "SELECT id FROM participants WHERE project_id = $1 AND event = $2 AND delegation IS NOT DISTINCT FROM $3 \
                         AND lower(email) = $4 AND anonymised_at IS NULL ORDER BY id LIMIT 1",
                    ).bind(project_id).bind(event).bind(delegation.map(|d| d.as_str())).bind(e.as_str().to_lowercase()).fetch_optional(&mut *tx).await?,
                    None => sqlx::query_scalar(
                        "SELECT id FROM participants WHERE project_id = $1 AND event = $2 AND delegation IS NOT DISTINCT FROM $3 \
                         AND lower(name) = $4 AND email IS NULL AND anonymised_at IS NULL ORDER BY id LIMIT 1",
                    ).bind(project_id).bind(event).bind(delegation.map(|d| d.as_str())).bind(p.name.to_lowercase()).fetch_optional(&mut *tx).await?,
                };
                match same {
                    Some(id) => {
                        bind_person!(sqlx::query(&format!("UPDATE participants SET {PERSON_SET} WHERE id = $1")).bind(id), p, t)
                            .execute(&mut *tx).await?;
                        out.push((id, Upserted::Updated));
                    }
                    None => {
                        let id: i64 = sqlx::query_scalar(
                            "INSERT INTO participants (project_id, event, name, town, country, role, lang, manage_hash, feed_hash, privacy_accepted_at, created_at, delegation) \
                             VALUES ($1, $2, '', '', '', 'delegate', '', $3, $4, 0, $5, $6) RETURNING id",
                        ).bind(project_id).bind(event).bind(&manage).bind(&feed).bind(t).bind(delegation.map(|d| d.as_str()))
                        .fetch_one(&mut *tx).await?;
                        bind_person!(sqlx::query(&format!("UPDATE participants SET {PERSON_SET} WHERE id = $1")).bind(id), p, t)
                            .execute(&mut *tx).await?;
                        out.push((id, Upserted::Created));
                    }
                }
            }
            let created = out.iter().filter(|(_, u)| *u == Upserted::Created).count();
            let target = format!("{event} {}: {created} added, {} updated", delegation.map(|d| d.as_str()).unwrap_or("-"), out.len() - created);
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "people.save", &target).await?;
            tx.commit().await?;
            Ok(out)
        })
    }

    /// Replaces one person's fields (their delegation stays), only while the person is at
    /// version `expected` when one is given; answers the new version, `None` when there is no
    /// such person.
    pub async fn update_person(
        &self,
        project: &str,
        event: &str,
        id: i64,
        p: &twinning_domain::people::Person,
        expected: Option<i64>,
        actor: Option<i64>,
    ) -> Result<Option<i64>, StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let found: Option<(i64, i64)> = sqlx::query_as(
                "SELECT x.project_id, x.version FROM participants x JOIN projects p ON p.id = x.project_id WHERE p.slug = $1 AND x.event = $2 AND x.id = $3",
            ).bind(project).bind(event).bind(id).fetch_optional(&mut *tx).await?;
            let Some((project_id, version)) = found else { return Ok(None) };
            if expected.is_some_and(|v| v != version) {
                return Err(StoreError::Stale { key: "person.changed_meanwhile", current: Some(version) });
            }
            bind_person!(sqlx::query(&format!("UPDATE participants SET {PERSON_SET} WHERE id = $1")).bind(id), p, t).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "person.update", &format!("{event} person:{id}")).await?;
            tx.commit().await?;
            Ok(Some(version + 1))
        })
    }

    /// Removes a person with their registrations (cascaded) and the mail written for them;
    /// answers the ids of those messages (their `.eml` files go after the commit), `None`
    /// when there is no such person. A place they held is freed without promoting anyone
    /// waiting; only [`Db::cancel_registration`] promotes.
    pub async fn delete_person(
        &self,
        project: &str,
        event: &str,
        id: i64,
        expected: Option<i64>,
        actor: Option<i64>,
    ) -> Result<Option<Vec<i64>>, StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let found: Option<(i64, i64)> = sqlx::query_as(
                "SELECT x.project_id, x.version FROM participants x JOIN projects p ON p.id = x.project_id WHERE p.slug = $1 AND x.event = $2 AND x.id = $3",
            ).bind(project).bind(event).bind(id).fetch_optional(&mut *tx).await?;
            let Some((project_id, version)) = found else { return Ok(None) };
            if expected.is_some_and(|v| v != version) {
                return Err(StoreError::Stale { key: "person.changed_meanwhile", current: Some(version) });
            }
            let mail: Vec<i64> = sqlx::query_scalar("SELECT id FROM outbox WHERE participant_id = $1 ORDER BY id")
                .bind(id).fetch_all(&mut *tx).await?;
            sqlx::query("DELETE FROM outbox WHERE participant_id = $1").bind(id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM participants WHERE id = $1").bind(id).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "person.delete", &format!("{event} person:{id}")).await?;
            tx.commit().await?;
            Ok(Some(mail))
        })
    }
}

impl Db {
    /// Gives a person new personal links (the old ones stop working) and puts the message
    /// carrying them in the outbox, in one transaction.
    pub async fn renew_person_links(
        &self,
        id: i64,
        hashes: (&str, &str),
        mail: &Mail,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let project_id: i64 = sqlx::query_scalar("UPDATE participants SET manage_hash = $1, feed_hash = $2 WHERE id = $3 RETURNING project_id")
                .bind(hashes.0).bind(hashes.1).bind(id).fetch_optional(&mut *tx).await?
                .ok_or(StoreError::NotFound("person.not_found"))?;
            crate::outbox::queue(&mut tx, mail, t, Some(id)).await?;
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "person.send_link", &format!("person:{id}")).await?;
            tx.commit().await?;
        });
        Ok(())
    }
}
