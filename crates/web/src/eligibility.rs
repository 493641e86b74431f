//! The figures of a project (`twinning_app::figures`) and its funder's rules, as the pages
//! and the API reach them: with the instance's rulesets and today's date, and worded the same
//! way wherever they are shown.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use twinning_app::AppError;
use twinning_app::figures::{self, Assessment, EventFigures, Figures};
use twinning_domain::rules::Basis;
use twinning_domain::{Bundle, CountryCode, Slug};

use crate::AppState;
use crate::i18n::Tr;

/// The date the figures are counted on (the app's clock): a meeting is over once its last
/// day has passed.
pub fn today(state: &AppState) -> NaiveDate {
    state.config.clock.today()
}

/// The figures of every meeting of the project `b`.
pub async fn figures(state: &AppState, b: &Bundle) -> Result<Figures, AppError> {
    figures::of_project(&state.db, b, &state.config.rulesets, today(state)).await
}

/// The figures of one meeting of the project `b`: of everyone, or of the people one partner
/// town sent (what its coordinator sees).
pub async fn event_figures(
    state: &AppState,
    b: &Bundle,
    event: &Slug,
    delegation: Option<&Slug>,
) -> Result<EventFigures, AppError> {
    let (db, rulesets) = (&state.db, &state.config.rulesets);
    let mut all = match delegation {
        None => figures::of_project(db, b, rulesets, today(state)).await?,
        Some(d) => figures::of_delegation(db, b, rulesets, d, today(state)).await?,
    };
    let at = all.events.iter().position(|e| &e.event == event).ok_or(AppError::NotFound("event.not_found"))?;
    Ok(all.events.swap_remove(at))
}

/// The project against its ruleset, with the figures judged; `None` when it names no ruleset
/// this instance has.
pub async fn assess<'a>(state: &'a AppState, b: &Bundle) -> Result<Option<Assessment<'a>>, AppError> {
    figures::assess(&state.db, &state.config.rulesets, b, today(state)).await
}

/// People per country, named in the interface language and in the order of those names.
pub fn per_country(tr: &Tr, counts: &BTreeMap<CountryCode, i64>) -> Vec<(String, i64)> {
    let mut named: Vec<(String, i64)> = counts.iter().map(|(c, n)| (tr.country(c.as_str()), *n)).collect();
    named.sort();
    named
}

/// Which people the numbers count: "as registered so far" or "as present on at least one day".
pub fn basis(tr: &Tr, basis: Basis) -> String {
    tr.get(match basis {
        Basis::Registrations => "publication-basis-registrations",
        Basis::Attendance => "publication-basis-attendance",
    })
}
