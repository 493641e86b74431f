//! Publishing a meeting's programme: numbered versions with what changed since the last
//! one, the latest published programme of each event, and each item's revision (its
//! calendar SEQUENCE).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use twinning_domain::*;

use crate::rows::*;
use crate::{Db, StoreError, on_pool};

/// A stable fingerprint of an item's content (FNV-1a over its JSON), to notice changes.
fn fingerprint(item: &ProgrammeItem) -> String {
    let json = serde_json::to_string(item).expect("items serialise");
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in json.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// What a published version changed since the one before, by item slug.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Changes {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }

    /// The differences between two lists of items.
    pub fn between(before: &[ProgrammeItem], after: &[ProgrammeItem]) -> Self {
        let find = |list: &[ProgrammeItem], slug: &Slug| list.iter().find(|i| &i.slug == slug).cloned();
        let mut c = Changes::default();
        for i in after {
            match find(before, &i.slug) {
                None => c.added.push(i.slug.to_string()),
                Some(old) if old != *i => c.changed.push(i.slug.to_string()),
                Some(_) => {}
            }
        }
        c.removed = before.iter().filter(|i| find(after, &i.slug).is_none()).map(|i| i.slug.to_string()).collect();
        c
    }
}

/// The programme of an event as last published.
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub version: i64,
    pub published_at: DateTime<Utc>,
    pub items: Vec<ProgrammeItem>,
    pub changes: Changes,
}

/// How often an item has changed, and when it last did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revision {
    pub sequence: i64,
    pub changed_at: DateTime<Utc>,
}

impl Db {
    /// Publishes an event's draft programme as a new version, with what changed since the last
    /// one, and moves each changed item's calendar SEQUENCE on — all in one transaction.
    /// Returns the new version, or `None` when the draft equals what is published.
    pub async fn publish(&self, project: &str, ev: &Event, by: Option<i64>) -> Result<Option<Published>, StoreError> {
        let now = Utc::now().timestamp();
        let mut items = ev.items.clone();
        items.sort_by(|a, b| (a.starts_at, &a.slug).cmp(&(b.starts_at, &b.slug)));
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let last: Option<(i64, String)> = sqlx::query_as(
                "SELECT version, items FROM programme_versions WHERE project = $1 AND event = $2 ORDER BY version DESC LIMIT 1",
            )
            .bind(project).bind(ev.slug.as_str()).fetch_optional(&mut *tx).await?;
            let (version, before) = match last {
                Some((v, json_items)) => (v + 1, json::<Vec<ProgrammeItem>>(&json_items, "published items")?),
                None => (1, Vec::new()),
            };
            let changes = Changes::between(&before, &items);
            if version > 1 && changes.is_empty() {
                return Ok(None);
            }
            sqlx::query(
                "INSERT INTO programme_versions (project, event, version, published_at, published_by, items, changes) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(project).bind(ev.slug.as_str()).bind(version).bind(now).bind(by)
            .bind(to_json(&items)).bind(to_json(&changes))
            .execute(&mut *tx).await?;
            for item in &items {
                // A new item starts at sequence 0; a changed one goes up by one.
                sqlx::query(
                    "INSERT INTO item_revisions (project, event, item, fingerprint, sequence, changed_at) VALUES ($1, $2, $3, $4, 0, $5) \
                     ON CONFLICT (project, event, item) DO UPDATE SET \
                       sequence = CASE WHEN item_revisions.fingerprint = excluded.fingerprint THEN item_revisions.sequence ELSE item_revisions.sequence + 1 END, \
                       changed_at = CASE WHEN item_revisions.fingerprint = excluded.fingerprint THEN item_revisions.changed_at ELSE excluded.changed_at END, \
                       fingerprint = excluded.fingerprint",
                )
                .bind(project).bind(ev.slug.as_str()).bind(item.slug.as_str()).bind(fingerprint(item)).bind(now)
                .execute(&mut *tx).await?;
            }
            if by.is_some() {
                let project_id: Option<i64> = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1")
                    .bind(project).fetch_optional(&mut *tx).await?;
                crate::audit::row(&mut *tx, now, by, project_id, "programme.publish", &format!("{} v{version}", ev.slug)).await?;
            }
            tx.commit().await?;
            Ok(Some(Published { version, published_at: instant(now)?, items, changes }))
        })
    }

    /// The latest published programme of each event of a project, by event slug.
    pub async fn published(&self, project: &str) -> Result<HashMap<String, Published>, StoreError> {
        let rows: Vec<(String, i64, i64, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT v.event, v.version, v.published_at, v.items, v.changes FROM programme_versions v \
             WHERE v.project = $1 AND v.version = (SELECT MAX(version) FROM programme_versions w WHERE w.project = v.project AND w.event = v.event)"
        ).bind(project).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(event, version, at, items, changes)| {
                Ok((
                    event,
                    Published {
                        version,
                        published_at: instant(at)?,
                        items: json(&items, "published items")?,
                        changes: json(&changes, "changes")?,
                    },
                ))
            })
            .collect()
    }

    /// Each item's revision in one event, by item slug.
    pub async fn item_revisions(&self, project: &str, event: &str) -> Result<HashMap<String, Revision>, StoreError> {
        let rows: Vec<(String, i64, i64)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT item, sequence, changed_at FROM item_revisions WHERE project = $1 AND event = $2"
        ).bind(project).bind(event).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(item, sequence, at)| Ok((item, Revision { sequence, changed_at: instant(at)? })))
            .collect()
    }
}
