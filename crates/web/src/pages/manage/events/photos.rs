//! Photos of a meeting (issue 7). Organisers upload them on
//! `/manage/projects/{project}/events/{event}/photos`, describe each for people who cannot see
//! it, caption and credit it, and confirm the people shown agreed to publication. The
//! publication page shows them; `public/photos.rs` serves
//! them. Location and other metadata are removed on upload (`twinning-photos`).

use std::borrow::Cow;

use axum::extract::{Multipart, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use twinning_domain::{LangTag, Translated};
use twinning_store::{Photo, PhotoText};

use crate::Shared;
use crate::auth::SignedIn;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::form::{Field, FieldError, Input, Submitted};
use crate::i18n::{Arg, Tr};
use crate::layout::{Layout, render, render_status};
use crate::pages::shared::{PhotoView, ProjectPage};
use crate::view::href;

fn base(p: &str, e: &str) -> String {
    format!("/manage/projects/{p}/events/{e}/photos")
}

fn layout(page: &ProjectPage, event: &twinning_domain::Event, title: String, path: String, list: bool) -> Layout {
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let mut l = Layout::new(tr, title, path)
        .crumb("/manage", tr.get("manage-title"))
        .crumb(format!("/manage/projects/{p}"), page.title().text)
        .crumb(
            format!("/manage/projects/{p}/events/{}", event.slug),
            tr.pick(&event.title, Some(&page.b.project.default_lang)).text,
        );
    if !list {
        l = l.crumb(base(p, event.slug.as_str()), tr.get("photos-title"));
    }
    l
}

#[derive(askama::Template)]
#[template(path = "photos_manage.html")]
struct ManagePage {
    l: Layout,
    notice: Option<String>,
    errors: Vec<FieldError>,
    action: String,
    fields: Vec<Field>,
    photos: Vec<PhotoView>,
    publication_href: String,
    file_hint: String,
}

#[derive(Default)]
struct UploadForm {
    alt: String,
    caption: String,
    credit: String,
    consent: String,
}

fn manage_page(
    page: &ProjectPage,
    event: &twinning_domain::Event,
    photos: &[Photo],
    form: &UploadForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> ManagePage {
    let tr = &page.tr;
    let p = page.b.project.slug.as_str();
    let lang = tr.name("lang", page.b.project.default_lang.as_str());
    let mut fields = vec![
        Field::new("alt", format!("{} ({lang})", tr.get("photos-field-alt")), Input::Text { max: 300 }, &form.alt)
            .hint(tr.get("photos-alt-hint"))
            .required(),
        Field::new(
            "caption",
            format!("{} ({lang})", tr.get("photos-field-caption")),
            Input::Text { max: 1000 },
            &form.caption,
        ),
        Field::new("credit", tr.get("photos-field-credit"), Input::Text { max: 200 }, &form.credit),
        Field::new("consent", tr.get("photos-field-consent"), Input::Check, &form.consent).required(),
    ];
    crate::form::attach(&mut fields, &errors);
    ManagePage {
        l: layout(page, event, tr.get("photos-title"), base(p, event.slug.as_str()), true),
        notice,
        errors,
        action: base(p, event.slug.as_str()),
        fields,
        photos: photos.iter().map(|x| PhotoView::new(tr, page, x)).collect(),
        publication_href: href::publication(p, event.slug.as_str()),
        file_hint: tr.with("photos-file-hint", &[("mib", Arg::Num((twinning_photos::MAX_BYTES / 1024 / 1024) as i64))]),
    }
}

/// `GET /manage/projects/{project}/events/{event}/photos`.
pub async fn manage(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    uri: Uri,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let tr = &page.tr;
    let ev = page.event(&event)?;
    let photos = state.db.photos(page.b.project.slug.as_str(), ev.slug.as_str()).await?;
    let notice = query_param(&uri, "done").and_then(|d| match d.as_str() {
        "added" => Some(tr.get("photos-added")),
        "saved" => Some(tr.get("photos-saved")),
        "deleted" => Some(tr.get("photos-deleted")),
        _ => None,
    });
    render(&manage_page(&page, ev, &photos, &UploadForm::default(), Vec::new(), notice), &prefs, tr)
}

/// `POST /manage/projects/{project}/events/{event}/photos`: one photo, as `multipart/form-data`.
pub async fn upload(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let tr = &page.tr;
    let ev = page.event(&event)?;
    let p = page.b.project.slug.as_str();
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        let status = e.status();
        let key = if status == StatusCode::PAYLOAD_TOO_LARGE { "photo.too_large" } else { "upload.invalid" };
        PageError::from(Problem { status, key, field: Some("file".into()), detail: e.body_text() })
    };
    let mut multipart = multipart.map_err(|e| Problem::bad_request("upload.invalid", "file", e.body_text()))?;
    let mut form = UploadForm::default();
    let mut file = None;
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" => file = Some(field.bytes().await.map_err(unreadable)?),
            "alt" => form.alt = field.text().await.map_err(unreadable)?,
            "caption" => form.caption = field.text().await.map_err(unreadable)?,
            "credit" => form.credit = field.text().await.map_err(unreadable)?,
            "consent" => form.consent = field.text().await.map_err(unreadable)?,
            _ => {}
        }
    }
    let mut errors = Vec::new();
    let file = file.filter(|f| !f.is_empty());
    if file.is_none() {
        errors.push(FieldError::new(tr, "file", "photo.empty"));
    }
    let lang = page.b.project.default_lang.clone();
    let texts = PhotoText {
        alt: one(&lang, &form.alt),
        caption: one(&lang, &form.caption),
        credit: form.credit.trim().to_owned(),
    };
    errors.extend(text_errors(tr, &texts, |what, _| Cow::Borrowed(what)));
    if form.consent != "yes" {
        errors.push(FieldError::new(tr, "consent", "photo.consent_required"));
    }
    if let (Some(bytes), true) = (file, errors.is_empty()) {
        // The photo is checked and stripped on a blocking thread, not on the request's, in
        // one of the slots for heavy work (see `heavy`).
        let slot = state.heavy.slot().await?;
        let added = state.app.add_photo(page.actor()?, p, ev.slug.as_str(), bytes.to_vec(), texts, true).await;
        drop(slot);
        match added {
            Ok(_) => return Ok(Redirect::to(&format!("{}?done=added", base(p, ev.slug.as_str()))).into_response()),
            Err(twinning_app::AppError::Invalid(errs)) => {
                errors.extend(errs.0.into_iter().map(|e| FieldError::named(tr, Cow::Owned(e.field), e.key)))
            }
            Err(e) => return Err(e.into()),
        }
    }
    let photos = state.db.photos(p, ev.slug.as_str()).await?;
    render_status(&manage_page(&page, ev, &photos, &form, errors, None), &prefs, tr, StatusCode::UNPROCESSABLE_ENTITY)
}

fn one(lang: &LangTag, text: &str) -> Translated {
    let mut t = Translated::new();
    if !text.trim().is_empty() {
        t.0.insert(lang.clone(), text.trim().to_owned());
    }
    t
}

/// The texts' problems; `name` makes the field's name from `alt`/`caption`/`credit` and the
/// language concerned.
fn text_errors(tr: &Tr, texts: &PhotoText, name: impl Fn(&'static str, &str) -> Cow<'static, str>) -> Vec<FieldError> {
    let Err(errs) = texts.validate() else { return Vec::new() };
    errs.0
        .into_iter()
        .map(|e| {
            let mut parts = e.field.splitn(2, '.');
            let what = match parts.next().unwrap_or("alt") {
                "caption" => "caption",
                "credit" => "credit",
                _ => "alt",
            };
            FieldError::named(tr, name(what, parts.next().unwrap_or("")), e.key)
        })
        .collect()
}

pub struct LangTexts {
    pub lang: String,
    pub name: String,
    pub alt: String,
    pub caption: String,
    pub alt_error: Option<String>,
    pub caption_error: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "photo_edit.html")]
struct EditPage {
    l: Layout,
    photo: PhotoView,
    errors: Vec<FieldError>,
    action: String,
    fields: Vec<Field>,
    langs: Vec<LangTexts>,
    delete: String,
}

fn edit_page(
    page: &ProjectPage,
    ev: &twinning_domain::Event,
    x: &Photo,
    texts: &PhotoText,
    position: &str,
    errors: Vec<FieldError>,
) -> EditPage {
    let tr = &page.tr;
    let langs = page.edit_languages(&[&texts.alt, &texts.caption]);
    let err = |f: String| errors.iter().find(|e| e.field == f).map(|e| e.message.clone());
    let langs = langs
        .into_iter()
        .map(|l| LangTexts {
            name: tr.name("lang", l.as_str()),
            alt: texts.alt.0.get(&l).cloned().unwrap_or_default(),
            caption: texts.caption.0.get(&l).cloned().unwrap_or_default(),
            alt_error: err(format!("alt-{l}")),
            caption_error: err(format!("caption-{l}")),
            lang: l.to_string(),
        })
        .collect();
    let mut fields = vec![
        Field::new("credit", tr.get("photos-field-credit"), Input::Text { max: 200 }, &texts.credit),
        Field::new("position", tr.get("photos-field-position"), Input::Number, position)
            .hint(tr.get("photos-position-hint")),
    ];
    crate::form::attach(&mut fields, &errors);
    let photo = PhotoView::new(tr, page, x);
    let action = photo.edit.clone();
    EditPage {
        l: layout(page, ev, tr.get("photos-edit-title"), action.clone(), false),
        delete: format!("{action}/delete"),
        photo,
        errors,
        action,
        fields,
        langs,
    }
}

async fn find(state: &Shared, page: &ProjectPage, ev: &twinning_domain::Event, id: &str) -> Result<Photo, PageError> {
    let id: i64 = id.parse().map_err(|_| Problem::not_found("photo.not_found"))?;
    let photos = state.db.photos(page.b.project.slug.as_str(), ev.slug.as_str()).await?;
    photos.into_iter().find(|x| x.id == id).ok_or_else(|| PageError::from(Problem::not_found("photo.not_found")))
}

/// `GET /manage/projects/{project}/events/{event}/photos/{id}`.
pub async fn edit_form(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, id)): PagePath<(String, String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let ev = page.event(&event)?;
    let x = find(&state, &page, ev, &id).await?;
    let texts = PhotoText { alt: x.alt.clone(), caption: x.caption.clone(), credit: x.credit.clone() };
    render(&edit_page(&page, ev, &x, &texts, &x.position.to_string(), Vec::new()), &prefs, &page.tr)
}

/// `POST /manage/projects/{project}/events/{event}/photos/{id}`.
pub async fn update(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, id)): PagePath<(String, String, String)>,
    body: String,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let tr = &page.tr;
    let ev = page.event(&event)?;
    let x = find(&state, &page, ev, &id).await?;
    let s = Submitted::parse(&body)?;
    let mut texts = PhotoText { credit: s.get("credit").trim().to_owned(), ..Default::default() };
    for l in page.edit_languages(&[&x.alt, &x.caption]) {
        let alt = s.get(&format!("alt-{l}"));
        let caption = s.get(&format!("caption-{l}"));
        if !alt.trim().is_empty() {
            texts.alt.0.insert(l.clone(), alt.trim().to_owned());
        }
        if !caption.trim().is_empty() {
            texts.caption.0.insert(l, caption.trim().to_owned());
        }
    }
    let default = page.b.project.default_lang.to_string();
    let mut errors = text_errors(tr, &texts, |what, lang| match what {
        "credit" => Cow::Borrowed("credit"),
        _ => Cow::Owned(format!("{what}-{}", if lang.is_empty() { default.as_str() } else { lang })),
    });
    let raw = s.get("position");
    let position = match raw.trim() {
        "" => None,
        t => match t.parse::<i64>() {
            Ok(n) if (1..=10_000).contains(&n) => Some(n),
            _ => {
                errors.push(FieldError::new(tr, "position", "photo.position_invalid"));
                None
            }
        },
    };
    if errors.is_empty() {
        let (p, e) = (page.b.project.slug.as_str(), ev.slug.as_str());
        state.app.update_photo(page.actor()?, p, e, x.id, None, &texts, position).await?;
        return Ok(Redirect::to(&format!("{}?done=saved", base(p, e))).into_response());
    }
    render_status(&edit_page(&page, ev, &x, &texts, &raw, errors), &prefs, tr, StatusCode::UNPROCESSABLE_ENTITY)
}

/// `POST /manage/projects/{project}/events/{event}/photos/{id}/delete`.
pub async fn delete(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event, id)): PagePath<(String, String, String)>,
) -> Result<Response, PageError> {
    let page = ProjectPage::load_managed(&state, &prefs, &user, &project).await?;
    let ev = page.event(&event)?;
    let x = find(&state, &page, ev, &id).await?;
    let p = page.b.project.slug.as_str();
    state.app.delete_photo(page.actor()?, p, ev.slug.as_str(), x.id, None).await?;
    Ok(Redirect::to(&format!("{}?done=deleted", base(p, ev.slug.as_str()))).into_response())
}
