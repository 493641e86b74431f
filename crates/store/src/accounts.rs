//! Accounts: creating one (on its own or from an invitation), looking one up, the admin's
//! list, who may start projects, and changing a password. Each write records itself in the
//! audit log in the same transaction.

use twinning_domain::EmailAddress;

use crate::{Db, StoreError, now, on_pool};

#[derive(Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub is_admin: bool,
    /// May start new projects (and so become their first organiser); the admin always may.
    pub may_start_projects: bool,
    pub password_hash: String,
    /// Has a second factor (TOTP) enrolled.
    pub has_totp: bool,
}

/// Never print the hash or the address.
impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Account({})", self.id)
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct AccountRow {
    pub(crate) id: i64,
    email: String,
    display_name: String,
    is_admin: i64,
    may_start_projects: i64,
    password_hash: String,
    has_totp: i64,
}

impl From<AccountRow> for Account {
    fn from(r: AccountRow) -> Self {
        Account {
            id: r.id,
            email: r.email,
            name: r.display_name,
            is_admin: r.is_admin != 0,
            may_start_projects: r.may_start_projects != 0 || r.is_admin != 0,
            password_hash: r.password_hash,
            has_totp: r.has_totp != 0,
        }
    }
}

pub(crate) const ACCOUNT_COLUMNS: &str = "a.id, a.email, a.display_name, a.is_admin, a.may_start_projects, a.password_hash, \
     CAST(CASE WHEN a.totp_secret IS NULL THEN 0 ELSE 1 END AS BIGINT) AS has_totp";

pub(crate) fn unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

impl Db {
    /// Creates an account; an address already in use is `Conflict("email.taken")`.
    pub async fn create_account(
        &self,
        email: &EmailAddress,
        name: &str,
        hash: &str,
        admin: bool,
    ) -> Result<i64, StoreError> {
        self.create_account_with(email, name, hash, admin, false).await
    }

    /// Like [`Db::create_account`], and lets the account start projects when `starter`.
    pub async fn create_account_with(
        &self,
        email: &EmailAddress,
        name: &str,
        hash: &str,
        admin: bool,
        starter: bool,
    ) -> Result<i64, StoreError> {
        let t = now();
        // An async block, so that `?` stops here and the unique violation can be named.
        let res: Result<i64, sqlx::Error> = on_pool!(self, pool => async {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO accounts (email, email_key, display_name, password_hash, is_admin, created_at, password_changed_at, may_start_projects) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING id",
            )
            .bind(email.as_str()).bind(email.key()).bind(name).bind(hash).bind(i64::from(admin)).bind(t).bind(i64::from(starter))
            .fetch_one(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, None, None, if admin { "account.create_admin" } else { "account.create" }, &format!("account:{id}")).await?;
            tx.commit().await?;
            Ok(id)
        }.await);
        res.map_err(|e| if unique_violation(&e) { StoreError::Conflict("email.taken") } else { e.into() })
    }

    pub async fn account_by_email(&self, email: &EmailAddress) -> Result<Option<Account>, StoreError> {
        let row: Option<AccountRow> = on_pool!(self, pool => sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.email_key = $1"))
            .bind(email.key()).fetch_optional(pool).await?);
        Ok(row.map(Into::into))
    }

    pub async fn account(&self, id: i64) -> Result<Option<Account>, StoreError> {
        let row: Option<AccountRow> = on_pool!(self, pool => sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = $1"))
            .bind(id).fetch_optional(pool).await?);
        Ok(row.map(Into::into))
    }

    /// Every account, for the instance admin.
    pub async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let rows: Vec<AccountRow> = on_pool!(self, pool => sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM accounts a ORDER BY a.email_key"))
            .fetch_all(pool).await?);
        Ok(rows.into_iter().map(Into::into).collect())
    }

    /// Lets an account start projects, or stops it; recorded in the audit log.
    pub async fn set_may_start_projects(
        &self,
        account: i64,
        allow: bool,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            sqlx::query("UPDATE accounts SET may_start_projects = $1 WHERE id = $2")
                .bind(i64::from(allow)).bind(account).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, None, if allow { "account.may_start_projects" } else { "account.may_not_start_projects" }, &format!("account:{account}")).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Sets a new password and ends every session but `keep` (the one that changed it);
    /// `client` (a network, see the security log) is recorded with it.
    pub async fn set_password(
        &self,
        account: i64,
        hash: &str,
        keep: Option<&str>,
        client: &str,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2 WHERE id = $3")
                .bind(hash).bind(t).bind(account).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
                .bind(account).bind(keep.unwrap_or("")).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, Some(account), None, "account.password_change", &format!("account:{account}")).await?;
            crate::security::row(&mut *tx, t, Some(account), "password.change", client, "").await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The account's TOTP secret (base32) and the last time step accepted, if enrolled.
    pub async fn totp_secret(&self, account: i64) -> Result<Option<(String, i64)>, StoreError> {
        let row: Option<(Option<String>, i64)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT totp_secret, totp_last_step FROM accounts WHERE id = $1"
        ).bind(account).fetch_optional(pool).await?);
        Ok(row.and_then(|(s, step)| s.map(|s| (s, step))))
    }

    /// Enrols a second factor: the secret, `step` as the last step used (the code that
    /// confirmed it), and new recovery codes (their hashes) replacing any old ones.
    pub async fn enable_totp(
        &self,
        account: i64,
        secret: &str,
        step: i64,
        recovery_hashes: &[String],
        at: i64,
        client: &str,
    ) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            sqlx::query("UPDATE accounts SET totp_secret = $1, totp_last_step = $2 WHERE id = $3")
                .bind(secret).bind(step).bind(account).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1").bind(account).execute(&mut *tx).await?;
            for h in recovery_hashes {
                sqlx::query("INSERT INTO recovery_codes (account_id, code_hash) VALUES ($1, $2)")
                    .bind(account).bind(h).execute(&mut *tx).await?;
            }
            crate::security::row(&mut *tx, at, Some(account), "totp.enrol", client, "").await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Removes the second factor and its recovery codes.
    pub async fn disable_totp(&self, account: i64, at: i64, client: &str) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            sqlx::query("UPDATE accounts SET totp_secret = NULL, totp_last_step = 0 WHERE id = $1")
                .bind(account).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1").bind(account).execute(&mut *tx).await?;
            crate::security::row(&mut *tx, at, Some(account), "totp.disable", client, "").await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Accepts a TOTP code's time step once: true only when `step` is later than any step
    /// accepted before (a guarded update, so a code cannot be replayed, even concurrently).
    pub async fn accept_totp_step(&self, account: i64, step: i64) -> Result<bool, StoreError> {
        let n = on_pool!(self, pool => sqlx::query(
            "UPDATE accounts SET totp_last_step = $1 WHERE id = $2 AND totp_secret IS NOT NULL AND totp_last_step < $1"
        ).bind(step).bind(account).execute(pool).await?.rows_affected());
        Ok(n == 1)
    }

    /// Uses one recovery code (by its hash) once; false when it is unknown or used.
    pub async fn use_recovery_code(
        &self,
        account: i64,
        code_hash: &str,
        at: i64,
        client: &str,
    ) -> Result<bool, StoreError> {
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let n = sqlx::query("UPDATE recovery_codes SET used_at = $1 WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL")
                .bind(at).bind(account).bind(code_hash).execute(&mut *tx).await?.rows_affected();
            if n == 1 {
                crate::security::row(&mut *tx, at, Some(account), "recovery.used", client, "").await?;
            }
            tx.commit().await?;
            n == 1
        }))
    }

    /// How many unused recovery codes the account has.
    pub async fn recovery_codes_left(&self, account: i64) -> Result<i64, StoreError> {
        Ok(
            on_pool!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL")
            .bind(account).fetch_one(pool).await?),
        )
    }
}
