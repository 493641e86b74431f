//! Registrations for programme items, and the people who register themselves for one. A registration takes a
//! place while the item has one left and joins the waiting list otherwise; a cancellation
//! hands its place to the first person waiting. Both hold a lock on the item for the whole
//! transaction (`BEGIN IMMEDIATE` on SQLite, an advisory lock on PostgreSQL), so that no
//! number of simultaneous requests ever gives out more places than there are.

use chrono::{DateTime, Utc};
use twinning_domain::{CountryCode, ParticipantRole, RegistrationStatus, Slug};

use crate::outbox::Mail;
use crate::rows::{instant, slug, wire};
use crate::{Db, StoreError, now, on_pool};

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
    /// For a minor: the parent or guardian who consented.
    pub guardian: Option<&'a str>,
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

/// A registration that waits for its e-mail confirmation: the hash of its link and when it expires.
#[derive(Debug, Clone)]
pub struct Confirmation {
    pub hash: String,
    pub expires_at: DateTime<Utc>,
}

/// What registering did: the status the person holds, and whether they held it already
/// (then nothing changed and nothing was sent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Registered {
    pub status: RegistrationStatus,
    pub already: bool,
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

impl Db {
    /// How a transaction that hands out places begins, and the statement that locks one item
    /// (`$1` names it) until the transaction ends.
    fn place_lock(&self) -> (&'static str, Option<&'static str>) {
        match self {
            Db::Sqlite(_) => (self.write_begin(), None),
            Db::Postgres(_) => (self.write_begin(), Some("SELECT pg_advisory_xact_lock(hashtext($1))")),
        }
    }

    /// Registers a person for an item with `capacity` places (`None`: no limit), at `at`. A
    /// person is known again by their e-mail address within the meeting. One who already
    /// holds a registration for the item (a place, a place on the waiting list, or a pending
    /// one not yet expired) keeps it as it is, their links unchanged and no mail sent:
    /// `already` says so. Otherwise their links are renewed (the e-mail carries the new ones)
    /// and, with `confirmation`, the registration waits for it (`pending`, taking no place)
    /// until it is followed or expires. The letter, written by `mail` for the status given,
    /// goes to the outbox in the same transaction.
    #[allow(clippy::too_many_arguments)]
    pub async fn register(
        &self,
        project: &str,
        event: &str,
        item: &str,
        capacity: Option<u32>,
        who: &NewParticipant<'_>,
        confirmation: Option<&Confirmation>,
        at: DateTime<Utc>,
        mail: &(dyn Fn(RegistrationStatus) -> Option<Mail> + Sync),
    ) -> Result<Registered, StoreError> {
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
            if let Some(id) = known {
                // A pending registration whose link expired holds nothing any more.
                let held: Option<String> = sqlx::query_scalar(
                    "SELECT status FROM registrations WHERE participant_id = $1 AND item = $2 AND status <> 'cancelled' \
                     AND NOT (status = 'pending' AND confirm_by < $3)",
                ).bind(id).bind(item).bind(at.timestamp()).fetch_optional(&mut *tx).await?;
                if let Some(s) = held {
                    return Ok(Registered { status: wire(&s, RegistrationStatus::parse)?, already: true });
                }
            }
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
            if let Some(guardian) = who.guardian {
                sqlx::query("UPDATE participants SET minor = 1, guardian_name = $1, guardian_consent = 1 WHERE id = $2")
                    .bind(guardian).bind(participant).execute(&mut *tx).await?;
            }
            let status = match confirmation {
                Some(_) => RegistrationStatus::Pending,
                None => {
                    let confirmed: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM registrations WHERE project_id = $1 AND event = $2 AND item = $3 AND status = 'confirmed'",
                    ).bind(project_id).bind(event).bind(item).fetch_one(&mut *tx).await?;
                    match capacity {
                        Some(c) if confirmed >= i64::from(c) => RegistrationStatus::Waiting,
                        _ => RegistrationStatus::Confirmed,
                    }
                }
            };
            sqlx::query(
                "INSERT INTO registrations (participant_id, project_id, event, item, status, created_at, changed_at, confirm_hash, confirm_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8) \
                 ON CONFLICT (participant_id, item) DO UPDATE SET status = excluded.status, created_at = excluded.created_at, \
                 changed_at = excluded.changed_at, confirm_hash = excluded.confirm_hash, confirm_by = excluded.confirm_by",
            ).bind(participant).bind(project_id).bind(event).bind(item).bind(status.as_str()).bind(t)
            .bind(confirmation.map(|c| c.hash.as_str())).bind(confirmation.map(|c| c.expires_at.timestamp()))
            .execute(&mut *tx).await?;
            if let Some(m) = mail(status) {
                crate::outbox::queue(&mut tx, &m, t, Some(participant)).await?;
            }
            tx.commit().await?;
            Ok(Registered { status, already: false })
        })
    }

    /// The item a pending registration's confirmation link (by its hash) is for:
    /// (project, event, item). `None` when no pending registration has it.
    pub async fn pending_registration(&self, hash: &str) -> Result<Option<(Slug, Slug, Slug)>, StoreError> {
        let row: Option<(String, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT p.slug, r.event, r.item FROM registrations r JOIN projects p ON p.id = r.project_id \
             WHERE r.confirm_hash = $1 AND r.status = 'pending'",
        ).bind(hash).fetch_optional(pool).await?);
        row.map(|(p, e, i)| Ok((slug(&p)?, slug(&e)?, slug(&i)?))).transpose()
    }

    /// Confirms the pending registration whose link hashes to `hash`, at `at`: it takes a place
    /// if one of `capacity` is left, else joins the waiting list. Refused when the link
    /// expired (`registration.confirmation_expired`) or is unknown or used.
    pub async fn confirm_registration(
        &self,
        hash: &str,
        capacity: Option<u32>,
        at: DateTime<Utc>,
    ) -> Result<RegistrationStatus, StoreError> {
        let t = now();
        let (begin, lock) = self.place_lock();
        let Some((project, event, item)) = self.pending_registration(hash).await? else {
            return Err(StoreError::NotFound("registration.confirmation_unknown"));
        };
        let key = format!("{project}/{event}/{item}");
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(begin).await?;
            if let Some(l) = lock {
                sqlx::query(l).bind(&key).execute(&mut *tx).await?;
            }
            let row: Option<(i64, i64, Option<i64>)> = sqlx::query_as(
                "SELECT id, project_id, confirm_by FROM registrations WHERE confirm_hash = $1 AND status = 'pending'",
            ).bind(hash).fetch_optional(&mut *tx).await?;
            let Some((id, project_id, by)) = row else {
                return Err(StoreError::NotFound("registration.confirmation_unknown"));
            };
            if by.is_some_and(|by| by < at.timestamp()) {
                return Err(StoreError::Conflict("registration.confirmation_expired"));
            }
            let confirmed: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM registrations WHERE project_id = $1 AND event = $2 AND item = $3 AND status = 'confirmed'",
            ).bind(project_id).bind(event.as_str()).bind(item.as_str()).fetch_one(&mut *tx).await?;
            let status = match capacity {
                Some(c) if confirmed >= i64::from(c) => RegistrationStatus::Waiting,
                _ => RegistrationStatus::Confirmed,
            };
            sqlx::query("UPDATE registrations SET status = $1, changed_at = $2, confirm_hash = NULL, confirm_by = NULL WHERE id = $3")
                .bind(status.as_str()).bind(t).bind(id).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(status)
        })
    }

    /// Whether registrations for the meeting's items count only once confirmed by e-mail.
    pub async fn confirm_registrations(&self, project: &str, event: &str) -> Result<bool, StoreError> {
        let v: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT s.confirm_registrations FROM event_settings s JOIN projects p ON p.id = s.project_id WHERE p.slug = $1 AND s.event = $2",
        ).bind(project).bind(event).fetch_optional(pool).await?);
        Ok(v == Some(1))
    }

    /// Sets whether registrations for the meeting's items need an e-mail confirmation, with
    /// its audit row.
    pub async fn set_confirm_registrations(
        &self,
        project: &str,
        event: &str,
        on: bool,
        audit: crate::Audit<'_>,
    ) -> Result<(), StoreError> {
        let t = now();
        let begin = self.write_begin();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(begin).await?;
            let project_id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project)
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            sqlx::query(
                "INSERT INTO event_settings (project_id, event, confirm_registrations) VALUES ($1, $2, $3) \
                 ON CONFLICT (project_id, event) DO UPDATE SET confirm_registrations = excluded.confirm_registrations",
            ).bind(project_id).bind(event).bind(i64::from(on)).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, audit.account, Some(project_id), audit.action, audit.target).await?;
            tx.commit().await?;
            Ok(())
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
                    crate::outbox::queue(&mut tx, &m, t, Some(who)).await?;
                }
            }
            tx.commit().await?;
            Ok(true)
        })
    }
}
