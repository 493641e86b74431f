//! `/manage/projects/new` and `/manage/projects/{project}/settings`: starting a project (the
//! starter becomes its first organiser, their town its lead partner) and changing what it
//! is — titles, period, status, languages, funding and links. Texts are entered in the
//! project's main language; the translation pages carry them into the others.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use twinning_domain::{
    Bundle, CountryCode, Funding, LangTag, Link, Partner, PartnerRole, Project, ProjectStatus, Slug, Town, Translated,
    WebUrl,
};

use crate::Shared;
use crate::access::forbidden;
use crate::auth::{SignedIn, User};
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::form::{
    Choice, Field, FieldError, FormView, Input, Submitted, Values, changed_meanwhile, field_of, set_text, text_in,
};
use crate::i18n::{Tr, UI_LANGS};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;

/// The project form as submitted: every field a string, checked one by one.
#[derive(Default, Clone)]
struct ProjectForm {
    slug: String,
    acronym: String,
    title: String,
    aims: String,
    default_lang: String,
    languages: String,
    period_start: String,
    period_end: String,
    status: String,
    funding_programme: String,
    funding_strand: String,
    funding_measure: String,
    links: String,
    lead_town: String,
    town_name: String,
    town_country: String,
}

impl ProjectForm {
    fn read(s: &Submitted) -> Self {
        Self {
            slug: s.get("slug"),
            acronym: s.get("acronym"),
            title: s.get("title"),
            aims: s.get("aims"),
            default_lang: s.get("default_lang"),
            languages: s.get("languages"),
            period_start: s.get("period_start"),
            period_end: s.get("period_end"),
            status: s.get("status"),
            funding_programme: s.get("funding_programme"),
            funding_strand: s.get("funding_strand"),
            funding_measure: s.get("funding_measure"),
            links: s.get("links"),
            lead_town: s.get("lead_town"),
            town_name: s.get("town_name"),
            town_country: s.get("town_country"),
        }
    }

    fn of(p: &Project) -> Self {
        let lang = &p.default_lang;
        let f = p.funding.as_ref();
        Self {
            slug: p.slug.to_string(),
            acronym: p.acronym.clone(),
            title: text_in(&p.title, lang),
            aims: text_in(&p.aims, lang),
            default_lang: lang.to_string(),
            languages: crate::form::language_list(&p.languages),
            period_start: p.period_start.to_string(),
            period_end: p.period_end.to_string(),
            status: p.status.to_string(),
            funding_programme: f.map(|f| text_in(&f.programme, lang)).unwrap_or_default(),
            funding_strand: f.map(|f| text_in(&f.strand, lang)).unwrap_or_default(),
            funding_measure: f.map(|f| text_in(&f.measure, lang)).unwrap_or_default(),
            links: p
                .links
                .iter()
                .map(|l| format!("{} | {}", text_in(&l.label, lang), l.url.as_str()))
                .collect::<Vec<_>>()
                .join("\n"),
            ..Default::default()
        }
    }
}

const FIELDS: &[&str] = &[
    "slug",
    "acronym",
    "title",
    "aims",
    "default_lang",
    "languages",
    "period_start",
    "period_end",
    "status",
    "funding_programme",
    "links",
    "lead_town",
    "town_name",
    "town_country",
];

fn fields(tr: &Tr, form: &ProjectForm, creating: bool, towns: &[Town], text_lang: Option<&LangTag>) -> Vec<Field> {
    let in_lang = |label: String| match text_lang {
        Some(l) => format!("{label} ({})", tr.name("lang", l.as_str())),
        None => label,
    };
    let mut out = Vec::new();
    if creating {
        out.push(
            Field::new("slug", tr.get("setup-field-slug"), Input::Text { max: 64 }, &form.slug)
                .hint(tr.get("setup-slug-hint"))
                .required(),
        );
    }
    out.push(
        Field::new("acronym", tr.get("setup-field-acronym"), Input::Text { max: 40 }, &form.acronym)
            .hint(tr.get("setup-acronym-hint"))
            .required(),
    );
    out.push(
        Field::new("title", in_lang(tr.get("items-field-title")), Input::Text { max: 300 }, &form.title).required(),
    );
    out.push(Field::new("aims", in_lang(tr.get("setup-field-aims")), Input::Long, &form.aims));
    if creating {
        let mut lead: Vec<Choice> = towns
            .iter()
            .map(|t| {
                Choice::new(
                    t.slug.as_str(),
                    format!("{} ({})", t.native_name, tr.country(t.country.as_str())),
                    form.lead_town == t.slug.as_str(),
                )
            })
            .collect();
        lead.insert(0, Choice::new("", tr.get("setup-town-not-listed"), form.lead_town.is_empty()));
        out.push(
            Field::new("lead_town", tr.get("setup-field-lead-town"), Input::Select(lead), &form.lead_town)
                .hint(tr.get("setup-lead-town-hint")),
        );
        out.push(
            Field::new("town_name", tr.get("setup-field-town-name"), Input::Text { max: 300 }, &form.town_name)
                .hint(tr.get("setup-town-name-hint")),
        );
        out.push(Field::new(
            "town_country",
            tr.get("town-country"),
            Input::Select(crate::form::countries(tr, &form.town_country)),
            &form.town_country,
        ));
    }
    out.push(
        Field::new(
            "default_lang",
            tr.get("setup-field-default-lang"),
            Input::Suggest(UI_LANGS.iter().map(|l| (*l).to_owned()).collect()),
            &form.default_lang,
        )
        .hint(tr.get("setup-default-lang-hint"))
        .required(),
    );
    out.push(
        Field::new("languages", tr.get("setup-field-languages"), Input::Text { max: 200 }, &form.languages)
            .hint(tr.get("items-languages-hint")),
    );
    out.push(
        Field::new("period_start", tr.get("setup-field-period-start"), Input::Date, &form.period_start).required(),
    );
    out.push(Field::new("period_end", tr.get("setup-field-period-end"), Input::Date, &form.period_end).required());
    let statuses = ProjectStatus::ALL
        .iter()
        .map(|s| Choice::new(s.as_str(), tr.name("status", s.as_str()), form.status == s.as_str()))
        .collect();
    out.push(Field::new("status", tr.get("project-status"), Input::Radios(statuses), &form.status));
    out.push(
        Field::new(
            "funding_programme",
            in_lang(tr.get("setup-field-funding-programme")),
            Input::Text { max: 300 },
            &form.funding_programme,
        )
        .hint(tr.get("setup-funding-hint")),
    );
    out.push(Field::new(
        "funding_strand",
        in_lang(tr.get("setup-field-funding-strand")),
        Input::Text { max: 300 },
        &form.funding_strand,
    ));
    out.push(Field::new(
        "funding_measure",
        in_lang(tr.get("setup-field-funding-measure")),
        Input::Text { max: 300 },
        &form.funding_measure,
    ));
    out.push(
        Field::new("links", in_lang(tr.get("setup-field-links")), Input::Long, &form.links)
            .hint(tr.get("setup-links-hint")),
    );
    out
}

fn date(errors: &mut Vec<FieldError>, tr: &Tr, field: &'static str, raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok().or_else(|| {
        errors.push(FieldError::new(tr, field, "date.invalid"));
        None
    })
}

/// Reads `label | https://…` lines; a line with only an address uses it as its own label.
fn links(errors: &mut Vec<FieldError>, tr: &Tr, raw: &str, lang: &LangTag) -> Vec<Link> {
    let mut out = Vec::new();
    for line in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (label, url) = match line.rsplit_once('|') {
            Some((label, url)) => (label.trim(), url.trim()),
            None => (line, line),
        };
        match WebUrl::parse(url) {
            Ok(url) if !label.is_empty() => out.push(Link { label: Translated::new().with(lang.as_str(), label), url }),
            _ => {
                errors.push(FieldError::new(tr, "links", "link.invalid"));
                return out;
            }
        }
    }
    out
}

/// Applies the form to `p` (a new project or the one edited); `text_lang` is the language
/// the texts were entered in.
fn apply(tr: &Tr, form: &ProjectForm, p: &mut Project, text_lang: &LangTag, errors: &mut Vec<FieldError>) {
    p.acronym = form.acronym.trim().to_owned();
    if p.acronym.is_empty() || p.acronym.chars().count() > 40 {
        errors.push(FieldError::new(tr, "acronym", "project.acronym_invalid"));
    }
    set_text(&mut p.title, text_lang, &form.title);
    set_text(&mut p.aims, text_lang, &form.aims);
    match LangTag::parse(form.default_lang.trim()) {
        Ok(l) => p.default_lang = l,
        Err(_) => errors.push(FieldError::new(tr, "default_lang", "lang.invalid")),
    }
    match crate::form::parse_languages(&form.languages) {
        Some(mut langs) => {
            if !langs.contains(&p.default_lang) {
                langs.insert(0, p.default_lang.clone());
            }
            p.languages = langs;
        }
        None => errors.push(FieldError::new(tr, "languages", "lang.invalid")),
    }
    if let Some(d) = date(errors, tr, "period_start", &form.period_start) {
        p.period_start = d;
    }
    if let Some(d) = date(errors, tr, "period_end", &form.period_end) {
        p.period_end = d;
    }
    match ProjectStatus::parse(&form.status) {
        Some(s) => p.status = s,
        None => errors.push(FieldError::new(tr, "status", "status.invalid")),
    }
    let any_funding =
        [&form.funding_programme, &form.funding_strand, &form.funding_measure].iter().any(|t| !t.trim().is_empty());
    if any_funding || p.funding.is_some() {
        let mut f = p.funding.clone().unwrap_or(Funding {
            programme: Translated::new(),
            strand: Translated::new(),
            measure: Translated::new(),
            ruleset: None,
        });
        set_text(&mut f.programme, text_lang, &form.funding_programme);
        set_text(&mut f.strand, text_lang, &form.funding_strand);
        set_text(&mut f.measure, text_lang, &form.funding_measure);
        if f.programme.0.is_empty() && f.strand.0.is_empty() && f.measure.0.is_empty() && f.ruleset.is_none() {
            p.funding = None;
        } else if f.programme.0.is_empty() {
            errors.push(FieldError::new(tr, "funding_programme", "funding.programme_required"));
        } else {
            p.funding = Some(f);
        }
    }
    p.links = links(errors, tr, &form.links, text_lang);
}

/// Checks the whole project as the store will, naming the form's fields.
fn check(tr: &Tr, b: &Bundle, errors: &mut Vec<FieldError>) {
    if let Err(errs) = b.validate() {
        for e in errs.0 {
            let field = match e.key {
                "event.outside_project" => "period_start",
                "project.default_lang_missing" => "languages",
                "town.name_required" => "town_name",
                _ => field_of(&e.field, FIELDS, "title"),
            };
            if !errors.iter().any(|x| x.field == field) {
                errors.push(FieldError::new(tr, field, e.key));
            }
        }
    }
}

fn may_start(user: &User) -> Result<(), PageError> {
    if user.account.may_start_projects { Ok(()) } else { Err(PageError::from(forbidden())) }
}

fn new_view(tr: &Tr, form: &ProjectForm, towns: &[Town], errors: Vec<FieldError>) -> FormView {
    let l = Layout::new(tr, tr.get("setup-new-title"), "/manage/projects/new".into())
        .crumb("/manage", tr.get("manage-title"));
    let mut v = FormView::new(
        l,
        "/manage/projects/new".into(),
        fields(tr, form, true, towns, None),
        errors,
        tr.get("setup-create"),
    );
    v.intro.push(tr.get("setup-new-intro"));
    v
}

/// `GET /manage/projects/new`: the form to start a project.
pub async fn new_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    may_start(&user)?;
    let towns = state.db.towns().await?;
    let today = state.config.clock.today();
    let form = ProjectForm {
        default_lang: tr.lang().to_owned(),
        languages: if tr.lang() == "en" { "en".into() } else { format!("{}, en", tr.lang()) },
        period_start: today.to_string(),
        period_end: (today + chrono::Duration::days(364)).to_string(),
        status: "planned".into(),
        ..Default::default()
    };
    render(&new_view(&tr, &form, &towns, Vec::new()), &prefs, &tr)
}

/// The lead partner's town: one already known, or a new one from its name and country.
fn lead_town(tr: &Tr, form: &ProjectForm, towns: &[Town], errors: &mut Vec<FieldError>) -> Option<Town> {
    if !form.lead_town.is_empty() {
        let found = towns.iter().find(|t| t.slug.as_str() == form.lead_town).cloned();
        if found.is_none() {
            errors.push(FieldError::new(tr, "lead_town", "town.unknown"));
        }
        return found;
    }
    named_town(tr, towns, &form.town_name, &form.town_country, errors)
}

/// The town a form names by its own name and country: the one the site knows already (the
/// same name, ignoring case, in the same country), else a new one with a free slug. Problems
/// go beside `town_name` and `town_country`.
pub fn named_town(tr: &Tr, towns: &[Town], name: &str, country: &str, errors: &mut Vec<FieldError>) -> Option<Town> {
    let name = name.trim();
    let country = CountryCode::parse(country);
    let slug = free_town_slug(towns, name);
    if name.is_empty() || name.chars().count() > twinning_domain::TITLE_MAX || slug.is_none() {
        errors.push(FieldError::new(tr, "town_name", "town.name_required"));
    }
    if country.is_err() {
        errors.push(FieldError::new(tr, "town_country", "country.invalid"));
    }
    let (Ok(country), Some(slug), false) = (country, slug, name.is_empty()) else { return None };
    let known = towns.iter().find(|t| t.country == country && t.native_name.to_lowercase() == name.to_lowercase());
    Some(known.cloned().unwrap_or(Town {
        slug,
        native_name: name.to_owned(),
        name: Translated::new(),
        country,
        region: Translated::new(),
        population: None,
        coordinates: None,
        website: None,
        languages: Vec::new(),
        illustrative: None,
    }))
}

/// A slug for a new town that no known town has: `kalmar`, else `kalmar-2`, ….
fn free_town_slug(towns: &[Town], name: &str) -> Option<Slug> {
    let stem = Slug::suggest(name)?;
    if towns.iter().all(|t| t.slug != stem) {
        return Some(stem);
    }
    let base: String = stem.as_str().chars().take(Slug::MAX_LEN - 4).collect();
    (2..1000)
        .filter_map(|n| Slug::parse(&format!("{}-{n}", base.trim_end_matches('-'))).ok())
        .find(|s| towns.iter().all(|t| &t.slug != s))
}

/// `POST /manage/projects/new`: starts the project; the starter becomes its organiser.
pub async fn create(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    body: String,
) -> Result<Response, PageError> {
    let tr = prefs.tr(None);
    may_start(&user)?;
    let form = ProjectForm::read(&Submitted::parse(&body)?);
    let towns = state.db.towns().await?;
    let mut errors = Vec::new();
    let slug = Slug::parse(form.slug.trim()).map_err(|e| errors.push(FieldError::new(&tr, "slug", e.key))).ok();
    let town = lead_town(&tr, &form, &towns, &mut errors);
    let mut project = Project {
        slug: slug.clone().unwrap_or_else(|| Slug::parse("project").expect("a valid slug")),
        acronym: String::new(),
        title: Translated::new(),
        aims: Translated::new(),
        funding: None,
        period_start: NaiveDate::default(),
        period_end: NaiveDate::default(),
        status: ProjectStatus::Planned,
        default_lang: LangTag::en(),
        languages: Vec::new(),
        links: Vec::new(),
        partners: Vec::new(),
        events: Vec::new(),
    };
    let text_lang = LangTag::parse(form.default_lang.trim()).unwrap_or_else(|_| LangTag::en());
    apply(&tr, &form, &mut project, &text_lang, &mut errors);
    let bundle = town.map(|town| {
        project.partners.push(Partner {
            town: town.slug.clone(),
            organisation: None,
            role: PartnerRole::Lead,
            illustrative: None,
        });
        Bundle {
            format: twinning_domain::bundle::FORMAT.to_owned(),
            comment: None,
            towns: vec![town],
            organisations: Vec::new(),
            venues: Vec::new(),
            project,
            twinnings: Vec::new(),
        }
    });
    if let Some(b) = &bundle {
        check(&tr, b, &mut errors);
    }
    let (Some(b), true, Some(slug)) = (bundle, errors.is_empty(), slug) else {
        return render_status(&new_view(&tr, &form, &towns, errors), &prefs, &tr, StatusCode::UNPROCESSABLE_ENTITY);
    };
    match state.app.create_project(&user.account, &b).await {
        Ok(()) => Ok(Redirect::to(&format!("/manage/projects/{slug}?done=created")).into_response()),
        Err(twinning_app::AppError::Conflict(key)) => {
            let errors = vec![FieldError::new(&tr, "slug", key)];
            render_status(&new_view(&tr, &form, &towns, errors), &prefs, &tr, StatusCode::CONFLICT)
        }
        Err(e) => Err(PageError::from(e)),
    }
}

fn settings_view(page: &ProjectPage, form: &ProjectForm, errors: Vec<FieldError>) -> FormView {
    let tr = &page.tr;
    let p = &page.b.project;
    let action = format!("/manage/projects/{}/settings", p.slug);
    let l = Layout::new(tr, tr.get("setup-settings-title"), action.clone())
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{}", p.slug), page.title().text);
    let mut v =
        FormView::new(l, action, fields(tr, form, false, &[], Some(&p.default_lang)), errors, tr.get("items-save"));
    v.intro.push(tr.get("setup-settings-intro"));
    v.links.push((format!("/manage/projects/{}/translations", p.slug), tr.get("translations-title")));
    v
}

/// `GET /manage/projects/{project}/settings`.
pub async fn settings_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let version = page.versions().map(|v| v.project);
    render(&settings_view(&page, &ProjectForm::of(&page.b.project), Vec::new()).at_version(version), &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/settings`.
pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let mut page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let submitted = Submitted::parse(&body)?;
    let form = ProjectForm::read(&submitted);
    let now = page.versions().map(|v| v.project);
    let values = |v: Values| if v == Values::Saved { ProjectForm::of(&page.b.project) } else { form.clone() };
    if let Some(view) = changed_meanwhile(&submitted, now, |v| settings_view(&page, &values(v), vec![])) {
        return render_status(&view, &prefs, &page.tr, StatusCode::CONFLICT);
    }
    let mut errors = Vec::new();
    let text_lang = page.b.project.default_lang.clone();
    let mut p = page.b.project.clone();
    apply(&page.tr, &form, &mut p, &text_lang, &mut errors);
    let mut b = page.b.clone();
    b.project = p;
    check(&page.tr, &b, &mut errors);
    if !errors.is_empty() {
        let view = settings_view(&page, &form, errors).at_version(now);
        return render_status(&view, &prefs, &page.tr, StatusCode::UNPROCESSABLE_ENTITY);
    }
    page.b = b;
    page.save(&state, &user, "project.update", page.b.project.slug.as_str()).await?;
    Ok(Redirect::to(&format!("/manage/projects/{}?done=saved", page.b.project.slug)).into_response())
}
