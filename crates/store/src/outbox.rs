//! The mail outbox: messages queued in the transaction that caused them and sent later by
//! the background sender, with retries.

use chrono::{DateTime, Utc};

use crate::rows::instant;
use crate::{Db, StoreError, now, on_pool};

/// The name of the `.eml` file a message is written to when mail goes to files: erasing a
/// person and pruning old mail remove the same files.
pub fn mail_file_name(id: i64) -> String {
    format!("{id:06}.eml")
}

/// A message waiting in, or sent from, the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub attempts: i64,
    pub next_attempt_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub calendar: Option<String>,
}

/// A message to put in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// An iCalendar file sent along (`text/calendar`), e.g. the item someone registered for.
    pub calendar: Option<String>,
}

#[derive(sqlx::FromRow)]
struct OutboxRow {
    id: i64,
    recipient: String,
    subject: String,
    body: String,
    created_at: i64,
    attempts: i64,
    next_attempt_at: i64,
    sent_at: Option<i64>,
    last_error: Option<String>,
    calendar: Option<String>,
}

impl OutboxRow {
    fn into_message(self) -> Result<OutboxMessage, StoreError> {
        Ok(OutboxMessage {
            id: self.id,
            recipient: self.recipient,
            subject: self.subject,
            body: self.body,
            created_at: instant(self.created_at)?,
            attempts: self.attempts,
            next_attempt_at: instant(self.next_attempt_at)?,
            sent_at: self.sent_at.map(instant).transpose()?,
            last_error: self.last_error,
            calendar: self.calendar,
        })
    }
}

/// How many messages one address may be sent in an hour. Beyond it the outbox refuses
/// (nothing is queued), so no form, however often submitted, makes a mail bomb of us.
pub const MAILS_PER_RECIPIENT_PER_HOUR: i64 = 5;

/// The rows a statement changed, whichever the backend.
pub(crate) trait Affected {
    fn affected(&self) -> u64;
}

impl Affected for sqlx::sqlite::SqliteQueryResult {
    fn affected(&self) -> u64 {
        self.rows_affected()
    }
}

impl Affected for sqlx::postgres::PgQueryResult {
    fn affected(&self) -> u64 {
        self.rows_affected()
    }
}

/// How the quota knows a recipient: a hash of the folded address, never the address.
fn recipient_key(recipient: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(recipient.trim().to_lowercase().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Queues `mail` with `ex`, normally the transaction of the change that causes it (`&mut *tx`),
/// so that the message is sent if and only if the change commits. `at` is when it was queued;
/// it is due at once. `participant` is the person it is written for, if any, so that erasing
/// them removes it. Generic over the backend like [`crate::audit::row`].
///
/// The recipient's count for the hour goes up in the same statement that checks it (an
/// upsert that only updates below [`MAILS_PER_RECIPIENT_PER_HOUR`]), so concurrent writers
/// cannot slip past the cap. False when the cap is reached and nothing was queued.
pub(crate) async fn queue<DB>(
    tx: &mut sqlx::Transaction<'_, DB>,
    mail: &Mail,
    at: i64,
    participant: Option<i64>,
) -> Result<bool, sqlx::Error>
where
    DB: sqlx::Database,
    for<'e> &'e mut DB::Connection: sqlx::Executor<'e, Database = DB>,
    DB::QueryResult: Affected,
    for<'q> i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> Option<&'q str>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
{
    let recipient = recipient_key(&mail.recipient);
    let hour = at.div_euclid(3600);
    let counted = sqlx::query(
        "INSERT INTO mail_quota (recipient, hour, queued) VALUES ($1, $2, 1) \
         ON CONFLICT (recipient, hour) DO UPDATE SET queued = mail_quota.queued + 1 WHERE mail_quota.queued < $3",
    )
    .bind(recipient.as_str())
    .bind(hour)
    .bind(MAILS_PER_RECIPIENT_PER_HOUR)
    .execute(&mut **tx)
    .await?;
    if counted.affected() == 0 {
        // Never the address: the count is what an admin needs to see that the cap works.
        tracing::info!(
            cap = MAILS_PER_RECIPIENT_PER_HOUR,
            "a recipient reached the hourly mail cap; message not queued"
        );
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at, calendar, participant_id) VALUES ($1, $2, $3, $4, $4, $5, $6)",
    )
    .bind(mail.recipient.as_str())
    .bind(mail.subject.as_str())
    .bind(mail.body.as_str())
    .bind(at)
    .bind(mail.calendar.as_deref())
    .bind(participant)
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

impl Db {
    /// Puts a message in the outbox on its own; false when its recipient has had
    /// [`MAILS_PER_RECIPIENT_PER_HOUR`] this hour and nothing was queued.
    pub async fn enqueue_mail(&self, mail: &Mail) -> Result<bool, StoreError> {
        let begin = self.write_begin();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(begin).await?;
            let queued = queue(&mut tx, mail, now(), None).await?;
            tx.commit().await?;
            Ok(queued)
        })
    }

    /// Forgets the mail counts of hours gone by (run by the mail sender now and then).
    pub async fn prune_mail_quota(&self) -> Result<u64, StoreError> {
        let hour = now().div_euclid(3600);
        Ok(on_pool!(self, pool => sqlx::query("DELETE FROM mail_quota WHERE hour < $1")
            .bind(hour).execute(pool).await?.rows_affected()))
    }

    /// Unsent messages whose next attempt is due, oldest first.
    pub async fn due_mail(&self, limit: i64) -> Result<Vec<OutboxMessage>, StoreError> {
        let rows: Vec<OutboxRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, recipient, subject, body, created_at, attempts, next_attempt_at, sent_at, last_error, calendar FROM outbox \
             WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2"
        ).bind(now()).bind(limit).fetch_all(pool).await?);
        rows.into_iter().map(OutboxRow::into_message).collect()
    }

    pub async fn mark_mail_sent(&self, id: i64) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2")
            .bind(now()).bind(id).execute(pool).await?;
        });
        Ok(())
    }

    /// Records a failed attempt; the next one is due at `next_attempt_at`, or none when the
    /// sender `gives_up` (the message is then pruned like sent mail).
    pub async fn mark_mail_failed(
        &self,
        id: i64,
        next_attempt_at: i64,
        error: &str,
        gives_up: bool,
    ) -> Result<(), StoreError> {
        let given_up = gives_up.then(now);
        on_pool!(self, pool => {
            sqlx::query("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2, given_up_at = $3 WHERE id = $4")
            .bind(next_attempt_at).bind(error).bind(given_up).bind(id).execute(pool).await?;
        });
        Ok(())
    }

    /// Deletes the messages sent, or given up on, before `before` (seconds since the epoch);
    /// answers their ids, whose `.eml` files the caller removes.
    pub async fn prune_mail(&self, before: i64) -> Result<Vec<i64>, StoreError> {
        // Most runs find nothing: look before taking a write transaction.
        let any: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE sent_at < $1 OR given_up_at < $1",
        ).bind(before).fetch_one(pool).await?);
        if any == 0 {
            return Ok(Vec::new());
        }
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM outbox WHERE sent_at < $1 OR given_up_at < $1 ORDER BY id")
                .bind(before).fetch_all(&mut *tx).await?;
            sqlx::query("DELETE FROM outbox WHERE sent_at < $1 OR given_up_at < $1").bind(before).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(ids)
        })
    }

    pub async fn outbox_message(&self, id: i64) -> Result<Option<OutboxMessage>, StoreError> {
        let row: Option<OutboxRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, recipient, subject, body, created_at, attempts, next_attempt_at, sent_at, last_error, calendar FROM outbox WHERE id = $1"
        ).bind(id).fetch_optional(pool).await?);
        row.map(OutboxRow::into_message).transpose()
    }

    /// Makes an unsent message due now (the admin's "retry now"), also one the sender gave up on.
    pub async fn retry_mail_now(&self, id: i64) -> Result<bool, StoreError> {
        Ok(
            on_pool!(self, pool => sqlx::query("UPDATE outbox SET next_attempt_at = $1, given_up_at = NULL WHERE id = $2 AND sent_at IS NULL")
            .bind(now()).bind(id).execute(pool).await?.rows_affected())
                > 0,
        )
    }

    /// The most recent messages, sent or not, for the admin.
    pub async fn outbox(&self, limit: i64) -> Result<Vec<OutboxMessage>, StoreError> {
        let rows: Vec<OutboxRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, recipient, subject, body, created_at, attempts, next_attempt_at, sent_at, last_error, calendar FROM outbox ORDER BY id DESC LIMIT $1"
        ).bind(limit).fetch_all(pool).await?);
        rows.into_iter().map(OutboxRow::into_message).collect()
    }
}
