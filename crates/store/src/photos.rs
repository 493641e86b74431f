//! Photos of a meeting (issue 7), shown on its publication page; each change is written with
//! an audit entry in the same transaction.

use twinning_domain::{Slug, TITLE_MAX, Translated, ValidationError, ValidationErrors};

use crate::rows::{json, slug, to_json};
use crate::{Db, StoreError, now, on_pool};

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
    /// Bumped by every change (the API's `ETag`).
    pub version: i64,
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
    version: i64,
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
            version: self.version,
        })
    }
}

const PHOTO_COLUMNS: &str = "x.id, x.event, x.file, x.content_type, x.width, x.height, \
    CAST(LENGTH(x.bytes) AS BIGINT) AS size, x.alt, x.caption, x.credit, x.position, x.version";

impl Db {
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
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "photo.add", &format!("{event}/{}", photo.file)).await?;
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// Replaces a photo's texts and, when given, moves it to `position`.
    #[allow(clippy::too_many_arguments)] // the photo's address (3), what changes (2), who and from which version
    pub async fn update_photo(
        &self,
        project: &str,
        event: &str,
        id: i64,
        texts: &PhotoText,
        position: Option<i64>,
        expected: Option<i64>,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        texts.validate()?;
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let found: Option<(i64, String, i64)> = sqlx::query_as(
                "SELECT x.project_id, x.file, x.version FROM photos x JOIN projects p ON p.id = x.project_id \
                 WHERE x.id = $1 AND x.event = $2 AND p.slug = $3",
            ).bind(id).bind(event).bind(project).fetch_optional(&mut *tx).await?;
            let (project_id, file, version) = found.ok_or(StoreError::NotFound("photo.not_found"))?;
            if expected.is_some_and(|v| v != version) {
                return Err(StoreError::Stale { key: "photo.changed_meanwhile", current: Some(version) });
            }
            sqlx::query(
                "UPDATE photos SET alt = $1, caption = $2, credit = $3, position = COALESCE($4, position), version = version + 1 WHERE id = $5",
            )
            .bind(to_json(&texts.alt)).bind(to_json(&texts.caption)).bind(texts.credit.trim()).bind(position).bind(id)
            .execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "photo.update", &format!("{event}/{file}")).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn delete_photo(
        &self,
        project: &str,
        event: &str,
        id: i64,
        expected: Option<i64>,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let found: Option<(i64, String, i64)> = sqlx::query_as(
                "SELECT x.project_id, x.file, x.version FROM photos x JOIN projects p ON p.id = x.project_id \
                 WHERE x.id = $1 AND x.event = $2 AND p.slug = $3",
            ).bind(id).bind(event).bind(project).fetch_optional(&mut *tx).await?;
            let (project_id, file, version) = found.ok_or(StoreError::NotFound("photo.not_found"))?;
            if expected.is_some_and(|v| v != version) {
                return Err(StoreError::Stale { key: "photo.changed_meanwhile", current: Some(version) });
            }
            sqlx::query("DELETE FROM photos WHERE id = $1").bind(id).execute(&mut *tx).await?;
            crate::audit::row(&mut *tx, t, actor, Some(project_id), "photo.delete", &format!("{event}/{file}")).await?;
            tx.commit().await?;
        });
        Ok(())
    }
}
