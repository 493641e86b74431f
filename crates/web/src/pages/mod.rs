//! The HTML pages, in folders that mirror their URLs (DESIGN.md §4), each file named after
//! what its URL shows:
//!
//! - `public/` — what anyone sees: `/` → `home`, `/projects/{project}[/partners]` →
//!   `projects`, `…/events/{event}` → `events`, `…/programme[/{item}|.ics]` → `programme`,
//!   `…/programme/{item}/registrations` → `registrations`, `…/publication`, `…/photos/{file}`,
//!   `/projects/{project}/news…` → `news`, `/towns/{town}`, `/venues/{venue}`;
//! - `personal/` — behind a personal link: `/my/{token}…` → `my`, `/feeds/{token}/…` → `feeds`,
//!   `/join/{token}` → `join`; `/confirm/{token}` → `confirm`;
//! - `account/` — `/account…` → `index`, `/signin` and `/signout` → `signin`,
//!   `/password-reset…`, `/invitations/{token}`;
//! - `admin/` — `/admin…` → `index`, `/admin/mail/{id}…` → `mail`;
//! - `manage/` — the back office: `/manage` → `index`, `/manage/projects/{project}` →
//!   `project`, `…/settings` (and `/manage/projects/new`), `…/partners`, `…/venues`,
//!   `…/people` (the project's team), `…/audit`, `…/eligibility`, `…/report`, `…/news`,
//!   `…/translations`; and `manage/events/` for one meeting, `…/events/{event}/…`: the
//!   programme editor (`programme`, also `…/items…`), `settings`, `people`,
//!   `signature_sheet`, `checkin`, `badges`, `photos`, `checks`.
//!
//! `shared.rs` holds what more than one area uses ([`shared::ProjectPage`] above all); no page
//! module imports another area's. The one route table below builds the router and, as
//! [`ROUTES`], feeds the authorization test. A handler that fails returns a `PageError`;
//! `crate::error_page` turns it into a page in the visitor's language.

mod account;
mod admin;
mod manage;
mod personal;
mod public;
pub(crate) mod shared;

use axum::Router;

use crate::Shared;

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
    "/projects/{project}/events/{event}/photos/{file}" => get(public::photos::file);
    "/projects/{project}/news" => get(public::news::index);
    "/projects/{project}/news.atom" => get(public::news::feed);
    "/projects/{project}/news/{post}" => get(public::news::show);
    "/projects/{project}/events/{event}/programme.ics" => get(public::programme::ics);
    "/projects/{project}/events/{event}/programme/{item}" => get(public::programme::item);
    "/projects/{project}/events/{event}/programme/{item}/registrations" => post(public::registrations::register);
    "/my/{token}" => get(personal::my::show);
    "/join/{token}" => get(personal::join::form), post(personal::join::submit);
    "/confirm/{token}" => get(personal::confirm::show), post(personal::confirm::submit);
    "/my/{token}/registrations/{item}/cancel" => post(personal::my::cancel);
    "/my/{token}/data.json" => get(personal::my::data);
    "/my/{token}/erase" => post(personal::my::erase);
    "/my/{token}/photos" => post(personal::my::photos);
    "/feeds/{token}/programme.ics" => get(personal::feeds::feed);
    "/towns/{town}" => get(public::towns::show);
    "/venues/{venue}" => get(public::venues::show);
    "/signin" => get(account::signin::form), post(account::signin::submit);
    "/signin/totp" => get(account::signin::second_form), post(account::signin::second_submit);
    "/signout" => post(account::signin::signout);
    "/account" => get(account::index::show);
    "/account/password" => post(account::index::change_password);
    "/account/sessions/{id}/revoke" => post(account::index::revoke_session);
    "/account/tokens" => post(account::index::create_token);
    "/account/tokens/{id}/revoke" => post(account::index::revoke_token);
    "/account/totp" => get(account::totp::show), post(account::totp::enrol);
    "/account/totp/disable" => post(account::totp::disable);
    "/invitations/{token}" => get(account::invitations::show), post(account::invitations::accept);
    "/password-reset" => get(account::password_reset::form), post(account::password_reset::request);
    "/password-reset/{token}" => get(account::password_reset::new_form), post(account::password_reset::set);
    "/admin/mail/{id}/retry" => post(admin::mail::retry);
    "/manage" => get(manage::index::index);
    "/manage/projects/new" => get(manage::settings::new_form), post(manage::settings::create);
    "/manage/projects/{project}" => get(manage::project::project);
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
    "/manage/projects/{project}/audit" => get(manage::audit::audit);
    "/manage/projects/{project}/retention" => post(manage::project::retention);
    "/manage/projects/{project}/privacy" => get(manage::privacy::form), post(manage::privacy::save);
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
    "/manage/projects/{project}/events/{event}/registration-settings" => post(manage::events::registrations::save);
    "/manage/projects/{project}/events/{event}/checkin" => get(manage::events::checkin::show), post(manage::events::checkin::mark);
    "/manage/projects/{project}/events/{event}/checkin/code" => post(manage::events::checkin::by_code);
    "/manage/projects/{project}/events/{event}/badges" => get(manage::events::badges::badges);
    "/manage/projects/{project}/events/{event}/signature-sheet.pdf" => get(manage::events::signature_sheet::signature_sheet);
    "/manage/projects/{project}/events/{event}/people" => get(manage::events::people::index), post(manage::events::people::create);
    "/manage/projects/{project}/events/{event}/people/new" => get(manage::events::people::new_form);
    "/manage/projects/{project}/events/{event}/people/upload" => post(manage::events::people::upload);
    "/manage/projects/{project}/events/{event}/people/join-link" => post(manage::events::people::renew_join_link);
    "/manage/projects/{project}/events/{event}/people/template.csv" => get(manage::events::people::template);
    "/manage/projects/{project}/events/{event}/people.csv" => get(manage::events::people::export_csv);
    "/manage/projects/{project}/events/{event}/people.xlsx" => get(manage::events::people::export_xlsx);
    "/manage/projects/{project}/events/{event}/people/{id}" => get(manage::events::people::edit_form), post(manage::events::people::update);
    "/manage/projects/{project}/events/{event}/people/{id}/delete" => post(manage::events::people::delete);
    "/manage/projects/{project}/events/{event}/people/{id}/erase" => post(manage::events::erasure::erase);
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
    "/admin/security" => get(admin::security::show);
    "/admin/mail/{id}" => get(admin::mail::mail);
    "/healthz" => get(crate::healthz);
    "/api/openapi.json" => get(crate::openapi_document);
    "/static/{file}" => get(crate::assets::get);
}
