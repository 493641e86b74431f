//! `/invitations/{token}`: an invitation opened from its e-mail. It attaches the role to the
//! signed-in account, or creates an account for the invited address. Single use, expiring.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinning_domain::EmailAddress;
use twinning_store::StoreError;

use crate::Shared;
use crate::auth::{MaybeUser, hash_password, hash_secret, new_secret, session_cookie};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, PagePath};
use crate::form::{FieldError, error_for};
use crate::i18n::{Tr, Txt};
use crate::layout::{Layout, render, render_status};

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
    PagePath(token): PagePath<String>,
    PageForm(f): PageForm<AcceptForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let inv = valid(&state, &token).await?;
    let hash = hash_secret(&token);
    let manage = format!("/manage/projects/{}", inv.project);
    if let Some(u) = user {
        state.db.accept_invitation(&hash, state.config.clock.now().timestamp(), Some(u.account.id), None).await?;
        return Ok(Redirect::to(&manage).into_response());
    }
    let mut errors = Vec::new();
    let name = twinning_domain::account::check_display_name(&f.name)
        .map_err(|_| errors.push(FieldError::new(&tr, "name", "name.invalid")))
        .ok();
    if let Err(e) = twinning_domain::account::check_password(&f.password) {
        errors.push(FieldError::new(&tr, "password", e.key));
    }
    let email = EmailAddress::parse(&inv.email).map_err(|_| Problem::internal())?;
    let again = |errors: Vec<FieldError>| -> Result<Response, PageError> {
        let page = view(&tr, &inv, &token, None, f.name.clone(), errors);
        Ok(private(render_status(&page, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY)?))
    };
    let Some(name) = name.filter(|_| errors.is_empty()) else { return again(errors) };
    let pw = hash_password(f.password.clone()).await?;
    let account = match state
        .db
        .accept_invitation(&hash, state.config.clock.now().timestamp(), None, Some((&email, &name, &pw)))
        .await
    {
        Ok(a) => a,
        Err(StoreError::Conflict(_)) => return again(vec![FieldError::new(&tr, "name", "invitation.account_exists")]),
        Err(e) => return Err(PageError::from(e)),
    };
    let session = new_secret("s_");
    state.db.create_session(&hash_secret(&session), account, "").await?;
    let mut res = Redirect::to(&manage).into_response();
    let cookie = session_cookie(Some(&session), state.config.secure_cookies());
    res.headers_mut().insert(header::SET_COOKIE, HeaderValue::from_str(&cookie).map_err(|_| Problem::internal())?);
    Ok(res)
}
