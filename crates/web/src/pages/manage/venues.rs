//! `/manage/projects/{project}/venues…`: the places where the programme happens. A venue
//! has a name, a town (one of the project's, or a new one such as an excursion stop), an
//! address and coordinates. Coordinates are typed or picked on a map: the organiser opens
//! the map link, centres it on the place and pastes the map's address (OpenStreetMap,
//! Google Maps or a `geo:` link) into the field, which works without JavaScript.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use twinning_domain::{Coordinates, Slug, Town, Translated, Venue, WebUrl};

use super::settings::named_town;
use crate::Shared;
use crate::auth::{SignedIn, User};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::form::{
    Choice, Field, FieldError, FormView, Input, Submitted, Values, changed_meanwhile, set_text, text_in,
};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;
use crate::view::map_href;

pub struct VenueRow {
    pub name: String,
    pub town: String,
    pub address: String,
    pub edit: String,
}

#[derive(askama::Template)]
#[template(path = "venues_manage.html")]
struct VenuesPage {
    l: Layout,
    rows: Vec<VenueRow>,
    new_href: String,
    notice: Option<String>,
}

fn base(page: &ProjectPage) -> String {
    format!("/manage/projects/{}/venues", page.b.project.slug)
}

fn layout(page: &ProjectPage, title: String, path: String, list: bool) -> Layout {
    let tr = &page.tr;
    let mut l = Layout::new(tr, title, path)
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{}", page.b.project.slug), page.title().text);
    if !list {
        l = l.crumb(base(page), tr.get("venues-manage-title"));
    }
    l
}

/// `GET /manage/projects/{project}/venues`.
pub async fn index(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    uri: Uri,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let tr = &page.tr;
    let default = Some(&page.b.project.default_lang);
    let mut rows: Vec<VenueRow> = page
        .b
        .venues
        .iter()
        .map(|v| VenueRow {
            name: tr.pick(&v.name, default).text,
            town: page.b.town(&v.town).map(|t| crate::view::town_name(tr, t).text).unwrap_or_default(),
            address: v.address.clone(),
            edit: format!("{}/{}", base(&page), v.slug),
        })
        .collect();
    rows.sort_by(|a, b| (&a.town, &a.name).cmp(&(&b.town, &b.name)));
    let notice = query_param(&uri, "done").filter(|d| d == "saved").map(|_| tr.get("venues-saved"));
    let l = layout(&page, tr.get("venues-manage-title"), base(&page), true);
    render(&VenuesPage { l, rows, new_href: format!("{}/new", base(&page)), notice }, &prefs, tr)
}

#[derive(Default, Clone)]
struct VenueForm {
    slug: String,
    name: String,
    town: String,
    town_name: String,
    town_country: String,
    address: String,
    coordinates: String,
    description: String,
    accessibility: String,
    website: String,
}

impl VenueForm {
    fn read(s: &Submitted) -> Self {
        Self {
            slug: s.get("slug"),
            name: s.get("name"),
            town: s.get("town"),
            town_name: s.get("town_name"),
            town_country: s.get("town_country"),
            address: s.get("address"),
            coordinates: s.get("coordinates"),
            description: s.get("description"),
            accessibility: s.get("accessibility"),
            website: s.get("website"),
        }
    }

    fn of(page: &ProjectPage, v: &Venue) -> Self {
        let lang = &page.b.project.default_lang;
        Self {
            slug: v.slug.to_string(),
            name: text_in(&v.name, lang),
            town: v.town.to_string(),
            address: v.address.clone(),
            coordinates: format!("{}, {}", v.coordinates.lat, v.coordinates.lon),
            description: text_in(&v.description, lang),
            accessibility: text_in(&v.accessibility, lang),
            website: v.website.as_ref().map(|w| w.as_str().to_owned()).unwrap_or_default(),
            ..Default::default()
        }
    }
}

fn form_view(page: &ProjectPage, editing: Option<&Venue>, form: &VenueForm, errors: Vec<FieldError>) -> FormView {
    let tr = &page.tr;
    let b = &page.b;
    let lang = tr.name("lang", b.project.default_lang.as_str());
    let in_lang = |key: &str| format!("{} ({lang})", tr.get(key));
    let mut fields = Vec::new();
    if editing.is_none() {
        fields.push(
            Field::new("slug", tr.get("items-field-slug"), Input::Text { max: 64 }, &form.slug)
                .hint(tr.get("venues-slug-hint"))
                .required(),
        );
    }
    fields.push(Field::new("name", in_lang("field-name"), Input::Text { max: 300 }, &form.name).required());
    let mut towns: Vec<Choice> = b
        .towns
        .iter()
        .map(|t| {
            Choice::new(
                t.slug.as_str(),
                format!("{} ({})", crate::view::town_name(tr, t).text, tr.country(t.country.as_str())),
                form.town == t.slug.as_str(),
            )
        })
        .collect();
    towns.insert(0, Choice::new("", tr.get("setup-town-not-listed"), form.town.is_empty()));
    fields.push(Field::new("town", tr.get("venue-town"), Input::Select(towns), &form.town));
    fields.push(
        Field::new("town_name", tr.get("setup-field-town-name"), Input::Text { max: 300 }, &form.town_name)
            .hint(tr.get("venues-new-town-hint")),
    );
    fields.push(Field::new(
        "town_country",
        tr.get("town-country"),
        Input::Select(crate::form::countries(tr, &form.town_country)),
        &form.town_country,
    ));
    fields.push(Field::new("address", tr.get("venue-address"), Input::Text { max: 300 }, &form.address));
    fields.push(
        Field::new("coordinates", tr.get("venue-coordinates"), Input::Text { max: 2000 }, &form.coordinates)
            .hint(tr.get("venues-coordinates-hint"))
            .required(),
    );
    fields.push(Field::new("description", in_lang("items-field-description"), Input::Long, &form.description));
    fields.push(
        Field::new("accessibility", in_lang("venue-accessibility"), Input::Long, &form.accessibility)
            .hint(tr.get("venues-accessibility-hint")),
    );
    fields.push(Field::new("website", tr.get("town-website"), Input::Url, &form.website));
    let (title, action) = match editing {
        Some(v) => (tr.pick(&v.name, Some(&b.project.default_lang)).text, format!("{}/{}", base(page), v.slug)),
        None => (tr.get("venues-new"), base(page)),
    };
    let l = layout(page, title, action.clone(), false);
    let mut view = FormView::new(l, action, fields, errors, tr.get("items-save"));
    // Where to look on the map: the venue, else its town, else the project's first town.
    let centre = editing.map(|v| v.coordinates).or_else(|| b.towns.iter().find_map(|t| t.coordinates));
    let map = match centre {
        Some(c) => map_href(c),
        None => "https://www.openstreetmap.org/".to_owned(),
    };
    view.intro.push(tr.get("venues-map-intro"));
    view.links.push((map, tr.get("venues-open-map")));
    if let Some(v) = editing {
        view.links.push((crate::view::href::venue(v.slug.as_str()), tr.get("venues-public-page")));
    }
    view
}

/// Builds the venue (and a new town when one was named) from the form; every problem is
/// reported beside its field.
async fn parse(
    state: &Shared,
    page: &ProjectPage,
    form: &VenueForm,
    editing: Option<&Venue>,
) -> Result<Result<(Venue, Option<Town>), Vec<FieldError>>, PageError> {
    let tr = &page.tr;
    let lang = &page.b.project.default_lang;
    let mut errors = Vec::new();
    let slug = match editing {
        Some(v) => Some(v.slug.clone()),
        None => match Slug::parse(form.slug.trim()) {
            Ok(s) => {
                // Venue addresses are shared by every project: the slug must be free everywhere.
                let taken = state.db.venue(s.as_str()).await?.is_some();
                if taken {
                    errors.push(FieldError::new(tr, "slug", "venue.slug_taken"));
                }
                Some(s)
            }
            Err(e) => {
                errors.push(FieldError::new(tr, "slug", e.key));
                None
            }
        },
    };
    let mut new_town = None;
    let town = if form.town.is_empty() {
        let all = state.db.towns().await?;
        named_town(tr, &all, &form.town_name, &form.town_country, &mut errors).map(|t| {
            let slug = t.slug.clone();
            if page.b.town(&slug).is_none() {
                new_town = Some(t);
            }
            slug
        })
    } else {
        let t = Slug::parse(&form.town).ok().filter(|s| page.b.town(s).is_some());
        if t.is_none() {
            errors.push(FieldError::new(tr, "town", "town.unknown"));
        }
        t
    };
    let coordinates = Coordinates::from_text(&form.coordinates)
        .map_err(|e| errors.push(FieldError::new(tr, "coordinates", e.key)))
        .ok();
    let website = match form.website.trim() {
        "" => Some(None),
        w => WebUrl::parse(w).map(Some).map_err(|_| errors.push(FieldError::new(tr, "website", "url.invalid"))).ok(),
    };
    let address = form.address.trim().to_owned();
    if let Err(e) = twinning_domain::check_text(&address) {
        errors.push(FieldError::new(tr, "address", e.key));
    }
    let (Some(slug), Some(town), Some(coordinates), Some(website)) = (slug, town, coordinates, website) else {
        return Ok(Err(errors));
    };
    let mut v = editing.cloned().unwrap_or(Venue {
        slug,
        name: Translated::new(),
        town: town.clone(),
        address: String::new(),
        coordinates,
        description: Translated::new(),
        accessibility: Translated::new(),
        website: None,
        illustrative: None,
    });
    if v.coordinates != coordinates || v.address != address {
        v.illustrative = None;
    }
    v.town = town;
    v.address = address;
    v.coordinates = coordinates;
    v.website = website;
    set_text(&mut v.name, lang, &form.name);
    set_text(&mut v.description, lang, &form.description);
    set_text(&mut v.accessibility, lang, &form.accessibility);
    for (field, t, required, max) in [
        ("name", &v.name, true, twinning_domain::TITLE_MAX),
        ("description", &v.description, false, twinning_domain::TEXT_MAX),
        ("accessibility", &v.accessibility, false, twinning_domain::TEXT_MAX),
    ] {
        if let Err(e) = t.validate(required, max) {
            errors.push(FieldError::new(tr, field, e.key));
        }
    }
    Ok(if errors.is_empty() { Ok((v, new_town)) } else { Err(errors) })
}

async fn save(
    state: &Shared,
    page: &mut ProjectPage,
    user: &User,
    venue: Venue,
    town: Option<Town>,
    action: &str,
) -> Result<(), PageError> {
    let target = venue.slug.to_string();
    if let Some(t) = town {
        page.b.towns.push(t);
    }
    match page.b.venues.iter_mut().find(|v| v.slug == venue.slug) {
        Some(v) => *v = venue,
        None => page.b.venues.push(venue),
    }
    page.save(state, user, action, &target).await
}

/// `GET /manage/projects/{project}/venues/new`.
pub async fn new_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let lead = page.b.project.partners.iter().find(|p| p.role == twinning_domain::PartnerRole::Lead);
    let form = VenueForm { town: lead.map(|p| p.town.to_string()).unwrap_or_default(), ..Default::default() };
    render(&form_view(&page, None, &form, Vec::new()), &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/venues`.
pub async fn create(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let mut page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let form = VenueForm::read(&Submitted::parse(&body)?);
    match parse(&state, &page, &form, None).await? {
        Err(errors) => {
            let view = form_view(&page, None, &form, errors);
            render_status(&view, &prefs, &page.tr, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok((venue, town)) => {
            save(&state, &mut page, &user, venue, town, "venue.create").await?;
            Ok(Redirect::to(&format!("{}?done=saved", base(&page))).into_response())
        }
    }
}

fn find<'a>(page: &'a ProjectPage, venue: &str) -> Result<&'a Venue, PageError> {
    page.b
        .venues
        .iter()
        .find(|v| v.slug.as_str() == venue)
        .ok_or_else(|| PageError::from(Problem::not_found("venue.not_found")))
}

/// `GET /manage/projects/{project}/venues/{venue}`.
pub async fn edit_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, venue)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let v = find(&page, &venue)?;
    let version = page.versions().and_then(|x| x.venues.get(&v.slug).copied());
    render(&form_view(&page, Some(v), &VenueForm::of(&page, v), Vec::new()).at_version(version), &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/venues/{venue}`.
pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, venue)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let mut page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let current = find(&page, &venue)?.clone();
    let submitted = Submitted::parse(&body)?;
    let form = VenueForm::read(&submitted);
    let now = page.versions().and_then(|x| x.venues.get(&current.slug).copied());
    let values = |v: Values| if v == Values::Saved { VenueForm::of(&page, &current) } else { form.clone() };
    if let Some(view) = changed_meanwhile(&submitted, now, |v| form_view(&page, Some(&current), &values(v), vec![])) {
        return render_status(&view, &prefs, &page.tr, StatusCode::CONFLICT);
    }
    match parse(&state, &page, &form, Some(&current)).await? {
        Err(errors) => {
            let view = form_view(&page, Some(&current), &form, errors).at_version(now);
            render_status(&view, &prefs, &page.tr, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok((venue, town)) => {
            save(&state, &mut page, &user, venue, town, "venue.update").await?;
            Ok(Redirect::to(&format!("{}?done=saved", base(&page))).into_response())
        }
    }
}
