//! Request extractors whose rejections are our own 4xx answers (a page or a JSON error that
//! names the parameter), never axum's plain-text defaults.

use axum::extract::{FromRequestParts, Path};
use axum::http::header;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use twinning_domain::{LangTag, Slug};

use crate::error::{ApiError, PageError, Problem};
use crate::i18n::{LANG_COOKIE, Tr, negotiate};

/// What the visitor said about languages: `?lang=`, the cookie, Accept-Language.
#[derive(Debug, Clone, Default)]
pub struct LangPrefs {
    pub query: Option<String>,
    pub cookie: Option<String>,
    pub accept: Option<String>,
    /// Where this request's error page learns the default language of the project the
    /// handler loaded (see [`crate::error_page`]).
    project_lang: ProjectLang,
}

impl LangPrefs {
    /// The UI language for a page whose content defaults to `default`. A page error of this
    /// request then falls back on the same default, so it reads in the page's language.
    pub fn tr(&self, default: Option<&LangTag>) -> Tr {
        if let Some(d) = default {
            self.project_lang.set(d);
        }
        negotiate(self.query.as_deref(), self.cookie.as_deref(), self.accept.as_deref(), default)
    }
}

/// The default language of the project a request's handler loaded, once it is known: a slot
/// that [`crate::error_page`] puts in the request and reads when it renders an error.
#[derive(Debug, Clone, Default)]
pub struct ProjectLang(std::sync::Arc<std::sync::Mutex<Option<LangTag>>>);

impl ProjectLang {
    fn set(&self, lang: &LangTag) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(lang.clone());
        }
    }
    pub fn get(&self) -> Option<LangTag> {
        self.0.lock().ok().and_then(|slot| slot.clone())
    }
}

pub fn cookie_value(parts: &Parts, name: &str) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// The query's pairs, decoded. Public pages accept only `lang` and ignore the rest, as
/// browsers and trackers append their own.
fn query_pairs(parts: &Parts) -> Vec<(String, String)> {
    parts.uri.query().map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect()).unwrap_or_default()
}

/// The visitor's language preferences, or why they cannot be read (a malformed `?lang=`).
pub fn lang_prefs(parts: &Parts) -> Result<LangPrefs, Problem> {
    let langs: Vec<String> = query_pairs(parts).into_iter().filter(|(k, _)| k == "lang").map(|(_, v)| v).collect();
    if langs.len() > 1 {
        return Err(Problem::bad_request("query.lang_repeated", "lang", "give the lang parameter once"));
    }
    let query = langs.into_iter().next();
    if let Some(q) = &query {
        LangTag::parse(q).map_err(|_| {
            Problem::bad_request("query.lang_invalid", "lang", "lang is a language tag such as lv or en")
        })?;
    }
    Ok(LangPrefs {
        query,
        cookie: cookie_value(parts, LANG_COOKIE),
        accept: parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_owned),
        project_lang: parts.extensions.get::<ProjectLang>().cloned().unwrap_or_default(),
    })
}

impl<S: Send + Sync> FromRequestParts<S> for LangPrefs {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, PageError> {
        Ok(lang_prefs(parts)?)
    }
}

/// The same preferences for the API, whose rejection is JSON.
#[derive(Debug, Clone)]
pub struct ApiLang(pub LangPrefs);

impl<S: Send + Sync> FromRequestParts<S> for ApiLang {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        lang_prefs(parts).map(ApiLang).map_err(ApiError)
    }
}

/// A slug from the path. A string that is not a slug names nothing, so it is a 404.
pub fn slug(raw: &str, what: &'static str) -> Result<Slug, Problem> {
    Slug::parse(raw).map_err(|_| Problem::not_found(what))
}

/// Path parameters for pages: a value that cannot even be decoded names nothing, so 404.
pub struct PagePath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for PagePath<T> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(v)) => Ok(PagePath(v)),
            Err(_) => Err(PageError::from(Problem::not_found("route.not_found"))),
        }
    }
}

/// A submitted form. What cannot be read as the form's fields is a 400 page; the fields
/// themselves are validated by the handler, which answers with the form and its errors.
pub struct PageForm<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> axum::extract::FromRequest<S> for PageForm<T> {
    type Rejection = PageError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, PageError> {
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(v)) => Ok(PageForm(v)),
            Err(e) => Err(PageError::from(Problem::bad_request(
                "form.invalid",
                "form",
                format!("the form could not be read: {e}"),
            ))),
        }
    }
}

/// One query parameter, decoded; malformed or repeated parameters simply give the first value.
pub fn query_param(uri: &axum::http::Uri, name: &str) -> Option<String> {
    form_urlencoded::parse(uri.query()?.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
}
