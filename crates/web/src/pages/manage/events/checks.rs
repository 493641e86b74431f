//! `/manage/projects/{project}/events/{event}/checks`: the warnings an experienced organiser
//! looks for in a programme (see `twinning_domain::checks`). Organisers only.

use axum::extract::State;
use axum::response::Response;
use twinning_domain::checks::{TravelMode, Warning, check_event};
use twinning_domain::{Event, Slug};

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::i18n::{Arg, Tr};
use crate::layout::{Layout, render};
use crate::pages::shared::ProjectPage;
use crate::view::href;

pub struct WarningView {
    pub text: String,
    pub links: Vec<(String, String)>,
}

#[derive(askama::Template)]
#[template(path = "checks.html")]
struct ChecksPage {
    l: Layout,
    event: String,
    warnings: Vec<WarningView>,
    count: String,
}

/// Describes a warning in the page's language, naming the items by their titles.
pub fn describe(tr: &Tr, page: &ProjectPage, ev: &Event, w: &Warning) -> WarningView {
    let default = Some(&page.b.project.default_lang);
    let title =
        |s: &Slug| ev.item(s.as_str()).map(|i| tr.pick(&i.title, default).text).unwrap_or_else(|| s.to_string());
    let link = |s: &Slug| (href::item(page.b.project.slug.as_str(), ev.slug.as_str(), s.as_str()), title(s));
    let (text, links) = match w {
        Warning::OutsideEvent { item } => {
            (tr.with("check-outside-event", &[("item", Arg::Str(title(item)))]), vec![link(item)])
        }
        Warning::PublicWithoutCapacity { item } => {
            (tr.with("check-public-without-capacity", &[("item", Arg::Str(title(item)))]), vec![link(item)])
        }
        Warning::VenueDoubleBooked { venue, first, second } => {
            let venue =
                page.b.venue(venue).map(|v| tr.pick(&v.name, default).text).unwrap_or_else(|| venue.to_string());
            (
                tr.with(
                    "check-venue-double-booked",
                    &[
                        ("first", Arg::Str(title(first))),
                        ("second", Arg::Str(title(second))),
                        ("venue", Arg::Str(venue)),
                    ],
                ),
                vec![link(first), link(second)],
            )
        }
        Warning::DelegatesOverlap { first, second } => (
            tr.with(
                "check-delegates-overlap",
                &[("first", Arg::Str(title(first))), ("second", Arg::Str(title(second)))],
            ),
            vec![link(first), link(second)],
        ),
        Warning::TooLittleTravel { first, second, km, mode, needed_minutes, available_minutes } => (
            tr.with(
                "check-too-little-travel",
                &[
                    ("first", Arg::Str(title(first))),
                    ("second", Arg::Str(title(second))),
                    ("km", Arg::Str(tr.decimal(*km, 1))),
                    (
                        "mode",
                        Arg::Str(tr.get(match mode {
                            TravelMode::Walk => "check-mode-walk",
                            TravelMode::Coach => "check-mode-coach",
                        })),
                    ),
                    ("needed", Arg::Num(*needed_minutes)),
                    ("available", Arg::Num(*available_minutes)),
                ],
            ),
            vec![link(first), link(second)],
        ),
    };
    WarningView { text, links }
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let ev = page.event(&event)?;
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let warnings: Vec<WarningView> = check_event(&page.b, ev).iter().map(|w| describe(tr, &page, ev, w)).collect();
    let event_title = tr.pick(&ev.title, Some(&page.b.project.default_lang)).text;
    let l = Layout::new(tr, tr.get("checks-title"), format!("/manage/projects/{p}/events/{}/checks", ev.slug))
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{p}"), page.title().text);
    let count = tr.with("checks-count", &[("count", Arg::Num(warnings.len() as i64))]);
    render(&ChecksPage { l, event: event_title, warnings, count }, &prefs, tr)
}
