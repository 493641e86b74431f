//! `/towns/{town}`: a town's profile, its twinnings and the projects it takes part in.

use axum::extract::State;
use axum::response::Response;

use crate::Shared;
use crate::error::{PageError, Problem};
use crate::extract::PagePath;
use crate::extract::{LangPrefs, slug};
use crate::i18n::{Arg, Txt};
use crate::layout::{Layout, render};
use crate::view::{href, map_href, optional, town_name};

pub struct TwinningRow {
    pub kind: String,
    pub other_href: String,
    pub other: Txt,
    pub other_country: String,
    pub since: Option<String>,
    pub description: Option<Txt>,
    pub signed_href: Option<String>,
    pub document: Option<String>,
}

pub struct ProjectRow {
    pub href: String,
    pub acronym: String,
    pub title: Txt,
    pub role: String,
}

#[derive(askama::Template)]
#[template(path = "town.html")]
struct TownPage {
    l: Layout,
    name: Txt,
    native_name: String,
    native_differs: bool,
    country: String,
    region: Option<Txt>,
    population: Option<String>,
    map_href: Option<String>,
    coordinates: Option<String>,
    website: Option<String>,
    illustrative: Option<Txt>,
    twinnings: Vec<TwinningRow>,
    projects: Vec<ProjectRow>,
    organisations: Vec<Txt>,
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(town): PagePath<String>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let s = slug(&town, "town.not_found")?;
    let profile = state.db.town(s.as_str()).await?.ok_or_else(|| Problem::not_found("town.not_found"))?;
    let t = &profile.town;
    let name = town_name(&tr, t);
    let twinnings = profile
        .twinnings
        .iter()
        .map(|link| {
            let tw = &link.twinning;
            TwinningRow {
                kind: tr.name("twinning", tw.kind.as_str()),
                other_href: href::town(link.other.slug.as_str()),
                other: town_name(&tr, &link.other),
                other_country: tr.country(link.other.country.as_str()),
                since: tw.since.map(|d| tr.with("twinning-since", &[("date", Arg::Str(tr.date(d)))])),
                description: optional(&tr, &tw.description, None),
                signed_href: match (&link.signed_in_project, &tw.signed_at) {
                    (Some(p), Some(at)) => Some(href::item(p.as_str(), at.event.as_str(), at.item.as_str())),
                    _ => None,
                },
                document: tw.document.as_ref().map(|d| d.to_string()),
            }
        })
        .collect();
    let projects = profile
        .projects
        .iter()
        .map(|p| ProjectRow {
            href: href::project(p.slug.as_str()),
            acronym: p.acronym.clone(),
            title: tr.pick(&p.title, None),
            role: tr.name("role", p.role.as_str()),
        })
        .collect();
    let l = Layout::new(&tr, name.text.clone(), href::town(t.slug.as_str())).describe(tr.with(
        "town-description",
        &[("town", Arg::Str(name.text.clone())), ("country", Arg::Str(tr.country(t.country.as_str())))],
    ));
    let view = TownPage {
        native_differs: name.text != t.native_name,
        native_name: t.native_name.clone(),
        country: tr.country(t.country.as_str()),
        region: optional(&tr, &t.region, None),
        population: t.population.map(|n| tr.integer(n.into())),
        map_href: t.coordinates.map(map_href),
        coordinates: t.coordinates.map(|c| format!("{:.4}, {:.4}", c.lat, c.lon)),
        website: t.website.as_ref().map(|w| w.to_string()),
        illustrative: t.illustrative.as_ref().map(|i| tr.pick(i, None)),
        twinnings,
        projects,
        organisations: profile.organisations.iter().map(|o| tr.pick(&o.name, None)).collect(),
        name,
        l,
    };
    render(&view, &prefs, &tr)
}
