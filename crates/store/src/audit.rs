//! The audit log: who did what, when, in which project. Rows are written by each write's own
//! transaction; this file reads them back.

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
