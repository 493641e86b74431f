//! A project's overrides of its funder's rules (thresholds the organisers adjusted).

use crate::{Db, StoreError, now, on_pool};

impl Db {
    pub async fn rule_overrides(&self, project: &str) -> Result<twinning_domain::rules::Overrides, StoreError> {
        let v: Option<String> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT r.overrides FROM project_rules r JOIN projects p ON p.id = r.project_id WHERE p.slug = $1",
        ).bind(project).fetch_optional(pool).await?);
        v.map(|s| crate::rows::json(&s, "rule overrides")).transpose().map(Option::unwrap_or_default)
    }

    pub async fn set_rule_overrides(
        &self,
        project: &str,
        o: &twinning_domain::rules::Overrides,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project)
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            sqlx::query(
                "INSERT INTO project_rules (project_id, overrides, updated_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (project_id) DO UPDATE SET overrides = excluded.overrides, updated_at = excluded.updated_at",
            ).bind(id).bind(crate::rows::to_json(o)).bind(t).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, Some(id), "rules.override", &crate::rows::to_json(o)).await?;
            tx.commit().await?;
        });
        Ok(())
    }
}
