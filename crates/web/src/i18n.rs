//! The translation layer: Fluent messages per UI language, language negotiation
//! (`?lang=` → cookie → Accept-Language → the project's default → English) and the
//! locale-aware formatting of dates and numbers that Fluent leaves to us.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use twinning_domain::{LangTag, Localized, Translated};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Isolation marks (U+2068/U+2069) would end up in CSV cells and <title>s.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The languages the interface is translated into, in the order the switcher shows them.
/// Serbian is offered in both scripts; a plain `sr` means Cyrillic, the official script.
pub const UI_LANGS: &[&str] = &["en", "lv", "lt", "pl", "de", "sv", "sr-Cyrl", "sr-Latn", "it"];

/// The name of the cookie that remembers a chosen language.
pub const LANG_COOKIE: &str = "lang";

/// One UI language, ready to translate messages and format values.
#[derive(Clone, Debug)]
pub struct Tr {
    tag: LangTag,
    id: LanguageIdentifier,
}

impl Tr {
    /// `lang` must be one of [`UI_LANGS`]; anything else falls back to English.
    pub fn new(lang: &str) -> Self {
        let lang = if UI_LANGS.contains(&lang) { lang } else { "en" };
        Self { tag: LangTag::parse(lang).unwrap_or_else(|_| LangTag::en()), id: lang.parse().unwrap_or_default() }
    }

    pub fn lang(&self) -> &str {
        self.tag.as_str()
    }
    pub fn tag(&self) -> &LangTag {
        &self.tag
    }

    /// A message without arguments.
    pub fn get(&self, key: &str) -> String {
        LOCALES.lookup(&self.id, key)
    }

    /// A message with arguments; integer arguments select plural forms.
    pub fn with(&self, key: &str, args: &[(&'static str, Arg)]) -> String {
        LOCALES.lookup_with_args(&self.id, key, &Self::fluent_args(args))
    }

    /// [`Tr::with`], or `None` when this language has no such message.
    pub fn try_with(&self, key: &str, args: &[(&'static str, Arg)]) -> Option<String> {
        LOCALES.try_lookup_with_args(&self.id, key, &Self::fluent_args(args))
    }

    fn fluent_args(args: &[(&'static str, Arg)]) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
        args.iter()
            .map(|(k, v)| {
                let value = match v {
                    Arg::Num(n) => FluentValue::from(*n),
                    Arg::Str(s) => FluentValue::from(s.clone()),
                };
                (Cow::Borrowed(*k), value)
            })
            .collect()
    }

    /// Whether `key` exists in this language (used by the message-completeness test).
    pub fn has(&self, key: &str) -> bool {
        LOCALES.try_lookup(&self.id, key).is_some()
    }

    /// A message keyed by a wire name (`kind-official_meeting`), falling back to the wire name.
    pub fn name(&self, prefix: &str, wire: &str) -> String {
        let key = format!("{prefix}-{wire}");
        LOCALES.try_lookup(&self.id, &key).unwrap_or_else(|| wire.to_owned())
    }

    pub fn country(&self, code: &str) -> String {
        self.name("country", code)
    }

    fn month(&self, m: u32) -> String {
        self.get(&format!("month-{m}"))
    }

    /// "Thursday, 8 November" / "ceturtdiena, 8. novembris".
    pub fn day_heading(&self, d: NaiveDate) -> String {
        self.with(
            "date-day-heading",
            &[
                ("weekday", Arg::Str(self.get(&format!("weekday-{}", d.weekday().number_from_monday())))),
                ("day", Arg::Num(d.day() as i64)),
                ("month", Arg::Str(self.month(d.month()))),
                ("year", Arg::Num(d.year() as i64)),
            ],
        )
    }

    /// "8 November 2018" / "2018. gada 8. novembris".
    pub fn date(&self, d: NaiveDate) -> String {
        self.with(
            "date-long",
            &[
                ("day", Arg::Num(d.day() as i64)),
                ("month", Arg::Str(self.month(d.month()))),
                ("year", Arg::Num(d.year() as i64)),
            ],
        )
    }

    /// "8–12 November 2018", collapsing what the two dates share.
    pub fn date_range(&self, a: NaiveDate, b: NaiveDate) -> String {
        if a == b {
            return self.date(a);
        }
        if a.year() == b.year() && a.month() == b.month() {
            return self.with(
                "date-range-month",
                &[
                    ("start", Arg::Num(a.day() as i64)),
                    ("end", Arg::Num(b.day() as i64)),
                    ("month", Arg::Str(self.month(a.month()))),
                    ("year", Arg::Num(a.year() as i64)),
                ],
            );
        }
        self.with("date-range", &[("start", Arg::Str(self.date(a))), ("end", Arg::Str(self.date(b)))])
    }

    /// 24-hour clock time, as both our languages write it ("09:30").
    pub fn time(&self, t: NaiveDateTime) -> String {
        t.format("%H:%M").to_string()
    }

    /// An integer with the language's digit grouping, as CLDR gives it: "82,604" (en),
    /// "82 604" (lv, lt, pl, sv; a no-break space), "82.604" (de, it, sr). Polish groups only
    /// from five digits ("8203", "82 604").
    pub fn integer(&self, n: i64) -> String {
        let (sep, min_digits) = match self.tag.primary() {
            "en" => (",", 4),
            "de" | "it" | "sr" => (".", 4),
            "pl" => ("\u{a0}", 5),
            _ => ("\u{a0}", 4),
        };
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && digits.len() >= min_digits && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        if n < 0 { format!("-{out}") } else { out }
    }

    /// A decimal number with the language's decimal sign ("41.8" / "41,8").
    pub fn decimal(&self, x: f64, digits: usize) -> String {
        let s = format!("{x:.digits$}");
        if self.tag.primary() == "en" { s } else { s.replace('.', ",") }
    }

    /// Picks the text of a translatable field for this page: the page's language, then the
    /// project's default, then English, then any.
    pub fn pick(&self, t: &Translated, default: Option<&LangTag>) -> Txt {
        let mut chain = vec![&self.tag];
        chain.extend(default);
        match t.pick(&chain) {
            Some(Localized { text, lang }) => Txt {
                text: text.to_owned(),
                lang: (lang != &self.tag && lang.primary() != self.tag.as_str()).then(|| lang.as_str().to_owned()),
            },
            None => Txt { text: String::new(), lang: None },
        }
    }
}

/// The UI language that serves a requested tag: the same tag; else the same language and
/// script without the region (`sr-Latn-RS` → `sr-Latn`); else the language's first entry
/// (`sr` → `sr-Cyrl`, `de-AT` → `de`).
pub fn ui_lang(tag: &LangTag) -> Option<&'static str> {
    let t = tag.as_str();
    if let Some(l) = UI_LANGS.iter().find(|l| l.eq_ignore_ascii_case(t)) {
        return Some(l);
    }
    let mut parts = t.split('-');
    let primary = parts.next()?;
    let script = parts.find(|p| p.len() == 4);
    if let Some(script) = script {
        let wanted = format!("{primary}-{script}");
        if let Some(l) = UI_LANGS.iter().find(|l| l.eq_ignore_ascii_case(&wanted)) {
            return Some(l);
        }
    }
    UI_LANGS.iter().find(|l| l.split('-').next() == Some(primary)).copied()
}

/// A Fluent argument.
#[derive(Clone, Debug)]
pub enum Arg {
    Num(i64),
    Str(String),
}

/// A piece of content text, with its language when that differs from the page's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Txt {
    pub text: String,
    pub lang: Option<String>,
}

impl Txt {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
    /// The text as HTML, escaped, wrapped in `<span lang>` when it is a fallback.
    pub fn html(&self) -> String {
        let text = escape(&self.text);
        match &self.lang {
            Some(l) => format!("<span lang=\"{}\">{text}</span>", escape(l)),
            None => text,
        }
    }
    /// The `lang` attribute to put on an element holding the text (`lang="en"`), or nothing.
    pub fn lang_attr(&self) -> String {
        self.lang.as_ref().map(|l| format!(" lang=\"{}\"", escape(l))).unwrap_or_default()
    }
    /// Paragraphs (blank-line separated) as escaped `<p>` elements.
    pub fn paragraphs(&self) -> String {
        self.text
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| format!("<p{}>{}</p>", self.lang_attr(), escape(p.trim())))
            .collect()
    }
}

impl std::fmt::Display for Txt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// Escapes text for HTML element content and quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Chooses the UI language: `?lang=` first, then the cookie, then Accept-Language, then
/// `default`, then English. A value that is not a language tag, or names a language the
/// interface is not translated into, passes the choice on to the next source.
pub fn negotiate(query: Option<&str>, cookie: Option<&str>, accept: Option<&str>, default: Option<&LangTag>) -> Tr {
    let supported = |tag: &LangTag| ui_lang(tag);
    for source in [query, cookie] {
        if let Some(l) = source.and_then(|c| LangTag::parse(c).ok()).as_ref().and_then(supported) {
            return Tr::new(l);
        }
    }
    if let Some(accept) = accept {
        let mut offered: Vec<(f32, LangTag)> = accept
            .split(',')
            .filter_map(|part| {
                let mut it = part.split(';');
                let tag = LangTag::parse(it.next()?.trim()).ok()?;
                let q = it.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
                Some((q, tag))
            })
            .collect();
        offered.sort_by(|a, b| b.0.total_cmp(&a.0));
        if let Some(l) = offered.iter().filter(|(q, _)| *q > 0.0).find_map(|(_, t)| supported(t)) {
            return Tr::new(l);
        }
    }
    Tr::new(default.and_then(supported).unwrap_or("en"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lv() -> LangTag {
        LangTag::parse("lv").unwrap()
    }

    #[test]
    fn negotiation_order() {
        assert_eq!(negotiate(Some("lv"), Some("en"), Some("en"), None).lang(), "lv");
        assert_eq!(negotiate(None, Some("lv"), Some("en"), None).lang(), "lv");
        assert_eq!(negotiate(None, None, Some("fr-FR,fr;q=0.9,lv;q=0.8,en;q=0.5"), None).lang(), "lv");
        assert_eq!(negotiate(None, None, Some("fr"), Some(&lv())).lang(), "lv");
        assert_eq!(negotiate(None, None, None, None).lang(), "en");
        // A tag we do not translate into, or no tag at all, falls through to the next source.
        assert_eq!(negotiate(Some("fr"), None, Some("lv"), None).lang(), "lv");
        assert_eq!(negotiate(Some("<script>"), Some("lv"), None, None).lang(), "lv");
        assert_eq!(negotiate(Some("sr"), None, None, None).lang(), "sr-Cyrl", "Serbian means Cyrillic by default");
        assert_eq!(negotiate(Some("sr-latn"), None, None, None).lang(), "sr-Latn");
        assert_eq!(negotiate(None, None, Some("sr-Latn-RS,sr;q=0.8"), None).lang(), "sr-Latn");
        assert_eq!(negotiate(None, None, Some("de-AT"), None).lang(), "de");
        assert_eq!(negotiate(None, None, Some("fr-FR,fr;q=0.9"), None).lang(), "en", "no French yet");
        assert_eq!(negotiate(None, None, Some("lv;q=0,en"), Some(&lv())).lang(), "en");
    }

    #[test]
    fn dates_and_numbers_per_language() {
        let d = NaiveDate::from_ymd_opt(2018, 11, 8).unwrap();
        let e = NaiveDate::from_ymd_opt(2018, 11, 12).unwrap();
        let en = Tr::new("en");
        let lv = Tr::new("lv");
        assert_eq!(en.day_heading(d), "Thursday, 8 November");
        assert_eq!(lv.day_heading(d), "ceturtdiena, 8. novembris");
        assert_eq!(en.date_range(d, e), "8–12 November 2018");
        assert_eq!(lv.date_range(d, e), "2018. gada 8.–12. novembris");
        assert_eq!(en.integer(82604), "82,604");
        assert_eq!(lv.integer(82604), "82\u{a0}604");
        assert_eq!(Tr::new("de").integer(82604), "82.604");
        assert_eq!(Tr::new("sr-Latn").integer(1234567), "1.234.567");
        assert_eq!(Tr::new("pl").integer(8203), "8203");
        assert_eq!(Tr::new("pl").integer(82604), "82\u{a0}604");
        assert_eq!(en.integer(-1000), "-1,000");
        assert_eq!(en.integer(999), "999");
        assert_eq!(en.decimal(41.84, 1), "41.8");
        assert_eq!(lv.decimal(41.84, 1), "41,8");
        assert_eq!(Tr::new("de").decimal(0.5, 1), "0,5");
    }

    #[test]
    fn latvian_plurals() {
        let lv = Tr::new("lv");
        let n = |n| lv.with("programme-item-count", &[("count", Arg::Num(n))]);
        assert_eq!(n(0), "0 programmas punktu");
        assert_eq!(n(1), "1 programmas punkts");
        assert_eq!(n(11), "11 programmas punktu");
        assert_eq!(n(21), "21 programmas punkts");
        assert_eq!(n(22), "22 programmas punkti");
    }

    #[test]
    fn lithuanian_polish_and_serbian_plurals() {
        let count = |lang: &str, n: i64| Tr::new(lang).with("programme-item-count", &[("count", Arg::Num(n))]);
        for (n, form) in [
            (1, "punktas"),
            (2, "punktai"),
            (10, "punktų"),
            (11, "punktų"),
            (21, "punktas"),
            (22, "punktai"),
            (29, "punktai"),
            (111, "punktų"),
            (121, "punktas"),
        ] {
            assert_eq!(count("lt", n), format!("{n} programos {form}"), "lt {n}");
        }
        for (n, form) in [(1, "punkt"), (2, "punkty"), (5, "punktów"), (12, "punktów"), (22, "punkty")] {
            assert_eq!(count("pl", n), format!("{n} {form} programu"), "pl {n}");
        }
        for (n, form) in [(1, "stavka"), (3, "stavke"), (5, "stavki"), (11, "stavki"), (21, "stavka")] {
            assert_eq!(count("sr-Latn", n), format!("{n} {form} programa"), "sr-Latn {n}");
        }
        assert_eq!(count("sr-Cyrl", 2), "2 ставке програма");
        assert_ne!(count("de", 1), count("de", 2), "German singular and plural differ");
    }

    #[test]
    fn fallback_text_is_marked() {
        let t = Translated::new().with("en", "Only English");
        let txt = Tr::new("lv").pick(&t, None);
        assert_eq!(txt.html(), "<span lang=\"en\">Only English</span>");
        let own = Tr::new("en").pick(&t, None);
        assert_eq!(own.html(), "Only English");
        assert_eq!(escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }
}
