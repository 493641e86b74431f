//! Venues as their own public pages see them: their town and the programme items held there,
//! in every project.

use chrono::{DateTime, Utc};
use twinning_domain::*;

use crate::rows::*;
use crate::{Db, StoreError, on_pool};

/// A venue, its town, and the programme items held there (in every project).
#[derive(Debug, Clone, PartialEq)]
pub struct VenueProfile {
    pub venue: Venue,
    pub town: Town,
    pub items: Vec<VenueItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VenueItem {
    pub project: Slug,
    pub event: Slug,
    pub item: Slug,
    pub title: Translated,
    pub starts_at: DateTime<Utc>,
    pub time_zone: TimeZone,
}

#[derive(sqlx::FromRow)]
struct VenueItemRow {
    project: String,
    event: String,
    item: String,
    title: String,
    starts_at: i64,
    time_zone: String,
}

impl Db {
    pub async fn venue(&self, venue: &str) -> Result<Option<VenueProfile>, StoreError> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let row: Option<VenueRow> = sqlx::query_as(&format!(
                "SELECT {VENUE_COLUMNS} FROM venues v JOIN towns t ON t.id = v.town_id WHERE v.slug = $1"
            ))
            .bind(venue)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = row else { return Ok(None) };
            let town: TownRow = sqlx::query_as(&format!("SELECT {TOWN_COLUMNS} FROM towns t WHERE t.slug = $1"))
                .bind(&row.town)
                .fetch_one(&mut *tx)
                .await?;
            let items: Vec<VenueItemRow> = sqlx::query_as(
                "SELECT p.slug AS project, e.slug AS event, i.slug AS item, i.title, i.starts_at, e.time_zone \
                 FROM item_venues iv JOIN venues v ON v.id = iv.venue_id JOIN programme_items i ON i.id = iv.item_id \
                 JOIN events e ON e.id = i.event_id JOIN projects p ON p.id = e.project_id \
                 WHERE v.slug = $1 ORDER BY i.starts_at, i.slug",
            )
            .bind(venue)
            .fetch_all(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(Some(VenueProfile {
                venue: row.into_venue()?,
                town: town.into_town()?,
                items: items
                    .into_iter()
                    .map(|r| {
                        Ok(VenueItem {
                            project: slug(&r.project)?,
                            event: slug(&r.event)?,
                            item: slug(&r.item)?,
                            title: json(&r.title, "item title")?,
                            starts_at: instant(r.starts_at)?,
                            time_zone: TimeZone::parse(&r.time_zone).map_err(|e| StoreError::Corrupt(e.message))?,
                        })
                    })
                    .collect::<Result<_, StoreError>>()?,
            }))
        })
    }
}
