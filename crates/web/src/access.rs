//! What a signed-in person may do in a project: the roles of DESIGN.md §7 turned into one
//! answer per request, so handlers ask "may this person manage people here?" in one place.

use crate::AppState;
use crate::auth::User;
use crate::error::Problem;

/// A person's standing in one project: the app layer's, decided there once.
pub use twinning_app::Standing as Access;

/// What `user` may do in `project`.
pub async fn of(state: &AppState, user: &User, project: &str) -> Result<Access, Problem> {
    Ok(state.app.actor(&user.account, project).await?.standing)
}

/// The answer to someone without the right: 403 `auth.forbidden`.
pub fn forbidden() -> Problem {
    Problem::forbidden()
}
