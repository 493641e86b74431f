//! `/manage/projects/{project}/people`: the people with a role in the project — organisers,
//! partner coordinators, participants — and for organisers, inviting someone
//! (`POST …/invitations`), changing a role (`…/people/{account}/role`) and taking it away
//! (`…/people/{account}/revoke`). A project always keeps an organiser.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinning_app::memberships::Invite;
use twinning_domain::{EmailAddress, Role, Slug};

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::PageError;
use crate::extract::{LangPrefs, PageForm, PagePath, query_param};
use crate::form::{FieldError, error_for};
use crate::i18n::Tr;
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;

use super::{load, town_label};

pub struct MemberRow {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub role: String,
    pub role_wire: &'static str,
    pub town: String,
    pub town_slug: String,
}

pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(askama::Template)]
#[template(path = "people.html")]
struct PeoplePage {
    l: Layout,
    members: Vec<MemberRow>,
    roles: Vec<Choice>,
    towns: Vec<Choice>,
    action: String,
    errors: Vec<FieldError>,
    notice: Option<String>,
    email: String,
    role: String,
    town: String,
}

impl PeoplePage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

async fn people_page(
    state: &Shared,
    page: &ProjectPage,
    errors: Vec<FieldError>,
    notice: Option<String>,
    form: &InviteForm,
) -> Result<PeoplePage, PageError> {
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let members = state
        .app
        .members(page.actor()?, p)
        .await?
        .into_iter()
        .map(|m| MemberRow {
            account_id: m.account_id,
            name: m.name,
            email: m.email,
            role: tr.name("member-role", m.role.as_str()),
            role_wire: m.role.as_str(),
            town: m.town.as_ref().map(|t| town_label(tr, page, t)).unwrap_or_default(),
            town_slug: m.town.map(|t| t.to_string()).unwrap_or_default(),
        })
        .collect();
    let roles = Role::ALL
        .iter()
        .map(|r| Choice { value: r.as_str().into(), label: tr.name("member-role", r.as_str()) })
        .collect();
    let towns = page
        .b
        .project
        .partners
        .iter()
        .map(|x| Choice { value: x.town.to_string(), label: town_label(tr, page, &x.town) })
        .collect();
    let title = page.title();
    let l = Layout::new(tr, tr.get("people-title"), format!("/manage/projects/{p}/people"))
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{p}"), title.text);
    Ok(PeoplePage {
        l,
        members,
        roles,
        towns,
        action: format!("/manage/projects/{p}"),
        errors,
        notice,
        email: form.email.clone(),
        role: form.role.clone(),
        town: form.town.clone(),
    })
}

pub async fn people(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    uri: Uri,
) -> Result<Response, PageError> {
    let (page, _) = load(&state, &prefs, &user, &project, true).await?;
    let tr = &page.tr;
    let notice = match query_param(&uri, "done").as_deref() {
        Some("invited") => Some(tr.get("people-invited")),
        Some("role") => Some(tr.get("people-role-changed")),
        Some("revoked") => Some(tr.get("people-revoked")),
        _ => None,
    };
    let form = InviteForm { email: String::new(), role: "coordinator".into(), town: String::new() };
    let view = people_page(&state, &page, Vec::new(), notice, &form).await?;
    render(&view, &prefs, tr)
}

/// The invitation form; a change of role sends its `role` and `town` alone.
#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    town: String,
}

/// Reads a role and, for coordinators, a partner town of the project.
fn role_and_town(
    tr: &Tr,
    page: &ProjectPage,
    role: &str,
    town: &str,
    errors: &mut Vec<FieldError>,
) -> Option<(Role, Option<Slug>)> {
    let Some(role) = Role::parse(role) else {
        errors.push(FieldError::new(tr, "role", "role.invalid"));
        return None;
    };
    if !role.needs_town() {
        return Some((role, None));
    }
    match Slug::parse(town).ok().filter(|t| page.b.project.partners.iter().any(|x| &x.town == t)) {
        Some(t) => Some((role, Some(t))),
        None => {
            errors.push(FieldError::new(tr, "town", "role.town_required"));
            None
        }
    }
}

pub async fn invite(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    PageForm(f): PageForm<InviteForm>,
) -> Result<Response, PageError> {
    let (page, _) = load(&state, &prefs, &user, &project, true).await?;
    let tr = &page.tr;
    let mut errors = Vec::new();
    let email =
        EmailAddress::parse(&f.email).map_err(|_| errors.push(FieldError::new(tr, "email", "email.invalid"))).ok();
    let rt = role_and_town(tr, &page, &f.role, &f.town, &mut errors);
    let (Some(email), Some((role, town))) = (email, rt) else {
        let view = people_page(&state, &page, errors, None, &f).await?;
        return render_status(&view, &prefs, tr, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let invite = Invite { email: &email, role, town: town.as_ref(), lang: tr.lang() };
    state.app.invite(page.actor()?, &user.account.name, page.b.project.slug.as_str(), &invite).await?;
    Ok(Redirect::to(&format!("/manage/projects/{}/people?done=invited", page.b.project.slug)).into_response())
}

pub async fn set_role(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, account)): PagePath<(String, i64)>,
    PageForm(f): PageForm<InviteForm>,
) -> Result<Response, PageError> {
    let (page, _) = load(&state, &prefs, &user, &project, true).await?;
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let mut errors = Vec::new();
    let Some((role, town)) = role_and_town(tr, &page, &f.role, &f.town, &mut errors) else {
        let form = InviteForm { email: String::new(), role: "coordinator".into(), town: String::new() };
        let view = people_page(&state, &page, errors, None, &form).await?;
        return render_status(&view, &prefs, tr, StatusCode::UNPROCESSABLE_ENTITY);
    };
    state.app.set_role(page.actor()?, p, account, role, town.as_ref()).await?;
    Ok(Redirect::to(&format!("/manage/projects/{p}/people?done=role")).into_response())
}

pub async fn revoke(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, account)): PagePath<(String, i64)>,
) -> Result<Response, PageError> {
    let (page, _) = load(&state, &prefs, &user, &project, true).await?;
    let p = page.b.project.slug.as_str();
    state.app.remove_role(page.actor()?, p, account).await?;
    Ok(Redirect::to(&format!("/manage/projects/{p}/people?done=revoked")).into_response())
}
