//! View models: domain values turned into what a page shows in one language. Templates only
//! lay these out; every label and date is already translated here.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use twinning_domain::{Bundle, Coordinates, Event, LangTag, ProgrammeItem, Translated, Venue};

use crate::i18n::{Tr, Txt};

/// URLs of public pages, the same in every language (DESIGN.md §4).
pub mod href {
    pub fn project(p: &str) -> String {
        format!("/projects/{p}")
    }
    pub fn partners(p: &str) -> String {
        format!("/projects/{p}/partners")
    }
    pub fn event(p: &str, e: &str) -> String {
        format!("/projects/{p}/events/{e}")
    }
    pub fn news(p: &str) -> String {
        format!("/projects/{p}/news")
    }
    pub fn news_post(p: &str, post: &str) -> String {
        format!("/projects/{p}/news/{post}")
    }
    pub fn publication(p: &str, e: &str) -> String {
        format!("/projects/{p}/events/{e}/publication")
    }
    pub fn photo(p: &str, e: &str, file: &str) -> String {
        format!("/projects/{p}/events/{e}/photos/{file}")
    }
    pub fn programme(p: &str, e: &str) -> String {
        format!("/projects/{p}/events/{e}/programme")
    }
    pub fn programme_ics(p: &str, e: &str) -> String {
        format!("/projects/{p}/events/{e}/programme.ics")
    }
    pub fn item(p: &str, e: &str, i: &str) -> String {
        format!("/projects/{p}/events/{e}/programme/{i}")
    }
    pub fn town(t: &str) -> String {
        format!("/towns/{t}")
    }
    pub fn venue(v: &str) -> String {
        format!("/venues/{v}")
    }
}

/// A link to OpenStreetMap centred on a point (works without JavaScript or an API key).
pub fn map_href(c: Coordinates) -> String {
    format!(
        "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=16/{lat:.5}/{lon:.5}",
        lat = c.lat,
        lon = c.lon
    )
}

/// A venue as linked from a programme item.
#[derive(Debug, Clone)]
pub struct VenueRef {
    pub href: String,
    pub name: Txt,
    pub map_href: String,
    pub illustrative: bool,
}

impl VenueRef {
    pub fn new(tr: &Tr, v: &Venue, default: Option<&LangTag>) -> Self {
        Self {
            href: href::venue(v.slug.as_str()),
            name: tr.pick(&v.name, default),
            map_href: map_href(v.coordinates),
            illustrative: v.illustrative.is_some(),
        }
    }
}

/// A programme item as a line of the programme and as its own page.
#[derive(Debug, Clone)]
pub struct ItemView {
    pub slug: String,
    pub href: String,
    pub title: Txt,
    pub description: Txt,
    pub kind: &'static str,
    pub kind_label: String,
    pub start: String,
    pub end: String,
    pub start_iso: String,
    pub end_iso: String,
    pub day: String,
    pub venues: Vec<VenueRef>,
    pub is_public: bool,
    pub audience_label: String,
    pub capacity: Option<String>,
    pub languages: String,
    pub hosts: Txt,
    pub illustrative: Option<Txt>,
}

impl ItemView {
    pub fn new(tr: &Tr, b: &Bundle, ev: &Event, item: &ProgrammeItem) -> Self {
        let default = Some(&b.project.default_lang);
        let zone = ev.time_zone;
        let iso = |t| {
            twinning_domain::time::to_utc(zone, t)
                .map(|u| twinning_domain::time::in_zone(zone, u).to_rfc3339())
                .unwrap_or_default()
        };
        Self {
            slug: item.slug.to_string(),
            href: href::item(b.project.slug.as_str(), ev.slug.as_str(), item.slug.as_str()),
            title: tr.pick(&item.title, default),
            description: tr.pick(&item.description, default),
            kind: item.kind.as_str(),
            kind_label: tr.name("kind", item.kind.as_str()),
            start: tr.time(item.starts_at),
            end: tr.time(item.ends_at),
            start_iso: iso(item.starts_at),
            end_iso: iso(item.ends_at),
            day: tr.day_heading(item.starts_at.date()),
            venues: item.venues.iter().filter_map(|s| b.venue(s)).map(|v| VenueRef::new(tr, v, default)).collect(),
            is_public: item.audience == twinning_domain::Audience::Public,
            audience_label: tr.name("audience", item.audience.as_str()),
            capacity: item.capacity.map(|c| tr.with("item-capacity", &[("count", crate::i18n::Arg::Num(c.into()))])),
            languages: item.languages.iter().map(|l| tr.name("lang", l.as_str())).collect::<Vec<_>>().join(", "),
            hosts: tr.pick(&item.hosts, default),
            illustrative: item.illustrative.as_ref().map(|t| tr.pick(t, default)),
        }
    }
}

/// One day of an event's programme.
#[derive(Debug, Clone)]
pub struct DayView {
    pub id: String,
    pub number: usize,
    pub label: String,
    pub heading: String,
    pub date_iso: String,
    pub items: Vec<ItemView>,
}

/// Every day of the event, in order, each with the items that start on it (an empty day
/// still shows, so a gap in the programme is visible). Items outside the event's dates get
/// days of their own.
pub fn programme_days(tr: &Tr, b: &Bundle, ev: &Event) -> Vec<DayView> {
    let mut days: BTreeMap<NaiveDate, Vec<ItemView>> =
        ev.start_date.iter_days().take_while(|d| *d <= ev.end_date).map(|d| (d, Vec::new())).collect();
    for item in &ev.items {
        days.entry(item.starts_at.date()).or_default().push(ItemView::new(tr, b, ev, item));
    }
    days.into_iter()
        .map(|(date, items)| {
            let number = (date - ev.start_date).num_days() + 1;
            DayView {
                id: format!("day-{date}"),
                number: number.max(0) as usize,
                label: if (1..=ev.days()).contains(&number) {
                    tr.with("programme-day-number", &[("number", crate::i18n::Arg::Num(number))])
                } else {
                    String::new()
                },
                heading: tr.day_heading(date),
                date_iso: date.to_string(),
                items,
            }
        })
        .collect()
}

/// A town's name in the page's language: its exonym if it has one, else its own name.
pub fn town_name(tr: &Tr, town: &twinning_domain::Town) -> Txt {
    let exact = town.name.0.iter().find(|(l, t)| l.as_str() == tr.lang() && !t.trim().is_empty());
    match exact {
        Some((_, t)) => Txt { text: t.clone(), lang: None },
        None => Txt { text: town.native_name.clone(), lang: None },
    }
}

/// The text of a translatable field, or `None` when it is empty in every language.
pub fn optional(tr: &Tr, t: &Translated, default: Option<&LangTag>) -> Option<Txt> {
    let txt = tr.pick(t, default);
    (!txt.is_empty()).then_some(txt)
}
