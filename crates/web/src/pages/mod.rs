//! Public HTML pages, one module per URL area (DESIGN.md §4):
//! `/` → `home`, `/projects/{project}[/partners]` → `projects`,
//! `/projects/{project}/events/{event}` → `events`,
//! `/projects/{project}/events/{event}/programme[/{item}|.ics]` → `programme`,
//! `/towns/{town}` → `towns`, `/venues/{venue}` → `venues`.

mod account;
mod admin;
mod manage;
mod personal;
mod public;

pub(crate) use public::projects::town_name;

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
    "/" => get(public::home::get);
    "/projects/{project}" => get(public::projects::show);
    "/projects/{project}/partners" => get(public::projects::partners);
    "/projects/{project}/events/{event}" => get(public::events::show);
    "/projects/{project}/events/{event}/programme" => get(public::programme::index);
    "/projects/{project}/events/{event}/publication" => get(public::publication::show);
    "/projects/{project}/events/{event}/photos/{file}" => get(manage::events::photos::file);
    "/projects/{project}/news" => get(manage::news::index);
    "/projects/{project}/news.atom" => get(manage::news::feed);
    "/projects/{project}/news/{post}" => get(manage::news::show);
    "/projects/{project}/events/{event}/programme.ics" => get(public::programme::ics);
    "/projects/{project}/events/{event}/programme/{item}" => get(public::programme::item);
    "/projects/{project}/events/{event}/programme/{item}/registrations" => post(public::registrations::register);
    "/my/{token}" => get(personal::my::show);
    "/join/{token}" => get(personal::join::form), post(personal::join::submit);
    "/my/{token}/registrations/{item}/cancel" => post(personal::my::cancel);
    "/my/{token}/data.json" => get(personal::my::data);
    "/my/{token}/erase" => post(personal::my::erase);
    "/feeds/{token}/programme.ics" => get(personal::my::feed);
    "/towns/{town}" => get(public::towns::show);
    "/venues/{venue}" => get(public::venues::show);
    "/signin" => get(account::signin::form), post(account::signin::submit);
    "/signout" => post(account::signin::signout);
    "/account" => get(account::index::show);
    "/account/password" => post(account::index::change_password);
    "/account/sessions/{id}/revoke" => post(account::index::revoke_session);
    "/account/tokens" => post(account::index::create_token);
    "/account/tokens/{id}/revoke" => post(account::index::revoke_token);
    "/invitations/{token}" => get(account::invitations::show), post(account::invitations::accept);
    "/password-reset" => get(account::password_reset::form), post(account::password_reset::request);
    "/password-reset/{token}" => get(account::password_reset::new_form), post(account::password_reset::set);
    "/admin/mail/{id}/retry" => post(admin::index::retry);
    "/manage" => get(manage::people::index);
    "/manage/projects/new" => get(manage::settings::new_form), post(manage::settings::create);
    "/manage/projects/{project}" => get(manage::people::project);
    "/manage/projects/{project}/settings" => get(manage::settings::settings_form), post(manage::settings::update);
    "/manage/projects/{project}/partners" => get(manage::partners::index), post(manage::partners::add);
    "/manage/projects/{project}/partners/{town}" => post(manage::partners::update);
    "/manage/projects/{project}/partners/{town}/remove" => post(manage::partners::remove);
    "/manage/projects/{project}/venues" => get(manage::venues::index), post(manage::venues::create);
    "/manage/projects/{project}/venues/new" => get(manage::venues::new_form);
    "/manage/projects/{project}/venues/{venue}" => get(manage::venues::edit_form), post(manage::venues::update);
    "/manage/projects/{project}/people" => get(manage::people::people);
    "/manage/projects/{project}/invitations" => post(manage::people::invite);
    "/manage/projects/{project}/people/{account}/role" => post(manage::people::set_role);
    "/manage/projects/{project}/people/{account}/revoke" => post(manage::people::revoke);
    "/manage/projects/{project}/audit" => get(manage::people::audit);
    "/manage/projects/{project}/retention" => post(manage::people::retention);
    "/manage/projects/{project}/eligibility" => get(manage::eligibility::show), post(manage::eligibility::update);
    "/manage/projects/{project}/report" => get(manage::report::show);
    "/manage/projects/{project}/report.pdf" => get(manage::report::pdf);
    "/manage/projects/{project}/events/{event}/checks" => get(manage::events::checks::show);
    "/manage/projects/{project}/news" => get(manage::news::manage), post(manage::news::create);
    "/manage/projects/{project}/news/new" => get(manage::news::new_form);
    "/manage/projects/{project}/news/{post}" => get(manage::news::edit_form), post(manage::news::update);
    "/manage/projects/{project}/news/{post}/publish" => post(manage::news::publish);
    "/manage/projects/{project}/news/{post}/unpublish" => post(manage::news::unpublish);
    "/manage/projects/{project}/news/{post}/delete" => post(manage::news::delete);
    "/manage/projects/{project}/events/{event}/press-release" => post(manage::news::press_release);
    "/manage/projects/{project}/events/{event}/photos" => get(manage::events::photos::manage), post(manage::events::photos::upload);
    "/manage/projects/{project}/events/{event}/photos/{id}" => get(manage::events::photos::edit_form), post(manage::events::photos::update);
    "/manage/projects/{project}/events/{event}/photos/{id}/delete" => post(manage::events::photos::delete);
    "/manage/projects/{project}/events" => post(manage::events::settings::create);
    "/manage/projects/{project}/events/new" => get(manage::events::settings::new_form);
    "/manage/projects/{project}/events/{event}/settings" => get(manage::events::settings::edit_form), post(manage::events::settings::update);
    "/manage/projects/{project}/events/{event}/delete" => post(manage::events::settings::delete);
    "/manage/projects/{project}/events/{event}" => get(manage::events::programme::programme);
    "/manage/projects/{project}/events/{event}/checkin" => get(manage::events::checkin::show), post(manage::events::checkin::mark);
    "/manage/projects/{project}/events/{event}/checkin/code" => post(manage::events::checkin::by_code);
    "/manage/projects/{project}/events/{event}/badges" => get(manage::events::checkin::badges);
    "/manage/projects/{project}/events/{event}/signature-sheet.pdf" => get(manage::events::people::signature_sheet);
    "/manage/projects/{project}/events/{event}/people" => get(manage::events::people::index), post(manage::events::people::create);
    "/manage/projects/{project}/events/{event}/people/new" => get(manage::events::people::new_form);
    "/manage/projects/{project}/events/{event}/people/upload" => post(manage::events::people::upload);
    "/manage/projects/{project}/events/{event}/people/join-link" => post(manage::events::people::renew_join_link);
    "/manage/projects/{project}/events/{event}/people/template.csv" => get(manage::events::people::template);
    "/manage/projects/{project}/events/{event}/people.csv" => get(manage::events::people::export_csv);
    "/manage/projects/{project}/events/{event}/people.xlsx" => get(manage::events::people::export_xlsx);
    "/manage/projects/{project}/events/{event}/people/{id}" => get(manage::events::people::edit_form), post(manage::events::people::update);
    "/manage/projects/{project}/events/{event}/people/{id}/delete" => post(manage::events::people::delete);
    "/manage/projects/{project}/events/{event}/people/{id}/send-link" => post(manage::events::people::send_link);
    "/manage/projects/{project}/events/{event}/items" => post(manage::events::programme::create);
    "/manage/projects/{project}/events/{event}/publish" => post(manage::events::programme::publish);
    "/manage/projects/{project}/events/{event}/clone" => get(manage::events::programme::clone_form), post(manage::events::programme::clone);
    "/manage/projects/{project}/events/{event}/items/new" => get(manage::events::programme::new_form);
    "/manage/projects/{project}/events/{event}/items/{item}" => get(manage::events::programme::edit_form), post(manage::events::programme::update);
    "/manage/projects/{project}/events/{event}/items/{item}/duplicate" => post(manage::events::programme::duplicate);
    "/manage/projects/{project}/events/{event}/items/{item}/delete" => post(manage::events::programme::delete);
    "/manage/projects/{project}/translations" => get(manage::translations::table);
    "/manage/projects/{project}/translations/languages" => post(manage::translations::add_language);
    "/manage/projects/{project}/translations/{lang}" => get(manage::translations::edit), post(manage::translations::update);
    "/manage/projects/{project}/translations/{lang}/xliff" => get(manage::translations::download), post(manage::translations::upload);
    "/admin" => get(admin::index::show);
    "/admin/organisers" => post(admin::index::grant);
    "/admin/accounts/{id}/starter" => post(admin::index::starter);
    "/admin/mail/{id}" => get(admin::index::mail);
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
