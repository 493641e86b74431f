//! Who holds which role in a project (organiser, coordinator of a town, …) and the
//! invitations that give one, sent by e-mail through the outbox.

use chrono::{DateTime, Utc};
use twinning_domain::{EmailAddress, Role, Slug, Translated};

use crate::accounts::unique_violation;
use crate::outbox::Mail;
use crate::rows::{instant, json, slug};
use crate::{Db, StoreError, now, on_pool};

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

impl Db {
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
        self.change_role(project, account, Some((role, town)), actor).await.map(|_| ())
    }

    /// Takes away an account's role in a project; false when it had none.
    pub async fn remove_role(&self, project: &str, account: i64, actor: Option<i64>) -> Result<bool, StoreError> {
        self.change_role(project, account, None, actor).await
    }

    /// Sets an account's role (`None`: takes it away), with its audit row. A project keeps an
    /// organiser: a change that would leave it none is refused (`role.last_organiser`), checked
    /// in the transaction while the project's roles are locked (SQLite's write lock, an
    /// advisory lock on PostgreSQL), so two organisers demoting each other at once cannot both
    /// succeed. False when there was no role to take away.
    async fn change_role(
        &self,
        project: &str,
        account: i64,
        role: Option<(Role, Option<&Slug>)>,
        actor: Option<i64>,
    ) -> Result<bool, StoreError> {
        let t = now();
        let lock = match self {
            Db::Sqlite(_) => None,
            Db::Postgres(_) => Some("SELECT pg_advisory_xact_lock(hashtext($1))"),
        };
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let pid: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project).fetch_optional(&mut *tx).await?
                .ok_or(StoreError::NotFound("project.not_found"))?;
            if let Some(l) = lock {
                sqlx::query(l).bind(format!("roles:{pid}")).execute(&mut *tx).await?;
            }
            let was: Option<String> = sqlx::query_scalar("SELECT role FROM memberships WHERE project_id = $1 AND account_id = $2")
                .bind(pid).bind(account).fetch_optional(&mut *tx).await?;
            let changed = match role {
                Some((role, town)) => {
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
                    crate::audit::row(&mut *tx, t, actor, Some(pid), "role.set", &target).await?;
                    true
                }
                None => {
                    let n = sqlx::query("DELETE FROM memberships WHERE project_id = $1 AND account_id = $2").bind(pid).bind(account).execute(&mut *tx).await?.rows_affected();
                    if n > 0 {
                        crate::audit::row(&mut *tx, t, actor, Some(pid), "role.revoke", &format!("account:{account}")).await?;
                    }
                    n > 0
                }
            };
            if was.as_deref() == Some(Role::Organiser.as_str()) {
                let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE project_id = $1 AND role = $2")
                    .bind(pid).bind(Role::Organiser.as_str()).fetch_one(&mut *tx).await?;
                if left == 0 {
                    // Dropping the transaction rolls the change back.
                    return Err(StoreError::Conflict("role.last_organiser"));
                }
            }
            tx.commit().await?;
            changed
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
            crate::outbox::queue(&mut tx, mail, t, None).await?;
            crate::audit::row(&mut *tx, t, Some(invited_by), Some(pid), "invitation.create", &format!("{email} {role}{}", town.map(|s| format!(" {s}")).unwrap_or_default())).await?;
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
            crate::audit::row(&mut *tx, t, Some(account_id), Some(pid), "invitation.accept", &format!("account:{account_id} {role}")).await?;
            tx.commit().await?;
            Ok(account_id)
        });
        res
    }
}
