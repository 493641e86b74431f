//! `/api/v1/projects/{project}/events/{event}/programme/{item}/registrations[/{person}]`:
//! registering for a session open to the public, as the item's page does (no token; the
//! confirmation with the person's own link goes by e-mail, never in the answer), and an
//! organiser cancelling a person's registration (the place goes to the first person waiting).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use twinning_app::AppError;
use twinning_app::registrations::Registrant;
use twinning_domain::{CountryCode, EmailAddress, ValidationError, ValidationErrors, check_text};
use utoipa::ToSchema;

use super::ApiPath;
use crate::Shared;
use crate::auth::{ApiUser, registration_links};
use crate::error::{ApiError, ErrorBody};
use crate::extract::LangPrefs;

/// A person registering.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrationInput {
    #[schema(min_length = 1, max_length = 120)]
    pub name: String,
    #[schema(format = "email")]
    pub email: String,
    /// Where the person lives, as they write it.
    #[schema(min_length = 1, max_length = 120)]
    pub town: String,
    /// ISO 3166-1 alpha-2, e.g. `LV`.
    #[schema(pattern = "^[A-Za-z]{2}$")]
    pub country: String,
    /// The person read who sees their data and why (the page's privacy notice); must be true.
    pub privacy_accepted: bool,
    /// Under 18: needs `guardian_name` and `guardian_consent: true`.
    #[serde(default)]
    pub minor: bool,
    /// The parent or guardian who consents, for a minor.
    #[serde(default)]
    #[schema(max_length = 120)]
    pub guardian_name: Option<String>,
    #[serde(default)]
    pub guardian_consent: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrationDto {
    /// `confirmed` (a place), `waiting` (on the waiting list) or `pending` (the meeting asks
    /// for a confirmation: the place counts once the link in the e-mail is followed).
    pub status: String,
    /// True when the address already held this registration: nothing changed, no e-mail sent.
    pub already: bool,
}

fn field(errs: &mut ValidationErrors, name: &str, key: &'static str, message: &str) {
    errs.push(ValidationError::new(name, key, message));
}

/// Registers a person for a published item open to the public. The answer is the same whether
/// or not the address was known; the e-mail carries the confirmation and the personal link.
#[utoipa::path(post, path = "/api/v1/projects/{project}/events/{event}/programme/{item}/registrations", tag = "projects",
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("item" = String, Path, description = "Item slug")),
    request_body = RegistrationInput,
    responses(
        (status = 201, description = "Registered: a place, the waiting list, or pending its e-mail confirmation", body = RegistrationDto),
        (status = 200, description = "The address already held this registration; nothing was sent again", body = RegistrationDto),
        (status = 429, description = "Too many registrations from this address (`rate_limited`); see `Retry-After`", body = ErrorBody),
        (status = 404, description = "No such project, event or published item", body = ErrorBody),
        (status = 409, description = "The item takes no registrations (not public, or begun) (`registration.closed`)", body = ErrorBody),
        (status = 422, description = "The body or a field is not valid; `field` names it", body = ErrorBody)))]
pub async fn register(
    State(state): State<Shared>,
    prefs: LangPrefs,
    ApiPath((project, event, item)): ApiPath<(String, String, String)>,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<RegistrationDto>), ApiError> {
    let input: RegistrationInput = super::parse_body(&body)?;
    let mut errs = ValidationErrors::default();
    let name = input.name.trim().to_owned();
    if twinning_domain::account::check_display_name(&name).is_err() {
        field(&mut errs, "name", "name.invalid", "a name of 1 to 120 characters");
    }
    let email = EmailAddress::parse(input.email.trim())
        .map_err(|_| field(&mut errs, "email", "email.invalid", "an e-mail address"))
        .ok();
    let town = input.town.trim().to_owned();
    if town.is_empty() || town.chars().count() > 120 || check_text(&town).is_err() {
        field(&mut errs, "town", "registration.town_required", "the town the person lives in");
    }
    let country = CountryCode::parse(input.country.trim())
        .map_err(|_| field(&mut errs, "country", "country.invalid", "a two-letter code such as LV"))
        .ok();
    if !input.privacy_accepted {
        field(&mut errs, "privacy_accepted", "registration.privacy_required", "the privacy notice must be accepted");
    }
    let guardian = input.guardian_name.as_deref().unwrap_or_default().trim().to_owned();
    if guardian.chars().count() > 120 || check_text(&guardian).is_err() {
        field(&mut errs, "guardian_name", "text.too_long", "at most 120 characters");
    }
    for e in twinning_domain::people::check_guardian(input.minor, &guardian, input.guardian_consent) {
        errs.push(e);
    }
    let (Some(email), Some(country), true) = (email, country, errs.is_empty()) else {
        return Err(AppError::Invalid(errs).into());
    };
    let links = registration_links(&state.config);
    let lang = prefs.tr(None).lang().to_owned();
    let who = Registrant { name, email, town, country, lang, guardian: input.minor.then_some(guardian) };
    let done = state.app.register(&project, &event, &item, &who, links).await?;
    let status = if done.already { StatusCode::OK } else { StatusCode::CREATED };
    Ok((status, Json(RegistrationDto { status: done.status.as_str().to_owned(), already: done.already })))
}

/// Cancels a person's registration for the item (organisers); a freed place goes to the first
/// person waiting, who is told by e-mail.
#[utoipa::path(delete, path = "/api/v1/projects/{project}/events/{event}/programme/{item}/registrations/{person}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"),
        ("item" = String, Path, description = "Item slug"), ("person" = i64, Path, description = "The person's id")),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such registration", body = ErrorBody)))]
pub async fn cancel(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event, item, person)): ApiPath<(String, String, String, i64)>,
) -> Result<StatusCode, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    state.app.cancel_registration_of(&actor, &project, &event, &item, person).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// How a meeting takes registrations.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrationSettings {
    /// A registration counts (takes a place) only once the person followed the link in its
    /// e-mail; until then it is `pending`, and it lapses after 48 hours.
    pub confirm_by_email: bool,
}

/// How the meeting takes registrations (organisers).
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}/registration-settings", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    responses(
        (status = 200, description = "The settings", body = RegistrationSettings),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody)))]
pub async fn settings_get(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
) -> Result<Json<RegistrationSettings>, ApiError> {
    let (loaded, _) = super::managed(&state, &user, &project).await?;
    if !loaded.bundle.project.events.iter().any(|e| e.slug.as_str() == event) {
        return Err(AppError::NotFound("event.not_found").into());
    }
    let confirm_by_email = state.app.registration_confirmation(&project, &event).await?;
    Ok(Json(RegistrationSettings { confirm_by_email }))
}

/// Sets how the meeting takes registrations (organisers); registrations already made stay as
/// they are.
#[utoipa::path(put, path = "/api/v1/projects/{project}/events/{event}/registration-settings", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    request_body = RegistrationSettings,
    responses(
        (status = 200, description = "Saved", body = RegistrationSettings),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody),
        (status = 422, description = "The body is not valid; `field` names it", body = ErrorBody)))]
pub async fn settings_put(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Json<RegistrationSettings>, ApiError> {
    let actor = state.app.actor(&user.account, &project).await?;
    actor.must_manage()?;
    let input: RegistrationSettings = super::parse_body(&body)?;
    state.app.set_registration_confirmation(&actor, &project, &event, input.confirm_by_email).await?;
    Ok(Json(input))
}
