//! Who acts, and what they may do in one project: the roles of DESIGN.md §7 decided once per
//! request, so that every command asks the same question the same way.

use twinning_domain::{Role, Slug};
use twinning_store::Account;

use crate::{App, AppError};

/// A person's standing in one project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// The instance administrator: everything, everywhere.
    Admin,
    Organiser,
    /// Acts for this partner town only.
    Coordinator(Slug),
    Participant,
    None,
}

impl Standing {
    /// Organisers and the admin run the project: programme, people, roles, the audit log.
    pub fn manages(&self) -> bool {
        matches!(self, Standing::Admin | Standing::Organiser)
    }

    /// Anyone with a role may open the project's back office.
    pub fn member(&self) -> bool {
        !matches!(self, Standing::None)
    }

    /// Whether this person may see and change the people of `delegation` (a partner town's
    /// slug; `None` for people without a delegation, whom only organisers handle).
    pub fn handles_delegation(&self, delegation: Option<&Slug>) -> bool {
        match self {
            Standing::Admin | Standing::Organiser => true,
            Standing::Coordinator(town) => delegation == Some(town),
            _ => false,
        }
    }
}

/// An account acting in one project, with its standing there.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The account, for the audit log; `None` for the system itself (the CLI, the purge).
    pub account: Option<i64>,
    pub standing: Standing,
}

impl Actor {
    /// The instance itself (the CLI run by the server's owner): every right, no account.
    pub fn system() -> Self {
        Self { account: None, standing: Standing::Admin }
    }

    /// An account acting on the whole instance (the admin pages, starting a project): the
    /// admin's standing, or none.
    pub fn on_instance(account: &Account) -> Self {
        let standing = if account.is_admin { Standing::Admin } else { Standing::None };
        Self { account: Some(account.id), standing }
    }

    /// Refuses unless the actor administers the instance.
    pub fn must_administer(&self) -> Result<(), AppError> {
        if self.standing == Standing::Admin { Ok(()) } else { Err(AppError::Forbidden) }
    }

    /// Refuses unless the actor runs the project.
    pub fn must_manage(&self) -> Result<(), AppError> {
        if self.standing.manages() { Ok(()) } else { Err(AppError::Forbidden) }
    }
}

impl App {
    /// Decides once what `account` may do in `project`.
    pub async fn actor(&self, account: &Account, project: &str) -> Result<Actor, AppError> {
        let standing = if account.is_admin {
            Standing::Admin
        } else {
            match self.db.role_in(account.id, project).await? {
                Some((Role::Organiser, _)) => Standing::Organiser,
                Some((Role::Coordinator, Some(town))) => Standing::Coordinator(town),
                Some((Role::Participant, _)) => Standing::Participant,
                _ => Standing::None,
            }
        };
        Ok(Actor { account: Some(account.id), standing })
    }
}
