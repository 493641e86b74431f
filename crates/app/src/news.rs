//! A project's news posts: drafts written by organisers, published or taken back, changed
//! only while at the version their writer read when they say which.

use twinning_domain::{Slug, ValidationError};
use twinning_store::{NewsPost, NewsText};

use crate::{Actor, App, AppError};

impl App {
    /// One post, draft or published, for an organiser.
    pub async fn news_post(&self, actor: &Actor, project: &str, post: &str) -> Result<NewsPost, AppError> {
        actor.must_manage()?;
        self.db.news_post(project, post).await?.ok_or(AppError::NotFound("news.not_found"))
    }

    /// Adds a draft; `event` names the meeting it reports on, if any.
    pub async fn create_news(
        &self,
        actor: &Actor,
        project: &str,
        post: &Slug,
        event: Option<&Slug>,
        text: &NewsText,
    ) -> Result<NewsPost, AppError> {
        actor.must_manage()?;
        if let Some(e) = event {
            let b = self.db.project_bundle(project).await?.ok_or(AppError::NotFound("project.not_found"))?;
            if !b.project.events.iter().any(|x| &x.slug == e) {
                return Err(AppError::Invalid(
                    ValidationError::new("event", "event.not_found", "no such meeting in this project").into(),
                ));
            }
        }
        match self.db.create_news(project, post, event, text, actor.account).await {
            Err(twinning_store::StoreError::Conflict("news.slug_taken")) => Err(AppError::Invalid(
                ValidationError::new("slug", "news.slug_taken", "another post of this project has this address").into(),
            )),
            other => other.map_err(AppError::from),
        }?;
        self.news_post(actor, project, post.as_str()).await
    }

    /// Replaces a post's texts (only at version `if_match` when given).
    pub async fn update_news(
        &self,
        actor: &Actor,
        project: &str,
        post: &str,
        if_match: Option<i64>,
        text: &NewsText,
    ) -> Result<NewsPost, AppError> {
        actor.must_manage()?;
        self.db.update_news(project, post, text, if_match, actor.account).await?;
        self.news_post(actor, project, post).await
    }

    /// Publishes a post, or takes it back to draft.
    pub async fn publish_news(
        &self,
        actor: &Actor,
        project: &str,
        post: &str,
        published: bool,
    ) -> Result<NewsPost, AppError> {
        actor.must_manage()?;
        self.db.set_news_published(project, post, published, actor.account).await?;
        self.news_post(actor, project, post).await
    }

    /// Removes a post (only at version `if_match` when given).
    pub async fn delete_news(
        &self,
        actor: &Actor,
        project: &str,
        post: &str,
        if_match: Option<i64>,
    ) -> Result<(), AppError> {
        actor.must_manage()?;
        Ok(self.db.delete_news(project, post, if_match, actor.account).await?)
    }
}
