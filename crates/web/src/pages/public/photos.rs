//! `/projects/{project}/events/{event}/photos/{file}`: a meeting's photo itself, as the
//! publication page shows it. Organisers upload and describe photos in
//! `manage/events/photos.rs`.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::Shared;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath};

/// `GET /projects/{project}/events/{event}/photos/{file}`: the photo itself. Its name is
/// derived from its bytes, so it never changes and caches forever.
pub async fn file(
    State(state): State<Shared>,
    _prefs: LangPrefs,
    PagePath((project, event, file)): PagePath<(String, String, String)>,
) -> Result<Response, PageError> {
    let found = state.db.photo_file(&project, &event, &file).await?;
    let Some((content_type, bytes)) = found else {
        return Err(PageError::from(Problem::not_found("photo.not_found")));
    };
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&content_type).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(res)
}
