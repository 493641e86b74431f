//! Accounts and API tokens as the command line and the admin create them: one rule for a
//! name, an address and a password, whichever adapter asks.

use twinning_domain::EmailAddress;

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
        twinning_domain::account::check_password(&password).map_err(|e| AppError::Invalid(e.at("password").into()))?;
        let hash = secrets::hash_password(password).await?;
        match self.db.create_account_with(email, &name, &hash, powers.admin, powers.starter).await {
            Err(twinning_store::StoreError::Conflict(_)) => Err(AppError::Conflict("account.email_taken")),
            other => Ok(other?),
        }
    }

    /// A new API token for the account with this address, named for its purpose; the secret
    /// is answered once and only its hash is kept.
    pub async fn create_token(&self, email: &EmailAddress, purpose: &str) -> Result<String, AppError> {
        let purpose = twinning_domain::account::check_display_name(purpose)
            .map_err(|e| AppError::Invalid(e.at("name").into()))?;
        let account = self.db.account_by_email(email).await?.ok_or(AppError::NotFound("account.not_found"))?;
        let secret = secrets::new_secret("tw_");
        self.db.create_token(account.id, &purpose, &secrets::hash_secret(&secret)).await?;
        Ok(secret)
    }
}
