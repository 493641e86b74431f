//! `/manage/projects/{project}/people`: the people with a role in the project — organisers,
//! partner coordinators, participants — and for organisers, inviting someone
//! (`POST …/invitations`), changing a role (`…/people/{account}/role`) and taking it away
//! (`…/people/{account}/revoke`). A project always keeps an organiser.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinning_domain::{EmailAddress, Role, Slug};

use crate::Shared;
use crate::auth::{SignedIn, hash_secret, new_secret};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, PagePath, query_param};
use crate::form::{FieldError, error_for};
use crate::i18n::{Arg, Tr};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;

use super::{load, town_label};

/// How long an invitation link can be used.
pub const INVITATION_DAYS: i64 = 14;

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
        .db
        .members(p)
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
    let token = new_secret("i_");
    let expires = state.config.clock.now() + chrono::Duration::days(INVITATION_DAYS);
    let title = page.title().text;
    let role_label = match &town {
        Some(t) => format!("{} ({})", tr.name("member-role", role.as_str()), town_label(tr, &page, t)),
        None => tr.name("member-role", role.as_str()),
    };
    let mail = twinning_store::Mail {
        recipient: email.to_string(),
        subject: tr.with("mail-invitation-subject", &[("project", Arg::Str(title.clone()))]),
        body: tr.with(
            "mail-invitation-body",
            &[
                ("inviter", Arg::Str(user.account.name.clone())),
                ("project", Arg::Str(title)),
                ("role", Arg::Str(role_label)),
                ("link", Arg::Str(state.config.link(&format!("/invitations/{token}")))),
                ("date", Arg::Str(tr.date(expires.date_naive()))),
            ],
        ),
        calendar: None,
    };
    state
        .db
        .invite(
            page.b.project.slug.as_str(),
            &email,
            role,
            town.as_ref(),
            user.account.id,
            &hash_secret(&token),
            expires.timestamp(),
            &mail,
        )
        .await?;
    Ok(Redirect::to(&format!("/manage/projects/{}/people?done=invited", page.b.project.slug)).into_response())
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    town: String,
}

/// Refuses to leave a project without an organiser.
async fn keeps_an_organiser(
    state: &Shared,
    project: &str,
    account: i64,
    new_role: Option<Role>,
) -> Result<(), PageError> {
    if new_role == Some(Role::Organiser) {
        return Ok(());
    }
    let members = state.db.members(project).await?;
    let others = members.iter().filter(|m| m.role == Role::Organiser && m.account_id != account).count();
    let is_organiser = members.iter().any(|m| m.role == Role::Organiser && m.account_id == account);
    if is_organiser && others == 0 {
        return Err(PageError::from(Problem {
            status: StatusCode::CONFLICT,
            key: "role.last_organiser",
            field: Some("role".into()),
            detail: "a project keeps at least one organiser".into(),
        }));
    }
    Ok(())
}

pub async fn set_role(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, account)): PagePath<(String, i64)>,
    PageForm(f): PageForm<RoleForm>,
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
    if !state.db.members(p).await?.iter().any(|m| m.account_id == account) {
        return Err(PageError::from(Problem::not_found("member.not_found")));
    }
    keeps_an_organiser(&state, p, account, Some(role)).await?;
    state.db.set_role(p, account, role, town.as_ref(), Some(user.account.id)).await?;
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
    keeps_an_organiser(&state, p, account, None).await?;
    if !state.db.remove_role(p, account, Some(user.account.id)).await? {
        return Err(PageError::from(Problem::not_found("member.not_found")));
    }
    Ok(Redirect::to(&format!("/manage/projects/{p}/people?done=revoked")).into_response())
}
