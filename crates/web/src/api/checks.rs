//! `/api/v1/projects/{project}/events/{event}/checks`: the programme's warnings, for organisers.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use twinning_domain::checks::{Warning, check_event};
use utoipa::ToSchema;

use super::ApiPath;
use crate::Shared;
use crate::auth::ApiUser;
use crate::error::{ApiError, ErrorBody, Problem};

#[derive(Debug, Serialize, ToSchema)]
pub struct CheckDto {
    /// `outside_event`, `venue_double_booked`, `delegates_overlap`, `too_little_travel` or `public_without_capacity`.
    pub key: String,
    /// The programme items concerned, in programme order.
    pub items: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// For travel: straight-line distance, travel mode (`walk` or `coach`), minutes needed and available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub km: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needed_minutes: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_minutes: Option<i64>,
}

impl From<&Warning> for CheckDto {
    fn from(w: &Warning) -> Self {
        let mut d = CheckDto {
            key: w.key().to_owned(),
            items: Vec::new(),
            venue: None,
            km: None,
            mode: None,
            needed_minutes: None,
            available_minutes: None,
        };
        match w {
            Warning::OutsideEvent { item } | Warning::PublicWithoutCapacity { item } => d.items.push(item.to_string()),
            Warning::VenueDoubleBooked { venue, first, second } => {
                d.items = vec![first.to_string(), second.to_string()];
                d.venue = Some(venue.to_string());
            }
            Warning::DelegatesOverlap { first, second } => d.items = vec![first.to_string(), second.to_string()],
            Warning::TooLittleTravel { first, second, km, mode, needed_minutes, available_minutes } => {
                d.items = vec![first.to_string(), second.to_string()];
                d.km = Some(*km);
                d.mode = Some(
                    serde_json::to_value(mode).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
                );
                d.needed_minutes = Some(*needed_minutes);
                d.available_minutes = Some(*available_minutes);
            }
        }
        d
    }
}

/// What an organiser should look at again in a meeting's programme (warnings, not errors).
#[utoipa::path(get, path = "/api/v1/projects/{project}/events/{event}/checks", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug"), ("event" = String, Path, description = "Event slug")),
    responses(
        (status = 200, description = "The warnings, in programme order", body = Vec<CheckDto>),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project or event", body = ErrorBody)))]
pub async fn programme_checks(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath((project, event)): ApiPath<(String, String)>,
) -> Result<Json<Vec<CheckDto>>, ApiError> {
    let b = super::managed(&state, &user, &project).await?.0.bundle;
    let ev = b
        .project
        .events
        .iter()
        .find(|e| e.slug.as_str() == event)
        .ok_or(ApiError(Problem::not_found("event.not_found")))?;
    Ok(Json(check_event(&b, ev).iter().map(CheckDto::from).collect()))
}
