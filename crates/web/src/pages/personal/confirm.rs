//! `/confirm/{token}`: the link in the e-mail of a registration that waits for confirmation
//! (when the organisers ask for one). Following it shows a button; only pressing it (a POST)
//! confirms, so that mail scanners which open links do not confirm for the person. Confirmed,
//! the registration takes a place if one is left, else joins the waiting list.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use twinning_app::AppError;
use twinning_domain::RegistrationStatus;

use crate::Shared;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath};
use crate::form::FormView;
use crate::layout::{Layout, render};

#[derive(askama::Template)]
#[template(path = "joined.html")]
struct Confirmed {
    l: Layout,
    message: String,
    item_href: String,
}

/// A personal link's page: neither indexed nor passed on as a referrer.
fn private(mut res: Response) -> Response {
    res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    res.headers_mut().insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    res
}

/// `GET /confirm/{token}`: the button that confirms.
pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
) -> Result<Response, PageError> {
    let hash = crate::auth::hash_secret(&token);
    if state.db.pending_registration(&hash).await?.is_none() {
        return Err(Problem::not_found("link.unknown").into());
    }
    let tr = prefs.tr(None);
    let path = format!("/confirm/{token}");
    let l = Layout::new(&tr, tr.get("confirm-title"), path.clone());
    let mut v = FormView::new(l, path, Vec::new(), Vec::new(), tr.get("confirm-submit"));
    v.intro.push(tr.get("confirm-intro"));
    Ok(private(render(&v, &prefs, &tr)?))
}

/// `POST /confirm/{token}`: confirms the registration.
pub async fn submit(
    State(state): State<Shared>,
    prefs: LangPrefs,
    PagePath(token): PagePath<String>,
) -> Result<Response, PageError> {
    let (b, e, it, status) = match state.app.confirm_registration(&token).await {
        Ok(done) => done,
        Err(AppError::NotFound(_)) => return Err(Problem::not_found("link.unknown").into()),
        Err(other) => return Err(other.into()),
    };
    let tr = prefs.tr(Some(&b.project.default_lang));
    let message = match status {
        RegistrationStatus::Waiting => tr.get("registration-done-waiting"),
        _ => tr.get("confirm-done"),
    };
    let ev = &b.project.events[e];
    let item_href = crate::view::href::item(b.project.slug.as_str(), ev.slug.as_str(), it.slug.as_str());
    let l = Layout::new(&tr, tr.get("confirm-title"), format!("/confirm/{token}"));
    Ok(private(render(&Confirmed { l, message, item_href }, &prefs, &tr)?))
}
