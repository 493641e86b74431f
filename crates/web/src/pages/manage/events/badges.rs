//! `/manage/projects/{project}/events/{event}/badges`: name badges to print, eight to an A4
//! sheet, each with the person's check-in code as text and as a QR code that the check-in
//! page (`checkin.rs`) reads.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::response::Response;
use twinning_store::PersonRecord;

use super::checkin::{detail, load};
use crate::Shared;
use crate::auth::SignedIn;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::layout::{Layout, render};

pub struct Badge {
    pub name: String,
    pub town: String,
    pub country: String,
    pub role: String,
    /// Photo consent and minor, for photographers.
    pub photos: String,
    pub code: String,
    pub qr: String,
}

#[derive(askama::Template)]
#[template(path = "badges.html")]
struct BadgesPage {
    l: Layout,
    event_title: String,
    badges: Vec<Badge>,
    checkin: String,
}

/// The QR code of a check-in code as inline SVG.
fn qr_svg(code: &str) -> String {
    match qrcode::QrCode::new(code.as_bytes()) {
        Ok(q) => {
            let svg = q.render::<qrcode::render::svg::Color>().min_dimensions(96, 96).quiet_zone(true).build();
            // Inline in HTML: without the XML declaration.
            svg.split_once("?>").map(|(_, rest)| rest.to_owned()).unwrap_or(svg)
        }
        Err(_) => String::new(),
    }
}

/// `GET …/badges`: name badges to print, eight to an A4 sheet.
pub async fn badges(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let tr = &ctx.page.tr;
    let people = state.db.people(ctx.project(), ctx.event.slug.as_str(), None).await?;
    // By delegation, then name, as they are handed out.
    let mut grouped: BTreeMap<String, Vec<&PersonRecord>> = BTreeMap::new();
    for r in people.iter().filter(|r| !r.anonymised && !r.erased) {
        grouped.entry(detail(tr, &ctx, r)).or_default().push(r);
    }
    let mut badges: Vec<Badge> = grouped
        .into_values()
        .flatten()
        .map(|r| {
            let code = r.checkin_code.clone().unwrap_or_default();
            Badge {
                name: r.person.name.clone(),
                town: r
                    .delegation
                    .as_ref()
                    .and_then(|d| ctx.page.b.town(d))
                    .map(|t| t.native_name.clone())
                    .unwrap_or_else(|| r.person.town.clone()),
                country: tr.country(r.person.country.as_str()),
                role: tr.name("participant-role", r.person.role.as_str()),
                photos: crate::pages::shared::photo_note(tr, &r.person),
                qr: qr_svg(&code),
                code,
            }
        })
        .collect();
    // A QR code per person: heavy for a big meeting, so drawn off the request threads.
    let codes: Vec<String> = badges.iter().map(|b| b.code.clone()).collect();
    let qrs = state.heavy.run(move || codes.iter().map(|c| qr_svg(c)).collect::<Vec<_>>()).await?;
    for (badge, qr) in badges.iter_mut().zip(qrs) {
        badge.qr = qr;
    }
    let event_title = tr.pick(&ctx.event.title, Some(&ctx.page.b.project.default_lang)).text;
    let l = ctx.layout(tr.get("badges-title"), format!("{}/badges", ctx.base()));
    render(&BadgesPage { l, event_title, badges, checkin: format!("{}/checkin", ctx.base()) }, &prefs, tr)
}
