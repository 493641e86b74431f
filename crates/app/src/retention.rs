//! Nothing personal lingers: erasing a person (on their own request or an organiser's), the
//! retention purge, and pruning old mail. The database rows go in one transaction; the
//! `.eml` files the mail sender wrote for them go after it commits, so a crash in between
//! leaves at worst a file that no row names, which the pruning of mail of its age removes.

use std::path::Path;

use twinning_store::Erased;

use crate::{Actor, App, AppError, secrets};

/// How long sent mail (and mail the sender gave up on) is kept, unless configured otherwise.
pub const KEEP_SENT_MAIL_DAYS: u32 = 30;

/// Hashes no link can have, to replace a person's link hashes.
fn unusable() -> (String, String) {
    let h = |p| secrets::hash_secret(&secrets::new_secret(p));
    (h("m_"), h("f_"))
}

impl App {
    /// Erases the person with `id` (the person themselves through their link, or an organiser
    /// or their delegation's coordinator, already allowed by the caller): their registrations
    /// are cancelled, the mail written for them goes, and their personal fields are blanked — except what the funder may audit
    /// (name and town, when they attended) until the project's retention date.
    pub async fn erase_participant(&self, id: i64, actor: Option<&Actor>) -> Result<Erased, AppError> {
        // Their places go to the first people waiting, each told, before they are erased.
        let who = self.db.participant(id).await?.ok_or(AppError::NotFound("person.not_found"))?;
        for item in self.db.held_items(id).await? {
            self.cancel_registration(&who, &item).await?;
        }
        let done = self.db.erase_participant(id, unusable(), self.clock.today(), actor.and_then(|a| a.account)).await?;
        self.remove_mail_files(&done.mail).await;
        Ok(done)
    }

    /// Anonymises the people of every project whose retention date lies before `today`, with
    /// the mail written for them; answers how many people. Their links stop working.
    pub async fn purge(&self, today: chrono::NaiveDate) -> Result<u64, AppError> {
        let mut hashes = unusable;
        let done = self.db.purge(today, &mut hashes).await?;
        self.remove_mail_files(&done.mail).await;
        Ok(done.people)
    }

    /// Deletes mail sent, or given up on, more than `keep_days` days ago by the app's clock,
    /// with its files; answers how many messages.
    pub async fn prune_mail(&self, keep_days: u32) -> Result<usize, AppError> {
        let before = self.clock.now() - chrono::Duration::days(i64::from(keep_days));
        let ids = self.db.prune_mail(before.timestamp()).await?;
        self.remove_mail_files(&ids).await;
        self.sweep_mail_files(before.into()).await;
        Ok(ids.len())
    }

    /// Removes `.eml` files written before `before` whatever their row: a crash between an
    /// erasure's commit and its file removal leaves a file no row names, kept no longer than
    /// sent mail.
    async fn sweep_mail_files(&self, before: std::time::SystemTime) {
        let Some(dir) = &self.mail_dir else { return };
        let Ok(mut entries) = tokio::fs::read_dir(dir).await else { return };
        while let Ok(Some(entry)) = entries.next_entry().await {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "eml") {
                continue;
            }
            let old = entry.metadata().await.and_then(|m| m.modified()).is_ok_and(|t| t < before);
            if old && let Err(e) = tokio::fs::remove_file(&path).await {
                tracing::warn!(error = %e.kind(), "could not remove an old mail file");
            }
        }
    }

    /// Removes the `.eml` files of these outbox messages from the mail directory, if mail
    /// goes to files. A file already gone is fine; any other failure is logged by id only.
    pub async fn remove_mail_files(&self, ids: &[i64]) {
        let Some(dir) = &self.mail_dir else { return };
        for id in ids {
            remove(dir, *id).await;
        }
    }
}

async fn remove(dir: &Path, id: i64) {
    match tokio::fs::remove_file(dir.join(twinning_store::mail_file_name(id))).await {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => tracing::warn!(message = id, error = %e.kind(), "could not remove a mail file"),
    }
}

/// The longest privacy notice, per language.
pub const PRIVACY_NOTICE_MAX: usize = 4000;

impl App {
    /// A person's own answer about appearing in photos, from their personal page.
    pub async fn set_own_photo_consent(
        &self,
        who: &twinning_store::Participant,
        consent: twinning_domain::people::PhotoConsent,
    ) -> Result<(), AppError> {
        if self.db.set_photo_consent(who.id, consent, None).await? {
            Ok(())
        } else {
            Err(AppError::NotFound("person.not_found"))
        }
    }

    /// The project's own privacy notice per language; where it has none, pages show the
    /// default notice written from the retention date and the funder.
    pub async fn privacy_notice(&self, project: &str) -> Result<twinning_domain::Translated, AppError> {
        Ok(self.db.privacy_notice(project).await?)
    }

    /// Replaces the project's privacy notice (organisers). Each language's text is checked
    /// like any long text; an empty one falls back to the default notice.
    pub async fn set_privacy_notice(
        &self,
        actor: &Actor,
        project: &str,
        notice: twinning_domain::Translated,
    ) -> Result<(), AppError> {
        actor.must_manage()?;
        let mut errs = twinning_domain::ValidationErrors::default();
        let mut kept = twinning_domain::Translated::new();
        for (lang, text) in notice.0 {
            let text = text.trim().replace("\r\n", "\n");
            let field = format!("privacy_notice_{lang}");
            if text.chars().count() > PRIVACY_NOTICE_MAX {
                errs.push(twinning_domain::ValidationError::new(
                    field,
                    "text.too_long",
                    format!("at most {PRIVACY_NOTICE_MAX} characters"),
                ));
            } else if let Err(e) = twinning_domain::check_text(&text) {
                errs.push(e.at(&field));
            } else if !text.is_empty() {
                kept.0.insert(lang, text);
            }
        }
        let kept = errs.into_result(kept)?;
        Ok(self.db.set_privacy_notice(project, &kept, actor.account).await?)
    }
}
