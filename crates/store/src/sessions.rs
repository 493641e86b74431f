//! Sign-in sessions (by the hash of their cookie's token), the throttle that slows password
//! guessing down, and the challenges that wait for a second factor.

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
        self.create_session_at(token_hash, account, user_agent, now(), "").await
    }

    /// A new session that starts at `t` (Unix seconds, from the app's clock), with its
    /// `signin.ok` row in the security log (`client`: the network).
    pub async fn create_session_at(
        &self,
        token_hash: &str,
        account: i64,
        user_agent: &str,
        t: i64,
        client: &str,
    ) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, user_agent) VALUES ($1, $2, $3, $3, $4)")
                .bind(token_hash).bind(account).bind(t).bind(user_agent).execute(&mut *tx).await?;
            crate::security::row(&mut *tx, t, Some(account), "signin.ok", client, "").await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The account behind a session at `t` (Unix seconds, from the app's clock): one seen
    /// within `idle_secs` and begun within `lifetime_secs`; others are deleted. The session's
    /// last-seen time moves on at most once a minute, to spare writes.
    pub async fn session_account(
        &self,
        token_hash: &str,
        t: i64,
        idle_secs: i64,
        lifetime_secs: i64,
    ) -> Result<Option<Account>, StoreError> {
        let row: Option<(i64, AccountRow)> = on_pool!(self, pool => {
            let found: Option<(i64, i64)> = sqlx::query_as("SELECT last_seen_at, created_at FROM sessions WHERE token_hash = $1")
                .bind(token_hash).fetch_optional(pool).await?;
            match found {
                None => None,
                Some((seen, created)) if seen < t - idle_secs || created < t - lifetime_secs => {
                    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(pool).await?;
                    None
                }
                Some((seen, _)) => {
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

    /// Counts an attempt under every key, atomically, before its password is checked: one
    /// guarded upsert per key in one write transaction. When a key is in its delay (or past
    /// its free attempts and not yet due), nothing is counted and the answer is `Err` with the
    /// instant (Unix seconds) from which an attempt is checked again. Concurrent attempts
    /// queue on the rows, so no more than a key's free attempts get through at once.
    pub async fn claim_attempt(&self, keys: &[Throttle], now: i64) -> Result<Result<(), i64>, StoreError> {
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let mut refused = None;
            for k in keys {
                let counted: Option<i64> = sqlx::query_scalar(CLAIM)
                    .bind(&k.key_hash).bind(now).bind(k.free).bind(k.first_delay).bind(k.max_delay).bind(now - k.forget_after)
                    .fetch_optional(&mut *tx).await?;
                if counted.is_none() {
                    let next: i64 = sqlx::query_scalar("SELECT next_at FROM signin_throttle WHERE key_hash = $1")
                        .bind(&k.key_hash).fetch_one(&mut *tx).await?;
                    refused = Some(next.max(now + 1));
                    break;
                }
            }
            match refused {
                Some(next) => {
                    tx.rollback().await?;
                    Err(next)
                }
                None => {
                    tx.commit().await?;
                    Ok(())
                }
            }
        }))
    }

    /// After a right password, in one transaction: forgets the failures under `reset`, takes
    /// the attempt back from `uncount` (a client's count, which a success of one's own must
    /// not wipe), and opens what the password opens: a session (with its security-log row)
    /// or a challenge waiting for the second factor.
    pub async fn attempt_succeeded(
        &self,
        reset: &[String],
        uncount: &[String],
        account: i64,
        opens: &Opens<'_>,
        t: i64,
    ) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            for k in reset {
                sqlx::query("DELETE FROM signin_throttle WHERE key_hash = $1").bind(k).execute(&mut *tx).await?;
            }
            for k in uncount {
                sqlx::query("UPDATE signin_throttle SET attempts = attempts - 1 WHERE key_hash = $1 AND attempts > 0")
                    .bind(k).execute(&mut *tx).await?;
            }
            match opens {
                Opens::Nothing => {}
                Opens::Session { token_hash, user_agent, client } => {
                    sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, user_agent) VALUES ($1, $2, $3, $3, $4)")
                        .bind(*token_hash).bind(account).bind(t).bind(*user_agent).execute(&mut *tx).await?;
                    crate::security::row(&mut *tx, t, Some(account), "signin.ok", client, "").await?;
                }
                Opens::Challenge { token_hash, next, user_agent, expires_at } => {
                    sqlx::query("INSERT INTO signin_challenges (token_hash, account_id, next, user_agent, expires_at) VALUES ($1, $2, $3, $4, $5)")
                        .bind(*token_hash).bind(account).bind(*next).bind(*user_agent).bind(*expires_at).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Forgets throttle rows untouched since `cutoff`; returns how many.
    pub async fn purge_throttle(&self, cutoff: i64) -> Result<u64, StoreError> {
        Ok(on_pool!(self, pool => sqlx::query("DELETE FROM signin_throttle WHERE updated_at < $1")
            .bind(cutoff).execute(pool).await?.rows_affected()))
    }

    /// The account and the page to go to of a challenge still open at `now`.
    pub async fn challenge(&self, token_hash: &str, now: i64) -> Result<Option<(Account, String)>, StoreError> {
        let row: Option<(String, AccountRow)> = on_pool!(self, pool => {
            let found: Option<(i64, String)> = sqlx::query_as("SELECT account_id, next FROM signin_challenges WHERE token_hash = $1 AND expires_at > $2")
                .bind(token_hash).bind(now).fetch_optional(pool).await?;
            match found {
                None => None,
                Some((account, next)) => {
                    let a: Option<AccountRow> = sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = $1"))
                        .bind(account).fetch_optional(pool).await?;
                    a.map(|a| (next, a))
                }
            }
        });
        Ok(row.map(|(next, a)| (a.into(), next)))
    }

    /// Ends a challenge and opens the session it was waiting for, together; false when the
    /// challenge was used or expired meanwhile.
    pub async fn finish_challenge(
        &self,
        token_hash: &str,
        now: i64,
        session_hash: &str,
        client: &str,
    ) -> Result<bool, StoreError> {
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let found: Option<(i64, String)> = sqlx::query_as(
                "DELETE FROM signin_challenges WHERE token_hash = $1 AND expires_at > $2 RETURNING account_id, user_agent"
            ).bind(token_hash).bind(now).fetch_optional(&mut *tx).await?;
            if let Some((account, ua)) = &found {
                sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, user_agent) VALUES ($1, $2, $3, $3, $4)")
                    .bind(session_hash).bind(account).bind(now).bind(ua).execute(&mut *tx).await?;
                crate::security::row(&mut *tx, now, Some(*account), "signin.ok", client, "totp").await?;
                sqlx::query("DELETE FROM signin_challenges WHERE expires_at <= $1").bind(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            found.is_some()
        }))
    }
}

/// What a right password opens (see [`Db::attempt_succeeded`]); hashes of secrets only.
#[derive(Debug)]
pub enum Opens<'a> {
    /// Nothing more (the second factor's own throttle, settled before its session opens).
    Nothing,
    Session {
        token_hash: &'a str,
        user_agent: &'a str,
        client: &'a str,
    },
    /// A challenge for the second factor; `next` is the page to go to afterwards.
    Challenge {
        token_hash: &'a str,
        next: &'a str,
        user_agent: &'a str,
        expires_at: i64,
    },
}

/// One key an attempt is counted under, and its rule: `free` attempts, then a wait of
/// `first_delay` seconds that doubles with each further failure up to `max_delay`; a key
/// quiet for `forget_after` seconds starts again.
#[derive(Debug, Clone)]
pub struct Throttle {
    pub key_hash: String,
    pub free: i64,
    pub first_delay: i64,
    pub max_delay: i64,
    pub forget_after: i64,
}

/// The guarded upsert that counts an attempt: it updates (and answers a row) only when the
/// key still has free attempts, its delay is over, or it was forgotten. Inside `SET`, the
/// columns are the row's values before the update, on both backends.
const CLAIM: &str = "INSERT INTO signin_throttle (key_hash, attempts, delay_secs, next_at, updated_at) VALUES ($1, 1, 0, $2, $2) \
    ON CONFLICT (key_hash) DO UPDATE SET \
    attempts = CASE WHEN signin_throttle.updated_at < $6 THEN 1 ELSE signin_throttle.attempts + 1 END, \
    delay_secs = CASE WHEN signin_throttle.updated_at < $6 OR signin_throttle.attempts + 1 < $3 THEN 0 \
        WHEN signin_throttle.delay_secs = 0 THEN $4 WHEN signin_throttle.delay_secs * 2 > $5 THEN $5 \
        ELSE signin_throttle.delay_secs * 2 END, \
    next_at = $2 + CASE WHEN signin_throttle.updated_at < $6 OR signin_throttle.attempts + 1 < $3 THEN 0 \
        WHEN signin_throttle.delay_secs = 0 THEN $4 WHEN signin_throttle.delay_secs * 2 > $5 THEN $5 \
        ELSE signin_throttle.delay_secs * 2 END, \
    updated_at = $2 \
    WHERE signin_throttle.updated_at < $6 OR signin_throttle.attempts < $3 OR signin_throttle.next_at <= $2 \
    RETURNING attempts";
