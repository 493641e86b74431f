//! A project's news posts (issue 7): drafts until published, written with an audit entry in
//! the same transaction.

use chrono::{DateTime, Utc};
use twinning_domain::{Slug, TEXT_MAX, TITLE_MAX, Translated, ValidationError, ValidationErrors};

use crate::rows::{instant, json, slug, to_json};
use crate::{Db, StoreError, now, on_pool};

/// The longest news text accepted, in characters (a press release is one to two pages).
pub const NEWS_BODY_MAX: usize = TEXT_MAX;

/// A news post as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsPost {
    pub slug: Slug,
    /// The meeting the post reports on, when it was drafted from one.
    pub event: Option<Slug>,
    pub title: Translated,
    pub body: Translated,
    pub published_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Bumped by every change (the API's `ETag`).
    pub version: i64,
}

/// What an organiser writes: the texts per language. At least one title and one body are
/// needed; every language with a body needs a title.
#[derive(Debug, Clone, Default)]
pub struct NewsText {
    pub title: Translated,
    pub body: Translated,
}

impl NewsText {
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errs = ValidationErrors::default();
        if let Err(e) = self.title.validate(true, TITLE_MAX) {
            errs.push(e.at("title"));
        }
        if let Err(e) = self.body.validate(true, NEWS_BODY_MAX) {
            errs.push(e.at("body"));
        }
        for lang in self.body.0.keys() {
            if self.title.0.get(lang).is_none_or(|t| t.trim().is_empty()) {
                errs.push(ValidationError::new(
                    format!("title.{lang}"),
                    "news.title_missing",
                    "this language has a text but no title",
                ));
            }
        }
        errs.into_result(())
    }
}

#[derive(sqlx::FromRow)]
struct NewsRow {
    slug: String,
    event: Option<String>,
    title: String,
    body: String,
    published_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
    version: i64,
}

impl NewsRow {
    fn into_post(self) -> Result<NewsPost, StoreError> {
        Ok(NewsPost {
            slug: slug(&self.slug)?,
            event: self.event.as_deref().map(slug).transpose()?,
            title: json(&self.title, "news title")?,
            body: json(&self.body, "news body")?,
            published_at: self.published_at.map(instant).transpose()?,
            created_at: instant(self.created_at)?,
            updated_at: instant(self.updated_at)?,
            version: self.version,
        })
    }
}

const NEWS_COLUMNS: &str = "n.slug, n.event, n.title, n.body, n.published_at, n.created_at, n.updated_at, n.version";

impl Db {
    /// A project's news posts, newest first; drafts too when `drafts` is set.
    pub async fn news(&self, project: &str, drafts: bool) -> Result<Vec<NewsPost>, StoreError> {
        let sql = format!(
            "SELECT {NEWS_COLUMNS} FROM news_posts n JOIN projects p ON p.id = n.project_id \
             WHERE p.slug = $1 AND ($2 OR n.published_at IS NOT NULL) \
             ORDER BY COALESCE(n.published_at, n.created_at) DESC, n.id DESC"
        );
        let rows: Vec<NewsRow> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(project).bind(drafts).fetch_all(pool).await?);
        rows.into_iter().map(NewsRow::into_post).collect()
    }

    /// One news post, draft or published.
    pub async fn news_post(&self, project: &str, post: &str) -> Result<Option<NewsPost>, StoreError> {
        let sql = format!(
            "SELECT {NEWS_COLUMNS} FROM news_posts n JOIN projects p ON p.id = n.project_id WHERE p.slug = $1 AND n.slug = $2"
        );
        let row: Option<NewsRow> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(project).bind(post).fetch_optional(pool).await?);
        row.map(NewsRow::into_post).transpose()
    }

    /// Adds a draft. A slug in use is `news.slug_taken`.
    pub async fn create_news(
        &self,
        project: &str,
        post: &Slug,
        event: Option<&Slug>,
        text: &NewsText,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        text.validate()?;
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1")
                .bind(project).fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            let inserted = sqlx::query(
                "INSERT INTO news_posts (project_id, slug, event, title, body, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (project_id, slug) DO NOTHING",
            )
            .bind(id).bind(post.as_str()).bind(event.map(Slug::as_str)).bind(to_json(&text.title)).bind(to_json(&text.body)).bind(t)
            .execute(&mut *tx).await?;
            if inserted.rows_affected() == 0 {
                return Err(StoreError::Conflict("news.slug_taken"));
            }
            crate::audit::row(&mut *tx, t, actor, Some(id), "news.create", post.as_str()).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Replaces a post's texts, only while it is at version `expected` when one is given.
    pub async fn update_news(
        &self,
        project: &str,
        post: &str,
        text: &NewsText,
        expected: Option<i64>,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        text.validate()?;
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let current: Option<(i64, i64)> = sqlx::query_as(
                "SELECT n.project_id, n.version FROM news_posts n JOIN projects p ON p.id = n.project_id WHERE p.slug = $1 AND n.slug = $2",
            ).bind(project).bind(post).fetch_optional(&mut *tx).await?;
            let (id, version) = current.ok_or(StoreError::NotFound("news.not_found"))?;
            if expected.is_some_and(|v| v != version) {
                return Err(StoreError::Stale { key: "news.changed_meanwhile", current: Some(version) });
            }
            sqlx::query(
                "UPDATE news_posts SET title = $1, body = $2, updated_at = $3, version = version + 1 WHERE slug = $4 AND project_id = $5",
            )
            .bind(to_json(&text.title)).bind(to_json(&text.body)).bind(t).bind(post).bind(id)
            .execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, Some(id), "news.update", post).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Publishes a draft (keeping the first publication's time when republished) or takes a
    /// post back to draft.
    pub async fn set_news_published(
        &self,
        project: &str,
        post: &str,
        published: bool,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        let (sql, action) = if published {
            (
                "UPDATE news_posts SET published_at = COALESCE(published_at, $1), updated_at = $1, version = version + 1 \
              WHERE slug = $2 AND project_id = (SELECT id FROM projects WHERE slug = $3) RETURNING project_id",
                "news.publish",
            )
        } else {
            (
                "UPDATE news_posts SET published_at = NULL, updated_at = $1, version = version + 1 \
              WHERE slug = $2 AND project_id = (SELECT id FROM projects WHERE slug = $3) RETURNING project_id",
                "news.unpublish",
            )
        };
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar(sql).bind(t).bind(post).bind(project)
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("news.not_found"))?;
            crate::audit::row(&mut *tx, t, actor, Some(id), action, post).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Removes a post (only at version `expected` when one is given).
    pub async fn delete_news(
        &self,
        project: &str,
        post: &str,
        expected: Option<i64>,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let current: Option<(i64, i64)> = sqlx::query_as(
                "SELECT n.project_id, n.version FROM news_posts n JOIN projects p ON p.id = n.project_id WHERE p.slug = $1 AND n.slug = $2",
            ).bind(project).bind(post).fetch_optional(&mut *tx).await?;
            let (id, version) = current.ok_or(StoreError::NotFound("news.not_found"))?;
            if expected.is_some_and(|v| v != version) {
                return Err(StoreError::Stale { key: "news.changed_meanwhile", current: Some(version) });
            }
            sqlx::query("DELETE FROM news_posts WHERE slug = $1 AND project_id = $2").bind(post).bind(id).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, Some(id), "news.delete", post).await?;
            tx.commit().await?;
        });
        Ok(())
    }
}
