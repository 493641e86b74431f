//! The e-mail outbox as its administrator handles it: a message that failed can be sent at the
//! worker's next round instead of after its backoff.

use crate::{Actor, App, AppError};

impl App {
    /// Sends unsent message `id` at the worker's next round.
    pub async fn retry_mail(&self, actor: &Actor, id: i64) -> Result<(), AppError> {
        actor.must_administer()?;
        if self.db.retry_mail_now(id).await? { Ok(()) } else { Err(AppError::NotFound("mail.not_found")) }
    }
}
