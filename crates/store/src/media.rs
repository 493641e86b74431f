//! News posts and photos of a project (issue 7). News posts are drafts until published;
//! photos belong to one meeting and appear on its publication page. Both are written with
//! an audit entry in the same transaction.

use chrono::{DateTime, Utc};
use twinning_domain::{Slug, TEXT_MAX, TITLE_MAX, Translated, ValidationError, ValidationErrors};

use crate::rows::{instant, json, slug, to_json};
use crate::{Db, StoreError, on_pool};

const AUDIT: &str = "INSERT INTO audit_log (at, account_id, project_id, action, target) VALUES ($1, $2, $3, $4, $5)";

/// The longest news text accepted, in characters (a press release is one to two pages).
pub const NEWS_BODY_MAX: usize = TEXT_MAX;

fn now() -> i64 {
    Utc::now().timestamp()
}

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
        })
    }
}

const NEWS_COLUMNS: &str = "n.slug, n.event, n.title, n.body, n.published_at, n.created_at, n.updated_at";

/// A photo's description, without its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    pub id: i64,
    pub event: Slug,
    pub file: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub size: i64,
    /// What the photo shows, for people who cannot see it; required in the default language.
    pub alt: Translated,
    pub caption: Translated,
    /// Who took it.
    pub credit: String,
    pub position: i64,
}

/// A photo to add: prepared bytes (see the `twinning-photos` crate) and its texts.
#[derive(Debug, Clone)]
pub struct NewPhoto {
    pub file: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub bytes: Vec<u8>,
    pub texts: PhotoText,
}

#[derive(Debug, Clone, Default)]
pub struct PhotoText {
    pub alt: Translated,
    pub caption: Translated,
    pub credit: String,
}

impl PhotoText {
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errs = ValidationErrors::default();
        if let Err(e) = self.alt.validate(true, TITLE_MAX) {
            errs.push(e.at("alt"));
        }
        if let Err(e) = self.caption.validate(false, 1000) {
            errs.push(e.at("caption"));
        }
        if self.credit.chars().count() > 200 {
            errs.push(ValidationError::new("credit", "text.too_long", "at most 200 characters"));
        } else if let Err(e) = twinning_domain::check_text(&self.credit) {
            errs.push(e.at("credit"));
        }
        errs.into_result(())
    }
}

#[derive(sqlx::FromRow)]
struct PhotoRow {
    id: i64,
    event: String,
    file: String,
    content_type: String,
    width: i64,
    height: i64,
    size: i64,
    alt: String,
    caption: String,
    credit: String,
    position: i64,
}

impl PhotoRow {
    fn into_photo(self) -> Result<Photo, StoreError> {
        Ok(Photo {
            id: self.id,
            event: slug(&self.event)?,
            file: self.file,
            content_type: self.content_type,
            width: self.width,
            height: self.height,
            size: self.size,
            alt: json(&self.alt, "photo alt")?,
            caption: json(&self.caption, "photo caption")?,
            credit: self.credit,
            position: self.position,
        })
    }
}

const PHOTO_COLUMNS: &str = "x.id, x.event, x.file, x.content_type, x.width, x.height, \
    CAST(LENGTH(x.bytes) AS BIGINT) AS size, x.alt, x.caption, x.credit, x.position";

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
            sqlx::query(AUDIT).bind(t).bind(actor).bind(id).bind("news.create").bind(post.as_str()).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Replaces a post's texts.
    pub async fn update_news(
        &self,
        project: &str,
        post: &str,
        text: &NewsText,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        text.validate()?;
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar(
                "UPDATE news_posts SET title = $1, body = $2, updated_at = $3 \
                 WHERE slug = $4 AND project_id = (SELECT id FROM projects WHERE slug = $5) RETURNING project_id",
            )
            .bind(to_json(&text.title)).bind(to_json(&text.body)).bind(t).bind(post).bind(project)
            .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("news.not_found"))?;
            sqlx::query(AUDIT).bind(t).bind(actor).bind(id).bind("news.update").bind(post).execute(&mut *tx).await?;
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
                "UPDATE news_posts SET published_at = COALESCE(published_at, $1), updated_at = $1 \
              WHERE slug = $2 AND project_id = (SELECT id FROM projects WHERE slug = $3) RETURNING project_id",
                "news.publish",
            )
        } else {
            (
                "UPDATE news_posts SET published_at = NULL, updated_at = $1 \
              WHERE slug = $2 AND project_id = (SELECT id FROM projects WHERE slug = $3) RETURNING project_id",
                "news.unpublish",
            )
        };
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar(sql).bind(t).bind(post).bind(project)
                .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("news.not_found"))?;
            sqlx::query(AUDIT).bind(t).bind(actor).bind(id).bind(action).bind(post).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn delete_news(&self, project: &str, post: &str, actor: Option<i64>) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let id: i64 = sqlx::query_scalar(
                "DELETE FROM news_posts WHERE slug = $1 AND project_id = (SELECT id FROM projects WHERE slug = $2) RETURNING project_id",
            )
            .bind(post).bind(project).fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("news.not_found"))?;
            sqlx::query(AUDIT).bind(t).bind(actor).bind(id).bind("news.delete").bind(post).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The photos of a meeting, in their order.
    pub async fn photos(&self, project: &str, event: &str) -> Result<Vec<Photo>, StoreError> {
        let sql = format!(
            "SELECT {PHOTO_COLUMNS} FROM photos x JOIN projects p ON p.id = x.project_id \
             WHERE p.slug = $1 AND x.event = $2 ORDER BY x.position, x.id"
        );
        let rows: Vec<PhotoRow> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(project).bind(event).fetch_all(pool).await?);
        rows.into_iter().map(PhotoRow::into_photo).collect()
    }

    /// Every photo of a project (for the report's annexes), by meeting and order.
    pub async fn project_photos(&self, project: &str) -> Result<Vec<Photo>, StoreError> {
        let sql = format!(
            "SELECT {PHOTO_COLUMNS} FROM photos x JOIN projects p ON p.id = x.project_id \
             WHERE p.slug = $1 ORDER BY x.event, x.position, x.id"
        );
        let rows: Vec<PhotoRow> = on_pool!(self, pool => sqlx::query_as(&sql).bind(project).fetch_all(pool).await?);
        rows.into_iter().map(PhotoRow::into_photo).collect()
    }

    /// A photo's type and bytes, by its public file name.
    pub async fn photo_file(
        &self,
        project: &str,
        event: &str,
        file: &str,
    ) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        let row: Option<(String, Vec<u8>)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT x.content_type, x.bytes FROM photos x JOIN projects p ON p.id = x.project_id \
             WHERE p.slug = $1 AND x.event = $2 AND x.file = $3",
        ).bind(project).bind(event).bind(file).fetch_optional(pool).await?);
        Ok(row)
    }

    /// Adds a photo at the end of the meeting's photos. The same photo twice is
    /// `photo.duplicate`.
    pub async fn add_photo(
        &self,
        project: &str,
        event: &str,
        photo: &NewPhoto,
        actor: Option<i64>,
    ) -> Result<i64, StoreError> {
        photo.texts.validate()?;
        let t = now();
        let id = on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let project_id: i64 = sqlx::query_scalar("SELECT id FROM projects WHERE slug = $1")
                .bind(project).fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("project.not_found"))?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO photos (project_id, event, file, content_type, width, height, bytes, alt, caption, credit, position, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, \
                   (SELECT COALESCE(MAX(position), 0) + 1 FROM photos WHERE project_id = $1 AND event = $2), $11) \
                 ON CONFLICT (project_id, event, file) DO NOTHING RETURNING id",
            )
            .bind(project_id).bind(event).bind(&photo.file).bind(&photo.content_type).bind(photo.width).bind(photo.height)
            .bind(&photo.bytes).bind(to_json(&photo.texts.alt)).bind(to_json(&photo.texts.caption)).bind(photo.texts.credit.trim())
            .bind(t)
            .fetch_optional(&mut *tx).await?;
            let Some(id) = id else { return Err(StoreError::Conflict("photo.duplicate")) };
            sqlx::query(AUDIT).bind(t).bind(actor).bind(project_id).bind("photo.add").bind(format!("{event}/{}", photo.file)).execute(&mut *tx).await?;
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// Replaces a photo's texts and, when given, moves it to `position`.
    pub async fn update_photo(
        &self,
        project: &str,
        event: &str,
        id: i64,
        texts: &PhotoText,
        position: Option<i64>,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        texts.validate()?;
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let (project_id, file): (i64, String) = sqlx::query_as(
                "UPDATE photos SET alt = $1, caption = $2, credit = $3, position = COALESCE($4, position) \
                 WHERE id = $5 AND event = $6 AND project_id = (SELECT id FROM projects WHERE slug = $7) RETURNING project_id, file",
            )
            .bind(to_json(&texts.alt)).bind(to_json(&texts.caption)).bind(texts.credit.trim()).bind(position)
            .bind(id).bind(event).bind(project)
            .fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("photo.not_found"))?;
            sqlx::query(AUDIT).bind(t).bind(actor).bind(project_id).bind("photo.update").bind(format!("{event}/{file}")).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn delete_photo(
        &self,
        project: &str,
        event: &str,
        id: i64,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let (project_id, file): (i64, String) = sqlx::query_as(
                "DELETE FROM photos WHERE id = $1 AND event = $2 AND project_id = (SELECT id FROM projects WHERE slug = $3) \
                 RETURNING project_id, file",
            )
            .bind(id).bind(event).bind(project).fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound("photo.not_found"))?;
            sqlx::query(AUDIT).bind(t).bind(actor).bind(project_id).bind("photo.delete").bind(format!("{event}/{file}")).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }
}
