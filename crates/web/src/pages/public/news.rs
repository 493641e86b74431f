//! A project's news (issue 7): `/projects/{project}/news` lists the published posts,
//! `/projects/{project}/news/{post}` shows one, `/projects/{project}/news.atom` is their feed.
//! Organisers write them in `manage/news.rs`.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use twinning_store::NewsPost;

use crate::Shared;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath};
use crate::i18n::{Tr, Txt};
use crate::layout::{Layout, render};
use crate::pages::shared::ProjectPage;
use crate::view::href;

pub struct PostCard {
    pub href: String,
    pub title: Txt,
    pub date: String,
    pub iso_date: String,
    pub summary: Txt,
}

#[derive(askama::Template)]
#[template(path = "news.html")]
struct NewsIndex {
    l: Layout,
    project: Txt,
    posts: Vec<PostCard>,
    feed: String,
}

#[derive(askama::Template)]
#[template(path = "news_post.html")]
struct NewsPage {
    l: Layout,
    title: Txt,
    date: String,
    iso_date: String,
    body: Txt,
    event: Option<(String, Txt)>,
    news_href: String,
}

/// The first paragraph of a text, for lists and previews.
fn summary(t: &Txt) -> Txt {
    Txt { text: t.text.split("\n\n").next().unwrap_or_default().trim().to_owned(), lang: t.lang.clone() }
}

fn published_date(tr: &Tr, post: &NewsPost) -> (String, String) {
    let at = post.published_at.unwrap_or(post.created_at).date_naive();
    (tr.date(at), at.to_string())
}

/// `GET /projects/{project}/news`.
pub async fn index(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let (b, tr) = (&page.b, &page.tr);
    let p = b.project.slug.as_str();
    let default = Some(&b.project.default_lang);
    let posts = state.db.news(p, false).await?;
    let posts = posts
        .iter()
        .map(|post| {
            let (date, iso_date) = published_date(tr, post);
            PostCard {
                href: href::news_post(p, post.slug.as_str()),
                title: tr.pick(&post.title, default),
                date,
                iso_date,
                summary: summary(&tr.pick(&post.body, default)),
            }
        })
        .collect();
    let feed = format!("{}.atom", href::news(p));
    let l = Layout::new(tr, tr.get("news-title"), href::news(p))
        .crumb(href::project(p), page.title().text)
        .here(tr.get("news-title"))
        .alternate("application/atom+xml", feed.clone(), tr.get("news-feed"));
    render(&NewsIndex { l, project: page.title(), posts, feed }, &prefs, tr)
}

/// `GET /projects/{project}/news/{post}`: a published post; a draft is not there for the public.
pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath((project, post)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let (b, tr) = (&page.b, &page.tr);
    let p = b.project.slug.as_str();
    let default = Some(&b.project.default_lang);
    let post = state
        .db
        .news_post(p, &post)
        .await?
        .filter(|x| x.published_at.is_some())
        .ok_or_else(|| Problem::not_found("news.not_found"))?;
    let title = tr.pick(&post.title, default);
    let body = tr.pick(&post.body, default);
    let (date, iso_date) = published_date(tr, &post);
    let event = post
        .event
        .as_ref()
        .and_then(|e| b.project.events.iter().find(|x| &x.slug == e))
        .map(|e| (href::event(p, e.slug.as_str()), tr.pick(&e.title, default)));
    let l = Layout::new(tr, title.text.clone(), href::news_post(p, post.slug.as_str()))
        .crumb(href::project(p), page.title().text)
        .crumb(href::news(p), tr.get("news-title"))
        .describe(summary(&body).text)
        .json_ld(&serde_json::json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title.text,
            "datePublished": iso_date,
            "inLanguage": title.lang.clone().unwrap_or_else(|| tr.lang().to_owned()),
        }));
    render(&NewsPage { l, title, date, iso_date, body, event, news_href: href::news(p) }, &prefs, tr)
}

/// `GET /projects/{project}/news.atom`: the published posts as an Atom feed, in the language
/// asked for (`?lang=`), for feed readers and partner towns' websites.
pub async fn feed(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    use atom_syndication::{Content, Entry, Feed, Link, Text};
    let page = ProjectPage::load(&state, &prefs, &project).await?;
    let (b, tr) = (&page.b, &page.tr);
    let p = b.project.slug.as_str();
    let default = Some(&b.project.default_lang);
    let posts = state.db.news(p, false).await?;
    let link = |href: String| Link {
        href,
        rel: "alternate".into(),
        mime_type: Some("text/html".into()),
        ..Default::default()
    };
    let entries: Vec<Entry> = posts
        .iter()
        .map(|post| {
            let url = state.config.link(&href::news_post(p, post.slug.as_str()));
            let body = tr.pick(&post.body, default);
            Entry {
                title: Text::plain(tr.pick(&post.title, default).text),
                id: url.clone(),
                updated: post.updated_at.fixed_offset(),
                published: post.published_at.map(|t| t.fixed_offset()),
                links: vec![link(url)],
                summary: Some(Text::plain(summary(&body).text)),
                content: Some(Content {
                    value: Some(body.text.clone()),
                    content_type: Some("text".into()),
                    lang: Some(body.lang.clone().unwrap_or_else(|| tr.lang().to_owned())),
                    ..Default::default()
                }),
                ..Default::default()
            }
        })
        .collect();
    let updated = posts.iter().map(|x| x.updated_at).max().unwrap_or_else(|| state.config.clock.now());
    let feed = Feed {
        title: Text::plain(format!("{} — {}", page.title().text, tr.get("news-title"))),
        id: state.config.link(&href::news(p)),
        updated: updated.fixed_offset(),
        links: vec![
            link(state.config.link(&href::news(p))),
            Link {
                href: state.config.link(&format!("{}.atom", href::news(p))),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Default::default()
            },
        ],
        lang: Some(tr.lang().to_owned()),
        entries,
        ..Default::default()
    };
    Ok(([(axum::http::header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], feed.to_string()).into_response())
}
