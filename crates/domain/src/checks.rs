//! What an experienced organiser checks in a programme before publishing it. These are
//! warnings, not errors: a programme with them can still be saved and published.

use chrono::NaiveDateTime;

use crate::bundle::Bundle;
use crate::model::{Audience, Event, ProgrammeItem};
use crate::types::Slug;

/// How people move between venues, with the speed planned for each. Distances are
/// great-circle distances times [`ROAD_FACTOR`], as roads are never straight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TravelMode {
    /// Up to [`WALK_MAX_KM`]: 4.5 km/h, a group's pace.
    Walk,
    /// Further: a coach at 50 km/h on regional roads, plus 10 minutes to board and park.
    Coach,
}

pub const WALK_MAX_KM: f64 = 1.5;
pub const ROAD_FACTOR: f64 = 1.3;

impl TravelMode {
    pub fn for_distance(km: f64) -> Self {
        if km <= WALK_MAX_KM { TravelMode::Walk } else { TravelMode::Coach }
    }

    /// Minutes a group needs to cover `km` (straight-line) this way.
    pub fn minutes(self, km: f64) -> i64 {
        let road = km * ROAD_FACTOR;
        match self {
            TravelMode::Walk => (road / 4.5 * 60.0).ceil() as i64,
            TravelMode::Coach => (road / 50.0 * 60.0).ceil() as i64 + 10,
        }
    }
}

/// One thing worth a second look, with the items it concerns.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "key", rename_all = "snake_case")]
pub enum Warning {
    /// The item starts on a day outside the event's dates.
    OutsideEvent { item: Slug },
    /// Two items use the same venue at the same time.
    VenueDoubleBooked { venue: Slug, first: Slug, second: Slug },
    /// Two items for all delegates overlap, so nobody can attend both.
    DelegatesOverlap { first: Slug, second: Slug },
    /// Not enough time between two consecutive items to get from one venue to the next.
    TooLittleTravel {
        first: Slug,
        second: Slug,
        km: f64,
        mode: TravelMode,
        needed_minutes: i64,
        available_minutes: i64,
    },
    /// An item open to the public has no capacity, so registrations cannot be limited.
    PublicWithoutCapacity { item: Slug },
}

impl Warning {
    /// The stable key (`venue_double_booked`), as in the JSON.
    pub fn key(&self) -> &'static str {
        match self {
            Warning::OutsideEvent { .. } => "outside_event",
            Warning::VenueDoubleBooked { .. } => "venue_double_booked",
            Warning::DelegatesOverlap { .. } => "delegates_overlap",
            Warning::TooLittleTravel { .. } => "too_little_travel",
            Warning::PublicWithoutCapacity { .. } => "public_without_capacity",
        }
    }
}

fn overlap(a: &ProgrammeItem, b: &ProgrammeItem) -> bool {
    a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

/// Every warning for one event of the bundle, in programme order.
pub fn check_event(b: &Bundle, ev: &Event) -> Vec<Warning> {
    let mut items: Vec<&ProgrammeItem> = ev.items.iter().collect();
    items.sort_by_key(|i| (i.starts_at, i.ends_at));
    let mut out = Vec::new();
    for i in &items {
        let day = i.starts_at.date();
        if day < ev.start_date || day > ev.end_date {
            out.push(Warning::OutsideEvent { item: i.slug.clone() });
        }
        if i.audience == Audience::Public && i.capacity.is_none() {
            out.push(Warning::PublicWithoutCapacity { item: i.slug.clone() });
        }
    }
    for (n, a) in items.iter().enumerate() {
        for bb in items.iter().skip(n + 1).take_while(|x| x.starts_at < a.ends_at) {
            if !overlap(a, bb) {
                continue;
            }
            if let Some(v) = a.venues.iter().find(|v| bb.venues.contains(v)) {
                out.push(Warning::VenueDoubleBooked {
                    venue: v.clone(),
                    first: a.slug.clone(),
                    second: bb.slug.clone(),
                });
            }
            if a.audience == Audience::Delegates && bb.audience == Audience::Delegates {
                out.push(Warning::DelegatesOverlap { first: a.slug.clone(), second: bb.slug.clone() });
            }
        }
    }
    // Travel between consecutive items that both have a venue, on the same day.
    let placed: Vec<&&ProgrammeItem> = items.iter().filter(|i| !i.venues.is_empty()).collect();
    for pair in placed.windows(2) {
        let (a, c) = (pair[0], pair[1]);
        if a.ends_at.date() != c.starts_at.date() || overlap(a, c) {
            continue;
        }
        let from = a.venues.last().and_then(|v| b.venue(v));
        let to = c.venues.first().and_then(|v| b.venue(v));
        let (Some(from), Some(to)) = (from, to) else { continue };
        if from.slug == to.slug {
            continue;
        }
        let km = from.coordinates.distance_km(&to.coordinates);
        let mode = TravelMode::for_distance(km);
        let needed = mode.minutes(km);
        let available = minutes_between(a.ends_at, c.starts_at);
        if available < needed {
            out.push(Warning::TooLittleTravel {
                first: a.slug.clone(),
                second: c.slug.clone(),
                km: (km * 10.0).round() / 10.0,
                mode,
                needed_minutes: needed,
                available_minutes: available,
            });
        }
    }
    out
}

fn minutes_between(a: NaiveDateTime, b: NaiveDateTime) -> i64 {
    (b - a).num_minutes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Translated;

    fn demo() -> Bundle {
        Bundle::from_json(include_str!("../../../demo/ttchan-daugavpils-2018.json")).unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
    }

    fn item(slug: &str, from: &str, to: &str, venue: &str, audience: Audience) -> ProgrammeItem {
        ProgrammeItem {
            slug: Slug::parse(slug).unwrap(),
            starts_at: at(from),
            ends_at: at(to),
            kind: crate::model::ItemKind::Visit,
            title: Translated::new().with("en", slug),
            description: Translated::new(),
            venues: vec![Slug::parse(venue).unwrap()],
            audience,
            capacity: None,
            languages: vec![],
            hosts: Translated::new(),
            illustrative: None,
        }
    }

    #[test]
    fn travel_times_per_mode() {
        assert_eq!(TravelMode::for_distance(0.8), TravelMode::Walk);
        assert_eq!(TravelMode::Walk.minutes(0.8), 14, "0.8 km straight is about 1 km on foot");
        assert_eq!(TravelMode::for_distance(40.0), TravelMode::Coach);
        assert_eq!(TravelMode::Coach.minutes(40.0), 73, "52 km by coach, plus boarding");
    }

    #[test]
    fn each_kind_of_warning() {
        let mut b = demo();
        let ev = &mut b.project.events[0];
        ev.items = vec![
            // The City Council, then Aglona 42 km away 15 minutes later: too little time.
            item("council", "2018-11-09T09:00", "2018-11-09T10:00", "daugavpils-city-council", Audience::Delegates),
            item("aglona", "2018-11-09T10:15", "2018-11-09T11:00", "aglona-basilica", Audience::Delegates),
            // Two things at the basilica at once, and two delegate items overlapping.
            item("mass", "2018-11-09T10:30", "2018-11-09T11:30", "aglona-basilica", Audience::Delegates),
            // Public, no capacity; and on a day after the event.
            item("open", "2018-11-14T10:00", "2018-11-14T11:00", "daugavpils-university", Audience::Public),
        ];
        let ev = &b.project.events[0];
        let keys: Vec<&str> = check_event(&b, ev).iter().map(Warning::key).collect();
        for k in [
            "too_little_travel",
            "venue_double_booked",
            "delegates_overlap",
            "public_without_capacity",
            "outside_event",
        ] {
            assert!(keys.contains(&k), "{k} in {keys:?}");
        }
        let travel = check_event(&b, ev).into_iter().find(|w| w.key() == "too_little_travel").unwrap();
        match travel {
            Warning::TooLittleTravel { mode, km, needed_minutes, available_minutes, .. } => {
                assert_eq!(mode, TravelMode::Coach);
                assert!((40.0..45.0).contains(&km), "Daugavpils to Aglona, straight: {km}");
                assert!(needed_minutes > 60 && available_minutes == 15);
            }
            _ => unreachable!(),
        }
    }

    #[test]
    fn a_well_planned_day_has_no_warnings() {
        let mut b = demo();
        let ev = &mut b.project.events[0];
        ev.items = vec![
            item("council", "2018-11-09T09:00", "2018-11-09T10:00", "daugavpils-city-council", Audience::Delegates),
            item("university", "2018-11-09T10:30", "2018-11-09T12:00", "daugavpils-university", Audience::Delegates),
            item("aglona", "2018-11-09T14:00", "2018-11-09T15:00", "aglona-basilica", Audience::Delegates),
        ];
        assert_eq!(check_event(&b, &b.project.events[0]), vec![]);
    }
}
