//! A delegation's self-registration links, and a person joining through one.

use twinning_domain::Slug;

use crate::outbox::Mail;
use crate::participants::{PERSON_SET, bind_person};
use crate::rows::slug;
use crate::{Db, StoreError, Upserted, now, on_pool};

/// A delegation's self-registration link.
#[derive(Clone, PartialEq, Eq)]
pub struct JoinLink {
    pub project: Slug,
    pub event: Slug,
    pub delegation: Slug,
    pub token: String,
}

impl std::fmt::Debug for JoinLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "JoinLink({}/{}/{})", self.project, self.event, self.delegation)
    }
}

impl Db {
    /// Creates the delegation's link, replacing any earlier one (which stops working).
    pub async fn renew_join_link(
        &self,
        project: &str,
        event: &str,
        delegation: &Slug,
        token: &str,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let project_id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(project)
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            sqlx::query(
                "INSERT INTO join_links (project_id, event, delegation, token, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (project_id, event, delegation) DO UPDATE SET token = excluded.token, created_at = excluded.created_at, created_by = excluded.created_by",
            ).bind(project_id).bind(event).bind(delegation.as_str()).bind(token).bind(t).bind(actor).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "join_link.renew", &format!("{event} {delegation}")).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The links of a meeting's delegations, by delegation.
    pub async fn join_links(&self, project: &str, event: &str) -> Result<Vec<JoinLink>, StoreError> {
        let rows: Vec<(String, String, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT p.slug, j.event, j.delegation, j.token FROM join_links j JOIN projects p ON p.id = j.project_id \
             WHERE p.slug = $1 AND j.event = $2 ORDER BY j.delegation",
        ).bind(project).bind(event).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(p, e, d, token)| Ok(JoinLink { project: slug(&p)?, event: slug(&e)?, delegation: slug(&d)?, token }))
            .collect()
    }

    pub async fn join_link(&self, token: &str) -> Result<Option<JoinLink>, StoreError> {
        let row: Option<(String, String, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT p.slug, j.event, j.delegation, j.token FROM join_links j JOIN projects p ON p.id = j.project_id WHERE j.token = $1",
        ).bind(token).fetch_optional(pool).await?);
        row.map(|(p, e, d, token)| Ok(JoinLink { project: slug(&p)?, event: slug(&e)?, delegation: slug(&d)?, token }))
            .transpose()
    }

    /// A person registers themselves with a delegation's link: added (or, known by their
    /// e-mail address, updated) with the privacy notice accepted, new personal links, and the
    /// confirmation in the outbox — in one transaction.
    pub async fn join_delegation(
        &self,
        link: &JoinLink,
        p: &twinning_domain::people::Person,
        hashes: (&str, &str),
        lang: &str,
        mail: Option<&Mail>,
    ) -> Result<Upserted, StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let project_id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1").bind(link.project.as_str())
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            let same: Option<i64> = match &p.email {
                Some(e) => sqlx::query_scalar(
                    "SELECT id FROM participants WHERE project_id = $1 AND event = $2 AND delegation = $3 AND lower(email) = $4 \
                     AND anonymised_at IS NULL ORDER BY id LIMIT 1",
                ).bind(project_id).bind(link.event.as_str()).bind(link.delegation.as_str()).bind(e.as_str().to_lowercase())
                .fetch_optional(&mut *tx).await?,
                None => None,
            };
            let (id, how) = match same {
                Some(id) => (id, Upserted::Updated),
                None => {
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO participants (project_id, event, name, town, country, role, lang, manage_hash, feed_hash, privacy_accepted_at, created_at, delegation) \
                         VALUES ($1, $2, '', '', '', 'delegate', '', $3, $4, 0, $5, $6) RETURNING id",
                    ).bind(project_id).bind(link.event.as_str()).bind(hashes.0).bind(hashes.1).bind(t).bind(link.delegation.as_str())
                    .fetch_one(&mut *tx).await?;
                    (id, Upserted::Created)
                }
            };
            bind_person!(sqlx::query(&format!("UPDATE participants SET {PERSON_SET} WHERE id = $1")).bind(id), p, t).execute(&mut *tx).await?;
            sqlx::query("UPDATE participants SET manage_hash = $1, feed_hash = $2, lang = $3, privacy_accepted_at = $4 WHERE id = $5")
                .bind(hashes.0).bind(hashes.1).bind(lang).bind(t).bind(id).execute(&mut *tx).await?;
            if let Some(m) = mail {
                crate::outbox::queue(&mut tx, m, t, Some(id)).await?;
            }
            crate::audit::row(&mut *tx, t, None, Some(project_id), "people.join", &format!("{} {} person:{id}", link.event, link.delegation)).await?;
            tx.commit().await?;
            Ok(how)
        })
    }
}
