//! News posts (issue 7), as organisers write them: `/manage/projects/{project}/news…` lists
//! drafts and published posts, writes and edits them in each of the project's languages,
//! publishes and withdraws them; `/manage/projects/{project}/events/{event}/press-release`
//! drafts a press release from a meeting's data (see `crate::press`) and opens it for editing.
//! The public reads them through `public/news.rs`.

use std::borrow::Cow;

use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use twinning_app::AppError;
use twinning_domain::{LangTag, Slug};
use twinning_store::{NewsPost, NewsText};

use crate::Shared;
use crate::auth::{SignedIn, User};
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::form::{Field, FieldError, Input, Submitted};
use crate::i18n::{Tr, Txt};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;
use crate::view::href;

pub struct ManagedPost {
    pub edit: String,
    pub title: Txt,
    pub status: String,
    pub public: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "news_manage.html")]
struct ManageIndex {
    l: Layout,
    notice: Option<String>,
    posts: Vec<ManagedPost>,
    new_href: String,
    /// Per meeting: where to post for a press-release draft, and the button's label.
    drafts: Vec<(String, String)>,
    public_href: String,
}

fn manage_base(p: &str) -> String {
    format!("/manage/projects/{p}/news")
}

fn manage_layout(page: &ProjectPage, title: String, path: String, list: bool) -> Layout {
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let mut l = Layout::new(tr, title, path)
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{p}"), page.title().text);
    if !list {
        l = l.crumb(manage_base(p), tr.get("news-manage-title"));
    }
    l
}

fn status(tr: &Tr, post: &NewsPost) -> String {
    match post.published_at {
        Some(at) => tr.with("news-published-on", &[("date", crate::i18n::Arg::Str(tr.date(at.date_naive())))]),
        None => tr.get("news-draft"),
    }
}

/// `GET /manage/projects/{project}/news`.
pub async fn manage(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    uri: Uri,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let (b, tr) = (&page.b, &page.tr);
    let p = b.project.slug.as_str();
    let default = Some(&b.project.default_lang);
    let posts = state.db.news(p, true).await?;
    let posts = posts
        .iter()
        .map(|post| ManagedPost {
            edit: format!("{}/{}", manage_base(p), post.slug),
            title: tr.pick(&post.title, default),
            status: status(tr, post),
            public: post.published_at.map(|_| href::news_post(p, post.slug.as_str())),
        })
        .collect();
    let drafts = b
        .project
        .events
        .iter()
        .map(|e| {
            (
                format!("/manage/projects/{p}/events/{}/press-release", e.slug),
                tr.with(
                    "news-draft-press-release",
                    &[("event", crate::i18n::Arg::Str(tr.pick(&e.title, default).text))],
                ),
            )
        })
        .collect();
    let notice = query_param(&uri, "done").and_then(|d| match d.as_str() {
        "deleted" => Some(tr.get("news-deleted")),
        _ => None,
    });
    let l = manage_layout(&page, tr.get("news-manage-title"), manage_base(p), true);
    render(
        &ManageIndex {
            l,
            notice,
            posts,
            new_href: format!("{}/new", manage_base(p)),
            drafts,
            public_href: href::news(p),
        },
        &prefs,
        tr,
    )
}

/// The texts of one language on the edit form.
pub struct LangTexts {
    pub lang: String,
    pub name: String,
    pub title: String,
    pub body: String,
    pub title_error: Option<String>,
    pub body_error: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "news_edit.html")]
struct EditPage {
    l: Layout,
    notice: Option<String>,
    status: Option<String>,
    errors: Vec<FieldError>,
    action: String,
    fields: Vec<Field>,
    langs: Vec<LangTexts>,
    buttons: Vec<(String, String)>,
    links: Vec<(String, String)>,
}

/// The languages a post is edited in: the project's, then any others its texts are in.
fn edit_languages(page: &ProjectPage, texts: &NewsText) -> Vec<LangTag> {
    page.edit_languages(&[&texts.title, &texts.body])
}

fn edit_page(
    page: &ProjectPage,
    post: Option<&NewsPost>,
    slug: &str,
    texts: &NewsText,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> EditPage {
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let langs = edit_languages(page, texts)
        .into_iter()
        .map(|l| {
            let err = |f: String| errors.iter().find(|e| e.field == f).map(|e| e.message.clone());
            LangTexts {
                name: tr.name("lang", l.as_str()),
                title: texts.title.0.get(&l).cloned().unwrap_or_default(),
                body: texts.body.0.get(&l).cloned().unwrap_or_default(),
                title_error: err(format!("title-{l}")),
                body_error: err(format!("body-{l}")),
                lang: l.to_string(),
            }
        })
        .collect();
    let mut fields = Vec::new();
    let mut buttons = Vec::new();
    let mut links = Vec::new();
    let (title, action) = match post {
        Some(x) => {
            let base = format!("{}/{}", manage_base(p), x.slug);
            if x.published_at.is_some() {
                buttons.push((format!("{base}/unpublish"), tr.get("news-unpublish")));
                links.push((href::news_post(p, x.slug.as_str()), tr.get("news-public-page")));
            } else {
                buttons.push((format!("{base}/publish"), tr.get("news-publish")));
            }
            buttons.push((format!("{base}/delete"), tr.get("news-delete")));
            (tr.pick(&x.title, Some(&page.b.project.default_lang)).text, base)
        }
        None => {
            fields.push(
                Field::new("slug", tr.get("items-field-slug"), Input::Text { max: 64 }, slug)
                    .hint(tr.get("news-slug-hint")),
            );
            (tr.get("news-new"), manage_base(p))
        }
    };
    crate::form::attach(&mut fields, &errors);
    EditPage {
        l: manage_layout(page, title, action.clone(), false),
        notice,
        status: post.map(|x| status(tr, x)),
        errors,
        action,
        fields,
        langs,
        buttons,
        links,
    }
}

/// Reads the per-language texts; every language the form had is read, empty ones dropped.
fn read_texts(page: &ProjectPage, s: &Submitted, before: &NewsText) -> NewsText {
    let mut out = NewsText::default();
    for l in edit_languages(page, before) {
        let title = s.get(&format!("title-{l}"));
        let body = s.get(&format!("body-{l}"));
        if !title.trim().is_empty() {
            out.title.0.insert(l.clone(), title.trim().to_owned());
        }
        if !body.trim().is_empty() {
            out.body.0.insert(l, body.trim().to_owned());
        }
    }
    out
}

/// The texts' problems as errors beside their fields.
fn text_errors(page: &ProjectPage, texts: &NewsText) -> Vec<FieldError> {
    let tr = &page.tr;
    let Err(errs) = texts.validate() else { return Vec::new() };
    let default = page.b.project.default_lang.to_string();
    errs.0
        .into_iter()
        .map(|e| {
            let mut parts = e.field.splitn(2, '.');
            let what = parts.next().unwrap_or("title");
            let lang = parts.next().filter(|l| !l.is_empty()).unwrap_or(&default);
            FieldError::named(tr, Cow::Owned(format!("{what}-{lang}")), e.key)
        })
        .collect()
}

async fn managed_post(state: &Shared, page: &ProjectPage, post: &str) -> Result<NewsPost, PageError> {
    Ok(state.app.news_post(page.actor()?, page.b.project.slug.as_str(), post).await?)
}

/// `GET /manage/projects/{project}/news/new`.
pub async fn new_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    render(&edit_page(&page, None, "", &NewsText::default(), Vec::new(), None), &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/news`: a new draft written by hand.
pub async fn create(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let tr = &page.tr;
    let s = Submitted::parse(&body)?;
    let texts = read_texts(&page, &s, &NewsText::default());
    let mut errors = text_errors(&page, &texts);
    let raw = s.get("slug");
    let slug = if raw.trim().is_empty() {
        texts.title.pick(&[&page.b.project.default_lang]).and_then(|t| Slug::suggest(t.text))
    } else {
        Slug::parse(raw.trim()).map_err(|e| errors.push(FieldError::new(tr, "slug", e.key))).ok()
    };
    if let (Some(slug), true) = (&slug, errors.is_empty()) {
        let p = page.b.project.slug.as_str();
        match state.app.create_news(page.actor()?, p, slug, None, &texts).await {
            Ok(_) => return Ok(Redirect::to(&format!("{}/{slug}?done=created", manage_base(p))).into_response()),
            Err(AppError::Invalid(errs)) => {
                errors.extend(errs.0.iter().map(|e| FieldError::new(tr, "slug", e.key)));
            }
            Err(e) => return Err(PageError::from(e)),
        }
    }
    if slug.is_none() && !errors.iter().any(|e| e.field == "slug") {
        errors.push(FieldError::new(tr, "slug", "slug.invalid"));
    }
    render_status(
        &edit_page(&page, None, &raw, &texts, errors, None),
        &prefs,
        tr,
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// `POST /manage/projects/{project}/events/{event}/press-release`: drafts the meeting's press
/// release in English and the host's language and opens it for editing.
pub async fn press_release(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let ev = page.event(&event)?;
    let p = page.b.project.slug.as_str();
    let counts = crate::eligibility::event_figures(&state, &page.b, &ev.slug, None).await?;
    let (title, body) = crate::press::draft(&page.b, ev, &counts, &|path| state.config.link(path));
    let texts = NewsText { title, body };
    // `{event}-press-release`, then `-2`, `-3`… when drafted again.
    for n in 1..=50 {
        let raw = if n == 1 { format!("{}-press-release", ev.slug) } else { format!("{}-press-release-{n}", ev.slug) };
        let Ok(slug) = Slug::parse(&raw) else { break };
        match state.app.create_news(page.actor()?, p, &slug, Some(&ev.slug), &texts).await {
            Ok(_) => return Ok(Redirect::to(&format!("{}/{slug}?done=drafted", manage_base(p))).into_response()),
            Err(e) if e.key() == "news.slug_taken" => continue,
            Err(e) => return Err(PageError::from(e)),
        }
    }
    Err(PageError::from(AppError::Conflict("news.slug_taken")))
}

/// `GET /manage/projects/{project}/news/{post}`.
pub async fn edit_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, post)): PagePath<(String, String)>,
    uri: Uri,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let tr = &page.tr;
    let post = managed_post(&state, &page, &post).await?;
    let notice = query_param(&uri, "done").and_then(|d| match d.as_str() {
        "drafted" => Some(tr.get("news-drafted")),
        "created" | "saved" => Some(tr.get("news-saved")),
        "published" => Some(tr.get("news-published")),
        "unpublished" => Some(tr.get("news-unpublished")),
        _ => None,
    });
    let texts = NewsText { title: post.title.clone(), body: post.body.clone() };
    render(&edit_page(&page, Some(&post), "", &texts, Vec::new(), notice), &prefs, tr)
}

/// `POST /manage/projects/{project}/news/{post}`.
pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, post)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let tr = &page.tr;
    let s = Submitted::parse(&body)?;
    let post = managed_post(&state, &page, &post).await?;
    let before = NewsText { title: post.title.clone(), body: post.body.clone() };
    let texts = read_texts(&page, &s, &before);
    let errors = text_errors(&page, &texts);
    if errors.is_empty() {
        let p = page.b.project.slug.as_str();
        state.app.update_news(page.actor()?, p, post.slug.as_str(), None, &texts).await?;
        return Ok(Redirect::to(&format!("{}/{}?done=saved", manage_base(p), post.slug)).into_response());
    }
    render_status(
        &edit_page(&page, Some(&post), "", &texts, errors, None),
        &prefs,
        tr,
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
    )
}

async fn set_published(
    state: &Shared,
    prefs: &LangPrefs,
    user: &User,
    project: &str,
    post: &str,
    published: bool,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(state, prefs, user, project).await?;
    let p = page.b.project.slug.as_str();
    state.app.publish_news(page.actor()?, p, post, published).await?;
    let done = if published { "published" } else { "unpublished" };
    Ok(Redirect::to(&format!("{}/{post}?done={done}", manage_base(p))).into_response())
}

/// `POST /manage/projects/{project}/news/{post}/publish`.
pub async fn publish(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, post)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    set_published(&state, &prefs, &user, &project, &post, true).await
}

/// `POST /manage/projects/{project}/news/{post}/unpublish`.
pub async fn unpublish(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, post)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    set_published(&state, &prefs, &user, &project, &post, false).await
}

/// `POST /manage/projects/{project}/news/{post}/delete`.
pub async fn delete(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, post)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let p = page.b.project.slug.as_str();
    state.app.delete_news(page.actor()?, p, &post, None).await?;
    Ok(Redirect::to(&format!("{}?done=deleted", manage_base(p))).into_response())
}
