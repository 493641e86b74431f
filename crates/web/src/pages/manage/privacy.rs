//! `/manage/projects/{project}/privacy`: the project's privacy notice — who keeps what, for
//! how long, who may audit it — as organisers write it, per language. A language left empty
//! shows the default notice, written from the retention date and the funder; both are shown
//! wherever the project collects personal data.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use twinning_app::AppError;
use twinning_domain::{LangTag, Translated};

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::PageError;
use crate::extract::{LangPrefs, PagePath};
use crate::form::{Field, FieldError, FormView, Input, Submitted};
use crate::i18n::{Tr, UI_LANGS};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::{ProjectPage, default_privacy_notice};

use super::load;

/// One field per interface language: the notice is read in the language of the page.
const FIELD_NAMES: [&str; 9] = [
    "notice_en",
    "notice_lv",
    "notice_lt",
    "notice_pl",
    "notice_de",
    "notice_sv",
    "notice_sr-Cyrl",
    "notice_sr-Latn",
    "notice_it",
];

fn field_name(lang: &str) -> &'static str {
    let i = UI_LANGS.iter().position(|l| *l == lang).unwrap_or(0);
    FIELD_NAMES[i]
}

fn view(
    page: &ProjectPage,
    until: Option<chrono::NaiveDate>,
    values: &dyn Fn(&str) -> String,
    errors: Vec<FieldError>,
) -> FormView {
    let tr = &page.tr;
    let base = format!("/manage/projects/{}", page.b.project.slug);
    let fields = UI_LANGS
        .iter()
        .map(|lang| {
            let name = field_name(lang);
            // The default in that language, so organisers see what they replace.
            let default = default_privacy_notice(&Tr::new(lang), &page.b, until);
            Field::new(name, tr.name("lang", lang), Input::Long, values(name))
                .hint(tr.with("privacy-edit-default", &[("text", crate::i18n::Arg::Str(default))]))
        })
        .collect();
    let l = Layout::new(tr, tr.get("privacy-edit-title"), format!("{base}/privacy"));
    let mut v = FormView::new(l, format!("{base}/privacy"), fields, errors, tr.get("items-save"));
    v.intro.push(tr.get("privacy-edit-intro"));
    v.links.push((base, page.title().text));
    v
}

/// `GET /manage/projects/{project}/privacy`.
pub async fn form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
) -> Result<Response, PageError> {
    let (page, _) = load(&state, &prefs, &user, &project, true).await?;
    let slug = page.b.project.slug.as_str();
    let own = state.app.privacy_notice(slug).await?;
    let until = state.db.retention(slug).await?;
    let values = |name: &str| {
        let lang = name.trim_start_matches("notice_");
        LangTag::parse(lang).ok().and_then(|l| own.0.get(&l).cloned()).unwrap_or_default()
    };
    render(&view(&page, until, &values, Vec::new()), &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/privacy`: saves every language at once.
pub async fn save(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath(project): PagePath<String>,
    body: String,
) -> Result<Response, PageError> {
    let (page, _) = load(&state, &prefs, &user, &project, true).await?;
    let slug = page.b.project.slug.as_str();
    let s = Submitted::parse(&body)?;
    let mut notice = Translated::new();
    for lang in UI_LANGS {
        if let Ok(tag) = LangTag::parse(lang) {
            notice.0.insert(tag, s.get(field_name(lang)));
        }
    }
    let actor = state.app.actor(&user.account, slug).await?;
    match state.app.set_privacy_notice(&actor, slug, notice).await {
        Ok(()) => Ok(Redirect::to(&format!("/manage/projects/{slug}?done=privacy")).into_response()),
        Err(AppError::Invalid(errs)) => {
            let tr = &page.tr;
            let errors = errs
                .0
                .iter()
                .filter_map(|e| {
                    let lang = e.field.strip_prefix("privacy_notice_")?;
                    Some(FieldError::new(tr, field_name(lang), e.key))
                })
                .collect();
            let until = state.db.retention(slug).await?;
            let values = |name: &str| s.get(name);
            render_status(&view(&page, until, &values, errors), &prefs, tr, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}
