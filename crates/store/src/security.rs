//! The security log: sign-ins, failures, throttles, second-factor changes, recovery-code use,
//! API tokens and password changes, for the instance admin. Rows never hold a secret or a
//! password; the client is stored only as its network (`203.0.113.0/24`, `2001:db8:1::/48`).
//! Role changes are not copied here: [`Db::security_log`] reads them from the audit log.

use chrono::{DateTime, Utc};

use crate::rows::instant;
use crate::{Db, StoreError, on_pool};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityEntry {
    pub at: DateTime<Utc>,
    /// The account's name, when the event belongs to one that still exists.
    pub account: Option<String>,
    /// `signin.ok`, `signin.fail`, `signin.throttled`, `totp.enrol`, …, or an audit action
    /// about roles (`role.set`).
    pub event: String,
    /// The client's network, or empty.
    pub client: String,
    /// What else is worth knowing (a token's name, the role's target); never a secret.
    pub detail: String,
}

/// Writes one security row with `ex`, normally the caller's transaction, so that it commits
/// with the change it records.
pub(crate) async fn row<'c, E, DB>(
    ex: E,
    at: i64,
    account: Option<i64>,
    event: &str,
    client: &str,
    detail: &str,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = DB>,
    DB: sqlx::Database,
    for<'q> i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
{
    sqlx::query("INSERT INTO security_log (at, account_id, event, client, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(at)
        .bind(account)
        .bind(event)
        .bind(client)
        .bind(detail)
        .execute(ex)
        .await?;
    Ok(())
}

/// The audit actions that change what an account may do, shown in the security log too.
const ROLE_ACTIONS: &str = "'role.set', 'role.revoke', 'invitation.accept', 'account.create_admin', \
     'account.may_start_projects', 'account.may_not_start_projects'";

impl Db {
    /// Records one security event on its own (a failure, a throttle: nothing else changes).
    pub async fn security_event(
        &self,
        at: i64,
        account: Option<i64>,
        event: &str,
        client: &str,
        detail: &str,
    ) -> Result<(), StoreError> {
        on_pool!(self, pool => row(pool, at, account, event, client, detail).await?);
        Ok(())
    }

    /// One page of the security log with the role changes of the audit log, newest first.
    pub async fn security_log(&self, limit: i64, offset: i64) -> Result<Vec<SecurityEntry>, StoreError> {
        let sql = format!(
            "SELECT e.at, a.display_name, e.event, e.client, e.detail FROM ( \
               SELECT at, id, account_id, event, client, detail FROM security_log \
               UNION ALL SELECT at, id, account_id, action, '', target FROM audit_log WHERE action IN ({ROLE_ACTIONS}) \
             ) e LEFT JOIN accounts a ON a.id = e.account_id ORDER BY e.at DESC, e.id DESC LIMIT $1 OFFSET $2"
        );
        let rows: Vec<(i64, Option<String>, String, String, String)> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(limit).bind(offset).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(at, account, event, client, detail)| {
                Ok(SecurityEntry { at: instant(at)?, account, event, client, detail })
            })
            .collect()
    }
}
