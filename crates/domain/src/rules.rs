//! The funder's rules as data (DESIGN.md §8, issue 7). A ruleset is a versioned JSON file —
//! shipped in the binary, or loaded from a file — that names each rule, its value, its source
//! and whether that value has been checked against the source; the countries taking part per
//! call year; EU membership by date; and how the grant is reached. [`evaluate`] checks a
//! project's own data against it and shows the numbers behind every answer.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::bundle::Bundle;
use crate::error::ValidationError;
use crate::model::{Event, ParticipantRole, Project};
use crate::types::{CountryCode, Slug, Translated};

pub const FORMAT: &str = "twinning-ruleset/1";

/// The rulesets shipped in the binary.
pub const BUILT_IN: &[&str] = &[
    include_str!("../rulesets/efc-2014-2020-town-twinning.json"),
    include_str!("../rulesets/efc-2014-2020-networks-of-towns.json"),
    include_str!("../rulesets/cerv-2023-town-twinning.json"),
    include_str!("../rulesets/cerv-2024-town-twinning.json"),
    include_str!("../rulesets/cerv-2025-town-twinning.json"),
    include_str!("../rulesets/cerv-2026-town-twinning.json"),
    include_str!("../rulesets/cerv-2022-networks-of-towns.json"),
    include_str!("../rulesets/cerv-2025-networks-of-towns.json"),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub country: CountryCode,
    pub from: NaiveDate,
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

/// Countries besides the EU Member States that took part in one call year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallCountries {
    pub call_year: i32,
    pub others: Vec<CountryCode>,
    pub source: String,
    pub verified: bool,
}

/// What a rule checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    MinPartnerCountries,
    MinPartnerTowns,
    MinEuMemberCountries,
    PartnerCountriesEligible,
    HostCountryEligible,
    MinInvitedParticipants,
    MinParticipantsPerEvent,
    MaxEventDays,
    MinEvents,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub kind: RuleKind,
    /// The threshold, for rules that have one.
    #[serde(default)]
    pub value: Option<i64>,
    pub text: Translated,
    pub source: String,
    pub verified: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub from: i64,
    /// Inclusive; `None` for the top band.
    #[serde(default)]
    pub to: Option<i64>,
    pub amount: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum GrantRule {
    /// A lump sum set by the number of invited participants.
    Bands { currency: String, basis: String, max: i64, source: String, verified: bool, bands: Vec<Band> },
    /// The call's own calculator gives the amount; the organiser enters its result.
    Calculator {
        currency: String,
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
        source: String,
        verified: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ruleset {
    pub format: String,
    pub id: Slug,
    pub version: String,
    pub name: Translated,
    pub programme: Translated,
    pub measure: Translated,
    pub sources: Vec<Source>,
    pub eu_membership: Vec<Membership>,
    pub eligible_countries: Vec<CallCountries>,
    pub rules: Vec<Rule>,
    pub grant: GrantRule,
}

impl Ruleset {
    /// Reads and checks a ruleset file: every rule and the grant name a known source, rule
    /// ids are unique, thresholds are there where a rule needs one.
    pub fn from_json(text: &str) -> Result<Self, ValidationError> {
        let r: Ruleset = serde_json::from_str(text)
            .map_err(|e| ValidationError::new("ruleset", "ruleset.invalid", e.to_string()))?;
        if r.format != FORMAT {
            return Err(ValidationError::new("format", "ruleset.format", format!("expected {FORMAT:?}")));
        }
        let sources: BTreeSet<&str> = r.sources.iter().map(|s| s.id.as_str()).collect();
        let mut ids = BTreeSet::new();
        for rule in &r.rules {
            if !ids.insert(rule.id.as_str()) {
                return Err(ValidationError::new("rules", "ruleset.duplicate_rule", format!("{} twice", rule.id)));
            }
            if !sources.contains(rule.source.as_str()) {
                return Err(ValidationError::new(
                    "rules",
                    "ruleset.unknown_source",
                    format!("{}: {}", rule.id, rule.source),
                ));
            }
            let needs_value = !matches!(rule.kind, RuleKind::PartnerCountriesEligible | RuleKind::HostCountryEligible);
            if needs_value && rule.value.is_none() {
                return Err(ValidationError::new("rules", "ruleset.missing_value", rule.id.clone()));
            }
        }
        let grant_source = match &r.grant {
            GrantRule::Bands { source, bands, .. } => {
                if bands.windows(2).any(|w| w[0].to.is_none_or(|to| to + 1 != w[1].from)) {
                    return Err(ValidationError::new(
                        "grant",
                        "ruleset.bands",
                        "bands must follow each other without gaps",
                    ));
                }
                source
            }
            GrantRule::Calculator { source, .. } => source,
        };
        if !sources.contains(grant_source.as_str()) {
            return Err(ValidationError::new("grant", "ruleset.unknown_source", grant_source.clone()));
        }
        Ok(r)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn eu_member(&self, country: CountryCode, on: NaiveDate) -> bool {
        self.eu_membership.iter().any(|m| m.country == country && m.from <= on && m.until.is_none_or(|u| on <= u))
    }

    /// Whether a country takes part in the call year (an EU Member State on `on`, or listed
    /// for the year — the latest year listed when the call year is later).
    pub fn eligible(&self, country: CountryCode, call_year: i32, on: NaiveDate) -> bool {
        if self.eu_member(country, on) {
            return true;
        }
        let listed = self
            .eligible_countries
            .iter()
            .filter(|c| c.call_year <= call_year)
            .max_by_key(|c| c.call_year)
            .or_else(|| self.eligible_countries.iter().min_by_key(|c| c.call_year));
        listed.is_some_and(|c| c.others.contains(&country))
    }

    /// Whether the list of countries for the call year has been checked against its source.
    pub fn countries_verified(&self, call_year: i32) -> bool {
        self.eligible_countries
            .iter()
            .filter(|c| c.call_year <= call_year)
            .max_by_key(|c| c.call_year)
            .is_some_and(|c| c.verified)
    }
}

/// Every ruleset shipped in the binary.
pub fn built_in() -> Vec<Ruleset> {
    BUILT_IN.iter().map(|t| Ruleset::from_json(t).expect("the shipped rulesets are valid")).collect()
}

/// What an organiser changed: a rule's threshold, the grant (e.g. the official calculator's
/// result), the call year. Shown as overridden wherever it is used.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overrides {
    #[serde(default)]
    pub call_year: Option<i32>,
    #[serde(default)]
    pub grant_eur: Option<i64>,
    #[serde(default)]
    pub rules: BTreeMap<String, i64>,
}

/// Whether people were counted as registered (before a meeting ends) or as present (after).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Registrations,
    Attendance,
}

impl Basis {
    /// Registrations count until the meeting's last day; once it is over, only the people
    /// present on at least one day do.
    pub fn on(event: &Event, today: NaiveDate) -> Basis {
        if event.end_date < today { Basis::Attendance } else { Basis::Registrations }
    }
}

/// The call year whose rules apply: the organisers' choice, else the year the project starts.
pub fn call_year(project: &Project, overrides: &Overrides) -> i32 {
    overrides.call_year.unwrap_or_else(|| chrono::Datelike::year(&project.period_start))
}

/// Who counts as an invited participant (DESIGN.md §8): someone sent by a partner town of
/// another country than the meeting's host — a country taking part in the call, when the
/// project follows a ruleset — and never a resident, whatever their own country.
#[derive(Debug, Clone, Copy, Default)]
pub struct Invitation<'a> {
    /// The ruleset and call year that say which countries take part; `None` when the project
    /// follows none, and every partner country counts.
    pub call: Option<(&'a Ruleset, i32)>,
}

impl<'a> Invitation<'a> {
    pub fn new(call: Option<(&'a Ruleset, i32)>) -> Self {
        Self { call }
    }

    /// Whether a person of `role`, sent by a town of `delegation_country` (`None` for people
    /// of no delegation), counts as invited to `event`, hosted in `host_country`.
    pub fn invites(
        &self,
        event: &Event,
        host_country: Option<CountryCode>,
        delegation_country: Option<CountryCode>,
        role: ParticipantRole,
    ) -> bool {
        role != ParticipantRole::Resident
            && delegation_country.is_some_and(|c| {
                Some(c) != host_country && self.call.is_none_or(|(rs, year)| rs.eligible(c, year, event.start_date))
            })
    }
}

/// One meeting's people as the rules read them: how many count (see [`Basis`]) and how many
/// of those are invited participants (see [`Invitation`]). The application's figures give
/// one per meeting, so that the rules judge the numbers every page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turnout {
    pub event: Slug,
    pub basis: Basis,
    pub participants: i64,
    pub invited: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventCount {
    pub event: String,
    pub basis: Basis,
    pub participants: i64,
    pub invited_participants: i64,
    pub days: i64,
    pub host_country: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleResult {
    pub id: String,
    pub kind: RuleKind,
    pub passed: bool,
    /// The threshold applied (after any override).
    pub required: Option<i64>,
    /// The project's own number behind the answer (the lowest over meetings where it applies).
    pub actual: Option<i64>,
    /// What did not pass, e.g. the countries that are not eligible.
    pub detail: Vec<String>,
    pub overridden: bool,
    pub source: String,
    pub verified: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextBand {
    pub more_invited_participants: i64,
    pub amount: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grant {
    /// The amount reached, when it can be told.
    pub amount: Option<i64>,
    pub currency: String,
    pub band: Option<Band>,
    pub next: Option<NextBand>,
    pub overridden: bool,
    pub verified: bool,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Eligibility {
    pub ruleset: String,
    pub ruleset_version: String,
    pub call_year: i32,
    pub eligible: bool,
    pub invited_participants: i64,
    pub participants: i64,
    pub events: Vec<EventCount>,
    pub rules: Vec<RuleResult>,
    pub grant: Grant,
}

/// Checks the project against the ruleset. `turnout` gives, per meeting, the people counted
/// and the invited participants among them (a meeting without one counts nobody).
pub fn evaluate(rs: &Ruleset, b: &Bundle, turnout: &[Turnout], overrides: &Overrides) -> Eligibility {
    let p = &b.project;
    let call_year = call_year(p, overrides);
    let on = p.events.iter().map(|e| e.start_date).min().unwrap_or(p.period_start);
    let country_of = |town: &Slug| b.town(town).map(|t| t.country);
    let partner_countries: BTreeSet<CountryCode> = p.partners.iter().filter_map(|x| country_of(&x.town)).collect();

    let events: Vec<EventCount> = p
        .events
        .iter()
        .map(|e| {
            let t = turnout.iter().find(|t| t.event == e.slug);
            EventCount {
                event: e.slug.to_string(),
                basis: t.map(|t| t.basis).unwrap_or(Basis::Registrations),
                participants: t.map(|t| t.participants).unwrap_or(0),
                invited_participants: t.map(|t| t.invited).unwrap_or(0),
                days: e.days(),
                host_country: country_of(&e.host_town).map(|c| c.as_str().to_owned()).unwrap_or_default(),
            }
        })
        .collect();
    let invited_total: i64 = events.iter().map(|e| e.invited_participants).sum();
    let participants_total: i64 = events.iter().map(|e| e.participants).sum();

    let rules: Vec<RuleResult> = rs
        .rules
        .iter()
        .map(|r| {
            let overridden = overrides.rules.contains_key(&r.id);
            let required = overrides.rules.get(&r.id).copied().or(r.value);
            let need = required.unwrap_or(0);
            let (passed, actual, detail) = match r.kind {
                RuleKind::MinPartnerCountries => {
                    let n = partner_countries.iter().filter(|c| rs.eligible(**c, call_year, on)).count() as i64;
                    (n >= need, Some(n), Vec::new())
                }
                RuleKind::MinPartnerTowns => {
                    let n = p.partners.len() as i64;
                    (n >= need, Some(n), Vec::new())
                }
                RuleKind::MinEuMemberCountries => {
                    let n = partner_countries.iter().filter(|c| rs.eu_member(**c, on)).count() as i64;
                    (n >= need, Some(n), Vec::new())
                }
                RuleKind::PartnerCountriesEligible => {
                    let not: Vec<String> = partner_countries
                        .iter()
                        .filter(|c| !rs.eligible(**c, call_year, on))
                        .map(|c| c.as_str().to_owned())
                        .collect();
                    (not.is_empty(), Some(partner_countries.len() as i64 - not.len() as i64), not)
                }
                RuleKind::HostCountryEligible => {
                    let not: Vec<String> = p
                        .events
                        .iter()
                        .filter(|e| !country_of(&e.host_town).is_some_and(|c| rs.eligible(c, call_year, e.start_date)))
                        .map(|e| e.slug.to_string())
                        .collect();
                    (not.is_empty() && !p.events.is_empty(), None, not)
                }
                RuleKind::MinInvitedParticipants => {
                    let low = events.iter().map(|e| e.invited_participants).min().unwrap_or(0);
                    let short: Vec<String> =
                        events.iter().filter(|e| e.invited_participants < need).map(|e| e.event.clone()).collect();
                    (!events.is_empty() && short.is_empty(), Some(low), short)
                }
                RuleKind::MinParticipantsPerEvent => {
                    let low = events.iter().map(|e| e.participants).min().unwrap_or(0);
                    let short: Vec<String> =
                        events.iter().filter(|e| e.participants < need).map(|e| e.event.clone()).collect();
                    (!events.is_empty() && short.is_empty(), Some(low), short)
                }
                RuleKind::MaxEventDays => {
                    let long = events.iter().map(|e| e.days).max().unwrap_or(0);
                    let over: Vec<String> = events.iter().filter(|e| e.days > need).map(|e| e.event.clone()).collect();
                    (over.is_empty(), Some(long), over)
                }
                RuleKind::MinEvents => {
                    let n = p.events.len() as i64;
                    (n >= need, Some(n), Vec::new())
                }
            };
            RuleResult {
                id: r.id.clone(),
                kind: r.kind,
                passed,
                required,
                actual,
                detail,
                overridden,
                source: r.source.clone(),
                verified: r.verified && !overridden,
            }
        })
        .collect();

    let grant = match &rs.grant {
        GrantRule::Bands { currency, max, source, verified, bands, .. } => {
            let band =
                bands.iter().find(|x| invited_total >= x.from && x.to.is_none_or(|to| invited_total <= to)).cloned();
            let next = bands
                .iter()
                .find(|x| x.from > invited_total)
                .map(|x| NextBand { more_invited_participants: x.from - invited_total, amount: x.amount });
            let amount = overrides.grant_eur.or(band.as_ref().map(|x| x.amount.min(*max)));
            Grant {
                amount,
                currency: currency.clone(),
                band,
                next,
                overridden: overrides.grant_eur.is_some(),
                verified: *verified && overrides.grant_eur.is_none(),
                source: source.clone(),
            }
        }
        GrantRule::Calculator { currency, source, verified, .. } => Grant {
            amount: overrides.grant_eur,
            currency: currency.clone(),
            band: None,
            next: None,
            overridden: overrides.grant_eur.is_some(),
            verified: *verified,
            source: source.clone(),
        },
    };
    let eligible = rules.iter().all(|r| r.passed);
    Eligibility {
        ruleset: rs.id.to_string(),
        ruleset_version: rs.version.clone(),
        call_year,
        eligible,
        invited_participants: invited_total,
        participants: participants_total,
        events,
        rules,
        grant: Grant { amount: if eligible { grant.amount } else { None }, ..grant },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../../../demo/ttchan-daugavpils-2018.json");

    fn efc() -> Ruleset {
        built_in().into_iter().find(|r| r.id.as_str() == "efc-2014-2020-town-twinning").unwrap()
    }

    fn demo() -> Bundle {
        Bundle::from_json(DEMO).unwrap()
    }

    /// The demo's meeting with `participants` people counted, `invited` of them invited.
    fn meeting(participants: i64, invited: i64) -> Vec<Turnout> {
        vec![Turnout {
            event: Slug::parse("daugavpils-2018").unwrap(),
            basis: Basis::Attendance,
            participants,
            invited,
        }]
    }

    fn country(c: &str) -> Option<CountryCode> {
        Some(CountryCode::parse(c).unwrap())
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn rule<'a>(e: &'a Eligibility, id: &str) -> &'a RuleResult {
        e.rules.iter().find(|r| r.id == id).unwrap()
    }

    #[test]
    fn every_shipped_ruleset_reads() {
        let all = built_in();
        assert_eq!(all.len(), BUILT_IN.len());
        let ids: BTreeSet<_> = all.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids.len(), all.len(), "unique ids");
        assert!(Ruleset::from_json("{}").is_err());
        let broken = BUILT_IN[0].replace("\"source\": \"efc-guide\"", "\"source\": \"nowhere\"");
        assert_eq!(Ruleset::from_json(&broken).unwrap_err().key, "ruleset.unknown_source");
    }

    #[test]
    fn exactly_25_invited_participants_pass_and_24_do_not() {
        let (rs, b) = (efc(), demo());
        let e = evaluate(&rs, &b, &meeting(25, 25), &Overrides::default());
        assert_eq!(e.invited_participants, 25);
        assert!(rule(&e, "invited_participants").passed);
        assert!(e.eligible);
        assert_eq!(e.grant.amount, Some(5000));
        let e = evaluate(&rs, &b, &meeting(24, 24), &Overrides::default());
        assert!(!rule(&e, "invited_participants").passed && !e.eligible);
        assert_eq!(rule(&e, "invited_participants").actual, Some(24));
        assert_eq!(e.grant.amount, None, "no grant for an ineligible project");
        assert_eq!(e.grant.next, Some(NextBand { more_invited_participants: 1, amount: 5000 }));
    }

    #[test]
    fn the_hosts_own_delegation_is_not_invited() {
        let (rs, b) = (efc(), demo());
        let ev = &b.project.events[0];
        let (lv, lt) = (country("LV"), country("LT"));
        let call = Invitation::new(Some((&rs, 2018)));
        assert!(call.invites(ev, lv, lt, ParticipantRole::Delegate));
        assert!(call.invites(ev, lv, lt, ParticipantRole::Staff), "whoever a partner sends");
        assert!(!call.invites(ev, lv, lv, ParticipantRole::Delegate), "the host's own delegation");
        assert!(!call.invites(ev, lv, None, ParticipantRole::Delegate), "sent by no partner");
        // Residents are never invited, whatever their country.
        assert!(!call.invites(ev, lv, lt, ParticipantRole::Resident));
        // Serbia takes part in the call; Norway does not, so only a project without a
        // ruleset counts Norwegians as invited.
        assert!(call.invites(ev, lv, country("RS"), ParticipantRole::Delegate));
        assert!(!call.invites(ev, lv, country("NO"), ParticipantRole::Delegate));
        assert!(Invitation::new(None).invites(ev, lv, country("NO"), ParticipantRole::Delegate));
        // The rules take the meeting's numbers as they are.
        let e = evaluate(&rs, &b, &meeting(40, 10), &Overrides::default());
        assert_eq!((e.participants, e.invited_participants), (40, 10));
        assert_eq!(e.events[0].host_country, "LV");
    }

    #[test]
    fn serbia_is_eligible_but_not_a_member_state() {
        let rs = efc();
        let rs_ = CountryCode::parse("RS").unwrap();
        assert!(rs.eligible(rs_, 2018, day("2018-11-08")));
        assert!(!rs.eu_member(rs_, day("2018-11-08")));
        // The United Kingdom was a Member State until 31 January 2020.
        let gb = CountryCode::parse("GB").unwrap();
        assert!(rs.eu_member(gb, day("2020-01-31")) && !rs.eu_member(gb, day("2020-02-01")));
        // A project of Raška and an Italian town passes; Raška with a town of a country that
        // takes no part (Norway) does not, and Serbia alone is not a Member State.
        let mut b = demo();
        b.project.partners.retain(|p| ["raska", "verona"].contains(&p.town.as_str()));
        b.project.partners[0].role = crate::model::PartnerRole::Lead;
        b.project.partners[1].role = crate::model::PartnerRole::Partner;
        let e = evaluate(&rs, &b, &[], &Overrides::default());
        assert!(
            rule(&e, "partner_countries").passed
                && rule(&e, "eu_member").passed
                && rule(&e, "countries_eligible").passed
        );
        b.towns.iter_mut().find(|t| t.slug.as_str() == "verona").unwrap().country = CountryCode::parse("NO").unwrap();
        let e = evaluate(&rs, &b, &[], &Overrides::default());
        assert!(!rule(&e, "countries_eligible").passed);
        assert_eq!(rule(&e, "countries_eligible").detail, ["NO"]);
        assert!(!rule(&e, "eu_member").passed, "Serbia is eligible, not a Member State");
    }

    #[test]
    fn twenty_one_days_pass_and_twenty_two_do_not() {
        let rs = efc();
        let mut b = demo();
        let ev = &mut b.project.events[0];
        ev.end_date = ev.start_date + chrono::Duration::days(20);
        b.project.period_end = b.project.period_end.max(b.project.events[0].end_date);
        let e = evaluate(&rs, &b, &[], &Overrides::default());
        assert_eq!(rule(&e, "duration").actual, Some(21));
        assert!(rule(&e, "duration").passed);
        b.project.events[0].end_date += chrono::Duration::days(1);
        let e = evaluate(&rs, &b, &[], &Overrides::default());
        assert!(!rule(&e, "duration").passed);
        assert_eq!(rule(&e, "duration").detail, ["daugavpils-2018"]);
    }

    #[test]
    fn bands_on_each_side_of_every_boundary() {
        let (rs, b) = (efc(), demo());
        for (n, amount, next) in [
            (30, 5000, Some((1, 10000))),
            (31, 10000, Some((25, 15000))),
            (55, 10000, Some((1, 15000))),
            (56, 15000, Some((25, 20000))),
            (80, 15000, Some((1, 20000))),
            (81, 20000, Some((25, 25000))),
            (105, 20000, Some((1, 25000))),
            (106, 25000, None),
            (400, 25000, None),
        ] {
            let e = evaluate(&rs, &b, &meeting(n, n), &Overrides::default());
            assert_eq!(e.grant.amount, Some(amount), "{n} invited");
            assert_eq!(e.grant.next.map(|x| (x.more_invited_participants, x.amount)), next, "{n} invited");
            assert!(!e.grant.verified, "the bands are not verified yet");
        }
    }

    /// Which people a basis counts is the figures' work (`twinning_app::figures`, where the
    /// same meeting is counted before and after); here, when each basis applies.
    #[test]
    fn after_the_meeting_attendance_counts() {
        let (rs, b) = (efc(), demo());
        let ev = &b.project.events[0];
        assert_eq!(Basis::on(ev, day("2018-11-01")), Basis::Registrations);
        assert_eq!(Basis::on(ev, day("2018-11-12")), Basis::Registrations, "its last day is not over yet");
        assert_eq!(Basis::on(ev, day("2018-11-13")), Basis::Attendance);
        let e = evaluate(&rs, &b, &meeting(20, 20), &Overrides::default());
        assert_eq!((e.events[0].basis, e.invited_participants), (Basis::Attendance, 20));
        let e = evaluate(&rs, &b, &[], &Overrides::default());
        assert_eq!((e.events[0].basis, e.participants), (Basis::Registrations, 0), "nobody yet");
    }

    #[test]
    fn overrides_are_shown_as_such() {
        let (rs, b) = (efc(), demo());
        let o = Overrides {
            grant_eur: Some(14_800),
            rules: [("invited_participants".to_owned(), 20)].into(),
            call_year: Some(2017),
        };
        let e = evaluate(&rs, &b, &meeting(22, 22), &o);
        let r = rule(&e, "invited_participants");
        assert!(r.passed && r.overridden && !r.verified && r.required == Some(20));
        assert_eq!((e.grant.amount, e.grant.overridden, e.call_year), (Some(14_800), true, 2017));
    }
}
