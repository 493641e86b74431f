//! A meeting's photos for its publication page: added (prepared off the request threads, with
//! location and other metadata removed), described, ordered, removed. Changes of a photo's
//! texts are refused when made against an older version.

use twinning_domain::ValidationError;
use twinning_store::{NewPhoto, Photo, PhotoText};

use crate::{Actor, App, AppError};

fn invalid(field: &str, key: &'static str, message: &str) -> AppError {
    AppError::Invalid(ValidationError::new(field, key, message).into())
}

impl App {
    /// The photos of a meeting, in their order (they are public on the publication page).
    pub async fn photos(&self, project: &str, event: &str) -> Result<Vec<Photo>, AppError> {
        let b = self.db.project_bundle(project).await?.ok_or(AppError::NotFound("project.not_found"))?;
        if !b.project.events.iter().any(|e| e.slug.as_str() == event) {
            return Err(AppError::NotFound("event.not_found"));
        }
        Ok(self.db.photos(project, event).await?)
    }

    /// One photo of a meeting.
    pub async fn photo(&self, project: &str, event: &str, id: i64) -> Result<Photo, AppError> {
        self.photos(project, event).await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound("photo.not_found"))
    }

    /// Adds a photo at the end of the meeting's photos. `consent`: the uploader confirms the
    /// people shown agreed. The image is checked and stripped on a blocking thread.
    pub async fn add_photo(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
        bytes: Vec<u8>,
        texts: PhotoText,
        consent: bool,
    ) -> Result<Photo, AppError> {
        actor.must_manage()?;
        self.photos(project, event).await?;
        if bytes.is_empty() {
            return Err(invalid("file", "photo.empty", "choose a JPEG or PNG photo"));
        }
        if !consent {
            return Err(invalid("consent", "photo.consent_required", "the people shown must have agreed"));
        }
        texts.validate()?;
        let prepared = tokio::task::spawn_blocking(move || twinning_photos::prepare(&bytes))
            .await
            .map_err(|_| AppError::Internal("the photo worker stopped"))?
            .map_err(|e| AppError::Invalid(ValidationError::new("file", e.key, e.to_string()).into()))?;
        let photo = NewPhoto {
            file: prepared.file,
            content_type: prepared.content_type.to_owned(),
            width: i64::from(prepared.width),
            height: i64::from(prepared.height),
            bytes: prepared.bytes,
            texts,
        };
        let id = match self.db.add_photo(project, event, &photo, actor.account).await {
            Err(twinning_store::StoreError::Conflict(key)) => {
                return Err(invalid("file", key, "this photo is already there"));
            }
            other => other?,
        };
        self.photo(project, event, id).await
    }

    /// Replaces a photo's texts and, when given, moves it (only at version `if_match` when given).
    #[allow(clippy::too_many_arguments)] // the photo's address (3), what changes (2), who and from which version
    pub async fn update_photo(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
        id: i64,
        if_match: Option<i64>,
        texts: &PhotoText,
        position: Option<i64>,
    ) -> Result<Photo, AppError> {
        actor.must_manage()?;
        self.db.update_photo(project, event, id, texts, position, if_match, actor.account).await?;
        self.photo(project, event, id).await
    }

    /// Removes a photo (only at version `if_match` when given).
    pub async fn delete_photo(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
        id: i64,
        if_match: Option<i64>,
    ) -> Result<(), AppError> {
        actor.must_manage()?;
        Ok(self.db.delete_photo(project, event, id, if_match, actor.account).await?)
    }
}
