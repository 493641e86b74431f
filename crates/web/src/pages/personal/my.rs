//! `/my/{token}`: a person's own programme, reached from the link in their e-mail — the items
//! meant for all delegates (for a delegate, speaker, staff member or journalist) and those
//! they registered for, with a private calendar feed and a button to cancel each
//! registration (the feed is `feeds.rs`). The links are secrets: the pages are not indexed
//! and send no referrer.

use axum::extract::State;
use axum::http::{HeaderValue, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use twinning_domain::people::PhotoConsent;
use twinning_domain::{Audience, Event, ParticipantRole, RegistrationStatus};
use twinning_store::{Participant, Registration};

use crate::Shared;
use crate::auth::{feed_token, hash_secret};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::i18n::{Arg, Txt};
use crate::layout::{Layout, render};
use crate::pages::shared::ProjectPage;
use crate::view::{DayView, href, programme_days};

fn unknown() -> PageError {
    PageError::from(Problem::not_found("link.unknown"))
}

/// The person's meeting with only their items: those for all delegates unless they came as a
/// resident, and those they registered for (waiting ones only when `waiting`).
pub fn personal_event(ev: &Event, who: &Participant, regs: &[Registration], waiting: bool) -> Event {
    let held = |item: &str| {
        regs.iter().any(|r| {
            r.item.as_str() == item
                && (r.status == RegistrationStatus::Confirmed || (waiting && r.status == RegistrationStatus::Waiting))
        })
    };
    let mut out = ev.clone();
    out.items.retain(|i| {
        (who.role != ParticipantRole::Resident && i.audience == Audience::Delegates) || held(i.slug.as_str())
    });
    out
}

pub(super) async fn load(
    state: &Shared,
    prefs: &LangPrefs,
    token: &str,
    feed: bool,
) -> Result<(ProjectPage, Participant, Vec<Registration>), PageError> {
    let (who, regs) = state.db.participant_by_link(&hash_secret(token), feed).await?.ok_or_else(unknown)?;
    let page = ProjectPage::load(state, prefs, who.project.as_str()).await?;
    Ok((page, who, regs))
}

pub struct RegistrationRow {
    pub title: Txt,
    pub when: String,
    pub status: String,
    pub cancel: Option<String>,
    pub href: String,
}

#[derive(askama::Template)]
#[template(path = "my.html")]
struct MyPage {
    l: Layout,
    greeting: String,
    event_title: Txt,
    days: Vec<DayView>,
    registrations: Vec<RegistrationRow>,
    feed: String,
    webcal: String,
    notice: Option<String>,
    base: String,
    /// The project's privacy notice.
    privacy: String,
    /// Their answer about appearing in photos, to change.
    photos: Vec<crate::form::Choice>,
}

pub(super) fn private(mut res: Response) -> Response {
    res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    res.headers_mut().insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    res
}

/// `GET /my/{token}`.
pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
    uri: Uri,
) -> Result<Response, PageError> {
    let (page, who, regs) = load(&state, &prefs, &token, false).await?;
    let (b, tr) = (&page.b, &page.tr);
    let default = Some(&b.project.default_lang);
    let ev = page.event(who.event.as_str())?;
    let mine = personal_event(ev, &who, &regs, true);
    let base = format!("/my/{token}");
    let registrations = regs
        .iter()
        .filter(|r| r.status != RegistrationStatus::Cancelled)
        .filter_map(|r| ev.item(r.item.as_str()).map(|i| (r, i)))
        .map(|(r, i)| RegistrationRow {
            title: tr.pick(&i.title, default),
            when: format!("{}, {}", tr.day_heading(i.starts_at.date()), tr.time(i.starts_at)),
            status: tr.name("registration-status", r.status.as_str()),
            cancel: Some(format!("{base}/registrations/{}/cancel", i.slug)),
            href: href::item(b.project.slug.as_str(), ev.slug.as_str(), i.slug.as_str()),
        })
        .collect();
    let feed = state.config.link(&format!("/feeds/{}/programme.ics", feed_token(&token)));
    let webcal = feed.replacen("https://", "webcal://", 1).replacen("http://", "webcal://", 1);
    let event_title = tr.pick(&ev.title, default);
    let notice = query_param(&uri, "done").and_then(|d| match d.as_str() {
        "cancelled" => Some(tr.get("my-cancelled")),
        "confirm-erase" => Some(tr.get("my-erase-confirm-needed")),
        "photos" => Some(tr.get("my-photos-saved")),
        _ => None,
    });
    let record = state.db.person(who.project.as_str(), who.event.as_str(), who.id).await?.ok_or_else(unknown)?;
    let photos = PhotoConsent::ALL
        .iter()
        .map(|c| {
            crate::form::Choice::new(
                c.as_str(),
                tr.name("photo-consent-choice", c.as_str()),
                *c == record.person.photo_consent,
            )
        })
        .collect();
    let privacy = crate::pages::shared::privacy_notice(&state, &page).await?;
    let l = Layout::new(tr, tr.get("my-title"), base.clone());
    let view = MyPage {
        greeting: tr.with("my-greeting", &[("name", Arg::Str(who.name.clone()))]),
        days: programme_days(tr, b, &mine),
        registrations,
        event_title,
        feed,
        webcal,
        notice,
        base: base.clone(),
        privacy,
        photos,
        l,
    };
    Ok(private(render(&view, &prefs, tr)?))
}

/// `POST /my/{token}/registrations/{item}/cancel`: frees the place for the first person waiting.
pub async fn cancel(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath((token, item)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let (_, who, _) = load(&state, &prefs, &token, false).await?;
    // The item may have left the programme since: the registration can still be cancelled.
    let done = state.app.cancel_registration(&who, &item).await?;
    if !done {
        return Err(PageError::from(Problem::not_found("registration.not_found")));
    }
    Ok(private(Redirect::to(&format!("/my/{token}?done=cancelled")).into_response()))
}

/// `GET /my/{token}/data.json`: everything stored about the person, as JSON.
pub async fn data(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
) -> Result<Response, PageError> {
    let (page, who, regs) = load(&state, &prefs, &token, false).await?;
    let record = state.db.person(who.project.as_str(), who.event.as_str(), who.id).await?.ok_or_else(unknown)?;
    let doc = serde_json::json!({
        "project": who.project.as_str(),
        "event": who.event.as_str(),
        "delegation": record.delegation.as_ref().map(|d| d.as_str()),
        "person": record.person,
        "registrations": regs.iter().map(|r| serde_json::json!({
            "item": r.item.as_str(),
            "status": r.status.as_str(),
            "registered_at": r.created_at.to_rfc3339(),
        })).collect::<Vec<_>>(),
        "who_sees_it": crate::pages::shared::privacy_notice(&state, &page).await?,
    });
    let body = serde_json::to_string_pretty(&doc).map_err(|_| Problem::internal())?;
    let mut res = private(([(header::CONTENT_TYPE, "application/json")], body).into_response());
    res.headers_mut()
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"my-data.json\""));
    Ok(res)
}

#[derive(askama::Template)]
#[template(path = "erased.html")]
struct ErasedPage {
    l: Layout,
}

/// `POST /my/{token}/erase` with `confirm=yes`: cancels the person's registrations (their
/// places go to the first people waiting), deletes the mail written for them and blanks their
/// personal fields; the link stops working. Their country and delegation stay in the counts,
/// and what the funder may audit until the project's retention date (see `App::erase_participant`).
pub async fn erase(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let (page, who, _) = load(&state, &prefs, &token, false).await?;
    let tr = &page.tr;
    let s = crate::form::Submitted::parse(&body)?;
    if s.get("confirm") != "yes" {
        return Ok(private(Redirect::to(&format!("/my/{token}?done=confirm-erase#erase")).into_response()));
    }
    state.app.erase_participant(who.id, None).await?;
    let l = Layout::new(tr, tr.get("my-erased-title"), "/".into());
    Ok(private(render(&ErasedPage { l }, &prefs, tr)?))
}

/// `POST /my/{token}/photos` with `photo_consent` = `yes`, `no` or `not_asked`: the person's
/// own answer about appearing in the project's photos.
pub async fn photos(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let (_, who, _) = load(&state, &prefs, &token, false).await?;
    let s = crate::form::Submitted::parse(&body)?;
    let consent = PhotoConsent::parse(&s.get("photo_consent")).ok_or_else(|| {
        PageError::from(Problem::bad_request("photo_consent.invalid", "photo_consent", "yes, no or not_asked"))
    })?;
    state.app.set_own_photo_consent(&who, consent).await?;
    Ok(private(Redirect::to(&format!("/my/{token}?done=photos#photos")).into_response()))
}
