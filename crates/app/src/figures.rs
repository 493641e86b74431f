//! The figures of a project: per meeting, how many people take part — in all, per country,
//! per delegation (partner town), per role and per day, invited or local, registered and
//! present — counted once from one aggregate query ([`Db::figure_rows`]). The eligibility
//! page, the API, the CLI, the publication page, the report, the press release and the
//! people page all show these numbers, and the funder's rules judge these very numbers
//! ([`assess`]), so no two places can count differently.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use twinning_domain::rules::{Basis, Eligibility, Invitation, Overrides, Ruleset, Turnout, call_year, evaluate};
use twinning_domain::{Bundle, CountryCode, Event, ParticipantRole, Slug};
use twinning_store::{Db, FigureRow};

use crate::AppError;

/// The figures of every meeting of a project, in the project's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub events: Vec<EventFigures>,
}

/// One meeting's figures. Who counts depends on [`Basis`]: everyone registered until the
/// meeting's last day is over, then only the people present on at least one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventFigures {
    pub event: Slug,
    pub basis: Basis,
    /// The people who count.
    pub total: i64,
    /// Of them, invited participants (see [`Invitation`]).
    pub invited: i64,
    /// Of them, everyone else: residents, the host country's own people, people of no partner.
    pub local: i64,
    /// Everyone registered, whatever the basis (anonymised people included).
    pub registered: i64,
    /// Everyone present on at least one day, whatever the basis.
    pub attended: i64,
    /// The people who count, by their own country.
    pub per_country: BTreeMap<CountryCode, i64>,
    /// The people who count, by the partner town that sent them (`None`: no delegation).
    pub per_delegation: BTreeMap<Option<Slug>, i64>,
    pub per_role: BTreeMap<ParticipantRole, i64>,
    /// The people present each day of the meeting (and on any other day someone was
    /// recorded present). Whoever is present counts on either basis.
    pub per_day: BTreeMap<NaiveDate, i64>,
    /// The same, by the people's own country.
    pub per_day_country: BTreeMap<NaiveDate, BTreeMap<CountryCode, i64>>,
}

impl EventFigures {
    fn empty(ev: &Event, today: NaiveDate) -> Self {
        Self {
            event: ev.slug.clone(),
            basis: Basis::on(ev, today),
            total: 0,
            invited: 0,
            local: 0,
            registered: 0,
            attended: 0,
            per_country: BTreeMap::new(),
            per_delegation: BTreeMap::new(),
            per_role: BTreeMap::new(),
            per_day: ev.start_date.iter_days().take_while(|d| *d <= ev.end_date).map(|d| (d, 0)).collect(),
            per_day_country: BTreeMap::new(),
        }
    }

    /// The meeting's people as the funder's rules read them.
    pub fn turnout(&self) -> Turnout {
        Turnout { event: self.event.clone(), basis: self.basis, participants: self.total, invited: self.invited }
    }
}

impl Figures {
    /// Counts the rows of [`Db::figure_rows`] for the meetings of `b`; `invitation` says who
    /// is invited, `today` which basis applies. Rows of meetings the project no longer has
    /// are left out.
    pub fn count(b: &Bundle, rows: &[FigureRow], invitation: Invitation, today: NaiveDate) -> Self {
        let events = b
            .project
            .events
            .iter()
            .map(|ev| {
                let host_country = b.town(&ev.host_town).map(|t| t.country);
                let mut f = EventFigures::empty(ev, today);
                for row in rows.iter().filter(|r| r.event == ev.slug) {
                    match row.day {
                        Some(day) => {
                            *f.per_day.entry(day).or_default() += row.people;
                            *f.per_day_country.entry(day).or_default().entry(row.country).or_default() += row.people;
                        }
                        None => {
                            f.registered += row.people;
                            f.attended += row.attended;
                            let n = match f.basis {
                                Basis::Registrations => row.people,
                                Basis::Attendance => row.attended,
                            };
                            if n == 0 {
                                continue;
                            }
                            f.total += n;
                            if invitation.invites(ev, host_country, row.delegation_country, row.role) {
                                f.invited += n;
                            } else {
                                f.local += n;
                            }
                            *f.per_country.entry(row.country).or_default() += n;
                            *f.per_delegation.entry(row.delegation.clone()).or_default() += n;
                            *f.per_role.entry(row.role).or_default() += n;
                        }
                    }
                }
                f
            })
            .collect();
        Figures { events }
    }

    pub fn event(&self, slug: &Slug) -> Option<&EventFigures> {
        self.events.iter().find(|e| &e.event == slug)
    }

    /// Every meeting's people as the funder's rules read them.
    pub fn turnout(&self) -> Vec<Turnout> {
        self.events.iter().map(EventFigures::turnout).collect()
    }
}

/// The ruleset the project follows (by its funding's `ruleset`), when this instance has it.
pub fn ruleset_of<'a>(b: &Bundle, rulesets: &'a [Ruleset]) -> Option<&'a Ruleset> {
    let id = b.project.funding.as_ref()?.ruleset.as_ref()?;
    rulesets.iter().find(|r| &r.id == id)
}

/// The ruleset and the organisers' overrides of it, which together say who is invited.
async fn call<'a>(db: &Db, b: &Bundle, rulesets: &'a [Ruleset]) -> Result<Option<(&'a Ruleset, Overrides)>, AppError> {
    match ruleset_of(b, rulesets) {
        Some(rs) => Ok(Some((rs, db.rule_overrides(b.project.slug.as_str()).await?))),
        None => Ok(None),
    }
}

async fn count_in(
    db: &Db,
    b: &Bundle,
    call: Option<(&Ruleset, &Overrides)>,
    delegation: Option<&Slug>,
    today: NaiveDate,
) -> Result<Figures, AppError> {
    let mut rows = db.figure_rows(b.project.slug.as_str()).await?;
    if let Some(d) = delegation {
        rows.retain(|r| r.delegation.as_ref() == Some(d));
    }
    let invitation = Invitation::new(call.map(|(rs, o)| (rs, call_year(&b.project, o))));
    Ok(Figures::count(b, &rows, invitation, today))
}

/// The figures of every meeting of the project `b`, as of `today`. `rulesets` are those the
/// instance knows: the project's own decides which partner countries take part.
pub async fn of_project(db: &Db, b: &Bundle, rulesets: &[Ruleset], today: NaiveDate) -> Result<Figures, AppError> {
    let call = call(db, b, rulesets).await?;
    count_in(db, b, call.as_ref().map(|(rs, o)| (*rs, o)), None, today).await
}

/// The same figures, counting only the people one partner town sent (what its coordinator sees).
pub async fn of_delegation(
    db: &Db,
    b: &Bundle,
    rulesets: &[Ruleset],
    delegation: &Slug,
    today: NaiveDate,
) -> Result<Figures, AppError> {
    let call = call(db, b, rulesets).await?;
    count_in(db, b, call.as_ref().map(|(rs, o)| (*rs, o)), Some(delegation), today).await
}

/// The project against its funder's rules, with the figures they judged.
#[derive(Debug, Clone)]
pub struct Assessment<'a> {
    pub ruleset: &'a Ruleset,
    pub overrides: Overrides,
    pub eligibility: Eligibility,
    pub figures: Figures,
}

/// Checks the project `b` against its ruleset as of `today`; `None` when it names none, or
/// one this instance does not have.
pub async fn assess<'a>(
    db: &Db,
    rulesets: &'a [Ruleset],
    b: &Bundle,
    today: NaiveDate,
) -> Result<Option<Assessment<'a>>, AppError> {
    let Some((rs, overrides)) = call(db, b, rulesets).await? else { return Ok(None) };
    let figures = count_in(db, b, Some((rs, &overrides)), None, today).await?;
    let eligibility = evaluate(rs, b, &figures.turnout(), &overrides);
    Ok(Some(Assessment { ruleset: rs, overrides, eligibility, figures }))
}

#[cfg(test)]
mod tests {
    use twinning_domain::rules::built_in;

    use super::*;

    const DEMO: &str = include_str!("../../../demo/ttchan-daugavpils-2018.json");

    fn demo() -> Bundle {
        Bundle::from_json(DEMO).unwrap()
    }

    fn efc() -> Ruleset {
        built_in().into_iter().find(|r| r.id.as_str() == "efc-2014-2020-town-twinning").unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn slug(s: &str) -> Slug {
        Slug::parse(s).unwrap()
    }

    fn cc(s: &str) -> CountryCode {
        CountryCode::parse(s).unwrap()
    }

    /// A group of the demo meeting: `people` registered, `attended` of them present.
    fn group(
        delegation: Option<(&str, &str)>,
        country: &str,
        role: ParticipantRole,
        people: i64,
        attended: i64,
    ) -> FigureRow {
        FigureRow {
            event: slug("daugavpils-2018"),
            delegation: delegation.map(|(t, _)| slug(t)),
            delegation_country: delegation.map(|(_, c)| cc(c)),
            country: cc(country),
            role,
            day: None,
            people,
            attended,
        }
    }

    fn present(of: &FigureRow, on: &str, people: i64) -> FigureRow {
        FigureRow { day: Some(day(on)), people, attended: people, ..of.clone() }
    }

    const BEFORE: &str = "2018-11-01";
    const AFTER: &str = "2018-11-13";

    #[test]
    fn after_the_meeting_attendance_counts() {
        let (rs, b) = (efc(), demo());
        let lt = group(Some(("panevezys", "LT")), "LT", ParticipantRole::Delegate, 30, 20);
        let rows = [lt.clone(), present(&lt, "2018-11-09", 20), present(&lt, "2018-11-10", 12)];
        let call = Invitation::new(Some((&rs, 2018)));
        let before = Figures::count(&b, &rows, call, day(BEFORE));
        let after = Figures::count(&b, &rows, call, day(AFTER));
        let (x, y) = (&before.events[0], &after.events[0]);
        assert_eq!((x.basis, x.total, x.invited), (Basis::Registrations, 30, 30));
        assert_eq!((y.basis, y.total, y.invited), (Basis::Attendance, 20, 20));
        assert_eq!((x.registered, x.attended), (30, 20), "both bases are always told");
        assert_eq!((y.registered, y.attended), (30, 20));
        // The rules judge the same numbers.
        let e = evaluate(&rs, &b, &before.turnout(), &Overrides::default());
        assert_eq!((e.events[0].basis, e.invited_participants), (Basis::Registrations, 30));
        let e = evaluate(&rs, &b, &after.turnout(), &Overrides::default());
        assert_eq!((e.events[0].basis, e.invited_participants, e.participants), (Basis::Attendance, 20, 20));
    }

    #[test]
    fn the_delegation_decides_who_is_invited_not_the_persons_own_country() {
        let (rs, b) = (efc(), demo());
        let rows = [
            // Sent by Panevėžys, though Latvian: invited.
            group(Some(("panevezys", "LT")), "LV", ParticipantRole::Delegate, 2, 2),
            // Lithuanians in the host's own delegation, and a second Latvian town's: not invited.
            group(Some(("daugavpils", "LV")), "LT", ParticipantRole::Staff, 3, 3),
            group(Some(("riga", "LV")), "LV", ParticipantRole::Delegate, 4, 4),
            // A Serbian resident: never invited; Serbs sent by Raška are.
            group(None, "RS", ParticipantRole::Resident, 1, 1),
            group(Some(("raska", "RS")), "RS", ParticipantRole::Resident, 1, 1),
            group(Some(("raska", "RS")), "RS", ParticipantRole::Press, 5, 5),
            // Norway takes no part in the call.
            group(Some(("bergen", "NO")), "NO", ParticipantRole::Delegate, 6, 6),
        ];
        let f = Figures::count(&b, &rows, Invitation::new(Some((&rs, 2018))), day(BEFORE));
        let e = &f.events[0];
        assert_eq!((e.total, e.invited, e.local), (22, 7, 15));
        assert_eq!(e.per_country, [(cc("LT"), 3), (cc("LV"), 6), (cc("NO"), 6), (cc("RS"), 7)].into());
        assert_eq!(e.per_delegation[&Some(slug("raska"))], 6);
        assert_eq!(e.per_delegation[&None], 1);
        assert_eq!(e.per_role[&ParticipantRole::Resident], 2);
        assert_eq!(e.per_role[&ParticipantRole::Delegate], 12);
        // Without a ruleset every partner country abroad counts.
        let f = Figures::count(&b, &rows, Invitation::new(None), day(BEFORE));
        assert_eq!(f.events[0].invited, 13);
    }

    #[test]
    fn each_day_counts_the_people_present() {
        let (rs, b) = (efc(), demo());
        let lt = group(Some(("panevezys", "LT")), "LT", ParticipantRole::Delegate, 10, 8);
        let rs_ = group(Some(("raska", "RS")), "RS", ParticipantRole::Delegate, 5, 0);
        let lv = group(None, "LV", ParticipantRole::Resident, 3, 3);
        let rows = [
            lt.clone(),
            rs_,
            lv.clone(),
            present(&lt, "2018-11-09", 8),
            present(&lt, "2018-11-10", 2),
            present(&lv, "2018-11-10", 3),
        ];
        let f = Figures::count(&b, &rows, Invitation::new(Some((&rs, 2018))), day(AFTER));
        let e = &f.events[0];
        assert_eq!(e.per_day.len(), 5, "every day of the meeting, present or not");
        assert_eq!(
            e.per_day.values().copied().collect::<Vec<_>>(),
            [0, 8, 5, 0, 0],
            "8–12 November: nobody checked in on the first day"
        );
        assert_eq!(e.per_day_country[&day("2018-11-10")], [(cc("LT"), 2), (cc("LV"), 3)].into());
        assert_eq!((e.total, e.invited, e.local, e.registered, e.attended), (11, 8, 3, 18, 11));
        assert!(!e.per_country.contains_key(&cc("RS")), "Raška's people were never there");
    }

    #[test]
    fn every_meeting_has_figures_and_others_are_left_out() {
        let b = demo();
        let stray = FigureRow {
            event: slug("removed-2017"),
            ..group(Some(("panevezys", "LT")), "LT", ParticipantRole::Delegate, 9, 9)
        };
        let f = Figures::count(&b, &[stray], Invitation::new(None), day(BEFORE));
        assert_eq!(f.events.len(), b.project.events.len());
        let e = f.event(&slug("daugavpils-2018")).unwrap();
        assert_eq!((e.total, e.registered, e.basis), (0, 0, Basis::Registrations));
        assert_eq!(f.turnout()[0], Turnout { event: e.event.clone(), basis: e.basis, participants: 0, invited: 0 });
    }
}
