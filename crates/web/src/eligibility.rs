//! The funder's rules applied to one project: shared by the organisers' page, the API and
//! `twinning eligibility`.

use twinning_domain::Bundle;
use twinning_domain::rules::{Eligibility, Overrides, Ruleset, evaluate};
use twinning_store::{Db, StoreError};

/// The project's ruleset (by its funding's `ruleset`), its overrides, and the result; `None`
/// when the project names no ruleset or one this instance does not have.
pub async fn assess<'a>(
    db: &Db,
    rulesets: &'a [Ruleset],
    b: &Bundle,
) -> Result<Option<(&'a Ruleset, Overrides, Eligibility)>, StoreError> {
    let Some(id) = b.project.funding.as_ref().and_then(|f| f.ruleset.as_ref()) else { return Ok(None) };
    let Some(rs) = rulesets.iter().find(|r| &r.id == id) else { return Ok(None) };
    let slug = b.project.slug.as_str();
    let heads = db.heads(slug).await?;
    let overrides = db.rule_overrides(slug).await?;
    let today = chrono::Utc::now().date_naive();
    let result = evaluate(rs, b, &heads, &overrides, today);
    Ok(Some((rs, overrides, result)))
}
