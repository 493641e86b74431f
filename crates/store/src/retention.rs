//! Retention of personal data: the date after which a project's people are anonymised, the
//! purge that does it, and anonymising one person on request.

use crate::{Db, StoreError, now, on_pool};

/// What an anonymised person keeps: their country, role and delegation, for the counts the
/// funder's report needs. Everything else is blanked, and their links stop working.
const ANONYMISE: &str = "UPDATE participants SET name = '', email = NULL, town = '', arrival_place = '', arrival_time = NULL, \
     arrival_by = NULL, departure_place = '', departure_time = NULL, departure_by = NULL, accommodation = '', dietary = '', \
     access_needs = '', languages = '', photo_consent = 0, manage_hash = $2, feed_hash = $3, anonymised_at = $4, updated_at = $4 \
     WHERE id = $1";

impl Db {
    /// Blanks one person's personal fields (they asked, or the retention period ended).
    /// `hashes` replace their link hashes with values no link has.
    pub async fn anonymise_participant(&self, id: i64, hashes: (String, String)) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            sqlx::query(ANONYMISE).bind(id).bind(&hashes.0).bind(&hashes.1).bind(t).execute(pool).await?;
        });
        Ok(())
    }

    /// The date after which a project's personal data is blanked, if the organisers set one.
    pub async fn retention(&self, project: &str) -> Result<Option<chrono::NaiveDate>, StoreError> {
        let v: Option<Option<String>> = on_pool!(self, pool => sqlx::query_scalar("SELECT retain_until FROM projects WHERE slug = $1")
            .bind(project).fetch_optional(pool).await?);
        v.flatten().map(|d| crate::rows::date(&d)).transpose()
    }

    pub async fn set_retention(
        &self,
        project: &str,
        until: Option<chrono::NaiveDate>,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar("UPDATE projects SET retain_until = $1 WHERE slug = $2 RETURNING id")
                .bind(until.map(|d| d.to_string())).bind(project).fetch_optional(&mut *tx).await?
                .ok_or(StoreError::NotFound("project.not_found"))?;
            let target = until.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
            crate::audit::row(&mut *tx, t, actor, Some(id), "project.retention", &target).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Anonymises every person of every project whose retention date lies before `today`;
    /// returns how many. `hashes` makes the unusable link hashes, one pair per person.
    pub async fn purge(
        &self,
        today: chrono::NaiveDate,
        hashes: &mut (dyn FnMut() -> (String, String) + Send),
    ) -> Result<u64, StoreError> {
        let t = now();
        // Most hours nothing is due: look before taking a write transaction.
        let any: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM participants x JOIN projects p ON p.id = x.project_id \
             WHERE p.retain_until IS NOT NULL AND p.retain_until < $1 AND x.anonymised_at IS NULL",
        ).bind(today.to_string()).fetch_one(pool).await?);
        if any == 0 {
            return Ok(0);
        }
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let due: Vec<(i64, i64)> = sqlx::query_as(
                "SELECT x.id, x.project_id FROM participants x JOIN projects p ON p.id = x.project_id \
                 WHERE p.retain_until IS NOT NULL AND p.retain_until < $1 AND x.anonymised_at IS NULL",
            ).bind(today.to_string()).fetch_all(&mut *tx).await?;
            let mut per_project: std::collections::BTreeMap<i64, u64> = Default::default();
            for (id, project) in &due {
                let (a, b) = hashes();
                sqlx::query(ANONYMISE).bind(id).bind(&a).bind(&b).bind(t).execute(&mut *tx).await?;
                *per_project.entry(*project).or_default() += 1;
            }
            for (project, n) in per_project {
                crate::audit::row(&mut *tx, t, None, Some(project), "people.purge", &format!("{n} anonymised")).await?;
            }
            tx.commit().await?;
            Ok(due.len() as u64)
        })
    }
}
