//! The API's response shapes. They are the public contract, kept apart from the domain
//! types so that the domain can change without breaking clients.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;
use twinning_domain::{Bundle, Coordinates, Event, ProgrammeItem, Town, Translated, Twinning};
use utoipa::ToSchema;

use crate::view::href;

/// A text in each language it exists in, keyed by language tag: `{"en": "…", "lv": "…"}`.
pub type Texts = BTreeMap<String, String>;

pub fn texts(t: &Translated) -> Texts {
    t.0.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

fn opt_texts(t: &Option<Translated>) -> Option<Texts> {
    t.as_ref().map(texts)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CoordinatesDto {
    /// Latitude, WGS 84 decimal degrees.
    pub lat: f64,
    /// Longitude, WGS 84 decimal degrees.
    pub lon: f64,
}

impl From<Coordinates> for CoordinatesDto {
    fn from(c: Coordinates) -> Self {
        Self { lat: c.lat, lon: c.lon }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectSummaryDto {
    pub slug: String,
    pub acronym: String,
    pub title: Texts,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    /// `planned`, `running`, `completed` or `cancelled`.
    pub status: String,
    /// The public page.
    pub href: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TownRefDto {
    pub slug: String,
    /// The town's name in its own language.
    pub native_name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

impl From<&Town> for TownRefDto {
    fn from(t: &Town) -> Self {
        Self { slug: t.slug.to_string(), native_name: t.native_name.clone(), country: t.country.to_string() }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PartnerDto {
    pub town: TownRefDto,
    /// `lead`, `partner` or `associated`.
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Texts>,
    /// Present when the record stands in for a fact the sources do not give; says what.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Texts>,
}

pub fn partners(b: &Bundle) -> Vec<PartnerDto> {
    b.project
        .partners
        .iter()
        .filter_map(|p| {
            Some(PartnerDto {
                town: b.town(&p.town)?.into(),
                role: p.role.to_string(),
                organisation: p.organisation.as_ref().and_then(|o| b.organisation(o)).map(|o| texts(&o.name)),
                illustrative: opt_texts(&p.illustrative)
                    .or_else(|| b.town(&p.town).and_then(|t| opt_texts(&t.illustrative))),
            })
        })
        .collect()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FundingDto {
    pub programme: Texts,
    pub strand: Texts,
    pub measure: Texts,
    /// The ruleset encoding the call's rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ruleset: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventSummaryDto {
    pub slug: String,
    pub title: Texts,
    pub host_town: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// IANA time zone in which the programme's times are given.
    pub time_zone: String,
    pub items: usize,
    pub href: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignedAtDto {
    pub project: String,
    pub event: String,
    pub item: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TwinningDto {
    /// The two towns' slugs.
    pub towns: Vec<String>,
    /// `twin`, `partnership`, `friendship` or `memorandum_of_cooperation`.
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    pub description: Texts,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// The programme item at which it was signed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed_at: Option<SignedAtDto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Texts>,
}

pub fn twinning(t: &Twinning, project: Option<&str>) -> TwinningDto {
    TwinningDto {
        towns: t.towns.iter().map(|s| s.to_string()).collect(),
        kind: t.kind.to_string(),
        since: t.since,
        description: texts(&t.description),
        document: t.document.as_ref().map(|d| d.to_string()),
        signed_at: match (project, &t.signed_at) {
            (Some(p), Some(s)) => {
                Some(SignedAtDto { project: p.to_owned(), event: s.event.to_string(), item: s.item.to_string() })
            }
            _ => None,
        },
        illustrative: opt_texts(&t.illustrative),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectDto {
    pub slug: String,
    pub acronym: String,
    pub title: Texts,
    pub aims: Texts,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub funding: Option<FundingDto>,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub status: String,
    /// The language content falls back to.
    pub default_lang: String,
    pub languages: Vec<String>,
    pub partners: Vec<PartnerDto>,
    pub events: Vec<EventSummaryDto>,
    pub twinnings: Vec<TwinningDto>,
    pub href: String,
}

impl From<&Bundle> for ProjectDto {
    fn from(b: &Bundle) -> Self {
        let p = &b.project;
        let slug = p.slug.as_str();
        Self {
            slug: slug.to_owned(),
            acronym: p.acronym.clone(),
            title: texts(&p.title),
            aims: texts(&p.aims),
            funding: p.funding.as_ref().map(|f| FundingDto {
                programme: texts(&f.programme),
                strand: texts(&f.strand),
                measure: texts(&f.measure),
                ruleset: f.ruleset.as_ref().map(|r| r.to_string()),
            }),
            period_start: p.period_start,
            period_end: p.period_end,
            status: p.status.to_string(),
            default_lang: p.default_lang.to_string(),
            languages: p.languages.iter().map(|l| l.to_string()).collect(),
            partners: partners(b),
            events: p
                .events
                .iter()
                .map(|e| EventSummaryDto {
                    slug: e.slug.to_string(),
                    title: texts(&e.title),
                    host_town: e.host_town.to_string(),
                    start_date: e.start_date,
                    end_date: e.end_date,
                    time_zone: e.time_zone.name().to_owned(),
                    items: e.items.len(),
                    href: href::event(slug, e.slug.as_str()),
                })
                .collect(),
            twinnings: b.twinnings.iter().map(|t| twinning(t, Some(slug))).collect(),
            href: href::project(slug),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventDto {
    pub slug: String,
    pub title: Texts,
    pub description: Texts,
    pub host_town: TownRefDto,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub time_zone: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Texts>,
    pub href: String,
    /// The programme as iCalendar.
    pub ics_href: String,
}

impl EventDto {
    pub fn new(b: &Bundle, e: &Event) -> Option<Self> {
        let p = b.project.slug.as_str();
        Some(Self {
            slug: e.slug.to_string(),
            title: texts(&e.title),
            description: texts(&e.description),
            host_town: b.town(&e.host_town)?.into(),
            start_date: e.start_date,
            end_date: e.end_date,
            time_zone: e.time_zone.name().to_owned(),
            illustrative: opt_texts(&e.illustrative),
            href: href::event(p, e.slug.as_str()),
            ics_href: href::programme_ics(p, e.slug.as_str()),
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VenueRefDto {
    pub slug: String,
    pub name: Texts,
    pub coordinates: CoordinatesDto,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ItemDto {
    pub slug: String,
    /// One of the programme item kinds, e.g. `official_meeting`, `excursion`.
    pub kind: String,
    pub title: Texts,
    pub description: Texts,
    /// RFC 3339 with the event zone's offset at that instant.
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    /// `delegates` or `public`.
    pub audience: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    pub languages: Vec<String>,
    pub hosts: Texts,
    pub venues: Vec<VenueRefDto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Texts>,
    pub href: String,
}

impl ItemDto {
    pub fn new(b: &Bundle, e: &Event, i: &ProgrammeItem) -> Self {
        let at = |t| {
            twinning_domain::time::to_utc(e.time_zone, t)
                .map(|u| twinning_domain::time::in_zone(e.time_zone, u))
                .unwrap_or_else(|_| t.and_utc().fixed_offset())
        };
        Self {
            slug: i.slug.to_string(),
            kind: i.kind.to_string(),
            title: texts(&i.title),
            description: texts(&i.description),
            starts_at: at(i.starts_at),
            ends_at: at(i.ends_at),
            audience: i.audience.to_string(),
            capacity: i.capacity,
            languages: i.languages.iter().map(|l| l.to_string()).collect(),
            hosts: texts(&i.hosts),
            venues: i
                .venues
                .iter()
                .filter_map(|v| b.venue(v))
                .map(|v| VenueRefDto {
                    slug: v.slug.to_string(),
                    name: texts(&v.name),
                    coordinates: v.coordinates.into(),
                })
                .collect(),
            illustrative: opt_texts(&i.illustrative),
            href: href::item(b.project.slug.as_str(), e.slug.as_str(), i.slug.as_str()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeDto {
    pub project: String,
    pub event: String,
    pub time_zone: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub items: Vec<ItemDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TownProjectDto {
    pub slug: String,
    pub acronym: String,
    pub title: Texts,
    pub role: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TownDto {
    pub slug: String,
    pub native_name: String,
    /// Exonyms per language.
    pub name: Texts,
    pub country: String,
    pub region: Texts,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<CoordinatesDto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    pub languages: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Texts>,
    pub twinnings: Vec<TwinningDto>,
    pub projects: Vec<TownProjectDto>,
    pub href: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VenueItemDto {
    pub project: String,
    pub event: String,
    pub item: String,
    pub title: Texts,
    pub starts_at: DateTime<FixedOffset>,
    pub href: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VenueDto {
    pub slug: String,
    pub name: Texts,
    pub town: TownRefDto,
    pub address: String,
    pub coordinates: CoordinatesDto,
    pub description: Texts,
    pub accessibility: Texts,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Texts>,
    pub items: Vec<VenueItemDto>,
    pub href: String,
}
