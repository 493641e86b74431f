//! Setting a project up: its own fields, partners, venues, towns, events and their programmes,
//! edited as a whole by the back office's forms but written row by row. [`App::save`]
//! compares the project as its editor loaded it with the project as edited and writes only
//! what differs, each row only while it is still at the version the editor loaded — so two
//! organisers changing different things both keep their change, and one changing a thing
//! another changed meanwhile is refused instead of overwriting it.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use twinning_domain::rules::Overrides;
use twinning_domain::texts::TextReport;
use twinning_domain::{Bundle, Event, LangTag, Project, Twinning};
use twinning_store::{Account, Audit, Change, Expect, Versions};

use crate::{Actor, App, AppError};

/// A project as loaded for editing: its rows and their versions.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub bundle: Bundle,
    pub versions: Versions,
}

impl Loaded {
    pub fn event(&self, event: &str) -> Result<&Event, AppError> {
        self.bundle
            .project
            .events
            .iter()
            .find(|e| e.slug.as_str() == event)
            .ok_or(AppError::NotFound("event.not_found"))
    }
}

impl App {
    /// Starts a project from `b` (its lead town among its towns); `account` becomes its first
    /// organiser. Only accounts allowed to start projects may.
    pub async fn create_project(&self, account: &Account, b: &Bundle) -> Result<(), AppError> {
        if !account.may_start_projects {
            return Err(AppError::Forbidden);
        }
        self.db.create_project(b, account.id).await?;
        Ok(())
    }

    /// Until when the project keeps personal data, if a date is set.
    pub async fn retention(&self, actor: &Actor, project: &str) -> Result<Option<NaiveDate>, AppError> {
        actor.must_manage()?;
        Ok(self.db.retention(project).await?)
    }

    /// Sets (or, with `None`, clears) the date after which the project's people are anonymised.
    pub async fn set_retention(&self, actor: &Actor, project: &str, until: Option<NaiveDate>) -> Result<(), AppError> {
        actor.must_manage()?;
        Ok(self.db.set_retention(project, until, actor.account).await?)
    }

    /// The thresholds of the funder's rules the organisers adjusted.
    pub async fn rule_overrides(&self, actor: &Actor, project: &str) -> Result<Overrides, AppError> {
        actor.must_manage()?;
        Ok(self.db.rule_overrides(project).await?)
    }

    /// Replaces the adjusted thresholds of the funder's rules.
    pub async fn set_rule_overrides(&self, actor: &Actor, project: &str, o: &Overrides) -> Result<(), AppError> {
        actor.must_manage()?;
        Ok(self.db.set_rule_overrides(project, o, actor.account).await?)
    }

    /// The project with its drafts and versions, for someone who runs it.
    pub async fn load_managed(&self, actor: &Actor, project: &str) -> Result<Loaded, AppError> {
        let loaded = self.load(project).await?;
        actor.must_manage()?;
        Ok(loaded)
    }

    /// The project with its drafts and versions, whoever asks (rights are the caller's to check).
    pub async fn load(&self, project: &str) -> Result<Loaded, AppError> {
        let (bundle, versions) =
            self.db.project_state(project).await?.ok_or(AppError::NotFound("project.not_found"))?;
        Ok(Loaded { bundle, versions })
    }

    /// Writes what `edited` changes against `base`, row by row, with the audit row, in one
    /// transaction. Nothing changed writes nothing. A row changed by someone else since
    /// `base` was loaded answers [`AppError::Stale`].
    pub async fn save(
        &self,
        actor: &Actor,
        base: &Loaded,
        edited: &Bundle,
        action: &str,
        target: &str,
    ) -> Result<(), AppError> {
        actor.must_manage()?;
        edited.validate()?;
        let changes = changes(&base.bundle, &base.versions, edited);
        if changes.is_empty() {
            return Ok(());
        }
        let audit = Audit { account: actor.account, action, target };
        self.db.apply(edited.project.slug.as_str(), &changes, audit).await?;
        Ok(())
    }
}

impl App {
    /// Applies texts in one language to the project and writes the rows they change, with the
    /// audit row; all or nothing: with any invalid text or unknown field nothing is written
    /// and the report says why. Answers the project as written and the report.
    pub async fn save_texts(
        &self,
        actor: &Actor,
        base: &Loaded,
        lang: &LangTag,
        texts: &BTreeMap<String, String>,
        empty_removes: bool,
    ) -> Result<(Bundle, TextReport), AppError> {
        let mut bundle = base.bundle.clone();
        let report = bundle.apply_texts(lang, texts, empty_removes);
        if !report.invalid.is_empty() || !report.unknown.is_empty() {
            return Ok((base.bundle.clone(), report));
        }
        if report.wrote_anything() {
            let target = format!("{lang}: {} changed, {} removed", report.changed.len(), report.removed.len());
            self.save(actor, base, &bundle, "translation.update", &target).await?;
        }
        Ok((bundle, report))
    }
}

/// The rows `new` changes against `base`, each with the version `base` was loaded at; in an
/// order the database accepts (what is referred to before what refers to it, removals last).
pub fn changes<'a>(base: &Bundle, v: &Versions, new: &'a Bundle) -> Vec<Expect<'a>> {
    let mut out = Vec::new();
    let mut push = |change, version| out.push(Expect { change, version });

    for t in &new.towns {
        match base.towns.iter().find(|x| x.slug == t.slug) {
            Some(old) if old == t => {}
            Some(_) => push(Change::Town(t), v.towns.get(&t.slug).copied()),
            None => push(Change::Town(t), None),
        }
    }
    for o in &new.organisations {
        match base.organisations.iter().find(|x| x.slug == o.slug) {
            Some(old) if old == o => {}
            Some(_) => push(Change::Organisation(o), v.organisations.get(&o.slug).copied()),
            None => push(Change::Organisation(o), None),
        }
    }
    for venue in &new.venues {
        match base.venues.iter().find(|x| x.slug == venue.slug) {
            Some(old) if old == venue => {}
            Some(_) => push(Change::Venue(venue), v.venues.get(&venue.slug).copied()),
            None => push(Change::Venue(venue), None),
        }
    }
    if !same_fields(&base.project, &new.project) {
        push(Change::Project(&new.project), Some(v.project));
    }
    for (pos, p) in new.project.partners.iter().enumerate() {
        let before = base.project.partners.iter().position(|x| x.town == p.town);
        match before {
            Some(i) if i == pos && base.project.partners[i] == *p => {}
            Some(_) => push(Change::Partner(p, pos), v.partners.get(&p.town).copied()),
            None => push(Change::Partner(p, pos), None),
        }
    }
    for ev in &new.project.events {
        let Some(old) = base.project.events.iter().find(|x| x.slug == ev.slug) else {
            push(Change::Event(ev), None);
            for item in &ev.items {
                push(Change::Item(ev, item), None);
            }
            continue;
        };
        if !same_event_fields(old, ev) {
            push(Change::Event(ev), v.events.get(&ev.slug).copied());
        }
        // Items keep their wall-clock times when the zone changes: their instants move.
        let rezoned = old.time_zone != ev.time_zone;
        for item in &ev.items {
            match old.items.iter().find(|x| x.slug == item.slug) {
                Some(o) if o == item && !rezoned => {}
                Some(_) => push(Change::Item(ev, item), v.item(&ev.slug, &item.slug)),
                None => push(Change::Item(ev, item), None),
            }
        }
    }
    let key = |t: &Twinning| {
        let mut towns = t.towns.clone();
        towns.sort();
        (towns, t.kind)
    };
    for t in &new.twinnings {
        match base.twinnings.iter().find(|x| key(x) == key(t)) {
            Some(old) if old == t => {}
            Some(_) => push(Change::Twinning(t), v.twinning(t)),
            None => push(Change::Twinning(t), None),
        }
    }
    // Removals, what refers before what is referred to.
    for t in &base.twinnings {
        if !new.twinnings.iter().any(|x| key(x) == key(t)) {
            push(Change::RemoveTwinning(t.clone()), v.twinning(t));
        }
    }
    for old in &base.project.events {
        if let Some(ev) = new.project.events.iter().find(|x| x.slug == old.slug) {
            for item in old.items.iter().filter(|i| ev.item(i.slug.as_str()).is_none()) {
                push(Change::RemoveItem(ev.slug.clone(), item.slug.clone()), v.item(&ev.slug, &item.slug));
            }
        }
    }
    for old in base.project.events.iter().filter(|o| !new.project.events.iter().any(|x| x.slug == o.slug)) {
        push(Change::RemoveEvent(old.slug.clone()), v.events.get(&old.slug).copied());
    }
    for p in base.project.partners.iter().filter(|p| !new.project.partners.iter().any(|x| x.town == p.town)) {
        push(Change::RemovePartner(p.town.clone()), v.partners.get(&p.town).copied());
    }
    out
}

/// Whether two projects have the same own fields (their partners and events aside).
fn same_fields(a: &Project, b: &Project) -> bool {
    a.slug == b.slug
        && a.acronym == b.acronym
        && a.title == b.title
        && a.aims == b.aims
        && a.funding == b.funding
        && a.period_start == b.period_start
        && a.period_end == b.period_end
        && a.status == b.status
        && a.default_lang == b.default_lang
        && a.languages == b.languages
        && a.links == b.links
}

/// Whether two events have the same own fields (their items aside).
fn same_event_fields(a: &Event, b: &Event) -> bool {
    a.slug == b.slug
        && a.title == b.title
        && a.description == b.description
        && a.host_town == b.host_town
        && a.start_date == b.start_date
        && a.end_date == b.end_date
        && a.time_zone == b.time_zone
        && a.evaluation == b.evaluation
        && a.illustrative == b.illustrative
}
