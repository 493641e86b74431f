//! Event-local wall-clock times and UTC instants. Times are entered and shown in the event's
//! zone and stored as UTC instants; the conversion is DST-correct.

use chrono::Offset;
use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone as _, Utc};

use crate::error::ValidationError;
use crate::types::TimeZone;

/// The instant a wall-clock time in `zone` denotes. A time skipped by a spring-forward change
/// does not exist and is an error; a time repeated by a fall-back change means its first occurrence.
pub fn to_utc(zone: TimeZone, local: NaiveDateTime) -> Result<DateTime<Utc>, ValidationError> {
    match zone.0.from_local_datetime(&local) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Ok(t.with_timezone(&Utc)),
        LocalResult::None => Err(ValidationError::new(
            "",
            "time.nonexistent",
            format!("{local} does not exist in {} (the clocks skip it)", zone.name()),
        )),
    }
}

/// The wall-clock time of a time written with an offset (RFC 3339), which must be `zone`'s
/// offset at that wall-clock time: a time written with another offset is refused with the
/// offset expected, never shifted silently into another wall-clock time.
pub fn local_with_offset(zone: TimeZone, t: DateTime<chrono::FixedOffset>) -> Result<NaiveDateTime, ValidationError> {
    let local = t.naive_local();
    let offsets: Vec<chrono::FixedOffset> = match zone.0.from_local_datetime(&local) {
        LocalResult::Single(x) => vec![x.offset().fix()],
        LocalResult::Ambiguous(a, b) => vec![a.offset().fix(), b.offset().fix()],
        LocalResult::None => return Err(to_utc(zone, local).expect_err("a skipped time")),
    };
    if offsets.contains(t.offset()) {
        return Ok(local);
    }
    let expected = offsets[0];
    Err(ValidationError::new(
        "",
        "time.offset_mismatch",
        format!(
            "{} is written with the offset {}, but {} is at {} then; write the meeting's local time with its offset, e.g. {}",
            t.to_rfc3339(),
            t.offset(),
            zone.name(),
            expected,
            local.and_local_timezone(expected).single().map(|x| x.to_rfc3339()).unwrap_or_default()
        ),
    ))
}

/// The wall-clock time in `zone` of an instant.
pub fn to_local(zone: TimeZone, at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&zone.0).naive_local()
}

/// The instant, with the zone's offset at that instant (for RFC 3339 output).
pub fn in_zone(zone: TimeZone, at: DateTime<Utc>) -> DateTime<chrono::FixedOffset> {
    at.with_timezone(&zone.0).fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn t(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    #[test]
    fn riga_winter_and_summer_offsets() {
        let riga = TimeZone::parse("Europe/Riga").unwrap();
        // 8 November 2018, EET (+02:00)
        assert_eq!(to_utc(riga, t(2018, 11, 8, 10, 0)).unwrap().to_rfc3339(), "2018-11-08T08:00:00+00:00");
        // 8 July 2018, EEST (+03:00)
        assert_eq!(to_utc(riga, t(2018, 7, 8, 10, 0)).unwrap().to_rfc3339(), "2018-07-08T07:00:00+00:00");
        let back = to_local(riga, to_utc(riga, t(2018, 11, 8, 10, 0)).unwrap());
        assert_eq!(back, t(2018, 11, 8, 10, 0));
        assert_eq!(
            in_zone(riga, to_utc(riga, t(2018, 11, 8, 10, 0)).unwrap()).to_rfc3339(),
            "2018-11-08T10:00:00+02:00"
        );
    }

    #[test]
    fn dst_gap_and_overlap() {
        let riga = TimeZone::parse("Europe/Riga").unwrap();
        // 25 March 2018: 03:00 → 04:00 in Riga, so 03:30 does not exist.
        assert_eq!(to_utc(riga, t(2018, 3, 25, 3, 30)).unwrap_err().key, "time.nonexistent");
        // 28 October 2018: 04:00 → 03:00, so 03:30 happens twice; the first is EEST (+03:00).
        assert_eq!(to_utc(riga, t(2018, 10, 28, 3, 30)).unwrap().to_rfc3339(), "2018-10-28T00:30:00+00:00");
    }
}

/// The time zone of a country with a single zone (for a form's first guess; Europe's
/// twinning countries). Countries spanning several zones give `None`.
pub fn zone_for_country(code: &str) -> Option<&'static str> {
    Some(match code {
        "AL" => "Europe/Tirane",
        "AT" => "Europe/Vienna",
        "BA" => "Europe/Sarajevo",
        "BE" => "Europe/Brussels",
        "BG" => "Europe/Sofia",
        "BY" => "Europe/Minsk",
        "CH" => "Europe/Zurich",
        "CY" => "Asia/Nicosia",
        "CZ" => "Europe/Prague",
        "DE" => "Europe/Berlin",
        "DK" => "Europe/Copenhagen",
        "EE" => "Europe/Tallinn",
        "FI" => "Europe/Helsinki",
        "FR" => "Europe/Paris",
        "GB" => "Europe/London",
        "GR" => "Europe/Athens",
        "HR" => "Europe/Zagreb",
        "HU" => "Europe/Budapest",
        "IE" => "Europe/Dublin",
        "IS" => "Atlantic/Reykjavik",
        "IT" => "Europe/Rome",
        "LI" => "Europe/Vaduz",
        "LT" => "Europe/Vilnius",
        "LU" => "Europe/Luxembourg",
        "LV" => "Europe/Riga",
        "MD" => "Europe/Chisinau",
        "ME" => "Europe/Podgorica",
        "MK" => "Europe/Skopje",
        "MT" => "Europe/Malta",
        "NL" => "Europe/Amsterdam",
        "NO" => "Europe/Oslo",
        "PL" => "Europe/Warsaw",
        "RO" => "Europe/Bucharest",
        "RS" => "Europe/Belgrade",
        "SE" => "Europe/Stockholm",
        "SI" => "Europe/Ljubljana",
        "SK" => "Europe/Bratislava",
        "TR" => "Europe/Istanbul",
        "XK" => "Europe/Belgrade",
        _ => return None,
    })
}

#[cfg(test)]
mod zone_tests {
    #[test]
    fn every_guessed_zone_exists() {
        for c in crate::country::codes() {
            if let Some(z) = super::zone_for_country(c) {
                assert!(crate::types::TimeZone::parse(z).is_ok(), "{c}: {z}");
            }
        }
        assert_eq!(super::zone_for_country("LV"), Some("Europe/Riga"));
        assert_eq!(super::zone_for_country("ES"), None, "Spain has the Canaries");
    }
}
