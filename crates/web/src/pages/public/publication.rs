//! `/projects/{project}/events/{event}/publication`: the page Europe for Citizens asked towns
//! to publish before it paid — the place and dates, the number of participants per country
//! and a short description of each day, drawn from the published programme. Public, in every
//! interface language, at a stable address to quote in the report. Only counts, never names.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::response::Response;

use crate::Shared;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::i18n::{Arg, Txt};
use crate::layout::{Layout, render};
use crate::pages::shared::{PhotoView, ProjectPage};
use crate::view::{href, town_name};

pub struct CountryCount {
    pub country: String,
    pub count: String,
}

pub struct DayText {
    pub heading: String,
    pub items: Vec<Txt>,
}

#[derive(askama::Template)]
#[template(path = "publication.html")]
struct PublicationPage {
    l: Layout,
    title: Txt,
    place: String,
    dates: String,
    project: Txt,
    funding: Option<Txt>,
    basis: String,
    total: String,
    invited: String,
    countries: Vec<CountryCount>,
    days: Vec<DayText>,
    photos: Vec<PhotoView>,
    programme_href: String,
}

/// `GET /projects/{project}/events/{event}/publication`.
pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let ev = page.event(&event)?;
    let (b, tr) = (&page.b, &page.tr);
    let default = Some(&b.project.default_lang);
    let p = b.project.slug.as_str();
    let host = b.town(&ev.host_town);
    let counts = crate::eligibility::event_figures(&state, b, &ev.slug, None).await?;
    let mut days: BTreeMap<chrono::NaiveDate, Vec<Txt>> =
        ev.start_date.iter_days().take_while(|d| *d <= ev.end_date).map(|d| (d, Vec::new())).collect();
    for item in &ev.items {
        days.entry(item.starts_at.date()).or_default().push(tr.pick(&item.title, default));
    }
    let photos = state.db.photos(p, ev.slug.as_str()).await?;
    let photos = photos.iter().map(|x| PhotoView::new(tr, &page, x)).collect();
    let title = tr.pick(&ev.title, default);
    let l = Layout::new(
        tr,
        tr.with("publication-title", &[("event", Arg::Str(title.text.clone()))]),
        format!("{}/publication", href::event(p, ev.slug.as_str())),
    )
    .crumb(href::project(p), page.title().text)
    .crumb(href::event(p, ev.slug.as_str()), title.text.clone())
    .here(tr.get("publication-here"));
    let view = PublicationPage {
        place: host
            .map(|t| format!("{}, {}", town_name(tr, t).text, tr.country(t.country.as_str())))
            .unwrap_or_default(),
        dates: tr.date_range(ev.start_date, ev.end_date),
        project: page.title(),
        funding: b.project.funding.as_ref().map(|f| tr.pick(&f.programme, default)),
        basis: crate::eligibility::basis(tr, counts.basis),
        total: tr.integer(counts.total),
        invited: tr.integer(counts.invited),
        countries: crate::eligibility::per_country(tr, &counts.per_country)
            .into_iter()
            .map(|(country, n)| CountryCount { country, count: tr.integer(n) })
            .collect(),
        days: days
            .into_iter()
            .enumerate()
            .map(|(i, (d, items))| DayText {
                heading: format!(
                    "{} — {}",
                    tr.with("programme-day-number", &[("number", Arg::Num(i as i64 + 1))]),
                    tr.day_heading(d)
                ),
                items,
            })
            .collect(),
        programme_href: href::programme(p, ev.slug.as_str()),
        photos,
        title,
        l,
    };
    render(&view, &prefs, tr)
}
