//! `POST /projects/{project}/events/{event}/programme/{item}/registrations`: a resident
//! registers for a session open to the public. A place is taken while there is one, else
//! the person waits; either way an e-mail confirms it with the item as an .ics file and a
//! link to the person's own page (their programme, their calendar feed, cancelling). The
//! page answers the same whether or not the address was known, and never shows the link:
//! only the mailbox's owner gets it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use twinning_domain::{CountryCode, RegistrationStatus, check_text};

use crate::Shared;
use crate::auth::registration_links;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath};
use crate::form::{FieldError, Submitted};
use crate::i18n::Arg;
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;
use crate::view::href;

use super::programme::{RegistrationForm, registration_box};

#[derive(askama::Template)]
#[template(path = "registered.html")]
struct RegisteredPage {
    l: Layout,
    message: String,
    item_href: String,
}

/// `POST …/programme/{item}/registrations`.
pub async fn register(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath((project, event, item)): PagePath<(String, String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let tr = page.tr.clone();
    let ev = page.event(&event)?.clone();
    let it = ev.item(&item).ok_or_else(|| Problem::not_found("item.not_found"))?.clone();
    if !twinning_app::registrations::open_for_registration(&ev, &it, state.config.clock.now()) {
        return Err(PageError::from(Problem {
            status: StatusCode::CONFLICT,
            key: "registration.closed",
            field: None,
            detail: "registration for this item is not open".into(),
        }));
    }
    let s = Submitted::parse(&body)?;
    if crate::form::caught(&s) {
        // A machine filled the hidden field: the usual answer, nothing stored or sent.
        return done(&page, &prefs, &ev, &it, tr.get("registration-done-confirmed"));
    }
    let form = RegistrationForm {
        name: s.get("name").trim().to_owned(),
        email: s.get("email").trim().to_owned(),
        town: s.get("town").trim().to_owned(),
        country: s.get("country"),
        privacy: s.get("privacy") == "yes",
        minor: s.get("minor") == "yes",
        guardian_name: s.get("guardian_name").trim().to_owned(),
        guardian_consent: s.get("guardian_consent") == "yes",
    };
    let mut errors = Vec::new();
    if twinning_domain::account::check_display_name(&form.name).is_err() {
        errors.push(FieldError::new(&tr, "name", "name.invalid"));
    }
    let email = twinning_domain::EmailAddress::parse(&form.email)
        .map_err(|_| errors.push(FieldError::new(&tr, "email", "email.invalid")))
        .ok();
    if form.town.is_empty() || form.town.chars().count() > 120 || check_text(&form.town).is_err() {
        errors.push(FieldError::new(&tr, "town", "registration.town_required"));
    }
    let country = CountryCode::parse(&form.country)
        .map_err(|_| errors.push(FieldError::new(&tr, "country", "country.invalid")))
        .ok();
    if !form.privacy {
        errors.push(FieldError::new(&tr, "privacy", "registration.privacy_required"));
    }
    if form.guardian_name.chars().count() > 120 || check_text(&form.guardian_name).is_err() {
        errors.push(FieldError::new(&tr, "guardian_name", "text.too_long"));
    }
    for e in twinning_domain::people::check_guardian(form.minor, &form.guardian_name, form.guardian_consent) {
        errors.push(FieldError::named(&tr, e.field.into(), e.key));
    }
    let (Some(email), Some(country), true) = (email, country, errors.is_empty()) else {
        let regbox = registration_box(&state, &page, &ev, &it, &form, &errors).await?;
        let view = super::programme::item_page(&page, &ev, &it, regbox, errors);
        return render_status(&view, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let links = registration_links(&state.config);
    let who = twinning_app::registrations::Registrant {
        name: form.name.clone(),
        email,
        town: form.town.clone(),
        country,
        lang: tr.lang().to_owned(),
        guardian: form.minor.then(|| form.guardian_name.clone()),
    };
    let b = &page.b;
    let outcome = state.app.register(b.project.slug.as_str(), ev.slug.as_str(), it.slug.as_str(), &who, links).await?;
    let message = match outcome.status {
        _ if outcome.already => tr.get("registration-done-already"),
        RegistrationStatus::Waiting => tr.get("registration-done-waiting"),
        RegistrationStatus::Pending => {
            tr.with("registration-done-pending", &[("hours", Arg::Num(twinning_domain::CONFIRMATION_HOURS))])
        }
        _ => tr.get("registration-done-confirmed"),
    };
    done(&page, &prefs, &ev, &it, message)
}

/// The page that says how the registration went.
fn done(
    page: &ProjectPage,
    prefs: &LangPrefs,
    ev: &twinning_domain::Event,
    it: &twinning_domain::ProgrammeItem,
    message: String,
) -> Result<Response, PageError> {
    let (b, tr) = (&page.b, &page.tr);
    let title = tr.pick(&it.title, Some(&b.project.default_lang)).text;
    let item_href = href::item(b.project.slug.as_str(), ev.slug.as_str(), it.slug.as_str());
    let l = Layout::new(tr, tr.get("registration-done-title"), format!("{item_href}/registrations"))
        .crumb(href::programme(b.project.slug.as_str(), ev.slug.as_str()), tr.get("programme-title"))
        .crumb(item_href.clone(), title);
    render(&RegisteredPage { l, message, item_href }, prefs, tr)
}
