//! `GET /api/v1/projects/{project}/eligibility`: the project against its funder's rules.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use super::{ApiPath, managed_bundle};
use crate::Shared;
use crate::auth::ApiUser;
use crate::error::{ApiError, ErrorBody, Problem};

#[derive(Debug, Serialize, ToSchema)]
pub struct RuleResultDto {
    /// The rule's id in its ruleset, e.g. `invited_participants`.
    pub id: String,
    pub passed: bool,
    /// The threshold applied, after any override.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<i64>,
    /// The project's own number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<i64>,
    /// What did not pass: countries not eligible, meetings too short of people or too long.
    pub detail: Vec<String>,
    /// The organisers changed the threshold.
    pub overridden: bool,
    /// The value has been checked against its source.
    pub verified: bool,
    /// The source's title.
    pub source: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventCountDto {
    pub event: String,
    /// `registrations` before the meeting ends, `attendance` after.
    pub basis: String,
    pub participants: i64,
    pub invited_participants: i64,
    pub days: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NextBandDto {
    pub more_invited_participants: i64,
    pub grant_eur: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EligibilityDto {
    /// The ruleset's id and version.
    pub ruleset: String,
    pub ruleset_version: String,
    pub call_year: i32,
    /// Every rule passed.
    pub eligible: bool,
    /// Delegates sent by partners from eligible countries other than the host's.
    pub invited_participants: i64,
    pub participants: i64,
    pub events: Vec<EventCountDto>,
    pub rules: Vec<RuleResultDto>,
    /// The lump sum reached, in euro; absent when not eligible or when only the call's
    /// calculator can tell (and the organisers have not entered its result).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grant_eur: Option<i64>,
    pub grant_overridden: bool,
    pub grant_verified: bool,
    /// What the next band needs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_band: Option<NextBandDto>,
}

/// Whether the project meets its call's rules, with the numbers behind each answer.
#[utoipa::path(get, path = "/api/v1/projects/{project}/eligibility", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug")),
    responses(
        (status = 200, description = "The rules, passed or not, and the grant", body = EligibilityDto),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project, or it names no ruleset this instance has (`ruleset.none`)", body = ErrorBody)))]
pub async fn eligibility(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath(project): ApiPath<String>,
) -> Result<Json<EligibilityDto>, ApiError> {
    let b = managed_bundle(&state, &user, &project).await?;
    let (rs, _, e) = crate::eligibility::assess(&state.db, &state.config.rulesets, &b, state.config.clock.today())
        .await?
        .ok_or(ApiError(Problem::not_found("ruleset.none")))?;
    Ok(Json(EligibilityDto {
        ruleset: rs.id.to_string(),
        ruleset_version: rs.version.clone(),
        call_year: e.call_year,
        eligible: e.eligible,
        invited_participants: e.invited_participants,
        participants: e.participants,
        events: e
            .events
            .iter()
            .map(|ev| EventCountDto {
                event: ev.event.clone(),
                basis: match ev.basis {
                    twinning_domain::rules::Basis::Registrations => "registrations".into(),
                    twinning_domain::rules::Basis::Attendance => "attendance".into(),
                },
                participants: ev.participants,
                invited_participants: ev.invited_participants,
                days: ev.days,
            })
            .collect(),
        rules: e
            .rules
            .iter()
            .map(|r| RuleResultDto {
                id: r.id.clone(),
                passed: r.passed,
                required: r.required,
                actual: r.actual,
                detail: r.detail.clone(),
                overridden: r.overridden,
                verified: r.verified,
                source: rs.source(&r.source).map(|s| s.title.clone()).unwrap_or_else(|| r.source.clone()),
            })
            .collect(),
        grant_eur: e.grant.amount,
        grant_overridden: e.grant.overridden,
        grant_verified: e.grant.verified,
        next_band: e
            .grant
            .next
            .as_ref()
            .map(|n| NextBandDto { more_invited_participants: n.more_invited_participants, grant_eur: n.amount }),
    }))
}
