//! The entities of a twinning project (DESIGN.md §3). Field names are the import/export
//! format's names; unknown fields are rejected so a typo in a file is never silently lost.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::error::{ValidationError, ValidationErrors};
use crate::types::{Coordinates, CountryCode, LangTag, Slug, TimeZone, Translated, WebUrl};

/// Longest single-line text (titles, names) and longest free text (descriptions), in characters.
pub const TITLE_MAX: usize = 300;
pub const TEXT_MAX: usize = 20_000;

/// The years a date may fall in. Nothing a twinning project plans lies outside them, and a
/// year like 9999 only makes calendars and reports do work for nothing.
pub const YEAR_MIN: i32 = 1900;
pub const YEAR_MAX: i32 = 2200;

/// How many days before its event's first day, or after its last, an item may lie: arrivals
/// the evening before and departures the morning after.
pub const ITEM_DAYS_AROUND_EVENT: i64 = 1;

/// How long a registration waits for its e-mail confirmation before it lapses, in hours.
pub const CONFIRMATION_HOURS: i64 = 48;

/// The longest a meeting may last, in days. Pages and reports list a meeting day by day, so
/// this bounds their work whatever the dates typed.
pub const EVENT_DAYS_MAX: i64 = 366;

/// Refuses a date outside [`YEAR_MIN`]–[`YEAR_MAX`], naming `field`.
pub fn check_date(field: &str, d: NaiveDate) -> Result<(), ValidationError> {
    use chrono::Datelike;
    if (YEAR_MIN..=YEAR_MAX).contains(&d.year()) {
        Ok(())
    } else {
        Err(ValidationError::new(field, "date.out_of_range", format!("{d} is outside the years {YEAR_MIN}–{YEAR_MAX}")))
    }
}

/// Declares a string-valued enum with its stable wire name for each variant.
macro_rules! wire_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $wire)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The stable name used in files, the database, the API and message keys.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }
            pub fn parse(raw: &str) -> Option<Self> {
                match raw { $($wire => Some($name::$variant),)+ _ => None }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

wire_enum!(
    /// How two towns are linked.
    TwinningKind { Twin = "twin", Partnership = "partnership", Friendship = "friendship", Memorandum = "memorandum_of_cooperation" }
);
wire_enum!(
    /// What an organisation is.
    OrganisationKind {
        CityCouncil = "city_council", TwinningCommittee = "twinning_committee", Ngo = "ngo",
        University = "university", School = "school", Ministry = "ministry", Other = "other",
    }
);
wire_enum!(
    /// A partner's role in a project.
    PartnerRole { Lead = "lead", Partner = "partner", Associated = "associated" }
);
wire_enum!(
    /// Where a project stands.
    ProjectStatus { Planned = "planned", Running = "running", Completed = "completed", Cancelled = "cancelled" }
);
wire_enum!(
    /// Who a programme item is meant for.
    Audience { Delegates = "delegates", Public = "public" }
);
wire_enum!(
    /// What kind of activity a programme item is.
    ItemKind {
        Arrival = "arrival", Sightseeing = "sightseeing", OfficialMeeting = "official_meeting",
        Presentation = "presentation", Signing = "signing", Conference = "conference", Lecture = "lecture",
        Debate = "debate", GroupWork = "group_work", Workshop = "workshop", CulturalEvening = "cultural_evening",
        Meal = "meal", Excursion = "excursion", Visit = "visit", Ceremony = "ceremony",
        Evaluation = "evaluation", Departure = "departure", FreeTime = "free_time",
    }
);

wire_enum!(
    /// What a person is at a meeting.
    ParticipantRole { Delegate = "delegate", Speaker = "speaker", Staff = "staff", Press = "press", Resident = "resident" }
);
wire_enum!(
    /// How a person arrives or leaves.
    TravelBy { Plane = "plane", Train = "train", Bus = "bus", Coach = "coach", Car = "car", Ship = "ship", Other = "other" }
);
wire_enum!(
    /// Where a registration for a programme item stands.
    /// `pending` waits for the e-mail confirmation an organiser may require, and takes no place.
    RegistrationStatus { Confirmed = "confirmed", Waiting = "waiting", Cancelled = "cancelled", Pending = "pending" }
);

/// A municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Town {
    pub slug: Slug,
    /// The name in the town's own language, as the town writes it (`Daugavpils`, `Raška`).
    pub native_name: String,
    /// Exonyms and transliterations per language (`Рашка` in sr-Cyrl); the native name is the fallback.
    #[serde(default)]
    pub name: Translated,
    pub country: CountryCode,
    #[serde(default)]
    pub region: Translated,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<WebUrl>,
    #[serde(default)]
    pub languages: Vec<LangTag>,
    /// Set when this record is not a documented fact but stands in for one; says what is illustrative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Translated>,
}

/// Where a twinning document was signed, when that happened during an event of the project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedAt {
    pub event: Slug,
    pub item: Slug,
}

/// A link between two towns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Twinning {
    pub towns: [Slug; 2],
    pub kind: TwinningKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    #[serde(default)]
    pub description: Translated,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<WebUrl>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_at: Option<SignedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Translated>,
}

/// Who acts for a town.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub slug: Slug,
    pub town: Slug,
    pub name: Translated,
    pub kind: OrganisationKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<WebUrl>,
}

/// A place where programme items happen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    pub slug: Slug,
    pub name: Translated,
    pub town: Slug,
    #[serde(default)]
    pub address: String,
    pub coordinates: Coordinates,
    #[serde(default)]
    pub description: Translated,
    #[serde(default)]
    pub accessibility: Translated,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<WebUrl>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Translated>,
}

/// The programme a project is funded under.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    pub programme: Translated,
    #[serde(default)]
    pub strand: Translated,
    #[serde(default)]
    pub measure: Translated,
    /// The ruleset that encodes the call's rules (issue 7), e.g. `efc-2014-2020-town-twinning`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruleset: Option<Slug>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: Translated,
    pub url: WebUrl,
}

/// A town taking part in a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub town: Slug,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Slug>,
    pub role: PartnerRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Translated>,
}

/// One entry of an event's programme. Times are wall-clock times in the event's zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeItem {
    pub slug: Slug,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub kind: ItemKind,
    pub title: Translated,
    #[serde(default)]
    pub description: Translated,
    #[serde(default)]
    pub venues: Vec<Slug>,
    pub audience: Audience,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    #[serde(default)]
    pub languages: Vec<LangTag>,
    /// Hosts and speakers as they are presented publicly (roles, not personal data).
    #[serde(default)]
    pub hosts: Translated,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Translated>,
}

/// One meeting of a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub slug: Slug,
    pub title: Translated,
    #[serde(default)]
    pub description: Translated,
    pub host_town: Slug,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub time_zone: TimeZone,
    #[serde(default)]
    pub items: Vec<ProgrammeItem>,
    /// The organisers' summary of the meeting's evaluation, for the final report.
    #[serde(default, skip_serializing_if = "Translated::is_empty")]
    pub evaluation: Translated,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Translated>,
}

/// A twinning project with its partners and events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub slug: Slug,
    pub acronym: String,
    pub title: Translated,
    #[serde(default)]
    pub aims: Translated,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding: Option<Funding>,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub status: ProjectStatus,
    pub default_lang: LangTag,
    pub languages: Vec<LangTag>,
    #[serde(default)]
    pub links: Vec<Link>,
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub events: Vec<Event>,
}

impl Event {
    /// Number of calendar days the event spans (8–12 November is 5).
    pub fn days(&self) -> i64 {
        (self.end_date - self.start_date).num_days() + 1
    }

    pub fn item(&self, slug: &str) -> Option<&ProgrammeItem> {
        self.items.iter().find(|i| i.slug.as_str() == slug)
    }

    /// Checks the event on its own: dates, texts, and each item's times (which must exist
    /// in the event's zone). Cross-references to venues are checked by the bundle.
    pub fn validate(&self) -> ValidationErrors {
        let mut errs = ValidationErrors::default();
        text(&mut errs, "title", &self.title, true, TITLE_MAX);
        text(&mut errs, "description", &self.description, false, TEXT_MAX);
        text(&mut errs, "evaluation", &self.evaluation, false, TEXT_MAX);
        let mut dates_sane = true;
        for (field, d) in [("start_date", self.start_date), ("end_date", self.end_date)] {
            if let Err(e) = check_date(field, d) {
                errs.push(e);
                dates_sane = false;
            }
        }
        if self.end_date < self.start_date {
            errs.push(ValidationError::new("end_date", "event.ends_before_start", "the event ends before it starts"));
        } else if dates_sane && self.days() > EVENT_DAYS_MAX {
            errs.push(ValidationError::new(
                "end_date",
                "event.too_long",
                format!("a meeting lasts at most {EVENT_DAYS_MAX} days"),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for (i, item) in self.items.iter().enumerate() {
            let at = format!("items[{i}]");
            if !seen.insert(&item.slug) {
                errs.push(
                    ValidationError::new("slug", "item.slug_taken", "another item of this event has this slug").at(&at),
                );
            }
            let mut item_errs = item.validate(self.time_zone);
            if dates_sane
                && item_errs.is_empty()
                && let Err(e) = item.check_within(self)
            {
                item_errs.push(e);
            }
            for e in item_errs.0 {
                errs.push(e.at(&at));
            }
        }
        errs
    }

    /// The first and last day an item of this event may touch.
    pub fn item_days(&self) -> (NaiveDate, NaiveDate) {
        let around = chrono::Duration::days(ITEM_DAYS_AROUND_EVENT);
        (self.start_date - around, self.end_date + around)
    }
}

impl ProgrammeItem {
    pub fn validate(&self, zone: TimeZone) -> ValidationErrors {
        let mut errs = ValidationErrors::default();
        text(&mut errs, "title", &self.title, true, TITLE_MAX);
        text(&mut errs, "description", &self.description, false, TEXT_MAX);
        text(&mut errs, "hosts", &self.hosts, false, TITLE_MAX);
        if self.ends_at <= self.starts_at {
            errs.push(ValidationError::new("ends_at", "item.ends_before_start", "the item must end after it starts"));
        }
        for (field, t) in [("starts_at", self.starts_at), ("ends_at", self.ends_at)] {
            if let Err(e) = check_date(field, t.date()) {
                errs.push(e);
            } else if let Err(e) = crate::time::to_utc(zone, t) {
                errs.push(e.at(field));
            }
        }
        if self.capacity == Some(0) {
            errs.push(ValidationError::new(
                "capacity",
                "item.capacity_zero",
                "a capacity is at least 1; leave it empty for no limit",
            ));
        }
        errs
    }
}

impl ProgrammeItem {
    /// Refuses an item that lies outside its event's days (a day either side allowed, see
    /// [`ITEM_DAYS_AROUND_EVENT`]), naming the time that does.
    pub fn check_within(&self, ev: &Event) -> Result<(), ValidationError> {
        let (first, last) = ev.item_days();
        for (field, t) in [("starts_at", self.starts_at), ("ends_at", self.ends_at)] {
            if t.date() < first || t.date() > last {
                return Err(ValidationError::new(
                    field,
                    "item.outside_event",
                    format!("{t} is outside the meeting's days ({first} to {last}, arrivals and departures included)"),
                ));
            }
        }
        Ok(())
    }
}

/// Validates one translatable field, recording any error under `field`.
pub(crate) fn text(errs: &mut ValidationErrors, field: &str, t: &Translated, required: bool, max: usize) {
    if let Err(e) = t.validate(required, max) {
        errs.push(e.at(field));
    }
}
