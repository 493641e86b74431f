//! Every translatable field of a project, addressed by a stable id such as
//! `item/daugavpils-2018/memorandum-raska/title`, for translation tables, translators' files
//! and the API. One walk over the bundle serves listing and changing alike.

use std::collections::BTreeMap;

use crate::bundle::Bundle;
use crate::error::ValidationError;
use crate::model::{TEXT_MAX, TITLE_MAX};
use crate::types::{LangTag, Translated};

/// One translatable field: its id, its texts, and its limits.
#[derive(Debug, Clone, PartialEq)]
pub struct TextField {
    pub id: String,
    /// The kind of thing it belongs to (`project`, `event`, `item`, `venue`, …), for grouping.
    pub group: &'static str,
    pub text: Translated,
    pub max: usize,
    /// Whether the field must have a text in some language.
    pub required: bool,
}

/// What applying translations did, field by field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextReport {
    /// (field id, the text before — `None` when there was none — and the text now).
    pub changed: Vec<(String, Option<String>, String)>,
    /// Fields whose translation was removed.
    pub removed: Vec<String>,
    pub unchanged: usize,
    /// Ids that name no field of this project.
    pub unknown: Vec<String>,
    pub invalid: Vec<(String, ValidationError)>,
}

impl TextReport {
    pub fn wrote_anything(&self) -> bool {
        !self.changed.is_empty() || !self.removed.is_empty()
    }
}

type Visit<'v> = dyn FnMut(String, &'static str, &mut Translated, usize, bool) + 'v;

impl Bundle {
    /// Calls `f` for every translatable field, with its id, group, text, limit and whether it is required.
    fn visit_texts(&mut self, f: &mut Visit<'_>) {
        let p = &mut self.project;
        f("project/title".into(), "project", &mut p.title, TITLE_MAX, true);
        f("project/aims".into(), "project", &mut p.aims, TEXT_MAX, false);
        if let Some(fu) = &mut p.funding {
            f("project/funding/programme".into(), "project", &mut fu.programme, TITLE_MAX, true);
            f("project/funding/strand".into(), "project", &mut fu.strand, TITLE_MAX, false);
            f("project/funding/measure".into(), "project", &mut fu.measure, TITLE_MAX, false);
        }
        for (i, l) in p.links.iter_mut().enumerate() {
            f(format!("project/link/{i}/label"), "project", &mut l.label, TITLE_MAX, true);
        }
        for x in &mut p.partners {
            if let Some(t) = &mut x.illustrative {
                f(format!("partner/{}/illustrative", x.town), "partner", t, TEXT_MAX, false);
            }
        }
        for e in &mut p.events {
            f(format!("event/{}/title", e.slug), "event", &mut e.title, TITLE_MAX, true);
            f(format!("event/{}/description", e.slug), "event", &mut e.description, TEXT_MAX, false);
            f(format!("event/{}/evaluation", e.slug), "event", &mut e.evaluation, TEXT_MAX, false);
            if let Some(t) = &mut e.illustrative {
                f(format!("event/{}/illustrative", e.slug), "event", t, TEXT_MAX, false);
            }
            for i in &mut e.items {
                let base = format!("item/{}/{}", e.slug, i.slug);
                f(format!("{base}/title"), "item", &mut i.title, TITLE_MAX, true);
                f(format!("{base}/description"), "item", &mut i.description, TEXT_MAX, false);
                f(format!("{base}/hosts"), "item", &mut i.hosts, TITLE_MAX, false);
                if let Some(t) = &mut i.illustrative {
                    f(format!("{base}/illustrative"), "item", t, TEXT_MAX, false);
                }
            }
        }
        for v in &mut self.venues {
            f(format!("venue/{}/name", v.slug), "venue", &mut v.name, TITLE_MAX, true);
            f(format!("venue/{}/description", v.slug), "venue", &mut v.description, TEXT_MAX, false);
            f(format!("venue/{}/accessibility", v.slug), "venue", &mut v.accessibility, TEXT_MAX, false);
            if let Some(t) = &mut v.illustrative {
                f(format!("venue/{}/illustrative", v.slug), "venue", t, TEXT_MAX, false);
            }
        }
        for t in &mut self.towns {
            f(format!("town/{}/name", t.slug), "town", &mut t.name, TITLE_MAX, false);
            f(format!("town/{}/region", t.slug), "town", &mut t.region, TITLE_MAX, false);
            if let Some(n) = &mut t.illustrative {
                f(format!("town/{}/illustrative", t.slug), "town", n, TEXT_MAX, false);
            }
        }
        for o in &mut self.organisations {
            f(format!("organisation/{}/name", o.slug), "organisation", &mut o.name, TITLE_MAX, true);
        }
        for w in &mut self.twinnings {
            let base = format!("twinning/{}/{}/{}", w.towns[0], w.towns[1], w.kind);
            f(format!("{base}/description"), "twinning", &mut w.description, TEXT_MAX, false);
            if let Some(t) = &mut w.illustrative {
                f(format!("{base}/illustrative"), "twinning", t, TEXT_MAX, false);
            }
        }
    }

    /// Every translatable field, in a stable order (project, partners, events and their
    /// items, venues, towns, organisations, twinnings).
    pub fn text_fields(&self) -> Vec<TextField> {
        let mut copy = self.clone();
        let mut out = Vec::new();
        copy.visit_texts(&mut |id, group, text, max, required| {
            out.push(TextField { id, group, text: text.clone(), max, required });
        });
        out
    }

    /// Sets the texts in `lang` of the fields named in `changes` (id → text). An empty text
    /// removes the translation when `empty_removes` is set (an editor clearing a field), and is
    /// skipped otherwise (a translator's file with untranslated units). Invalid texts and
    /// unknown ids are reported and left alone; everything else is applied.
    pub fn apply_texts(
        &mut self,
        lang: &LangTag,
        changes: &BTreeMap<String, String>,
        empty_removes: bool,
    ) -> TextReport {
        let mut report = TextReport::default();
        let mut seen = std::collections::HashSet::new();
        self.visit_texts(&mut |id, _, text, max, required| {
            let Some(new) = changes.get(&id) else { return };
            seen.insert(id.clone());
            let new = new.replace("\r\n", "\n");
            let old = text.0.get(lang).cloned();
            if new.trim().is_empty() {
                if !empty_removes || old.is_none() {
                    report.unchanged += 1;
                    return;
                }
                let mut after = text.clone();
                after.0.remove(lang);
                if let Err(e) = after.validate(required, max) {
                    report.invalid.push((id, e));
                    return;
                }
                *text = after;
                report.removed.push(id);
                return;
            }
            if old.as_deref() == Some(new.as_str()) {
                report.unchanged += 1;
                return;
            }
            let mut after = text.clone();
            after.0.insert(lang.clone(), new.clone());
            match after.validate(required, max) {
                Ok(()) => {
                    *text = after;
                    report.changed.push((id, old, new));
                }
                Err(e) => report.invalid.push((id, e)),
            }
        });
        report.unknown = changes.keys().filter(|k| !seen.contains(*k)).cloned().collect();
        report
    }
}

/// How complete a language is: fields with a text in it, out of the fields that have a text
/// in any language (an optional field left empty everywhere has nothing to translate).
pub fn completeness(fields: &[TextField], lang: &LangTag) -> (usize, usize) {
    let to_translate = fields.iter().filter(|f| !f.text.is_empty());
    let total = to_translate.clone().count();
    let done = to_translate.filter(|f| f.text.0.get(lang).is_some_and(|t| !t.trim().is_empty())).count();
    (done, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Bundle {
        Bundle::from_json(include_str!("../../../demo/ttchan-daugavpils-2018.json")).unwrap()
    }

    #[test]
    fn every_field_has_a_unique_stable_id() {
        let fields = demo().text_fields();
        let ids: std::collections::HashSet<_> = fields.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids.len(), fields.len(), "ids are unique");
        assert!(ids.contains("project/title"));
        assert!(ids.contains("item/daugavpils-2018/memorandum-raska/title"));
        assert!(ids.contains("venue/aglona-basilica/name"));
        assert!(ids.contains("twinning/raska/daugavpils/memorandum_of_cooperation/description"));
        let lv = LangTag::parse("lv").unwrap();
        let fr = LangTag::parse("fr").unwrap();
        let (done, total) = completeness(&fields, &lv);
        assert!(done > total / 2, "the demo is largely in Latvian: {done}/{total}");
        assert_eq!(completeness(&fields, &fr).0, 0);
        let en = LangTag::parse("en").unwrap();
        assert_eq!(completeness(&fields, &en).0, completeness(&fields, &en).1, "the demo is complete in English");
        assert!(total < fields.len(), "fields empty in every language do not count");
    }

    #[test]
    fn applying_translations_reports_each_field() {
        let mut b = demo();
        let de = LangTag::parse("de").unwrap();
        let mut changes = BTreeMap::new();
        changes.insert("project/title".to_owned(), "Städtepartnerschaft als Kanal europäischer Solidarität".to_owned());
        changes.insert("item/daugavpils-2018/departure/title".to_owned(), "Abreise".to_owned());
        changes.insert("venue/aglona-basilica/name".to_owned(), "   ".to_owned());
        changes.insert("item/nowhere/x/title".to_owned(), "?".to_owned());
        changes.insert("event/daugavpils-2018/title".to_owned(), "x".repeat(TITLE_MAX + 1));
        changes.insert("venue/riga-old-town/name".to_owned(), "Alt\u{0}stadt".to_owned());
        let r = b.apply_texts(&de, &changes, false);
        assert_eq!(r.changed.len(), 2);
        assert_eq!(r.changed[0].1, None, "there was no German text before");
        assert_eq!(r.unknown, vec!["item/nowhere/x/title".to_owned()]);
        assert_eq!(r.invalid.len(), 2);
        assert_eq!(r.unchanged, 1, "an empty target in a translator's file is skipped");
        assert_eq!(b.project.events[0].item("departure").unwrap().title.0[&de], "Abreise");
        assert!(b.validate().is_ok());
        // The same again changes nothing.
        let again = b.apply_texts(&de, &changes, false);
        assert!(again.changed.is_empty() && again.unchanged == 3);
        // An editor clearing a field removes that language's text, but a required field keeps one.
        let mut clear = BTreeMap::new();
        clear.insert("item/daugavpils-2018/departure/title".to_owned(), String::new());
        let r = b.apply_texts(&de, &clear, true);
        assert_eq!(r.removed, vec!["item/daugavpils-2018/departure/title".to_owned()]);
        let mut only = Bundle::clone(&b);
        let title = &mut only.project.events[0].items[0].title;
        *title = Translated::new().with("de", "Nur Deutsch");
        let r = only.apply_texts(
            &de,
            &BTreeMap::from([("item/daugavpils-2018/arrival-riga/title".to_owned(), String::new())]),
            true,
        );
        assert_eq!(r.invalid[0].1.key, "text.required");
    }
}
