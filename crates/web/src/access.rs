//! What a signed-in person may do in a project: the roles of DESIGN.md §7 turned into one
//! answer per request, so handlers ask "may this person manage people here?" in one place.

use axum::http::StatusCode;
use twinning_domain::{Role, Slug};

use crate::AppState;
use crate::auth::User;
use crate::error::Problem;

/// A person's standing in one project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    /// The instance administrator: everything, everywhere.
    Admin,
    Organiser,
    /// Acts for this partner town only.
    Coordinator(Slug),
    Participant,
    None,
}

impl Access {
    pub async fn of(state: &AppState, user: &User, project: &str) -> Result<Self, Problem> {
        if user.account.is_admin {
            return Ok(Access::Admin);
        }
        Ok(match state.db.role_in(user.account.id, project).await? {
            Some((Role::Organiser, _)) => Access::Organiser,
            Some((Role::Coordinator, Some(town))) => Access::Coordinator(town),
            Some((Role::Participant, _)) => Access::Participant,
            _ => Access::None,
        })
    }

    /// Organisers and the admin run the project: people, roles, the audit log.
    pub fn manages(&self) -> bool {
        matches!(self, Access::Admin | Access::Organiser)
    }

    /// Anyone with a role may open the project's back office.
    pub fn member(&self) -> bool {
        !matches!(self, Access::None)
    }
}

pub fn forbidden() -> Problem {
    Problem {
        status: StatusCode::FORBIDDEN,
        key: "auth.forbidden",
        field: None,
        detail: "your account has no right to this; ask the project's organiser".into(),
    }
}
