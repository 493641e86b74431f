//! Item-level writes to a project: each change names one row (the project's own fields, a
//! partner, an event, a programme item, a town, venue, organisation or twinning) and the
//! version the writer saw. A change is written only if its row is still at that version, so
//! concurrent writers of different rows all succeed and a stale write of the same row is
//! refused with [`StoreError::Stale`] — never silently applied. All the changes of one call,
//! the audit row and the project's revision move in one transaction.

use std::collections::HashMap;

use chrono::Utc;
use twinning_domain::*;

use crate::rows::*;
use crate::{Db, StoreError, on_pool};

/// The version of every row of a project's bundle, as loaded with it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Versions {
    pub project: i64,
    /// When anything of the project last changed (for caches and `Last-Modified`).
    pub revision: i64,
    pub towns: HashMap<Slug, i64>,
    pub organisations: HashMap<Slug, i64>,
    pub venues: HashMap<Slug, i64>,
    /// By the partner's town.
    pub partners: HashMap<Slug, i64>,
    pub events: HashMap<Slug, i64>,
    /// By (event, item).
    pub items: HashMap<(Slug, Slug), i64>,
    /// By the towns in slug order and the kind.
    pub twinnings: HashMap<(Slug, Slug, TwinningKind), i64>,
}

impl Versions {
    pub fn item(&self, event: &Slug, item: &Slug) -> Option<i64> {
        self.items.get(&(event.clone(), item.clone())).copied()
    }

    pub fn twinning(&self, t: &Twinning) -> Option<i64> {
        let (a, z) = ordered(t);
        self.twinnings.get(&(a.clone(), z.clone(), t.kind)).copied()
    }
}

/// One row to write. The row is inserted when its expected version is `None`, and otherwise
/// updated (or removed) only while it is still at that version.
#[derive(Debug, Clone)]
pub enum Change<'a> {
    /// The project's own fields (not its partners or events).
    Project(&'a Project),
    Town(&'a Town),
    Organisation(&'a Organisation),
    Venue(&'a Venue),
    /// A partner at its position in the list.
    Partner(&'a Partner, usize),
    RemovePartner(Slug),
    /// An event's own fields (not its items).
    Event(&'a Event),
    RemoveEvent(Slug),
    /// An item of the event given (whose zone turns its times into instants).
    Item(&'a Event, &'a ProgrammeItem),
    /// An item of the event named first.
    RemoveItem(Slug, Slug),
    Twinning(&'a Twinning),
    RemoveTwinning(Twinning),
}

/// A change and the version of its row the writer saw (`None`: the row is new).
#[derive(Debug, Clone)]
pub struct Expect<'a> {
    pub change: Change<'a>,
    pub version: Option<i64>,
}

/// Who wrote, what and on what, for the audit log.
#[derive(Debug, Clone, Copy)]
pub struct Audit<'a> {
    pub account: Option<i64>,
    pub action: &'a str,
    pub target: &'a str,
}

/// Stores a twinning's towns in slug order, so a link is unique whichever way it is written.
pub(crate) fn ordered(t: &Twinning) -> (&Slug, &Slug) {
    if t.towns[0] <= t.towns[1] { (&t.towns[0], &t.towns[1]) } else { (&t.towns[1], &t.towns[0]) }
}

/// The id of the town with this slug, within the transaction.
macro_rules! town_id {
    ($tx:expr, $town:expr) => {
        sqlx::query_scalar::<_, i64>("SELECT id FROM towns WHERE slug = $1")
            .bind($town.as_str())
            .fetch_optional(&mut *$tx)
            .await?
            .ok_or(StoreError::NotFound("town.not_found"))?
    };
}

/// Runs an `UPDATE … WHERE … AND version = $n` (or `DELETE`) and turns "no row" into
/// [`StoreError::Stale`] with the row's version now (read by `$current`, `None` when gone).
macro_rules! guarded {
    ($tx:expr, $write:expr, $current:expr, $key:expr) => {{
        let n = $write.execute(&mut *$tx).await?.rows_affected();
        if n == 0 {
            let current: Option<i64> = $current.fetch_optional(&mut *$tx).await?;
            return Err(StoreError::Stale { key: $key, current });
        }
    }};
}

impl Db {
    /// The project's bundle (drafts included) and the version of each of its rows. The
    /// versions are read before the rows: a write between the two reads leaves a version older
    /// than the row read, so a write based on them is refused as stale rather than applied
    /// over a change its writer never saw.
    pub async fn project_state(&self, project: &str) -> Result<Option<(Bundle, Versions)>, StoreError> {
        let v = on_pool!(self, pool => {
            let found: Option<(i64, i64, i64)> =
                sqlx::query_as("SELECT id, version, revision FROM projects WHERE slug = $1")
                    .bind(project).fetch_optional(pool).await?;
            let Some((id, version, revision)) = found else { return Ok(None) };
            let pairs = |rows: Vec<(String, i64)>| -> Result<HashMap<Slug, i64>, StoreError> {
                rows.into_iter().map(|(s, v)| Ok((slug(&s)?, v))).collect()
            };
            let towns: Vec<(String, i64)> = sqlx::query_as(&format!(
                "SELECT t.slug, t.version FROM towns t WHERE t.id IN {}", crate::projects::PROJECT_TOWN_IDS
            )).bind(id).fetch_all(pool).await?;
            let organisations: Vec<(String, i64)> = sqlx::query_as(&format!(
                "SELECT o.slug, o.version FROM organisations o WHERE o.town_id IN {}", crate::projects::PROJECT_TOWN_IDS
            )).bind(id).fetch_all(pool).await?;
            let venues: Vec<(String, i64)> = sqlx::query_as(&format!(
                "SELECT v.slug, v.version FROM venues v WHERE v.town_id IN {}", crate::projects::PROJECT_TOWN_IDS
            )).bind(id).fetch_all(pool).await?;
            let partners: Vec<(String, i64)> = sqlx::query_as(
                "SELECT t.slug, x.version FROM partners x JOIN towns t ON t.id = x.town_id WHERE x.project_id = $1",
            ).bind(id).fetch_all(pool).await?;
            let events: Vec<(String, i64)> = sqlx::query_as("SELECT slug, version FROM events WHERE project_id = $1")
                .bind(id).fetch_all(pool).await?;
            let items: Vec<(String, String, i64)> = sqlx::query_as(
                "SELECT e.slug, i.slug, i.version FROM programme_items i JOIN events e ON e.id = i.event_id WHERE e.project_id = $1",
            ).bind(id).fetch_all(pool).await?;
            let twinnings: Vec<(String, String, String, i64)> = sqlx::query_as(
                "SELECT ta.slug, tb.slug, w.kind, w.version FROM twinnings w JOIN towns ta ON ta.id = w.town_a_id \
                 JOIN towns tb ON tb.id = w.town_b_id \
                 WHERE w.town_a_id IN (SELECT town_id FROM partners WHERE project_id = $1) \
                 AND w.town_b_id IN (SELECT town_id FROM partners WHERE project_id = $1)",
            ).bind(id).fetch_all(pool).await?;
            Versions {
                project: version,
                revision,
                towns: pairs(towns)?,
                organisations: pairs(organisations)?,
                venues: pairs(venues)?,
                partners: pairs(partners)?,
                events: pairs(events)?,
                items: items.into_iter().map(|(e, i, v)| Ok(((slug(&e)?, slug(&i)?), v))).collect::<Result<_, StoreError>>()?,
                twinnings: twinnings
                    .into_iter()
                    .map(|(a, z, k, v)| Ok(((slug(&a)?, slug(&z)?, wire(&k, TwinningKind::parse)?), v)))
                    .collect::<Result<_, StoreError>>()?,
            }
        });
        let Some(bundle) = self.project_bundle(project).await? else { return Ok(None) };
        Ok(Some((bundle, v)))
    }

    /// Writes `changes` to `project` in one transaction, each only if its row is still at the
    /// version expected, with the audit row; moves the project's revision on. Answers the new
    /// version of each changed row, in the order given (`None` for a removal).
    pub async fn apply(
        &self,
        project: &str,
        changes: &[Expect<'_>],
        audit: Audit<'_>,
    ) -> Result<Vec<Option<i64>>, StoreError> {
        let now = Utc::now().timestamp();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let project_id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1")
                .bind(project).fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            let mut out = Vec::with_capacity(changes.len());
            for Expect { change, version } in changes {
                let version = *version;
                let new_version: Option<i64> = match change {
                    Change::Project(p) => {
                        let expected = version.ok_or(StoreError::Corrupt("a project is updated, never inserted here".into()))?;
                        guarded!(tx,
                            sqlx::query(
                                "UPDATE projects SET acronym = $2, title = $3, aims = $4, funding = $5, period_start = $6, period_end = $7, \
                                 status = $8, default_lang = $9, languages = $10, links = $11, version = version + 1 \
                                 WHERE id = $1 AND version = $12",
                            )
                            .bind(project_id).bind(&p.acronym).bind(to_json(&p.title)).bind(to_json(&p.aims))
                            .bind(opt_to_json(&p.funding)).bind(p.period_start.to_string()).bind(p.period_end.to_string())
                            .bind(p.status.as_str()).bind(p.default_lang.as_str()).bind(to_json(&p.languages))
                            .bind(to_json(&p.links)).bind(expected),
                            sqlx::query_scalar("SELECT version FROM projects WHERE id = $1").bind(project_id),
                            "project.changed_meanwhile");
                        Some(expected + 1)
                    }
                    Change::Town(t) => {
                        let sql_new = "INSERT INTO towns (slug, native_name, name, country, region, population, lat, lon, website, languages, illustrative) \
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                             ON CONFLICT (slug) DO UPDATE SET native_name = excluded.native_name, name = excluded.name, \
                               country = excluded.country, region = excluded.region, population = excluded.population, \
                               lat = excluded.lat, lon = excluded.lon, website = excluded.website, \
                               languages = excluded.languages, illustrative = excluded.illustrative, version = towns.version + 1 \
                             RETURNING version";
                        let sql_update = "UPDATE towns SET native_name = $2, name = $3, country = $4, region = $5, population = $6, \
                             lat = $7, lon = $8, website = $9, languages = $10, illustrative = $11, version = version + 1 \
                             WHERE slug = $1 AND version = $12 RETURNING version";
                        let q = sqlx::query_scalar::<_, i64>(if version.is_none() { sql_new } else { sql_update })
                            .bind(t.slug.as_str()).bind(&t.native_name).bind(to_json(&t.name)).bind(t.country.as_str())
                            .bind(to_json(&t.region)).bind(t.population.map(i64::from))
                            .bind(t.coordinates.map(|c| c.lat)).bind(t.coordinates.map(|c| c.lon))
                            .bind(t.website.as_ref().map(|u| u.as_str().to_owned())).bind(to_json(&t.languages))
                            .bind(opt_to_json(&t.illustrative));
                        let q = match version { Some(v) => q.bind(v), None => q };
                        let written: Option<i64> = q.fetch_optional(&mut *tx).await?;
                        let Some(v) = written else {
                            let current = sqlx::query_scalar("SELECT version FROM towns WHERE slug = $1")
                                .bind(t.slug.as_str()).fetch_optional(&mut *tx).await?;
                            return Err(StoreError::Stale { key: "town.changed_meanwhile", current });
                        };
                        sqlx::query(
                            "INSERT INTO project_towns (project_id, town_id) SELECT $1, id FROM towns WHERE slug = $2 \
                             ON CONFLICT (project_id, town_id) DO NOTHING",
                        ).bind(project_id).bind(t.slug.as_str()).execute(&mut *tx).await?;
                        Some(v)
                    }
                    Change::Organisation(o) => {
                        let town = town_id!(tx, &o.town);
                        let q = match version {
                            None => sqlx::query_scalar::<_, i64>(
                                "INSERT INTO organisations (slug, town_id, name, kind, website) VALUES ($1, $2, $3, $4, $5) \
                                 ON CONFLICT (slug) DO UPDATE SET town_id = excluded.town_id, name = excluded.name, \
                                   kind = excluded.kind, website = excluded.website, version = organisations.version + 1 RETURNING version",
                            ),
                            Some(_) => sqlx::query_scalar::<_, i64>(
                                "UPDATE organisations SET town_id = $2, name = $3, kind = $4, website = $5, version = version + 1 \
                                 WHERE slug = $1 AND version = $6 RETURNING version",
                            ),
                        }
                        .bind(o.slug.as_str()).bind(town).bind(to_json(&o.name)).bind(o.kind.as_str())
                        .bind(o.website.as_ref().map(|u| u.as_str().to_owned()));
                        let q = match version { Some(v) => q.bind(v), None => q };
                        let written: Option<i64> = q.fetch_optional(&mut *tx).await?;
                        let Some(v) = written else {
                            let current = sqlx::query_scalar("SELECT version FROM organisations WHERE slug = $1")
                                .bind(o.slug.as_str()).fetch_optional(&mut *tx).await?;
                            return Err(StoreError::Stale { key: "organisation.changed_meanwhile", current });
                        };
                        Some(v)
                    }
                    Change::Venue(venue) => {
                        let town = town_id!(tx, &venue.town);
                        let q = match version {
                            None => sqlx::query_scalar::<_, i64>(
                                "INSERT INTO venues (slug, town_id, name, address, lat, lon, description, accessibility, website, illustrative) \
                                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                                 ON CONFLICT (slug) DO UPDATE SET town_id = excluded.town_id, name = excluded.name, \
                                   address = excluded.address, lat = excluded.lat, lon = excluded.lon, description = excluded.description, \
                                   accessibility = excluded.accessibility, website = excluded.website, illustrative = excluded.illustrative, \
                                   version = venues.version + 1 RETURNING version",
                            ),
                            Some(_) => sqlx::query_scalar::<_, i64>(
                                "UPDATE venues SET town_id = $2, name = $3, address = $4, lat = $5, lon = $6, description = $7, \
                                 accessibility = $8, website = $9, illustrative = $10, version = version + 1 \
                                 WHERE slug = $1 AND version = $11 RETURNING version",
                            ),
                        }
                        .bind(venue.slug.as_str()).bind(town).bind(to_json(&venue.name)).bind(&venue.address)
                        .bind(venue.coordinates.lat).bind(venue.coordinates.lon).bind(to_json(&venue.description))
                        .bind(to_json(&venue.accessibility)).bind(venue.website.as_ref().map(|u| u.as_str().to_owned()))
                        .bind(opt_to_json(&venue.illustrative));
                        let q = match version { Some(v) => q.bind(v), None => q };
                        let written: Option<i64> = q.fetch_optional(&mut *tx).await?;
                        let Some(v) = written else {
                            let current = sqlx::query_scalar("SELECT version FROM venues WHERE slug = $1")
                                .bind(venue.slug.as_str()).fetch_optional(&mut *tx).await?;
                            return Err(StoreError::Stale { key: "venue.changed_meanwhile", current });
                        };
                        Some(v)
                    }
                    Change::Partner(partner, position) => {
                        let town = town_id!(tx, &partner.town);
                        let org = match &partner.organisation {
                            Some(o) => Some(
                                sqlx::query_scalar::<_, i64>("SELECT id FROM organisations WHERE slug = $1").bind(o.as_str())
                                    .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("organisation.not_found"))?,
                            ),
                            None => None,
                        };
                        match version {
                            None => {
                                let inserted: Option<i64> = sqlx::query_scalar(
                                    "INSERT INTO partners (project_id, town_id, organisation_id, role, position, illustrative) \
                                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (project_id, town_id) DO NOTHING RETURNING version",
                                )
                                .bind(project_id).bind(town).bind(org).bind(partner.role.as_str()).bind(*position as i64)
                                .bind(opt_to_json(&partner.illustrative)).fetch_optional(&mut *tx).await?;
                                let Some(v) = inserted else { return Err(StoreError::Conflict("partner.exists")) };
                                Some(v)
                            }
                            Some(expected) => {
                                guarded!(tx,
                                    sqlx::query(
                                        "UPDATE partners SET organisation_id = $3, role = $4, position = $5, illustrative = $6, \
                                         version = version + 1 WHERE project_id = $1 AND town_id = $2 AND version = $7",
                                    )
                                    .bind(project_id).bind(town).bind(org).bind(partner.role.as_str()).bind(*position as i64)
                                    .bind(opt_to_json(&partner.illustrative)).bind(expected),
                                    sqlx::query_scalar("SELECT version FROM partners WHERE project_id = $1 AND town_id = $2")
                                        .bind(project_id).bind(town),
                                    "partner.changed_meanwhile");
                                Some(expected + 1)
                            }
                        }
                    }
                    Change::RemovePartner(town_slug) => {
                        let town = town_id!(tx, town_slug);
                        let expected = version.unwrap_or(0);
                        guarded!(tx,
                            sqlx::query("DELETE FROM partners WHERE project_id = $1 AND town_id = $2 AND version = $3")
                                .bind(project_id).bind(town).bind(expected),
                            sqlx::query_scalar("SELECT version FROM partners WHERE project_id = $1 AND town_id = $2")
                                .bind(project_id).bind(town),
                            "partner.changed_meanwhile");
                        None
                    }
                    Change::Event(ev) => {
                        let host = town_id!(tx, &ev.host_town);
                        match version {
                            None => {
                                let inserted: Option<i64> = sqlx::query_scalar(
                                    "INSERT INTO events (project_id, slug, title, description, host_town_id, start_date, end_date, time_zone, illustrative, evaluation) \
                                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (project_id, slug) DO NOTHING RETURNING version",
                                )
                                .bind(project_id).bind(ev.slug.as_str()).bind(to_json(&ev.title)).bind(to_json(&ev.description))
                                .bind(host).bind(ev.start_date.to_string()).bind(ev.end_date.to_string()).bind(ev.time_zone.name())
                                .bind(opt_to_json(&ev.illustrative)).bind(to_json(&ev.evaluation))
                                .fetch_optional(&mut *tx).await?;
                                let Some(v) = inserted else { return Err(StoreError::Conflict("event.slug_taken")) };
                                Some(v)
                            }
                            Some(expected) => {
                                guarded!(tx,
                                    sqlx::query(
                                        "UPDATE events SET title = $3, description = $4, host_town_id = $5, start_date = $6, end_date = $7, \
                                         time_zone = $8, illustrative = $9, evaluation = $10, version = version + 1 \
                                         WHERE project_id = $1 AND slug = $2 AND version = $11",
                                    )
                                    .bind(project_id).bind(ev.slug.as_str()).bind(to_json(&ev.title)).bind(to_json(&ev.description))
                                    .bind(host).bind(ev.start_date.to_string()).bind(ev.end_date.to_string()).bind(ev.time_zone.name())
                                    .bind(opt_to_json(&ev.illustrative)).bind(to_json(&ev.evaluation)).bind(expected),
                                    sqlx::query_scalar("SELECT version FROM events WHERE project_id = $1 AND slug = $2")
                                        .bind(project_id).bind(ev.slug.as_str()),
                                    "event.changed_meanwhile");
                                Some(expected + 1)
                            }
                        }
                    }
                    Change::RemoveEvent(event) => {
                        guarded!(tx,
                            sqlx::query("DELETE FROM events WHERE project_id = $1 AND slug = $2 AND version = $3")
                                .bind(project_id).bind(event.as_str()).bind(version.unwrap_or(0)),
                            sqlx::query_scalar("SELECT version FROM events WHERE project_id = $1 AND slug = $2")
                                .bind(project_id).bind(event.as_str()),
                            "event.changed_meanwhile");
                        None
                    }
                    Change::Item(ev, item) => {
                        let event_id: i64 = sqlx::query_scalar("SELECT id FROM events WHERE project_id = $1 AND slug = $2")
                            .bind(project_id).bind(ev.slug.as_str()).fetch_optional(&mut *tx).await?
                            .ok_or(StoreError::NotFound("event.not_found"))?;
                        let starts = twinning_domain::time::to_utc(ev.time_zone, item.starts_at).map_err(|e| ValidationErrors::from(e.at("starts_at")))?;
                        let ends = twinning_domain::time::to_utc(ev.time_zone, item.ends_at).map_err(|e| ValidationErrors::from(e.at("ends_at")))?;
                        let (item_id, v): (i64, i64) = match version {
                            None => {
                                let inserted: Option<(i64, i64)> = sqlx::query_as(
                                    "INSERT INTO programme_items (event_id, slug, starts_at, ends_at, kind, title, description, audience, capacity, languages, hosts, illustrative) \
                                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (event_id, slug) DO NOTHING RETURNING id, version",
                                )
                                .bind(event_id).bind(item.slug.as_str()).bind(starts.timestamp()).bind(ends.timestamp())
                                .bind(item.kind.as_str()).bind(to_json(&item.title)).bind(to_json(&item.description))
                                .bind(item.audience.as_str()).bind(item.capacity.map(i64::from)).bind(to_json(&item.languages))
                                .bind(to_json(&item.hosts)).bind(opt_to_json(&item.illustrative))
                                .fetch_optional(&mut *tx).await?;
                                inserted.ok_or(StoreError::Conflict("item.slug_taken"))?
                            }
                            Some(expected) => {
                                let updated: Option<(i64, i64)> = sqlx::query_as(
                                    "UPDATE programme_items SET starts_at = $3, ends_at = $4, kind = $5, title = $6, description = $7, \
                                     audience = $8, capacity = $9, languages = $10, hosts = $11, illustrative = $12, version = version + 1 \
                                     WHERE event_id = $1 AND slug = $2 AND version = $13 RETURNING id, version",
                                )
                                .bind(event_id).bind(item.slug.as_str()).bind(starts.timestamp()).bind(ends.timestamp())
                                .bind(item.kind.as_str()).bind(to_json(&item.title)).bind(to_json(&item.description))
                                .bind(item.audience.as_str()).bind(item.capacity.map(i64::from)).bind(to_json(&item.languages))
                                .bind(to_json(&item.hosts)).bind(opt_to_json(&item.illustrative)).bind(expected)
                                .fetch_optional(&mut *tx).await?;
                                let Some(done) = updated else {
                                    let current = sqlx::query_scalar("SELECT version FROM programme_items WHERE event_id = $1 AND slug = $2")
                                        .bind(event_id).bind(item.slug.as_str()).fetch_optional(&mut *tx).await?;
                                    return Err(StoreError::Stale { key: "item.changed_meanwhile", current });
                                };
                                sqlx::query("DELETE FROM item_venues WHERE item_id = $1").bind(done.0).execute(&mut *tx).await?;
                                done
                            }
                        };
                        for (pos, venue) in item.venues.iter().enumerate() {
                            let inserted = sqlx::query(
                                "INSERT INTO item_venues (item_id, venue_id, position) SELECT $1, id, $2 FROM venues WHERE slug = $3",
                            ).bind(item_id).bind(pos as i64).bind(venue.as_str()).execute(&mut *tx).await?;
                            if inserted.rows_affected() == 0 {
                                return Err(StoreError::NotFound("venue.not_found"));
                            }
                        }
                        Some(v)
                    }
                    Change::RemoveItem(event, item) => {
                        guarded!(tx,
                            sqlx::query(
                                "DELETE FROM programme_items WHERE slug = $2 AND version = $3 \
                                 AND event_id = (SELECT id FROM events WHERE project_id = $1 AND slug = $4)",
                            ).bind(project_id).bind(item.as_str()).bind(version.unwrap_or(0)).bind(event.as_str()),
                            sqlx::query_scalar(
                                "SELECT i.version FROM programme_items i JOIN events e ON e.id = i.event_id \
                                 WHERE e.project_id = $1 AND e.slug = $2 AND i.slug = $3",
                            ).bind(project_id).bind(event.as_str()).bind(item.as_str()),
                            "item.changed_meanwhile");
                        None
                    }
                    Change::Twinning(tw) => {
                        let (a, z) = ordered(tw);
                        let (a, z) = (town_id!(tx, a), town_id!(tx, z));
                        let signed: Option<i64> = match &tw.signed_at {
                            Some(s) => sqlx::query_scalar(
                                "SELECT i.id FROM programme_items i JOIN events e ON e.id = i.event_id \
                                 WHERE e.project_id = $1 AND e.slug = $2 AND i.slug = $3",
                            ).bind(project_id).bind(s.event.as_str()).bind(s.item.as_str()).fetch_optional(&mut *tx).await?,
                            None => None,
                        };
                        let q = match version {
                            None => sqlx::query_scalar::<_, i64>(
                                "INSERT INTO twinnings (town_a_id, town_b_id, kind, since, description, document, signed_at_item_id, illustrative) \
                                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                                 ON CONFLICT (town_a_id, town_b_id, kind) DO UPDATE SET since = excluded.since, description = excluded.description, \
                                   document = excluded.document, signed_at_item_id = excluded.signed_at_item_id, illustrative = excluded.illustrative, \
                                   version = twinnings.version + 1 RETURNING version",
                            ),
                            Some(_) => sqlx::query_scalar::<_, i64>(
                                "UPDATE twinnings SET since = $4, description = $5, document = $6, signed_at_item_id = $7, illustrative = $8, \
                                 version = version + 1 WHERE town_a_id = $1 AND town_b_id = $2 AND kind = $3 AND version = $9 RETURNING version",
                            ),
                        }
                        .bind(a).bind(z).bind(tw.kind.as_str()).bind(tw.since.map(|d| d.to_string())).bind(to_json(&tw.description))
                        .bind(tw.document.as_ref().map(|u| u.as_str().to_owned())).bind(signed).bind(opt_to_json(&tw.illustrative));
                        let q = match version { Some(v) => q.bind(v), None => q };
                        let written: Option<i64> = q.fetch_optional(&mut *tx).await?;
                        let Some(v) = written else {
                            let current = sqlx::query_scalar("SELECT version FROM twinnings WHERE town_a_id = $1 AND town_b_id = $2 AND kind = $3")
                                .bind(a).bind(z).bind(tw.kind.as_str()).fetch_optional(&mut *tx).await?;
                            return Err(StoreError::Stale { key: "twinning.changed_meanwhile", current });
                        };
                        Some(v)
                    }
                    Change::RemoveTwinning(tw) => {
                        let (a, z) = ordered(tw);
                        let (a, z) = (town_id!(tx, a), town_id!(tx, z));
                        guarded!(tx,
                            sqlx::query("DELETE FROM twinnings WHERE town_a_id = $1 AND town_b_id = $2 AND kind = $3 AND version = $4")
                                .bind(a).bind(z).bind(tw.kind.as_str()).bind(version.unwrap_or(0)),
                            sqlx::query_scalar("SELECT version FROM twinnings WHERE town_a_id = $1 AND town_b_id = $2 AND kind = $3")
                                .bind(a).bind(z).bind(tw.kind.as_str()),
                            "twinning.changed_meanwhile");
                        None
                    }
                };
                out.push(new_version);
            }
            sqlx::query("UPDATE projects SET revision = revision + 1, updated_at = $2 WHERE id = $1")
                .bind(project_id).bind(now).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, now, audit.account, Some(project_id), audit.action, audit.target).await?;
            tx.commit().await?;
            Ok(out)
        })
    }
}
