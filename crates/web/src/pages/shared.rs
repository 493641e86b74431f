//! What the page areas share: [`ProjectPage`], a project loaded for a page in the visitor's
//! language, and the few pieces two areas both show. A page module imports another area's
//! code only through here (or the crate's `view`, `layout`, `form`, `extract`).

use twinning_app::Actor;
use twinning_domain::{Bundle, Event, Role, Slug, TravelBy};
use twinning_store::Photo;

use crate::AppState;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, slug};
use crate::form::{Choice, Field, Input};
use crate::i18n::{Arg, Tr, Txt};
use crate::published::apply_published;
use crate::view::href;

/// A project loaded for a page, with the UI language chosen against its default language.
pub struct ProjectPage {
    pub b: Bundle,
    pub tr: Tr,
    /// The project as loaded for editing, with its rows' versions: what [`ProjectPage::save`]
    /// writes the edits of `b` against. Public pages load no versions.
    pub base: Option<twinning_app::setup::Loaded>,
    /// The signed-in person as the app's commands see them, once a back-office loader decided
    /// their standing. Public pages have none.
    pub actor: Option<Actor>,
}

impl ProjectPage {
    /// The project for a public page: published programmes only.
    pub async fn load(state: &AppState, prefs: &LangPrefs, project: &str) -> Result<Self, PageError> {
        let s = slug(project, "project.not_found")?;
        let mut b =
            state.db.project_bundle(s.as_str()).await?.ok_or_else(|| Problem::not_found("project.not_found"))?;
        let tr = prefs.tr(Some(&b.project.default_lang));
        let published = state.db.published(b.project.slug.as_str()).await?;
        apply_published(&mut b, &published);
        Ok(Self { b, tr, base: None, actor: None })
    }

    /// The draft for someone who manages the project (an organiser or the admin), else 403.
    pub async fn load_managed(
        state: &AppState,
        prefs: &LangPrefs,
        user: &crate::auth::User,
        project: &str,
    ) -> Result<Self, PageError> {
        let page = Self::load_draft(state, prefs, project).await?.with_actor(state, user).await?;
        page.actor()?.must_manage()?;
        Ok(page)
    }

    /// The page with the signed-in person's standing in the project decided (any standing:
    /// the caller checks it), for the app's commands.
    pub async fn with_actor(mut self, state: &AppState, user: &crate::auth::User) -> Result<Self, PageError> {
        self.actor = Some(state.app.actor(&user.account, self.b.project.slug.as_str()).await?);
        Ok(self)
    }

    /// The signed-in person as the app's commands see them (back-office pages only).
    pub fn actor(&self) -> Result<&Actor, PageError> {
        self.actor.as_ref().ok_or_else(|| PageError::from(Problem::internal()))
    }

    /// The project as its organisers edit it, drafts included, with its rows' versions.
    pub async fn load_draft(state: &AppState, prefs: &LangPrefs, project: &str) -> Result<Self, PageError> {
        let s = slug(project, "project.not_found")?;
        let loaded = state.app.load(s.as_str()).await?;
        let tr = prefs.tr(Some(&loaded.bundle.project.default_lang));
        Ok(Self { b: loaded.bundle.clone(), tr, base: Some(loaded), actor: None })
    }

    /// Where the meeting `event` is in the project's list, else 404.
    pub fn event_index(&self, event: &str) -> Result<usize, PageError> {
        self.b
            .project
            .events
            .iter()
            .position(|e| e.slug.as_str() == event)
            .ok_or_else(|| PageError::from(Problem::not_found("event.not_found")))
    }

    /// Stores what was edited in `b` since the project was loaded, row by row, recording
    /// `action` on `target` for `user` in the audit log in the same transaction. A row someone
    /// else changed meanwhile is not overwritten: the answer is a "changed meanwhile" page.
    pub async fn save(
        &self,
        state: &AppState,
        user: &crate::auth::User,
        action: &str,
        target: &str,
    ) -> Result<(), PageError> {
        let base = self.base.as_ref().ok_or_else(Problem::internal)?;
        let actor = match &self.actor {
            Some(a) => a.clone(),
            None => state.app.actor(&user.account, self.b.project.slug.as_str()).await?,
        };
        state.app.save(&actor, base, &self.b, action, target).await.map_err(PageError::from)
    }

    /// The versions of the project's rows as loaded (for the forms' "changed meanwhile").
    pub fn versions(&self) -> Option<&twinning_store::Versions> {
        self.base.as_ref().map(|l| &l.versions)
    }

    /// The version of an item as loaded (for the editor's "changed meanwhile" check).
    pub fn item_version(&self, event: &Slug, item: &Slug) -> Option<i64> {
        self.base.as_ref().and_then(|l| l.versions.item(event, item))
    }

    pub fn event(&self, event: &str) -> Result<&Event, PageError> {
        self.b
            .project
            .events
            .iter()
            .find(|e| e.slug.as_str() == event)
            .ok_or_else(|| PageError::from(Problem::not_found("event.not_found")))
    }

    /// The languages a multilingual text is edited in: the project's default first, then its
    /// other languages, then any other language one of `texts` is already written in.
    pub fn edit_languages(&self, texts: &[&twinning_domain::Translated]) -> Vec<twinning_domain::LangTag> {
        let mut out = vec![self.b.project.default_lang.clone()];
        for l in self.b.project.languages.iter().chain(texts.iter().flat_map(|t| t.0.keys())) {
            if !out.contains(l) {
                out.push(l.clone());
            }
        }
        out
    }

    pub fn title(&self) -> crate::i18n::Txt {
        self.tr.pick(&self.b.project.title, Some(&self.b.project.default_lang))
    }
}

// Pieces two page areas both show.

/// A role as a person reads it: "coordinator (Raška)".
pub fn role_label(tr: &Tr, role: Role, town: Option<&str>) -> String {
    match town {
        Some(t) => format!("{} ({t})", tr.name("member-role", role.as_str())),
        None => tr.name("member-role", role.as_str()),
    }
}

/// One line of an audit log (a project's, or the whole instance's on the admin page).
pub struct AuditRow {
    pub when: String,
    pub when_iso: String,
    pub actor: String,
    pub action: String,
    pub target: String,
}

pub fn audit_rows(tr: &Tr, entries: Vec<twinning_store::AuditEntry>) -> Vec<AuditRow> {
    entries
        .into_iter()
        .map(|e| AuditRow {
            when: format!("{} {} UTC", tr.date(e.at.date_naive()), tr.time(e.at.naive_utc())),
            when_iso: e.at.to_rfc3339(),
            actor: e.actor.unwrap_or_else(|| tr.get("audit-system")),
            action: tr.name("audit", &e.action.replace('.', "-")),
            target: e.target,
        })
        .collect()
}

/// A select of the ways to travel, with "Choose…" first.
pub fn travel_field(tr: &Tr, name: &'static str, value: &str) -> Field {
    let mut c: Vec<Choice> = TravelBy::ALL
        .iter()
        .map(|b| Choice::new(b.as_str(), tr.name("travel-by", b.as_str()), value == b.as_str()))
        .collect();
    c.insert(0, Choice::new("", tr.get("form-choose"), value.is_empty()));
    Field::new(name, tr.get("participants-field-by"), Input::Select(c), value)
}

/// A photo as the publication page and the back office show it.
pub struct PhotoView {
    pub src: String,
    pub alt: Txt,
    pub caption: Txt,
    pub credit: String,
    pub width: i64,
    pub height: i64,
    pub edit: String,
}

impl PhotoView {
    pub fn new(tr: &Tr, page: &ProjectPage, x: &Photo) -> Self {
        let p = page.b.project.slug.as_str();
        let default = Some(&page.b.project.default_lang);
        Self {
            src: href::photo(p, x.event.as_str(), &x.file),
            alt: tr.pick(&x.alt, default),
            caption: tr.pick(&x.caption, default),
            credit: if x.credit.is_empty() {
                String::new()
            } else {
                tr.with("photos-credit", &[("name", Arg::Str(x.credit.clone()))])
            },
            width: x.width,
            height: x.height,
            edit: format!("/manage/projects/{p}/events/{}/photos/{}", x.event, x.id),
        }
    }
}

/// The consent fields of every form that records a person: photos (yes, no or not asked)
/// and, for a minor, the parent's or guardian's name and consent.
pub fn consent_fields(tr: &Tr, values: &dyn Fn(&str) -> String) -> Vec<Field> {
    use twinning_domain::people::PhotoConsent;
    let current = PhotoConsent::parse(&values("photo_consent")).unwrap_or_default();
    let photos = PhotoConsent::ALL
        .iter()
        .map(|c| Choice::new(c.as_str(), tr.name("photo-consent-choice", c.as_str()), *c == current))
        .collect();
    vec![
        Field::new("photo_consent", tr.get("participants-field-photos"), Input::Radios(photos), current.as_str()),
        Field::new("minor", tr.get("consent-minor"), Input::Check, values("minor")),
        Field::new("guardian_name", tr.get("consent-guardian-name"), Input::Text { max: 120 }, values("guardian_name"))
            .hint(tr.get("consent-guardian-hint")),
        Field::new("guardian_consent", tr.get("consent-guardian-consent"), Input::Check, values("guardian_consent")),
    ]
}

/// What photographers need to know of a person, in a few words: may they appear in photos,
/// and are they a minor.
pub fn photo_note(tr: &Tr, p: &twinning_domain::people::Person) -> String {
    let photos = tr.name("photo-consent", p.photo_consent.as_str());
    if p.minor { format!("{photos} · {}", tr.get("consent-minor-short")) } else { photos }
}

/// The default privacy notice in `tr`'s language, written from the project's title, its
/// funder and the date until which personal data is kept.
pub fn default_privacy_notice(tr: &Tr, b: &Bundle, until: Option<chrono::NaiveDate>) -> String {
    let project = tr.pick(&b.project.title, Some(&b.project.default_lang)).text;
    let funder = b
        .project
        .funding
        .as_ref()
        .map(|f| tr.pick(&f.programme, Some(&b.project.default_lang)).text)
        .filter(|f| !f.trim().is_empty())
        .unwrap_or_else(|| tr.get("privacy-notice-funder-unknown"));
    let mut args = vec![("project", Arg::Str(project)), ("funder", Arg::Str(funder))];
    match until {
        Some(d) => {
            args.push(("until", Arg::Str(tr.date(d))));
            tr.with("privacy-notice-default", &args)
        }
        None => tr.with("privacy-notice-default-no-date", &args),
    }
}

/// The project's privacy notice for a page that collects personal data: the organisers' own
/// text in the visitor's language (or the nearest one they wrote), else the default notice.
pub async fn privacy_notice(state: &AppState, page: &ProjectPage) -> Result<String, PageError> {
    let slug = page.b.project.slug.as_str();
    let own = state.app.privacy_notice(slug).await?;
    let picked = page.tr.pick(&own, Some(&page.b.project.default_lang));
    if !picked.is_empty() {
        return Ok(picked.text);
    }
    let until = state.db.retention(slug).await?;
    Ok(default_privacy_notice(&page.tr, &page.b, until))
}
