//! What a backup needs from the database: which migrations it has and which this binary
//! knows, whether it holds anything, and (on SQLite) a consistent copy of it taken while
//! writers go on. The archive around it lives in the `twinning-backup` crate.

use std::path::Path;

use sqlx::migrate::Migrator;

use crate::{Db, StoreError, on_pool};

pub(crate) static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
pub(crate) static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// The highest migration this binary carries for the database's backend.
    pub fn latest_known_migration(&self) -> i64 {
        latest_known_migration(matches!(self, Db::Postgres(_)))
    }

    /// The highest migration applied to the database; `None` before the first.
    pub async fn applied_migration(&self) -> Result<Option<i64>, StoreError> {
        if !self.tables().await?.iter().any(|t| t == "_sqlx_migrations") {
            return Ok(None);
        }
        let v: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT MAX(version) FROM _sqlx_migrations WHERE success"
        ).fetch_one(pool).await?);
        Ok(v)
    }

    /// The names of the tables in the database (on PostgreSQL: in any schema of its own, so a
    /// database counts as empty only when it holds no table at all), sorted.
    pub async fn tables(&self) -> Result<Vec<String>, StoreError> {
        let names: Vec<String> = match self {
            Db::Sqlite(pool) => {
                sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                    .fetch_all(pool)
                    .await?
            }
            Db::Postgres(pool) => {
                sqlx::query_scalar(
                    "SELECT CASE WHEN table_schema = current_schema() THEN table_name \
                       ELSE table_schema || '.' || table_name END \
                     FROM information_schema.tables \
                     WHERE table_schema NOT IN ('pg_catalog', 'information_schema') \
                       AND table_schema NOT LIKE 'pg\\_%' ORDER BY 1",
                )
                .fetch_all(pool)
                .await?
            }
        };
        Ok(names)
    }

    /// On SQLite, writes a consistent copy of the database to `to` (`VACUUM INTO`: one read
    /// transaction, so writers keep going and the copy shows one moment). `to` must not exist.
    pub async fn snapshot_sqlite(&self, to: &Path) -> Result<(), StoreError> {
        let Db::Sqlite(pool) = self else {
            return Err(StoreError::Config("VACUUM INTO is for SQLite; PostgreSQL is copied with pg_dump".into()));
        };
        let to = to.to_str().ok_or_else(|| StoreError::Config("the snapshot's path is not UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1").bind(to).execute(pool).await?;
        Ok(())
    }

    /// On PostgreSQL, the server's major version (`server_version_num` / 10000), which
    /// `pg_dump` and `pg_restore` must match.
    pub async fn postgres_major(&self) -> Result<Option<u32>, StoreError> {
        let Db::Postgres(pool) = self else { return Ok(None) };
        let num: String = sqlx::query_scalar("SHOW server_version_num").fetch_one(pool).await?;
        let num: u32 = num.trim().parse().map_err(|_| StoreError::Corrupt(format!("server_version_num {num:?}")))?;
        Ok(Some(num / 10_000))
    }
}

/// The highest migration this binary carries for a backend, without a connection: what a
/// restore compares a backup's migration with before touching anything.
pub fn latest_known_migration(postgres: bool) -> i64 {
    let m = if postgres { &POSTGRES_MIGRATIONS } else { &SQLITE_MIGRATIONS };
    m.iter().map(|m| m.version).max().unwrap_or(0)
}
