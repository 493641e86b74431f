//! `/manage/projects/{project}/partners…`: the towns taking part and their roles. An
//! organiser adds a town the instance knows or a new one (its name and country), changes a
//! role — naming a new lead makes the old lead a partner — and removes a partner that hosts
//! no meeting and has no coordinator.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use twinning_domain::{PartnerRole, Town};

use super::settings::named_town;
use crate::Shared;
use crate::auth::{SignedIn, User};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::form::{Choice, Field, FieldError, Input, Submitted, attach};
use crate::i18n::Tr;
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;

pub struct PartnerRow {
    pub town: String,
    pub country: String,
    pub action: String,
    pub roles: Vec<Choice>,
    pub role_id: String,
    pub remove: Option<String>,
    /// The partner's version, sent back with a change of role.
    pub version: Option<i64>,
}

#[derive(askama::Template)]
#[template(path = "partners_manage.html")]
struct PartnersPage {
    l: Layout,
    rows: Vec<PartnerRow>,
    action: String,
    fields: Vec<Field>,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

fn roles(tr: &Tr, current: &str) -> Vec<Choice> {
    PartnerRole::ALL
        .iter()
        .map(|r| Choice::new(r.as_str(), tr.name("role", r.as_str()), r.as_str() == current))
        .collect()
}

#[derive(Default)]
struct AddForm {
    town: String,
    town_name: String,
    town_country: String,
    role: String,
}

fn view(
    page: &ProjectPage,
    towns: &[Town],
    form: &AddForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> PartnersPage {
    let tr = &page.tr;
    let b = &page.b;
    let base = format!("/manage/projects/{}/partners", b.project.slug);
    let rows = b
        .project
        .partners
        .iter()
        .map(|p| {
            let town = b.town(&p.town);
            PartnerRow {
                town: town.map(|t| crate::view::town_name(tr, t).text).unwrap_or_else(|| p.town.to_string()),
                country: town.map(|t| tr.country(t.country.as_str())).unwrap_or_default(),
                action: format!("{base}/{}", p.town),
                roles: roles(tr, p.role.as_str()),
                role_id: format!("role-{}", p.town),
                remove: (p.role != PartnerRole::Lead).then(|| format!("{base}/{}/remove", p.town)),
                version: page.versions().and_then(|v| v.partners.get(&p.town).copied()),
            }
        })
        .collect();
    let mut choices: Vec<Choice> = towns
        .iter()
        .filter(|t| !b.project.partners.iter().any(|p| p.town == t.slug))
        .map(|t| {
            Choice::new(
                t.slug.as_str(),
                format!("{} ({})", t.native_name, tr.country(t.country.as_str())),
                form.town == t.slug.as_str(),
            )
        })
        .collect();
    choices.insert(0, Choice::new("", tr.get("setup-town-not-listed"), form.town.is_empty()));
    let mut fields = vec![
        Field::new("town", tr.get("field-town"), Input::Select(choices), &form.town),
        Field::new("town_name", tr.get("setup-field-town-name"), Input::Text { max: 300 }, &form.town_name)
            .hint(tr.get("setup-town-name-hint")),
        Field::new(
            "town_country",
            tr.get("town-country"),
            Input::Select(crate::form::countries(tr, &form.town_country)),
            &form.town_country,
        ),
        Field::new("role", tr.get("field-role"), Input::Radios(roles(tr, &form.role)), &form.role),
    ];
    attach(&mut fields, &errors);
    let l = Layout::new(tr, tr.get("partners-manage-title"), base.clone())
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{}", b.project.slug), page.title().text);
    PartnersPage { l, rows, action: base, fields, errors, notice }
}

async fn load(
    state: &Shared,
    prefs: &LangPrefs,
    user: &User,
    project: &str,
) -> Result<(ProjectPage, Vec<Town>), PageError> {
    let page = ProjectPage::load_managed(state, prefs, user, project).await?;
    let towns = state.db.towns().await?;
    Ok((page, towns))
}

/// `GET /manage/projects/{project}/partners`.
pub async fn index(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    uri: Uri,
) -> Result<Response, PageError> {
    let (page, towns) = load(&state, &prefs, &user, &project).await?;
    let tr = &page.tr;
    let notice = query_param(&uri, "done").and_then(|d| match d.as_str() {
        "added" => Some(tr.get("partners-added")),
        "saved" => Some(tr.get("partners-saved")),
        "removed" => Some(tr.get("partners-removed")),
        _ => None,
    });
    let form = AddForm { role: "partner".into(), ..Default::default() };
    render(&view(&page, &towns, &form, Vec::new(), notice), &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/partners`: adds a partner town.
pub async fn add(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let (mut page, towns) = load(&state, &prefs, &user, &project).await?;
    let tr = page.tr.clone();
    let s = Submitted::parse(&body)?;
    let form = AddForm {
        town: s.get("town"),
        town_name: s.get("town_name"),
        town_country: s.get("town_country"),
        role: s.get("role"),
    };
    let mut errors = Vec::new();
    let role = PartnerRole::parse(&form.role);
    if role.is_none() {
        errors.push(FieldError::new(&tr, "role", "role.invalid"));
    }
    let town = if form.town.is_empty() {
        named_town(&tr, &towns, &form.town_name, &form.town_country, &mut errors).filter(|t| {
            let already = page.b.project.partners.iter().any(|p| p.town == t.slug);
            if already {
                errors.push(FieldError::new(&tr, "town_name", "partner.already"));
            }
            !already
        })
    } else {
        match towns.iter().find(|t| t.slug.as_str() == form.town) {
            Some(t) if page.b.project.partners.iter().any(|p| p.town == t.slug) => {
                errors.push(FieldError::new(&tr, "town", "partner.already"));
                None
            }
            Some(t) => Some(t.clone()),
            None => {
                errors.push(FieldError::new(&tr, "town", "town.unknown"));
                None
            }
        }
    };
    let (Some(town), Some(role), true) = (town, role, errors.is_empty()) else {
        return render_status(&view(&page, &towns, &form, errors, None), &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let slug = town.slug.clone();
    if page.b.town(&slug).is_none() {
        page.b.towns.push(town);
    }
    page.b.set_partner(&slug, role).map_err(|e| refuse(e.key, &e.message))?;
    page.save(&state, &user, "partner.add", slug.as_str()).await?;
    Ok(Redirect::to(&format!("/manage/projects/{}/partners?done=added", page.b.project.slug)).into_response())
}

fn partner_index(page: &ProjectPage, town: &str) -> Result<usize, PageError> {
    page.b
        .project
        .partners
        .iter()
        .position(|p| p.town.as_str() == town)
        .ok_or_else(|| PageError::from(Problem::not_found("partner.not_found")))
}

fn refuse(key: &'static str, detail: &str) -> PageError {
    PageError::from(Problem { status: StatusCode::CONFLICT, key, field: None, detail: detail.into() })
}

/// `POST /manage/projects/{project}/partners/{town}`: changes the partner's role.
pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, town)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let (mut page, towns) = load(&state, &prefs, &user, &project).await?;
    let i = partner_index(&page, &town)?;
    let s = Submitted::parse(&body)?;
    let role = PartnerRole::parse(&s.get("role"))
        .ok_or_else(|| PageError::from(Problem::bad_request("role.invalid", "role", "lead, partner or associated")))?;
    let slug = page.b.project.partners[i].town.clone();
    let now = page.versions().and_then(|v| v.partners.get(&slug).copied());
    if crate::form::changed_since(crate::form::seen_version(&s), now).is_some() {
        // Someone changed this partner after the list was shown: say what it is now and
        // what this editor chose, and let them choose again.
        let tr = &page.tr;
        let current = page.b.project.partners[i].role;
        let town_name =
            page.b.town(&slug).map(|t| crate::view::town_name(tr, t).text).unwrap_or_else(|| slug.to_string());
        let notice = tr.with(
            "partners-changed-meanwhile",
            &[
                ("town", crate::i18n::Arg::Str(town_name)),
                ("now", crate::i18n::Arg::Str(tr.name("role", current.as_str()))),
                ("yours", crate::i18n::Arg::Str(tr.name("role", role.as_str()))),
            ],
        );
        let view = view(&page, &towns, &AddForm::default(), Vec::new(), Some(notice));
        return render_status(&view, &prefs, &page.tr, StatusCode::CONFLICT);
    }
    page.b.set_partner(&slug, role).map_err(|e| refuse(e.key, &e.message))?;
    page.save(&state, &user, "partner.role", &format!("{slug} {role}")).await?;
    Ok(Redirect::to(&format!("/manage/projects/{}/partners?done=saved", page.b.project.slug)).into_response())
}

/// `POST /manage/projects/{project}/partners/{town}/remove`.
pub async fn remove(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, town)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let (mut page, _) = load(&state, &prefs, &user, &project).await?;
    let i = partner_index(&page, &town)?;
    let slug = page.b.project.partners[i].town.clone();
    let members = state.db.members(page.b.project.slug.as_str()).await?;
    if members.iter().any(|m| m.town.as_ref() == Some(&slug)) {
        return Err(refuse("partner.has_coordinators", "remove the coordinators' roles first"));
    }
    page.b.remove_partner(&slug).map_err(|e| refuse(e.key, &e.message))?;
    page.save(&state, &user, "partner.remove", slug.as_str()).await?;
    Ok(Redirect::to(&format!("/manage/projects/{}/partners?done=removed", page.b.project.slug)).into_response())
}
