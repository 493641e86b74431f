//! `/api/v1/projects/{project}/events/{event}/people[/{person}[/attendance/{date}]]`: a
//! meeting's people and their attendance, with the back office's rights — organisers handle
//! everyone, a coordinator only their town's delegation. Each person carries its version as
//! `ETag`; a change sent with `If-Match` is refused with 412 if the person changed meanwhile.
//! Personal data: only those entitled see it, and never in a URL (ids, not names, address it).

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use twinning_app::AppError;
use twinning_app::people::Meeting;
use twinning_domain::people::{Person, PhotoConsent};
use twinning_domain::{Slug, ValidationError};
use twinning_store::{PersonRecord, Upserted};
use utoipa::{IntoParams, ToSchema};

use super::{ApiPath, IfMatch, etag, precondition};
use crate::Shared;
use crate::auth::ApiUser;
use crate::error::{ApiError, ErrorBody, Problem};

/// A person at a meeting, as organisers and their own delegation's coordinator see them.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonDto {
    pub id: i64,
    /// The partner town whose delegation the person belongs to (its slug).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delegation: Option<String>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub town: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// `delegate`, `speaker`, `staff`, `press` or `resident`.
    pub role: String,
    pub languages: Vec<String>,
    /// Whether the person may appear in photos; photographers treat `not_asked` as no.
    pub photo_consent: PhotoConsentDto,
    /// Under age: takes part with a parent's or guardian's consent.
    pub minor: bool,
    /// The parent or guardian who consented, for a minor (empty otherwise).
    pub guardian_name: String,
    pub guardian_consent: bool,
    pub arrival_place: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrival_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrival_by: Option<String>,
    pub departure_place: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub departure_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub departure_by: Option<String>,
    pub accommodation: String,
    pub dietary: String,
    pub access_needs: String,
    /// Personal fields were blanked (erasure or the end of the retention period).
    pub anonymised: bool,
    /// Erased on request: only what the funder may audit (name, town) is kept, until the
    /// project's retention date.
    pub erased: bool,
    /// The person's version; the same as the `ETag` of `GET …/people/{person}`.
    pub version: i64,
}

impl From<&PersonRecord> for PersonDto {
    fn from(r: &PersonRecord) -> Self {
        let p = &r.person;
        let time = |t: Option<chrono::NaiveDateTime>| t.map(|t| t.format("%Y-%m-%dT%H:%M").to_string());
        Self {
            id: r.id,
            delegation: r.delegation.as_ref().map(|d| d.to_string()),
            name: p.name.clone(),
            email: p.email.as_ref().map(|e| e.as_str().to_owned()),
            town: p.town.clone(),
            country: p.country.as_str().to_owned(),
            role: p.role.as_str().to_owned(),
            languages: p.languages.iter().map(|l| l.to_string()).collect(),
            photo_consent: p.photo_consent.into(),
            minor: p.minor,
            guardian_name: p.guardian_name.clone(),
            guardian_consent: p.guardian_consent,
            arrival_place: p.arrival.place.clone(),
            arrival_time: time(p.arrival.at),
            arrival_by: p.arrival.by.map(|b| b.as_str().to_owned()),
            departure_place: p.departure.place.clone(),
            departure_time: time(p.departure.at),
            departure_by: p.departure.by.map(|b| b.as_str().to_owned()),
            accommodation: p.accommodation.clone(),
            dietary: p.dietary.clone(),
            access_needs: p.access_needs.clone(),
            anonymised: r.anonymised,
            erased: r.erased,
            version: r.version,
        }
    }
}

/// A person as written through the API. Only `name` is needed (and `delegation` when adding);
/// `town` and `country` default to the delegation's.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonInput {
    /// The partner town's slug, e.g. `raska`; only when adding (a person keeps their delegation).
    #[serde(default)]
    #[schema(pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 64)]
    pub delegation: Option<String>,
    #[schema(min_length = 1, max_length = 120)]
    pub name: String,
    #[serde(default)]
    #[schema(format = "email")]
    pub email: Option<String>,
    #[serde(default)]
    #[schema(max_length = 120)]
    pub town: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. `RS`.
    #[serde(default)]
    #[schema(pattern = "^[A-Za-z]{2}$")]
    pub country: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<String>, example = "delegate")]
    pub role: Option<RoleInput>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::langs)]
    pub languages: Vec<String>,
    /// Not given: `not_asked`.
    #[serde(default)]
    pub photo_consent: Option<PhotoConsentDto>,
    /// A minor needs `guardian_name` and `guardian_consent: true`.
    #[serde(default)]
    pub minor: bool,
    #[serde(default)]
    #[schema(max_length = 120)]
    pub guardian_name: Option<String>,
    #[serde(default)]
    pub guardian_consent: bool,
    #[serde(default)]
    pub arrival_place: Option<String>,
    /// Local time, e.g. `2018-11-08T10:00`.
    #[serde(default)]
    pub arrival_time: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<String>, example = "bus")]
    pub arrival_by: Option<TravelInput>,
    #[serde(default)]
    pub departure_place: Option<String>,
    #[serde(default)]
    pub departure_time: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<String>, example = "bus")]
    pub departure_by: Option<TravelInput>,
    #[serde(default)]
    pub accommodation: Option<String>,
    #[serde(default)]
    pub dietary: Option<String>,
    #[serde(default)]
    pub access_needs: Option<String>,
}

/// Consent to appear in the project's photos.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = PhotoConsent)]
pub enum PhotoConsentDto {
    Yes,
    No,
    NotAsked,
}

impl From<PhotoConsent> for PhotoConsentDto {
    fn from(c: PhotoConsent) -> Self {
        match c {
            PhotoConsent::Yes => Self::Yes,
            PhotoConsent::No => Self::No,
            PhotoConsent::NotAsked => Self::NotAsked,
        }
    }
}

impl From<PhotoConsentDto> for PhotoConsent {
    fn from(c: PhotoConsentDto) -> Self {
        match c {
            PhotoConsentDto::Yes => Self::Yes,
            PhotoConsentDto::No => Self::No,
            PhotoConsentDto::NotAsked => Self::NotAsked,
        }
    }
}

/// What a person is at a meeting.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RoleInput {
    Delegate,
    Speaker,
    Staff,
    Press,
    Resident,
}

/// How a person travels.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TravelInput {
    Plane,
    Train,
    Bus,
    Coach,
    Car,
    Ship,
    Other,
}

fn wire<T: std::fmt::Debug>(v: &T) -> String {
    format!("{v:?}").to_lowercase()
}

/// The person the input describes, with the delegation's town and country as defaults;
/// every problem is a 422 naming its field.
fn person_of(m: &Meeting, delegation: Option<&Slug>, input: &PersonInput) -> Result<Person, AppError> {
    let town = delegation.and_then(|d| m.bundle.town(d));
    let yes = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let get = |field: &str| -> String {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        match field {
            "name" => input.name.clone(),
            "email" => opt(&input.email),
            "town" => input.town.clone().or_else(|| town.map(|t| t.native_name.clone())).unwrap_or_default(),
            "country" => {
                input.country.clone().or_else(|| town.map(|t| t.country.as_str().to_owned())).unwrap_or_default()
            }
            "role" => input.role.map(|r| wire(&r)).unwrap_or_default(),
            "languages" => input.languages.join(","),
            "photo_consent" => input.photo_consent.map(PhotoConsent::from).unwrap_or_default().as_str().to_owned(),
            "minor" => yes(input.minor),
            "guardian_name" => opt(&input.guardian_name),
            "guardian_consent" => yes(input.guardian_consent),
            "arrival_place" => opt(&input.arrival_place),
            "arrival_time" => opt(&input.arrival_time),
            "arrival_by" => input.arrival_by.map(|b| wire(&b)).unwrap_or_default(),
            "departure_place" => opt(&input.departure_place),
            "departure_time" => opt(&input.departure_time),
            "departure_by" => input.departure_by.map(|b| wire(&b)).unwrap_or_default(),
            "accommodation" => opt(&input.accommodation),
            "dietary" => opt(&input.dietary),
            "access_needs" => opt(&input.access_needs),
            _ => String::new(),
        }
    };
    Ok(Person::parse(get)?)
}

async fn meeting(
    state: &Shared,
    user: &ApiUser,
    project: &str,
    event: &str,
) -> Result<(twinning_app::Actor, Meeting), ApiError> {
    let actor = state.app.actor(&user.0.account, project).await?;
    let m = state.app.meeting(&actor, project, event).await?;
    Ok((actor, m))
}

fn with_etag(r: &PersonRecord, status: StatusCode) -> Response {
    (status, [(header::ETAG, etag(r.version))], Json(PersonDto::from(r))).into_response()
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeopleQuery {
    /// Only the people of this partner town's delegation.
    pub delegation: Option<String>,
    /// The page, from 1.
    #[param(minimum = 1)]
    pub page: Option<i64>,
    /// People per page, at most 500 (default 100).
    #[param(minimum = 1, maximum = 500)]
    pub per_page: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PeoplePage {
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub people: Vec<PersonDto>,
}

/// The people of a meeting, by name, a page at a time.
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}/people", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), PeopleQuery),
    responses(
        (status = 200, description = "One page of the people the caller may see", body = PeoplePage),
        (status = 400, description = "A query parameter is not valid", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser, or a coordinator asking for another delegation", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody),
        (status = 422, description = "The delegation is not a partner town", body = ErrorBody)))]
pub async fn people_list(
    State(state): State<Shared>,
    user: ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
    query: Result<Query<PeopleQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<PeoplePage>, ApiError> {
    let (actor, m) = meeting(&state, &user, &project, &event).await?;
    let Query(q) = query.map_err(|e| ApiError(Problem::bad_request("query.invalid", "query", e.body_text())))?;
    let delegation = q.delegation.as_deref().map(|d| m.delegation(d, "delegation")).transpose()?;
    let page = q.page.unwrap_or(1);
    let per_page = q.per_page.unwrap_or(100);
    if page < 1 {
        return Err(ApiError(Problem::bad_request("query.invalid", "page", "a page number from 1")));
    }
    if !(1..=twinning_app::people::PAGE_MAX).contains(&per_page) {
        return Err(ApiError(Problem::bad_request("query.invalid", "per_page", "from 1 to 500")));
    }
    let (people, total) =
        state.app.people(&actor, &m, delegation.as_ref(), per_page, (page - 1).saturating_mul(per_page)).await?;
    Ok(Json(PeoplePage { total, page, per_page, people: people.iter().map(PersonDto::from).collect() }))
}

/// Adds a person to a delegation (a person already there with the same e-mail address is
/// updated instead, and answered with 200).
#[utoipa::path(post, path = "/api/v1/projects/{project}/events/{event}/people", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    request_body = PersonInput,
    responses(
        (status = 201, description = "Added; `id` addresses the person from now on", body = PersonDto),
        (status = 200, description = "The delegation already had this person (same e-mail address): updated", body = PersonDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser, or a coordinator of another delegation", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody),
        (status = 422, description = "The body or a field is not valid; `field` names it", body = ErrorBody)))]
pub async fn person_create(
    State(state): State<Shared>,
    user: ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let (actor, m) = meeting(&state, &user, &project, &event).await?;
    let input: PersonInput = super::parse_body(&body)?;
    let Some(raw) = input.delegation.as_deref() else {
        return Err(AppError::Invalid(
            ValidationError::new("delegation", "delegation.required", "the partner town's slug, e.g. raska").into(),
        )
        .into());
    };
    let delegation = m.delegation(raw, "delegation")?;
    let person = person_of(&m, Some(&delegation), &input)?;
    let (id, how) = state.app.add_person(&actor, &m, Some(&delegation), &person).await?;
    let r = state.app.person(&actor, &m, id).await?;
    Ok(with_etag(&r, if how == Upserted::Created { StatusCode::CREATED } else { StatusCode::OK }))
}

/// One person, with their version as `ETag`.
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}/people/{person}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("person" = i64, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The person", body = PersonDto, headers(("ETag" = String, description = "The person's version"))),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "No right to the project's people", body = ErrorBody),
        (status = 404, description = "No such person (or of another delegation)", body = ErrorBody)))]
pub async fn person_show(
    State(state): State<Shared>,
    user: ApiUser,
    ApiPath((project, event, person)): ApiPath<(String, String, i64)>,
) -> Result<Response, ApiError> {
    let (actor, m) = meeting(&state, &user, &project, &event).await?;
    let r = state.app.person(&actor, &m, person).await?;
    Ok(with_etag(&r, StatusCode::OK))
}

/// Replaces a person's fields (their delegation stays).
#[utoipa::path(put, path = "/api/v1/projects/{project}/events/{event}/people/{person}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("person" = i64, Path, description = "The person's id"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the change is based on")),
    request_body = PersonInput,
    responses(
        (status = 200, description = "Changed", body = PersonDto, headers(("ETag" = String, description = "The person's new version"))),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "No right to the project's people", body = ErrorBody),
        (status = 404, description = "No such person", body = ErrorBody),
        (status = 412, description = "The person changed since the version in `If-Match`", body = ErrorBody),
        (status = 422, description = "The body or a field is not valid", body = ErrorBody)))]
pub async fn person_update(
    State(state): State<Shared>,
    user: ApiUser,
    ApiPath((project, event, person)): ApiPath<(String, String, i64)>,
    IfMatch(if_match): IfMatch,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let (actor, m) = meeting(&state, &user, &project, &event).await?;
    let current = state.app.person(&actor, &m, person).await?;
    let input: PersonInput = super::parse_body(&body)?;
    if input.delegation.as_deref().is_some_and(|d| Some(d) != current.delegation.as_ref().map(|x| x.as_str())) {
        return Err(AppError::Invalid(
            ValidationError::new(
                "delegation",
                "delegation.fixed",
                "a person keeps their delegation; add them to the other",
            )
            .into(),
        )
        .into());
    }
    let p = person_of(&m, current.delegation.as_ref(), &input)?;
    state.app.update_person(&actor, &m, person, if_match, &p).await.map_err(precondition)?;
    let r = state.app.person(&actor, &m, person).await?;
    Ok(with_etag(&r, StatusCode::OK))
}

/// Removes a person with their registrations and attendance.
#[utoipa::path(delete, path = "/api/v1/projects/{project}/events/{event}/people/{person}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"), ("person" = i64, Path, description = "The person's id"),
        ("If-Match" = Option<String>, Header, description = "The version (`ETag`) the removal is based on")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "No right to the project's people", body = ErrorBody),
        (status = 404, description = "No such person", body = ErrorBody),
        (status = 412, description = "The person changed since the version in `If-Match`", body = ErrorBody)))]
pub async fn person_delete(
    State(state): State<Shared>,
    user: ApiUser,
    ApiPath((project, event, person)): ApiPath<(String, String, i64)>,
    IfMatch(if_match): IfMatch,
) -> Result<StatusCode, ApiError> {
    let (actor, m) = meeting(&state, &user, &project, &event).await?;
    state.app.delete_person(&actor, &m, person, if_match).await.map_err(precondition)?;
    Ok(StatusCode::NO_CONTENT)
}

fn day(raw: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| {
        ApiError(Problem {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            key: "date.invalid",
            field: Some("date".into()),
            detail: "a date such as 2018-11-09".into(),
        })
    })
}

/// Marks the person present on that day of the meeting (no body needed). Marking twice is
/// one mark.
#[utoipa::path(put, path = "/api/v1/projects/{project}/events/{event}/people/{person}/attendance/{date}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"),
        ("person" = i64, Path, description = "The person's id"), ("date" = String, Path, description = "A day of the meeting, e.g. `2018-11-09`", format = Date)),
    responses(
        (status = 204, description = "Present that day"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "No right to the project's people", body = ErrorBody),
        (status = 404, description = "No such person", body = ErrorBody),
        (status = 422, description = "Not a date, or not a day of the meeting", body = ErrorBody)))]
pub async fn attendance_put(
    State(state): State<Shared>,
    user: ApiUser,
    ApiPath((project, event, person, date)): ApiPath<(String, String, i64, String)>,
) -> Result<StatusCode, ApiError> {
    let (actor, m) = meeting(&state, &user, &project, &event).await?;
    state.app.set_attendance(&actor, m.bundle.project.slug.as_str(), m.event(), person, day(&date)?, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Takes back the person's presence on that day.
#[utoipa::path(delete, path = "/api/v1/projects/{project}/events/{event}/people/{person}/attendance/{date}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug"),
        ("person" = i64, Path, description = "The person's id"), ("date" = String, Path, description = "A day of the meeting, e.g. `2018-11-09`", format = Date)),
    responses(
        (status = 204, description = "Not present that day"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "No right to the project's people", body = ErrorBody),
        (status = 404, description = "No such person", body = ErrorBody),
        (status = 422, description = "Not a date, or not a day of the meeting", body = ErrorBody)))]
pub async fn attendance_delete(
    State(state): State<Shared>,
    user: ApiUser,
    ApiPath((project, event, person, date)): ApiPath<(String, String, i64, String)>,
) -> Result<StatusCode, ApiError> {
    let (actor, m) = meeting(&state, &user, &project, &event).await?;
    state.app.set_attendance(&actor, m.bundle.project.slug.as_str(), m.event(), person, day(&date)?, false).await?;
    Ok(StatusCode::NO_CONTENT)
}
