//! `/join/{token}`: people of a delegation register themselves from the link their partner
//! coordinator shares — the same fields as the back office, the privacy notice to accept,
//! and an e-mail with the link to their own programme. Known again by their e-mail address,
//! they update what they gave before instead of appearing twice.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use twinning_domain::ParticipantRole;
use twinning_domain::people::{FIELDS, Person};
use twinning_store::JoinLink;

use crate::Shared;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::form::{Choice, Field, FieldError, FormView, Input, Submitted};
use crate::i18n::Arg;
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;

async fn load(state: &Shared, prefs: &LangPrefs, token: &str) -> Result<(JoinLink, ProjectPage), PageError> {
    let link = state.app.join_link(token).await?;
    let page = ProjectPage::load(state, prefs, link.project.as_str()).await?;
    Ok((link, page))
}

fn private(mut res: Response) -> Response {
    res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    res.headers_mut().insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    res
}

fn view(
    link: &JoinLink,
    page: &ProjectPage,
    privacy: String,
    values: &dyn Fn(&str) -> String,
    errors: Vec<FieldError>,
) -> FormView {
    let tr = &page.tr;
    let b = &page.b;
    let town = b.town(&link.delegation).map(|t| crate::view::town_name(tr, t).text).unwrap_or_default();
    let event = b
        .project
        .events
        .iter()
        .find(|e| e.slug == link.event)
        .map(|e| tr.pick(&e.title, Some(&b.project.default_lang)).text)
        .unwrap_or_default();
    let roles = [ParticipantRole::Delegate, ParticipantRole::Speaker, ParticipantRole::Staff, ParticipantRole::Press]
        .iter()
        .map(|r| Choice::new(r.as_str(), tr.name("participant-role", r.as_str()), values("role") == r.as_str()))
        .collect();
    let by = |name: &'static str| crate::pages::shared::travel_field(tr, name, &values(name));
    let mut fields = vec![
        Field::new("name", tr.get("field-name"), Input::Text { max: 120 }, values("name")).required(),
        Field::new("email", tr.get("field-email"), Input::Email, values("email"))
            .hint(tr.get("registration-email-hint"))
            .required(),
        Field::new("town", tr.get("registration-field-town"), Input::Text { max: 120 }, values("town")).required(),
        Field::new(
            "country",
            tr.get("town-country"),
            Input::Select(crate::form::countries(tr, &values("country"))),
            values("country"),
        )
        .required(),
        Field::new("role", tr.get("field-role"), Input::Radios(roles), values("role")),
        Field::new(
            "arrival_place",
            tr.get("participants-field-arrival-place"),
            Input::Text { max: 200 },
            values("arrival_place"),
        ),
        Field::new("arrival_time", tr.get("participants-field-arrival-time"), Input::DateTime, values("arrival_time")),
        by("arrival_by"),
        Field::new(
            "departure_place",
            tr.get("participants-field-departure-place"),
            Input::Text { max: 200 },
            values("departure_place"),
        ),
        Field::new(
            "departure_time",
            tr.get("participants-field-departure-time"),
            Input::DateTime,
            values("departure_time"),
        ),
        by("departure_by"),
        Field::new("dietary", tr.get("participants-field-dietary"), Input::Long, values("dietary")),
        Field::new("access_needs", tr.get("participants-field-access"), Input::Long, values("access_needs")),
        Field::new("languages", tr.get("item-languages"), Input::Text { max: 200 }, values("languages"))
            .hint(tr.get("items-languages-hint")),
    ];
    fields.extend(crate::pages::shared::consent_fields(tr, values));
    fields.push(
        Field::new("privacy", tr.get("registration-privacy-accept"), Input::Check, values("privacy")).hint(privacy),
    );
    let path = format!("/join/{}", link.token);
    let l = Layout::new(tr, tr.with("join-title", &[("town", Arg::Str(town))]), path.clone());
    let mut v = FormView::new(l, path, fields, errors, tr.get("registration-submit"));
    v.honeypot = true;
    v.intro.push(tr.with("join-intro", &[("event", Arg::Str(event))]));
    v
}

/// `GET /join/{token}`.
pub async fn form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
) -> Result<Response, PageError> {
    let (link, page) = load(&state, &prefs, &token).await?;
    let (town, country) = page
        .b
        .town(&link.delegation)
        .map(|t| (t.native_name.clone(), t.country.as_str().to_owned()))
        .unwrap_or_default();
    let values = |k: &str| match k {
        "town" => town.clone(),
        "country" => country.clone(),
        "role" => "delegate".to_owned(),
        _ => String::new(),
    };
    let privacy = crate::pages::shared::privacy_notice(&state, &page).await?;
    Ok(private(render(&view(&link, &page, privacy, &values, Vec::new()), &prefs, &page.tr)?))
}

#[derive(askama::Template)]
#[template(path = "joined.html")]
struct Joined {
    l: Layout,
    message: String,
    item_href: String,
}

/// `POST /join/{token}`.
pub async fn submit(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let (link, page) = load(&state, &prefs, &token).await?;
    let tr = &page.tr;
    let s = Submitted::parse(&body)?;
    if crate::form::caught(&s) {
        return joined(&prefs, tr, &token, &link);
    }
    let mut errors = Vec::new();
    let person = match Person::parse(|k| s.get(k)) {
        Ok(p) => Some(p),
        Err(errs) => {
            errors.extend(
                errs.0
                    .into_iter()
                    .filter_map(|e| FIELDS.iter().find(|f| **f == e.field).map(|f| FieldError::new(tr, f, e.key))),
            );
            None
        }
    };
    if person.as_ref().is_some_and(|p| p.email.is_none()) {
        errors.push(FieldError::new(tr, "email", "email.invalid"));
    }
    if s.get("privacy") != "yes" {
        errors.push(FieldError::new(tr, "privacy", "registration.privacy_required"));
    }
    let (Some(person), true) = (person, errors.is_empty()) else {
        let privacy = crate::pages::shared::privacy_notice(&state, &page).await?;
        let v = view(&link, &page, privacy, &|k| s.get(k), errors);
        return Ok(private(render_status(&v, &prefs, tr, StatusCode::UNPROCESSABLE_ENTITY)?));
    };
    state.app.join_delegation(&token, &person, tr.lang()).await?;
    joined(&prefs, tr, &token, &link)
}

/// The page that says the person joined (also what a form caught by the honeypot gets).
fn joined(prefs: &LangPrefs, tr: &crate::i18n::Tr, token: &str, link: &JoinLink) -> Result<Response, PageError> {
    let l = Layout::new(tr, tr.get("join-done-title"), format!("/join/{token}"));
    let view = Joined {
        l,
        message: tr.get("join-done"),
        item_href: crate::view::href::event(link.project.as_str(), link.event.as_str()),
    };
    let mut res = private(render(&view, prefs, tr)?);
    *res.status_mut() = StatusCode::OK;
    Ok(res.into_response())
}
