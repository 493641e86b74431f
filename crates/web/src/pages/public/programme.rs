//! `/projects/{project}/events/{event}/programme`, its items, and `programme.ics`.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::Shared;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath};
use crate::form::{Field, FieldError, Input, attach};
use crate::i18n::Arg;
use crate::i18n::Txt;
use crate::layout::{Layout, render};
use crate::pages::shared::ProjectPage;
use crate::view::{DayView, ItemView, href, optional, programme_days};
use twinning_domain::{Audience, Event, ProgrammeItem};

#[derive(askama::Template)]
#[template(path = "programme.html")]
struct ProgrammePage {
    l: Layout,
    event_title: Txt,
    dates: String,
    illustrative: Option<Txt>,
    days: Vec<DayView>,
    ics_lang_href: String,
    last_changed: Option<String>,
}

pub async fn index(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let ev = page.event(&event)?;
    let (b, tr) = (&page.b, &page.tr);
    let default = Some(&b.project.default_lang);
    let (p, e) = (b.project.slug.as_str(), ev.slug.as_str());
    let event_title = tr.pick(&ev.title, default);
    let l = Layout::new(tr, format!("{} — {}", tr.get("programme-title"), event_title.text), href::programme(p, e))
        .crumb(href::project(p), page.title().text)
        .crumb(href::event(p, e), event_title.text.clone())
        .here(tr.get("programme-title"))
        .describe(tr.with("programme-description", &[("event", crate::i18n::Arg::Str(event_title.text.clone()))]))
        .alternate("text/calendar", href::programme_ics(p, e), tr.get("programme-ics"));
    // When the published programme last changed, and what that version changed.
    let published = state.db.published(p).await?;
    let last_changed = published.get(e).map(|v| {
        let local = twinning_domain::time::to_local(ev.time_zone, v.published_at);
        let mut note = tr.with("programme-last-changed", &[("date", crate::i18n::Arg::Str(tr.date(local.date())))]);
        if v.version > 1 {
            note.push_str(". ");
            note.push_str(&tr.with(
                "programme-changes",
                &[
                    ("added", crate::i18n::Arg::Num(v.changes.added.len() as i64)),
                    ("changed", crate::i18n::Arg::Num(v.changes.changed.len() as i64)),
                    ("removed", crate::i18n::Arg::Num(v.changes.removed.len() as i64)),
                ],
            ));
        }
        note
    });
    let view = ProgrammePage {
        last_changed,
        dates: tr.date_range(ev.start_date, ev.end_date),
        illustrative: ev.illustrative.as_ref().and_then(|t| optional(tr, t, default)),
        days: programme_days(tr, b, ev),
        ics_lang_href: format!("{}?lang={}", href::programme_ics(p, e), tr.lang()),
        event_title,
        l,
    };
    render(&view, &prefs, tr)
}

#[derive(askama::Template)]
#[template(path = "item.html")]
pub struct ItemPage {
    l: Layout,
    item: ItemView,
    event_title: Txt,
    programme_href: String,
    day_href: String,
    registration: Option<RegistrationBox>,
    errors: Vec<crate::form::FieldError>,
    privacy_error: Option<String>,
}

pub async fn item(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath((project, event, item)): PagePath<(String, String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let ev = page.event(&event)?;
    let it = ev.item(&item).ok_or_else(|| Problem::not_found("item.not_found"))?;
    let form = RegistrationForm::default();
    let regbox = registration_box(&state, &page, ev, it, &form, &[]).await?;
    render(&item_page(&page, ev, it, regbox, Vec::new()), &prefs, &page.tr)
}

/// The public page of one item, with its registration form when it is open to the public.
pub fn item_page(
    page: &ProjectPage,
    ev: &twinning_domain::Event,
    it: &twinning_domain::ProgrammeItem,
    registration: Option<RegistrationBox>,
    errors: Vec<crate::form::FieldError>,
) -> ItemPage {
    let (b, tr) = (&page.b, &page.tr);
    let default = Some(&b.project.default_lang);
    let (p, e) = (b.project.slug.as_str(), ev.slug.as_str());
    let view_item = ItemView::new(tr, b, ev, it);
    let event_title = tr.pick(&ev.title, default);
    let mut ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": view_item.title.text,
        "startDate": view_item.start_iso,
        "endDate": view_item.end_iso,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": true,
        "superEvent": {"@type": "Event", "name": event_title.text},
    });
    if !view_item.description.is_empty() {
        ld["description"] = view_item.description.text.clone().into();
    }
    if let Some(v) = it.venues.first().and_then(|v| b.venue(v)) {
        ld["location"] = serde_json::json!({
            "@type": "Place",
            "name": tr.pick(&v.name, default).text,
            "address": v.address,
            "geo": {"@type": "GeoCoordinates", "latitude": v.coordinates.lat, "longitude": v.coordinates.lon},
        });
    }
    let l = Layout::new(tr, view_item.title.text.clone(), href::item(p, e, it.slug.as_str()))
        .crumb(href::project(p), page.title().text)
        .crumb(href::event(p, e), event_title.text.clone())
        .crumb(href::programme(p, e), tr.get("programme-title"))
        .describe(view_item.description.text.chars().take(200).collect::<String>())
        .json_ld(&ld);
    ItemPage {
        day_href: format!("{}#day-{}", href::programme(p, e), it.starts_at.date()),
        programme_href: href::programme(p, e),
        item: view_item,
        event_title,
        l,
        registration,
        privacy_error: crate::form::error_for(&errors, "privacy").map(|e| e.message.clone()),
        errors,
    }
}

pub async fn ics(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let ev = page.event(&event)?;
    let updated = state.db.project_updated_at(page.b.project.slug.as_str()).await?.unwrap_or_default();
    let revisions = state.db.item_revisions(page.b.project.slug.as_str(), ev.slug.as_str()).await?;
    let body = crate::ics::programme(&page.tr, &page.b, ev, updated, &revisions);
    let filename = format!("attachment; filename=\"{}-{}.ics\"", page.b.project.slug, ev.slug);
    let mut res = ([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], body).into_response();
    if let Ok(v) = HeaderValue::from_str(&filename) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

/// What the item page shows about registering.
pub struct RegistrationBox {
    pub open: bool,
    pub places: Option<String>,
    pub action: String,
    pub fields: Vec<Field>,
    pub privacy: String,
}

#[derive(Default)]
pub struct RegistrationForm {
    pub name: String,
    pub email: String,
    pub town: String,
    pub country: String,
    pub privacy: bool,
    /// A minor, registered with a parent's or guardian's consent.
    pub minor: bool,
    pub guardian_name: String,
    pub guardian_consent: bool,
}

pub async fn registration_box(
    state: &Shared,
    page: &ProjectPage,
    ev: &Event,
    item: &ProgrammeItem,
    form: &RegistrationForm,
    errors: &[FieldError],
) -> Result<Option<RegistrationBox>, PageError> {
    if item.audience != Audience::Public {
        return Ok(None);
    }
    let tr = &page.tr;
    let (p, e) = (page.b.project.slug.as_str(), ev.slug.as_str());
    let seats = state.db.seats(p, e, item.slug.as_str()).await?;
    let places = item.capacity.map(|c| {
        let left = (i64::from(c) - seats.confirmed).max(0);
        if left > 0 {
            tr.with("registration-places-left", &[("left", Arg::Num(left)), ("capacity", Arg::Num(i64::from(c)))])
        } else {
            tr.with("registration-full", &[("waiting", Arg::Num(seats.waiting))])
        }
    });
    let mut fields = vec![
        Field::new("name", tr.get("field-name"), Input::Text { max: 120 }, &form.name).required(),
        Field::new("email", tr.get("field-email"), Input::Text { max: 254 }, &form.email)
            .hint(tr.get("registration-email-hint"))
            .required(),
        Field::new("town", tr.get("registration-field-town"), Input::Text { max: 120 }, &form.town).required(),
        Field::new(
            "country",
            tr.get("town-country"),
            Input::Select(crate::form::countries(tr, &form.country)),
            &form.country,
        )
        .required(),
    ];
    let yes = |b: bool| if b { "yes" } else { "" };
    fields.extend([
        Field::new("minor", tr.get("consent-minor"), Input::Check, yes(form.minor)),
        Field::new("guardian_name", tr.get("consent-guardian-name"), Input::Text { max: 120 }, &form.guardian_name)
            .hint(tr.get("consent-guardian-hint")),
        Field::new("guardian_consent", tr.get("consent-guardian-consent"), Input::Check, yes(form.guardian_consent)),
    ]);
    attach(&mut fields, errors);
    let privacy = crate::pages::shared::privacy_notice(state, page).await?;
    Ok(Some(RegistrationBox {
        open: twinning_app::registrations::open_for_registration(ev, item, state.config.clock.now()),
        places,
        action: format!("{}/registrations", href::item(p, e, item.slug.as_str())),
        fields,
        privacy,
    }))
}
