//! Small value types that are valid by construction. Each deserialises through its parser,
//! so a bad value in an import file is reported with its path and never enters the store.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ValidationError;

macro_rules! string_type {
    ($name:ident, $what:literal) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(d)?;
                $name::parse(&raw).map_err(|e| serde::de::Error::custom(e.message))
            }
        }
    };
}

/// A URL segment: lowercase ASCII letters, digits and single hyphens, 1–64 characters
/// (`ttchan`, `daugavpils-2018`). The same in every language, so links can be shared.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(String);
string_type!(Slug, "slug");

impl Slug {
    pub const MAX_LEN: usize = 64;
    /// Words that name pages of their own in URLs (`/manage/projects/new`).
    pub const RESERVED: &'static [&'static str] = &["new"];

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let bad = |msg: &str| Err(ValidationError::new("", "slug.invalid", msg));
        if raw.is_empty() || raw.len() > Self::MAX_LEN {
            return bad("a slug has 1 to 64 characters");
        }
        if !raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return bad("a slug uses only lowercase letters a-z, digits and hyphens");
        }
        if raw.starts_with('-') || raw.ends_with('-') || raw.contains("--") {
            return bad("a slug neither starts nor ends with a hyphen, nor has two in a row");
        }
        if Self::RESERVED.contains(&raw) {
            return Err(ValidationError::new("", "slug.reserved", "this word names a page of its own; choose another"));
        }
        Ok(Self(raw.to_owned()))
    }

    /// A slug made from a name, for a form's suggestion: `Raška` → `raska`,
    /// `Рашка` → `rashka`, `Daugavpils University` → `daugavpils-university`. `None` when
    /// nothing usable is left.
    pub fn suggest(name: &str) -> Option<Self> {
        let ascii = deunicode::deunicode(name).to_ascii_lowercase();
        let mut out = String::new();
        for c in ascii.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let cut: String = out.chars().take(Self::MAX_LEN).collect();
        let s = cut.trim_end_matches('-');
        Self::parse(s).or_else(|_| Self::parse(&format!("{s}-1"))).ok()
    }
}

/// ISO 3166-1 alpha-2 country code, upper case (`LV`, `RS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let up = raw.trim().to_ascii_uppercase();
        if up.len() == 2 && crate::country::is_assigned(&up) {
            let b = up.as_bytes();
            Ok(Self([b[0], b[1]]))
        } else {
            Err(ValidationError::new(
                "",
                "country.invalid",
                format!("{raw:?} is not an ISO 3166-1 alpha-2 country code"),
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        CountryCode::parse(&raw).map_err(|e| serde::de::Error::custom(e.message))
    }
}

/// A language tag as used for content and the UI: a 2–3 letter primary subtag, optionally
/// a script (`sr-Latn`) and/or a region (`pt-BR`). Normalised to canonical case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LangTag(String);
string_type!(LangTag, "language tag");

impl LangTag {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let bad = || {
            ValidationError::new(
                "",
                "lang.invalid",
                format!("{raw:?} is not a language tag like \"lv\" or \"sr-Latn\""),
            )
        };
        let mut parts = raw.trim().split(['-', '_']);
        let primary = parts.next().ok_or_else(bad)?;
        if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(bad());
        }
        let mut out = primary.to_ascii_lowercase();
        let mut seen_script = false;
        let mut seen_region = false;
        for p in parts {
            if p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic()) && !seen_script && !seen_region {
                seen_script = true;
                out.push('-');
                out.push_str(&p[..1].to_ascii_uppercase());
                out.push_str(&p[1..].to_ascii_lowercase());
            } else if p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()) && !seen_region {
                seen_region = true;
                out.push('-');
                out.push_str(&p.to_ascii_uppercase());
            } else {
                return Err(bad());
            }
        }
        Ok(Self(out))
    }

    /// The primary language subtag (`sr` for `sr-Latn`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    pub fn en() -> Self {
        Self("en".into())
    }
}

/// Text stored per language (DESIGN.md §6). Reading picks the first language of a fallback
/// chain that has a text: requested → project default → English → any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Translated(pub BTreeMap<LangTag, String>);

/// A text picked from a [`Translated`], with the language it is actually in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: &'a LangTag,
}

impl Translated {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn with(mut self, lang: &str, text: &str) -> Self {
        if let Ok(l) = LangTag::parse(lang) {
            self.0.insert(l, text.to_owned());
        }
        self
    }
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }

    /// The text in the first language of `chain` that has one, else English, else any.
    pub fn pick<'a>(&'a self, chain: &[&LangTag]) -> Option<Localized<'a>> {
        let found = |want: &LangTag| {
            self.0
                .get_key_value(want)
                .or_else(|| self.0.iter().find(|(k, _)| k.primary() == want.as_str()))
                .filter(|(_, v)| !v.trim().is_empty())
        };
        chain
            .iter()
            .find_map(|l| found(l))
            .or_else(|| found(&LangTag::en()))
            .or_else(|| self.0.iter().find(|(_, v)| !v.trim().is_empty()))
            .map(|(lang, text)| Localized { text, lang })
    }

    /// Checks that some language has a text and that no text is absurdly long or holds
    /// control characters.
    pub fn validate(&self, required: bool, max_chars: usize) -> Result<(), ValidationError> {
        if required && self.is_empty() {
            return Err(ValidationError::new("", "text.required", "a text in at least one language is required"));
        }
        for (lang, text) in &self.0 {
            check_text(text).map_err(|e| e.at(lang.as_str()))?;
            if text.chars().count() > max_chars {
                return Err(ValidationError::new(
                    lang.as_str(),
                    "text.too_long",
                    format!("at most {max_chars} characters"),
                ));
            }
        }
        Ok(())
    }
}

/// Rejects control characters other than line breaks and tabs. PostgreSQL refuses NUL in
/// text while SQLite stores it, so letting one through would make the backends differ.
pub fn check_text(text: &str) -> Result<(), ValidationError> {
    match text.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        Some(c) => Err(ValidationError::new(
            "",
            "text.control_character",
            format!("the text holds the control character U+{:04X}", c as u32),
        )),
        None => Ok(()),
    }
}

/// WGS 84 coordinates in decimal degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawCoordinates")]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Deserialize)]
struct RawCoordinates {
    lat: f64,
    lon: f64,
}

impl TryFrom<RawCoordinates> for Coordinates {
    type Error = String;
    fn try_from(r: RawCoordinates) -> Result<Self, String> {
        Coordinates::new(r.lat, r.lon).map_err(|e| e.message)
    }
}

impl Coordinates {
    pub fn new(lat: f64, lon: f64) -> Result<Self, ValidationError> {
        if !(-90.0..=90.0).contains(&lat) || !lat.is_finite() {
            return Err(ValidationError::new("lat", "coordinates.invalid", "latitude is between -90 and 90"));
        }
        if !(-180.0..=180.0).contains(&lon) || !lon.is_finite() {
            return Err(ValidationError::new("lon", "coordinates.invalid", "longitude is between -180 and 180"));
        }
        Ok(Self { lat, lon })
    }

    /// Reads coordinates as an organiser enters or copies them: `56.0 26.5`, `56.0, 26.5`, a
    /// `geo:` URI, or the address of a map that was centred on the place (OpenStreetMap's
    /// `#map=zoom/lat/lon` or `mlat`/`mlon`, Google Maps' `@lat,lon` or `q=lat,lon`).
    pub fn from_text(raw: &str) -> Result<Self, ValidationError> {
        let invalid = || {
            ValidationError::new(
                "",
                "coordinates.unreadable",
                "latitude and longitude in decimal degrees, like 55.8714, 26.5161, or a map address",
            )
        };
        let raw = raw.trim();
        let pair = |a: &str, b: &str| -> Option<(f64, f64)> { Some((a.trim().parse().ok()?, b.trim().parse().ok()?)) };
        let found = if let Some(rest) = raw.strip_prefix("geo:") {
            let mut it = rest.split([';', '?']).next().unwrap_or("").split(',');
            it.next().zip(it.next()).and_then(|(a, b)| pair(a, b))
        } else if raw.starts_with("http://") || raw.starts_with("https://") {
            let param = |name: &str| {
                raw.split(['?', '&', '#']).find_map(|kv| kv.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
            };
            if let (Some(a), Some(b)) = (param("mlat"), param("mlon")) {
                pair(a, b)
            } else if let Some(m) = param("map") {
                let parts: Vec<&str> = m.split('/').collect();
                (parts.len() >= 3).then(|| pair(parts[1], parts[2])).flatten()
            } else if let Some(at) = raw.split('/').find_map(|seg| seg.strip_prefix('@')) {
                let mut it = at.split(',');
                it.next().zip(it.next()).and_then(|(a, b)| pair(a, b))
            } else {
                param("q").or_else(|| param("query")).and_then(|q| {
                    let q = q.replace("%2C", ",").replace("%2c", ",");
                    let mut it = q.split(',');
                    it.next().zip(it.next()).and_then(|(a, b)| pair(a, b))
                })
            }
        } else {
            let parts: Vec<&str> =
                raw.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|p| !p.is_empty()).collect();
            (parts.len() == 2).then(|| pair(parts[0], parts[1])).flatten()
        };
        let (lat, lon) = found.ok_or_else(invalid)?;
        Self::new(lat, lon)
    }

    /// Great-circle distance in kilometres (haversine; good to 0.5 % for travel planning).
    pub fn distance_km(&self, other: &Coordinates) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * 6371.0088 * a.sqrt().asin()
    }
}

/// An absolute http(s) URL, as shown in links on public pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebUrl(String);
string_type!(WebUrl, "web address");

impl WebUrl {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let t = raw.trim();
        let rest = t.strip_prefix("https://").or_else(|| t.strip_prefix("http://"));
        match rest {
            Some(r)
                if !r.is_empty()
                    && t.len() <= 2000
                    && !t.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
                    && !r.starts_with('/') =>
            {
                Ok(Self(t.to_owned()))
            }
            _ => Err(ValidationError::new("", "url.invalid", "a web address starting with https:// or http://")),
        }
    }
}

/// An IANA time zone (`Europe/Riga`), in which an event's times are entered and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(pub chrono_tz::Tz);

impl TimeZone {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        raw.trim().parse::<chrono_tz::Tz>().map(Self).map_err(|_| {
            ValidationError::new("", "timezone.invalid", format!("{raw:?} is not an IANA time zone like Europe/Riga"))
        })
    }
    pub fn name(&self) -> &'static str {
        self.0.name()
    }
}

impl Serialize for TimeZone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}
impl<'de> Deserialize<'de> for TimeZone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        TimeZone::parse(&raw).map_err(|e| serde::de::Error::custom(e.message))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn coordinates_from_what_organisers_paste() {
        let want = (55.8714, 26.5161);
        for raw in [
            "55.8714, 26.5161",
            " 55.8714 26.5161 ",
            "55.8714;26.5161",
            "geo:55.8714,26.5161;u=10",
            "https://www.openstreetmap.org/#map=17/55.8714/26.5161",
            "https://www.openstreetmap.org/?mlat=55.8714&mlon=26.5161#map=17/55.0/26.0",
            "https://www.google.com/maps/place/Daugavpils/@55.8714,26.5161,17z/data=x",
            "https://maps.google.com/?q=55.8714,26.5161",
        ] {
            let c = super::Coordinates::from_text(raw).unwrap_or_else(|e| panic!("{raw}: {e:?}"));
            assert_eq!((c.lat, c.lon), want, "{raw}");
        }
        for raw in
            ["", "55.8714", "north of the river", "91, 10", "10, 181", "https://example.org/", "1, 2, 3", "NaN, 1"]
        {
            assert!(super::Coordinates::from_text(raw).is_err(), "{raw} was accepted");
        }
    }

    #[test]
    fn slugs_suggested_from_names() {
        let s = |n: &str| super::Slug::suggest(n).map(|s| s.to_string());
        assert_eq!(s("Raška").as_deref(), Some("raska"));
        assert_eq!(s("Рашка").as_deref(), Some("rashka"));
        assert_eq!(s("Daugavpils Universitāte — Aula").as_deref(), Some("daugavpils-universitate-aula"));
        assert_eq!(s("Łódź").as_deref(), Some("lodz"));
        assert_eq!(s("New").as_deref(), Some("new-1"));
        assert_eq!(s("—").as_deref(), None);
        assert!(s(&"ā".repeat(200)).is_some_and(|x| x.len() <= 64));
    }

    #[test]
    fn new_is_reserved_for_pages() {
        assert_eq!(super::Slug::parse("new").unwrap_err().key, "slug.reserved");
        assert!(super::Slug::parse("new-year").is_ok());
    }

    use super::*;

    #[test]
    fn slugs() {
        assert!(Slug::parse("daugavpils-2018").is_ok());
        for bad in ["", "Daugavpils", "rīga", "a--b", "-a", "a-", "a b", &"x".repeat(65)] {
            assert_eq!(Slug::parse(bad).unwrap_err().key, "slug.invalid", "{bad:?}");
        }
    }

    #[test]
    fn countries() {
        assert_eq!(CountryCode::parse("lv").unwrap().as_str(), "LV");
        assert_eq!(CountryCode::parse("RS").unwrap().as_str(), "RS");
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::parse("LVA").is_err());
    }

    #[test]
    fn lang_tags_normalise() {
        assert_eq!(LangTag::parse("sr-latn").unwrap().as_str(), "sr-Latn");
        assert_eq!(LangTag::parse("pt_br").unwrap().as_str(), "pt-BR");
        assert_eq!(LangTag::parse("sr-Cyrl").unwrap().primary(), "sr");
        for bad in ["", "l", "latvian", "lv-", "lv-12345", "e1"] {
            assert!(LangTag::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn translated_falls_back() {
        let t = Translated::new().with("en", "Programme").with("lv", "Programma");
        let lv = LangTag::parse("lv").unwrap();
        let de = LangTag::parse("de").unwrap();
        assert_eq!(t.pick(&[&lv]).unwrap().text, "Programma");
        let fallback = t.pick(&[&de]).unwrap();
        assert_eq!((fallback.text, fallback.lang.as_str()), ("Programme", "en"));
        let only_lv = Translated::new().with("lv", "Tikai latviski");
        assert_eq!(only_lv.pick(&[&de]).unwrap().lang.as_str(), "lv");
        assert!(Translated::new().pick(&[&lv]).is_none());
        assert_eq!(Translated::new().validate(true, 10).unwrap_err().key, "text.required");
        assert_eq!(t.validate(true, 3).unwrap_err().key, "text.too_long");
        let nul = Translated::new().with("lv", "a\u{0}b");
        let e = nul.validate(false, 100).unwrap_err();
        assert_eq!((e.key, e.field.as_str()), ("text.control_character", "lv"));
        assert!(Translated::new().with("en", "two\nlines\tand a tab").validate(true, 100).is_ok());
    }

    #[test]
    fn coordinates_and_distance() {
        let riga = Coordinates::new(56.9475, 24.1069).unwrap();
        let daugavpils = Coordinates::new(55.8747, 26.5362).unwrap();
        let d = riga.distance_km(&daugavpils);
        assert!((185.0..195.0).contains(&d), "Riga–Daugavpils is about 190 km, got {d}");
        assert!(Coordinates::new(91.0, 0.0).is_err());
        assert!(Coordinates::new(0.0, f64::NAN).is_err());
    }

    #[test]
    fn urls_and_zones() {
        assert!(WebUrl::parse("https://www.daugavpils.lv/").is_ok());
        for bad in ["javascript:alert(1)", "ftp://x", "https://", "https://a b", "daugavpils.lv"] {
            assert!(WebUrl::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(TimeZone::parse("Europe/Riga").unwrap().name(), "Europe/Riga");
        assert!(TimeZone::parse("Mars/Olympus").is_err());
    }
}
