//! Sign-in sessions (by the hash of their cookie's token) and the failed sign-ins that
//! slow down password guessing.

use chrono::{DateTime, Utc};

use crate::accounts::{ACCOUNT_COLUMNS, AccountRow};
use crate::rows::instant;
use crate::{Account, Db, StoreError, now, on_pool};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub user_agent: String,
}

impl Db {
    pub async fn create_session(&self, token_hash: &str, account: i64, user_agent: &str) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, user_agent) VALUES ($1, $2, $3, $3, $4)")
            .bind(token_hash).bind(account).bind(t).bind(user_agent).execute(pool).await?;
        });
        Ok(())
    }

    /// The account behind a session seen after `idle_cutoff`; older sessions are deleted.
    /// The session's last-seen time moves on at most once a minute, to spare writes.
    pub async fn session_account(&self, token_hash: &str, idle_cutoff: i64) -> Result<Option<Account>, StoreError> {
        let t = now();
        let row: Option<(i64, AccountRow)> = on_pool!(self, pool => {
            let found: Option<(i64,)> = sqlx::query_as("SELECT last_seen_at FROM sessions WHERE token_hash = $1")
                .bind(token_hash).fetch_optional(pool).await?;
            match found {
                None => None,
                Some((seen,)) if seen < idle_cutoff => {
                    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(pool).await?;
                    None
                }
                Some((seen,)) => {
                    if t - seen > 60 {
                        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2").bind(t).bind(token_hash).execute(pool).await?;
                    }
                    let a: Option<AccountRow> = sqlx::query_as(&format!(
                        "SELECT {ACCOUNT_COLUMNS} FROM accounts a JOIN sessions s ON s.account_id = a.id WHERE s.token_hash = $1"
                    )).bind(token_hash).fetch_optional(pool).await?;
                    a.map(|a| (seen, a))
                }
            }
        });
        Ok(row.map(|(_, a)| a.into()))
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(pool).await?;
        });
        Ok(())
    }

    /// The account's sessions, most recently used first; `current` marks the asking one.
    pub async fn sessions_of(&self, account: i64) -> Result<Vec<(SessionInfo, String)>, StoreError> {
        let rows: Vec<(i64, i64, i64, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, created_at, last_seen_at, user_agent, token_hash FROM sessions WHERE account_id = $1 ORDER BY last_seen_at DESC, id DESC"
        ).bind(account).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(id, c, s, ua, hash)| {
                Ok((SessionInfo { id, created_at: instant(c)?, last_seen_at: instant(s)?, user_agent: ua }, hash))
            })
            .collect()
    }

    /// Ends one of the account's own sessions; false when there is no such session.
    pub async fn revoke_session(&self, account: i64, id: i64) -> Result<bool, StoreError> {
        let n = on_pool!(self, pool => sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id = $2")
            .bind(account).bind(id).execute(pool).await?.rows_affected());
        Ok(n > 0)
    }

    /// Deletes sessions idle since before `cutoff`; returns how many.
    pub async fn purge_sessions(&self, cutoff: i64) -> Result<u64, StoreError> {
        Ok(
            on_pool!(self, pool => sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1").bind(cutoff).execute(pool).await?.rows_affected()),
        )
    }

    /// Failed sign-ins recorded for a hashed key since `since`.
    pub async fn signin_failures(&self, key_hash: &str, since: i64) -> Result<i64, StoreError> {
        Ok(
            on_pool!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM signin_failures WHERE key_hash = $1 AND at >= $2")
            .bind(key_hash).bind(since).fetch_one(pool).await?),
        )
    }

    /// Records a failed sign-in under each key and forgets failures older than a day.
    pub async fn record_signin_failure(&self, key_hashes: &[String]) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            for k in key_hashes {
                sqlx::query("INSERT INTO signin_failures (key_hash, at) VALUES ($1, $2)").bind(k).bind(t).execute(&mut *tx).await?;
            }
            sqlx::query("DELETE FROM signin_failures WHERE at < $1").bind(t - 86_400).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn clear_signin_failures(&self, key_hash: &str) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM signin_failures WHERE key_hash = $1").bind(key_hash).execute(pool).await?;
        });
        Ok(())
    }
}
