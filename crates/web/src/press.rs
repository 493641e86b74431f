//! The press release draft for a meeting (issue 7), written from the project's own data the
//! way the TTChan seed itself reads: who hosted whom and when, who took part (counts per
//! country, never names), what happened each day, and what was signed. It is drafted in
//! English and in the host town's language, and organisers edit it before publishing it as
//! a news post.

use twinning_app::figures::EventFigures;
use twinning_domain::{Bundle, Event, ItemKind, LangTag, Translated};

use crate::i18n::{Arg, Tr, ui_lang};
use crate::view::href;
use crate::view::town_name;

/// The languages a draft is written in: English, and the host town's first language when
/// the interface speaks it.
pub fn languages(b: &Bundle, ev: &Event) -> Vec<&'static str> {
    let mut out = vec!["en"];
    let host = b.town(&ev.host_town).and_then(|t| t.languages.first()).and_then(ui_lang);
    if let Some(l) = host.filter(|l| *l != "en") {
        out.push(l);
    }
    out
}

/// The draft's title and body in each of [`languages`]. `counts` are the meeting's figures
/// (by registration while planning, by attendance once the meeting is over); `public_url`
/// makes the link to the publication page absolute.
pub fn draft(
    b: &Bundle,
    ev: &Event,
    counts: &EventFigures,
    public_url: &dyn Fn(&str) -> String,
) -> (Translated, Translated) {
    let mut title = Translated::new();
    let mut body = Translated::new();
    for lang in languages(b, ev) {
        let tr = Tr::new(lang);
        let (t, text) = write(&tr, b, ev, counts, public_url);
        if let Ok(tag) = LangTag::parse(lang) {
            title.0.insert(tag.clone(), t);
            body.0.insert(tag, text);
        }
    }
    (title, body)
}

fn write(
    tr: &Tr,
    b: &Bundle,
    ev: &Event,
    counts: &EventFigures,
    public_url: &dyn Fn(&str) -> String,
) -> (String, String) {
    let p = &b.project;
    let default = Some(&p.default_lang);
    let host = b.town(&ev.host_town);
    let host_name = host.map(|t| town_name(tr, t).text).unwrap_or_default();
    let host_country = host.map(|t| t.country);
    let event = tr.pick(&ev.title, default).text;

    // The partner towns that sent someone who counts, or, before anyone registered, all of them.
    let visiting: Vec<String> = p
        .partners
        .iter()
        .filter_map(|x| b.town(&x.town))
        .filter(|t| t.slug != ev.host_town)
        .filter(|t| counts.total == 0 || counts.per_delegation.contains_key(&Some(t.slug.clone())))
        .map(|t| format!("{} ({})", town_name(tr, t).text, tr.country(t.country.as_str())))
        .collect();
    let countries: std::collections::BTreeSet<_> = p
        .partners
        .iter()
        .filter_map(|x| b.town(&x.town))
        .filter(|t| Some(t.country) != host_country)
        .map(|t| t.country)
        .collect();

    let title = tr.with(
        "press-title",
        &[
            ("host", Arg::Str(host_name.clone())),
            ("event", Arg::Str(event.clone())),
            ("countries", Arg::Num(countries.len() as i64)),
        ],
    );
    let mut paragraphs = Vec::new();
    let mut lead = tr.with(
        "press-lead",
        &[
            ("dates", Arg::Str(tr.date_range(ev.start_date, ev.end_date))),
            ("host", Arg::Str(host_name.clone())),
            ("country", Arg::Str(host.map(|t| tr.country(t.country.as_str())).unwrap_or_default())),
            ("event", Arg::Str(event.clone())),
            ("project", Arg::Str(tr.pick(&p.title, default).text)),
        ],
    );
    if let Some(f) = &p.funding {
        lead.push(' ');
        lead.push_str(&tr.with("press-funding", &[("programme", Arg::Str(tr.pick(&f.programme, default).text))]));
    }
    paragraphs.push(lead);
    if !visiting.is_empty() {
        paragraphs.push(tr.with("press-delegations", &[("towns", Arg::Str(visiting.join(", ")))]));
    }
    if counts.total > 0 {
        let list: Vec<String> = crate::eligibility::per_country(tr, &counts.per_country)
            .into_iter()
            .map(|(c, n)| format!("{c} {}", tr.integer(n)))
            .collect();
        paragraphs.push(format!(
            "{} {}",
            tr.with("press-participants", &[("total", Arg::Num(counts.total)), ("invited", Arg::Num(counts.invited))]),
            tr.with("press-per-country", &[("list", Arg::Str(list.join(", ")))]),
        ));
    }

    // Day by day, from the programme; meals and free time are not news.
    let days: Vec<chrono::NaiveDate> = ev.start_date.iter_days().take_while(|d| *d <= ev.end_date).collect();
    for (i, d) in days.iter().enumerate() {
        let items: Vec<String> = ev
            .items
            .iter()
            .filter(|it| it.starts_at.date() == *d && !matches!(it.kind, ItemKind::Meal | ItemKind::FreeTime))
            .map(|it| tr.pick(&it.title, default).text)
            .collect();
        if items.is_empty() {
            continue;
        }
        paragraphs.push(tr.with(
            "press-day",
            &[
                ("number", Arg::Num(i as i64 + 1)),
                ("date", Arg::Str(tr.day_heading(*d))),
                ("items", Arg::Str(items.join("; "))),
            ],
        ));
    }

    // What was signed during this meeting.
    for tw in b.twinnings.iter().filter(|t| t.signed_at.as_ref().is_some_and(|s| s.event == ev.slug)) {
        let (Some(a), Some(z)) = (b.town(&tw.towns[0]), b.town(&tw.towns[1])) else { continue };
        let when = tw
            .signed_at
            .as_ref()
            .and_then(|s| ev.items.iter().find(|i| i.slug == s.item))
            .map(|i| i.starts_at.date())
            .or(tw.since);
        paragraphs.push(tr.with(
            "press-signed",
            &[
                ("a", Arg::Str(town_name(tr, a).text)),
                ("b", Arg::Str(town_name(tr, z).text)),
                ("kind", Arg::Str(tr.name("twinning", tw.kind.as_str()))),
                ("date", Arg::Str(when.map(|d| tr.date(d)).unwrap_or_default())),
            ],
        ));
    }

    paragraphs.push(
        tr.with("press-more", &[("url", Arg::Str(public_url(&href::publication(p.slug.as_str(), ev.slug.as_str()))))]),
    );
    (title, paragraphs.join("\n\n"))
}
