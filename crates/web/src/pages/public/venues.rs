//! `/venues/{venue}`: where a venue is, how to reach it, and what happens there.

use axum::extract::State;
use axum::response::Response;

use crate::Shared;
use crate::error::{PageError, Problem};
use crate::extract::PagePath;
use crate::extract::{LangPrefs, slug};
use crate::i18n::Txt;
use crate::layout::{Layout, render};
use crate::view::{href, map_href, optional, town_name};

pub struct HeldHere {
    pub href: String,
    pub title: Txt,
    pub when: String,
    pub when_iso: String,
}

#[derive(askama::Template)]
#[template(path = "venue.html")]
struct VenuePage {
    l: Layout,
    name: Txt,
    address: String,
    town_href: String,
    town: Txt,
    country: String,
    map_href: String,
    coordinates: String,
    description: Option<Txt>,
    accessibility: Option<Txt>,
    website: Option<String>,
    illustrative: Option<Txt>,
    items: Vec<HeldHere>,
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(venue): PagePath<String>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let s = slug(&venue, "venue.not_found")?;
    let profile = state.db.venue(s.as_str()).await?.ok_or_else(|| Problem::not_found("venue.not_found"))?;
    let v = &profile.venue;
    let name = tr.pick(&v.name, None);
    let held = crate::published::published_only(&state, &profile.items).await?;
    let items = held
        .iter()
        .map(|i| {
            let local = twinning_domain::time::to_local(i.time_zone, i.starts_at);
            HeldHere {
                href: href::item(i.project.as_str(), i.event.as_str(), i.item.as_str()),
                title: tr.pick(&i.title, None),
                when: format!("{} {}", tr.date(local.date()), tr.time(local)),
                when_iso: twinning_domain::time::in_zone(i.time_zone, i.starts_at).to_rfc3339(),
            }
        })
        .collect();
    let l = Layout::new(&tr, name.text.clone(), href::venue(v.slug.as_str()))
        .describe(optional(&tr, &v.description, None).map(|d| d.text).unwrap_or_default());
    let view = VenuePage {
        address: v.address.clone(),
        town_href: href::town(profile.town.slug.as_str()),
        town: town_name(&tr, &profile.town),
        country: tr.country(profile.town.country.as_str()),
        map_href: map_href(v.coordinates),
        coordinates: format!("{:.5}, {:.5}", v.coordinates.lat, v.coordinates.lon),
        description: optional(&tr, &v.description, None),
        accessibility: optional(&tr, &v.accessibility, None),
        website: v.website.as_ref().map(|w| w.to_string()),
        illustrative: v.illustrative.as_ref().map(|i| tr.pick(i, None)),
        items,
        name,
        l,
    };
    render(&view, &prefs, &tr)
}
