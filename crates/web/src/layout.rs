//! What every page shares: the language switcher, breadcrumbs, and the response headers
//! that go with a rendered page.

use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};

use crate::error::{PageError, Problem};
use crate::extract::LangPrefs;
use crate::i18n::{Tr, UI_LANGS};

/// A link to the same page in another language.
#[derive(Debug, Clone)]
pub struct LangLink {
    pub lang: String,
    pub label: String,
    pub href: String,
    pub current: bool,
}

#[derive(Debug, Clone)]
pub struct Crumb {
    pub href: String,
    pub label: String,
}

/// The frame around every page.
#[derive(Debug, Clone)]
pub struct Layout {
    pub tr: Tr,
    pub title: String,
    /// The current page's name in the breadcrumb trail (the title unless said otherwise).
    pub here: String,
    pub path: String,
    pub languages: Vec<LangLink>,
    pub crumbs: Vec<Crumb>,
    /// A short summary for search engines and link previews.
    pub description: String,
    /// schema.org JSON-LD, already serialised (escaped for a script element).
    pub json_ld: Option<String>,
    /// Alternative machine-readable versions (iCalendar, JSON).
    pub alternates: Vec<(String, String, String)>,
}

impl Layout {
    pub fn new(tr: &Tr, title: String, path: String) -> Self {
        let languages = UI_LANGS
            .iter()
            .map(|l| LangLink {
                lang: (*l).to_owned(),
                label: Tr::new(l).get("language-name"),
                href: format!("{path}?lang={l}"),
                current: *l == tr.lang(),
            })
            .collect();
        Self {
            tr: tr.clone(),
            here: title.clone(),
            title,
            path,
            languages,
            crumbs: Vec::new(),
            description: String::new(),
            json_ld: None,
            alternates: Vec::new(),
        }
    }

    pub fn crumb(mut self, href: impl Into<String>, label: impl Into<String>) -> Self {
        self.crumbs.push(Crumb { href: href.into(), label: label.into() });
        self
    }

    pub fn here(mut self, label: impl Into<String>) -> Self {
        self.here = label.into();
        self
    }

    pub fn describe(mut self, description: impl Into<String>) -> Self {
        self.description = description.into();
        self
    }

    pub fn json_ld(mut self, value: &serde_json::Value) -> Self {
        // `</` must not appear inside a script element.
        self.json_ld = Some(value.to_string().replace("</", "<\\/"));
        self
    }

    pub fn alternate(mut self, mime: &str, href: String, title: String) -> Self {
        self.alternates.push((mime.to_owned(), href, title));
        self
    }

    /// `<title>`: the page's title and the site's name.
    pub fn full_title(&self) -> String {
        format!("{} — {}", self.title, self.tr.get("site-name"))
    }
}

/// Renders a form again with its errors, answering with `status` (422 for invalid input).
pub fn render_status<T: askama::Template>(
    page: &T,
    prefs: &LangPrefs,
    tr: &Tr,
    status: axum::http::StatusCode,
) -> Result<Response, PageError> {
    let mut res = render(page, prefs, tr)?;
    *res.status_mut() = status;
    Ok(res)
}

/// Renders a page and, when the visitor chose a language with `?lang=`, remembers it in a cookie.
pub fn render<T: askama::Template>(page: &T, prefs: &LangPrefs, tr: &Tr) -> Result<Response, PageError> {
    let html = page.render().map_err(|e| {
        tracing::error!(error = %e, "template failed to render");
        PageError::from(Problem::internal())
    })?;
    let mut res = Html(html).into_response();
    if prefs.query.is_some() {
        let cookie =
            format!("{}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly", crate::i18n::LANG_COOKIE, tr.lang());
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().insert(header::SET_COOKIE, v);
        }
    }
    res.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    res.headers_mut()
        .insert(header::CONTENT_LANGUAGE, HeaderValue::from_str(tr.lang()).unwrap_or(HeaderValue::from_static("en")));
    Ok(res)
}
