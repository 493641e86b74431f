//! Who has which role in a project — organisers, partner coordinators, participants — and
//! how organisers give one: an invitation by e-mail (the letter written by [`Letters`] and
//! queued with the invitation in one transaction), a changed role, a role taken away. A
//! project always keeps an organiser: the store refuses, inside the change's transaction, a
//! change that would leave it none (`role.last_organiser`), so that two organisers stepping
//! down at once cannot both succeed.
//!
//! [`Letters`]: crate::letters::Letters

use twinning_domain::{EmailAddress, Role, Slug, ValidationError};
use twinning_store::Member;

use crate::letters::RoleInvitation;
use crate::secrets::{hash_secret, new_secret};
use crate::{Actor, App, AppError};

/// How long an invitation link can be used.
pub const INVITATION_DAYS: i64 = 14;

/// An invitation as an organiser fills it in.
pub struct Invite<'a> {
    pub email: &'a EmailAddress,
    pub role: Role,
    /// The partner town, for a coordinator.
    pub town: Option<&'a Slug>,
    /// The inviter's interface language, for the letter.
    pub lang: &'a str,
}

/// A coordinator acts for a town; nobody else names one.
fn check_town(role: Role, town: Option<&Slug>) -> Result<(), AppError> {
    if role.needs_town() == town.is_some() {
        Ok(())
    } else {
        Err(AppError::Invalid(
            ValidationError::new("town", "role.town_required", "a coordinator acts for one partner town").into(),
        ))
    }
}

impl App {
    /// The people with a role in the project.
    pub async fn members(&self, actor: &Actor, project: &str) -> Result<Vec<Member>, AppError> {
        actor.must_manage()?;
        Ok(self.db.members(project).await?)
    }

    /// Invites someone to a role: the invitation, its letter in the outbox and the audit row,
    /// in one transaction. The link's secret is only in the letter.
    pub async fn invite(
        &self,
        actor: &Actor,
        inviter: &str,
        project: &str,
        invite: &Invite<'_>,
    ) -> Result<(), AppError> {
        actor.must_manage()?;
        let by = actor.account.ok_or(AppError::Forbidden)?;
        check_town(invite.role, invite.town)?;
        let bundle = self.db.project_bundle(project).await?.ok_or(AppError::NotFound("project.not_found"))?;
        let token = new_secret("i_");
        let expires = self.clock.now() + chrono::Duration::days(INVITATION_DAYS);
        let letter = RoleInvitation {
            bundle: &bundle,
            email: invite.email,
            inviter,
            role: invite.role,
            town: invite.town,
            lang: invite.lang,
            token: &token,
            expires,
        };
        // Without its letter nobody could ever use the invitation.
        let mail = self.letters.invitation(&letter).ok_or(AppError::Internal("no letter for an invitation"))?;
        let hash = hash_secret(&token);
        let (email, role, town) = (invite.email, invite.role, invite.town);
        self.db.invite(project, email, role, town, by, &hash, expires.timestamp(), &mail).await?;
        Ok(())
    }

    /// Gives a member another role.
    pub async fn set_role(
        &self,
        actor: &Actor,
        project: &str,
        account: i64,
        role: Role,
        town: Option<&Slug>,
    ) -> Result<(), AppError> {
        actor.must_manage()?;
        check_town(role, town)?;
        if !self.db.members(project).await?.iter().any(|m| m.account_id == account) {
            return Err(AppError::NotFound("member.not_found"));
        }
        Ok(self.db.set_role(project, account, role, town, actor.account).await?)
    }

    /// Takes a member's role away.
    pub async fn remove_role(&self, actor: &Actor, project: &str, account: i64) -> Result<(), AppError> {
        actor.must_manage()?;
        if self.db.remove_role(project, account, actor.account).await? {
            Ok(())
        } else {
            Err(AppError::NotFound("member.not_found"))
        }
    }
}
