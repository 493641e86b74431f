//! `/manage/projects/{project}/events/{event}/people…`: who comes to a meeting. Partner
//! coordinators register their own town's delegation — one by one or by uploading CSV or
//! XLSX, with a report on every row — and see only their own people; organisers see
//! everyone, add people to any delegation and export the lists. The page also counts people
//! per country and per delegation, and invited against local participants. Here too:
//! `…/people/{id}[/delete|/send-link]`, `…/people/upload`, `…/people/template.csv`,
//! `…/people/join-link` (the self-registration link, see `personal/join.rs`) and the exports
//! `…/people.csv` and `…/people.xlsx`.

use std::collections::BTreeMap;

use axum::extract::{Multipart, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use twinning_app::Actor;
use twinning_app::figures::EventFigures;
use twinning_app::people::Meeting;
use twinning_domain::people::{FIELDS, Person};
use twinning_domain::{ParticipantRole, Slug};
use twinning_store::{PersonRecord, Upserted};

use crate::Shared;
use crate::access::{Access, forbidden};
use crate::auth::{SignedIn, User};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::form::{Choice, Field, FieldError, FormView, Input, Submitted, Values, changed_meanwhile};
use crate::i18n::{Arg, Tr};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::{ProjectPage, travel_field};

/// Whose people a visitor may see and change: everyone's, or one delegation's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Scope {
    All,
    Delegation(Slug),
}

pub(super) struct Ctx {
    pub(super) page: ProjectPage,
    pub(super) scope: Scope,
    pub(super) event: Slug,
    /// The meeting as the app's people commands take it.
    meeting: Meeting,
    /// The project's privacy notice, which the person's forms show.
    pub(super) privacy: String,
}

impl Ctx {
    pub(super) fn tr(&self) -> &Tr {
        &self.page.tr
    }
    fn base(&self) -> String {
        format!("/manage/projects/{}/events/{}/people", self.page.b.project.slug, self.event)
    }
    pub(super) fn project(&self) -> &str {
        self.page.b.project.slug.as_str()
    }
    fn actor(&self) -> Result<&Actor, PageError> {
        self.page.actor()
    }
    fn own_delegation(&self) -> Option<&Slug> {
        match &self.scope {
            Scope::All => None,
            Scope::Delegation(t) => Some(t),
        }
    }
    pub(super) fn town_name(&self, slug: &Slug) -> String {
        self.page
            .b
            .town(slug)
            .map(|t| crate::view::town_name(&self.page.tr, t).text)
            .unwrap_or_else(|| slug.to_string())
    }
    fn layout(&self, title: String, path: String, list: bool) -> Layout {
        let tr = self.tr();
        let p = self.project();
        let ev = self.page.b.project.events.iter().find(|e| e.slug == self.event);
        let ev_title = ev.map(|e| tr.pick(&e.title, Some(&self.page.b.project.default_lang)).text).unwrap_or_default();
        let mut l = Layout::new(tr, title, path)
            .crumb("/manage", tr.get("manage-title"))
            .crumb(format!("/manage/projects/{p}"), self.page.title().text);
        if matches!(self.scope, Scope::All) {
            l = l.crumb(format!("/manage/projects/{p}/events/{}", self.event), ev_title);
        }
        if !list {
            l = l.crumb(self.base(), self.tr().get("participants-title"));
        }
        l
    }
}

pub(super) async fn load(
    state: &Shared,
    prefs: &LangPrefs,
    user: &User,
    project: &str,
    event: &str,
) -> Result<Ctx, PageError> {
    let page = ProjectPage::load_draft(state, prefs, project).await?.with_actor(state, user).await?;
    let scope = match &page.actor()?.standing {
        Access::Admin | Access::Organiser => Scope::All,
        Access::Coordinator(t) => Scope::Delegation(t.clone()),
        Access::Participant | Access::None => return Err(PageError::from(forbidden())),
    };
    let i = page.event_index(event)?;
    let event = page.b.project.events[i].slug.clone();
    let meeting = Meeting { bundle: page.b.clone(), event: i };
    let privacy = crate::pages::shared::privacy_notice(state, &page).await?;
    Ok(Ctx { page, scope, event, meeting, privacy })
}

pub struct PersonRow {
    pub href: String,
    pub name: String,
    pub town: String,
    pub country: String,
    pub role: String,
    pub delegation: String,
    pub arrival: String,
    pub needs: String,
    /// Photo consent and minor, for photographers.
    pub photos: String,
}

pub struct Count {
    pub label: String,
    pub count: String,
}

#[derive(askama::Template)]
#[template(path = "event_people.html")]
struct ListPage {
    l: Layout,
    base: String,
    q: String,
    rows: Vec<PersonRow>,
    total: String,
    /// The people who count, and on which basis (see `twinning_app::figures`).
    counted: String,
    basis: String,
    attended: String,
    by_country: Vec<Count>,
    by_delegation: Vec<Count>,
    by_role: Vec<Count>,
    invited: String,
    local: String,
    per_day: Vec<Count>,
    checkin: Option<String>,
    sheet_days: Vec<Choice>,
    sheet_action: String,
    /// Each delegation the visitor may invite for: its name, its link (if any), the renew action.
    join_links: Vec<(String, Option<String>, String)>,
    notice: Option<String>,
    organiser: bool,
    delegations: Vec<Choice>,
}

/// The meeting's figures as tables: per country, per delegation and per role (of the people
/// who count), and the people present each day, by country.
struct Tables {
    by_country: Vec<Count>,
    by_delegation: Vec<Count>,
    by_role: Vec<Count>,
    per_day: Vec<Count>,
}

fn tables(ctx: &Ctx, f: &EventFigures) -> Tables {
    let tr = ctx.tr();
    let count = |(label, n): (String, i64)| Count { label, count: tr.integer(n) };
    let delegations: BTreeMap<String, i64> = f
        .per_delegation
        .iter()
        .map(|(d, n)| {
            (d.as_ref().map(|d| ctx.town_name(d)).unwrap_or_else(|| tr.get("participants-no-delegation")), *n)
        })
        .collect();
    let per_day = if f.attended == 0 {
        Vec::new()
    } else {
        f.per_day
            .iter()
            .map(|(day, total)| {
                let by =
                    f.per_day_country.get(day).map(|by| crate::eligibility::per_country(tr, by)).unwrap_or_default();
                let parts: Vec<String> = by.iter().map(|(c, n)| format!("{c} {}", tr.integer(*n))).collect();
                let count = if parts.is_empty() {
                    tr.integer(*total)
                } else {
                    format!("{} ({})", tr.integer(*total), parts.join(", "))
                };
                Count { label: tr.day_heading(*day), count }
            })
            .collect()
    };
    Tables {
        by_country: crate::eligibility::per_country(tr, &f.per_country).into_iter().map(count).collect(),
        by_delegation: delegations.into_iter().map(count).collect(),
        by_role: f.per_role.iter().map(|(r, n)| count((tr.name("participant-role", r.as_str()), *n))).collect(),
        per_day,
    }
}

fn matches(r: &PersonRecord, q: &str) -> bool {
    let q = q.to_lowercase();
    q.is_empty()
        || r.person.name.to_lowercase().contains(&q)
        || r.person.town.to_lowercase().contains(&q)
        || r.person.email.as_ref().is_some_and(|e| e.as_str().to_lowercase().contains(&q))
}

fn delegation_choices(ctx: &Ctx, current: &str) -> Vec<Choice> {
    let tr = ctx.tr();
    let mut out: Vec<Choice> = ctx
        .page
        .b
        .project
        .partners
        .iter()
        .map(|p| Choice::new(p.town.as_str(), ctx.town_name(&p.town), current == p.town.as_str()))
        .collect();
    out.push(Choice::new("", tr.get("participants-no-delegation"), current.is_empty()));
    out
}

/// `GET …/people`.
pub async fn index(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    uri: Uri,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let tr = ctx.tr();
    let people = state.db.people(ctx.project(), ctx.event.as_str(), ctx.own_delegation()).await?;
    let q = query_param(&uri, "q").unwrap_or_default();
    let figures = crate::eligibility::event_figures(&state, &ctx.page.b, &ctx.event, ctx.own_delegation()).await?;
    let Tables { by_country, by_delegation, by_role, per_day } = tables(&ctx, &figures);
    let rows = people
        .iter()
        .filter(|r| matches(r, &q))
        .map(|r| {
            let p = &r.person;
            let needs: Vec<String> = [
                (!p.dietary.is_empty()).then(|| tr.get("participants-field-dietary")),
                (!p.access_needs.is_empty()).then(|| tr.get("participants-field-access")),
            ]
            .into_iter()
            .flatten()
            .collect();
            PersonRow {
                href: format!("{}/{}", ctx.base(), r.id),
                name: match (r.anonymised, r.erased) {
                    (true, _) => tr.get("participants-anonymised"),
                    (false, true) => format!("{} ({})", p.name, tr.get("participants-erased-kept")),
                    _ => p.name.clone(),
                },
                town: p.town.clone(),
                country: tr.country(p.country.as_str()),
                role: tr.name("participant-role", p.role.as_str()),
                delegation: r.delegation.as_ref().map(|d| ctx.town_name(d)).unwrap_or_default(),
                arrival: p.arrival.at.map(|t| format!("{} {}", tr.date(t.date()), tr.time(t))).unwrap_or_default(),
                needs: needs.join(", "),
                photos: crate::pages::shared::photo_note(tr, p),
            }
        })
        .collect();
    let notice = query_param(&uri, "done").and_then(|d| match d.as_str() {
        "saved" => Some(tr.get("participants-saved")),
        "deleted" => Some(tr.get("participants-deleted")),
        "erased" => Some(tr.get("participants-erased")),
        "link" => Some(tr.get("join-link-renewed")),
        "sent" => Some(tr.get("participants-link-sent")),
        _ => None,
    });
    let title = match ctx.own_delegation() {
        Some(t) => tr.with("participants-title-delegation", &[("town", Arg::Str(ctx.town_name(t)))]),
        None => tr.get("participants-title"),
    };
    let l = ctx.layout(title, ctx.base(), true);
    let view = ListPage {
        base: ctx.base(),
        q,
        rows,
        total: tr.with("participants-total", &[("count", Arg::Num(figures.registered))]),
        counted: tr.integer(figures.total),
        basis: crate::eligibility::basis(tr, figures.basis),
        attended: tr.integer(figures.attended),
        by_country,
        by_delegation,
        by_role,
        invited: tr.integer(figures.invited),
        local: tr.integer(figures.local),
        per_day,
        join_links: {
            let links = state.db.join_links(ctx.project(), ctx.event.as_str()).await?;
            let towns: Vec<Slug> = match ctx.own_delegation() {
                Some(t) => vec![t.clone()],
                None => ctx.page.b.project.partners.iter().map(|p| p.town.clone()).collect(),
            };
            towns
                .into_iter()
                .map(|t| {
                    let link = links
                        .iter()
                        .find(|l| l.delegation == t)
                        .map(|l| state.config.link(&format!("/join/{}", l.token)));
                    (ctx.town_name(&t), link, t.to_string())
                })
                .collect()
        },
        sheet_action: format!("/manage/projects/{}/events/{}/signature-sheet.pdf", ctx.project(), ctx.event),
        sheet_days: ctx
            .page
            .b
            .project
            .events
            .iter()
            .find(|e| e.slug == ctx.event)
            .map(|e| {
                e.start_date
                    .iter_days()
                    .take_while(|d| *d <= e.end_date)
                    .map(|d| Choice::new(d.to_string(), tr.day_heading(d), false))
                    .collect()
            })
            .unwrap_or_default(),
        checkin: (ctx.scope == Scope::All)
            .then(|| format!("/manage/projects/{}/events/{}/checkin", ctx.project(), ctx.event)),
        notice,
        organiser: ctx.scope == Scope::All,
        delegations: delegation_choices(&ctx, ""),
        l,
    };
    render(&view, &prefs, tr)
}

fn fields(ctx: &Ctx, values: &dyn Fn(&str) -> String, with_delegation: bool) -> Vec<Field> {
    let tr = ctx.tr();
    let text =
        |name: &'static str, key: &str, max: usize| Field::new(name, tr.get(key), Input::Text { max }, values(name));
    let roles = ParticipantRole::ALL
        .iter()
        .map(|r| Choice::new(r.as_str(), tr.name("participant-role", r.as_str()), values("role") == r.as_str()))
        .collect();
    let by = |name: &'static str| travel_field(tr, name, &values(name));
    let mut out = vec![
        text("name", "field-name", 120).required(),
        Field::new("email", tr.get("field-email"), Input::Email, values("email"))
            .hint(tr.get("participants-email-hint")),
        text("town", "registration-field-town", 120).required(),
        Field::new(
            "country",
            tr.get("town-country"),
            Input::Select(crate::form::countries(tr, &values("country"))),
            values("country"),
        )
        .required(),
        Field::new("role", tr.get("field-role"), Input::Radios(roles), values("role")),
    ];
    if with_delegation {
        out.push(Field::new(
            "delegation",
            tr.get("participants-field-delegation"),
            Input::Select(delegation_choices(ctx, &values("delegation"))),
            values("delegation"),
        ));
    }
    out.extend([
        text("arrival_place", "participants-field-arrival-place", 200),
        Field::new("arrival_time", tr.get("participants-field-arrival-time"), Input::DateTime, values("arrival_time")),
        by("arrival_by"),
        text("departure_place", "participants-field-departure-place", 200),
        Field::new(
            "departure_time",
            tr.get("participants-field-departure-time"),
            Input::DateTime,
            values("departure_time"),
        ),
        by("departure_by"),
        Field::new("accommodation", tr.get("participants-field-accommodation"), Input::Long, values("accommodation")),
        Field::new("dietary", tr.get("participants-field-dietary"), Input::Long, values("dietary")),
        Field::new("access_needs", tr.get("participants-field-access"), Input::Long, values("access_needs")),
        Field::new("languages", tr.get("item-languages"), Input::Text { max: 200 }, values("languages"))
            .hint(tr.get("items-languages-hint")),
    ]);
    out.extend(crate::pages::shared::consent_fields(tr, values));
    out
}

fn form_view(
    ctx: &Ctx,
    editing: Option<&PersonRecord>,
    values: &dyn Fn(&str) -> String,
    errors: Vec<FieldError>,
) -> FormView {
    let tr = ctx.tr();
    let organiser = ctx.scope == Scope::All;
    let (title, action) = match editing {
        Some(r) => (r.person.name.clone(), format!("{}/{}", ctx.base(), r.id)),
        None => (tr.get("participants-new"), ctx.base()),
    };
    let l = ctx.layout(title, action.clone(), false);
    let mut v =
        FormView::new(l, action, fields(ctx, values, organiser && editing.is_none()), errors, tr.get("items-save"));
    v.intro.push(tr.get("participants-privacy-note"));
    v.intro.push(ctx.privacy.clone());
    if let Some(r) = editing {
        if r.person.email.is_some() {
            v.buttons.push((format!("{}/{}/send-link", ctx.base(), r.id), tr.get("participants-send-link")));
        }
        v.buttons.push((format!("{}/{}/erase", ctx.base(), r.id), tr.get("participants-erase")));
        v.buttons.push((format!("{}/{}/delete", ctx.base(), r.id), tr.get("participants-delete")));
    }
    v
}

/// Field errors as the form shows them.
fn field_errors(tr: &Tr, errs: twinning_domain::ValidationErrors) -> Vec<FieldError> {
    errs.0
        .into_iter()
        .filter_map(|e| FIELDS.iter().find(|f| **f == e.field).map(|f| FieldError::new(tr, f, e.key)))
        .collect()
}

/// `GET …/people/new`.
pub async fn new_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let country = match ctx.own_delegation() {
        Some(t) => ctx.page.b.town(t).map(|t| t.country.as_str().to_owned()).unwrap_or_default(),
        None => String::new(),
    };
    let values = |k: &str| match k {
        "role" => "delegate".to_owned(),
        "country" => country.clone(),
        _ => String::new(),
    };
    render(&form_view(&ctx, None, &values, Vec::new()), &prefs, ctx.tr())
}

/// The delegation a new person joins: a coordinator's own; an organiser's choice.
fn delegation_of(ctx: &Ctx, chosen: &str) -> Result<Option<Slug>, PageError> {
    match &ctx.scope {
        Scope::Delegation(t) => Ok(Some(t.clone())),
        Scope::All if chosen.is_empty() => Ok(None),
        Scope::All => Slug::parse(chosen)
            .ok()
            .filter(|s| ctx.page.b.project.partners.iter().any(|p| &p.town == s))
            .map(Some)
            .ok_or_else(|| {
                PageError::from(Problem::bad_request("delegation.invalid", "delegation", "not a partner town"))
            }),
    }
}

/// `POST …/people`.
pub async fn create(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let s = Submitted::parse(&body)?;
    let delegation = delegation_of(&ctx, &s.get("delegation"))?;
    match Person::parse(|k| s.get(k)) {
        Err(errs) => {
            let view = form_view(&ctx, None, &|k| s.get(k), field_errors(ctx.tr(), errs));
            render_status(&view, &prefs, ctx.tr(), StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok(person) => {
            state.app.add_person(ctx.actor()?, &ctx.meeting, delegation.as_ref(), &person).await?;
            Ok(Redirect::to(&format!("{}?done=saved", ctx.base())).into_response())
        }
    }
}

/// A person the visitor may see, else 404 (a coordinator learns nothing of other towns).
async fn find(state: &Shared, ctx: &Ctx, id: i64) -> Result<PersonRecord, PageError> {
    Ok(state.app.person(ctx.actor()?, &ctx.meeting, id).await?)
}

/// `GET …/people/{id}`.
pub async fn edit_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, id)): PagePath<(String, String, i64)>,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let r = find(&state, &ctx, id).await?;
    let view = form_view(&ctx, Some(&r), &|k| r.person.field(k), Vec::new()).at_version(Some(r.version));
    render(&view, &prefs, ctx.tr())
}

/// `POST …/people/{id}`.
pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, id)): PagePath<(String, String, i64)>,
    body: String,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let r = find(&state, &ctx, id).await?;
    let s = Submitted::parse(&body)?;
    let values = |v: Values, k: &str| if v == Values::Saved { r.person.field(k) } else { s.get(k) };
    if let Some(view) = changed_meanwhile(&s, Some(r.version), |v| form_view(&ctx, Some(&r), &|k| values(v, k), vec![]))
    {
        // Someone saved this person after the form was filled: both versions, nothing lost.
        return render_status(&view, &prefs, ctx.tr(), StatusCode::CONFLICT);
    }
    let seen = crate::form::seen_version(&s);
    match Person::parse(|k| s.get(k)) {
        Err(errs) => {
            let view =
                form_view(&ctx, Some(&r), &|k| s.get(k), field_errors(ctx.tr(), errs)).at_version(Some(r.version));
            render_status(&view, &prefs, ctx.tr(), StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok(person) => {
            state.app.update_person(ctx.actor()?, &ctx.meeting, r.id, seen, &person).await?;
            Ok(Redirect::to(&format!("{}?done=saved", ctx.base())).into_response())
        }
    }
}

/// `POST …/people/{id}/delete`.
pub async fn delete(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, id)): PagePath<(String, String, i64)>,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    state.app.delete_person(ctx.actor()?, &ctx.meeting, id, None).await?;
    Ok(Redirect::to(&format!("{}?done=deleted", ctx.base())).into_response())
}

pub struct ReportRow {
    pub number: String,
    pub name: String,
    pub outcome: String,
    pub problems: Vec<String>,
    pub rejected: bool,
}

#[derive(askama::Template)]
#[template(path = "event_people_upload.html")]
struct UploadReport {
    l: Layout,
    summary: String,
    rows: Vec<ReportRow>,
    back: String,
}

/// `POST …/people/upload`: a CSV or XLSX list; the valid rows are saved (updating people
/// already there), every rejected row is named with its reasons.
pub async fn upload(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let tr = ctx.tr().clone();
    let bad = |key: &'static str, detail: String| {
        PageError::from(Problem { status: StatusCode::UNPROCESSABLE_ENTITY, key, field: Some("file".into()), detail })
    };
    // A body cut off at the route's limit answers 413, which names the limit (see `explain_limits`).
    let unreceived = |e: axum::extract::multipart::MultipartError| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => PageError::from(Problem {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            key: "request.too_large",
            field: Some("file".into()),
            detail: e.body_text(),
        }),
        _ => bad("upload.invalid", e.body_text()),
    };
    let mut multipart = multipart.map_err(|e| bad("upload.invalid", e.to_string()))?;
    let (mut file, mut chosen) = (None, String::new());
    while let Some(field) = multipart.next_field().await.map_err(unreceived)? {
        match field.name() {
            Some("file") => file = Some(field.bytes().await.map_err(unreceived)?),
            Some("delegation") => chosen = field.text().await.map_err(unreceived)?,
            _ => {}
        }
    }
    let delegation = delegation_of(&ctx, &chosen)?;
    let bytes = file.filter(|f| !f.is_empty()).ok_or_else(|| bad("upload.empty", "choose a file".into()))?;
    // Reading a sheet is CPU-bound for up to its time limit: in a slot for heavy work, off the
    // request threads.
    let table = match state.heavy.run(move || twinning_sheets::read(&bytes)).await? {
        Ok(table) => table,
        Err(e @ twinning_sheets::SheetError::TooLarge { limit, max, .. }) => {
            use twinning_sheets::Limit;
            // Sizes read in MiB; rows, cells, characters and seconds as they are.
            let shown = if matches!(limit, Limit::Bytes | Limit::Uncompressed) { max / (1024 * 1024) } else { max };
            return Ok(bad(e.key(), e.to_string()).with_args(vec![("limit", shown as i64)]));
        }
        Err(e) => return Err(bad(e.key(), e.to_string())),
    };
    let known: Vec<String> = table.headers.iter().map(|h| twinning_sheets::header_key(h)).collect();
    if !known.iter().any(|h| h == "name") {
        return Err(bad("upload.no_name_column", "the first row must name the columns, one of them `name`".into()));
    }
    let mut report = Vec::new();
    let mut good: Vec<(usize, Person)> = Vec::new();
    for row in &table.rows {
        match Person::parse(|k| table.cell(row, k).to_owned()) {
            Ok(p) => good.push((report.len(), p)),
            Err(errs) => {
                let problems = errs
                    .0
                    .iter()
                    .map(|e| format!("{}: {}", e.field, FieldError::new(&tr, "name", e.key).message))
                    .collect();
                report.push(ReportRow {
                    number: tr.integer(row.number as i64),
                    name: table.cell(row, "name").to_owned(),
                    outcome: tr.get("upload-rejected"),
                    problems,
                    rejected: true,
                });
                continue;
            }
        }
        report.push(ReportRow {
            number: tr.integer(row.number as i64),
            name: table.cell(row, "name").to_owned(),
            outcome: String::new(),
            problems: Vec::new(),
            rejected: false,
        });
    }
    let people: Vec<&Person> = good.iter().map(|(_, p)| p).collect();
    let saved = state.app.add_people(ctx.actor()?, &ctx.meeting, delegation.as_ref(), &people).await?;
    for ((at, _), (_, how)) in good.iter().zip(&saved) {
        report[*at].outcome = match how {
            Upserted::Created => tr.get("upload-created"),
            Upserted::Updated => tr.get("upload-updated"),
        };
    }
    let created = saved.iter().filter(|(_, h)| *h == Upserted::Created).count() as i64;
    let rejected = report.iter().filter(|r| r.rejected).count() as i64;
    let summary = tr.with(
        "upload-summary",
        &[
            ("created", Arg::Num(created)),
            ("updated", Arg::Num(saved.len() as i64 - created)),
            ("rejected", Arg::Num(rejected)),
        ],
    );
    let l = ctx.layout(tr.get("upload-title"), format!("{}/upload", ctx.base()), false);
    let view = UploadReport { l, summary, rows: report, back: ctx.base() };
    let status = if rejected > 0 { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(&view, &prefs, &tr, status)
}

/// The columns of exports and of the template, with the delegation first.
fn export_rows(ctx: &Ctx, people: &[PersonRecord]) -> (Vec<String>, Vec<(String, Vec<String>)>) {
    let mut headers = vec!["delegation".to_owned()];
    headers.extend(FIELDS.iter().map(|f| (*f).to_owned()));
    let rows = people
        .iter()
        .map(|r| {
            let town = r
                .delegation
                .as_ref()
                .map(|d| ctx.town_name(d))
                .unwrap_or_else(|| ctx.tr().get("participants-no-delegation"));
            let mut cells = vec![town.clone()];
            cells.extend(FIELDS.iter().map(|f| r.person.field(f)));
            (town, cells)
        })
        .collect();
    (headers, rows)
}

pub(super) fn download(content_type: &'static str, filename: String, body: Vec<u8>) -> Response {
    let mut res = ([(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

pub(super) fn file_stem(ctx: &Ctx) -> String {
    match ctx.own_delegation() {
        Some(t) => format!("{}-{}-{t}", ctx.project(), ctx.event),
        None => format!("{}-{}", ctx.project(), ctx.event),
    }
}

/// `GET …/people.csv`: what the visitor may see, as CSV.
pub async fn export_csv(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let people = state.db.people(ctx.project(), ctx.event.as_str(), ctx.own_delegation()).await?;
    let (headers, rows) = export_rows(&ctx, &people);
    let rows: Vec<Vec<String>> = rows.into_iter().map(|(_, r)| r).collect();
    let body = state.heavy.run(move || twinning_sheets::write_csv(&headers, &rows)).await?;
    Ok(download("text/csv; charset=utf-8", format!("{}-people.csv", file_stem(&ctx)), body.into_bytes()))
}

/// `GET …/people.xlsx`: a sheet per delegation.
pub async fn export_xlsx(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let people = state.db.people(ctx.project(), ctx.event.as_str(), ctx.own_delegation()).await?;
    let (headers, rows) = export_rows(&ctx, &people);
    let mut sheets: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
    for (town, row) in rows {
        sheets.entry(town).or_default().push(row);
    }
    let sheets: Vec<twinning_sheets::Sheet> = sheets
        .into_iter()
        .map(|(name, rows)| twinning_sheets::Sheet { name, headers: headers.clone(), rows })
        .collect();
    let body = state.heavy.run(move || twinning_sheets::write_xlsx(&sheets)).await?.map_err(|_| Problem::internal())?;
    Ok(download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("{}-people.xlsx", file_stem(&ctx)),
        body,
    ))
}

/// `GET …/people/template.csv`: the columns an upload reads, with one example row.
pub async fn template(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let headers: Vec<String> = FIELDS.iter().map(|f| (*f).to_owned()).collect();
    let example: Vec<String> = FIELDS
        .iter()
        .map(|f| match *f {
            "name" => "Milica Jovanović",
            "email" => "milica@example.org",
            "town" => "Raška",
            "country" => "RS",
            "role" => "delegate",
            "arrival_place" => "Riga airport",
            "arrival_time" => "2018-11-08T10:00",
            "arrival_by" => "plane",
            "languages" => "sr, en",
            "photo_consent" => "yes",
            "minor" => "no",
            "guardian_consent" => "no",
            _ => "",
        })
        .map(str::to_owned)
        .collect();
    let body = twinning_sheets::write_csv(&headers, &[example]);
    Ok(download("text/csv; charset=utf-8", format!("{}-people-template.csv", file_stem(&ctx)), body.into_bytes()))
}

/// `POST …/people/join-link`: a new self-registration link for a delegation (a coordinator's
/// own), replacing the old one.
pub async fn renew_join_link(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let s = Submitted::parse(&body)?;
    let delegation = delegation_of(&ctx, &s.get("delegation"))?
        .ok_or_else(|| PageError::from(Problem::bad_request("delegation.invalid", "delegation", "a partner town")))?;
    state.app.renew_join_link(ctx.actor()?, &ctx.meeting, &delegation).await?;
    Ok(Redirect::to(&format!("{}?done=link#join-heading", ctx.base())).into_response())
}

/// `POST …/people/{id}/send-link`: e-mails the person the link to their own programme and
/// calendar feed (a new one; an earlier link stops working).
pub async fn send_link(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, id)): PagePath<(String, String, i64)>,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    state.app.send_link(ctx.actor()?, &ctx.meeting, id, ctx.tr().lang()).await?;
    Ok(Redirect::to(&format!("{}?done=sent", ctx.base())).into_response())
}
