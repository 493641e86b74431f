//! The audit log: who did what, when, in which project. Every write records its row with
//! [`row`] inside its own transaction; [`Db::audit_log`] reads them back.

use chrono::{DateTime, Utc};

use crate::rows::instant;
use crate::{Db, StoreError, on_pool};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor: Option<String>,
    pub project: Option<String>,
    pub action: String,
    pub target: String,
}

/// Writes one audit row with `ex`, normally the caller's transaction (`&mut *tx`), so the row
/// commits or rolls back with the change it records. `account` is who acted (`None`: the
/// system or an anonymous visitor), `project` the project's id when the change belongs to one.
///
/// Generic over the backend so that one call serves both arms of `on_pool!`; the bounds only
/// say that the backend can bind the columns' types, which SQLite and PostgreSQL both can.
pub(crate) async fn row<'c, E, DB>(
    ex: E,
    at: i64,
    account: Option<i64>,
    project: Option<i64>,
    action: &str,
    target: &str,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = DB>,
    DB: sqlx::Database,
    for<'q> i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
{
    sqlx::query("INSERT INTO audit_log (at, account_id, project_id, action, target) VALUES ($1, $2, $3, $4, $5)")
        .bind(at)
        .bind(account)
        .bind(project)
        .bind(action)
        .bind(target)
        .execute(ex)
        .await?;
    Ok(())
}

impl Db {
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
