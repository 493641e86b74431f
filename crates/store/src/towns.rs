//! Towns as their own public pages see them, across projects: their twinnings, the
//! projects they take part in, and the list of every town.

use twinning_domain::*;

use crate::rows::*;
use crate::{Db, StoreError, on_pool};

/// A town with its links to other towns, the projects it takes part in and who acts for it.
#[derive(Debug, Clone, PartialEq)]
pub struct TownProfile {
    pub town: Town,
    pub twinnings: Vec<TwinningLink>,
    pub projects: Vec<TownProject>,
    pub organisations: Vec<Organisation>,
}

/// A twinning seen from one town: the other town and, if signed at an event, where.
#[derive(Debug, Clone, PartialEq)]
pub struct TwinningLink {
    pub twinning: Twinning,
    pub other: Town,
    pub signed_in_project: Option<Slug>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TownProject {
    pub slug: Slug,
    pub acronym: String,
    pub title: Translated,
    pub role: PartnerRole,
}

#[derive(sqlx::FromRow)]
struct TownProjectRow {
    slug: String,
    acronym: String,
    title: String,
    role: String,
}

impl Db {
    /// Every town the instance knows, to choose a partner from; by name.
    pub async fn towns(&self) -> Result<Vec<Town>, StoreError> {
        let rows: Vec<TownRow> = on_pool!(self, pool => sqlx::query_as(&format!("SELECT {TOWN_COLUMNS} FROM towns t ORDER BY t.native_name, t.slug"))
            .fetch_all(pool).await?);
        rows.into_iter().map(TownRow::into_town).collect()
    }

    pub async fn town(&self, town: &str) -> Result<Option<TownProfile>, StoreError> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let row: Option<TownRow> = sqlx::query_as(&format!("SELECT {TOWN_COLUMNS} FROM towns t WHERE t.slug = $1"))
                .bind(town)
                .fetch_optional(&mut *tx)
                .await?;
            let Some(row) = row else { return Ok(None) };
            let id = row.id;
            let town = row.into_town()?;
            let links: Vec<TwinningRow> = sqlx::query_as(&format!(
                "{TWINNING_SELECT} WHERE w.town_a_id = $1 OR w.town_b_id = $1 ORDER BY w.since, ta.slug, tb.slug"
            ))
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            let others: Vec<TownRow> = sqlx::query_as(&format!(
                "SELECT {TOWN_COLUMNS} FROM towns t WHERE t.id IN \
                 (SELECT town_b_id FROM twinnings WHERE town_a_id = $1 UNION SELECT town_a_id FROM twinnings WHERE town_b_id = $1)"
            ))
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            let projects: Vec<TownProjectRow> = sqlx::query_as(
                "SELECT p.slug, p.acronym, p.title, x.role FROM partners x JOIN projects p ON p.id = x.project_id \
                 WHERE x.town_id = $1 ORDER BY p.period_start DESC, p.slug",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            let orgs: Vec<OrganisationRow> = sqlx::query_as(
                "SELECT o.slug, t.slug AS town, o.name, o.kind, o.website FROM organisations o JOIN towns t ON t.id = o.town_id \
                 WHERE o.town_id = $1 ORDER BY o.slug",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            tx.commit().await?;

            let others: Vec<Town> = others.into_iter().map(TownRow::into_town).collect::<Result<_, _>>()?;
            let mut twinnings = Vec::new();
            for l in links {
                let (twinning, signed_in_project) = l.into_twinning()?;
                let other_slug = if twinning.towns[0] == town.slug { &twinning.towns[1] } else { &twinning.towns[0] };
                let Some(other) = others.iter().find(|t| &t.slug == other_slug).cloned() else {
                    return Err(StoreError::Corrupt(format!("twinning with missing town {other_slug}")));
                };
                twinnings.push(TwinningLink { twinning, other, signed_in_project });
            }
            Ok(Some(TownProfile {
                town,
                twinnings,
                projects: projects
                    .into_iter()
                    .map(|r| {
                        Ok(TownProject {
                            slug: slug(&r.slug)?,
                            acronym: r.acronym,
                            title: json(&r.title, "project title")?,
                            role: wire(&r.role, PartnerRole::parse)?,
                        })
                    })
                    .collect::<Result<_, StoreError>>()?,
                organisations: orgs.into_iter().map(OrganisationRow::into_organisation).collect::<Result<_, _>>()?,
            }))
        })
    }
}
