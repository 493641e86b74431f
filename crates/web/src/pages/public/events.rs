//! `/projects/{project}/events/{event}`: an event at a glance.

use axum::extract::State;
use axum::response::Response;

use crate::Shared;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::i18n::{Arg, Txt};
use crate::layout::{Layout, render};
use crate::pages::shared::ProjectPage;
use crate::view::{VenueRef, href, optional, programme_days, town_name};

pub struct DaySummary {
    pub href: String,
    pub label: String,
    pub heading: String,
    pub count: String,
    pub highlights: Vec<Txt>,
}

#[derive(askama::Template)]
#[template(path = "event.html")]
struct EventPage {
    l: Layout,
    title: Txt,
    description: Option<Txt>,
    dates: String,
    host_href: String,
    host: Txt,
    zone: String,
    illustrative: Option<Txt>,
    programme_href: String,
    publication_href: String,
    ics_href: String,
    days: Vec<DaySummary>,
    venues: Vec<VenueRef>,
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let ev = page.event(&event)?;
    let (b, tr) = (&page.b, &page.tr);
    let default = Some(&b.project.default_lang);
    let (p, e) = (b.project.slug.as_str(), ev.slug.as_str());
    let title = tr.pick(&ev.title, default);
    let host = b.town(&ev.host_town);
    let days = programme_days(tr, b, ev)
        .into_iter()
        .map(|d| DaySummary {
            href: format!("{}#{}", href::programme(p, e), d.id),
            count: tr.with("programme-item-count", &[("count", Arg::Num(d.items.len() as i64))]),
            highlights: d.items.iter().take(4).map(|i| i.title.clone()).collect(),
            label: d.label,
            heading: d.heading,
        })
        .collect();
    // Each venue once, in the order the programme first uses it.
    let mut venues = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for v in ev.items.iter().flat_map(|i| i.venues.iter()) {
        if let Some(venue) = b.venue(v).filter(|_| seen.insert(v)) {
            venues.push(VenueRef::new(tr, venue, default));
        }
    }
    let (start, end) = (ev.items.iter().map(|i| i.starts_at).min(), ev.items.iter().map(|i| i.ends_at).max());
    let mut ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": title.text,
        "startDate": start.map(|s| twinning_domain::time::to_utc(ev.time_zone, s).map(|u| twinning_domain::time::in_zone(ev.time_zone, u).to_rfc3339()).unwrap_or_default()).unwrap_or_else(|| ev.start_date.to_string()),
        "endDate": end.map(|s| twinning_domain::time::to_utc(ev.time_zone, s).map(|u| twinning_domain::time::in_zone(ev.time_zone, u).to_rfc3339()).unwrap_or_default()).unwrap_or_else(|| ev.end_date.to_string()),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    });
    if let Some(h) = host {
        ld["location"] = serde_json::json!({"@type": "Place", "name": h.native_name, "address": {"@type": "PostalAddress", "addressLocality": h.native_name, "addressCountry": h.country.as_str()}});
    }
    let description = optional(tr, &ev.description, default);
    if let Some(d) = &description {
        ld["description"] = d.text.clone().into();
    }
    let l = Layout::new(tr, title.text.clone(), href::event(p, e))
        .crumb(href::project(p), page.title().text)
        .describe(description.as_ref().map(|d| d.text.clone()).unwrap_or_default())
        .alternate("text/calendar", href::programme_ics(p, e), tr.get("programme-ics"))
        .json_ld(&ld);
    let view = EventPage {
        description,
        dates: tr.date_range(ev.start_date, ev.end_date),
        host_href: href::town(ev.host_town.as_str()),
        host: host.map(|h| town_name(tr, h)).unwrap_or_default(),
        zone: ev.time_zone.name().to_owned(),
        illustrative: ev.illustrative.as_ref().and_then(|t| optional(tr, t, default)),
        programme_href: href::programme(p, e),
        publication_href: format!("{}/publication", href::event(p, e)),
        ics_href: href::programme_ics(p, e),
        days,
        venues,
        title,
        l,
    };
    render(&view, &prefs, tr)
}
