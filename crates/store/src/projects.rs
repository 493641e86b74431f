//! A project as one aggregate: imported whole in one transaction, read back whole, and the
//! list of projects.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use twinning_domain::*;

use crate::changes::ordered;
use crate::rows::*;
use crate::{Db, StoreError, on_pool};

/// What an import wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub project: Slug,
    pub created: bool,
    pub towns: usize,
    pub venues: usize,
    pub events: usize,
    pub items: usize,
}

/// A project as listed on the home page.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectSummary {
    pub slug: Slug,
    pub acronym: String,
    pub title: Translated,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub status: ProjectStatus,
    pub updated_at: DateTime<Utc>,
}

/// The towns a project's bundle carries: its partners, its hosts and its venues' towns.
pub(crate) const PROJECT_TOWN_IDS: &str = "(SELECT town_id FROM partners WHERE project_id = $1 \
     UNION SELECT host_town_id FROM events WHERE project_id = $1 \
     UNION SELECT town_id FROM project_towns WHERE project_id = $1 \
     UNION SELECT v.town_id FROM venues v JOIN item_venues iv ON iv.venue_id = v.id \
       JOIN programme_items i ON i.id = iv.item_id JOIN events e ON e.id = i.event_id WHERE e.project_id = $1)";

const PROJECT_COLUMNS: &str = "id, slug, acronym, title, aims, funding, period_start, period_end, status, default_lang, languages, links, updated_at";

impl Db {
    /// Writes a whole project: towns, organisations and venues are created or updated by slug;
    /// the project's partners, events and programme are replaced. All or nothing.
    /// Writes a whole project and publishes every event's programme that changed: a project
    /// file (the CLI, the demo) is its owner's word on what the public sees.
    pub async fn import(&self, b: &Bundle) -> Result<ImportSummary, StoreError> {
        let summary = self.import_as(b, None).await?;
        for ev in &b.project.events {
            self.publish(b.project.slug.as_str(), ev, None).await?;
        }
        Ok(summary)
    }

    /// Like [`Db::import`], recording in the audit log, in the same transaction, who wrote
    /// it and why: `(account, action, target)`.
    pub async fn import_as(&self, b: &Bundle, audit: Option<(i64, &str, &str)>) -> Result<ImportSummary, StoreError> {
        self.write_project(b, audit, None).await
    }

    /// Starts a new project from the back office or the API: its slug must be free, and
    /// `owner` becomes its first organiser in the same transaction.
    pub async fn create_project(&self, b: &Bundle, owner: i64) -> Result<ImportSummary, StoreError> {
        self.write_project(b, Some((owner, "project.create", b.project.slug.as_str())), Some(owner)).await
    }

    async fn write_project(
        &self,
        b: &Bundle,
        audit: Option<(i64, &str, &str)>,
        owner: Option<i64>,
    ) -> Result<ImportSummary, StoreError> {
        b.validate()?;
        let now = Utc::now().timestamp();
        let p = &b.project;
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let mut towns: HashMap<&Slug, i64> = HashMap::new();
            for t in &b.towns {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO towns (slug, native_name, name, country, region, population, lat, lon, website, languages, illustrative) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                     ON CONFLICT (slug) DO UPDATE SET native_name = excluded.native_name, name = excluded.name, \
                       country = excluded.country, region = excluded.region, population = excluded.population, \
                       lat = excluded.lat, lon = excluded.lon, website = excluded.website, \
                       languages = excluded.languages, illustrative = excluded.illustrative, version = towns.version + 1 \
                     RETURNING id",
                )
                .bind(t.slug.as_str())
                .bind(&t.native_name)
                .bind(to_json(&t.name))
                .bind(t.country.as_str())
                .bind(to_json(&t.region))
                .bind(t.population.map(i64::from))
                .bind(t.coordinates.map(|c| c.lat))
                .bind(t.coordinates.map(|c| c.lon))
                .bind(t.website.as_ref().map(|u| u.as_str().to_owned()))
                .bind(to_json(&t.languages))
                .bind(opt_to_json(&t.illustrative))
                .fetch_one(&mut *tx)
                .await?;
                towns.insert(&t.slug, id);
            }
            let mut orgs: HashMap<&Slug, i64> = HashMap::new();
            for o in &b.organisations {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO organisations (slug, town_id, name, kind, website) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (slug) DO UPDATE SET town_id = excluded.town_id, name = excluded.name, \
                       kind = excluded.kind, website = excluded.website, version = organisations.version + 1 RETURNING id",
                )
                .bind(o.slug.as_str())
                .bind(towns[&o.town])
                .bind(to_json(&o.name))
                .bind(o.kind.as_str())
                .bind(o.website.as_ref().map(|u| u.as_str().to_owned()))
                .fetch_one(&mut *tx)
                .await?;
                orgs.insert(&o.slug, id);
            }
            let mut venues: HashMap<&Slug, i64> = HashMap::new();
            for v in &b.venues {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO venues (slug, town_id, name, address, lat, lon, description, accessibility, website, illustrative) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                     ON CONFLICT (slug) DO UPDATE SET town_id = excluded.town_id, name = excluded.name, \
                       address = excluded.address, lat = excluded.lat, lon = excluded.lon, description = excluded.description, \
                       accessibility = excluded.accessibility, website = excluded.website, illustrative = excluded.illustrative, \
                       version = venues.version + 1 RETURNING id",
                )
                .bind(v.slug.as_str())
                .bind(towns[&v.town])
                .bind(to_json(&v.name))
                .bind(&v.address)
                .bind(v.coordinates.lat)
                .bind(v.coordinates.lon)
                .bind(to_json(&v.description))
                .bind(to_json(&v.accessibility))
                .bind(v.website.as_ref().map(|u| u.as_str().to_owned()))
                .bind(opt_to_json(&v.illustrative))
                .fetch_one(&mut *tx)
                .await?;
                venues.insert(&v.slug, id);
            }

            let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1")
                .bind(p.slug.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            if owner.is_some() && existing.is_some() {
                return Err(StoreError::Conflict("project.slug_taken"));
            }
            let project_id: i64 = sqlx::query_scalar(
                "INSERT INTO projects (slug, acronym, title, aims, funding, period_start, period_end, status, default_lang, languages, links, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                 ON CONFLICT (slug) DO UPDATE SET acronym = excluded.acronym, title = excluded.title, aims = excluded.aims, \
                   funding = excluded.funding, period_start = excluded.period_start, period_end = excluded.period_end, \
                   status = excluded.status, default_lang = excluded.default_lang, languages = excluded.languages, \
                   links = excluded.links, updated_at = excluded.updated_at, \
                   version = projects.version + 1, revision = projects.revision + 1 \
                 RETURNING id",
            )
            .bind(p.slug.as_str())
            .bind(&p.acronym)
            .bind(to_json(&p.title))
            .bind(to_json(&p.aims))
            .bind(opt_to_json(&p.funding))
            .bind(p.period_start.to_string())
            .bind(p.period_end.to_string())
            .bind(p.status.as_str())
            .bind(p.default_lang.as_str())
            .bind(to_json(&p.languages))
            .bind(to_json(&p.links))
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM project_towns WHERE project_id = $1").bind(project_id).execute(&mut *tx).await?;
            for t in &b.towns {
                sqlx::query("INSERT INTO project_towns (project_id, town_id) VALUES ($1, $2)")
                    .bind(project_id)
                    .bind(towns[&t.slug])
                    .execute(&mut *tx)
                    .await?;
            }
            if let Some(account) = owner {
                sqlx::query(
                    "INSERT INTO memberships (account_id, project_id, role, town_id, created_at) VALUES ($1, $2, 'organiser', NULL, $3)",
                )
                .bind(account)
                .bind(project_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            // Replacing the programme: items go with their events (ON DELETE CASCADE).
            sqlx::query("DELETE FROM partners WHERE project_id = $1").bind(project_id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM events WHERE project_id = $1").bind(project_id).execute(&mut *tx).await?;

            for (pos, partner) in p.partners.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO partners (project_id, town_id, organisation_id, role, position, illustrative) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(project_id)
                .bind(towns[&partner.town])
                .bind(partner.organisation.as_ref().map(|o| orgs[o]))
                .bind(partner.role.as_str())
                .bind(pos as i64)
                .bind(opt_to_json(&partner.illustrative))
                .execute(&mut *tx)
                .await?;
            }
            let mut items_written = 0;
            let mut item_ids: HashMap<(&Slug, &Slug), i64> = HashMap::new();
            for ev in &p.events {
                let event_id: i64 = sqlx::query_scalar(
                    "INSERT INTO events (project_id, slug, title, description, host_town_id, start_date, end_date, time_zone, illustrative, evaluation) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                )
                .bind(project_id)
                .bind(ev.slug.as_str())
                .bind(to_json(&ev.title))
                .bind(to_json(&ev.description))
                .bind(towns[&ev.host_town])
                .bind(ev.start_date.to_string())
                .bind(ev.end_date.to_string())
                .bind(ev.time_zone.name())
                .bind(opt_to_json(&ev.illustrative))
                .bind(to_json(&ev.evaluation))
                .fetch_one(&mut *tx)
                .await?;
                for item in &ev.items {
                    // Validated above: every time exists in the zone.
                    let starts = twinning_domain::time::to_utc(ev.time_zone, item.starts_at).map_err(ValidationErrors::from)?;
                    let ends = twinning_domain::time::to_utc(ev.time_zone, item.ends_at).map_err(ValidationErrors::from)?;
                    let item_id: i64 = sqlx::query_scalar(
                        "INSERT INTO programme_items (event_id, slug, starts_at, ends_at, kind, title, description, audience, capacity, languages, hosts, illustrative) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                    )
                    .bind(event_id)
                    .bind(item.slug.as_str())
                    .bind(starts.timestamp())
                    .bind(ends.timestamp())
                    .bind(item.kind.as_str())
                    .bind(to_json(&item.title))
                    .bind(to_json(&item.description))
                    .bind(item.audience.as_str())
                    .bind(item.capacity.map(i64::from))
                    .bind(to_json(&item.languages))
                    .bind(to_json(&item.hosts))
                    .bind(opt_to_json(&item.illustrative))
                    .fetch_one(&mut *tx)
                    .await?;
                    for (pos, v) in item.venues.iter().enumerate() {
                        sqlx::query("INSERT INTO item_venues (item_id, venue_id, position) VALUES ($1, $2, $3)")
                            .bind(item_id)
                            .bind(venues[v])
                            .bind(pos as i64)
                            .execute(&mut *tx)
                            .await?;
                    }
                    item_ids.insert((&ev.slug, &item.slug), item_id);
                    items_written += 1;

                }
            }
            for tw in &b.twinnings {
                let (a, z) = ordered(tw);
                let signed = tw.signed_at.as_ref().and_then(|s| item_ids.get(&(&s.event, &s.item)).copied());
                sqlx::query(
                    "INSERT INTO twinnings (town_a_id, town_b_id, kind, since, description, document, signed_at_item_id, illustrative) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                     ON CONFLICT (town_a_id, town_b_id, kind) DO UPDATE SET since = excluded.since, description = excluded.description, \
                       document = excluded.document, signed_at_item_id = excluded.signed_at_item_id, illustrative = excluded.illustrative, \
                       version = twinnings.version + 1",
                )
                .bind(towns[a])
                .bind(towns[z])
                .bind(tw.kind.as_str())
                .bind(tw.since.map(|d| d.to_string()))
                .bind(to_json(&tw.description))
                .bind(tw.document.as_ref().map(|u| u.as_str().to_owned()))
                .bind(signed)
                .bind(opt_to_json(&tw.illustrative))
                .execute(&mut *tx)
                .await?;
            }
            if let Some((actor, action, target)) = audit {
                crate::audit::row(&mut *tx, now, Some(actor), Some(project_id), action, target).await?;
            }
            tx.commit().await?;
            Ok(ImportSummary {
                project: p.slug.clone(),
                created: existing.is_none(),
                towns: b.towns.len(),
                venues: b.venues.len(),
                events: p.events.len(),
                items: items_written,
            })
        })
    }

    /// A whole project with everything it refers to, or `None` when there is no such project.
    pub async fn project_bundle(&self, project: &str) -> Result<Option<Bundle>, StoreError> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let row: Option<ProjectRow> = sqlx::query_as(&format!("SELECT {PROJECT_COLUMNS} FROM projects WHERE slug = $1"))
                .bind(project)
                .fetch_optional(&mut *tx)
                .await?;
            let Some(row) = row else { return Ok(None) };
            let id = row.id;
            let mut p = row.into_project()?;

            let partners: Vec<PartnerRow> = sqlx::query_as(
                "SELECT t.slug AS town, o.slug AS organisation, x.role, x.illustrative FROM partners x \
                 JOIN towns t ON t.id = x.town_id LEFT JOIN organisations o ON o.id = x.organisation_id \
                 WHERE x.project_id = $1 ORDER BY x.position",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            p.partners = partners.into_iter().map(PartnerRow::into_partner).collect::<Result<_, _>>()?;

            let events: Vec<EventRow> = sqlx::query_as(
                "SELECT e.id, e.slug, e.title, e.description, t.slug AS host_town, e.start_date, e.end_date, e.time_zone, e.evaluation, e.illustrative \
                 FROM events e JOIN towns t ON t.id = e.host_town_id WHERE e.project_id = $1 ORDER BY e.start_date, e.slug",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            let items: Vec<ItemRow> = sqlx::query_as(
                "SELECT i.id, i.event_id, i.slug, i.starts_at, i.ends_at, i.kind, i.title, i.description, i.audience, i.capacity, \
                 i.languages, i.hosts, i.illustrative FROM programme_items i JOIN events e ON e.id = i.event_id \
                 WHERE e.project_id = $1 ORDER BY i.starts_at, i.ends_at, i.slug",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            let item_venues: Vec<(i64, String)> = sqlx::query_as(
                "SELECT iv.item_id, v.slug FROM item_venues iv JOIN venues v ON v.id = iv.venue_id \
                 JOIN programme_items i ON i.id = iv.item_id JOIN events e ON e.id = i.event_id \
                 WHERE e.project_id = $1 ORDER BY iv.item_id, iv.position",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            let mut venues_of: HashMap<i64, Vec<Slug>> = HashMap::new();
            for (item, v) in item_venues {
                venues_of.entry(item).or_default().push(slug(&v)?);
            }
            let mut by_event: HashMap<i64, Vec<ItemRow>> = HashMap::new();
            for it in items {
                by_event.entry(it.event_id).or_default().push(it);
            }
            for er in events {
                let event_id = er.id;
                let mut ev = er.into_event()?;
                for it in by_event.remove(&event_id).unwrap_or_default() {
                    let item_id = it.id;
                    let mut item = it.into_item(ev.time_zone)?;
                    item.venues = venues_of.remove(&item_id).unwrap_or_default();
                    ev.items.push(item);
                }
                p.events.push(ev);
            }

            let towns: Vec<TownRow> = sqlx::query_as(&format!(
                "SELECT {TOWN_COLUMNS} FROM towns t WHERE t.id IN {PROJECT_TOWN_IDS} ORDER BY t.slug"
            ))
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            let organisations: Vec<OrganisationRow> = sqlx::query_as(&format!(
                "SELECT o.slug, t.slug AS town, o.name, o.kind, o.website FROM organisations o JOIN towns t ON t.id = o.town_id \
                 WHERE o.town_id IN {PROJECT_TOWN_IDS} ORDER BY o.slug"
            ))
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            let venues: Vec<VenueRow> = sqlx::query_as(&format!(
                "SELECT {VENUE_COLUMNS} FROM venues v JOIN towns t ON t.id = v.town_id WHERE v.town_id IN {PROJECT_TOWN_IDS} ORDER BY v.slug"
            ))
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            // Links between two of the project's partners.
            let twinnings: Vec<TwinningRow> = sqlx::query_as(&format!(
                "{TWINNING_SELECT} WHERE w.town_a_id IN (SELECT town_id FROM partners WHERE project_id = $1) \
                 AND w.town_b_id IN (SELECT town_id FROM partners WHERE project_id = $1) ORDER BY ta.slug, tb.slug, w.kind"
            ))
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            tx.commit().await?;

            let mut twinnings_out = Vec::new();
            for r in twinnings {
                let (mut tw, signed_project) = r.into_twinning()?;
                // A signing at another project's event is that project's to export.
                if signed_project.as_ref() != Some(&p.slug) {
                    tw.signed_at = None;
                }
                twinnings_out.push(tw);
            }
            Ok(Some(Bundle {
                format: twinning_domain::bundle::FORMAT.to_owned(),
                comment: None,
                towns: towns.into_iter().map(TownRow::into_town).collect::<Result<_, _>>()?,
                organisations: organisations.into_iter().map(OrganisationRow::into_organisation).collect::<Result<_, _>>()?,
                venues: venues.into_iter().map(VenueRow::into_venue).collect::<Result<_, _>>()?,
                project: p,
                twinnings: twinnings_out,
            }))
        })
    }

    /// Every project, newest period first.
    pub async fn projects(&self) -> Result<Vec<ProjectSummary>, StoreError> {
        let rows: Vec<ProjectRow> = on_pool!(self, pool => sqlx::query_as(
            &format!("SELECT {PROJECT_COLUMNS} FROM projects ORDER BY period_start DESC, slug")
        ).fetch_all(pool).await?);
        rows.into_iter()
            .map(|r| {
                let updated_at = instant(r.updated_at)?;
                let p = r.into_project()?;
                Ok(ProjectSummary {
                    slug: p.slug,
                    acronym: p.acronym,
                    title: p.title,
                    period_start: p.period_start,
                    period_end: p.period_end,
                    status: p.status,
                    updated_at,
                })
            })
            .collect()
    }

    /// When the project was last written, for `Last-Modified` and "last changed" notes.
    pub async fn project_updated_at(&self, project: &str) -> Result<Option<DateTime<Utc>>, StoreError> {
        let secs: Option<i64> = on_pool!(self, pool => sqlx::query_scalar("SELECT updated_at FROM projects WHERE slug = $1")
            .bind(project).fetch_optional(pool).await?);
        secs.map(instant).transpose()
    }
}
