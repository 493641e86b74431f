//! People at a meeting and their registrations for programme items. A registration takes a
//! place while the item has one left and joins the waiting list otherwise; a cancellation
//! hands its place to the first person waiting. Both hold a lock on the item for the whole
//! transaction (`BEGIN IMMEDIATE` on SQLite, an advisory lock on PostgreSQL), so that no
//! number of simultaneous requests ever gives out more places than there are.

use chrono::{DateTime, Utc};
use twinning_domain::{CountryCode, ParticipantRole, RegistrationStatus, Slug};

use crate::account::Mail;
use crate::rows::{instant, slug, wire};
use crate::{Db, StoreError, on_pool};

/// A person registering, with the hashes of the two secret links they will receive.
#[derive(Debug, Clone)]
pub struct NewParticipant<'a> {
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub town: &'a str,
    pub country: CountryCode,
    pub role: ParticipantRole,
    pub lang: &'a str,
    pub manage_hash: String,
    pub feed_hash: String,
}

#[derive(Clone, PartialEq, Eq)]
pub struct Participant {
    pub id: i64,
    pub project: Slug,
    pub event: Slug,
    pub name: String,
    pub email: Option<String>,
    pub town: String,
    pub country: CountryCode,
    pub role: ParticipantRole,
    pub lang: String,
}

/// Never print personal fields.
impl std::fmt::Debug for Participant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Participant({})", self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub item: Slug,
    pub status: RegistrationStatus,
    pub created_at: DateTime<Utc>,
}

/// How many places of an item are taken and how many people wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Seats {
    pub confirmed: i64,
    pub waiting: i64,
}

#[derive(sqlx::FromRow)]
struct ParticipantRow {
    id: i64,
    project: String,
    event: String,
    name: String,
    email: Option<String>,
    town: String,
    country: String,
    role: String,
    lang: String,
}

impl ParticipantRow {
    fn into_participant(self) -> Result<Participant, StoreError> {
        Ok(Participant {
            id: self.id,
            project: slug(&self.project)?,
            event: slug(&self.event)?,
            name: self.name,
            email: self.email,
            town: self.town,
            country: CountryCode::parse(&self.country)
                .map_err(|_| StoreError::Corrupt("participant country".into()))?,
            role: wire(&self.role, ParticipantRole::parse)?,
            lang: self.lang,
        })
    }
}

const PARTICIPANT: &str = "SELECT x.id, p.slug AS project, x.event, x.name, x.email, x.town, x.country, x.role, x.lang \
     FROM participants x JOIN projects p ON p.id = x.project_id";
const OUTBOX: &str = "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at, calendar) VALUES ($1, $2, $3, $4, $4, $5)";

fn now() -> i64 {
    Utc::now().timestamp()
}

impl Db {
    /// How a transaction that hands out places begins, and the statement that locks one item
    /// (`$1` names it) until the transaction ends.
    fn place_lock(&self) -> (&'static str, Option<&'static str>) {
        match self {
            Db::Sqlite(_) => (self.write_begin(), None),
            Db::Postgres(_) => (self.write_begin(), Some("SELECT pg_advisory_xact_lock(hashtext($1))")),
        }
    }

    /// Registers a person for an item with `capacity` places (`None`: no limit). A person is
    /// known again by their e-mail address within the meeting: their links are renewed (the
    /// e-mail carries the new ones) and a registration they hold is kept as it is. The
    /// confirmation, written by `mail` for the status given, goes to the outbox in the same
    /// transaction.
    #[allow(clippy::too_many_arguments)]
    pub async fn register(
        &self,
        project: &str,
        event: &str,
        item: &str,
        capacity: Option<u32>,
        who: &NewParticipant<'_>,
        mail: &(dyn Fn(RegistrationStatus) -> Option<Mail> + Sync),
    ) -> Result<RegistrationStatus, StoreError> {
        let t = now();
        let (begin, lock) = self.place_lock();
        let key = format!("{project}/{event}/{item}");
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(begin).await?;
            if let Some(l) = lock {
                sqlx::query(l).bind(&key).execute(&mut *tx).await?;
            }
            let project_id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project)
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            let known: Option<i64> = match who.email {
                Some(e) => sqlx::query_scalar("SELECT id FROM participants WHERE project_id = $1 AND event = $2 AND lower(email) = $3")
                    .bind(project_id).bind(event).bind(e.to_lowercase()).fetch_optional(&mut *tx).await?,
                None => None,
            };
            let participant: i64 = match known {
                Some(id) => {
                    sqlx::query("UPDATE participants SET manage_hash = $1, feed_hash = $2, lang = $3 WHERE id = $4")
                        .bind(&who.manage_hash).bind(&who.feed_hash).bind(who.lang).bind(id).execute(&mut *tx).await?;
                    id
                }
                None => sqlx::query_scalar(
                    "INSERT INTO participants (project_id, event, name, email, town, country, role, lang, manage_hash, feed_hash, privacy_accepted_at, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
                )
                .bind(project_id).bind(event).bind(who.name).bind(who.email).bind(who.town).bind(who.country.as_str())
                .bind(who.role.as_str()).bind(who.lang).bind(&who.manage_hash).bind(&who.feed_hash).bind(t)
                .fetch_one(&mut *tx).await?,
            };
            let held: Option<String> = sqlx::query_scalar(
                "SELECT status FROM registrations WHERE participant_id = $1 AND item = $2 AND status <> 'cancelled'",
            ).bind(participant).bind(item).fetch_optional(&mut *tx).await?;
            let status = match held {
                Some(s) => wire(&s, RegistrationStatus::parse)?,
                None => {
                    let confirmed: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM registrations WHERE project_id = $1 AND event = $2 AND item = $3 AND status = 'confirmed'",
                    ).bind(project_id).bind(event).bind(item).fetch_one(&mut *tx).await?;
                    let status = match capacity {
                        Some(c) if confirmed >= i64::from(c) => RegistrationStatus::Waiting,
                        _ => RegistrationStatus::Confirmed,
                    };
                    sqlx::query(
                        "INSERT INTO registrations (participant_id, project_id, event, item, status, created_at, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $6) \
                         ON CONFLICT (participant_id, item) DO UPDATE SET status = excluded.status, created_at = excluded.created_at, changed_at = excluded.changed_at",
                    ).bind(participant).bind(project_id).bind(event).bind(item).bind(status.as_str()).bind(t).execute(&mut *tx).await?;
                    status
                }
            };
            if let Some(m) = mail(status) {
                sqlx::query(OUTBOX).bind(&m.recipient).bind(&m.subject).bind(&m.body).bind(t).bind(&m.calendar).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(status)
        })
    }

    /// The person with this id, as the registration commands know them.
    pub async fn participant(&self, id: i64) -> Result<Option<Participant>, StoreError> {
        let row: Option<ParticipantRow> = on_pool!(self, pool => sqlx::query_as(&format!("{PARTICIPANT} WHERE x.id = $1"))
            .bind(id).fetch_optional(pool).await?);
        row.map(ParticipantRow::into_participant).transpose()
    }

    /// Places taken and people waiting, for one item.
    pub async fn seats(&self, project: &str, event: &str, item: &str) -> Result<Seats, StoreError> {
        let rows: Vec<(String, i64)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT r.status, COUNT(*) FROM registrations r JOIN projects p ON p.id = r.project_id \
             WHERE p.slug = $1 AND r.event = $2 AND r.item = $3 AND r.status <> 'cancelled' GROUP BY r.status",
        ).bind(project).bind(event).bind(item).fetch_all(pool).await?);
        let mut s = Seats::default();
        for (status, n) in rows {
            match status.as_str() {
                "confirmed" => s.confirmed = n,
                "waiting" => s.waiting = n,
                _ => {}
            }
        }
        Ok(s)
    }

    /// The person whose personal link (`manage`) or calendar link (`feed`) hashes to `hash`,
    /// with their registrations (cancelled ones included, newest state of each item).
    pub async fn participant_by_link(
        &self,
        hash: &str,
        feed: bool,
    ) -> Result<Option<(Participant, Vec<Registration>)>, StoreError> {
        let column = if feed { "feed_hash" } else { "manage_hash" };
        on_pool!(self, pool => {
            let row: Option<ParticipantRow> = sqlx::query_as(&format!("{PARTICIPANT} WHERE x.{column} = $1"))
                .bind(hash).fetch_optional(pool).await?;
            let Some(row) = row else { return Ok(None) };
            let p = row.into_participant()?;
            let regs: Vec<(String, String, i64)> = sqlx::query_as(
                "SELECT item, status, created_at FROM registrations WHERE participant_id = $1 ORDER BY created_at, id",
            ).bind(p.id).fetch_all(pool).await?;
            let regs = regs
                .into_iter()
                .map(|(item, status, at)| Ok(Registration { item: slug(&item)?, status: wire(&status, RegistrationStatus::parse)?, created_at: instant(at)? }))
                .collect::<Result<_, StoreError>>()?;
            Ok(Some((p, regs)))
        })
    }

    /// Cancels a person's registration for an item. When it held a place, the first people
    /// waiting get the places free under `capacity`, each told by the message `promoted`
    /// writes. False when there was nothing to cancel.
    pub async fn cancel_registration(
        &self,
        participant: &Participant,
        item: &str,
        capacity: Option<u32>,
        promoted: &(dyn Fn(&Participant) -> Option<Mail> + Sync),
    ) -> Result<bool, StoreError> {
        let t = now();
        let (begin, lock) = self.place_lock();
        let key = format!("{}/{}/{item}", participant.project, participant.event);
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(begin).await?;
            if let Some(l) = lock {
                sqlx::query(l).bind(&key).execute(&mut *tx).await?;
            }
            let held: Option<(i64, i64)> = sqlx::query_as(
                "SELECT id, project_id FROM registrations WHERE participant_id = $1 AND item = $2 AND status <> 'cancelled'",
            ).bind(participant.id).bind(item).fetch_optional(&mut *tx).await?;
            let Some((id, project_id)) = held else { return Ok(false) };
            sqlx::query("UPDATE registrations SET status = 'cancelled', changed_at = $1 WHERE id = $2").bind(t).bind(id).execute(&mut *tx).await?;
            loop {
                let confirmed: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM registrations WHERE project_id = $1 AND event = $2 AND item = $3 AND status = 'confirmed'",
                ).bind(project_id).bind(participant.event.as_str()).bind(item).fetch_one(&mut *tx).await?;
                if capacity.is_some_and(|c| confirmed >= i64::from(c)) {
                    break;
                }
                let next: Option<(i64, i64)> = sqlx::query_as(
                    "SELECT id, participant_id FROM registrations WHERE project_id = $1 AND event = $2 AND item = $3 AND status = 'waiting' \
                     ORDER BY created_at, id LIMIT 1",
                ).bind(project_id).bind(participant.event.as_str()).bind(item).fetch_optional(&mut *tx).await?;
                let Some((reg, who)) = next else { break };
                sqlx::query("UPDATE registrations SET status = 'confirmed', changed_at = $1 WHERE id = $2").bind(t).bind(reg).execute(&mut *tx).await?;
                let row: ParticipantRow = sqlx::query_as(&format!("{PARTICIPANT} WHERE x.id = $1")).bind(who).fetch_one(&mut *tx).await?;
                if let Some(m) = promoted(&row.into_participant()?) {
                    sqlx::query(OUTBOX).bind(&m.recipient).bind(&m.subject).bind(&m.body).bind(t).bind(&m.calendar).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok(true)
        })
    }
}

/// A person as organisers and coordinators see them.
#[derive(Clone, PartialEq, Eq)]
pub struct PersonRecord {
    pub id: i64,
    /// The partner town whose delegation they belong to.
    pub delegation: Option<Slug>,
    pub person: twinning_domain::people::Person,
    pub anonymised: bool,
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
struct PersonRow {
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
    photo_consent: i64,
    anonymised_at: Option<i64>,
    checkin_code: Option<String>,
    version: i64,
}

const PERSON_COLUMNS: &str = "x.id, x.delegation, x.name, x.email, x.town, x.country, x.role, x.arrival_place, x.arrival_time, \
     x.arrival_by, x.departure_place, x.departure_time, x.departure_by, x.accommodation, x.dietary, x.access_needs, \
     x.languages, x.photo_consent, x.anonymised_at, x.checkin_code, x.version";

impl PersonRow {
    fn into_record(self) -> Result<PersonRecord, StoreError> {
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
            photo_consent: self.photo_consent != 0,
        };
        Ok(PersonRecord {
            id: self.id,
            delegation: self.delegation.as_deref().map(slug).transpose()?,
            person,
            anonymised: self.anonymised_at.is_some(),
            checkin_code: self.checkin_code,
            version: self.version,
        })
    }
}

/// The columns a person writes, in a fixed order after `$1`.
const PERSON_SET: &str = "name = $2, email = $3, town = $4, country = $5, role = $6, arrival_place = $7, arrival_time = $8, \
     arrival_by = $9, departure_place = $10, departure_time = $11, departure_by = $12, accommodation = $13, dietary = $14, \
     access_needs = $15, languages = $16, photo_consent = $17, updated_at = $18, version = version + 1";

fn time_text(t: Option<chrono::NaiveDateTime>) -> Option<String> {
    t.map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
}

/// Binds a person's columns as `$2…$18` after the query's `$1`.
macro_rules! bind_person {
    ($q:expr, $p:expr, $t:expr) => {
        $q.bind(&$p.name)
            .bind($p.email.as_ref().map(|e| e.as_str().to_owned()))
            .bind(&$p.town)
            .bind($p.country.as_str())
            .bind($p.role.as_str())
            .bind(&$p.arrival.place)
            .bind(time_text($p.arrival.at))
            .bind($p.arrival.by.map(|b| b.as_str()))
            .bind(&$p.departure.place)
            .bind(time_text($p.departure.at))
            .bind($p.departure.by.map(|b| b.as_str()))
            .bind(&$p.accommodation)
            .bind(&$p.dietary)
            .bind(&$p.access_needs)
            .bind($p.languages.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(","))
            .bind(i64::from($p.photo_consent))
            .bind($t)
    };
}

const AUDIT: &str = "INSERT INTO audit_log (at, account_id, project_id, action, target) VALUES ($1, $2, $3, $4, $5)";

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
            sqlx::query(AUDIT).bind(t).bind(actor).bind(project_id).bind("people.save").bind(target).execute(&mut *tx).await?;
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
            sqlx::query(AUDIT).bind(t).bind(actor).bind(project_id).bind("person.update").bind(format!("{event} person:{id}")).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Some(version + 1))
        })
    }

    /// Removes a person with their registrations (cascaded). A place they held is freed
    /// without promoting anyone waiting; only [`Db::cancel_registration`] promotes.
    pub async fn delete_person(
        &self,
        project: &str,
        event: &str,
        id: i64,
        expected: Option<i64>,
        actor: Option<i64>,
    ) -> Result<bool, StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let found: Option<(i64, i64)> = sqlx::query_as(
                "SELECT x.project_id, x.version FROM participants x JOIN projects p ON p.id = x.project_id WHERE p.slug = $1 AND x.event = $2 AND x.id = $3",
            ).bind(project).bind(event).bind(id).fetch_optional(&mut *tx).await?;
            let Some((project_id, version)) = found else { return Ok(false) };
            if expected.is_some_and(|v| v != version) {
                return Err(StoreError::Stale { key: "person.changed_meanwhile", current: Some(version) });
            }
            sqlx::query("DELETE FROM participants WHERE id = $1").bind(id).execute(&mut *tx).await?;
            sqlx::query(AUDIT).bind(t).bind(actor).bind(project_id).bind("person.delete").bind(format!("{event} person:{id}")).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        })
    }
}

/// What an anonymised person keeps: their country, role and delegation, for the counts the
/// funder's report needs. Everything else is blanked, and their links stop working.
const ANONYMISE: &str = "UPDATE participants SET name = '', email = NULL, town = '', arrival_place = '', arrival_time = NULL, \
     arrival_by = NULL, departure_place = '', departure_time = NULL, departure_by = NULL, accommodation = '', dietary = '', \
     access_needs = '', languages = '', photo_consent = 0, manage_hash = $2, feed_hash = $3, anonymised_at = $4, updated_at = $4 \
     WHERE id = $1";

impl Db {
    /// Blanks one person's personal fields (they asked, or the retention period ended).
    /// `hashes` replace their link hashes with values no link has.
    pub async fn anonymise_participant(&self, id: i64, hashes: (String, String)) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            sqlx::query(ANONYMISE).bind(id).bind(&hashes.0).bind(&hashes.1).bind(t).execute(pool).await?;
        });
        Ok(())
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
            let id: i64 = sqlx::query_scalar("UPDATE projects SET retain_until = $1 WHERE slug = $2 RETURNING id")
                .bind(until.map(|d| d.to_string())).bind(project).fetch_optional(&mut *tx).await?
                .ok_or(StoreError::NotFound("project.not_found"))?;
            let target = until.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
            sqlx::query(AUDIT).bind(t).bind(actor).bind(id).bind("project.retention").bind(target).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Anonymises every person of every project whose retention date lies before `today`;
    /// returns how many. `hashes` makes the unusable link hashes, one pair per person.
    pub async fn purge(
        &self,
        today: chrono::NaiveDate,
        hashes: &mut (dyn FnMut() -> (String, String) + Send),
    ) -> Result<u64, StoreError> {
        let t = now();
        // Most hours nothing is due: look before taking a write transaction.
        let any: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM participants x JOIN projects p ON p.id = x.project_id \
             WHERE p.retain_until IS NOT NULL AND p.retain_until < $1 AND x.anonymised_at IS NULL",
        ).bind(today.to_string()).fetch_one(pool).await?);
        if any == 0 {
            return Ok(0);
        }
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let due: Vec<(i64, i64)> = sqlx::query_as(
                "SELECT x.id, x.project_id FROM participants x JOIN projects p ON p.id = x.project_id \
                 WHERE p.retain_until IS NOT NULL AND p.retain_until < $1 AND x.anonymised_at IS NULL",
            ).bind(today.to_string()).fetch_all(&mut *tx).await?;
            let mut per_project: std::collections::BTreeMap<i64, u64> = Default::default();
            for (id, project) in &due {
                let (a, b) = hashes();
                sqlx::query(ANONYMISE).bind(id).bind(&a).bind(&b).bind(t).execute(&mut *tx).await?;
                *per_project.entry(*project).or_default() += 1;
            }
            for (project, n) in per_project {
                sqlx::query(AUDIT).bind(t).bind(Option::<i64>::None).bind(project).bind("people.purge").bind(format!("{n} anonymised")).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(due.len() as u64)
        })
    }
}

impl Db {
    /// Gives every person of the meeting without a check-in code one from `code`.
    pub async fn ensure_checkin_codes(
        &self,
        project: &str,
        event: &str,
        code: &mut (dyn FnMut() -> String + Send),
    ) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let ids: Vec<i64> = sqlx::query_scalar(
                "SELECT x.id FROM participants x JOIN projects p ON p.id = x.project_id \
                 WHERE p.slug = $1 AND x.event = $2 AND x.checkin_code IS NULL",
            ).bind(project).bind(event).fetch_all(&mut *tx).await?;
            for id in ids {
                sqlx::query("UPDATE participants SET checkin_code = $1 WHERE id = $2").bind(code()).bind(id).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Who was checked in on which day.
    pub async fn attendance(&self, project: &str, event: &str) -> Result<Vec<(i64, chrono::NaiveDate)>, StoreError> {
        let rows: Vec<(i64, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT a.participant_id, a.day FROM attendance a JOIN participants x ON x.id = a.participant_id \
             JOIN projects p ON p.id = x.project_id WHERE p.slug = $1 AND x.event = $2 ORDER BY a.day, a.participant_id",
        ).bind(project).bind(event).fetch_all(pool).await?);
        rows.into_iter().map(|(id, d)| Ok((id, crate::rows::date(&d)?))).collect()
    }

    /// Marks a person present on `day` (or not, when `present` is false); false when the
    /// person is not of this meeting.
    pub async fn set_attendance(
        &self,
        project: &str,
        event: &str,
        participant: i64,
        day: chrono::NaiveDate,
        present: bool,
        actor: Option<i64>,
    ) -> Result<bool, StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let found: Option<i64> = sqlx::query_scalar(
                "SELECT x.project_id FROM participants x JOIN projects p ON p.id = x.project_id WHERE p.slug = $1 AND x.event = $2 AND x.id = $3",
            ).bind(project).bind(event).bind(participant).fetch_optional(&mut *tx).await?;
            if found.is_none() {
                return Ok(false);
            }
            if present {
                sqlx::query(
                    "INSERT INTO attendance (participant_id, day, checked_in_at, checked_by) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (participant_id, day) DO NOTHING",
                ).bind(participant).bind(day.to_string()).bind(t).bind(actor).execute(&mut *tx).await?;
            } else {
                sqlx::query("DELETE FROM attendance WHERE participant_id = $1 AND day = $2")
                    .bind(participant).bind(day.to_string()).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(true)
        })
    }

    /// The person of the meeting whose badge carries `code`.
    pub async fn person_by_code(
        &self,
        project: &str,
        event: &str,
        code: &str,
    ) -> Result<Option<PersonRecord>, StoreError> {
        let row: Option<PersonRow> = on_pool!(self, pool => sqlx::query_as(&format!(
            "SELECT {PERSON_COLUMNS} FROM participants x JOIN projects p ON p.id = x.project_id \
             WHERE p.slug = $1 AND x.event = $2 AND x.checkin_code = $3"
        )).bind(project).bind(event).bind(code).fetch_optional(pool).await?);
        row.map(PersonRow::into_record).transpose()
    }
}

/// A delegation's self-registration link.
#[derive(Clone, PartialEq, Eq)]
pub struct JoinLink {
    pub project: Slug,
    pub event: Slug,
    pub delegation: Slug,
    pub token: String,
}

impl std::fmt::Debug for JoinLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "JoinLink({}/{}/{})", self.project, self.event, self.delegation)
    }
}

impl Db {
    /// Creates the delegation's link, replacing any earlier one (which stops working).
    pub async fn renew_join_link(
        &self,
        project: &str,
        event: &str,
        delegation: &Slug,
        token: &str,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let project_id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project)
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            sqlx::query(
                "INSERT INTO join_links (project_id, event, delegation, token, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (project_id, event, delegation) DO UPDATE SET token = excluded.token, created_at = excluded.created_at, created_by = excluded.created_by",
            ).bind(project_id).bind(event).bind(delegation.as_str()).bind(token).bind(t).bind(actor).execute(&mut *tx).await?;
            sqlx::query(AUDIT).bind(t).bind(actor).bind(project_id).bind("join_link.renew").bind(format!("{event} {delegation}")).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The links of a meeting's delegations, by delegation.
    pub async fn join_links(&self, project: &str, event: &str) -> Result<Vec<JoinLink>, StoreError> {
        let rows: Vec<(String, String, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT p.slug, j.event, j.delegation, j.token FROM join_links j JOIN projects p ON p.id = j.project_id \
             WHERE p.slug = $1 AND j.event = $2 ORDER BY j.delegation",
        ).bind(project).bind(event).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(p, e, d, token)| Ok(JoinLink { project: slug(&p)?, event: slug(&e)?, delegation: slug(&d)?, token }))
            .collect()
    }

    pub async fn join_link(&self, token: &str) -> Result<Option<JoinLink>, StoreError> {
        let row: Option<(String, String, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT p.slug, j.event, j.delegation, j.token FROM join_links j JOIN projects p ON p.id = j.project_id WHERE j.token = $1",
        ).bind(token).fetch_optional(pool).await?);
        row.map(|(p, e, d, token)| Ok(JoinLink { project: slug(&p)?, event: slug(&e)?, delegation: slug(&d)?, token }))
            .transpose()
    }

    /// A person registers themselves with a delegation's link: added (or, known by their
    /// e-mail address, updated) with the privacy notice accepted, new personal links, and the
    /// confirmation in the outbox — in one transaction.
    pub async fn join_delegation(
        &self,
        link: &JoinLink,
        p: &twinning_domain::people::Person,
        hashes: (&str, &str),
        lang: &str,
        mail: Option<&Mail>,
    ) -> Result<Upserted, StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let project_id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(link.project.as_str())
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            let same: Option<i64> = match &p.email {
                Some(e) => sqlx::query_scalar(
                    "SELECT id FROM participants WHERE project_id = $1 AND event = $2 AND delegation = $3 AND lower(email) = $4 \
                     AND anonymised_at IS NULL ORDER BY id LIMIT 1",
                ).bind(project_id).bind(link.event.as_str()).bind(link.delegation.as_str()).bind(e.as_str().to_lowercase())
                .fetch_optional(&mut *tx).await?,
                None => None,
            };
            let (id, how) = match same {
                Some(id) => (id, Upserted::Updated),
                None => {
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO participants (project_id, event, name, town, country, role, lang, manage_hash, feed_hash, privacy_accepted_at, created_at, delegation) \
                         VALUES ($1, $2, '', '', '', 'delegate', '', $3, $4, 0, $5, $6) RETURNING id",
                    ).bind(project_id).bind(link.event.as_str()).bind(hashes.0).bind(hashes.1).bind(t).bind(link.delegation.as_str())
                    .fetch_one(&mut *tx).await?;
                    (id, Upserted::Created)
                }
            };
            bind_person!(sqlx::query(&format!("UPDATE participants SET {PERSON_SET} WHERE id = $1")).bind(id), p, t).execute(&mut *tx).await?;
            sqlx::query("UPDATE participants SET manage_hash = $1, feed_hash = $2, lang = $3, privacy_accepted_at = $4 WHERE id = $5")
                .bind(hashes.0).bind(hashes.1).bind(lang).bind(t).bind(id).execute(&mut *tx).await?;
            if let Some(m) = mail {
                sqlx::query(OUTBOX).bind(&m.recipient).bind(&m.subject).bind(&m.body).bind(t).bind(&m.calendar).execute(&mut *tx).await?;
            }
            sqlx::query(AUDIT).bind(t).bind(Option::<i64>::None).bind(project_id).bind("people.join")
                .bind(format!("{} {} person:{id}", link.event, link.delegation)).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(how)
        })
    }
}

impl Db {
    pub async fn rule_overrides(&self, project: &str) -> Result<twinning_domain::rules::Overrides, StoreError> {
        let v: Option<String> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT r.overrides FROM project_rules r JOIN projects p ON p.id = r.project_id WHERE p.slug = $1",
        ).bind(project).fetch_optional(pool).await?);
        v.map(|s| crate::rows::json(&s, "rule overrides")).transpose().map(Option::unwrap_or_default)
    }

    pub async fn set_rule_overrides(
        &self,
        project: &str,
        o: &twinning_domain::rules::Overrides,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project)
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            sqlx::query(
                "INSERT INTO project_rules (project_id, overrides, updated_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (project_id) DO UPDATE SET overrides = excluded.overrides, updated_at = excluded.updated_at",
            ).bind(id).bind(crate::rows::to_json(o)).bind(t).execute(&mut *tx).await?;
            sqlx::query(AUDIT).bind(t).bind(actor).bind(id).bind("rules.override").bind(crate::rows::to_json(o)).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
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
            sqlx::query(OUTBOX).bind(&mail.recipient).bind(&mail.subject).bind(&mail.body).bind(t).bind(&mail.calendar).execute(&mut *tx).await?;
            sqlx::query(AUDIT).bind(t).bind(actor).bind(project_id).bind("person.send_link").bind(format!("person:{id}")).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }
}
