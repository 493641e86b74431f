//! Setting a project up through the API, as the back office does: start a project, change
//! its details, its partner towns, venues and meetings. Organisers only (starting a project
//! needs the right to start projects). Texts are maps by language; languages not given keep
//! their text, an empty text removes that language.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use twinning_domain::{
    Bundle, Coordinates, CountryCode, Event, Funding, LangTag, Link, PartnerRole, Project, ProjectStatus, Slug,
    TimeZone, Town, Translated, ValidationError, Venue, WebUrl,
};
use utoipa::ToSchema;

use super::dto::{CoordinatesDto, EventDto, PartnerDto, ProjectDto, Texts, TownRefDto, partners, texts};
use super::{ApiPath, managed};
use crate::Shared;
use crate::auth::ApiUser;
use crate::error::{ApiError, ErrorBody, Problem};

fn invalid(e: ValidationError) -> ApiError {
    ApiError(Problem { status: StatusCode::UNPROCESSABLE_ENTITY, key: e.key, field: Some(e.field), detail: e.message })
}

fn conflict(e: ValidationError) -> ApiError {
    ApiError(Problem { status: StatusCode::CONFLICT, key: e.key, field: Some(e.field), detail: e.message })
}

/// Reads the JSON body only after the caller's rights are known.
fn read<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    super::parse_body(body)
}

fn set_texts(into: &mut Translated, given: &BTreeMap<String, String>, field: &str) -> Result<(), ApiError> {
    for (lang, text) in given {
        let l = LangTag::parse(lang).map_err(|e| invalid(e.at(field)))?;
        if text.trim().is_empty() {
            into.0.remove(&l);
        } else {
            into.0.insert(l, text.trim().to_owned());
        }
    }
    Ok(())
}

/// Checks the whole project as the store will, so every problem is a 422 naming its place.
fn validate(b: &Bundle) -> Result<(), ApiError> {
    b.validate().map_err(|e| invalid(e.0.into_iter().next().expect("an error")))
}

/// Writes what `b` changes against the project as loaded, row by row.
async fn store(
    state: &Shared,
    (base, actor): &(twinning_app::setup::Loaded, twinning_app::Actor),
    b: &Bundle,
    action: &str,
    target: &str,
) -> Result<(), ApiError> {
    validate(b)?;
    state.app.save(actor, base, b, action, target).await?;
    Ok(())
}

/// A town not known yet, created with the partner or venue that names it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTownInput {
    /// The town's name in its own language, e.g. `Raška`.
    pub native_name: String,
    /// ISO 3166-1 alpha-2, e.g. `RS`.
    pub country: String,
}

/// Resolves `slug` to a town: one the instance knows, else a new one from `new_town`.
async fn town_for(state: &Shared, slug: &str, field: &str, new_town: Option<&NewTownInput>) -> Result<Town, ApiError> {
    let s = Slug::parse(slug).map_err(|e| invalid(e.at(field)))?;
    if let Some(t) = state.db.towns().await?.into_iter().find(|t| t.slug == s) {
        return Ok(t);
    }
    let Some(n) = new_town else {
        return Err(invalid(ValidationError::new(
            field,
            "town.unknown",
            "no town has this slug; give `new_town` to create it",
        )));
    };
    let name = n.native_name.trim();
    if name.is_empty() || name.chars().count() > twinning_domain::TITLE_MAX {
        return Err(invalid(ValidationError::new(
            "new_town.native_name",
            "town.name_required",
            "the town's own name, up to 300 characters",
        )));
    }
    twinning_domain::check_text(name).map_err(|e| invalid(e.at("new_town.native_name")))?;
    let country = CountryCode::parse(&n.country).map_err(|e| invalid(e.at("new_town.country")))?;
    Ok(Town {
        slug: s,
        native_name: name.to_owned(),
        name: Translated::new(),
        country,
        region: Translated::new(),
        population: None,
        coordinates: None,
        website: None,
        languages: Vec::new(),
        illustrative: None,
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FundingInput {
    #[schema(schema_with = super::schemas::texts_required)]
    pub programme: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub strand: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub measure: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkInput {
    #[schema(schema_with = super::schemas::texts_required)]
    pub label: BTreeMap<String, String>,
    pub url: String,
}

/// The lead partner of a new project.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadInput {
    /// The town's slug.
    #[schema(schema_with = super::schemas::slug)]
    pub town: String,
    #[serde(default)]
    pub new_town: Option<NewTownInput>,
}

/// A project's details. `slug` and `lead` are given only when starting a project.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectInput {
    #[serde(default)]
    #[schema(schema_with = super::schemas::opt_slug)]
    pub slug: Option<String>,
    pub acronym: String,
    #[schema(schema_with = super::schemas::texts_required)]
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub aims: BTreeMap<String, String>,
    /// The language organisers write in, e.g. `lv`.
    #[schema(schema_with = super::schemas::lang_tag)]
    pub default_lang: String,
    /// The project's languages; the default language is added when missing.
    #[serde(default)]
    #[schema(schema_with = super::schemas::langs)]
    pub languages: Vec<String>,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    /// `planned`, `running`, `completed` or `cancelled`.
    #[schema(schema_with = super::schemas::project_status)]
    pub status: String,
    /// Absent or null: no funder.
    #[serde(default)]
    pub funding: Option<FundingInput>,
    /// Replaces the project's links.
    #[serde(default)]
    pub links: Vec<LinkInput>,
    #[serde(default)]
    pub lead: Option<LeadInput>,
}

fn apply_project(p: &mut Project, input: &ProjectInput) -> Result<(), ApiError> {
    p.acronym = input.acronym.trim().to_owned();
    set_texts(&mut p.title, &input.title, "title")?;
    set_texts(&mut p.aims, &input.aims, "aims")?;
    p.default_lang = LangTag::parse(&input.default_lang).map_err(|e| invalid(e.at("default_lang")))?;
    let mut langs: Vec<LangTag> = Vec::new();
    for l in &input.languages {
        let tag = LangTag::parse(l).map_err(|e| invalid(e.at("languages")))?;
        if !langs.contains(&tag) {
            langs.push(tag);
        }
    }
    if !langs.contains(&p.default_lang) {
        langs.insert(0, p.default_lang.clone());
    }
    p.languages = langs;
    p.period_start = input.period_start;
    p.period_end = input.period_end;
    p.status = ProjectStatus::parse(&input.status).ok_or_else(|| {
        invalid(ValidationError::new("status", "status.invalid", "planned, running, completed or cancelled"))
    })?;
    p.funding = match &input.funding {
        None => None,
        Some(f) => {
            let ruleset = p.funding.as_ref().and_then(|x| x.ruleset.clone());
            let mut out = Funding {
                programme: Translated::new(),
                strand: Translated::new(),
                measure: Translated::new(),
                ruleset,
            };
            set_texts(&mut out.programme, &f.programme, "funding.programme")?;
            set_texts(&mut out.strand, &f.strand, "funding.strand")?;
            set_texts(&mut out.measure, &f.measure, "funding.measure")?;
            if out.programme.0.is_empty() {
                return Err(invalid(ValidationError::new(
                    "funding.programme",
                    "funding.programme_required",
                    "name the funding programme",
                )));
            }
            Some(out)
        }
    };
    let mut links = Vec::new();
    for (i, l) in input.links.iter().enumerate() {
        let at = format!("links[{i}]");
        let url = WebUrl::parse(&l.url).map_err(|e| invalid(e.at(&format!("{at}.url"))))?;
        let mut label = Translated::new();
        set_texts(&mut label, &l.label, &format!("{at}.label"))?;
        links.push(Link { label, url });
    }
    p.links = links;
    Ok(())
}

/// Starts a project; the caller becomes its first organiser and the lead town its lead partner.
#[utoipa::path(post, path = "/api/v1/projects", tag = "people", security(("bearer" = [])),
    request_body = ProjectInput,
    responses(
        (status = 201, description = "Started", body = ProjectDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "The account may not start projects", body = ErrorBody),
        (status = 409, description = "Another project has this slug (`project.slug_taken`)", body = ErrorBody),
        (status = 422, description = "A field is not valid; `field` names it", body = ErrorBody)))]
pub async fn create_project(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    if !user.account.may_start_projects {
        return Err(ApiError(crate::access::forbidden()));
    }
    let input: ProjectInput = read(&body)?;
    let slug = Slug::parse(input.slug.as_deref().unwrap_or("")).map_err(|e| invalid(e.at("slug")))?;
    let lead = input.lead.as_ref().ok_or_else(|| {
        invalid(ValidationError::new("lead", "lead.required", "a new project names its lead partner's town"))
    })?;
    let town = town_for(&state, &lead.town, "lead.town", lead.new_town.as_ref()).await?;
    let mut project = Project {
        slug: slug.clone(),
        acronym: String::new(),
        title: Translated::new(),
        aims: Translated::new(),
        funding: None,
        period_start: input.period_start,
        period_end: input.period_end,
        status: ProjectStatus::Planned,
        default_lang: LangTag::en(),
        languages: Vec::new(),
        links: Vec::new(),
        partners: Vec::new(),
        events: Vec::new(),
    };
    apply_project(&mut project, &input)?;
    let mut b = Bundle {
        format: twinning_domain::bundle::FORMAT.to_owned(),
        comment: None,
        towns: vec![town.clone()],
        organisations: Vec::new(),
        venues: Vec::new(),
        project,
        twinnings: Vec::new(),
    };
    b.set_partner(&town.slug, PartnerRole::Lead).map_err(invalid)?;
    validate(&b)?;
    state.app.create_project(&user.account, &b).await?;
    Ok((StatusCode::CREATED, Json(ProjectDto::from(&b))).into_response())
}

/// Changes a project's details (not its partners, venues or meetings).
#[utoipa::path(put, path = "/api/v1/projects/{project}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug")),
    request_body = ProjectInput,
    responses(
        (status = 200, description = "Saved", body = ProjectDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
        (status = 422, description = "A field is not valid; `field` names it", body = ErrorBody)))]
pub async fn update_project(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath(project): ApiPath<String>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let managed = managed(&state, &user, &project).await?;
    let mut b = managed.0.bundle.clone();
    let input: ProjectInput = read(&body)?;
    if input.slug.as_deref().is_some_and(|s| s != b.project.slug.as_str()) {
        return Err(invalid(ValidationError::new("slug", "slug.immutable", "a project's slug cannot be changed")));
    }
    if input.lead.is_some() {
        return Err(invalid(ValidationError::new(
            "lead",
            "lead.not_here",
            "change the lead with PUT /api/v1/projects/{project}/partners/{town}",
        )));
    }
    apply_project(&mut b.project, &input)?;
    let slug = b.project.slug.to_string();
    store(&state, &managed, &b, "project.update", &slug).await?;
    Ok(Json(ProjectDto::from(&b)).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerInput {
    /// `lead`, `partner` or `associated`. Naming a new lead makes the old lead a partner.
    #[schema(schema_with = super::schemas::partner_role)]
    pub role: String,
    /// Only for a town the instance does not know yet.
    #[serde(default)]
    pub new_town: Option<NewTownInput>,
}

/// Adds a partner town or changes its role.
#[utoipa::path(put, path = "/api/v1/projects/{project}/partners/{town}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("town" = String, Path, description = "Town slug")),
    request_body = PartnerInput,
    responses(
        (status = 200, description = "The project's partners now", body = Vec<PartnerDto>),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
        (status = 409, description = "The lead cannot step down; name another lead (`partner.lead_required`)", body = ErrorBody),
        (status = 422, description = "A field is not valid; `field` names it", body = ErrorBody)))]
pub async fn put_partner(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, town)): ApiPath<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let managed = managed(&state, &user, &project).await?;
    let mut b = managed.0.bundle.clone();
    let input: PartnerInput = read(&body)?;
    let role = PartnerRole::parse(&input.role)
        .ok_or_else(|| invalid(ValidationError::new("role", "role.invalid", "lead, partner or associated")))?;
    let t = town_for(&state, &town, "town", input.new_town.as_ref()).await?;
    let slug = t.slug.clone();
    if b.town(&slug).is_none() {
        b.towns.push(t);
    }
    b.set_partner(&slug, role).map_err(conflict)?;
    store(&state, &managed, &b, "partner.role", &format!("{slug} {role}")).await?;
    Ok(Json(partners(&b)).into_response())
}

/// Removes a partner town (not the lead, nor a town hosting a meeting or with coordinators).
#[utoipa::path(delete, path = "/api/v1/projects/{project}/partners/{town}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("town" = String, Path, description = "Town slug")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or partner", body = ErrorBody),
        (status = 409, description = "The partner must stay: `partner.lead_required`, `partner.hosts_event` or `partner.has_coordinators`", body = ErrorBody)))]
pub async fn delete_partner(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, town)): ApiPath<(String, String)>,
) -> Result<Response, ApiError> {
    let managed = managed(&state, &user, &project).await?;
    let mut b = managed.0.bundle.clone();
    let slug = Slug::parse(&town).map_err(|_| ApiError(Problem::not_found("partner.not_found")))?;
    let members = state.db.members(b.project.slug.as_str()).await?;
    if b.project.partners.iter().any(|p| p.town == slug) && members.iter().any(|m| m.town.as_ref() == Some(&slug)) {
        return Err(conflict(ValidationError::new(
            "town",
            "partner.has_coordinators",
            "remove the coordinators' roles first",
        )));
    }
    if !b.remove_partner(&slug).map_err(conflict)? {
        return Err(ApiError(Problem::not_found("partner.not_found")));
    }
    store(&state, &managed, &b, "partner.remove", slug.as_str()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VenueInput {
    #[schema(schema_with = super::schemas::texts_required)]
    pub name: BTreeMap<String, String>,
    /// The town's slug: one of the project's towns, or a new one with `new_town`.
    #[schema(schema_with = super::schemas::slug)]
    pub town: String,
    #[serde(default)]
    pub new_town: Option<NewTownInput>,
    #[serde(default)]
    pub address: String,
    /// WGS 84 decimal degrees.
    pub lat: f64,
    pub lon: f64,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub description: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub accessibility: BTreeMap<String, String>,
    #[serde(default)]
    pub website: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VenueDetailDto {
    pub slug: String,
    pub name: Texts,
    pub town: TownRefDto,
    pub address: String,
    pub coordinates: CoordinatesDto,
    pub description: Texts,
    pub accessibility: Texts,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    pub href: String,
}

/// Creates or changes a venue. Venue slugs are shared by every project on the instance.
#[utoipa::path(put, path = "/api/v1/projects/{project}/venues/{venue}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("venue" = String, Path, description = "Venue slug")),
    request_body = VenueInput,
    responses(
        (status = 200, description = "Changed", body = VenueDetailDto),
        (status = 201, description = "Created", body = VenueDetailDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
        (status = 409, description = "Another project's venue has this slug (`venue.slug_taken`)", body = ErrorBody),
        (status = 422, description = "A field is not valid; `field` names it", body = ErrorBody)))]
pub async fn put_venue(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, venue)): ApiPath<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let managed = managed(&state, &user, &project).await?;
    let mut b = managed.0.bundle.clone();
    let input: VenueInput = read(&body)?;
    // As the schema says: a name in at least one language, even when changing a venue
    // (an empty map would silently change nothing).
    if input.name.is_empty() {
        return Err(invalid(ValidationError::new("name", "venue.name_required", "a name in at least one language")));
    }
    let slug = Slug::parse(&venue).map_err(|e| invalid(e.at("venue")))?;
    let existing = b.venues.iter().position(|v| v.slug == slug);
    if existing.is_none() && state.db.venue(slug.as_str()).await?.is_some() {
        return Err(conflict(ValidationError::new("venue", "venue.slug_taken", "a venue elsewhere has this slug")));
    }
    let town_slug = Slug::parse(&input.town).map_err(|e| invalid(e.at("town")))?;
    if b.town(&town_slug).is_none() {
        let t = town_for(&state, &input.town, "town", input.new_town.as_ref()).await?;
        b.towns.push(t);
    }
    let coordinates = Coordinates::new(input.lat, input.lon).map_err(invalid)?;
    let website = input
        .website
        .as_deref()
        .filter(|w| !w.trim().is_empty())
        .map(WebUrl::parse)
        .transpose()
        .map_err(|e| invalid(e.at("website")))?;
    twinning_domain::check_text(&input.address).map_err(|e| invalid(e.at("address")))?;
    let mut v = existing.map(|i| b.venues[i].clone()).unwrap_or(Venue {
        slug: slug.clone(),
        name: Translated::new(),
        town: town_slug.clone(),
        address: String::new(),
        coordinates,
        description: Translated::new(),
        accessibility: Translated::new(),
        website: None,
        illustrative: None,
    });
    if v.coordinates != coordinates || v.address != input.address.trim() {
        v.illustrative = None;
    }
    v.town = town_slug;
    v.address = input.address.trim().to_owned();
    v.coordinates = coordinates;
    v.website = website;
    set_texts(&mut v.name, &input.name, "name")?;
    set_texts(&mut v.description, &input.description, "description")?;
    set_texts(&mut v.accessibility, &input.accessibility, "accessibility")?;
    for (field, t, required, max) in [
        ("name", &v.name, true, twinning_domain::TITLE_MAX),
        ("description", &v.description, false, twinning_domain::TEXT_MAX),
        ("accessibility", &v.accessibility, false, twinning_domain::TEXT_MAX),
    ] {
        t.validate(required, max).map_err(|e| invalid(e.at(field)))?;
    }
    match existing {
        Some(i) => b.venues[i] = v.clone(),
        None => b.venues.push(v.clone()),
    }
    let action = if existing.is_some() { "venue.update" } else { "venue.create" };
    store(&state, &managed, &b, action, slug.as_str()).await?;
    let town = b.town(&v.town).ok_or(ApiError(Problem::internal()))?;
    let dto = VenueDetailDto {
        slug: v.slug.to_string(),
        name: texts(&v.name),
        town: town.into(),
        address: v.address.clone(),
        coordinates: v.coordinates.into(),
        description: texts(&v.description),
        accessibility: texts(&v.accessibility),
        website: v.website.as_ref().map(|w| w.as_str().to_owned()),
        href: crate::view::href::venue(v.slug.as_str()),
    };
    let status = if existing.is_some() { StatusCode::OK } else { StatusCode::CREATED };
    Ok((status, Json(dto)).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    #[schema(schema_with = super::schemas::texts_required)]
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    #[schema(schema_with = super::schemas::texts_optional)]
    pub description: BTreeMap<String, String>,
    /// One of the project's partner towns.
    #[schema(schema_with = super::schemas::slug)]
    pub host_town: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// IANA name, e.g. `Europe/Riga`. Items keep their wall-clock times when it changes.
    #[schema(schema_with = super::schemas::time_zone)]
    pub time_zone: String,
}

/// Creates or changes a meeting's details (its programme is written through `items`).
#[utoipa::path(put, path = "/api/v1/projects/{project}/events/{event}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    request_body = EventInput,
    responses(
        (status = 200, description = "Changed", body = EventDto),
        (status = 201, description = "Created", body = EventDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody),
        (status = 422, description = "A field is not valid; `field` names it", body = ErrorBody)))]
pub async fn put_event(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let managed = managed(&state, &user, &project).await?;
    let mut b = managed.0.bundle.clone();
    let input: EventInput = read(&body)?;
    let slug = Slug::parse(&event).map_err(|e| invalid(e.at("event")))?;
    let host =
        Slug::parse(&input.host_town).ok().filter(|s| b.project.partners.iter().any(|p| &p.town == s)).ok_or_else(
            || invalid(ValidationError::new("host_town", "town.unknown", "not a partner town of this project")),
        )?;
    let zone = TimeZone::parse(input.time_zone.trim()).map_err(|e| invalid(e.at("time_zone")))?;
    let existing = b.project.events.iter().position(|e| e.slug == slug);
    let mut ev = existing.map(|i| b.project.events[i].clone()).unwrap_or(Event {
        slug: slug.clone(),
        title: Translated::new(),
        description: Translated::new(),
        host_town: host.clone(),
        start_date: input.start_date,
        end_date: input.end_date,
        time_zone: zone,
        items: Vec::new(),
        evaluation: Translated::new(),
        illustrative: None,
    });
    ev.host_town = host;
    ev.start_date = input.start_date;
    ev.end_date = input.end_date;
    ev.time_zone = zone;
    set_texts(&mut ev.title, &input.title, "title")?;
    set_texts(&mut ev.description, &input.description, "description")?;
    if let Some(e) = ev.validate().0.into_iter().next() {
        return Err(invalid(e));
    }
    if ev.start_date < b.project.period_start || ev.end_date > b.project.period_end {
        return Err(invalid(ValidationError::new(
            "start_date",
            "event.outside_project",
            "the meeting lies outside the project's period",
        )));
    }
    match existing {
        Some(i) => b.project.events[i] = ev.clone(),
        None => b.project.events.push(ev.clone()),
    }
    let action = if existing.is_some() { "event.update" } else { "event.create" };
    store(&state, &managed, &b, action, slug.as_str()).await?;
    let dto = EventDto::new(&b, &ev).ok_or(ApiError(Problem::internal()))?;
    let status = if existing.is_some() { StatusCode::OK } else { StatusCode::CREATED };
    Ok((status, Json(dto)).into_response())
}

/// Deletes a meeting that was never published.
#[utoipa::path(delete, path = "/api/v1/projects/{project}/events/{event}", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody),
        (status = 409, description = "The meeting has been published and stays (`event.published`)", body = ErrorBody)))]
pub async fn delete_event(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
) -> Result<Response, ApiError> {
    let managed = managed(&state, &user, &project).await?;
    let mut b = managed.0.bundle.clone();
    if b.project.events.iter().all(|e| e.slug.as_str() != event) {
        return Err(ApiError(Problem::not_found("event.not_found")));
    }
    if state.db.published(b.project.slug.as_str()).await?.contains_key(event.as_str()) {
        return Err(conflict(ValidationError::new("event", "event.published", "a published meeting stays")));
    }
    b.remove_event(&event);
    store(&state, &managed, &b, "event.delete", &event).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
