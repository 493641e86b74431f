//! `/manage/projects/{project}/events/{event}/checkin`: who was there each day. Organisers
//! check people in from a searchable list, or by the code on their badge (`badges.rs`) —
//! typed, or read from the badge's QR code by a phone's camera where the browser can
//! (`/static/checkin.js`; without it the page works as a form).

use std::collections::HashSet;

use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use twinning_store::PersonRecord;

use crate::Shared;
use crate::auth::{SignedIn, User};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::form::{Choice, Submitted};
use crate::i18n::{Arg, Tr};
use crate::layout::{Layout, render};
use crate::pages::shared::ProjectPage;

pub(super) struct Ctx {
    pub(super) page: ProjectPage,
    pub(super) event: twinning_domain::Event,
    now: chrono::DateTime<chrono::Utc>,
}

impl Ctx {
    pub(super) fn base(&self) -> String {
        format!("/manage/projects/{}/events/{}", self.page.b.project.slug, self.event.slug)
    }
    pub(super) fn project(&self) -> &str {
        self.page.b.project.slug.as_str()
    }
    fn days(&self) -> Vec<NaiveDate> {
        self.event.start_date.iter_days().take_while(|d| *d <= self.event.end_date).collect()
    }
    pub(super) fn layout(&self, title: String, path: String) -> Layout {
        let tr = &self.page.tr;
        Layout::new(tr, title, path)
            .crumb("/manage", tr.get("manage-title"))
            .crumb(format!("/manage/projects/{}", self.project()), self.page.title().text)
            .crumb(self.base(), tr.pick(&self.event.title, Some(&self.page.b.project.default_lang)).text)
    }
}

pub(super) async fn load(
    state: &Shared,
    prefs: &LangPrefs,
    user: &User,
    project: &str,
    event: &str,
) -> Result<Ctx, PageError> {
    let page = ProjectPage::load_managed(state, prefs, user, project).await?;
    let event = page.event(event)?.clone();
    state.app.ensure_checkin_codes(page.actor()?, page.b.project.slug.as_str(), event.slug.as_str()).await?;
    Ok(Ctx { page, event, now: state.config.clock.now() })
}

/// The day asked for, else today when the meeting is on, else its first day.
fn day_of(ctx: &Ctx, raw: Option<&str>) -> Result<NaiveDate, PageError> {
    let days = ctx.days();
    match raw {
        Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .ok()
            .filter(|d| days.contains(d))
            .ok_or_else(|| PageError::from(Problem::bad_request("day.invalid", "day", "one of the meeting's days"))),
        None => {
            let today = twinning_domain::time::to_local(ctx.event.time_zone, ctx.now).date();
            Ok(if days.contains(&today) { today } else { ctx.event.start_date })
        }
    }
}

pub struct CheckRow {
    pub id: i64,
    pub name: String,
    pub detail: String,
    /// Photo consent and minor, for photographers.
    pub photos: String,
    pub present: bool,
}

#[derive(askama::Template)]
#[template(path = "checkin.html")]
struct CheckinPage {
    l: Layout,
    action: String,
    day: String,
    days: Vec<Choice>,
    q: String,
    rows: Vec<CheckRow>,
    present: String,
    notice: Option<String>,
    badges: String,
}

pub(super) fn detail(tr: &Tr, ctx: &Ctx, r: &PersonRecord) -> String {
    let town = r
        .delegation
        .as_ref()
        .and_then(|d| ctx.page.b.town(d))
        .map(|t| crate::view::town_name(tr, t).text)
        .unwrap_or_else(|| r.person.town.clone());
    format!("{town}, {}", tr.country(r.person.country.as_str()))
}

/// `GET …/checkin`.
pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    uri: Uri,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let tr = &ctx.page.tr;
    let day = day_of(&ctx, query_param(&uri, "day").as_deref())?;
    let q = query_param(&uri, "q").unwrap_or_default();
    let people = state.db.people(ctx.project(), ctx.event.slug.as_str(), None).await?;
    let here: HashSet<i64> = state
        .db
        .attendance(ctx.project(), ctx.event.slug.as_str())
        .await?
        .into_iter()
        .filter(|(_, d)| *d == day)
        .map(|(id, _)| id)
        .collect();
    let needle = q.to_lowercase();
    let rows = people
        .iter()
        .filter(|r| !r.anonymised && !r.erased)
        .filter(|r| {
            needle.is_empty()
                || r.person.name.to_lowercase().contains(&needle)
                || r.person.town.to_lowercase().contains(&needle)
        })
        .map(|r| CheckRow {
            id: r.id,
            name: r.person.name.clone(),
            detail: detail(tr, &ctx, r),
            photos: crate::pages::shared::photo_note(tr, &r.person),
            present: here.contains(&r.id),
        })
        .collect();
    let notice = match query_param(&uri, "done").as_deref() {
        Some("in") | Some("out") => {
            let who = query_param(&uri, "who").and_then(|w| w.parse::<i64>().ok());
            let name = who
                .and_then(|id| people.iter().find(|p| p.id == id))
                .map(|p| p.person.name.clone())
                .unwrap_or_default();
            let key =
                if query_param(&uri, "done").as_deref() == Some("in") { "checkin-done" } else { "checkin-undone" };
            Some(tr.with(key, &[("name", Arg::Str(name))]))
        }
        Some("unknown-code") => Some(tr.get("checkin-unknown-code")),
        _ => None,
    };
    let days = ctx.days().into_iter().map(|d| Choice::new(d.to_string(), tr.day_heading(d), d == day)).collect();
    let l = ctx.layout(tr.get("checkin-title"), format!("{}/checkin", ctx.base()));
    let view = CheckinPage {
        action: format!("{}/checkin", ctx.base()),
        day: day.to_string(),
        days,
        q,
        rows,
        present: tr.with(
            "checkin-present",
            &[("count", Arg::Num(here.len() as i64)), ("total", Arg::Num(people.len() as i64))],
        ),
        notice,
        badges: format!("{}/badges", ctx.base()),
        l,
    };
    render(&view, &prefs, tr)
}

fn back(ctx: &Ctx, day: NaiveDate, q: &str, done: &str, who: Option<i64>) -> Response {
    let mut url = format!("{}/checkin?day={day}&done={done}", ctx.base());
    if let Some(id) = who {
        url.push_str(&format!("&who={id}"));
    }
    if !q.is_empty() {
        url.push_str(&format!("&q={}", form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()));
    }
    Redirect::to(&url).into_response()
}

/// `POST …/checkin`: `person`, `day`, `present` (`yes` or `no`).
pub async fn mark(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let s = Submitted::parse(&body)?;
    let day = day_of(&ctx, Some(&s.get("day")))?;
    let id: i64 =
        s.get("person").parse().map_err(|_| Problem::bad_request("person.invalid", "person", "a person's number"))?;
    let present = s.get("present") != "no";
    state.app.set_attendance(ctx.page.actor()?, ctx.project(), &ctx.event, id, day, present).await?;
    Ok(back(&ctx, day, &s.get("q"), if present { "in" } else { "out" }, Some(id)))
}

/// `POST …/checkin/code`: `day`, `code` — typed, or read from the badge by the camera.
pub async fn by_code(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let s = Submitted::parse(&body)?;
    let day = day_of(&ctx, Some(&s.get("day")))?;
    let code: String =
        s.get("code").trim().to_uppercase().chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    let found = if code.is_empty() || code.len() > 32 {
        None
    } else {
        state.db.person_by_code(ctx.project(), ctx.event.slug.as_str(), &code).await?
    };
    let Some(person) = found else { return Ok(back(&ctx, day, "", "unknown-code", None)) };
    state.app.set_attendance(ctx.page.actor()?, ctx.project(), &ctx.event, person.id, day, true).await?;
    Ok(back(&ctx, day, "", "in", Some(person.id)))
}
