//! Accounts, sessions, roles, invitations, tokens, password resets, the outbox and the
//! audit log. Every use case that writes several rows does so in one transaction, and every
//! back-office write records who did what in the same transaction.

use chrono::{DateTime, Utc};
use twinning_domain::{EmailAddress, Role, Slug, Translated};

use crate::rows::{instant, json, slug};
use crate::{Db, StoreError, on_pool};

#[derive(Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub is_admin: bool,
    /// May start new projects (and so become their first organiser); the admin always may.
    pub may_start_projects: bool,
    pub password_hash: String,
}

/// Never print the hash or the address.
impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Account({})", self.id)
    }
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: i64,
    email: String,
    display_name: String,
    is_admin: i64,
    may_start_projects: i64,
    password_hash: String,
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
        }
    }
}

const ACCOUNT_COLUMNS: &str = "a.id, a.email, a.display_name, a.is_admin, a.may_start_projects, a.password_hash";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub user_agent: String,
}

/// A role someone holds in a project, as listed on their own pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Membership {
    pub project: Slug,
    pub acronym: String,
    pub title: Translated,
    pub role: Role,
    pub town: Option<Slug>,
}

/// A person with a role in a project, as its organisers see them.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub town: Option<Slug>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Invitation {
    pub project: Slug,
    pub title: Translated,
    pub email: String,
    pub role: Role,
    pub town: Option<Slug>,
    /// The town's own name, for showing.
    pub town_name: Option<String>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    pub id: i64,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked: bool,
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor: Option<String>,
    pub project: Option<String>,
    pub action: String,
    pub target: String,
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

const AUDIT: &str = "INSERT INTO audit_log (at, account_id, project_id, action, target) VALUES ($1, $2, $3, $4, $5)";
const OUTBOX: &str = "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at, calendar) VALUES ($1, $2, $3, $4, $4, $5)";

fn unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

fn now() -> i64 {
    Utc::now().timestamp()
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
            sqlx::query(AUDIT).bind(t).bind(Option::<i64>::None).bind(Option::<i64>::None)
                .bind(if admin { "account.create_admin" } else { "account.create" }).bind(format!("account:{id}"))
                .execute(&mut *tx).await?;
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
            sqlx::query(AUDIT).bind(t).bind(actor).bind(Option::<i64>::None)
                .bind(if allow { "account.may_start_projects" } else { "account.may_not_start_projects" })
                .bind(format!("account:{account}")).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Sets a new password and ends every session but `keep` (the one that changed it).
    pub async fn set_password(&self, account: i64, hash: &str, keep: Option<&str>) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2 WHERE id = $3")
                .bind(hash).bind(t).bind(account).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
                .bind(account).bind(keep.unwrap_or("")).execute(&mut *tx).await?;
            sqlx::query(AUDIT).bind(t).bind(account).bind(Option::<i64>::None).bind("account.password_change")
                .bind(format!("account:{account}")).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

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

    /// The projects in which the account holds a role.
    pub async fn memberships_of(&self, account: i64) -> Result<Vec<Membership>, StoreError> {
        let rows: Vec<(String, String, String, String, Option<String>)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT p.slug, p.acronym, p.title, m.role, t.slug FROM memberships m JOIN projects p ON p.id = m.project_id \
             LEFT JOIN towns t ON t.id = m.town_id WHERE m.account_id = $1 ORDER BY p.period_start DESC, p.slug"
        ).bind(account).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(p, acronym, title, role, town)| {
                Ok(Membership {
                    project: slug(&p)?,
                    acronym,
                    title: json(&title, "project title")?,
                    role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
                    town: town.as_deref().map(slug).transpose()?,
                })
            })
            .collect()
    }

    /// The account's role in one project, with the town it acts for.
    pub async fn role_in(&self, account: i64, project: &str) -> Result<Option<(Role, Option<Slug>)>, StoreError> {
        let row: Option<(String, Option<String>)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT m.role, t.slug FROM memberships m JOIN projects p ON p.id = m.project_id LEFT JOIN towns t ON t.id = m.town_id \
             WHERE m.account_id = $1 AND p.slug = $2"
        ).bind(account).bind(project).fetch_optional(pool).await?);
        row.map(|(r, t)| {
            Ok((
                Role::parse(&r).ok_or_else(|| StoreError::Corrupt(format!("role {r:?}")))?,
                t.as_deref().map(slug).transpose()?,
            ))
        })
        .transpose()
    }

    /// Everyone with a role in the project.
    pub async fn members(&self, project: &str) -> Result<Vec<Member>, StoreError> {
        let rows: Vec<(i64, String, String, String, Option<String>)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT a.id, a.display_name, a.email, m.role, t.slug FROM memberships m JOIN accounts a ON a.id = m.account_id \
             JOIN projects p ON p.id = m.project_id LEFT JOIN towns t ON t.id = m.town_id WHERE p.slug = $1 \
             ORDER BY m.role, a.display_name, a.id"
        ).bind(project).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(id, name, email, role, town)| {
                Ok(Member {
                    account_id: id,
                    name,
                    email,
                    role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
                    town: town.as_deref().map(slug).transpose()?,
                })
            })
            .collect()
    }

    /// Gives an account a role in a project (replacing any it had), recorded in the audit log.
    pub async fn set_role(
        &self,
        project: &str,
        account: i64,
        role: Role,
        town: Option<&Slug>,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let pid: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project).fetch_optional(&mut *tx).await?
                .ok_or(StoreError::NotFound("project.not_found"))?;
            let town_id: Option<i64> = match town {
                Some(s) => Some(sqlx::query_scalar("SELECT town_id FROM partners WHERE project_id = $1 AND town_id = (SELECT id FROM towns WHERE slug = $2)")
                    .bind(pid).bind(s.as_str()).fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("partner.not_found"))?),
                None => None,
            };
            sqlx::query(
                "INSERT INTO memberships (account_id, project_id, role, town_id, created_at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (account_id, project_id) DO UPDATE SET role = excluded.role, town_id = excluded.town_id",
            ).bind(account).bind(pid).bind(role.as_str()).bind(town_id).bind(t).execute(&mut *tx).await?;
            let target = match town { Some(s) => format!("account:{account} {role} {s}"), None => format!("account:{account} {role}") };
            sqlx::query(AUDIT).bind(t).bind(actor).bind(pid).bind("role.set").bind(target).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Takes away an account's role in a project; false when it had none.
    pub async fn remove_role(&self, project: &str, account: i64, actor: Option<i64>) -> Result<bool, StoreError> {
        let t = now();
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let pid: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project).fetch_optional(&mut *tx).await?
                .ok_or(StoreError::NotFound("project.not_found"))?;
            let n = sqlx::query("DELETE FROM memberships WHERE project_id = $1 AND account_id = $2").bind(pid).bind(account).execute(&mut *tx).await?.rows_affected();
            if n > 0 {
                sqlx::query(AUDIT).bind(t).bind(actor).bind(pid).bind("role.revoke").bind(format!("account:{account}")).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            n > 0
        }))
    }

    /// Stores an invitation and its e-mail together, and records it.
    #[allow(clippy::too_many_arguments)]
    pub async fn invite(
        &self,
        project: &str,
        email: &EmailAddress,
        role: Role,
        town: Option<&Slug>,
        invited_by: i64,
        token_hash: &str,
        expires_at: i64,
        mail: &Mail,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let pid: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project).fetch_optional(&mut *tx).await?
                .ok_or(StoreError::NotFound("project.not_found"))?;
            let town_id: Option<i64> = match town {
                Some(s) => Some(sqlx::query_scalar("SELECT town_id FROM partners WHERE project_id = $1 AND town_id = (SELECT id FROM towns WHERE slug = $2)")
                    .bind(pid).bind(s.as_str()).fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("partner.not_found"))?),
                None => None,
            };
            sqlx::query("INSERT INTO invitations (token_hash, project_id, email, role, town_id, invited_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .bind(token_hash).bind(pid).bind(email.as_str()).bind(role.as_str()).bind(town_id).bind(invited_by).bind(t).bind(expires_at)
                .execute(&mut *tx).await?;
            sqlx::query(OUTBOX).bind(&mail.recipient).bind(&mail.subject).bind(&mail.body).bind(t).bind(&mail.calendar).execute(&mut *tx).await?;
            sqlx::query(AUDIT).bind(t).bind(invited_by).bind(pid).bind("invitation.create")
                .bind(format!("{email} {role}{}", town.map(|s| format!(" {s}")).unwrap_or_default())).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// An invitation that can still be used at `now` (Unix seconds, from the app's clock).
    pub async fn invitation(&self, token_hash: &str, now: i64) -> Result<Option<Invitation>, StoreError> {
        let row: Option<(String, String, String, String, Option<String>, Option<String>, i64)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT p.slug, p.title, i.email, i.role, tw.slug, tw.native_name, i.expires_at FROM invitations i JOIN projects p ON p.id = i.project_id \
             LEFT JOIN towns tw ON tw.id = i.town_id WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2"
        ).bind(token_hash).bind(now).fetch_optional(pool).await?);
        row.map(|(p, title, email, role, town, town_name, exp)| {
            Ok(Invitation {
                project: slug(&p)?,
                title: json(&title, "project title")?,
                email,
                role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
                town: town.as_deref().map(slug).transpose()?,
                town_name,
                expires_at: instant(exp)?,
            })
        })
        .transpose()
    }

    /// Uses an invitation still valid at `now` (Unix seconds, from the app's clock): attaches
    /// `account`, or creates an account from `new` (email, name, password hash) when none is
    /// given. Single use: a second call finds nothing.
    pub async fn accept_invitation(
        &self,
        token_hash: &str,
        now: i64,
        account: Option<i64>,
        new: Option<(&EmailAddress, &str, &str)>,
    ) -> Result<i64, StoreError> {
        let t = self::now();
        let res: Result<i64, StoreError> = on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let inv: Option<(i64, i64, String, Option<i64>)> = sqlx::query_as(
                "SELECT id, project_id, role, town_id FROM invitations WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2"
            ).bind(token_hash).bind(now).fetch_optional(&mut *tx).await?;
            let Some((inv_id, pid, role, town_id)) = inv else { return Err(StoreError::NotFound("invitation.invalid")) };
            let account_id = match (account, new) {
                (Some(a), _) => a,
                (None, Some((email, name, hash))) => {
                    let created: Result<i64, sqlx::Error> = sqlx::query_scalar(
                        "INSERT INTO accounts (email, email_key, display_name, password_hash, is_admin, created_at, password_changed_at) \
                         VALUES ($1, $2, $3, $4, 0, $5, $5) RETURNING id",
                    ).bind(email.as_str()).bind(email.key()).bind(name).bind(hash).bind(t).fetch_one(&mut *tx).await;
                    match created {
                        Ok(id) => id,
                        Err(e) if unique_violation(&e) => return Err(StoreError::Conflict("email.taken")),
                        Err(e) => return Err(e.into()),
                    }
                }
                (None, None) => return Err(StoreError::Config("an invitation needs an account".into())),
            };
            // Marking it used first makes a concurrent second use find nothing.
            let n = sqlx::query("UPDATE invitations SET used_at = $1 WHERE id = $2 AND used_at IS NULL").bind(t).bind(inv_id).execute(&mut *tx).await?.rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound("invitation.invalid"));
            }
            sqlx::query(
                "INSERT INTO memberships (account_id, project_id, role, town_id, created_at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (account_id, project_id) DO UPDATE SET role = excluded.role, town_id = excluded.town_id",
            ).bind(account_id).bind(pid).bind(&role).bind(town_id).bind(t).execute(&mut *tx).await?;
            sqlx::query(AUDIT).bind(t).bind(account_id).bind(pid).bind("invitation.accept").bind(format!("account:{account_id} {role}")).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(account_id)
        });
        res
    }

    /// Creates an API token for an account; returns its id.
    pub async fn create_token(&self, account: i64, name: &str, token_hash: &str) -> Result<i64, StoreError> {
        let t = now();
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar("INSERT INTO api_tokens (account_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
                .bind(account).bind(name).bind(token_hash).bind(t).fetch_one(&mut *tx).await?;
            sqlx::query(AUDIT).bind(t).bind(account).bind(Option::<i64>::None).bind("token.create").bind(format!("token:{id}")).execute(&mut *tx).await?;
            tx.commit().await?;
            id
        }))
    }

    /// The account a live token belongs to (and notes that the token was used).
    pub async fn token_account(&self, token_hash: &str) -> Result<Option<Account>, StoreError> {
        let t = now();
        let row: Option<AccountRow> = on_pool!(self, pool => {
            let a: Option<AccountRow> = sqlx::query_as(&format!(
                "SELECT {ACCOUNT_COLUMNS} FROM accounts a JOIN api_tokens k ON k.account_id = a.id WHERE k.token_hash = $1 AND k.revoked_at IS NULL"
            )).bind(token_hash).fetch_optional(pool).await?;
            if a.is_some() {
                sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND (last_used_at IS NULL OR last_used_at < $3)")
                    .bind(t).bind(token_hash).bind(t - 60).execute(pool).await?;
            }
            a
        });
        Ok(row.map(Into::into))
    }

    pub async fn tokens_of(&self, account: i64) -> Result<Vec<TokenInfo>, StoreError> {
        let rows: Vec<(i64, String, i64, Option<i64>, Option<i64>)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE account_id = $1 ORDER BY id DESC"
        ).bind(account).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(id, name, c, used, revoked)| {
                Ok(TokenInfo {
                    id,
                    name,
                    created_at: instant(c)?,
                    last_used_at: used.map(instant).transpose()?,
                    revoked: revoked.is_some(),
                })
            })
            .collect()
    }

    /// Revokes one of the account's own tokens; false when there is no such live token.
    pub async fn revoke_token(&self, account: i64, id: i64) -> Result<bool, StoreError> {
        let t = now();
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let n = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND account_id = $3 AND revoked_at IS NULL")
                .bind(t).bind(id).bind(account).execute(&mut *tx).await?.rows_affected();
            if n > 0 {
                sqlx::query(AUDIT).bind(t).bind(account).bind(Option::<i64>::None).bind("token.revoke").bind(format!("token:{id}")).execute(&mut *tx).await?;
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
            sqlx::query(OUTBOX).bind(&mail.recipient).bind(&mail.subject).bind(&mail.body).bind(t).bind(&mail.calendar).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Whether a reset link can still be used at `now` (Unix seconds, from the app's clock).
    pub async fn reset_valid(&self, token_hash: &str, now: i64) -> Result<bool, StoreError> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
            .bind(token_hash).bind(now).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// Uses a reset link still valid at `now` (Unix seconds, from the app's clock) once: sets
    /// the password and ends every session of the account.
    pub async fn use_reset(&self, token_hash: &str, now: i64, new_hash: &str) -> Result<bool, StoreError> {
        let t = self::now();
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let account: Option<i64> = sqlx::query_scalar(
                "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $3 RETURNING account_id"
            ).bind(t).bind(token_hash).bind(now).fetch_optional(&mut *tx).await?;
            if let Some(a) = account {
                sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2 WHERE id = $3").bind(new_hash).bind(t).bind(a).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(a).execute(&mut *tx).await?;
                sqlx::query(AUDIT).bind(t).bind(a).bind(Option::<i64>::None).bind("account.password_reset").bind(format!("account:{a}")).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            account.is_some()
        }))
    }

    /// Puts a message in the outbox on its own.
    pub async fn enqueue_mail(&self, mail: &Mail) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            sqlx::query(OUTBOX).bind(&mail.recipient).bind(&mail.subject).bind(&mail.body).bind(now()).bind(&mail.calendar).execute(pool).await?;
        });
        Ok(())
    }

    /// Unsent messages whose next attempt is due, oldest first.
    pub async fn due_mail(&self, limit: i64) -> Result<Vec<OutboxMessage>, StoreError> {
        let rows: Vec<OutboxRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, recipient, subject, body, created_at, attempts, next_attempt_at, sent_at, last_error, calendar FROM outbox \
             WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2"
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

    pub async fn mark_mail_failed(&self, id: i64, next_attempt_at: i64, error: &str) -> Result<(), StoreError> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2 WHERE id = $3")
            .bind(next_attempt_at).bind(error).bind(id).execute(pool).await?;
        });
        Ok(())
    }

    pub async fn outbox_message(&self, id: i64) -> Result<Option<OutboxMessage>, StoreError> {
        let row: Option<OutboxRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, recipient, subject, body, created_at, attempts, next_attempt_at, sent_at, last_error, calendar FROM outbox WHERE id = $1"
        ).bind(id).fetch_optional(pool).await?);
        row.map(OutboxRow::into_message).transpose()
    }

    /// Makes an unsent message due now (the admin's "retry now").
    pub async fn retry_mail_now(&self, id: i64) -> Result<bool, StoreError> {
        Ok(
            on_pool!(self, pool => sqlx::query("UPDATE outbox SET next_attempt_at = $1 WHERE id = $2 AND sent_at IS NULL")
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

    /// A project's audit log, newest first (or the whole instance's when `project` is None).
    pub async fn audit_log(&self, project: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows: Vec<(i64, Option<String>, Option<String>, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT l.at, a.display_name, p.slug, l.action, l.target FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id \
             LEFT JOIN projects p ON p.id = l.project_id WHERE ($1 IS NULL OR p.slug = $1) ORDER BY l.at DESC, l.id DESC LIMIT $2"
        ).bind(project).bind(limit).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(at, actor, project, action, target)| {
                Ok(AuditEntry { at: instant(at)?, actor, project, action, target })
            })
            .collect()
    }
}
