//! Back-office forms described as data: a handler lists its fields (label, hint, kind of
//! input, value, error) and one template draws them all the same accessible way — label
//! tied to the input, hint and error referenced by `aria-describedby`, `aria-invalid` on a
//! field in error, and a summary at the top linking to each problem.

use twinning_domain::{LangTag, Translated};

use crate::error::{PageError, Problem};
use crate::i18n::Tr;

/// One option of a select, radio group or checkbox group.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>, selected: bool) -> Self {
        Self { value: value.into(), label: label.into(), selected }
    }
}

#[derive(Debug, Clone)]
pub enum Input {
    Text {
        max: usize,
    },
    Long,
    Date,
    DateTime,
    Email,
    /// A single yes/no checkbox; its value is `yes` when checked.
    Check,
    Number,
    Url,
    /// A text input that suggests values (a `<datalist>`), e.g. time zones.
    Suggest(Vec<String>),
    Select(Vec<Choice>),
    Radios(Vec<Choice>),
}

#[derive(Debug, Clone)]
pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub hint: Option<String>,
    pub input: Input,
    pub value: String,
    pub error: Option<String>,
    pub required: bool,
}

impl Field {
    pub fn new(name: &'static str, label: String, input: Input, value: impl Into<String>) -> Self {
        Self { name, label, hint: None, input, value: value.into(), error: None, required: false }
    }

    pub fn hint(mut self, hint: String) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// For the template: which kind of control to draw.
    pub fn kind(&self) -> &'static str {
        match self.input {
            Input::Text { .. } => "text",
            Input::Long => "long",
            Input::Date => "date",
            Input::DateTime => "datetime",
            Input::Email => "email",
            Input::Check => "check",
            Input::Number => "number",
            Input::Url => "url",
            Input::Suggest(_) => "suggest",
            Input::Select(_) => "select",
            Input::Radios(_) => "radios",
        }
    }

    pub fn max(&self) -> usize {
        match self.input {
            Input::Text { max } => max,
            _ => 0,
        }
    }

    pub fn choices(&self) -> &[Choice] {
        match &self.input {
            Input::Select(c) | Input::Radios(c) => c,
            _ => &[],
        }
    }

    pub fn suggestions(&self) -> &[String] {
        match &self.input {
            Input::Suggest(s) => s,
            _ => &[],
        }
    }

    /// The ids the input is described by: its hint and its error.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.name));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.name));
        }
        ids.join(" ")
    }
}

/// Puts each error beside its field; errors for fields not on the form stay in the summary.
pub fn attach(fields: &mut [Field], errors: &[FieldError]) {
    for f in fields {
        f.error = errors.iter().find(|e| e.field == f.name).map(|e| e.message.clone());
    }
}

/// A submitted form body as name/value pairs; what cannot be read at all is a 400 page.
pub struct Submitted(Vec<(String, String)>);

impl Submitted {
    pub const MAX: usize = 200_000;

    pub fn parse(body: &str) -> Result<Self, PageError> {
        if body.len() > Self::MAX {
            return Err(PageError::from(Problem::bad_request("form.invalid", "form", "the form is too large")));
        }
        Ok(Self(form_urlencoded::parse(body.as_bytes()).into_owned().collect()))
    }

    /// The first value given for `name`, with Windows line ends made plain; empty when absent.
    pub fn get(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.replace("\r\n", "\n")).unwrap_or_default()
    }
}

/// Replaces one language's text, keeping the others; an empty text removes that language.
pub fn set_text(t: &mut Translated, lang: &LangTag, text: &str) {
    if text.trim().is_empty() {
        t.0.remove(lang);
    } else {
        t.0.insert(lang.clone(), text.trim().to_owned());
    }
}

/// The text in one language, for a form's initial value.
pub fn text_in(t: &Translated, lang: &LangTag) -> String {
    t.0.get(lang).cloned().unwrap_or_default()
}

/// Country choices: every country the interface has a name for, by that name, plus `current`.
pub fn countries(tr: &Tr, current: &str) -> Vec<Choice> {
    let mut out: Vec<Choice> = twinning_domain::country::codes()
        .filter(|c| tr.has(&format!("country-{c}")) || *c == current)
        .map(|c| Choice::new(c, tr.country(c), c == current))
        .collect();
    out.sort_by(|a, b| a.label.cmp(&b.label));
    out.insert(0, Choice::new("", tr.get("form-choose"), current.is_empty()));
    out
}

/// Language choices for a project's content: the interface languages and any in `current`.
pub fn language_list(langs: &[LangTag]) -> String {
    langs.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", ")
}

/// Reads a list of language tags typed as `lv, en de`; the field's error on a bad tag.
pub fn parse_languages(raw: &str) -> Option<Vec<LangTag>> {
    let mut out: Vec<LangTag> = Vec::new();
    for part in raw.split([',', ' ', ';']).filter(|s| !s.trim().is_empty()) {
        let tag = LangTag::parse(part.trim()).ok()?;
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    Some(out)
}

/// A back-office page that is one form: a heading, an introduction, the fields, and links
/// or secondary buttons below.
#[derive(askama::Template)]
#[template(path = "form_page.html")]
pub struct FormView {
    pub l: crate::layout::Layout,
    pub intro: Vec<String>,
    pub errors: Vec<FieldError>,
    pub action: String,
    pub fields: Vec<Field>,
    pub submit: String,
    pub links: Vec<(String, String)>,
    pub buttons: Vec<(String, String)>,
    /// The version of the record the form was filled from, sent back hidden: a save against
    /// an older version shows [`FormView::meanwhile`] instead of overwriting.
    pub version: Option<i64>,
    /// After a "changed meanwhile": the record as saved now, label and value, shown beside the
    /// editor's own version (which stays in the form).
    pub meanwhile: Option<Vec<(String, String)>>,
    /// A public form: it carries the [`HONEYPOT`] field.
    pub honeypot: bool,
}

/// The name of the field public forms carry for bots to fill: hidden from people (off
/// screen, out of the tab order, `aria-hidden`, labelled "leave this empty"), so that a
/// value in it means a machine filled the form.
pub const HONEYPOT: &str = "website";

/// Whether a submitted form filled the [`HONEYPOT`]: then the handler answers as if it
/// succeeded and stores and sends nothing.
pub fn caught(s: &Submitted) -> bool {
    !s.get(HONEYPOT).trim().is_empty()
}

/// A field's value as a person reads it: a choice's label rather than its code.
pub fn shown(f: &Field) -> String {
    match &f.input {
        Input::Select(choices) => {
            choices.iter().find(|c| c.selected && !c.value.is_empty()).map(|c| c.label.clone()).unwrap_or_default()
        }
        _ => f.value.clone(),
    }
}

/// The version a submitted form was filled from (`version`, hidden), if it says.
pub fn seen_version(s: &Submitted) -> Option<i64> {
    s.get("version").trim().parse().ok()
}

/// The version a record is at now, when an editor's form was filled from another one (`seen`):
/// their save must not overwrite what was saved meanwhile. `None`: the save may go ahead (the
/// form says no version, or the one stored now).
pub fn changed_since(seen: Option<i64>, now: Option<i64>) -> Option<i64> {
    let (seen, now) = (seen?, now?);
    (seen != now).then_some(now)
}

/// Which values a form shows: what its editor sent, or the record as it is stored now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Values {
    Sent,
    Saved,
}

/// The "changed meanwhile" check of every form that edits one record: when `submitted` was
/// filled from another version than the record's version `now`, the form to answer with (409)
/// — the editor's values kept, the record as stored now shown beside them, and the version
/// now, so that a second save decides. `None`: nobody changed the record meanwhile. `form`
/// builds the page's form from either values.
pub fn changed_meanwhile(
    submitted: &Submitted,
    now: Option<i64>,
    form: impl Fn(Values) -> FormView,
) -> Option<FormView> {
    let now = changed_since(seen_version(submitted), now)?;
    let saved = form(Values::Saved).fields;
    let mut view = form(Values::Sent).at_version(Some(now));
    view.meanwhile =
        Some(saved.iter().map(|f| (f.label.clone(), shown(f))).filter(|(_, v)| !v.trim().is_empty()).collect());
    Some(view)
}

impl FormView {
    /// The form, filled from the record's version `version` (sent back hidden).
    pub fn at_version(mut self, version: Option<i64>) -> Self {
        self.version = version;
        self
    }

    pub fn new(
        l: crate::layout::Layout,
        action: String,
        mut fields: Vec<Field>,
        errors: Vec<FieldError>,
        submit: String,
    ) -> Self {
        attach(&mut fields, &errors);
        Self {
            l,
            intro: Vec::new(),
            errors,
            action,
            fields,
            submit,
            links: Vec::new(),
            buttons: Vec::new(),
            version: None,
            meanwhile: None,
            honeypot: false,
        }
    }
}

/// Maps a validation error's path in the bundle (`project.events[0].start_date`,
/// `project.title.lv`) to a form field: the last part of the path that is one of `fields`.
pub fn field_of(path: &str, fields: &[&'static str], fallback: &'static str) -> &'static str {
    path.split('.')
        .map(|p| p.split('[').next().unwrap_or(p))
        .filter_map(|p| fields.iter().copied().find(|f| *f == p))
        .next_back()
        .unwrap_or(fallback)
}

/// A problem with one form field, shown beside it and in the summary at the top.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: std::borrow::Cow<'static, str>,
    pub message: String,
}

impl FieldError {
    pub fn new(tr: &Tr, field: &'static str, key: &str) -> Self {
        Self::named(tr, field.into(), key)
    }

    /// An error for a field whose name is made at run time (`title-lv`).
    pub fn named(tr: &Tr, field: std::borrow::Cow<'static, str>, key: &str) -> Self {
        Self { field, message: tr.get(&format!("form-{}", key.replace(['.', '_'], "-"))) }
    }
}

/// The first error for a field, for templates.
pub fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}
