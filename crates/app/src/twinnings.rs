//! Twinnings between a project's partner towns (the Raška–Daugavpils memorandum signed on the
//! meeting's second day): read with their versions, created or changed, removed. An organiser
//! of a project handles the links between two of its partners; each write touches that link's
//! row alone and is refused when the link changed since the version given.

use twinning_domain::{Slug, Twinning, TwinningKind, ValidationError};
use twinning_store::{Audit, Change, Expect};

use crate::{Actor, App, AppError};

/// A twinning and its version.
#[derive(Debug, Clone)]
pub struct VersionedTwinning {
    pub twinning: Twinning,
    pub version: i64,
}

fn same_link(t: &Twinning, towns: &[Slug; 2], kind: TwinningKind) -> bool {
    t.kind == kind
        && ((t.towns[0] == towns[0] && t.towns[1] == towns[1]) || (t.towns[0] == towns[1] && t.towns[1] == towns[0]))
}

impl App {
    /// The twinnings between the project's partners.
    pub async fn twinnings(&self, actor: &Actor, project: &str) -> Result<Vec<VersionedTwinning>, AppError> {
        let loaded = self.load_managed(actor, project).await?;
        Ok(loaded
            .bundle
            .twinnings
            .iter()
            .map(|t| VersionedTwinning { twinning: t.clone(), version: loaded.versions.twinning(t).unwrap_or(1) })
            .collect())
    }

    /// Creates or changes the link between two partners of the project (only while it is at
    /// version `if_match` when one is given). Answers the link, its version, and whether it
    /// is new.
    pub async fn put_twinning(
        &self,
        actor: &Actor,
        project: &str,
        twinning: Twinning,
        if_match: Option<i64>,
    ) -> Result<(VersionedTwinning, bool), AppError> {
        let loaded = self.load_managed(actor, project).await?;
        let b = &loaded.bundle;
        for (i, town) in twinning.towns.iter().enumerate() {
            if !b.project.partners.iter().any(|p| &p.town == town) {
                return Err(AppError::Invalid(
                    ValidationError::new(
                        format!("towns[{i}]"),
                        "twinning.not_partner",
                        "not a partner town of this project",
                    )
                    .into(),
                ));
            }
        }
        if twinning.towns[0] == twinning.towns[1] {
            return Err(AppError::Invalid(
                ValidationError::new("towns", "twinning.same_town", "a town does not twin with itself").into(),
            ));
        }
        if let Some(s) = &twinning.signed_at
            && b.project.events.iter().find(|e| e.slug == s.event).and_then(|e| e.item(s.item.as_str())).is_none()
        {
            return Err(AppError::Invalid(
                ValidationError::new(
                    "signed_at",
                    "twinning.signed_at_unknown",
                    "no such event and item in this project",
                )
                .into(),
            ));
        }
        twinning
            .description
            .validate(false, twinning_domain::TEXT_MAX)
            .map_err(|e| AppError::Invalid(e.at("description").into()))?;
        let existing = b.twinnings.iter().find(|t| same_link(t, &twinning.towns, twinning.kind));
        let version = existing.and_then(|t| loaded.versions.twinning(t));
        if let Some(expected) = if_match
            && version != Some(expected)
        {
            return Err(AppError::Stale { key: "twinning.changed_meanwhile", current: version });
        }
        let target = format!("{} {} {}", twinning.towns[0], twinning.towns[1], twinning.kind);
        let audit = Audit { account: actor.account, action: "twinning.put", target: &target };
        let written = self.db.apply(project, &[Expect { change: Change::Twinning(&twinning), version }], audit).await?;
        let v = written.first().copied().flatten().unwrap_or(1);
        Ok((VersionedTwinning { twinning, version: v }, existing.is_none()))
    }

    /// Removes the link of `kind` between two partner towns.
    pub async fn delete_twinning(
        &self,
        actor: &Actor,
        project: &str,
        towns: [Slug; 2],
        kind: TwinningKind,
        if_match: Option<i64>,
    ) -> Result<(), AppError> {
        let loaded = self.load_managed(actor, project).await?;
        let existing = loaded
            .bundle
            .twinnings
            .iter()
            .find(|t| same_link(t, &towns, kind))
            .ok_or(AppError::NotFound("twinning.not_found"))?;
        let version = loaded.versions.twinning(existing);
        if if_match.is_some_and(|v| Some(v) != version) {
            return Err(AppError::Stale { key: "twinning.changed_meanwhile", current: version });
        }
        let target = format!("{} {} {kind}", towns[0], towns[1]);
        let audit = Audit { account: actor.account, action: "twinning.delete", target: &target };
        self.db.apply(project, &[Expect { change: Change::RemoveTwinning(existing.clone()), version }], audit).await?;
        Ok(())
    }
}
