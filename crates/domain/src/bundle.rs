//! A whole project as one document: the format of `twinning import` and `twinning export`,
//! and of the demo. Self-contained: every town, organisation and venue it refers to is in it.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::error::{ValidationError, ValidationErrors};
use crate::model::*;
use crate::types::Slug;

/// The format name and version written in every bundle.
pub const FORMAT: &str = "twinning-project/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: String,
    /// A note for people reading the file (where the data comes from); not shown on pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    pub towns: Vec<Town>,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub venues: Vec<Venue>,
    pub project: Project,
    #[serde(default)]
    pub twinnings: Vec<Twinning>,
}

impl Bundle {
    /// The largest project file read: the demo is 40 KB, a ten-year Networks-of-Towns project
    /// with every text in nine languages a few megabytes.
    pub const MAX_BYTES: usize = 64 * 1024 * 1024;

    /// Parses and validates a bundle. Errors name the field by its path in the document.
    /// Nesting deeper than serde_json's limit of 128 levels is a syntax error, not a stack
    /// overflow.
    pub fn from_json(text: &str) -> Result<Self, ValidationErrors> {
        if text.len() > Self::MAX_BYTES {
            let message = format!("the file has {} bytes; at most {} are read", text.len(), Self::MAX_BYTES);
            return Err(ValidationError::new("", "bundle.too_large", message).into());
        }
        let de = &mut serde_json::Deserializer::from_str(text);
        let bundle: Bundle = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let key = if inner.is_syntax() || inner.is_eof() { "bundle.syntax" } else { "bundle.invalid" };
            ValidationError::new(if path == "." { String::new() } else { path }, key, inner.to_string())
        })?;
        bundle.validate()?;
        Ok(bundle)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a bundle always serialises")
    }

    /// Removes an item from an event; an agreement signed at it keeps its date but no longer
    /// points at it. False when there is no such item.
    pub fn remove_item(&mut self, event: usize, item: &str) -> bool {
        let Some(ev) = self.project.events.get_mut(event) else { return false };
        let Some(i) = ev.items.iter().position(|x| x.slug.as_str() == item) else { return false };
        ev.items.remove(i);
        let ev_slug = ev.slug.clone();
        for t in &mut self.twinnings {
            if t.signed_at.as_ref().is_some_and(|s| s.event == ev_slug && s.item.as_str() == item) {
                t.signed_at = None;
            }
        }
        true
    }

    /// Makes `town` a partner with `role`, adding it when it is not one yet. Naming a new
    /// lead makes the old lead a partner; the lead itself cannot step down (another partner
    /// is named lead instead), so a project always has exactly one.
    pub fn set_partner(&mut self, town: &Slug, role: PartnerRole) -> Result<(), ValidationError> {
        let partners = &mut self.project.partners;
        let at = match partners.iter().position(|p| &p.town == town) {
            Some(i) => i,
            None => {
                partners.push(Partner {
                    town: town.clone(),
                    organisation: None,
                    role: PartnerRole::Partner,
                    illustrative: None,
                });
                partners.len() - 1
            }
        };
        if partners[at].role == PartnerRole::Lead && role != PartnerRole::Lead {
            return Err(ValidationError::new("role", "partner.lead_required", "name another partner the lead instead"));
        }
        if role == PartnerRole::Lead {
            for p in partners.iter_mut().filter(|p| p.role == PartnerRole::Lead) {
                p.role = PartnerRole::Partner;
            }
        }
        partners[at].role = role;
        Ok(())
    }

    /// Removes a partner town. The lead and a town hosting one of the project's meetings stay.
    /// False when the town is not a partner.
    pub fn remove_partner(&mut self, town: &Slug) -> Result<bool, ValidationError> {
        let Some(i) = self.project.partners.iter().position(|p| &p.town == town) else { return Ok(false) };
        if self.project.partners[i].role == PartnerRole::Lead {
            return Err(ValidationError::new("town", "partner.lead_required", "name another partner the lead first"));
        }
        if self.project.events.iter().any(|e| &e.host_town == town) {
            return Err(ValidationError::new(
                "town",
                "partner.hosts_event",
                "this town hosts a meeting of the project",
            ));
        }
        self.project.partners.remove(i);
        Ok(true)
    }

    /// Removes a meeting with its programme; agreements signed at it keep their date but no
    /// longer point at it. False when there is no such meeting.
    pub fn remove_event(&mut self, event: &str) -> bool {
        let Some(i) = self.project.events.iter().position(|e| e.slug.as_str() == event) else { return false };
        let ev = self.project.events.remove(i);
        for t in &mut self.twinnings {
            if t.signed_at.as_ref().is_some_and(|s| s.event == ev.slug) {
                t.signed_at = None;
            }
        }
        true
    }

    pub fn town(&self, slug: &Slug) -> Option<&Town> {
        self.towns.iter().find(|t| &t.slug == slug)
    }
    pub fn venue(&self, slug: &Slug) -> Option<&Venue> {
        self.venues.iter().find(|v| &v.slug == slug)
    }
    pub fn organisation(&self, slug: &Slug) -> Option<&Organisation> {
        self.organisations.iter().find(|o| &o.slug == slug)
    }

    /// Checks every rule that spans records: unique slugs, references that resolve, one lead
    /// partner, events inside the project's period, twinnings between two known towns.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errs = ValidationErrors::default();
        if self.format != FORMAT {
            errs.push(ValidationError::new("format", "bundle.format", format!("expected {FORMAT:?}")));
        }
        let towns: HashSet<&Slug> = self.towns.iter().map(|t| &t.slug).collect();
        let orgs: HashSet<&Slug> = self.organisations.iter().map(|o| &o.slug).collect();
        let venues: HashSet<&Slug> = self.venues.iter().map(|v| &v.slug).collect();
        unique(&mut errs, "towns", self.towns.iter().map(|t| &t.slug));
        unique(&mut errs, "organisations", self.organisations.iter().map(|o| &o.slug));
        unique(&mut errs, "venues", self.venues.iter().map(|v| &v.slug));
        let known =
            |errs: &mut ValidationErrors, set: &HashSet<&Slug>, field: String, slug: &Slug, key: &'static str| {
                if !set.contains(slug) {
                    errs.push(ValidationError::new(field, key, format!("{slug:?} is not in this file")));
                }
            };

        let plain = |errs: &mut ValidationErrors, field: String, s: &str| {
            if let Err(e) = crate::types::check_text(s) {
                errs.push(e.at(&field));
            }
        };
        plain(&mut errs, "project.acronym".into(), &self.project.acronym);
        for (i, v) in self.venues.iter().enumerate() {
            plain(&mut errs, format!("venues[{i}].address"), &v.address);
        }
        for (i, t) in self.towns.iter().enumerate() {
            plain(&mut errs, format!("towns[{i}].native_name"), &t.native_name);
            if t.native_name.trim().is_empty() || t.native_name.chars().count() > TITLE_MAX {
                errs.push(ValidationError::new(
                    format!("towns[{i}].native_name"),
                    "town.name_required",
                    "the town's own name, up to 300 characters",
                ));
            }
            crate::model::text(&mut errs, &format!("towns[{i}].name"), &t.name, false, TITLE_MAX);
        }
        for (i, o) in self.organisations.iter().enumerate() {
            known(&mut errs, &towns, format!("organisations[{i}].town"), &o.town, "town.unknown");
            crate::model::text(&mut errs, &format!("organisations[{i}].name"), &o.name, true, TITLE_MAX);
        }
        for (i, v) in self.venues.iter().enumerate() {
            known(&mut errs, &towns, format!("venues[{i}].town"), &v.town, "town.unknown");
            crate::model::text(&mut errs, &format!("venues[{i}].name"), &v.name, true, TITLE_MAX);
            crate::model::text(&mut errs, &format!("venues[{i}].description"), &v.description, false, TEXT_MAX);
        }

        let p = &self.project;
        crate::model::text(&mut errs, "project.title", &p.title, true, TITLE_MAX);
        crate::model::text(&mut errs, "project.aims", &p.aims, false, TEXT_MAX);
        if p.acronym.trim().is_empty() || p.acronym.chars().count() > 40 {
            errs.push(ValidationError::new(
                "project.acronym",
                "project.acronym_invalid",
                "an acronym of 1 to 40 characters",
            ));
        }
        for (field, d) in [("project.period_start", p.period_start), ("project.period_end", p.period_end)] {
            if let Err(e) = crate::model::check_date(field, d) {
                errs.push(e);
            }
        }
        if p.period_end < p.period_start {
            errs.push(ValidationError::new(
                "project.period_end",
                "project.ends_before_start",
                "the project ends before it starts",
            ));
        }
        if p.languages.is_empty() || !p.languages.contains(&p.default_lang) {
            errs.push(ValidationError::new(
                "project.languages",
                "project.default_lang_missing",
                "the languages must include the default language",
            ));
        }
        let leads = p.partners.iter().filter(|x| x.role == PartnerRole::Lead).count();
        if leads != 1 {
            errs.push(ValidationError::new(
                "project.partners",
                "project.one_lead",
                format!("a project has exactly one lead partner, found {leads}"),
            ));
        }
        unique(&mut errs, "project.partners", p.partners.iter().map(|x| &x.town));
        for (i, partner) in p.partners.iter().enumerate() {
            known(&mut errs, &towns, format!("project.partners[{i}].town"), &partner.town, "town.unknown");
            if let Some(org) = &partner.organisation {
                known(&mut errs, &orgs, format!("project.partners[{i}].organisation"), org, "organisation.unknown");
                if let Some(o) = self.organisation(org).filter(|o| o.town != partner.town) {
                    errs.push(ValidationError::new(
                        format!("project.partners[{i}].organisation"),
                        "partner.organisation_elsewhere",
                        format!("{} acts for {}, not {}", o.slug, o.town, partner.town),
                    ));
                }
            }
        }
        unique(&mut errs, "project.events", p.events.iter().map(|e| &e.slug));
        for (i, ev) in p.events.iter().enumerate() {
            let at = format!("project.events[{i}]");
            for e in ev.validate().0 {
                errs.push(e.at(&at));
            }
            known(&mut errs, &towns, format!("{at}.host_town"), &ev.host_town, "town.unknown");
            if ev.start_date < p.period_start || ev.end_date > p.period_end {
                errs.push(ValidationError::new(
                    format!("{at}.start_date"),
                    "event.outside_project",
                    "the event lies outside the project's period",
                ));
            }
            for (j, item) in ev.items.iter().enumerate() {
                for (k, v) in item.venues.iter().enumerate() {
                    known(&mut errs, &venues, format!("{at}.items[{j}].venues[{k}]"), v, "venue.unknown");
                }
            }
        }
        for (i, tw) in self.twinnings.iter().enumerate() {
            for (k, t) in tw.towns.iter().enumerate() {
                known(&mut errs, &towns, format!("twinnings[{i}].towns[{k}]"), t, "town.unknown");
            }
            if tw.towns[0] == tw.towns[1] {
                errs.push(ValidationError::new(
                    format!("twinnings[{i}].towns"),
                    "twinning.same_town",
                    "a town does not twin with itself",
                ));
            }
            if let Some(s) = &tw.signed_at {
                let item = p.events.iter().find(|e| e.slug == s.event).and_then(|e| e.item(s.item.as_str()));
                if item.is_none() {
                    errs.push(ValidationError::new(
                        format!("twinnings[{i}].signed_at"),
                        "twinning.signed_at_unknown",
                        "no such event and item in this project",
                    ));
                }
            }
        }
        errs.into_result(())
    }
}

fn unique<'a>(errs: &mut ValidationErrors, list: &str, slugs: impl Iterator<Item = &'a Slug>) {
    let mut seen = HashSet::new();
    for (i, s) in slugs.enumerate() {
        if !seen.insert(s) {
            errs.push(ValidationError::new(format!("{list}[{i}]"), "slug.duplicate", format!("{s} appears twice")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Translated;

    const DEMO: &str = include_str!("../../../demo/ttchan-daugavpils-2018.json");

    #[test]
    fn the_demo_is_a_valid_bundle() {
        let b = Bundle::from_json(DEMO).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(b.project.slug.as_str(), "ttchan");
        let ev = &b.project.events[0];
        assert_eq!((ev.start_date.to_string(), ev.end_date.to_string()), ("2018-11-08".into(), "2018-11-12".into()));
        assert_eq!(ev.days(), 5);
        let days: HashSet<_> = ev.items.iter().map(|i| i.starts_at.date()).collect();
        assert_eq!(days.len(), 5, "items on all five days");
        let countries: HashSet<_> =
            b.project.partners.iter().map(|p| b.town(&p.town).unwrap().country.as_str()).collect();
        for c in ["LV", "LT", "PL", "DE", "SE", "RS", "IT"] {
            assert!(countries.contains(c), "a partner from {c}");
        }
        assert!(b.twinnings.iter().any(|t| t.kind == TwinningKind::Memorandum && t.signed_at.is_some()));
        // Round trip: what we export is what we import.
        assert_eq!(Bundle::from_json(&b.to_json()).unwrap(), b);
    }

    #[test]
    fn errors_name_the_field() {
        let mut v: serde_json::Value = serde_json::from_str(DEMO).unwrap();
        v["project"]["events"][0]["items"][2]["kind"] = "party".into();
        let e = Bundle::from_json(&v.to_string()).unwrap_err();
        assert_eq!(e.0[0].field, "project.events[0].items[2].kind");
        assert_eq!(e.0[0].key, "bundle.invalid");

        let mut v: serde_json::Value = serde_json::from_str(DEMO).unwrap();
        v["project"]["events"][0]["items"][0]["venues"] = serde_json::json!(["nowhere"]);
        v["project"]["partners"][1]["role"] = "lead".into();
        let e = Bundle::from_json(&v.to_string()).unwrap_err();
        let keys: Vec<_> = e.0.iter().map(|e| (e.key, e.field.as_str())).collect();
        assert!(keys.contains(&("venue.unknown", "project.events[0].items[0].venues[0]")), "{keys:?}");
        assert!(keys.contains(&("project.one_lead", "project.partners")), "{keys:?}");

        assert_eq!(Bundle::from_json("{").unwrap_err().0[0].key, "bundle.syntax");

        let mut b = Bundle::from_json(DEMO).unwrap();
        b.venues[0].address = "Rīgas iela\u{0}8".into();
        b.project.events[0].items[1].title = Translated::new().with("en", "bell\u{7}");
        let keys: Vec<_> = b.validate().unwrap_err().0.into_iter().map(|e| (e.key, e.field)).collect();
        assert!(keys.contains(&("text.control_character", "venues[0].address".into())), "{keys:?}");
        assert!(keys.contains(&("text.control_character", "project.events[0].items[1].title.en".into())), "{keys:?}");
    }

    #[test]
    fn partners_keep_exactly_one_lead() {
        let mut b = Bundle::from_json(DEMO).unwrap();
        let lead = b.project.partners.iter().find(|p| p.role == PartnerRole::Lead).unwrap().town.clone();
        let other = b.project.partners.iter().find(|p| p.role == PartnerRole::Partner).unwrap().town.clone();
        assert_eq!(b.set_partner(&lead, PartnerRole::Partner).unwrap_err().key, "partner.lead_required");
        assert_eq!(b.remove_partner(&lead).unwrap_err().key, "partner.lead_required");
        assert_eq!(b.remove_partner(&lead).unwrap_err().key, "partner.lead_required");
        b.set_partner(&other, PartnerRole::Lead).unwrap();
        assert!(b.validate().is_ok(), "still one lead");
        assert_eq!(b.project.partners.iter().find(|p| p.town == lead).unwrap().role, PartnerRole::Partner);
        // The old lead hosts the meeting: it stays a partner.
        assert_eq!(b.remove_partner(&lead).unwrap_err().key, "partner.hosts_event");
        let n = b.project.partners.len();
        let new = Slug::parse("aglona").unwrap();
        assert_eq!(b.remove_partner(&new), Ok(false));
        b.set_partner(&b.project.partners[2].town.clone(), PartnerRole::Associated).unwrap();
        assert_eq!(b.project.partners.len(), n);
        assert!(b.remove_event("daugavpils-2018"));
        assert!(b.twinnings.iter().all(|t| t.signed_at.is_none()));
        assert!(b.remove_partner(&lead).unwrap());
        assert!(!b.remove_event("daugavpils-2018"));
    }

    #[test]
    fn removing_the_signing_unlinks_the_agreement() {
        let mut b = Bundle::from_json(DEMO).unwrap();
        assert!(b.remove_item(0, "memorandum-raska"));
        assert!(b.twinnings[0].signed_at.is_none());
        assert!(b.validate().is_ok(), "no dangling reference");
        assert!(!b.remove_item(0, "memorandum-raska"));
        assert!(!b.remove_item(9, "departure"));
    }

    #[test]
    fn items_must_end_after_they_start_and_exist_in_the_zone() {
        let mut b = Bundle::from_json(DEMO).unwrap();
        let item = &mut b.project.events[0].items[0];
        item.ends_at = item.starts_at;
        let e = b.validate().unwrap_err();
        assert_eq!(e.0[0].key, "item.ends_before_start");
        assert_eq!(e.0[0].field, "project.events[0].items[0].ends_at");
    }

    #[test]
    fn deep_nesting_and_oversized_files_are_refused_by_name() {
        // Where a value is read, serde_json stops at 128 levels; where one is skipped (an
        // unknown field), it skips without recursing. Neither overflows the stack.
        let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let deep = format!("{{\"venues\": {}}}", nest(100_000));
        let errs = Bundle::from_json(&deep).unwrap_err();
        assert!(errs.0[0].key.starts_with("bundle."), "{:?}", errs.0[0]);
        let skipped = format!("{{\"unknown\": {}}}", nest(100_000));
        assert!(Bundle::from_json(&skipped).is_err());
        let deep_object = format!("{{\"project\": {}{}}}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
        let errs = Bundle::from_json(&deep_object).unwrap_err();
        assert!(errs.0[0].key.starts_with("bundle."), "{:?}", errs.0[0]);
        let big = " ".repeat(Bundle::MAX_BYTES + 1);
        assert_eq!(Bundle::from_json(&big).unwrap_err().0[0].key, "bundle.too_large");
    }
}
