//! `/manage/projects/{project}/events/{event}`: the organiser's programme — every item by day
//! with its warnings — and `…/items[/new|/{item}[/duplicate|/delete]]`, the item editor (add,
//! edit or move, duplicate, delete); `…/publish` publishes the programme, `…/clone` starts a
//! meeting from this one. Times are entered in the event's zone. Every write touches only the
//! rows it changes, in one transaction with its audit-log entry.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, NaiveDateTime};
use twinning_domain::{Audience, Bundle, Event, ItemKind, LangTag, ProgrammeItem, Slug, Translated};

use crate::Shared;
use crate::auth::{SignedIn, User};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::form::{FieldError, error_for};
use crate::i18n::{Arg, Tr, Txt};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;
use crate::view::{DayView, href, programme_days};

async fn load(state: &Shared, prefs: &LangPrefs, user: &User, project: &str) -> Result<ProjectPage, PageError> {
    ProjectPage::load_managed(state, prefs, user, project).await
}

fn base(page: &ProjectPage, ev: &Event) -> String {
    format!("/manage/projects/{}/events/{}", page.b.project.slug, ev.slug)
}

#[derive(askama::Template)]
#[template(path = "manage_programme.html")]
struct ProgrammePage {
    l: Layout,
    days: Vec<DayView>,
    base: String,
    warnings: String,
    notice: Option<String>,
    status: String,
    /// Whether public registrations count only once confirmed by e-mail.
    confirm_by_email: bool,
}

/// `GET /manage/projects/{project}/events/{event}`: the programme with edit links.
pub async fn programme(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    uri: Uri,
) -> Result<Response, PageError> {
    let page = load(&state, &prefs, &user, &project).await?;
    let ev = &page.b.project.events[page.event_index(&event)?];
    let tr = &page.tr;
    let count = twinning_domain::checks::check_event(&page.b, ev).len();
    let published = state.db.published(page.b.project.slug.as_str()).await?;
    let status = match published.get(ev.slug.as_str()) {
        None => page.tr.get("publish-never"),
        Some(v) => {
            let pending = twinning_store::Changes::between(&v.items, &ev.items);
            let n = (pending.added.len() + pending.changed.len() + pending.removed.len()) as i64;
            if n == 0 {
                page.tr.with("publish-up-to-date", &[("version", Arg::Num(v.version))])
            } else {
                page.tr.with("publish-pending", &[("count", Arg::Num(n)), ("version", Arg::Num(v.version))])
            }
        }
    };
    let notice = query_param(&uri, "done").and_then(|d| match d.as_str() {
        "saved" => Some(tr.get("items-saved")),
        "deleted" => Some(tr.get("items-deleted")),
        "published" => Some(tr.get("publish-done")),
        "unchanged" => Some(tr.get("publish-nothing")),
        "cloned" => Some(tr.get("events-cloned")),
        "event-saved" => Some(tr.get("events-saved")),
        "registration-settings" => Some(tr.get("registration-settings-saved")),
        _ => None,
    });
    let title = tr.pick(&ev.title, Some(&page.b.project.default_lang)).text;
    let l = Layout::new(tr, title, base(&page, ev))
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{}", page.b.project.slug), page.title().text);
    let view = ProgrammePage {
        days: programme_days(tr, &page.b, ev),
        base: base(&page, ev),
        warnings: tr.with("checks-count", &[("count", Arg::Num(count as i64))]),
        notice,
        status,
        confirm_by_email: state.app.registration_confirmation(&project, ev.slug.as_str()).await?,
        l,
    };
    render(&view, &prefs, tr)
}

/// The item form as submitted: every field a string, checked one by one.
#[derive(Default, Clone)]
pub struct ItemForm {
    slug: String,
    starts_at: String,
    ends_at: String,
    kind: String,
    title: String,
    description: String,
    audience: String,
    capacity: String,
    languages: String,
    hosts: String,
    /// Checked venues arrive as `venue=a&venue=b`, so the body is read as pairs.
    venues: Vec<String>,
    /// The version of the item the form was filled from: a save against an older one is
    /// shown both versions instead of overwriting what someone else saved meanwhile.
    version: String,
}

fn local(raw: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(raw.trim(), "%Y-%m-%dT%H:%M").ok()
}

/// Replaces one language's text, keeping the others.
fn set_text(t: &mut Translated, lang: &LangTag, text: &str) {
    if text.trim().is_empty() {
        t.0.remove(lang);
    } else {
        t.0.insert(lang.clone(), text.trim().replace("\r\n", "\n"));
    }
}

/// Builds the item from the form over `base` (the item being edited, or a new one); every
/// problem is reported beside its field.
fn parse(
    tr: &Tr,
    b: &Bundle,
    ev: &Event,
    form: &ItemForm,
    base: Option<&ProgrammeItem>,
) -> Result<ProgrammeItem, Vec<FieldError>> {
    let lang = &b.project.default_lang;
    let mut errors = Vec::new();
    let slug = match base {
        Some(i) => Some(i.slug.clone()),
        None => match Slug::parse(form.slug.trim()) {
            Ok(s) if ev.item(s.as_str()).is_some() => {
                errors.push(FieldError::new(tr, "slug", "item.slug_taken"));
                None
            }
            Ok(s) => Some(s),
            Err(_) => {
                errors.push(FieldError::new(tr, "slug", "slug.invalid"));
                None
            }
        },
    };
    let starts = local(&form.starts_at).or_else(|| {
        errors.push(FieldError::new(tr, "starts_at", "time.invalid"));
        None
    });
    let ends = local(&form.ends_at).or_else(|| {
        errors.push(FieldError::new(tr, "ends_at", "time.invalid"));
        None
    });
    let kind = ItemKind::parse(&form.kind).or_else(|| {
        errors.push(FieldError::new(tr, "kind", "kind.invalid"));
        None
    });
    let audience = Audience::parse(&form.audience).or_else(|| {
        errors.push(FieldError::new(tr, "audience", "audience.invalid"));
        None
    });
    let capacity = match form.capacity.trim() {
        "" => Some(None),
        c => match c.parse::<u32>() {
            Ok(n) if n > 0 => Some(Some(n)),
            _ => {
                errors.push(FieldError::new(tr, "capacity", "capacity.invalid"));
                None
            }
        },
    };
    let languages: Option<Vec<LangTag>> = form
        .languages
        .split([',', ' '])
        .filter(|s| !s.trim().is_empty())
        .map(LangTag::parse)
        .collect::<Result<_, _>>()
        .ok()
        .or_else(|| {
            errors.push(FieldError::new(tr, "languages", "lang.invalid"));
            None
        });
    let mut venues = Vec::new();
    for v in &form.venues {
        match Slug::parse(v).ok().filter(|s| b.venue(s).is_some()) {
            Some(s) if !venues.contains(&s) => venues.push(s),
            Some(_) => {}
            None => errors.push(FieldError::new(tr, "venues", "venue.unknown")),
        }
    }
    let (Some(slug), Some(starts_at), Some(ends_at), Some(kind), Some(audience), Some(capacity), Some(languages)) =
        (slug, starts, ends, kind, audience, capacity, languages)
    else {
        return Err(errors);
    };
    let mut item = base.cloned().unwrap_or_else(|| ProgrammeItem {
        slug: slug.clone(),
        starts_at,
        ends_at,
        kind,
        title: Translated::new(),
        description: Translated::new(),
        venues: Vec::new(),
        audience,
        capacity: None,
        languages: Vec::new(),
        hosts: Translated::new(),
        illustrative: None,
    });
    // A time the organiser sets is no longer the seed's illustrative guess.
    if item.starts_at != starts_at || item.ends_at != ends_at {
        item.illustrative = None;
    }
    item.starts_at = starts_at;
    item.ends_at = ends_at;
    item.kind = kind;
    item.audience = audience;
    item.capacity = capacity;
    item.languages = languages;
    item.venues = venues;
    set_text(&mut item.title, lang, &form.title);
    set_text(&mut item.description, lang, &form.description);
    set_text(&mut item.hosts, lang, &form.hosts);
    let mut problems = item.validate(ev.time_zone);
    if problems.is_empty()
        && let Err(e) = item.check_within(ev)
    {
        problems.push(e);
    }
    for e in problems.0 {
        let field = match e.field.split('.').next().unwrap_or("") {
            "starts_at" => "starts_at",
            "ends_at" => "ends_at",
            "title" => "title",
            "description" => "description",
            "hosts" => "hosts",
            "capacity" => "capacity",
            _ => "title",
        };
        errors.push(FieldError::new(tr, field, e.key));
    }
    if errors.is_empty() { Ok(item) } else { Err(errors) }
}

/// Reads the checked venues (`venue=…`, repeated) from a form body.
fn venues_of(body: &str) -> Vec<String> {
    form_urlencoded::parse(body.as_bytes()).filter(|(k, _)| k == "venue").map(|(_, v)| v.into_owned()).collect()
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(askama::Template)]
#[template(path = "item_form.html")]
struct FormPage {
    l: Layout,
    action: String,
    editing: bool,
    form: ItemForm,
    kinds: Vec<Choice>,
    audiences: Vec<Choice>,
    venues: Vec<Choice>,
    zone: String,
    lang_name: String,
    errors: Vec<FieldError>,
    duplicate_action: Option<String>,
    delete_action: Option<String>,
    public_href: Option<String>,
    source: Option<Txt>,
    meanwhile: Option<Vec<(String, String)>>,
}

impl FormPage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

fn form_of(b: &Bundle, item: &ProgrammeItem) -> ItemForm {
    let lang = &b.project.default_lang;
    ItemForm {
        slug: item.slug.to_string(),
        starts_at: item.starts_at.format("%Y-%m-%dT%H:%M").to_string(),
        ends_at: item.ends_at.format("%Y-%m-%dT%H:%M").to_string(),
        kind: item.kind.to_string(),
        title: item.title.0.get(lang).cloned().unwrap_or_default(),
        description: item.description.0.get(lang).cloned().unwrap_or_default(),
        audience: item.audience.to_string(),
        capacity: item.capacity.map(|c| c.to_string()).unwrap_or_default(),
        languages: item.languages.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", "),
        hosts: item.hosts.0.get(lang).cloned().unwrap_or_default(),
        venues: item.venues.iter().map(|v| v.to_string()).collect(),
        version: String::new(),
    }
}

/// The item as saved now, shown beside the editor's own version after a "changed meanwhile".
fn meanwhile(page: &ProjectPage, ev: &Event, item: &ProgrammeItem) -> Vec<(String, String)> {
    let tr = &page.tr;
    let default = Some(&page.b.project.default_lang);
    let venues: Vec<String> =
        item.venues.iter().filter_map(|v| page.b.venue(v)).map(|v| tr.pick(&v.name, default).text).collect();
    let rows = vec![
        (tr.get("items-field-title"), tr.pick(&item.title, default).text),
        (
            tr.get("items-field-starts"),
            format!("{} ({})", item.starts_at.format("%Y-%m-%d %H:%M"), ev.time_zone.name()),
        ),
        (tr.get("items-field-ends"), item.ends_at.format("%Y-%m-%d %H:%M").to_string()),
        (tr.get("items-field-kind"), tr.name("kind", item.kind.as_str())),
        (tr.get("item-audience"), tr.name("audience", item.audience.as_str())),
        (tr.get("items-field-capacity"), item.capacity.map(|c| tr.integer(i64::from(c))).unwrap_or_default()),
        (tr.get("items-field-venues"), venues.join(", ")),
        (tr.get("items-field-description"), tr.pick(&item.description, default).text),
        (tr.get("item-hosts"), tr.pick(&item.hosts, default).text),
    ];
    rows.into_iter().filter(|(_, v)| !v.trim().is_empty()).collect()
}

fn form_page(
    page: &ProjectPage,
    ev: &Event,
    editing: Option<&ProgrammeItem>,
    form: ItemForm,
    errors: Vec<FieldError>,
) -> FormPage {
    let tr = &page.tr;
    let b = &page.b;
    let default = Some(&b.project.default_lang);
    let base_url = base(page, ev);
    let kinds = ItemKind::ALL
        .iter()
        .map(|k| Choice { value: k.to_string(), label: tr.name("kind", k.as_str()), selected: form.kind == k.as_str() })
        .collect();
    let audiences = Audience::ALL
        .iter()
        .map(|a| Choice {
            value: a.to_string(),
            label: tr.name("audience", a.as_str()),
            selected: form.audience == a.as_str(),
        })
        .collect();
    let mut venues: Vec<Choice> = b
        .venues
        .iter()
        .map(|v| Choice {
            value: v.slug.to_string(),
            label: tr.pick(&v.name, default).text,
            selected: form.venues.iter().any(|s| s == v.slug.as_str()),
        })
        .collect();
    venues.sort_by(|a, c| a.label.cmp(&c.label));
    let (title, action) = match editing {
        Some(i) => (tr.pick(&i.title, default).text, format!("{base_url}/items/{}", i.slug)),
        None => (tr.get("items-new"), format!("{base_url}/items")),
    };
    let l = Layout::new(tr, title, action.clone())
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{}", b.project.slug), page.title().text)
        .crumb(base_url.clone(), tr.pick(&ev.title, default).text);
    FormPage {
        l,
        editing: editing.is_some(),
        duplicate_action: editing.map(|i| format!("{base_url}/items/{}/duplicate", i.slug)),
        delete_action: editing.map(|i| format!("{base_url}/items/{}/delete", i.slug)),
        public_href: editing.map(|i| href::item(b.project.slug.as_str(), ev.slug.as_str(), i.slug.as_str())),
        source: editing.and_then(|i| {
            i.title
                .pick(&[&LangTag::en()])
                .filter(|s| s.lang != &b.project.default_lang)
                .map(|s| Txt { text: s.text.to_owned(), lang: Some(s.lang.to_string()) })
        }),
        action,
        form,
        kinds,
        audiences,
        venues,
        zone: ev.time_zone.name().to_owned(),
        lang_name: tr.name("lang", b.project.default_lang.as_str()),
        errors,
        meanwhile: None,
    }
}

pub async fn new_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = load(&state, &prefs, &user, &project).await?;
    let ev = &page.b.project.events[page.event_index(&event)?];
    let start = ev.start_date.and_hms_opt(9, 0, 0).unwrap_or_default();
    let form = ItemForm {
        starts_at: start.format("%Y-%m-%dT%H:%M").to_string(),
        ends_at: (start + chrono::Duration::hours(1)).format("%Y-%m-%dT%H:%M").to_string(),
        kind: "visit".into(),
        audience: "delegates".into(),
        ..Default::default()
    };
    render(&form_page(&page, ev, None, form, Vec::new()), &prefs, &page.tr)
}

pub async fn create(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let mut page = load(&state, &prefs, &user, &project).await?;
    let idx = page.event_index(&event)?;
    let mut form: ItemForm = read_form(&body)?;
    form.venues = venues_of(&body);
    let ev = &page.b.project.events[idx];
    match parse(&page.tr, &page.b, ev, &form, None) {
        Err(errors) => {
            render_status(&form_page(&page, ev, None, form, errors), &prefs, &page.tr, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok(item) => {
            let target = format!("{}/{}", ev.slug, item.slug);
            page.b.project.events[idx].items.push(item);
            page.save(&state, &user, "item.create", &target).await?;
            Ok(Redirect::to(&format!("{}?done=saved", base(&page, &page.b.project.events[idx]))).into_response())
        }
    }
}

fn read_form(body: &str) -> Result<ItemForm, PageError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    if body.len() > 200_000 {
        return Err(PageError::from(Problem::bad_request("form.invalid", "form", "the form is too large")));
    }
    Ok(ItemForm {
        slug: get("slug"),
        starts_at: get("starts_at"),
        ends_at: get("ends_at"),
        kind: get("kind"),
        title: get("title"),
        description: get("description"),
        audience: get("audience"),
        capacity: get("capacity"),
        languages: get("languages"),
        hosts: get("hosts"),
        venues: Vec::new(),
        version: get("version"),
    })
}

fn item_index(page: &ProjectPage, ev: usize, item: &str) -> Result<usize, PageError> {
    page.b.project.events[ev]
        .items
        .iter()
        .position(|i| i.slug.as_str() == item)
        .ok_or_else(|| PageError::from(Problem::not_found("item.not_found")))
}

pub async fn edit_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, item)): PagePath<(String, String, String)>,
) -> Result<Response, PageError> {
    let page = load(&state, &prefs, &user, &project).await?;
    let e = page.event_index(&event)?;
    let i = item_index(&page, e, &item)?;
    let ev = &page.b.project.events[e];
    let it = &ev.items[i];
    let mut form = form_of(&page.b, it);
    form.version = page.item_version(&ev.slug, &it.slug).map(|v| v.to_string()).unwrap_or_default();
    render(&form_page(&page, ev, Some(it), form, Vec::new()), &prefs, &page.tr)
}

pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, item)): PagePath<(String, String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let mut page = load(&state, &prefs, &user, &project).await?;
    let e = page.event_index(&event)?;
    let i = item_index(&page, e, &item)?;
    let mut form = read_form(&body)?;
    form.venues = venues_of(&body);
    let ev = &page.b.project.events[e];
    let current = ev.items[i].clone();
    let now = page.item_version(&ev.slug, &current.slug);
    let seen = form.version.trim().parse::<i64>().ok();
    if crate::form::changed_since(seen, now).is_some() {
        // Someone saved this item after this form was filled: show what they saved beside
        // the editor's own version, and let a second save (against the version now) decide.
        form.version = now.map(|v| v.to_string()).unwrap_or_default();
        let mut view = form_page(&page, ev, Some(&current), form, Vec::new());
        view.meanwhile = Some(meanwhile(&page, ev, &current));
        return render_status(&view, &prefs, &page.tr, StatusCode::CONFLICT);
    }
    match parse(&page.tr, &page.b, ev, &form, Some(&current)) {
        Err(errors) => render_status(
            &form_page(&page, ev, Some(&current), form, errors),
            &prefs,
            &page.tr,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Ok(updated) => {
            let target = format!("{}/{}", ev.slug, updated.slug);
            page.b.project.events[e].items[i] = updated;
            page.save(&state, &user, "item.update", &target).await?;
            Ok(Redirect::to(&format!("{}?done=saved", base(&page, &page.b.project.events[e]))).into_response())
        }
    }
}

pub async fn duplicate(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, item)): PagePath<(String, String, String)>,
) -> Result<Response, PageError> {
    let mut page = load(&state, &prefs, &user, &project).await?;
    let e = page.event_index(&event)?;
    let i = item_index(&page, e, &item)?;
    let ev = &page.b.project.events[e];
    let mut copy = ev.items[i].clone();
    // The first free slug of the form item-2, item-3, …, within the length limit.
    let stem: String = item.chars().take(Slug::MAX_LEN - 4).collect::<String>().trim_end_matches('-').to_owned();
    let slug = (2..1000)
        .filter_map(|n| Slug::parse(&format!("{stem}-{n}")).ok())
        .find(|s| ev.item(s.as_str()).is_none())
        .ok_or_else(Problem::internal)?;
    copy.slug = slug.clone();
    let target = format!("{}/{} → {slug}", ev.slug, item);
    page.b.project.events[e].items.push(copy);
    page.save(&state, &user, "item.duplicate", &target).await?;
    Ok(Redirect::to(&format!("{}/items/{slug}", base(&page, &page.b.project.events[e]))).into_response())
}

pub async fn delete(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, item)): PagePath<(String, String, String)>,
) -> Result<Response, PageError> {
    let mut page = load(&state, &prefs, &user, &project).await?;
    let e = page.event_index(&event)?;
    if !page.b.remove_item(e, &item) {
        return Err(PageError::from(Problem::not_found("item.not_found")));
    }
    let ev_slug = page.b.project.events[e].slug.clone();
    page.save(&state, &user, "item.delete", &format!("{ev_slug}/{item}")).await?;
    Ok(Redirect::to(&format!("{}?done=deleted", base(&page, &page.b.project.events[e]))).into_response())
}

/// `POST …/publish`: the draft becomes the public programme, as a new version.
pub async fn publish(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = load(&state, &prefs, &user, &project).await?;
    let ev = &page.b.project.events[page.event_index(&event)?];
    let done = state.app.publish_programme(page.actor()?, page.b.project.slug.as_str(), ev.slug.as_str()).await?;
    let code = if done.is_some() { "published" } else { "unchanged" };
    Ok(Redirect::to(&format!("{}?done={code}", base(&page, ev))).into_response())
}

#[derive(askama::Template)]
#[template(path = "event_clone.html")]
struct ClonePage {
    l: Layout,
    action: String,
    slug: String,
    start: String,
    errors: Vec<FieldError>,
}

impl ClonePage {
    fn error(&self, field: &str) -> Option<&FieldError> {
        error_for(&self.errors, field)
    }
}

fn clone_page(page: &ProjectPage, ev: &Event, slug: String, start: String, errors: Vec<FieldError>) -> ClonePage {
    let tr = &page.tr;
    let l = Layout::new(tr, tr.get("events-clone"), format!("{}/clone", base(page, ev)))
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{}", page.b.project.slug), page.title().text)
        .crumb(base(page, ev), tr.pick(&ev.title, Some(&page.b.project.default_lang)).text);
    ClonePage { l, action: format!("{}/clone", base(page, ev)), slug, start, errors }
}

/// `GET …/clone`: the form to copy a meeting as the template for the next one.
pub async fn clone_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = load(&state, &prefs, &user, &project).await?;
    let ev = &page.b.project.events[page.event_index(&event)?];
    let next = ev.start_date.with_year(ev.start_date.year() + 1).unwrap_or(ev.start_date);
    render(
        &clone_page(&page, ev, format!("{}-next", ev.slug).chars().take(64).collect(), next.to_string(), Vec::new()),
        &prefs,
        &page.tr,
    )
}

/// `POST …/clone`: a new meeting with the same programme, every item moved with the new
/// first day; the project's period grows to include it. Its programme is a draft.
pub async fn clone(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let mut page = load(&state, &prefs, &user, &project).await?;
    let e = page.event_index(&event)?;
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    let (raw_slug, raw_start) = (get("slug"), get("start_date"));
    let tr = page.tr.clone();
    let mut errors = Vec::new();
    let slug = match Slug::parse(&raw_slug) {
        Ok(s) if page.b.project.events.iter().any(|x| x.slug == s) => {
            errors.push(FieldError::new(&tr, "slug", "event.slug_taken"));
            None
        }
        Ok(s) => Some(s),
        Err(_) => {
            errors.push(FieldError::new(&tr, "slug", "slug.invalid"));
            None
        }
    };
    let start = chrono::NaiveDate::parse_from_str(&raw_start, "%Y-%m-%d").ok().or_else(|| {
        errors.push(FieldError::new(&tr, "start_date", "date.invalid"));
        None
    });
    let (Some(slug), Some(start)) = (slug, start) else {
        let ev = &page.b.project.events[e];
        return render_status(
            &clone_page(&page, ev, raw_slug, raw_start, errors),
            &prefs,
            &tr,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let mut copy = page.b.project.events[e].clone();
    let shift = start - copy.start_date;
    copy.slug = slug.clone();
    copy.start_date += shift;
    copy.end_date += shift;
    for item in &mut copy.items {
        item.starts_at += shift;
        item.ends_at += shift;
    }
    let p = &mut page.b.project;
    p.period_start = p.period_start.min(copy.start_date);
    p.period_end = p.period_end.max(copy.end_date);
    let target = format!("{event} → {slug}");
    p.events.push(copy);
    page.save(&state, &user, "event.clone", &target).await?;
    Ok(Redirect::to(&format!("/manage/projects/{}/events/{slug}?done=cloned", page.b.project.slug)).into_response())
}
