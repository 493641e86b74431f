//! `/api/v1/towns/{town}` and `/api/v1/venues/{venue}`.

use axum::Json;
use axum::extract::State;

use super::ApiPath;
use super::dto::*;
use crate::Shared;
use crate::error::{ApiError, ErrorBody, Problem};
use crate::extract::slug;
use crate::view::href;

/// A town: its profile, twinnings and projects.
#[utoipa::path(get, path = "/api/v1/towns/{town}", tag = "places",
    params(("town" = String, Path, description = "Town slug, e.g. `daugavpils`")),
    responses(
        (status = 200, description = "The town", body = TownDto),
        (status = 404, description = "No such town (`town.not_found`)", body = ErrorBody)))]
pub async fn town(State(state): State<Shared>, ApiPath(town): ApiPath<String>) -> Result<Json<TownDto>, ApiError> {
    let s = slug(&town, "town.not_found")?;
    let p = state.db.town(s.as_str()).await?.ok_or(ApiError(Problem::not_found("town.not_found")))?;
    let t = &p.town;
    Ok(Json(TownDto {
        slug: t.slug.to_string(),
        native_name: t.native_name.clone(),
        name: texts(&t.name),
        country: t.country.to_string(),
        region: texts(&t.region),
        population: t.population,
        coordinates: t.coordinates.map(Into::into),
        website: t.website.as_ref().map(|w| w.to_string()),
        languages: t.languages.iter().map(|l| l.to_string()).collect(),
        illustrative: t.illustrative.as_ref().map(texts),
        twinnings: p
            .twinnings
            .iter()
            .map(|l| twinning(&l.twinning, l.signed_in_project.as_ref().map(|s| s.as_str())))
            .collect(),
        projects: p
            .projects
            .iter()
            .map(|x| TownProjectDto {
                slug: x.slug.to_string(),
                acronym: x.acronym.clone(),
                title: texts(&x.title),
                role: x.role.to_string(),
            })
            .collect(),
        href: href::town(t.slug.as_str()),
    }))
}

/// A venue and the programme items held there.
#[utoipa::path(get, path = "/api/v1/venues/{venue}", tag = "places",
    params(("venue" = String, Path, description = "Venue slug")),
    responses(
        (status = 200, description = "The venue", body = VenueDto),
        (status = 404, description = "No such venue (`venue.not_found`)", body = ErrorBody)))]
pub async fn venue(State(state): State<Shared>, ApiPath(venue): ApiPath<String>) -> Result<Json<VenueDto>, ApiError> {
    let s = slug(&venue, "venue.not_found")?;
    let p = state.db.venue(s.as_str()).await?.ok_or(ApiError(Problem::not_found("venue.not_found")))?;
    let v = &p.venue;
    Ok(Json(VenueDto {
        slug: v.slug.to_string(),
        name: texts(&v.name),
        town: (&p.town).into(),
        address: v.address.clone(),
        coordinates: v.coordinates.into(),
        description: texts(&v.description),
        accessibility: texts(&v.accessibility),
        website: v.website.as_ref().map(|w| w.to_string()),
        illustrative: v.illustrative.as_ref().map(texts),
        items: crate::published::published_only(&state, &p.items)
            .await?
            .iter()
            .map(|i| VenueItemDto {
                project: i.project.to_string(),
                event: i.event.to_string(),
                item: i.item.to_string(),
                title: texts(&i.title),
                starts_at: twinning_domain::time::in_zone(i.time_zone, i.starts_at),
                href: href::item(i.project.as_str(), i.event.as_str(), i.item.as_str()),
            })
            .collect(),
        href: href::venue(v.slug.as_str()),
    }))
}
