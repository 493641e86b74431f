//! Accounts and API tokens as the command line and the admin create them: one rule for a
//! name, an address and a password, whichever adapter asks.

use twinning_domain::{EmailAddress, Role, Slug, ValidationError, ValidationErrors};
use twinning_store::Account;

use crate::{App, AppError, secrets};

/// What a new account may do on the instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Powers {
    /// The instance administrator.
    pub admin: bool,
    /// May start projects (and become their first organiser).
    pub starter: bool,
}

impl App {
    /// Creates an account; the password is checked against the rules and hashed off the async
    /// threads. An address in use is `account.email_taken`.
    pub async fn create_account(
        &self,
        email: &EmailAddress,
        name: &str,
        password: String,
        powers: Powers,
    ) -> Result<i64, AppError> {
        let name =
            twinning_domain::account::check_display_name(name).map_err(|e| AppError::Invalid(e.at("name").into()))?;
        crate::passwords::check(&password, &[email.as_str(), &name]).map_err(|e| AppError::Invalid(e.into()))?;
        let hash = secrets::hash_password(password).await?;
        match self.db.create_account_with(email, &name, &hash, powers.admin, powers.starter).await {
            Err(twinning_store::StoreError::Conflict(_)) => Err(AppError::Conflict("account.email_taken")),
            other => Ok(other?),
        }
    }

    /// A new API token for the account with this address, named for its purpose, working for
    /// `days` days; the secret is answered once and only its hash is kept.
    pub async fn create_token(&self, email: &EmailAddress, purpose: &str, days: i64) -> Result<String, AppError> {
        let purpose = twinning_domain::account::check_display_name(purpose)
            .map_err(|e| AppError::Invalid(e.at("name").into()))?;
        let account = self.db.account_by_email(email).await?.ok_or(AppError::NotFound("account.not_found"))?;
        let (secret, _) =
            self.create_api_token(&account, &purpose, days, &Default::default()).await.map_err(|e| match e {
                AppError::Invalid(mut v) => {
                    v.0.iter_mut().for_each(|e| e.field = "name".into());
                    AppError::Invalid(v)
                }
                other => other,
            })?;
        Ok(secret)
    }

    /// The instance admin makes the account with this address an organiser of `project`:
    /// how a project gets its first organiser. Unknown address and project are both named.
    pub async fn grant_organiser(&self, admin: &Account, email: &str, project: &str) -> Result<(), AppError> {
        if !admin.is_admin {
            return Err(AppError::Forbidden);
        }
        let mut errors = ValidationErrors::default();
        let account = match EmailAddress::parse(email) {
            Ok(e) => self.db.account_by_email(&e).await?,
            Err(_) => None,
        };
        if account.is_none() {
            errors.push(ValidationError::new("grant-email", "account.unknown", "the address of an existing account"));
        }
        let slug = Slug::parse(project).ok();
        let known = match &slug {
            Some(p) => self.db.project_updated_at(p.as_str()).await?.is_some(),
            None => false,
        };
        if !known {
            errors.push(ValidationError::new("grant-project", "project.unknown", "a project of this instance"));
        }
        let (Some(account), Some(slug), true) = (account, slug, errors.is_empty()) else {
            return Err(AppError::Invalid(errors));
        };
        Ok(self.db.set_role(slug.as_str(), account.id, Role::Organiser, None, Some(admin.id)).await?)
    }

    /// The instance admin lets an account start projects, or stops it.
    pub async fn set_starter(&self, admin: &Account, account: i64, allow: bool) -> Result<(), AppError> {
        if !admin.is_admin {
            return Err(AppError::Forbidden);
        }
        if self.db.account(account).await?.is_none() {
            return Err(AppError::NotFound("account.not_found"));
        }
        Ok(self.db.set_may_start_projects(account, allow, Some(admin.id)).await?)
    }
}
