//! `/manage/projects/{project}/report[.pdf]`: the final report the funder asks for — the
//! project, its partners, each meeting's programme day by day, participation per country and
//! per day (a table and a chart), eligibility and the grant, and the list of annexes, with the
//! signature sheets annexed to the PDF. One builder makes the blocks; the page and the PDF
//! draw the same blocks.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use twinning_pdf::{Block, SignatureSheet};

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath};
use crate::i18n::Arg;
use crate::layout::{Layout, render};
use crate::pages::shared::ProjectPage;
use crate::view::href;

/// The report's blocks and the signature sheets to annex.
async fn build(state: &Shared, page: &ProjectPage) -> Result<(Vec<Block>, Vec<SignatureSheet>), PageError> {
    let (b, tr) = (&page.b, &page.tr);
    let default = Some(&b.project.default_lang);
    let p = &b.project;
    let mut blocks = Vec::new();
    let mut facts = vec![format!("{}: {}", tr.get("project-period"), tr.date_range(p.period_start, p.period_end))];
    if let Some(f) = &p.funding {
        facts.push(tr.pick(&f.programme, default).text);
        let measure = tr.pick(&f.measure, default).text;
        if !measure.is_empty() {
            facts.push(measure);
        }
    }
    blocks.push(Block::Paragraph(format!("{} — {}", p.acronym, facts.join(" · "))));
    let aims = tr.pick(&p.aims, default).text;
    if !aims.is_empty() {
        blocks.push(Block::Paragraph(aims));
    }

    blocks.push(Block::Heading(tr.get("project-all-partners")));
    blocks.push(Block::Table(
        vec![tr.get("field-town"), tr.get("town-country"), tr.get("field-role")],
        p.partners
            .iter()
            .filter_map(|x| b.town(&x.town).map(|t| (x, t)))
            .map(|(x, t)| {
                vec![
                    crate::view::town_name(tr, t).text,
                    tr.country(t.country.as_str()),
                    tr.name("role", x.role.as_str()),
                ]
            })
            .collect(),
    ));

    // One count for the participation tables and the eligibility below.
    let assessment = crate::eligibility::assess(state, b).await?;
    let counted;
    let figures = match &assessment {
        Some(a) => &a.figures,
        None => {
            counted = crate::eligibility::figures(state, b).await?;
            &counted
        }
    };
    let mut sheets = Vec::new();
    for ev in &p.events {
        let title = tr.pick(&ev.title, default).text;
        let host = b.town(&ev.host_town);
        let place = host
            .map(|t| format!("{}, {}", crate::view::town_name(tr, t).text, tr.country(t.country.as_str())))
            .unwrap_or_default();
        blocks.push(Block::Heading(title.clone()));
        blocks.push(Block::Paragraph(format!("{} · {place}", tr.date_range(ev.start_date, ev.end_date))));
        let days: Vec<chrono::NaiveDate> = ev.start_date.iter_days().take_while(|d| *d <= ev.end_date).collect();
        for (i, d) in days.iter().enumerate() {
            let titles: Vec<String> = ev
                .items
                .iter()
                .filter(|it| it.starts_at.date() == *d)
                .map(|it| tr.pick(&it.title, default).text)
                .collect();
            let label = format!(
                "{} — {}",
                tr.with("programme-day-number", &[("number", Arg::Num(i as i64 + 1))]),
                tr.day_heading(*d)
            );
            blocks.push(Block::Paragraph(if titles.is_empty() {
                label
            } else {
                format!("{label}: {}.", titles.join("; "))
            }));
        }

        // Participation: people per country (as present, once the meeting is over) and per day.
        let counts = figures.event(&ev.slug).ok_or_else(|| Problem::not_found("event.not_found"))?;
        blocks.push(Block::Heading(tr.with("report-participation", &[("event", Arg::Str(title.clone()))])));
        blocks.push(Block::Paragraph(crate::eligibility::basis(tr, counts.basis)));
        let rows = crate::eligibility::per_country(tr, &counts.per_country);
        blocks.push(Block::Table(
            vec![tr.get("town-country"), tr.get("participants-count")],
            rows.iter().map(|(c, n)| vec![c.clone(), tr.integer(*n)]).collect(),
        ));
        blocks.push(Block::Bars(tr.get("participants-by-country"), rows));
        let per_day: Vec<(String, i64)> =
            days.iter().map(|d| (tr.day_heading(*d), counts.per_day.get(d).copied().unwrap_or(0))).collect();
        blocks.push(Block::Table(
            vec![tr.get("checkin-day"), tr.get("participants-present")],
            per_day.iter().map(|(d, n)| vec![d.clone(), tr.integer(*n)]).collect(),
        ));
        blocks.push(Block::Bars(tr.get("participants-per-day"), per_day));

        // The organisers' evaluation summary, when they wrote one.
        let evaluation = tr.pick(&ev.evaluation, default).text;
        if !evaluation.trim().is_empty() {
            blocks.push(Block::Heading(tr.with("report-evaluation", &[("event", Arg::Str(title.clone()))])));
            blocks.extend(paragraphs(&evaluation).map(Block::Paragraph));
        }

        // The signature sheets for this meeting: each day, each delegation with people.
        let people = state.db.people(p.slug.as_str(), ev.slug.as_str(), None).await?;
        let mut groups: BTreeMap<Option<twinning_domain::Slug>, Vec<[String; 3]>> = BTreeMap::new();
        for r in people.iter().filter(|r| !r.anonymised) {
            groups.entry(r.delegation.clone()).or_default().push([
                r.person.name.clone(),
                r.person.town.clone(),
                tr.country(r.person.country.as_str()),
            ]);
        }
        for d in &days {
            for (delegation, rows) in &groups {
                let who = match delegation {
                    Some(t) => tr.with(
                        "participants-title-delegation",
                        &[(
                            "town",
                            Arg::Str(b.town(t).map(|t| crate::view::town_name(tr, t).text).unwrap_or_default()),
                        )],
                    ),
                    None => tr.get("participants-no-delegation"),
                };
                let count = twinning_pdf::pages(rows.len() + 3);
                sheets.push(SignatureSheet {
                    lang: tr.lang().to_owned(),
                    title: title.clone(),
                    subtitle: format!("{} · {place}", tr.date_range(ev.start_date, ev.end_date)),
                    heading: format!("{} — {who}", tr.day_heading(*d)),
                    footer: format!("{} — {}", p.acronym, tr.get("sheet-footer")),
                    columns: [
                        tr.get("sheet-number"),
                        tr.get("field-name"),
                        tr.get("venue-town"),
                        tr.get("town-country"),
                        tr.get("sheet-signature"),
                    ],
                    rows: rows.clone(),
                    blank_rows: 3,
                    page_labels: (1..=count)
                        .map(|n| tr.with("sheet-page", &[("n", Arg::Num(n as i64)), ("total", Arg::Num(count as i64))]))
                        .collect(),
                });
            }
        }
    }

    // Eligibility and the grant.
    if let Some(a) = &assessment {
        let (rs, e) = (a.ruleset, &a.eligibility);
        blocks.push(Block::Heading(tr.get("elig-title")));
        blocks.push(Block::Paragraph(format!(
            "{} — {}",
            tr.pick(&rs.name, None).text,
            tr.get(if e.eligible { "elig-eligible" } else { "elig-not-eligible" })
        )));
        blocks.push(Block::Paragraph(format!(
            "{}: {}. {}: {}",
            tr.get("publication-invited"),
            tr.integer(e.invited_participants),
            tr.get("elig-grant"),
            e.grant.amount.map(|a| format!("{} {}", e.grant.currency, tr.integer(a))).unwrap_or_else(|| "—".into())
        )));
        blocks.push(Block::Table(
            vec![tr.get("elig-rule"), tr.get("elig-result"), tr.get("elig-required"), tr.get("elig-actual")],
            e.rules
                .iter()
                .map(|r| {
                    let text = rs
                        .rules
                        .iter()
                        .find(|d| d.id == r.id)
                        .map(|d| tr.pick(&d.text, None).text)
                        .unwrap_or_else(|| r.id.clone());
                    let n = |v: Option<i64>| v.map(|v| tr.integer(v)).unwrap_or_default();
                    vec![text, tr.get(if r.passed { "elig-passed" } else { "elig-failed" }), n(r.required), n(r.actual)]
                })
                .collect(),
        ));
    }

    // Annexes.
    blocks.push(Block::Heading(tr.get("report-annexes")));
    let photos = state.db.project_photos(p.slug.as_str()).await?;
    let news = state.db.news(p.slug.as_str(), false).await?;
    for ev in &p.events {
        let title = tr.pick(&ev.title, default).text;
        blocks.push(Block::Paragraph(tr.with(
            "report-annex-publication",
            &[
                ("event", Arg::Str(title.clone())),
                (
                    "url",
                    Arg::Str(
                        state.config.link(&format!("{}/publication", href::event(p.slug.as_str(), ev.slug.as_str()))),
                    ),
                ),
            ],
        )));
        blocks.push(Block::Paragraph(tr.with(
            "report-annex-programme",
            &[
                ("event", Arg::Str(title)),
                ("url", Arg::Str(state.config.link(&href::programme(p.slug.as_str(), ev.slug.as_str())))),
            ],
        )));
        let shown = photos.iter().filter(|x| x.event == ev.slug).count();
        if shown > 0 {
            blocks.push(Block::Paragraph(tr.with(
                "report-annex-photos",
                &[("event", Arg::Str(tr.pick(&ev.title, default).text)), ("count", Arg::Num(shown as i64))],
            )));
        }
    }
    for post in &news {
        blocks.push(Block::Paragraph(tr.with(
            "report-annex-news",
            &[
                ("title", Arg::Str(tr.pick(&post.title, default).text)),
                ("url", Arg::Str(state.config.link(&href::news_post(p.slug.as_str(), post.slug.as_str())))),
            ],
        )));
    }
    blocks.push(Block::Paragraph(tr.with("report-annex-sheets", &[("count", Arg::Num(sheets.len() as i64))])));
    Ok((blocks, sheets))
}

/// A text's paragraphs: the parts between blank lines, each with its lines joined.
pub fn paragraphs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split("\n\n").map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" ")).filter(|p| !p.is_empty())
}

/// A block as the page shows it.
pub enum HtmlBlock {
    Heading(String),
    Paragraph(String),
    Table(Vec<String>, Vec<Vec<String>>),
    /// A caption and bars as (label, value, width in per cent of the widest).
    Bars(String, Vec<(String, String, u32)>),
}

#[derive(askama::Template)]
#[template(path = "report.html")]
struct ReportPage {
    l: Layout,
    blocks: Vec<HtmlBlock>,
    pdf_href: String,
}

/// `GET /manage/projects/{project}/report`.
pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    // Building the report reads every person of every meeting: one of the heavy jobs.
    let slot = state.heavy.slot().await?;
    let (blocks, _) = build(&state, &page).await?;
    drop(slot);
    let tr = &page.tr;
    let blocks = blocks
        .into_iter()
        .map(|b| match b {
            Block::Heading(t) => HtmlBlock::Heading(t),
            Block::Paragraph(t) => HtmlBlock::Paragraph(t),
            Block::Table(h, r) => HtmlBlock::Table(h, r),
            Block::Bars(c, bars) => {
                let max = bars.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
                HtmlBlock::Bars(c, bars.into_iter().map(|(l, v)| (l, tr.integer(v), (v * 100 / max) as u32)).collect())
            }
        })
        .collect();
    let p = page.b.project.slug.as_str();
    let l = Layout::new(
        tr,
        tr.with("report-title", &[("project", Arg::Str(page.title().text))]),
        format!("/manage/projects/{p}/report"),
    )
    .crumb("/manage", tr.get("manage-title"))
    .crumb(format!("/manage/projects/{p}"), page.title().text);
    render(&ReportPage { l, blocks, pdf_href: format!("/manage/projects/{p}/report.pdf") }, &prefs, tr)
}

/// `GET /manage/projects/{project}/report.pdf`: the report with the signature sheets annexed.
pub async fn pdf(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    // One slot for building and drawing: the drawing, the heaviest part, runs off the
    // request threads.
    let slot = state.heavy.slot().await?;
    let (mut blocks, annexes) = build(&state, &page).await?;
    let tr = &page.tr;
    let title = tr.with("report-title", &[("project", Arg::Str(page.title().text))]);
    blocks.insert(0, Block::Heading(title.clone()));
    let report = twinning_pdf::Report {
        lang: tr.lang().to_owned(),
        title,
        blocks,
        annexes,
        page_label: tr.with("report-page", &[("n", Arg::Str("{n}".into()))]),
    };
    let bytes =
        state.heavy.run_in(slot, move || twinning_pdf::report(&report)).await?.map_err(|_| Problem::internal())?;
    let mut res = ([(header::CONTENT_TYPE, "application/pdf")], bytes).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{}-final-report.pdf\"", page.b.project.slug)) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
