//! API tokens of an account and password-reset links; both are stored as hashes only.

use chrono::{DateTime, Utc};

use crate::accounts::{ACCOUNT_COLUMNS, AccountRow};
use crate::outbox::Mail;
use crate::rows::instant;
use crate::{Account, Db, StoreError, now, on_pool};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    pub id: i64,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked: bool,
    /// When it stops working.
    pub expires_at: Option<DateTime<Utc>>,
}

impl Db {
    /// Creates an API token for an account that works for the default 90 days; returns its id.
    pub async fn create_token(&self, account: i64, name: &str, token_hash: &str) -> Result<i64, StoreError> {
        let t = now();
        self.create_token_until(account, name, token_hash, t, t + 90 * 86_400, "").await
    }

    /// Creates an API token at `t` that works until `expires_at` (Unix seconds, from the
    /// app's clock); `client` is the creator's network, for the security log. Returns its id.
    pub async fn create_token_until(
        &self,
        account: i64,
        name: &str,
        token_hash: &str,
        t: i64,
        expires_at: i64,
        client: &str,
    ) -> Result<i64, StoreError> {
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar("INSERT INTO api_tokens (account_id, name, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(account).bind(name).bind(token_hash).bind(t).bind(expires_at).fetch_one(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, Some(account), None, "token.create", &format!("token:{id}")).await?;
            crate::security::row(&mut *tx, t, Some(account), "token.create", client, &format!("token:{id} {name}")).await?;
            tx.commit().await?;
            id
        }))
    }

    /// The account a live token belongs to at `t` (Unix seconds, from the app's clock), and
    /// notes that the token was used: at most once a minute, with a row in the security log.
    pub async fn token_account(&self, token_hash: &str, t: i64, client: &str) -> Result<Option<Account>, StoreError> {
        let row: Option<AccountRow> = on_pool!(self, pool => {
            let a: Option<AccountRow> = sqlx::query_as(&format!(
                "SELECT {ACCOUNT_COLUMNS} FROM accounts a JOIN api_tokens k ON k.account_id = a.id \
                 WHERE k.token_hash = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > $2)"
            )).bind(token_hash).bind(t).fetch_optional(pool).await?;
            if let Some(account) = &a {
                let mut tx = pool.begin_with(self.write_begin()).await?;
                let used: Option<i64> = sqlx::query_scalar("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND (last_used_at IS NULL OR last_used_at < $3 OR last_used_at > $1) RETURNING id")
                    .bind(t).bind(token_hash).bind(t - 60).fetch_optional(&mut *tx).await?;
                if let Some(id) = used {
                    crate::security::row(&mut *tx, t, Some(account.id), "token.use", client, &format!("token:{id}")).await?;
                }
                tx.commit().await?;
            }
            a
        });
        Ok(row.map(Into::into))
    }

    pub async fn tokens_of(&self, account: i64) -> Result<Vec<TokenInfo>, StoreError> {
        let rows: Vec<(i64, String, i64, Option<i64>, Option<i64>, Option<i64>)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, name, created_at, last_used_at, revoked_at, expires_at FROM api_tokens WHERE account_id = $1 ORDER BY id DESC"
        ).bind(account).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(id, name, c, used, revoked, expires)| {
                Ok(TokenInfo {
                    id,
                    name,
                    created_at: instant(c)?,
                    last_used_at: used.map(instant).transpose()?,
                    revoked: revoked.is_some(),
                    expires_at: expires.map(instant).transpose()?,
                })
            })
            .collect()
    }

    /// Revokes one of the account's own tokens; false when there is no such live token.
    pub async fn revoke_token(&self, account: i64, id: i64, client: &str) -> Result<bool, StoreError> {
        let t = now();
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let n = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND account_id = $3 AND revoked_at IS NULL")
                .bind(t).bind(id).bind(account).execute(&mut *tx).await?.rows_affected();
            if n > 0 {
                crate::audit::row(&mut *tx, t, Some(account), None, "token.revoke", &format!("token:{id}")).await?;
                crate::security::row(&mut *tx, t, Some(account), "token.revoke", client, &format!("token:{id}")).await?;
            }
            tx.commit().await?;
            n > 0
        }))
    }

    /// Stores a password-reset link and the e-mail that carries it, together.
    pub async fn create_reset(
        &self,
        account: i64,
        token_hash: &str,
        expires_at: i64,
        mail: &Mail,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            sqlx::query("INSERT INTO password_resets (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
                .bind(token_hash).bind(account).bind(t).bind(expires_at).execute(&mut *tx).await?;
            crate::outbox::queue(&mut tx, mail, t, None).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The account whose reset link can still be used at `now`.
    pub async fn reset_account(&self, token_hash: &str, now: i64) -> Result<Option<Account>, StoreError> {
        let row: Option<AccountRow> = on_pool!(self, pool => sqlx::query_as(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts a JOIN password_resets r ON r.account_id = a.id \
             WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2"
        )).bind(token_hash).bind(now).fetch_optional(pool).await?);
        Ok(row.map(Into::into))
    }

    /// Whether a reset link can still be used at `now` (Unix seconds, from the app's clock).
    pub async fn reset_valid(&self, token_hash: &str, now: i64) -> Result<bool, StoreError> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
            .bind(token_hash).bind(now).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// Uses a reset link still valid at `now` (Unix seconds, from the app's clock) once: sets
    /// the password, ends every session of the account and revokes all its API tokens.
    pub async fn use_reset(
        &self,
        token_hash: &str,
        now: i64,
        new_hash: &str,
        client: &str,
    ) -> Result<bool, StoreError> {
        let t = self::now();
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let account: Option<i64> = sqlx::query_scalar(
                "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $3 RETURNING account_id"
            ).bind(t).bind(token_hash).bind(now).fetch_optional(&mut *tx).await?;
            if let Some(a) = account {
                sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2 WHERE id = $3").bind(new_hash).bind(t).bind(a).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(a).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM signin_challenges WHERE account_id = $1").bind(a).execute(&mut *tx).await?;
                sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
                    .bind(now).bind(a).execute(&mut *tx).await?;
                crate::audit::row(&mut *tx, t, Some(a), None, "account.password_reset", &format!("account:{a}")).await?;
                crate::security::row(&mut *tx, now, Some(a), "password.reset", client, "").await?;
            }
            tx.commit().await?;
            account.is_some()
        }))
    }
}
