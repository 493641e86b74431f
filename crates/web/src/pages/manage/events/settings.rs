//! `/manage/projects/{project}/events/new` (posted to `…/events`), `…/events/{event}/settings`
//! and `…/events/{event}/delete`: a meeting's title, host town, dates and time zone. Items keep their wall-clock times when the zone
//! changes. A meeting never published can be deleted; a published one stays, because the
//! public and calendar subscribers have seen it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use twinning_domain::{Event, PartnerRole, Slug, TimeZone, Translated};

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath};
use crate::form::{
    Choice, Field, FieldError, FormView, Input, Submitted, Values, changed_meanwhile, set_text, text_in,
};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;

/// Zones offered as suggestions; any IANA zone is accepted.
const ZONES: &[&str] = &[
    "Europe/Amsterdam",
    "Europe/Athens",
    "Europe/Belgrade",
    "Europe/Berlin",
    "Europe/Bratislava",
    "Europe/Brussels",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Europe/Chisinau",
    "Europe/Copenhagen",
    "Europe/Dublin",
    "Europe/Helsinki",
    "Europe/Lisbon",
    "Europe/Ljubljana",
    "Europe/London",
    "Europe/Luxembourg",
    "Europe/Madrid",
    "Europe/Malta",
    "Europe/Oslo",
    "Europe/Paris",
    "Europe/Podgorica",
    "Europe/Prague",
    "Europe/Riga",
    "Europe/Rome",
    "Europe/Sarajevo",
    "Europe/Skopje",
    "Europe/Sofia",
    "Europe/Stockholm",
    "Europe/Tallinn",
    "Europe/Tirane",
    "Europe/Vienna",
    "Europe/Vilnius",
    "Europe/Warsaw",
    "Europe/Zagreb",
    "Europe/Zurich",
    "Atlantic/Canary",
    "Asia/Nicosia",
    "Europe/Istanbul",
    "Europe/Kyiv",
];

#[derive(Default, Clone)]
struct EventForm {
    slug: String,
    title: String,
    description: String,
    host_town: String,
    start_date: String,
    end_date: String,
    time_zone: String,
    evaluation: String,
}

impl EventForm {
    fn read(s: &Submitted) -> Self {
        Self {
            slug: s.get("slug"),
            title: s.get("title"),
            description: s.get("description"),
            host_town: s.get("host_town"),
            start_date: s.get("start_date"),
            end_date: s.get("end_date"),
            time_zone: s.get("time_zone"),
            evaluation: s.get("evaluation"),
        }
    }

    fn of(page: &ProjectPage, e: &Event) -> Self {
        let lang = &page.b.project.default_lang;
        Self {
            slug: e.slug.to_string(),
            title: text_in(&e.title, lang),
            description: text_in(&e.description, lang),
            host_town: e.host_town.to_string(),
            start_date: e.start_date.to_string(),
            end_date: e.end_date.to_string(),
            time_zone: e.time_zone.name().to_owned(),
            evaluation: text_in(&e.evaluation, lang),
        }
    }
}

fn project_base(page: &ProjectPage) -> String {
    format!("/manage/projects/{}", page.b.project.slug)
}

fn form_view(page: &ProjectPage, editing: Option<&Event>, form: &EventForm, errors: Vec<FieldError>) -> FormView {
    let tr = &page.tr;
    let b = &page.b;
    let lang = tr.name("lang", b.project.default_lang.as_str());
    let mut fields = Vec::new();
    if editing.is_none() {
        fields.push(
            Field::new("slug", tr.get("items-field-slug"), Input::Text { max: 64 }, &form.slug)
                .hint(tr.get("events-slug-hint"))
                .required(),
        );
    }
    fields.push(
        Field::new("title", format!("{} ({lang})", tr.get("items-field-title")), Input::Text { max: 300 }, &form.title)
            .required(),
    );
    let hosts = b
        .project
        .partners
        .iter()
        .filter_map(|p| b.town(&p.town))
        .map(|t| Choice::new(t.slug.as_str(), crate::view::town_name(tr, t).text, form.host_town == t.slug.as_str()))
        .collect();
    fields.push(Field::new("host_town", tr.get("event-host"), Input::Select(hosts), &form.host_town));
    fields.push(Field::new("start_date", tr.get("events-field-start"), Input::Date, &form.start_date).required());
    fields.push(Field::new("end_date", tr.get("events-field-end"), Input::Date, &form.end_date).required());
    fields.push(
        Field::new(
            "time_zone",
            tr.get("events-field-zone"),
            Input::Suggest(ZONES.iter().map(|z| (*z).to_owned()).collect()),
            &form.time_zone,
        )
        .hint(tr.get("events-zone-hint"))
        .required(),
    );
    fields.push(Field::new(
        "description",
        format!("{} ({lang})", tr.get("items-field-description")),
        Input::Long,
        &form.description,
    ));
    if editing.is_some() {
        fields.push(
            Field::new(
                "evaluation",
                format!("{} ({lang})", tr.get("events-field-evaluation")),
                Input::Long,
                &form.evaluation,
            )
            .hint(tr.get("events-evaluation-hint")),
        );
    }
    let (title, action) = match editing {
        Some(e) => (
            tr.pick(&e.title, Some(&b.project.default_lang)).text,
            format!("{}/events/{}/settings", project_base(page), e.slug),
        ),
        None => (tr.get("events-new"), format!("{}/events", project_base(page))),
    };
    let l = Layout::new(tr, title, action.clone())
        .crumb("/manage", tr.get("manage-title"))
        .crumb(project_base(page), page.title().text);
    let mut view = FormView::new(l, action, fields, errors, tr.get("items-save"));
    if let Some(e) = editing {
        let ev = format!("{}/events/{}", project_base(page), e.slug);
        view.links.push((ev.clone(), tr.get("events-programme")));
        view.links.push((format!("{ev}/clone"), tr.get("events-clone")));
        view.buttons.push((format!("{ev}/delete"), tr.get("events-delete")));
    }
    view
}

fn date(errors: &mut Vec<FieldError>, page: &ProjectPage, field: &'static str, raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok().or_else(|| {
        errors.push(FieldError::new(&page.tr, field, "date.invalid"));
        None
    })
}

fn parse(page: &ProjectPage, form: &EventForm, editing: Option<&Event>) -> Result<Event, Vec<FieldError>> {
    let tr = &page.tr;
    let b = &page.b;
    let mut errors = Vec::new();
    let slug = match editing {
        Some(e) => Some(e.slug.clone()),
        None => match Slug::parse(form.slug.trim()) {
            Ok(s) if b.project.events.iter().any(|e| e.slug == s) => {
                errors.push(FieldError::new(tr, "slug", "event.slug_taken"));
                None
            }
            Ok(s) => Some(s),
            Err(e) => {
                errors.push(FieldError::new(tr, "slug", e.key));
                None
            }
        },
    };
    let host = Slug::parse(&form.host_town).ok().filter(|s| b.project.partners.iter().any(|p| &p.town == s));
    if host.is_none() {
        errors.push(FieldError::new(tr, "host_town", "town.unknown"));
    }
    let start = date(&mut errors, page, "start_date", &form.start_date);
    let end = date(&mut errors, page, "end_date", &form.end_date);
    let zone = TimeZone::parse(form.time_zone.trim())
        .map_err(|_| errors.push(FieldError::new(tr, "time_zone", "zone.invalid")))
        .ok();
    let (Some(slug), Some(host_town), Some(start_date), Some(end_date), Some(time_zone)) =
        (slug, host, start, end, zone)
    else {
        return Err(errors);
    };
    let mut ev = editing.cloned().unwrap_or(Event {
        slug,
        title: Translated::new(),
        description: Translated::new(),
        host_town: host_town.clone(),
        start_date,
        end_date,
        time_zone,
        items: Vec::new(),
        evaluation: Translated::new(),
        illustrative: None,
    });
    ev.host_town = host_town;
    ev.start_date = start_date;
    ev.end_date = end_date;
    ev.time_zone = time_zone;
    set_text(&mut ev.title, &b.project.default_lang, &form.title);
    set_text(&mut ev.description, &b.project.default_lang, &form.description);
    if editing.is_some() {
        set_text(&mut ev.evaluation, &b.project.default_lang, &form.evaluation);
    }
    for e in ev.validate().0 {
        let field = match e.field.split(['.', '[']).next().unwrap_or("") {
            "title" => "title",
            "description" => "description",
            "evaluation" => "evaluation",
            "end_date" => "end_date",
            "start_date" => "start_date",
            // Items the new dates leave outside the meeting.
            _ if e.key == "item.outside_event" => "start_date",
            // An item whose time the new zone skips.
            _ => "time_zone",
        };
        if !errors.iter().any(|x| x.field == field) {
            errors.push(FieldError::new(tr, field, e.key));
        }
    }
    if ev.start_date < b.project.period_start || ev.end_date > b.project.period_end {
        errors.push(FieldError::new(tr, "start_date", "event.outside_project"));
    }
    if errors.is_empty() { Ok(ev) } else { Err(errors) }
}

/// `GET /manage/projects/{project}/events/new`.
pub async fn new_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let p = &page.b.project;
    let lead = p.partners.iter().find(|x| x.role == PartnerRole::Lead).and_then(|x| page.b.town(&x.town));
    let today = state.config.clock.today();
    let start = if today > p.period_start && today <= p.period_end { today } else { p.period_start };
    let zone = p
        .events
        .last()
        .map(|e| e.time_zone.name().to_owned())
        .or_else(|| lead.and_then(|t| twinning_domain::time::zone_for_country(t.country.as_str())).map(str::to_owned))
        .unwrap_or_default();
    let form = EventForm {
        host_town: lead.map(|t| t.slug.to_string()).unwrap_or_default(),
        start_date: start.to_string(),
        end_date: (start + chrono::Duration::days(4)).min(p.period_end).to_string(),
        time_zone: zone,
        ..Default::default()
    };
    render(&form_view(&page, None, &form, Vec::new()), &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/events`.
pub async fn create(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let mut page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let form = EventForm::read(&Submitted::parse(&body)?);
    match parse(&page, &form, None) {
        Err(errors) => {
            render_status(&form_view(&page, None, &form, errors), &prefs, &page.tr, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok(ev) => {
            let slug = ev.slug.clone();
            page.b.project.events.push(ev);
            page.save(&state, &user, "event.create", slug.as_str()).await?;
            Ok(Redirect::to(&format!("{}/events/{slug}", project_base(&page))).into_response())
        }
    }
}

/// `GET /manage/projects/{project}/events/{event}/settings`.
pub async fn edit_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let ev = &page.b.project.events[page.event_index(&event)?];
    let version = page.versions().and_then(|v| v.events.get(&ev.slug).copied());
    render(&form_view(&page, Some(ev), &EventForm::of(&page, ev), Vec::new()).at_version(version), &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/events/{event}/settings`.
pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let mut page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let i = page.event_index(&event)?;
    let submitted = Submitted::parse(&body)?;
    let form = EventForm::read(&submitted);
    let current = page.b.project.events[i].clone();
    let now = page.versions().and_then(|v| v.events.get(&current.slug).copied());
    let values = |v: Values| if v == Values::Saved { EventForm::of(&page, &current) } else { form.clone() };
    if let Some(view) = changed_meanwhile(&submitted, now, |v| form_view(&page, Some(&current), &values(v), vec![])) {
        return render_status(&view, &prefs, &page.tr, StatusCode::CONFLICT);
    }
    match parse(&page, &form, Some(&current)) {
        Err(errors) => {
            let view = form_view(&page, Some(&current), &form, errors).at_version(now);
            render_status(&view, &prefs, &page.tr, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok(ev) => {
            let slug = ev.slug.clone();
            page.b.project.events[i] = ev;
            page.save(&state, &user, "event.update", slug.as_str()).await?;
            Ok(Redirect::to(&format!("{}/events/{slug}?done=event-saved", project_base(&page))).into_response())
        }
    }
}

/// `POST /manage/projects/{project}/events/{event}/delete`: only a meeting never published.
pub async fn delete(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let mut page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let i = page.event_index(&event)?;
    let published = state.db.published(page.b.project.slug.as_str()).await?;
    if published.contains_key(event.as_str()) {
        return Err(PageError::from(Problem {
            status: StatusCode::CONFLICT,
            key: "event.published",
            field: None,
            detail: "a published meeting stays; change its programme instead".into(),
        }));
    }
    let slug = page.b.project.events[i].slug.clone();
    page.b.remove_event(slug.as_str());
    page.save(&state, &user, "event.delete", slug.as_str()).await?;
    Ok(Redirect::to(&format!("{}?done=event-deleted", project_base(&page))).into_response())
}
