//! iCalendar (RFC 5545) for an event's programme. Times are written in the event's zone
//! (`DTSTART;TZID=Europe/Riga:…`) with a VTIMEZONE generated from the IANA data for the
//! years the event spans, as the RFC requires for every TZID used. UIDs are stable, so a
//! calendar app updates an item in place when it changes.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone as _, Utc};
use chrono_tz::OffsetComponents;
use ics::parameters::TzIDParam;
use ics::properties::{
    Categories, Class, Description, DtEnd, DtStart, Geo, LastModified, Location, Sequence, Status, Summary, TzName,
};
use ics::{Daylight, ICalendar, Standard, escape_text};
use std::collections::{BTreeSet, HashMap};

use twinning_domain::{Bundle, Event, ProgrammeItem, TimeZone};
use twinning_store::Revision;

use crate::i18n::Tr;

/// The stable UID of a programme item: the same for every fetch and every language.
pub fn uid(project: &str, event: &str, item: &str) -> String {
    format!("{item}.{event}.{project}@twinning")
}

fn local_stamp(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

fn utc_stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn offset_string(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let s = secs.unsigned_abs();
    format!("{sign}{:02}{:02}", s / 3600, (s % 3600) / 60)
}

/// One observance of a zone: from `start` (local time before the change) on, `to` applies.
struct Transition {
    start: NaiveDateTime,
    from: i32,
    to: i32,
    dst: bool,
    abbreviation: String,
}

fn offset_at(zone: TimeZone, t: DateTime<Utc>) -> (i32, bool, String) {
    let o = zone.0.offset_from_utc_datetime(&t.naive_utc());
    (o.fix().local_minus_utc(), !o.dst_offset().is_zero(), o.to_string())
}

/// The zone's transitions in `[from, to)`, found by scanning hourly and narrowing to the minute.
fn transitions(zone: TimeZone, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Transition> {
    let mut out = Vec::new();
    let mut t = from;
    let mut current = offset_at(zone, t);
    while t < to {
        let next = t + Duration::hours(1);
        let o = offset_at(zone, next);
        if o.0 != current.0 || o.1 != current.1 {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::minutes(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_at(zone, mid).0 == current.0 { lo = mid } else { hi = mid }
            }
            let start = (hi + Duration::seconds(current.0 as i64)).naive_utc();
            out.push(Transition { start, from: current.0, to: o.0, dst: o.1, abbreviation: o.2.clone() });
            current = o;
        }
        t = next;
    }
    out
}

/// The VTIMEZONE for `zone`, covering the calendar years in `years` (those the calendar's times
/// fall in). Only those years are scanned, never the span between them: a calendar with one
/// item in 2018 and one in 9999 costs two years of work, not eight thousand.
fn vtimezone(zone: TimeZone, years: &BTreeSet<i32>) -> ics::TimeZone<'static> {
    let jan_first =
        |y: i32| NaiveDate::from_ymd_opt(y, 1, 1).map(|d| Utc.from_utc_datetime(&d.and_time(Default::default())));
    let mut all = Vec::new();
    let mut previous: Option<i32> = None;
    for &year in years {
        let (Some(begin), Some(end)) = (jan_first(year), jan_first(year + 1)) else { continue };
        // The observance in force when a covered stretch of years begins.
        if previous != Some(year - 1) {
            let (initial, initial_dst, initial_abbr) = offset_at(zone, begin);
            all.push(Transition {
                start: (begin + Duration::seconds(initial as i64)).naive_utc(),
                from: initial,
                to: initial,
                dst: initial_dst,
                abbreviation: initial_abbr,
            });
        }
        all.extend(transitions(zone, begin, end));
        previous = Some(year);
    }
    if all.is_empty() {
        let (o, dst, abbreviation) = offset_at(zone, Utc::now());
        let start = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default().and_time(Default::default());
        all.push(Transition { start, from: o, to: o, dst, abbreviation });
    }
    let mut tz: Option<ics::TimeZone<'static>> = None;
    for tr in all {
        let (start, from, to) = (local_stamp(tr.start), offset_string(tr.from), offset_string(tr.to));
        if tr.dst {
            let mut d = Daylight::new(start, from, to);
            d.push(TzName::new(tr.abbreviation));
            match &mut tz {
                Some(z) => z.add_daylight(d),
                None => tz = Some(ics::TimeZone::daylight(zone.name(), d)),
            }
        } else {
            let mut s = Standard::new(start, from, to);
            s.push(TzName::new(tr.abbreviation));
            match &mut tz {
                Some(z) => z.add_standard(s),
                None => tz = Some(ics::TimeZone::standard(zone.name(), s)),
            }
        }
    }
    tz.expect("at least the initial observance")
}

fn in_zone<'a, P: Into<ics::components::Property<'a>>>(p: P, zone: TimeZone) -> ics::components::Property<'a> {
    let mut p = p.into();
    p.add(TzIDParam::new(zone.name()));
    p
}

fn vevent(
    tr: &Tr,
    b: &Bundle,
    ev: &Event,
    item: &ProgrammeItem,
    stamp: &str,
    revision: Option<&Revision>,
) -> ics::Event<'static> {
    let default = Some(&b.project.default_lang);
    let mut e = ics::Event::new(uid(b.project.slug.as_str(), ev.slug.as_str(), item.slug.as_str()), stamp.to_owned());
    e.push(in_zone(DtStart::new(local_stamp(item.starts_at)), ev.time_zone));
    e.push(in_zone(DtEnd::new(local_stamp(item.ends_at)), ev.time_zone));
    e.push(Summary::new(escape_text(tr.pick(&item.title, default).text).into_owned()));
    let mut description = tr.pick(&item.description, default).text;
    if let Some(note) = &item.illustrative {
        description = format!("{description}\n\n{}", tr.pick(note, default).text).trim().to_owned();
    }
    if !description.is_empty() {
        e.push(Description::new(escape_text(description).into_owned()));
    }
    let venues: Vec<_> = item.venues.iter().filter_map(|v| b.venue(v)).collect();
    if !venues.is_empty() {
        let location = venues
            .iter()
            .map(|v| {
                let name = tr.pick(&v.name, default).text;
                if v.address.is_empty() { name } else { format!("{name}, {}", v.address) }
            })
            .collect::<Vec<_>>()
            .join(" / ");
        e.push(Location::new(escape_text(location).into_owned()));
        let c = venues[0].coordinates;
        e.push(Geo::new(format!("{:.6};{:.6}", c.lat, c.lon)));
    }
    e.push(Categories::new(escape_text(tr.name("kind", item.kind.as_str())).into_owned()));
    e.push(Class::public());
    e.push(Status::confirmed());
    // A changed item keeps its UID and goes up in SEQUENCE, so calendars update it in place.
    e.push(Sequence::new(revision.map(|r| r.sequence).unwrap_or(0).to_string()));
    e.push(LastModified::new(revision.map(|r| utc_stamp(r.changed_at)).unwrap_or_else(|| stamp.to_owned())));
    e
}

/// The years an event's calendar has times in: its items' and its own first and last days.
fn years(ev: &Event) -> BTreeSet<i32> {
    let items = ev.items.iter().flat_map(|i| [i.starts_at.year(), i.ends_at.year()]);
    items.chain([ev.start_date.year(), ev.end_date.year()]).collect()
}

/// The event's whole programme as one calendar, in the language of `tr`.
pub fn programme(
    tr: &Tr,
    b: &Bundle,
    ev: &Event,
    updated_at: DateTime<Utc>,
    revisions: &HashMap<String, Revision>,
) -> String {
    let mut cal = ICalendar::new("2.0", "-//Twinning//Twinning programme//EN");
    cal.push(ics::properties::CalScale::new("GREGORIAN"));
    cal.push(ics::properties::Method::new("PUBLISH"));
    let name = tr.pick(&ev.title, Some(&b.project.default_lang)).text;
    cal.push(ics::components::Property::new("X-WR-CALNAME", escape_text(name).into_owned()));
    cal.push(ics::components::Property::new("X-WR-TIMEZONE", ev.time_zone.name()));
    cal.add_timezone(vtimezone(ev.time_zone, &years(ev)));
    let stamp = utc_stamp(updated_at);
    for item in &ev.items {
        cal.add_event(vevent(tr, b, ev, item, &stamp, revisions.get(item.slug.as_str())));
    }
    cal.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn riga_2018_has_both_changes() {
        let riga = TimeZone::parse("Europe/Riga").unwrap();
        let tz = vtimezone(riga, &BTreeSet::from([2018])).to_string();
        assert!(tz.contains("TZID:Europe/Riga"));
        // Spring forward on 25 March 2018 at 03:00 local (EET → EEST), back on 28 October at 04:00.
        assert!(
            tz.contains("BEGIN:DAYLIGHT\r\nDTSTART:20180325T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300"),
            "{tz}"
        );
        assert!(
            tz.contains("BEGIN:STANDARD\r\nDTSTART:20181028T040000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200"),
            "{tz}"
        );
    }

    #[test]
    fn zone_without_dst_has_one_observance() {
        let tz = vtimezone(TimeZone::parse("Asia/Tokyo").unwrap(), &BTreeSet::from([2020])).to_string();
        assert_eq!(tz.matches("BEGIN:STANDARD").count(), 1);
        assert!(!tz.contains("DAYLIGHT"));
        assert!(tz.contains("TZOFFSETTO:+0900"));
    }

    #[test]
    fn years_far_apart_cost_only_themselves() {
        let riga = TimeZone::parse("Europe/Riga").unwrap();
        let tz = vtimezone(riga, &BTreeSet::from([2018, 2030])).to_string();
        // Two stretches, each with its initial observance and its two changes; nothing between.
        assert_eq!(tz.matches("BEGIN:DAYLIGHT").count() + tz.matches("BEGIN:STANDARD").count(), 6, "{tz}");
        assert!(tz.contains("DTSTART:20300101T"), "{tz}");
        assert!(!tz.contains("DTSTART:2019"), "{tz}");
        let far = vtimezone(riga, &BTreeSet::from([2018, 9999])).to_string();
        assert!(far.contains("DTSTART:99990101T"), "{far}");
    }
}
