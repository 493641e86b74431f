//! Storage for Twinning: one `Db` over SQLite or PostgreSQL that runs the same SQL text on
//! both (`$1` placeholders, `ON CONFLICT … RETURNING`), with per-backend migration folders
//! numbered in step. Reads return domain types; writes take validated domain values.

mod accounts;
mod attendance;
mod audit;
mod changes;
mod error;
mod figures;
mod join_links;
mod memberships;
mod news;
mod outbox;
mod participants;
mod photos;
mod programme;
mod projects;
mod registrations;
mod retention;
mod rows;
mod rules;
mod security;
mod sessions;
mod snapshot;
mod tokens;
mod towns;
mod url;
mod venues;

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

pub use accounts::Account;
pub use audit::AuditEntry;
pub use changes::{Audit, Change, Expect, Versions};
pub use error::StoreError;
pub use figures::FigureRow;
pub use join_links::JoinLink;
pub use memberships::{Invitation, Member, Membership};
pub use news::{NEWS_BODY_MAX, NewsPost, NewsText};
pub use outbox::{MAILS_PER_RECIPIENT_PER_HOUR, Mail, OutboxMessage, mail_file_name};
pub use participants::{PersonRecord, Upserted};
pub use photos::{NewPhoto, Photo, PhotoText};
pub use programme::{Changes, Published, Revision};
pub use projects::{ImportSummary, ProjectSummary};
pub use registrations::{Confirmation, NewParticipant, Participant, Registered, Registration, Seats};
pub use retention::Erased;
pub use security::SecurityEntry;
pub use sessions::{Opens, SessionInfo, Throttle};
pub use snapshot::latest_known_migration;
pub use tokens::TokenInfo;
pub use towns::{TownProfile, TownProject, TwinningLink};
pub use url::{DatabaseUrl, SQLITE_FILE};
pub use venues::{VenueItem, VenueProfile};

/// The current instant in Unix seconds, as the store records it (`created_at`, audit rows).
pub(crate) fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Runs the same code on either pool. Inside `$body`, `$pool` is the concrete pool, so
/// sqlx infers the backend per arm while the SQL text stays one.
macro_rules! on_pool {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::Db::Sqlite($pool) => $body,
            $crate::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_pool;

/// A connection pool to the instance's database.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl Db {
    /// Connects (creating an SQLite file if needed) and applies pending migrations.
    pub async fn connect(url: &DatabaseUrl) -> Result<Self, StoreError> {
        let db = Self::connect_without_migrating(url).await?;
        db.migrate().await?;
        Ok(db)
    }

    pub async fn connect_without_migrating(url: &DatabaseUrl) -> Result<Self, StoreError> {
        if url.is_postgres() {
            let opts = PgConnectOptions::from_str(url.expose()).map_err(StoreError::connect)?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(opts)
                .await
                .map_err(StoreError::connect)?;
            Ok(Db::Postgres(pool))
        } else {
            let opts = SqliteConnectOptions::from_str(url.expose())
                .map_err(StoreError::connect)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(opts)
                .await
                .map_err(StoreError::connect)?;
            Ok(Db::Sqlite(pool))
        }
    }

    /// Applies the migrations this binary carries that the database has not seen.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self {
            Db::Sqlite(p) => snapshot::SQLITE_MIGRATIONS.run(p).await?,
            Db::Postgres(p) => snapshot::POSTGRES_MIGRATIONS.run(p).await?,
        }
        Ok(())
    }

    /// How a write transaction begins. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so concurrent writers queue behind the busy timeout instead of
    /// failing with "database is locked" when a deferred transaction that has read tries to
    /// write; PostgreSQL's row locks need nothing more.
    pub(crate) fn write_begin(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "BEGIN IMMEDIATE",
            Db::Postgres(_) => "BEGIN",
        }
    }

    /// `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// Whether the database answers a trivial query (for `/healthz`).
    pub async fn ping(&self) -> bool {
        on_pool!(self, pool => sqlx::query_scalar::<_, i32>("SELECT 1").fetch_one(pool).await.is_ok())
    }

    /// True when no project has been stored yet (the demo loads itself then).
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM projects").fetch_one(pool).await?);
        Ok(n == 0)
    }

    /// Waits for open connections to finish and closes the pool.
    pub async fn close(&self) {
        on_pool!(self, pool => pool.close().await)
    }
}
