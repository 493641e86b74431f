//! `/invitations/{token}`: an invitation opened from its e-mail. It attaches the role to the
//! signed-in account, or creates an account for the invited address. Single use, expiring.

use super::index::field_errors;
use super::signin::ClientParts;
use crate::Shared;
use crate::auth::{MaybeUser, hash_secret, session_cookie};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, PagePath};
use crate::form::{FieldError, error_for};
use crate::i18n::{Tr, Txt};
use crate::layout::{Layout, render, render_status};
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(askama::Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    l: Layout,
    project: Txt,
    role: String,
    email: String,
    expires: String,
    signed_in_as: Option<String>,
    action: String,
    signin_href: String,
    name: String,
    errors: Vec<FieldError>,
}

impl InvitationPage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

async fn valid(state: &Shared, token: &str) -> Result<twinning_store::Invitation, PageError> {
    state
        .db
        .invitation(&hash_secret(token), state.config.clock.now().timestamp())
        .await?
        .ok_or_else(|| PageError::from(Problem::not_found("invitation.invalid")))
}

fn view(
    tr: &Tr,
    inv: &twinning_store::Invitation,
    token: &str,
    signed_in_as: Option<String>,
    name: String,
    errors: Vec<FieldError>,
) -> InvitationPage {
    let path = format!("/invitations/{token}");
    let mut l = Layout::new(tr, tr.get("invitation-title"), path.clone());
    // The token must not leak to other sites through the Referer header or the switcher's links.
    l.languages.clear();
    InvitationPage {
        l,
        project: tr.pick(&inv.title, None),
        role: crate::pages::shared::role_label(tr, inv.role, inv.town_name.as_deref()),
        email: inv.email.clone(),
        expires: tr.date(inv.expires_at.date_naive()),
        signed_in_as,
        signin_href: format!("/signin?next={}", form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()),
        action: path,
        name,
        errors,
    }
}

fn private(mut res: Response) -> Response {
    res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    MaybeUser(user): MaybeUser,
    PagePath(token): PagePath<String>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let inv = valid(&state, &token).await?;
    let page = view(&tr, &inv, &token, user.map(|u| u.account.email), String::new(), Vec::new());
    Ok(private(render(&page, &prefs, &tr)?))
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
}

pub async fn accept(
    State(state): State<Shared>,
    prefs: LangPrefs,
    MaybeUser(user): MaybeUser,
    client: ClientParts,
    PagePath(token): PagePath<String>,
    PageForm(f): PageForm<AcceptForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let inv = valid(&state, &token).await?;
    let manage = format!("/manage/projects/{}", inv.project);
    let again = |errors: Vec<FieldError>| -> Result<Response, PageError> {
        let page = view(&tr, &inv, &token, None, f.name.clone(), errors);
        Ok(private(render_status(&page, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY)?))
    };
    let session = match state
        .app
        .accept_invitation(&token, user.as_ref().map(|u| &u.account), &f.name, f.password.clone(), &client.0)
        .await
    {
        Ok(s) => s,
        Err(twinning_app::AppError::Invalid(errs)) => return again(field_errors(&tr, errs)),
        Err(twinning_app::AppError::Conflict(key)) => return again(vec![FieldError::new(&tr, "name", key)]),
        Err(e) => return Err(e.into()),
    };
    let mut res = Redirect::to(&manage).into_response();
    if let Some(session) = session {
        let cookie = session_cookie(Some(&session), state.config.secure_cookies());
        res.headers_mut().insert(header::SET_COOKIE, HeaderValue::from_str(&cookie).map_err(|_| Problem::internal())?);
    }
    Ok(res)
}
