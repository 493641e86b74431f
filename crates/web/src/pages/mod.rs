//! Public HTML pages, one module per URL area (DESIGN.md §4):
//! `/` → `home`, `/projects/{project}[/partners]` → `projects`,
//! `/projects/{project}/events/{event}` → `events`,
//! `/projects/{project}/events/{event}/programme[/{item}|.ics]` → `programme`,
//! `/towns/{town}` → `towns`, `/venues/{venue}` → `venues`.

mod account;
mod admin;
mod checkin;
mod checks;
mod eligibility;
mod event_setup;
mod events;
mod home;
mod invitations;
mod items;
mod join;
mod manage;
mod my;
mod news;
mod participants;
mod partner_setup;
mod password_reset;
mod photos;
mod programme;
mod project_setup;
mod projects;
mod publication;
mod registrations;
mod report;
mod signin;
mod towns;
mod translations;
mod venue_setup;

pub(crate) use projects::town_name;
mod venues;

use axum::Router;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use twinning_domain::{Bundle, Event, Slug};

use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, slug};
use crate::i18n::Tr;
use crate::{AppState, Shared};

/// Declares the routes outside the JSON API once: the router is built from this table, and
/// the same table is published as [`ROUTES`] so the authorization test can demand a row for
/// every route. (The API's routes are listed by its OpenAPI document.)
macro_rules! page_routes {
    ($($path:literal => $($method:ident($handler:path)),+;)*) => {
        /// Every route outside the API as (method, path pattern).
        pub const ROUTES: &[(&str, &str)] = &[$($((stringify!($method), $path)),+),*];

        pub fn router() -> Router<Shared> {
            Router::new()$(.route($path, axum::routing::MethodRouter::new()$(.$method($handler))+))*
        }
    };
}

page_routes! {
    "/" => get(home::get);
    "/projects/{project}" => get(projects::show);
    "/projects/{project}/partners" => get(projects::partners);
    "/projects/{project}/events/{event}" => get(events::show);
    "/projects/{project}/events/{event}/programme" => get(programme::index);
    "/projects/{project}/events/{event}/publication" => get(publication::show);
    "/projects/{project}/events/{event}/photos/{file}" => get(photos::file);
    "/projects/{project}/news" => get(news::index);
    "/projects/{project}/news.atom" => get(news::feed);
    "/projects/{project}/news/{post}" => get(news::show);
    "/projects/{project}/events/{event}/programme.ics" => get(programme::ics);
    "/projects/{project}/events/{event}/programme/{item}" => get(programme::item);
    "/projects/{project}/events/{event}/programme/{item}/registrations" => post(registrations::register);
    "/my/{token}" => get(my::show);
    "/join/{token}" => get(join::form), post(join::submit);
    "/my/{token}/registrations/{item}/cancel" => post(my::cancel);
    "/my/{token}/data.json" => get(my::data);
    "/my/{token}/erase" => post(my::erase);
    "/feeds/{token}/programme.ics" => get(my::feed);
    "/towns/{town}" => get(towns::show);
    "/venues/{venue}" => get(venues::show);
    "/signin" => get(signin::form), post(signin::submit);
    "/signout" => post(signin::signout);
    "/account" => get(account::show);
    "/account/password" => post(account::change_password);
    "/account/sessions/{id}/revoke" => post(account::revoke_session);
    "/account/tokens" => post(account::create_token);
    "/account/tokens/{id}/revoke" => post(account::revoke_token);
    "/invitations/{token}" => get(invitations::show), post(invitations::accept);
    "/password-reset" => get(password_reset::form), post(password_reset::request);
    "/password-reset/{token}" => get(password_reset::new_form), post(password_reset::set);
    "/admin/mail/{id}/retry" => post(admin::retry);
    "/manage" => get(manage::index);
    "/manage/projects/new" => get(project_setup::new_form), post(project_setup::create);
    "/manage/projects/{project}" => get(manage::project);
    "/manage/projects/{project}/settings" => get(project_setup::settings_form), post(project_setup::update);
    "/manage/projects/{project}/partners" => get(partner_setup::index), post(partner_setup::add);
    "/manage/projects/{project}/partners/{town}" => post(partner_setup::update);
    "/manage/projects/{project}/partners/{town}/remove" => post(partner_setup::remove);
    "/manage/projects/{project}/venues" => get(venue_setup::index), post(venue_setup::create);
    "/manage/projects/{project}/venues/new" => get(venue_setup::new_form);
    "/manage/projects/{project}/venues/{venue}" => get(venue_setup::edit_form), post(venue_setup::update);
    "/manage/projects/{project}/people" => get(manage::people);
    "/manage/projects/{project}/invitations" => post(manage::invite);
    "/manage/projects/{project}/people/{account}/role" => post(manage::set_role);
    "/manage/projects/{project}/people/{account}/revoke" => post(manage::revoke);
    "/manage/projects/{project}/audit" => get(manage::audit);
    "/manage/projects/{project}/retention" => post(manage::retention);
    "/manage/projects/{project}/eligibility" => get(eligibility::show), post(eligibility::update);
    "/manage/projects/{project}/report" => get(report::show);
    "/manage/projects/{project}/report.pdf" => get(report::pdf);
    "/manage/projects/{project}/events/{event}/checks" => get(checks::show);
    "/manage/projects/{project}/news" => get(news::manage), post(news::create);
    "/manage/projects/{project}/news/new" => get(news::new_form);
    "/manage/projects/{project}/news/{post}" => get(news::edit_form), post(news::update);
    "/manage/projects/{project}/news/{post}/publish" => post(news::publish);
    "/manage/projects/{project}/news/{post}/unpublish" => post(news::unpublish);
    "/manage/projects/{project}/news/{post}/delete" => post(news::delete);
    "/manage/projects/{project}/events/{event}/press-release" => post(news::press_release);
    "/manage/projects/{project}/events/{event}/photos" => get(photos::manage), post(photos::upload);
    "/manage/projects/{project}/events/{event}/photos/{id}" => get(photos::edit_form), post(photos::update);
    "/manage/projects/{project}/events/{event}/photos/{id}/delete" => post(photos::delete);
    "/manage/projects/{project}/events" => post(event_setup::create);
    "/manage/projects/{project}/events/new" => get(event_setup::new_form);
    "/manage/projects/{project}/events/{event}/settings" => get(event_setup::edit_form), post(event_setup::update);
    "/manage/projects/{project}/events/{event}/delete" => post(event_setup::delete);
    "/manage/projects/{project}/events/{event}" => get(items::programme);
    "/manage/projects/{project}/events/{event}/checkin" => get(checkin::show), post(checkin::mark);
    "/manage/projects/{project}/events/{event}/checkin/code" => post(checkin::by_code);
    "/manage/projects/{project}/events/{event}/badges" => get(checkin::badges);
    "/manage/projects/{project}/events/{event}/signature-sheet.pdf" => get(participants::signature_sheet);
    "/manage/projects/{project}/events/{event}/people" => get(participants::index), post(participants::create);
    "/manage/projects/{project}/events/{event}/people/new" => get(participants::new_form);
    "/manage/projects/{project}/events/{event}/people/upload" => post(participants::upload);
    "/manage/projects/{project}/events/{event}/people/join-link" => post(participants::renew_join_link);
    "/manage/projects/{project}/events/{event}/people/template.csv" => get(participants::template);
    "/manage/projects/{project}/events/{event}/people.csv" => get(participants::export_csv);
    "/manage/projects/{project}/events/{event}/people.xlsx" => get(participants::export_xlsx);
    "/manage/projects/{project}/events/{event}/people/{id}" => get(participants::edit_form), post(participants::update);
    "/manage/projects/{project}/events/{event}/people/{id}/delete" => post(participants::delete);
    "/manage/projects/{project}/events/{event}/people/{id}/send-link" => post(participants::send_link);
    "/manage/projects/{project}/events/{event}/items" => post(items::create);
    "/manage/projects/{project}/events/{event}/publish" => post(items::publish);
    "/manage/projects/{project}/events/{event}/clone" => get(items::clone_form), post(items::clone);
    "/manage/projects/{project}/events/{event}/items/new" => get(items::new_form);
    "/manage/projects/{project}/events/{event}/items/{item}" => get(items::edit_form), post(items::update);
    "/manage/projects/{project}/events/{event}/items/{item}/duplicate" => post(items::duplicate);
    "/manage/projects/{project}/events/{event}/items/{item}/delete" => post(items::delete);
    "/manage/projects/{project}/translations" => get(translations::table);
    "/manage/projects/{project}/translations/languages" => post(translations::add_language);
    "/manage/projects/{project}/translations/{lang}" => get(translations::edit), post(translations::update);
    "/manage/projects/{project}/translations/{lang}/xliff" => get(translations::download), post(translations::upload);
    "/admin" => get(admin::show);
    "/admin/organisers" => post(admin::grant);
    "/admin/accounts/{id}/starter" => post(admin::starter);
    "/admin/mail/{id}" => get(admin::mail);
    "/healthz" => get(crate::healthz);
    "/api/openapi.json" => get(crate::openapi_document);
    "/static/{file}" => get(crate::assets::get);
}

/// Path parameters for pages: a value that cannot even be decoded names nothing, so 404.
pub struct PagePath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for PagePath<T> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(v)) => Ok(PagePath(v)),
            Err(_) => Err(PageError::new(&Tr::new("en"), Problem::not_found("route.not_found"))),
        }
    }
}

/// A project loaded for a page, with the UI language chosen against its default language.
pub struct ProjectPage {
    pub b: Bundle,
    pub tr: Tr,
    /// The project as loaded for editing, with its rows' versions: what [`ProjectPage::save`]
    /// writes the edits of `b` against. Public pages load no versions.
    pub base: Option<twinning_app::setup::Loaded>,
}

/// The project as the public sees it: each event with its latest published programme
/// (none before the first publication), not the organisers' draft.
pub fn apply_published(b: &mut Bundle, published: &std::collections::HashMap<String, twinning_store::Published>) {
    for ev in &mut b.project.events {
        ev.items = published.get(ev.slug.as_str()).map(|p| p.items.clone()).unwrap_or_default();
    }
}

/// Of the items held at a venue, those in a published programme: drafts stay with organisers.
pub async fn published_only(
    state: &AppState,
    items: &[twinning_store::VenueItem],
) -> Result<Vec<twinning_store::VenueItem>, twinning_store::StoreError> {
    let mut published = std::collections::HashMap::new();
    for p in items.iter().map(|i| i.project.as_str()).collect::<std::collections::BTreeSet<_>>() {
        published.insert(p.to_owned(), state.db.published(p).await?);
    }
    Ok(items
        .iter()
        .filter(|i| {
            published
                .get(i.project.as_str())
                .and_then(|p| p.get(i.event.as_str()))
                .is_some_and(|p| p.items.iter().any(|x| x.slug == i.item))
        })
        .cloned()
        .collect())
}

impl ProjectPage {
    /// The project for a public page: published programmes only.
    pub async fn load(state: &AppState, prefs: &LangPrefs, project: &str) -> Result<Self, PageError> {
        let tr = prefs.tr(None);
        let s = slug(project, "project.not_found").map_err(|p| PageError::new(&tr, p))?;
        let mut b = state
            .db
            .project_bundle(s.as_str())
            .await
            .map_err(|e| PageError::new(&tr, e))?
            .ok_or_else(|| PageError::new(&tr, Problem::not_found("project.not_found")))?;
        let tr = prefs.tr(Some(&b.project.default_lang));
        let published = state.db.published(b.project.slug.as_str()).await.map_err(|e| PageError::new(&tr, e))?;
        apply_published(&mut b, &published);
        Ok(Self { b, tr, base: None })
    }

    /// The draft for someone who manages the project (an organiser or the admin), else 403.
    pub async fn load_managed(
        state: &AppState,
        prefs: &LangPrefs,
        user: &crate::auth::User,
        project: &str,
    ) -> Result<Self, PageError> {
        let page = Self::load_draft(state, prefs, project).await?;
        let access = crate::access::of(state, user, page.b.project.slug.as_str())
            .await
            .map_err(|p| PageError::new(&page.tr, p))?;
        if !access.manages() {
            return Err(PageError::new(&page.tr, crate::access::forbidden()));
        }
        Ok(page)
    }

    /// The project as its organisers edit it, drafts included, with its rows' versions.
    pub async fn load_draft(state: &AppState, prefs: &LangPrefs, project: &str) -> Result<Self, PageError> {
        let tr = prefs.tr(None);
        let s = slug(project, "project.not_found").map_err(|p| PageError::new(&tr, p))?;
        let loaded = state.app.load(s.as_str()).await.map_err(|e| PageError::new(&tr, e))?;
        let tr = prefs.tr(Some(&loaded.bundle.project.default_lang));
        Ok(Self { b: loaded.bundle.clone(), tr, base: Some(loaded) })
    }

    /// Where the meeting `event` is in the project's list, else 404.
    pub fn event_index(&self, event: &str) -> Result<usize, PageError> {
        self.b
            .project
            .events
            .iter()
            .position(|e| e.slug.as_str() == event)
            .ok_or_else(|| PageError::new(&self.tr, Problem::not_found("event.not_found")))
    }

    /// Stores what was edited in `b` since the project was loaded, row by row, recording
    /// `action` on `target` for `user` in the audit log in the same transaction. A row someone
    /// else changed meanwhile is not overwritten: the answer is a "changed meanwhile" page.
    pub async fn save(
        &self,
        state: &AppState,
        user: &crate::auth::User,
        action: &str,
        target: &str,
    ) -> Result<(), PageError> {
        let err = |e: twinning_app::AppError| PageError::new(&self.tr, e);
        let base = self.base.as_ref().ok_or_else(|| PageError::new(&self.tr, Problem::internal()))?;
        let actor = state.app.actor(&user.account, self.b.project.slug.as_str()).await.map_err(err)?;
        state.app.save(&actor, base, &self.b, action, target).await.map_err(err)
    }

    /// The version of an item as loaded (for the editor's "changed meanwhile" check).
    pub fn item_version(&self, event: &Slug, item: &Slug) -> Option<i64> {
        self.base.as_ref().and_then(|l| l.versions.item(event, item))
    }

    pub fn event(&self, event: &str) -> Result<&Event, PageError> {
        self.b
            .project
            .events
            .iter()
            .find(|e| e.slug.as_str() == event)
            .ok_or_else(|| PageError::new(&self.tr, Problem::not_found("event.not_found")))
    }

    /// The languages a multilingual text is edited in: the project's default first, then its
    /// other languages, then any other language one of `texts` is already written in.
    pub fn edit_languages(&self, texts: &[&twinning_domain::Translated]) -> Vec<twinning_domain::LangTag> {
        let mut out = vec![self.b.project.default_lang.clone()];
        for l in self.b.project.languages.iter().chain(texts.iter().flat_map(|t| t.0.keys())) {
            if !out.contains(l) {
                out.push(l.clone());
            }
        }
        out
    }

    pub fn title(&self) -> crate::i18n::Txt {
        self.tr.pick(&self.b.project.title, Some(&self.b.project.default_lang))
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
            Err(e) => Err(PageError::new(
                &Tr::new("en"),
                Problem::bad_request("form.invalid", "form", format!("the form could not be read: {e}")),
            )),
        }
    }
}

/// The client's network address, when the server knows it (for rate limits; never stored raw).
pub struct PeerAddr(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for PeerAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PeerAddr(parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip())))
    }
}

/// A problem with one form field, shown beside it and in the summary at the top.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: std::borrow::Cow<'static, str>,
    pub message: String,
}

impl FieldError {
    pub fn new(tr: &Tr, field: &'static str, key: &str) -> Self {
        Self::named(tr, field.into(), key)
    }

    /// An error for a field whose name is made at run time (`title-lv`).
    pub fn named(tr: &Tr, field: std::borrow::Cow<'static, str>, key: &str) -> Self {
        Self { field, message: tr.get(&format!("form-{}", key.replace(['.', '_'], "-"))) }
    }
}

/// The first error for a field, for templates.
pub fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}

/// One query parameter, decoded; malformed or repeated parameters simply give the first value.
pub fn query_param(uri: &axum::http::Uri, name: &str) -> Option<String> {
    form_urlencoded::parse(uri.query()?.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
}

/// A local path to go back to after signing in; anything else goes to the account page.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains("://") => {
            n.to_owned()
        }
        _ => "/account".to_owned(),
    }
}
