//! A person at a meeting as organisers and partner coordinators record them (DESIGN.md §3,
//! issue 6). Only the name, the town or organisation and the country are required; the rest
//! is what hosts need to plan travel, rooms, meals and access. Every field is read from text
//! — a form or a spreadsheet row — under the same names, so errors name the same fields.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::account::EmailAddress;
use crate::error::{ValidationError, ValidationErrors};
use crate::model::{ParticipantRole, TravelBy};
use crate::types::{CountryCode, LangTag, check_text};

/// The fields, in the order of forms, spreadsheets and exports.
pub const FIELDS: &[&str] = &[
    "name",
    "email",
    "town",
    "country",
    "role",
    "arrival_place",
    "arrival_time",
    "arrival_by",
    "departure_place",
    "departure_time",
    "departure_by",
    "accommodation",
    "dietary",
    "access_needs",
    "languages",
    "photo_consent",
    "minor",
    "guardian_name",
    "guardian_consent",
];

/// Whether a person may appear in the project's photos. Photographers treat "not asked" as no.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhotoConsent {
    Yes,
    No,
    #[default]
    NotAsked,
}

impl PhotoConsent {
    pub const ALL: [PhotoConsent; 3] = [PhotoConsent::Yes, PhotoConsent::No, PhotoConsent::NotAsked];

    pub fn as_str(self) -> &'static str {
        match self {
            PhotoConsent::Yes => "yes",
            PhotoConsent::No => "no",
            PhotoConsent::NotAsked => "not_asked",
        }
    }

    /// Reads the stored value, or an answer as a form or spreadsheet gives it (empty: not asked).
    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim() {
            "" | "not_asked" | "-" | "?" => Some(PhotoConsent::NotAsked),
            other => yes_no(other).map(|y| if y { PhotoConsent::Yes } else { PhotoConsent::No }),
        }
    }
}

/// Arriving or leaving.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Travel {
    pub place: String,
    /// Wall-clock time in the meeting's zone.
    pub at: Option<NaiveDateTime>,
    pub by: Option<TravelBy>,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub email: Option<EmailAddress>,
    /// The town or organisation, as the person gives it.
    pub town: String,
    pub country: CountryCode,
    pub role: ParticipantRole,
    pub arrival: Travel,
    pub departure: Travel,
    pub accommodation: String,
    pub dietary: String,
    pub access_needs: String,
    pub languages: Vec<LangTag>,
    /// May appear in the project's photos.
    pub photo_consent: PhotoConsent,
    /// Under age: takes part only with a parent's or guardian's consent.
    #[serde(default)]
    pub minor: bool,
    /// The parent or guardian who consented, for a minor.
    #[serde(default)]
    pub guardian_name: String,
    #[serde(default)]
    pub guardian_consent: bool,
}

/// Never print personal fields.
impl std::fmt::Debug for Person {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Person({}, {})", self.country.as_str(), self.role.as_str())
    }
}

/// Reads yes/no as people write it in a spreadsheet or a form.
pub fn yes_no(raw: &str) -> Option<bool> {
    match raw.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" | "nē" | "ne" | "nie" | "nein" | "nej" | "не" => Some(false),
        "yes" | "y" | "true" | "1" | "x" | "on" | "jā" | "ja" | "taip" | "tak" | "да" | "sì" | "si" => Some(true),
        _ => None,
    }
}

/// A minor takes part only with a named parent's or guardian's consent: the problems, under
/// the fields `guardian_name` and `guardian_consent`.
pub fn check_guardian(minor: bool, guardian_name: &str, guardian_consent: bool) -> Vec<ValidationError> {
    let mut errs = Vec::new();
    if minor && guardian_name.trim().is_empty() {
        errs.push(ValidationError::new(
            "guardian_name",
            "participant.guardian_required",
            "a minor's parent or guardian",
        ));
    }
    if minor && !guardian_consent {
        errs.push(ValidationError::new(
            "guardian_consent",
            "participant.guardian_consent_required",
            "a minor needs a parent's or guardian's consent",
        ));
    }
    errs
}

fn travel_time(raw: &str) -> Option<NaiveDateTime> {
    let raw = raw.trim();
    ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok())
}

impl Person {
    /// Builds a person from named text fields (`get("name")`, …); every problem is reported
    /// under its field's name.
    pub fn parse(get: impl Fn(&str) -> String) -> Result<Self, ValidationErrors> {
        let mut errs = ValidationErrors::default();
        let mut text = |field: &str, max: usize, required: bool| -> String {
            let v = get(field).trim().replace("\r\n", "\n");
            if required && v.is_empty() {
                errs.push(ValidationError::new(field, format_key(field, "required"), "this is needed"));
            } else if v.chars().count() > max {
                errs.push(ValidationError::new(field, "text.too_long", format!("at most {max} characters")));
            } else if let Err(e) = check_text(&v) {
                errs.push(e.at(field));
            }
            v
        };
        let name = text("name", 120, true);
        let town = text("town", 120, true);
        let arrival_place = text("arrival_place", 200, false);
        let departure_place = text("departure_place", 200, false);
        let accommodation = text("accommodation", 500, false);
        let dietary = text("dietary", 500, false);
        let access_needs = text("access_needs", 500, false);
        let guardian_name = text("guardian_name", 120, false);
        let email = match get("email").trim() {
            "" => None,
            e => EmailAddress::parse(e)
                .map_err(|_| errs.push(ValidationError::new("email", "email.invalid", "not an e-mail address")))
                .ok(),
        };
        let country = CountryCode::parse(get("country").trim())
            .map_err(|_| errs.push(ValidationError::new("country", "country.invalid", "a two-letter code such as RS")))
            .ok();
        let role = match get("role").trim() {
            "" => Some(ParticipantRole::Delegate),
            r => ParticipantRole::parse(&r.to_lowercase()).or_else(|| {
                errs.push(ValidationError::new(
                    "role",
                    "participant.role_invalid",
                    "delegate, speaker, staff, press or resident",
                ));
                None
            }),
        };
        let mut travel = |place: String, time: &str, by: &str| {
            let at = match get(time).trim() {
                "" => None,
                t => travel_time(t).or_else(|| {
                    errs.push(ValidationError::new(time, "time.invalid", "a date and time such as 2018-11-08T10:00"));
                    None
                }),
            };
            let mode = match get(by).trim() {
                "" => None,
                m => TravelBy::parse(&m.to_lowercase()).or_else(|| {
                    errs.push(ValidationError::new(
                        by,
                        "travel.invalid",
                        "plane, train, bus, coach, car, ship or other",
                    ));
                    None
                }),
            };
            Travel { place, at, by: mode }
        };
        let arrival = travel(arrival_place, "arrival_time", "arrival_by");
        let departure = travel(departure_place, "departure_time", "departure_by");
        if let (Some(a), Some(d)) = (arrival.at, departure.at)
            && d < a
        {
            errs.push(ValidationError::new(
                "departure_time",
                "travel.leaves_before_arriving",
                "departure before arrival",
            ));
        }
        let mut languages = Vec::new();
        for part in get("languages").split([',', ' ', ';']).filter(|s| !s.trim().is_empty()) {
            match LangTag::parse(part.trim()) {
                Ok(l) if !languages.contains(&l) => languages.push(l),
                Ok(_) => {}
                Err(_) => {
                    errs.push(ValidationError::new("languages", "lang.invalid", "language codes such as lv, en"));
                    break;
                }
            }
        }
        let photo_consent = PhotoConsent::parse(&get("photo_consent")).unwrap_or_else(|| {
            errs.push(ValidationError::new("photo_consent", "photo_consent.invalid", "yes, no or not_asked"));
            PhotoConsent::NotAsked
        });
        let mut flag = |field: &str| {
            yes_no(&get(field)).unwrap_or_else(|| {
                errs.push(ValidationError::new(field, "yes_no.invalid", "yes or no"));
                false
            })
        };
        let minor = flag("minor");
        let guardian_consent = flag("guardian_consent");
        for e in check_guardian(minor, &guardian_name, guardian_consent) {
            errs.push(e);
        }
        let (Some(country), Some(role)) = (country, role) else { return Err(errs) };
        errs.into_result(Person {
            name,
            email,
            town,
            country,
            role,
            arrival,
            departure,
            accommodation,
            dietary,
            access_needs,
            languages,
            photo_consent,
            // A guardian is only recorded for a minor.
            guardian_name: if minor { guardian_name } else { String::new() },
            guardian_consent: minor && guardian_consent,
            minor,
        })
    }

    /// The fields as text, under the names [`Person::parse`] reads (a round trip).
    pub fn field(&self, name: &str) -> String {
        let time = |t: &Option<NaiveDateTime>| t.map(|t| t.format("%Y-%m-%dT%H:%M").to_string()).unwrap_or_default();
        let by = |b: &Option<TravelBy>| b.map(|b| b.as_str().to_owned()).unwrap_or_default();
        match name {
            "name" => self.name.clone(),
            "email" => self.email.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default(),
            "town" => self.town.clone(),
            "country" => self.country.as_str().to_owned(),
            "role" => self.role.as_str().to_owned(),
            "arrival_place" => self.arrival.place.clone(),
            "arrival_time" => time(&self.arrival.at),
            "arrival_by" => by(&self.arrival.by),
            "departure_place" => self.departure.place.clone(),
            "departure_time" => time(&self.departure.at),
            "departure_by" => by(&self.departure.by),
            "accommodation" => self.accommodation.clone(),
            "dietary" => self.dietary.clone(),
            "access_needs" => self.access_needs.clone(),
            "languages" => self.languages.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", "),
            "photo_consent" => self.photo_consent.as_str().to_owned(),
            "minor" => if self.minor { "yes" } else { "no" }.to_owned(),
            "guardian_name" => self.guardian_name.clone(),
            "guardian_consent" => if self.guardian_consent { "yes" } else { "no" }.to_owned(),
            _ => String::new(),
        }
    }
}

fn format_key(field: &str, what: &str) -> &'static str {
    match (field, what) {
        ("name", _) => "name.invalid",
        ("town", _) => "participant.town_required",
        _ => "text.required",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> String + 'a {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string()).unwrap_or_default()
    }

    #[test]
    fn only_name_town_and_country_are_needed() {
        let p = Person::parse(get(&[("name", " Milica Jovanović "), ("town", "Raška"), ("country", "rs")])).unwrap();
        assert_eq!(
            (p.name.as_str(), p.country.as_str(), p.role),
            ("Milica Jovanović", "RS", ParticipantRole::Delegate)
        );
        assert!(p.photo_consent == PhotoConsent::NotAsked && !p.minor && p.email.is_none());
        for f in FIELDS {
            let again = Person::parse(|k| if k == *f { p.field(f) } else { p.field(k) }).unwrap();
            assert_eq!(again, p, "{f} round-trips");
        }
    }

    #[test]
    fn a_minor_comes_with_a_guardian_s_consent() {
        let base = [("name", "Ana"), ("town", "Raška"), ("country", "RS"), ("photo_consent", "no")];
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut all = base.to_vec();
            all.extend_from_slice(extra);
            Person::parse(get(&all))
        };
        let p = with(&[("minor", "yes"), ("guardian_name", "Jelena Petrović"), ("guardian_consent", "yes")]).unwrap();
        assert!(p.minor && p.guardian_consent && p.guardian_name == "Jelena Petrović");
        assert_eq!(p.photo_consent, PhotoConsent::No);
        let e = with(&[("minor", "yes"), ("guardian_name", "Jelena Petrović")]).unwrap_err();
        assert_eq!(e.0[0].key, "participant.guardian_consent_required");
        // An adult keeps no guardian's name.
        let adult = with(&[("guardian_name", "Jelena Petrović"), ("guardian_consent", "yes")]).unwrap();
        assert!(!adult.minor && adult.guardian_name.is_empty() && !adult.guardian_consent);
        assert_eq!(PhotoConsent::parse("not_asked"), Some(PhotoConsent::NotAsked));
        assert_eq!(PhotoConsent::parse("jā"), Some(PhotoConsent::Yes));
    }

    #[test]
    fn every_problem_names_its_field() {
        let e = Person::parse(get(&[
            ("name", ""),
            ("email", "milica at raska"),
            ("country", "Serbia"),
            ("role", "mayor"),
            ("arrival_time", "2018-11-08T10:00"),
            ("departure_time", "yesterday"),
            ("arrival_by", "horse"),
            ("photo_consent", "maybe"),
            ("minor", "yes"),
            ("languages", "sr, ?"),
        ]))
        .unwrap_err();
        let fields: Vec<_> = e.0.iter().map(|e| (e.field.as_str(), e.key)).collect();
        for want in [
            ("name", "name.invalid"),
            ("town", "participant.town_required"),
            ("email", "email.invalid"),
            ("country", "country.invalid"),
            ("role", "participant.role_invalid"),
            ("departure_time", "time.invalid"),
            ("arrival_by", "travel.invalid"),
            ("photo_consent", "photo_consent.invalid"),
            ("guardian_name", "participant.guardian_required"),
            ("guardian_consent", "participant.guardian_consent_required"),
            ("languages", "lang.invalid"),
        ] {
            assert!(fields.contains(&want), "{want:?} in {fields:?}");
        }
        let e = Person::parse(get(&[
            ("name", "A"),
            ("town", "B"),
            ("country", "LV"),
            ("arrival_time", "2018-11-08 10:00"),
            ("departure_time", "07.11.2018 09:00"),
        ]))
        .unwrap_err();
        assert_eq!(e.0[0].key, "travel.leaves_before_arriving");
    }
}
