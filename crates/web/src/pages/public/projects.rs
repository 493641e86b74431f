//! `/projects/{project}` and `/projects/{project}/partners`.

use axum::extract::State;
use axum::response::Response;
use twinning_domain::PartnerRole;

use crate::Shared;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::i18n::{Arg, Tr, Txt};
use crate::layout::{Layout, render};
use crate::pages::shared::ProjectPage;
use crate::view::{href, optional, town_name};

/// A partner town as listed on the project's pages.
pub struct PartnerView {
    pub town_href: String,
    pub town: Txt,
    pub native_name: String,
    pub country: String,
    pub role: String,
    pub is_lead: bool,
    pub organisation: Option<Txt>,
    pub illustrative: Option<Txt>,
}

pub struct EventCard {
    pub href: String,
    pub programme_href: String,
    pub title: Txt,
    pub dates: String,
    pub host: Txt,
    pub items: String,
}

pub struct TwinningView {
    pub text: String,
    pub item_href: Option<String>,
}

fn partner_views(tr: &Tr, page: &ProjectPage) -> Vec<PartnerView> {
    let b = &page.b;
    let default = Some(&b.project.default_lang);
    b.project
        .partners
        .iter()
        .filter_map(|p| {
            let town = b.town(&p.town)?;
            Some(PartnerView {
                town_href: href::town(town.slug.as_str()),
                town: town_name(tr, town),
                native_name: town.native_name.clone(),
                country: tr.country(town.country.as_str()),
                role: tr.name("role", p.role.as_str()),
                is_lead: p.role == PartnerRole::Lead,
                organisation: p
                    .organisation
                    .as_ref()
                    .and_then(|o| b.organisation(o))
                    .map(|o| tr.pick(&o.name, default)),
                illustrative: p.illustrative.as_ref().or(town.illustrative.as_ref()).map(|t| tr.pick(t, default)),
            })
        })
        .collect()
}

#[derive(askama::Template)]
#[template(path = "project.html")]
struct ProjectView {
    l: Layout,
    acronym: String,
    title: Txt,
    aims: Option<Txt>,
    funding: Vec<(String, Txt)>,
    period: String,
    status: String,
    partners_href: String,
    partners_count: String,
    countries: String,
    lead: Option<PartnerView>,
    events: Vec<EventCard>,
    twinnings: Vec<TwinningView>,
    /// The latest published news: link, title, date.
    news: Vec<(String, Txt, String)>,
    news_href: String,
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let (b, tr) = (&page.b, &page.tr);
    let p = &b.project;
    let default = Some(&p.default_lang);
    let title = page.title();
    let mut funding = Vec::new();
    if let Some(f) = &p.funding {
        for (label, t) in
            [("funding-programme", &f.programme), ("funding-strand", &f.strand), ("funding-measure", &f.measure)]
        {
            if let Some(txt) = optional(tr, t, default) {
                funding.push((tr.get(label), txt));
            }
        }
    }
    let all = partner_views(tr, &page);
    let mut countries: Vec<String> = all.iter().map(|x| x.country.clone()).collect();
    countries.sort();
    countries.dedup();
    let events = p
        .events
        .iter()
        .map(|e| EventCard {
            href: href::event(p.slug.as_str(), e.slug.as_str()),
            programme_href: href::programme(p.slug.as_str(), e.slug.as_str()),
            title: tr.pick(&e.title, default),
            dates: tr.date_range(e.start_date, e.end_date),
            host: b.town(&e.host_town).map(|t| town_name(tr, t)).unwrap_or_default(),
            items: tr.with("programme-item-count", &[("count", Arg::Num(e.items.len() as i64))]),
        })
        .collect();
    let twinnings = b
        .twinnings
        .iter()
        .filter_map(|tw| {
            let a = b.town(&tw.towns[0])?;
            let z = b.town(&tw.towns[1])?;
            let mut args = vec![
                ("kind", Arg::Str(tr.name("twinning", tw.kind.as_str()))),
                ("a", Arg::Str(town_name(tr, a).text)),
                ("b", Arg::Str(town_name(tr, z).text)),
            ];
            let key = match tw.since {
                Some(d) => {
                    args.push(("since", Arg::Str(tr.date(d))));
                    "twinning-between-since"
                }
                None => "twinning-between",
            };
            let text = tr.with(key, &args);
            let item_href =
                tw.signed_at.as_ref().map(|s| href::item(p.slug.as_str(), s.event.as_str(), s.item.as_str()));
            Some(TwinningView { text, item_href })
        })
        .collect();
    let news = state
        .db
        .news(p.slug.as_str(), false)
        .await?
        .iter()
        .take(3)
        .map(|n| {
            (
                href::news_post(p.slug.as_str(), n.slug.as_str()),
                tr.pick(&n.title, default),
                tr.date(n.published_at.unwrap_or(n.created_at).date_naive()),
            )
        })
        .collect();
    let l = Layout::new(tr, title.text.clone(), href::project(p.slug.as_str()))
        .describe(optional(tr, &p.aims, default).map(|t| t.text).unwrap_or_default());
    let view = ProjectView {
        acronym: p.acronym.clone(),
        aims: optional(tr, &p.aims, default),
        funding,
        period: tr.date_range(p.period_start, p.period_end),
        news,
        news_href: href::news(p.slug.as_str()),
        status: tr.name("status", p.status.as_str()),
        partners_href: href::partners(p.slug.as_str()),
        partners_count: tr.with(
            "partner-count",
            &[("count", Arg::Num(all.len() as i64)), ("countries", Arg::Num(countries.len() as i64))],
        ),
        countries: countries.join(", "),
        lead: all.into_iter().find(|x| x.is_lead),
        events,
        twinnings,
        title,
        l,
    };
    render(&view, &prefs, tr)
}

#[derive(askama::Template)]
#[template(path = "partners.html")]
struct PartnersView {
    l: Layout,
    partners: Vec<PartnerView>,
}

pub async fn partners(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let tr = &page.tr;
    let p = &page.b.project;
    let l = Layout::new(tr, tr.get("partners-title"), href::partners(p.slug.as_str()))
        .crumb(href::project(p.slug.as_str()), page.title().text);
    render(&PartnersView { partners: partner_views(tr, &page), l }, &prefs, tr)
}
