//! `/manage/projects/{project}/translations…`: how complete each language is (field kinds ×
//! languages), an editor for one language, and XLIFF files for translators. Organisers only.

use std::collections::BTreeMap;

use axum::extract::{Multipart, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use twinning_domain::LangTag;
use twinning_domain::texts::{TextField, TextReport, completeness};

use crate::Shared;
use crate::auth::{SignedIn, User};
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PageForm, PagePath, query_param};
use crate::i18n::{Arg, Tr, Txt};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::ProjectPage;

/// The order in which field kinds are listed.
const GROUPS: &[&str] = &["project", "partner", "event", "item", "venue", "town", "organisation", "twinning"];

async fn load(state: &Shared, prefs: &LangPrefs, user: &User, project: &str) -> Result<ProjectPage, PageError> {
    ProjectPage::load_managed(state, prefs, user, project).await
}

/// A language of the project named in the path, or 404.
fn project_lang(page: &ProjectPage, raw: &str) -> Result<LangTag, PageError> {
    LangTag::parse(raw)
        .ok()
        .filter(|l| page.b.project.languages.contains(l))
        .ok_or_else(|| PageError::from(Problem::not_found("language.not_in_project")))
}

pub struct Cell {
    pub text: String,
    pub complete: bool,
}

pub struct Row {
    pub label: String,
    pub cells: Vec<Cell>,
}

pub struct LangColumn {
    pub code: String,
    pub name: String,
    pub edit_href: String,
    pub xliff_href: String,
    pub upload_action: String,
    pub total: String,
}

#[derive(askama::Template)]
#[template(path = "translations.html")]
struct TablePage {
    l: Layout,
    languages: Vec<LangColumn>,
    rows: Vec<Row>,
    add_action: String,
    notice: Option<String>,
}

fn cell(tr: &Tr, fields: &[&TextField], lang: &LangTag) -> Cell {
    let owned: Vec<TextField> = fields.iter().map(|f| (*f).clone()).collect();
    let (done, total) = completeness(&owned, lang);
    Cell {
        text: tr.with("translations-cell", &[("done", Arg::Num(done as i64)), ("total", Arg::Num(total as i64))]),
        complete: done == total,
    }
}

pub async fn table(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    uri: Uri,
) -> Result<Response, PageError> {
    let page = load(&state, &prefs, &user, &project).await?;
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let fields = page.b.text_fields();
    let langs = &page.b.project.languages;
    let base = format!("/manage/projects/{p}/translations");
    let all: Vec<&TextField> = fields.iter().collect();
    let languages = langs
        .iter()
        .map(|l| LangColumn {
            code: l.to_string(),
            name: tr.name("lang", l.as_str()),
            edit_href: format!("{base}/{l}"),
            xliff_href: format!("{base}/{l}/xliff"),
            upload_action: format!("{base}/{l}/xliff"),
            total: cell(tr, &all, l).text,
        })
        .collect();
    let rows = GROUPS
        .iter()
        .filter_map(|g| {
            let group: Vec<&TextField> = fields.iter().filter(|f| f.group == *g).collect();
            (!group.is_empty()).then(|| Row {
                label: tr.name("translations-group", g),
                cells: langs.iter().map(|l| cell(tr, &group, l)).collect(),
            })
        })
        .collect();
    let notice =
        (query_param(&uri, "done").as_deref() == Some("language")).then(|| tr.get("translations-language-added"));
    let title = page.title();
    let l = Layout::new(tr, tr.get("translations-title"), base.clone())
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{p}"), title.text);
    render(&TablePage { l, languages, rows, add_action: format!("{base}/languages"), notice }, &prefs, tr)
}

#[derive(serde::Deserialize)]
pub struct AddLanguage {
    #[serde(default)]
    lang: String,
}

pub async fn add_language(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    PageForm(f): PageForm<AddLanguage>,
) -> Result<Response, PageError> {
    let mut page = load(&state, &prefs, &user, &project).await?;
    let Ok(lang) = LangTag::parse(&f.lang) else {
        return Err(PageError::from(Problem::bad_request(
            "lang.invalid",
            "lang",
            "a language tag such as de or sr-Latn",
        )));
    };
    let p = page.b.project.slug.to_string();
    if !page.b.project.languages.contains(&lang) {
        page.b.project.languages.push(lang.clone());
        let target = lang.to_string();
        page.save(&state, &user, "project.language_add", &target).await?;
    }
    Ok(Redirect::to(&format!("/manage/projects/{p}/translations?done=language")).into_response())
}

pub struct FieldView {
    pub id: String,
    pub label: String,
    pub source: Txt,
    pub value: String,
    pub multiline: bool,
    pub max: usize,
    pub error: Option<String>,
}

pub struct Change {
    pub label: String,
    pub before: String,
    pub after: String,
}

#[derive(askama::Template)]
#[template(path = "translation_editor.html")]
struct EditorPage {
    l: Layout,
    lang_name: String,
    lang: String,
    fields: Vec<FieldView>,
    report: Option<ReportView>,
}

pub struct ReportView {
    /// False when problems stopped the save; then only the problems are shown.
    pub saved: bool,
    pub summary: String,
    pub changes: Vec<Change>,
    pub removed: Vec<String>,
    pub problems: Vec<String>,
}

/// A readable name for a field id: "Programme item “Departure” — title".
fn field_label(tr: &Tr, page: &ProjectPage, f: &TextField) -> String {
    let parts: Vec<&str> = f.id.split('/').collect();
    let what = tr.name("translations-field", parts.last().copied().unwrap_or(""));
    let default = Some(&page.b.project.default_lang);
    let name = match parts.as_slice() {
        ["item", e, i, _] => page
            .b
            .project
            .events
            .iter()
            .find(|x| x.slug.as_str() == *e)
            .and_then(|x| x.item(i))
            .map(|x| tr.pick(&x.title, default).text),
        ["event", e, _] => {
            page.b.project.events.iter().find(|x| x.slug.as_str() == *e).map(|x| tr.pick(&x.title, default).text)
        }
        ["venue", v, _] => page.b.venues.iter().find(|x| x.slug.as_str() == *v).map(|x| tr.pick(&x.name, default).text),
        ["town", t, _] | ["partner", t, _] => {
            page.b.towns.iter().find(|x| x.slug.as_str() == *t).map(|x| x.native_name.clone())
        }
        ["organisation", o, _] => {
            page.b.organisations.iter().find(|x| x.slug.as_str() == *o).map(|x| tr.pick(&x.name, default).text)
        }
        _ => None,
    };
    let group = tr.name("translations-group", f.group);
    match name {
        Some(n) => format!("{group} “{n}” — {what}"),
        None => format!("{group} — {what}"),
    }
}

fn report_view(tr: &Tr, page: &ProjectPage, r: &TextReport) -> ReportView {
    let saved = r.invalid.is_empty() && r.unknown.is_empty();
    let fields = page.b.text_fields();
    let label = |id: &str| {
        fields.iter().find(|f| f.id == id).map(|f| field_label(tr, page, f)).unwrap_or_else(|| id.to_owned())
    };
    let mut problems: Vec<String> = r
        .invalid
        .iter()
        .map(|(id, e)| format!("{}: {}", label(id), tr.get(&format!("form-{}", e.key.replace(['.', '_'], "-")))))
        .collect();
    problems.extend(r.unknown.iter().map(|id| tr.with("translations-unknown-field", &[("id", Arg::Str(id.clone()))])));
    ReportView {
        saved,
        summary: tr.with(
            "translations-report",
            &[
                ("changed", Arg::Num(r.changed.len() as i64)),
                ("removed", Arg::Num(r.removed.len() as i64)),
                ("unchanged", Arg::Num(r.unchanged as i64)),
                ("rejected", Arg::Num((r.invalid.len() + r.unknown.len()) as i64)),
            ],
        ),
        changes: r
            .changed
            .iter()
            .map(|(id, before, after)| Change {
                label: label(id),
                before: before.clone().unwrap_or_default(),
                after: after.clone(),
            })
            .collect(),
        removed: r.removed.iter().map(|id| label(id)).collect(),
        problems,
    }
}

fn editor(
    page: &ProjectPage,
    lang: &LangTag,
    report: Option<&TextReport>,
    submitted: Option<&BTreeMap<String, String>>,
) -> EditorPage {
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let source_lang =
        if lang == &page.b.project.default_lang { LangTag::en() } else { page.b.project.default_lang.clone() };
    let fields = page
        .b
        .text_fields()
        .into_iter()
        .filter(|f| !f.text.is_empty())
        .map(|f| {
            let source = match f.text.pick(&[&source_lang]) {
                Some(s) => Txt { text: s.text.to_owned(), lang: Some(s.lang.to_string()) },
                None => Txt::default(),
            };
            let error = report
                .and_then(|r| r.invalid.iter().find(|(id, _)| *id == f.id))
                .map(|(_, e)| tr.get(&format!("form-{}", e.key.replace(['.', '_'], "-"))));
            let value = match (error.is_some(), submitted.and_then(|s| s.get(&f.id))) {
                (true, Some(v)) => v.clone(),
                _ => f.text.0.get(lang).cloned().unwrap_or_default(),
            };
            FieldView {
                label: field_label(tr, page, &f),
                multiline: f.max > 300,
                max: f.max,
                id: f.id,
                source,
                value,
                error,
            }
        })
        .collect();
    let title = page.title();
    let l = Layout::new(
        tr,
        format!("{} — {}", tr.get("translations-title"), tr.name("lang", lang.as_str())),
        format!("/manage/projects/{p}/translations/{lang}"),
    )
    .crumb("/manage", tr.get("manage-title"))
    .crumb(format!("/manage/projects/{p}"), title.text)
    .crumb(format!("/manage/projects/{p}/translations"), tr.get("translations-title"));
    EditorPage {
        l,
        lang_name: tr.name("lang", lang.as_str()),
        lang: lang.to_string(),
        fields,
        report: report.map(|r| report_view(tr, page, r)),
    }
}

pub async fn edit(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, lang)): PagePath<(String, String)>,
) -> Result<Response, PageError> {
    let page = load(&state, &prefs, &user, &project).await?;
    let lang = project_lang(&page, &lang)?;
    render(&editor(&page, &lang, None, None), &prefs, &page.tr)
}

/// Applies texts through the app and keeps the page's project as written.
async fn save(
    state: &Shared,
    page: &mut ProjectPage,
    lang: &LangTag,
    texts: &BTreeMap<String, String>,
    empty_removes: bool,
) -> Result<TextReport, PageError> {
    let base = page.base.as_ref().ok_or_else(crate::error::Problem::internal)?;
    let (bundle, report) = state.app.save_texts(page.actor()?, base, lang, texts, empty_removes).await?;
    page.b = bundle;
    Ok(report)
}

fn status_of(report: &TextReport) -> StatusCode {
    if report.invalid.is_empty() && report.unknown.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, lang)): PagePath<(String, String)>,
    PageForm(texts): PageForm<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    let mut page = load(&state, &prefs, &user, &project).await?;
    let lang = project_lang(&page, &lang)?;
    let report = save(&state, &mut page, &lang, &texts, true).await?;
    render_status(&editor(&page, &lang, Some(&report), Some(&texts)), &prefs, &page.tr, status_of(&report))
}

pub async fn download(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, lang)): PagePath<(String, String)>,
    uri: Uri,
) -> Result<Response, PageError> {
    let page = load(&state, &prefs, &user, &project).await?;
    let lang = project_lang(&page, &lang)?;
    let source = if lang == page.b.project.default_lang { LangTag::en() } else { page.b.project.default_lang.clone() };
    let only_missing = query_param(&uri, "all").as_deref() != Some("1");
    let p = page.b.project.slug.as_str();
    let body = crate::xliff::export(p, &source, &lang, &page.b.text_fields(), only_missing);
    let mut res = ([(header::CONTENT_TYPE, "application/x-xliff+xml; charset=utf-8")], body).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{p}-{lang}.xlf\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

pub async fn upload(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, lang)): PagePath<(String, String)>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    let mut page = load(&state, &prefs, &user, &project).await?;
    let tr = page.tr.clone();
    let lang = project_lang(&page, &lang)?;
    let bad = |key: &'static str, detail: String| {
        PageError::from(Problem { status: StatusCode::UNPROCESSABLE_ENTITY, key, field: Some("file".into()), detail })
    };
    // A body cut off at the route's limit answers 413, which names the limit.
    let unreceived = |e: axum::extract::multipart::MultipartError| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => PageError::from(Problem {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            key: "request.too_large",
            field: Some("file".into()),
            detail: e.body_text(),
        }),
        _ => bad("xliff.upload", e.body_text()),
    };
    let mut multipart = multipart.map_err(|e| bad("xliff.upload", e.to_string()))?;
    let mut file = None;
    while let Some(field) = multipart.next_field().await.map_err(unreceived)? {
        if field.name() == Some("file") {
            file = Some(field.text().await.map_err(unreceived)?);
        }
    }
    let xml = file.filter(|f| !f.trim().is_empty()).ok_or_else(|| bad("xliff.upload", "choose a file".into()))?;
    let texts = match crate::xliff::import(&xml, &lang) {
        Ok(texts) => texts,
        Err(e) => return Ok(bad(e.key(), e.to_string()).with_args(e.limit())),
    };
    let report = save(&state, &mut page, &lang, &texts, false).await?;
    render_status(&editor(&page, &lang, Some(&report), None), &prefs, &tr, status_of(&report))
}
