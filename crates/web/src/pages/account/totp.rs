//! `/account/totp`: the second factor. Without one, a new secret to add to an authenticator
//! app — as text, as an `otpauth://` link and as a QR code (inline SVG: no script needed) —
//! confirmed with a code (`POST /account/totp`), which answers the ten recovery codes once.
//! With one, how many recovery codes are left and a form to remove it, which asks for the
//! password (`POST /account/totp/disable`). Instance admins must have one (see `auth.rs`).

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::index::field_errors;
use super::signin::ClientParts;
use crate::Shared;
use crate::auth::{SignedIn, User};
use crate::error::PageError;
use crate::extract::{LangPrefs, PageForm};
use crate::form::{FieldError, error_for};
use crate::i18n::{Arg, Tr};
use crate::layout::{Layout, render_status};

#[derive(askama::Template)]
#[template(path = "totp.html")]
struct TotpPage {
    l: Layout,
    enrolled: bool,
    /// An admin who must enrol before anything else.
    required: bool,
    secret: String,
    uri: String,
    qr_svg: String,
    codes_left: String,
    recovery: Vec<String>,
    errors: Vec<FieldError>,
}

impl TotpPage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

fn qr(uri: &str) -> String {
    qrcode::QrCode::new(uri.as_bytes())
        .map(|q| q.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).quiet_zone(true).build())
        .unwrap_or_default()
}

async fn page(
    state: &Shared,
    tr: &Tr,
    user: &User,
    secret: Option<String>,
    recovery: Vec<String>,
    errors: Vec<FieldError>,
) -> Result<TotpPage, PageError> {
    let a = &user.account;
    let enrolled = a.has_totp || !recovery.is_empty();
    let (secret, uri) = match (enrolled, secret) {
        (true, _) => (String::new(), String::new()),
        // A refused code keeps the secret being confirmed, so the app need not be set up again.
        (false, Some(s)) => match state.app.totp_uri(a, &s) {
            Ok(uri) => (s, uri),
            // A secret that was tampered with: start again with a new one.
            Err(_) => {
                let e = state.app.totp_enrolment(a)?;
                (e.secret, e.uri)
            }
        },
        (false, None) => {
            let e = state.app.totp_enrolment(a)?;
            (e.secret, e.uri)
        }
    };
    let left = if enrolled { state.app.recovery_codes_left(a).await? } else { 0 };
    Ok(TotpPage {
        l: Layout::new(tr, tr.get("totp-title"), "/account/totp".into()),
        enrolled,
        required: a.is_admin && !enrolled,
        qr_svg: if uri.is_empty() { String::new() } else { qr(&uri) },
        secret,
        uri,
        codes_left: tr.with("totp-codes-left", &[("count", Arg::Num(left))]),
        recovery,
        errors,
    })
}

/// The page holds a secret: never cached, never sent on as a referrer.
fn private(mut res: Response) -> Response {
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    res
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    let view = page(&state, &tr, &user, None, Vec::new(), Vec::new()).await?;
    Ok(private(render_status(&view, &prefs, &tr, StatusCode::OK)?))
}

#[derive(Deserialize)]
pub struct EnrolForm {
    #[serde(default)]
    secret: String,
    #[serde(default)]
    code: String,
}

pub async fn enrol(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    client: ClientParts,
    PageForm(f): PageForm<EnrolForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    if user.account.has_totp {
        return Ok(Redirect::to("/account/totp").into_response());
    }
    match state.app.enrol_totp(&user.account, &f.secret, &f.code, &client.0).await {
        Ok(codes) => {
            let view = page(&state, &tr, &user, None, codes, Vec::new()).await?;
            Ok(private(render_status(&view, &prefs, &tr, StatusCode::OK)?))
        }
        Err(twinning_app::AppError::Invalid(errs)) => {
            let view =
                page(&state, &tr, &user, Some(f.secret.trim().to_owned()), Vec::new(), field_errors(&tr, errs)).await?;
            Ok(private(render_status(&view, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY)?))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct DisableForm {
    #[serde(default)]
    current: String,
}

pub async fn disable(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    client: ClientParts,
    PageForm(f): PageForm<DisableForm>,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    match state.app.disable_totp(&user.account, f.current, &client.0).await {
        Ok(()) => Ok(Redirect::to("/account?done=totp-off").into_response()),
        Err(twinning_app::AppError::Invalid(errs)) => {
            let view = page(&state, &tr, &user, None, Vec::new(), field_errors(&tr, errs)).await?;
            Ok(private(render_status(&view, &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY)?))
        }
        Err(e) => Err(e.into()),
    }
}
