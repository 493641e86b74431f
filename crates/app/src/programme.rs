//! A meeting's draft programme, item by item: read one with its version, add one, change one
//! (only while it is at the version the writer saw, when they say which), remove one. Each
//! write touches that item's rows alone, so organisers editing different items at once all
//! keep their changes.

use twinning_domain::{Bundle, Event, ProgrammeItem, Slug, ValidationError, ValidationErrors};
use twinning_store::{Audit, Change, Expect, Published};

use crate::setup::Loaded;
use crate::{Actor, App, AppError};

/// How often a change without a version is tried again when another writer changed the same
/// item between its read and its write.
const RETRIES: usize = 5;

/// A programme item of the draft and its version.
#[derive(Debug, Clone)]
pub struct VersionedItem {
    pub bundle: Bundle,
    pub event: usize,
    pub item: ProgrammeItem,
    pub version: i64,
}

impl VersionedItem {
    pub fn event(&self) -> &Event {
        &self.bundle.project.events[self.event]
    }
}

/// Checks an item against its event and project: its own fields, that it lies within the
/// event's days, and that the venues it names are the project's.
pub fn check_item(b: &Bundle, ev: &Event, item: &ProgrammeItem) -> Result<(), ValidationErrors> {
    let mut errs = item.validate(ev.time_zone);
    if errs.is_empty()
        && let Err(e) = item.check_within(ev)
    {
        errs.push(e);
    }
    for v in &item.venues {
        if b.venue(v).is_none() {
            errs.push(ValidationError::new("venues", "venue.unknown", format!("{v:?} is not a venue of this project")));
        }
    }
    errs.into_result(())
}

fn locate(loaded: &Loaded, event: &str) -> Result<usize, AppError> {
    loaded
        .bundle
        .project
        .events
        .iter()
        .position(|e| e.slug.as_str() == event)
        .ok_or(AppError::NotFound("event.not_found"))
}

impl App {
    /// One item of an event's draft programme, with its version.
    pub async fn draft_item(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
        item: &str,
    ) -> Result<VersionedItem, AppError> {
        let loaded = self.load_managed(actor, project).await?;
        let e = locate(&loaded, event)?;
        let ev = &loaded.bundle.project.events[e];
        let found = ev.item(item).cloned().ok_or(AppError::NotFound("item.not_found"))?;
        let version = loaded.versions.item(&ev.slug, &found.slug).ok_or(AppError::NotFound("item.not_found"))?;
        Ok(VersionedItem { event: e, item: found, version, bundle: loaded.bundle })
    }

    /// Adds `make`'s item to the draft; `make` builds it from the project as it stands.
    pub async fn create_item<F>(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
        make: F,
    ) -> Result<VersionedItem, AppError>
    where
        F: Fn(&Bundle, &Event) -> Result<ProgrammeItem, AppError>,
    {
        let loaded = self.load_managed(actor, project).await?;
        let e = locate(&loaded, event)?;
        let ev = &loaded.bundle.project.events[e];
        let item = make(&loaded.bundle, ev)?;
        if ev.item(item.slug.as_str()).is_some() {
            return Err(taken());
        }
        check_item(&loaded.bundle, ev, &item)?;
        let target = format!("{}/{}", ev.slug, item.slug);
        let audit = Audit { account: actor.account, action: "item.create", target: &target };
        let written = self.db.apply(project, &[Expect { change: Change::Item(ev, &item), version: None }], audit).await;
        let version = match written {
            Ok(v) => v.first().copied().flatten().unwrap_or(1),
            Err(twinning_store::StoreError::Conflict("item.slug_taken")) => return Err(taken()),
            Err(e) => return Err(e.into()),
        };
        let mut bundle = loaded.bundle;
        bundle.project.events[e].items.push(item.clone());
        Ok(VersionedItem { bundle, event: e, item, version })
    }

    /// Changes one item of the draft with `edit`, which gets the item as it stands. With
    /// `if_match`, only while the item is at that version; without, the edit is applied to
    /// the item as it is at the moment of writing (tried again if another writer slips in).
    pub async fn update_item<F>(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
        item: &str,
        if_match: Option<i64>,
        edit: F,
    ) -> Result<VersionedItem, AppError>
    where
        F: Fn(&Bundle, &Event, ProgrammeItem) -> Result<ProgrammeItem, AppError>,
    {
        let mut tries = 0;
        loop {
            let current = self.draft_item(actor, project, event, item).await?;
            if if_match.is_some_and(|v| v != current.version) {
                return Err(AppError::Stale { key: "item.changed_meanwhile", current: Some(current.version) });
            }
            let ev = current.event();
            let mut edited = edit(&current.bundle, ev, current.item.clone())?;
            edited.slug = current.item.slug.clone();
            check_item(&current.bundle, ev, &edited)?;
            let target = format!("{}/{}", ev.slug, edited.slug);
            let audit = Audit { account: actor.account, action: "item.update", target: &target };
            let change = Expect { change: Change::Item(ev, &edited), version: Some(current.version) };
            match self.db.apply(project, &[change], audit).await {
                Ok(v) => {
                    let version = v.first().copied().flatten().unwrap_or(current.version + 1);
                    let mut bundle = current.bundle;
                    let e = current.event;
                    if let Some(slot) = bundle.project.events[e].items.iter_mut().find(|i| i.slug == edited.slug) {
                        *slot = edited.clone();
                    }
                    return Ok(VersionedItem { bundle, event: e, item: edited, version });
                }
                Err(twinning_store::StoreError::Stale { .. }) if if_match.is_none() && tries < RETRIES => tries += 1,
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Removes one item from the draft (only at version `if_match`, when given).
    pub async fn delete_item(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
        item: &str,
        if_match: Option<i64>,
    ) -> Result<(), AppError> {
        let mut tries = 0;
        loop {
            let current = self.draft_item(actor, project, event, item).await?;
            if if_match.is_some_and(|v| v != current.version) {
                return Err(AppError::Stale { key: "item.changed_meanwhile", current: Some(current.version) });
            }
            let ev = current.event();
            let target = format!("{}/{}", ev.slug, current.item.slug);
            let audit = Audit { account: actor.account, action: "item.delete", target: &target };
            let change = Expect {
                change: Change::RemoveItem(ev.slug.clone(), current.item.slug.clone()),
                version: Some(current.version),
            };
            match self.db.apply(project, &[change], audit).await {
                Ok(_) => return Ok(()),
                Err(twinning_store::StoreError::Stale { .. }) if if_match.is_none() && tries < RETRIES => tries += 1,
                Err(e) => return Err(e.into()),
            }
        }
    }
}

fn taken() -> AppError {
    AppError::Invalid(
        ValidationError::new("slug", "item.slug_taken", "another item of this event has this slug").into(),
    )
}

/// The slug an item is addressed by, from a path: an unknown shape names nothing.
pub fn item_slug(raw: &str) -> Result<Slug, AppError> {
    Slug::parse(raw).map_err(|_| AppError::NotFound("item.not_found"))
}

impl App {
    /// Publishes the meeting's draft programme as a new version; `None` when it is the
    /// version already published.
    pub async fn publish_programme(
        &self,
        actor: &Actor,
        project: &str,
        event: &str,
    ) -> Result<Option<Published>, AppError> {
        let loaded = self.load_managed(actor, project).await?;
        let ev = loaded.event(event)?;
        Ok(self.db.publish(loaded.bundle.project.slug.as_str(), ev, actor.account).await?)
    }
}
