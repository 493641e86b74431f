//! `/api/v1/me` and the organiser's views of a project's people and audit log. These need
//! an API token (`Authorization: Bearer …`) or a session.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiPath;
use super::dto::{Texts, texts};
use crate::Shared;
use crate::access::forbidden;
use crate::auth::ApiUser;
use crate::error::{ApiError, ErrorBody, Problem};
use crate::extract::slug;

#[derive(Debug, Serialize, ToSchema)]
pub struct RoleDto {
    pub project: String,
    pub title: Texts,
    /// `organiser`, `coordinator` or `participant`.
    pub role: String,
    /// For coordinators: the partner town they act for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub town: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeDto {
    pub name: String,
    pub email: String,
    pub admin: bool,
    pub roles: Vec<RoleDto>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberDto {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub town: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditDto {
    pub at: chrono::DateTime<chrono::Utc>,
    /// The name of who did it; absent for the system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Stable action key, e.g. `role.set`, `invitation.create`.
    pub action: String,
    pub target: String,
}

/// The account the token or session belongs to, and its roles.
#[utoipa::path(get, path = "/api/v1/me", tag = "people", security(("bearer" = [])),
    responses(
        (status = 200, description = "Who you are", body = MeDto),
        (status = 401, description = "No valid token (`auth.required`)", body = ErrorBody)))]
pub async fn me(State(state): State<Shared>, ApiUser(user): ApiUser) -> Result<Json<MeDto>, ApiError> {
    let roles = state.db.memberships_of(user.account.id).await?;
    Ok(Json(MeDto {
        name: user.account.name,
        email: user.account.email,
        admin: user.account.is_admin,
        roles: roles
            .into_iter()
            .map(|m| RoleDto {
                project: m.project.to_string(),
                title: texts(&m.title),
                role: m.role.to_string(),
                town: m.town.map(|t| t.to_string()),
            })
            .collect(),
    }))
}

async fn managed(state: &Shared, user: &crate::auth::User, project: &str) -> Result<String, ApiError> {
    let s = slug(project, "project.not_found")?;
    if state.db.project_updated_at(s.as_str()).await?.is_none() {
        return Err(ApiError(Problem::not_found("project.not_found")));
    }
    if !crate::access::of(state, user, s.as_str()).await?.manages() {
        return Err(ApiError(forbidden()));
    }
    Ok(s.to_string())
}

/// Everyone with a role in the project (organisers only).
#[utoipa::path(get, path = "/api/v1/projects/{project}/members", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug")),
    responses(
        (status = 200, description = "The people with a role", body = Vec<MemberDto>),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project (`auth.forbidden`)", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody)))]
pub async fn members(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath(project): ApiPath<String>,
) -> Result<Json<Vec<MemberDto>>, ApiError> {
    let p = managed(&state, &user, &project).await?;
    let members = state.db.members(&p).await?;
    Ok(Json(
        members
            .into_iter()
            .map(|m| MemberDto {
                id: m.account_id,
                name: m.name,
                email: m.email,
                role: m.role.to_string(),
                town: m.town.map(|t| t.to_string()),
            })
            .collect(),
    ))
}

/// The project's audit log, newest first (organisers only).
#[utoipa::path(get, path = "/api/v1/projects/{project}/audit", tag = "people", security(("bearer" = [])),
    params(("project" = String, Path, description = "Project slug")),
    responses(
        (status = 200, description = "Who changed what", body = Vec<AuditDto>),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "Not an organiser of this project", body = ErrorBody),
        (status = 404, description = "No such project", body = ErrorBody)))]
pub async fn audit(
    State(state): State<Shared>,
    ApiUser(user): ApiUser,
    ApiPath(project): ApiPath<String>,
) -> Result<Json<Vec<AuditDto>>, ApiError> {
    let p = managed(&state, &user, &project).await?;
    let entries = state.db.audit_log(Some(&p), 1000).await?;
    Ok(Json(
        entries
            .into_iter()
            .map(|e| AuditDto { at: e.at, actor: e.actor, action: e.action, target: e.target })
            .collect(),
    ))
}
