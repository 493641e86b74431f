//! Rows as the database returns them, and their conversion to domain values. Everything was
//! validated on the way in, so a failed conversion means the database was changed by hand.

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::DeserializeOwned;
use twinning_domain::*;

use crate::StoreError;

pub(crate) fn json<T: DeserializeOwned>(s: &str, what: &str) -> Result<T, StoreError> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}
pub(crate) fn opt_json<T: DeserializeOwned>(s: Option<&str>, what: &str) -> Result<Option<T>, StoreError> {
    s.map(|s| json(s, what)).transpose()
}
pub(crate) fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("domain values always serialise")
}
pub(crate) fn opt_to_json<T: serde::Serialize>(v: &Option<T>) -> Option<String> {
    v.as_ref().map(to_json)
}
pub(crate) fn slug(s: &str) -> Result<Slug, StoreError> {
    Slug::parse(s).map_err(|e| StoreError::Corrupt(format!("slug {s:?}: {}", e.message)))
}
pub(crate) fn date(s: &str) -> Result<NaiveDate, StoreError> {
    s.parse().map_err(|_| StoreError::Corrupt(format!("date {s:?}")))
}
pub(crate) fn instant(secs: i64) -> Result<DateTime<Utc>, StoreError> {
    DateTime::from_timestamp(secs, 0).ok_or_else(|| StoreError::Corrupt(format!("instant {secs}")))
}
pub(crate) fn wire<T>(s: &str, parse: fn(&str) -> Option<T>) -> Result<T, StoreError> {
    parse(s).ok_or_else(|| StoreError::Corrupt(format!("value {s:?}")))
}
fn url(s: Option<String>) -> Result<Option<WebUrl>, StoreError> {
    s.map(|u| WebUrl::parse(&u).map_err(|_| StoreError::Corrupt(format!("url {u:?}")))).transpose()
}
fn coords(lat: f64, lon: f64) -> Result<Coordinates, StoreError> {
    Coordinates::new(lat, lon).map_err(|e| StoreError::Corrupt(e.message))
}

#[derive(sqlx::FromRow)]
pub(crate) struct TownRow {
    pub id: i64,
    pub slug: String,
    pub native_name: String,
    pub name: String,
    pub country: String,
    pub region: String,
    pub population: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub website: Option<String>,
    pub languages: String,
    pub illustrative: Option<String>,
}
pub(crate) const TOWN_COLUMNS: &str = "t.id, t.slug, t.native_name, t.name, t.country, t.region, t.population, t.lat, t.lon, t.website, t.languages, t.illustrative";

impl TownRow {
    pub fn into_town(self) -> Result<Town, StoreError> {
        Ok(Town {
            slug: slug(&self.slug)?,
            native_name: self.native_name,
            name: json(&self.name, "town name")?,
            country: CountryCode::parse(&self.country).map_err(|e| StoreError::Corrupt(e.message))?,
            region: json(&self.region, "region")?,
            population: self.population.map(|p| u32::try_from(p).unwrap_or(u32::MAX)),
            coordinates: match (self.lat, self.lon) {
                (Some(lat), Some(lon)) => Some(coords(lat, lon)?),
                _ => None,
            },
            website: url(self.website)?,
            languages: json(&self.languages, "languages")?,
            illustrative: opt_json(self.illustrative.as_deref(), "illustrative")?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct VenueRow {
    pub slug: String,
    pub town: String,
    pub name: String,
    pub address: String,
    pub lat: f64,
    pub lon: f64,
    pub description: String,
    pub accessibility: String,
    pub website: Option<String>,
    pub illustrative: Option<String>,
}
pub(crate) const VENUE_COLUMNS: &str = "v.slug, t.slug AS town, v.name, v.address, v.lat, v.lon, v.description, v.accessibility, v.website, v.illustrative";

impl VenueRow {
    pub fn into_venue(self) -> Result<Venue, StoreError> {
        Ok(Venue {
            slug: slug(&self.slug)?,
            town: slug(&self.town)?,
            name: json(&self.name, "venue name")?,
            address: self.address,
            coordinates: coords(self.lat, self.lon)?,
            description: json(&self.description, "venue description")?,
            accessibility: json(&self.accessibility, "accessibility")?,
            website: url(self.website)?,
            illustrative: opt_json(self.illustrative.as_deref(), "illustrative")?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct OrganisationRow {
    pub slug: String,
    pub town: String,
    pub name: String,
    pub kind: String,
    pub website: Option<String>,
}

impl OrganisationRow {
    pub fn into_organisation(self) -> Result<Organisation, StoreError> {
        Ok(Organisation {
            slug: slug(&self.slug)?,
            town: slug(&self.town)?,
            name: json(&self.name, "organisation name")?,
            kind: wire(&self.kind, OrganisationKind::parse)?,
            website: url(self.website)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ProjectRow {
    pub id: i64,
    pub slug: String,
    pub acronym: String,
    pub title: String,
    pub aims: String,
    pub funding: Option<String>,
    pub period_start: String,
    pub period_end: String,
    pub status: String,
    pub default_lang: String,
    pub languages: String,
    pub links: String,
    pub updated_at: i64,
}

impl ProjectRow {
    /// The project without partners and events, which come from their own tables.
    pub fn into_project(self) -> Result<Project, StoreError> {
        Ok(Project {
            slug: slug(&self.slug)?,
            acronym: self.acronym,
            title: json(&self.title, "project title")?,
            aims: json(&self.aims, "aims")?,
            funding: opt_json(self.funding.as_deref(), "funding")?,
            period_start: date(&self.period_start)?,
            period_end: date(&self.period_end)?,
            status: wire(&self.status, ProjectStatus::parse)?,
            default_lang: LangTag::parse(&self.default_lang).map_err(|e| StoreError::Corrupt(e.message))?,
            languages: json(&self.languages, "languages")?,
            links: json(&self.links, "links")?,
            partners: Vec::new(),
            events: Vec::new(),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct PartnerRow {
    pub town: String,
    pub organisation: Option<String>,
    pub role: String,
    pub illustrative: Option<String>,
}

impl PartnerRow {
    pub fn into_partner(self) -> Result<Partner, StoreError> {
        Ok(Partner {
            town: slug(&self.town)?,
            organisation: self.organisation.as_deref().map(slug).transpose()?,
            role: wire(&self.role, PartnerRole::parse)?,
            illustrative: opt_json(self.illustrative.as_deref(), "illustrative")?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct EventRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub host_town: String,
    pub start_date: String,
    pub end_date: String,
    pub time_zone: String,
    pub evaluation: String,
    pub illustrative: Option<String>,
}

impl EventRow {
    pub fn into_event(self) -> Result<Event, StoreError> {
        Ok(Event {
            slug: slug(&self.slug)?,
            title: json(&self.title, "event title")?,
            description: json(&self.description, "event description")?,
            host_town: slug(&self.host_town)?,
            start_date: date(&self.start_date)?,
            end_date: date(&self.end_date)?,
            time_zone: TimeZone::parse(&self.time_zone).map_err(|e| StoreError::Corrupt(e.message))?,
            items: Vec::new(),
            evaluation: json(&self.evaluation, "event evaluation")?,
            illustrative: opt_json(self.illustrative.as_deref(), "illustrative")?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ItemRow {
    pub id: i64,
    pub event_id: i64,
    pub slug: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub audience: String,
    pub capacity: Option<i64>,
    pub languages: String,
    pub hosts: String,
    pub illustrative: Option<String>,
}

impl ItemRow {
    /// The item with its times in `zone`; venues come from `item_venues`.
    pub fn into_item(self, zone: TimeZone) -> Result<ProgrammeItem, StoreError> {
        Ok(ProgrammeItem {
            slug: slug(&self.slug)?,
            starts_at: twinning_domain::time::to_local(zone, instant(self.starts_at)?),
            ends_at: twinning_domain::time::to_local(zone, instant(self.ends_at)?),
            kind: wire(&self.kind, ItemKind::parse)?,
            title: json(&self.title, "item title")?,
            description: json(&self.description, "item description")?,
            venues: Vec::new(),
            audience: wire(&self.audience, Audience::parse)?,
            capacity: self.capacity.map(|c| u32::try_from(c).unwrap_or(u32::MAX)),
            languages: json(&self.languages, "languages")?,
            hosts: json(&self.hosts, "hosts")?,
            illustrative: opt_json(self.illustrative.as_deref(), "illustrative")?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct TwinningRow {
    pub town_a: String,
    pub town_b: String,
    pub kind: String,
    pub since: Option<String>,
    pub description: String,
    pub document: Option<String>,
    pub signed_event: Option<String>,
    pub signed_item: Option<String>,
    pub signed_project: Option<String>,
    pub illustrative: Option<String>,
}
pub(crate) const TWINNING_SELECT: &str = "SELECT ta.slug AS town_a, tb.slug AS town_b, w.kind, w.since, w.description, w.document, \
     e.slug AS signed_event, i.slug AS signed_item, p.slug AS signed_project, w.illustrative \
     FROM twinnings w JOIN towns ta ON ta.id = w.town_a_id JOIN towns tb ON tb.id = w.town_b_id \
     LEFT JOIN programme_items i ON i.id = w.signed_at_item_id LEFT JOIN events e ON e.id = i.event_id \
     LEFT JOIN projects p ON p.id = e.project_id";

impl TwinningRow {
    /// The twinning and, when it was signed during an event, that event's project.
    pub fn into_twinning(self) -> Result<(Twinning, Option<Slug>), StoreError> {
        let signed_at = match (self.signed_event, self.signed_item) {
            (Some(event), Some(item)) => Some(SignedAt { event: slug(&event)?, item: slug(&item)? }),
            _ => None,
        };
        Ok((
            Twinning {
                towns: [slug(&self.town_a)?, slug(&self.town_b)?],
                kind: wire(&self.kind, TwinningKind::parse)?,
                since: self.since.as_deref().map(date).transpose()?,
                description: json(&self.description, "twinning description")?,
                document: url(self.document)?,
                signed_at,
                illustrative: opt_json(self.illustrative.as_deref(), "illustrative")?,
            },
            self.signed_project.as_deref().map(slug).transpose()?,
        ))
    }
}
