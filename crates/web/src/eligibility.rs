//! The funder's rules applied to one project: shared by the organisers' page, the API and
//! `twinning eligibility`.

use twinning_domain::Bundle;
use twinning_domain::rules::{Eligibility, Overrides, Ruleset, evaluate};
use twinning_store::{Db, StoreError};

/// The project's ruleset (by its funding's `ruleset`), its overrides, and the result as of
/// `today`; `None` when the project names no ruleset or one this instance does not have.
pub async fn assess<'a>(
    db: &Db,
    rulesets: &'a [Ruleset],
    b: &Bundle,
    today: chrono::NaiveDate,
) -> Result<Option<(&'a Ruleset, Overrides, Eligibility)>, StoreError> {
    let Some(id) = b.project.funding.as_ref().and_then(|f| f.ruleset.as_ref()) else { return Ok(None) };
    let Some(rs) = rulesets.iter().find(|r| &r.id == id) else { return Ok(None) };
    let slug = b.project.slug.as_str();
    let heads = db.heads(slug).await?;
    let overrides = db.rule_overrides(slug).await?;
    let result = evaluate(rs, b, &heads, &overrides, today);
    Ok(Some((rs, overrides, result)))
}

/// The people a meeting counts for the funder: those registered while it is planned, those
/// present on at least one day once it is over. Shared by the publication page, the report
/// and the press release, so that all three give the same numbers.
pub struct Tally {
    /// Whether the meeting is over, so attendance is what counts.
    pub after: bool,
    pub total: i64,
    /// Delegates sent by partners from countries other than the host's.
    pub invited: i64,
    /// People per country, by the country's name in the interface language.
    pub per_country: std::collections::BTreeMap<String, i64>,
    /// The countries whose delegations sent someone.
    pub delegations: std::collections::BTreeSet<twinning_domain::CountryCode>,
}

pub fn tally(
    tr: &crate::i18n::Tr,
    heads: &[twinning_domain::rules::Head],
    b: &Bundle,
    ev: &twinning_domain::Event,
    today: chrono::NaiveDate,
) -> Tally {
    let host_country = b.town(&ev.host_town).map(|t| t.country);
    let after = ev.end_date < today;
    let mut t = Tally { after, total: 0, invited: 0, per_country: Default::default(), delegations: Default::default() };
    for h in heads.iter().filter(|h| h.event == ev.slug && (!after || h.present_days > 0)) {
        t.total += 1;
        *t.per_country.entry(tr.country(h.country.as_str())).or_default() += 1;
        if !h.resident && h.delegation_country.is_some_and(|c| Some(c) != host_country) {
            t.invited += 1;
        }
        t.delegations.extend(h.delegation_country);
    }
    t
}
