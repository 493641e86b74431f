//! XLIFF 1.2, the file format translators' tools read and write: what a project's texts need
//! in one language goes out as a file, and comes back translated. Import also reads XLIFF 2.0
//! units, as some tools write them.
//!
//! Import reads within limits: the file's size, its nesting, its units. A DOCTYPE is refused
//! outright (XLIFF needs none), so no entity can be declared, let alone expanded; quick-xml
//! itself only ever resolves the five predefined entities and character references.

use std::collections::BTreeMap;

use quick_xml::Reader;
use quick_xml::escape::escape;
use quick_xml::events::Event;
use twinning_domain::LangTag;
use twinning_domain::texts::TextField;

/// The fields to translate into `target`, with their text in `source` (or the best other
/// language) as the source; `only_missing` leaves out fields already translated.
pub fn export(project: &str, source: &LangTag, target: &LangTag, fields: &[TextField], only_missing: bool) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n");
    out.push_str(&format!(
        "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"plaintext\">\n    <body>\n",
        escape(project),
        escape(source.as_str()),
        escape(target.as_str())
    ));
    for f in fields {
        let Some(src) = f.text.pick(&[source]) else { continue };
        let existing = f.text.0.get(target).filter(|t| !t.trim().is_empty());
        if only_missing && existing.is_some() {
            continue;
        }
        out.push_str(&format!(
            "      <trans-unit id=\"{}\" maxwidth=\"{}\" size-unit=\"char\">\n",
            escape(&f.id),
            f.max
        ));
        out.push_str(&format!(
            "        <source xml:lang=\"{}\">{}</source>\n",
            escape(src.lang.as_str()),
            escape(src.text)
        ));
        match existing {
            Some(t) => out.push_str(&format!("        <target state=\"translated\">{}</target>\n", escape(t))),
            None => out.push_str("        <target state=\"needs-translation\"></target>\n"),
        }
        out.push_str(&format!("        <note>{}</note>\n", escape(f.group)));
        out.push_str("      </trans-unit>\n");
    }
    out.push_str("    </body>\n  </file>\n</xliff>\n");
    out
}

/// The largest XLIFF file read (a project's texts in one language are rarely 1 MiB).
pub const MAX_BYTES: usize = 4 * 1024 * 1024;
/// The deepest nesting of elements read (XLIFF 2.0 with inline markup needs about ten).
pub const MAX_DEPTH: usize = 64;
/// The most translation units read.
pub const MAX_UNITS: usize = 100_000;

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XliffError {
    #[error("the file is larger than {} MiB", MAX_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("the file declares a DOCTYPE, which XLIFF files do not need and this reader does not accept")]
    Doctype,
    #[error("the file nests elements deeper than {MAX_DEPTH} levels")]
    TooDeep,
    #[error("the file has more than {MAX_UNITS} translation units")]
    TooManyUnits,
    #[error("the file is not well-formed XML: {0}")]
    Malformed(String),
    #[error("the file is for {found}, not {expected}")]
    WrongLanguage { found: String, expected: String },
    #[error("the file has no translation units")]
    Empty,
}

impl XliffError {
    pub fn key(&self) -> &'static str {
        match self {
            XliffError::Malformed(_) => "xliff.malformed",
            XliffError::WrongLanguage { .. } => "xliff.wrong_language",
            XliffError::Empty => "xliff.empty",
            XliffError::TooLarge => "xliff.too_large",
            XliffError::Doctype => "xliff.doctype",
            XliffError::TooDeep => "xliff.too_deep",
            XliffError::TooManyUnits => "xliff.too_many_units",
        }
    }

    /// The limit this error names, for the page (see `error::ProblemArgs`).
    pub fn limit(&self) -> Vec<(&'static str, i64)> {
        match self {
            XliffError::TooLarge => vec![("mib", (MAX_BYTES / 1024 / 1024) as i64)],
            XliffError::TooDeep => vec![("limit", MAX_DEPTH as i64)],
            XliffError::TooManyUnits => vec![("limit", MAX_UNITS as i64)],
            _ => Vec::new(),
        }
    }
}

/// The target texts of a translated file, by unit id.
pub fn import(xml: &str, target: &LangTag) -> Result<BTreeMap<String, String>, XliffError> {
    if xml.len() > MAX_BYTES {
        return Err(XliffError::TooLarge);
    }
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    let mut units = BTreeMap::new();
    let mut unit: Option<String> = None;
    let mut in_target = false;
    let mut text = String::new();
    let mut units_seen = 0;
    let attr = |e: &quick_xml::events::BytesStart, name: &[u8]| -> Result<Option<String>, XliffError> {
        for a in e.attributes() {
            let a = a.map_err(|e| XliffError::Malformed(e.to_string()))?;
            if a.key.local_name().as_ref() == name {
                return Ok(Some(a.unescape_value().map_err(|e| XliffError::Malformed(e.to_string()))?.into_owned()));
            }
        }
        Ok(None)
    };
    loop {
        let event = reader.read_event().map_err(|e| XliffError::Malformed(e.to_string()))?;
        match &event {
            Event::DocType(_) => return Err(XliffError::Doctype),
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(XliffError::TooDeep);
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        match event {
            Event::Start(e) | Event::Empty(e) if matches!(e.local_name().as_ref(), b"file" | b"xliff") => {
                let lang = attr(&e, b"target-language")?.or(attr(&e, b"trgLang")?);
                if let Some(l) = lang {
                    let found = LangTag::parse(&l).map(|t| t.to_string()).unwrap_or(l);
                    if found != target.as_str() {
                        return Err(XliffError::WrongLanguage { found, expected: target.to_string() });
                    }
                }
            }
            Event::Start(e) if matches!(e.local_name().as_ref(), b"trans-unit" | b"unit") => {
                unit = attr(&e, b"id")?;
                units_seen += 1;
                if units_seen > MAX_UNITS {
                    return Err(XliffError::TooManyUnits);
                }
            }
            Event::Start(e) if e.local_name().as_ref() == b"target" && unit.is_some() => {
                in_target = true;
                text.clear();
            }
            Event::Text(t) if in_target => {
                text.push_str(&t.unescape().map_err(|e| XliffError::Malformed(e.to_string()))?)
            }
            Event::CData(t) if in_target => text.push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) if e.local_name().as_ref() == b"target" && in_target => {
                in_target = false;
                if let Some(id) = &unit {
                    units.insert(id.clone(), std::mem::take(&mut text));
                }
            }
            Event::End(e) if matches!(e.local_name().as_ref(), b"trans-unit" | b"unit") => unit = None,
            Event::Eof => break,
            _ => {}
        }
    }
    if units_seen == 0 {
        return Err(XliffError::Empty);
    }
    Ok(units)
}

#[cfg(test)]
mod tests {
    use super::*;
    use twinning_domain::Translated;

    fn field(id: &str, text: Translated) -> TextField {
        TextField { id: id.into(), group: "item", text, max: 300, required: true }
    }

    #[test]
    fn round_trip_with_awkward_characters() {
        let lv = LangTag::parse("lv").unwrap();
        let de = LangTag::parse("de").unwrap();
        let fields = vec![
            field("item/e/a/title", Translated::new().with("lv", "Lāčplēša diena & <lāpu> gājiens \"2018\"")),
            field("item/e/b/title", Translated::new().with("lv", "Izbraukšana").with("de", "Abreise")),
        ];
        let all = export("ttchan", &lv, &de, &fields, false);
        assert!(all.contains("&amp; &lt;lāpu&gt;"));
        assert!(all.contains("target-language=\"de\""));
        let missing = export("ttchan", &lv, &de, &fields, true);
        assert!(!missing.contains("item/e/b/title"), "already translated");
        let filled = all
            .replace("<target state=\"needs-translation\"></target>", "<target>Lāčplēsis-Tag &amp; Fackelzug</target>");
        let units = import(&filled, &de).unwrap();
        assert_eq!(units["item/e/a/title"], "Lāčplēsis-Tag & Fackelzug");
        assert_eq!(units["item/e/b/title"], "Abreise");
    }

    #[test]
    fn bad_files_are_named() {
        let de = LangTag::parse("de").unwrap();
        assert_eq!(import("<xliff><file target-language=\"de\"><body>", &de).unwrap_err().key(), "xliff.empty");
        assert_eq!(
            import("<xliff><file><body><trans-unit id=\"a\"><target>x</targ></trans-unit>", &de).unwrap_err().key(),
            "xliff.malformed"
        );
        let sv = "<xliff version=\"1.2\"><file target-language=\"sv\"><body><trans-unit id=\"a\"><target>x</target></trans-unit></body></file></xliff>";
        assert_eq!(import(sv, &de).unwrap_err().key(), "xliff.wrong_language");
        let v2 = "<xliff version=\"2.0\" srcLang=\"lv\" trgLang=\"de\"><file id=\"f\"><unit id=\"a\"><segment><source>x</source><target><![CDATA[y & z]]></target></segment></unit></file></xliff>";
        assert_eq!(import(v2, &de).unwrap()["a"], "y & z");
    }

    #[test]
    fn hostile_files_are_refused_by_name() {
        let de = LangTag::parse("de").unwrap();
        let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><xliff version="1.2"><file target-language="de"><body><trans-unit id="a"><target>&lol2;</target></trans-unit></body></file></xliff>"#;
        assert_eq!(import(laughs, &de).unwrap_err(), XliffError::Doctype);
        // Without the DOCTYPE, an undeclared entity is simply malformed, never expanded.
        let undeclared = r#"<xliff version="1.2"><file target-language="de"><body><trans-unit id="a"><target>&lol9;</target></trans-unit></body></file></xliff>"#;
        assert_eq!(import(undeclared, &de).unwrap_err().key(), "xliff.malformed");
        let deep = format!("<xliff>{}{}</xliff>", "<g>".repeat(10_000), "</g>".repeat(10_000));
        assert_eq!(import(&deep, &de).unwrap_err(), XliffError::TooDeep);
        let big = format!("<xliff>{}</xliff>", " ".repeat(MAX_BYTES));
        assert_eq!(import(&big, &de).unwrap_err(), XliffError::TooLarge);
        let many = format!("<xliff>{}</xliff>", "<trans-unit id=\"a\"></trans-unit>".repeat(MAX_UNITS + 1));
        assert_eq!(import(&many, &de).unwrap_err(), XliffError::TooManyUnits);
    }
}
