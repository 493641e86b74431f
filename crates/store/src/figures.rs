//! The counting rows behind a project's figures (DESIGN.md §5: figures come from aggregate
//! queries, never from loading every person). One query groups a project's people by
//! meeting, delegation, country and role — as registered, and as present on each day — and
//! reads no personal field; `twinning_app::figures` turns the rows into the numbers every
//! page shows.

use chrono::NaiveDate;
use twinning_domain::{CountryCode, ParticipantRole, Slug};

use crate::rows::{date, slug, wire};
use crate::{Db, StoreError, on_pool};

/// One group of a meeting's people: those sharing a delegation, a country and a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRow {
    pub event: Slug,
    /// The partner town that sent them; `None` for people of no delegation.
    pub delegation: Option<Slug>,
    /// The delegation's town's country (not necessarily the people's own).
    pub delegation_country: Option<CountryCode>,
    /// The people's own country.
    pub country: CountryCode,
    pub role: ParticipantRole,
    /// `None` on the row of the group as registered; a day on the row of those of the group
    /// present that day.
    pub day: Option<NaiveDate>,
    /// How many people: registered (every stored person, anonymised or not), or present on `day`.
    pub people: i64,
    /// Of them, how many were present on at least one day.
    pub attended: i64,
}

/// The groups as registered (`day` NULL), then the groups present per day. `COUNT(CASE …)`
/// counts the non-null values, so both backends give a 64-bit integer.
const FIGURE_ROWS: &str = "\
    SELECT x.event, x.delegation, t.country, x.country, x.role, CAST(NULL AS TEXT) AS day, COUNT(*) AS people, \
           COUNT(CASE WHEN EXISTS (SELECT 1 FROM attendance a WHERE a.participant_id = x.id) THEN 1 END) AS attended \
    FROM participants x JOIN projects p ON p.id = x.project_id LEFT JOIN towns t ON t.slug = x.delegation \
    WHERE p.slug = $1 \
    GROUP BY x.event, x.delegation, t.country, x.country, x.role \
    UNION ALL \
    SELECT x.event, x.delegation, t.country, x.country, x.role, a.day, COUNT(*), COUNT(*) \
    FROM participants x JOIN projects p ON p.id = x.project_id LEFT JOIN towns t ON t.slug = x.delegation \
    JOIN attendance a ON a.participant_id = x.id \
    WHERE p.slug = $1 \
    GROUP BY x.event, x.delegation, t.country, x.country, x.role, a.day";

type Raw = (String, Option<String>, Option<String>, String, String, Option<String>, i64, i64);

impl Db {
    /// The counting rows of every meeting of `project` (none for an unknown project).
    pub async fn figure_rows(&self, project: &str) -> Result<Vec<FigureRow>, StoreError> {
        let rows: Vec<Raw> = on_pool!(self, pool => sqlx::query_as(FIGURE_ROWS).bind(project).fetch_all(pool).await?);
        rows.into_iter()
            .map(|(event, delegation, delegation_country, country, role, day, people, attended)| {
                let country_code =
                    |s: &str| CountryCode::parse(s).map_err(|_| StoreError::Corrupt(format!("country {s:?}")));
                Ok(FigureRow {
                    event: slug(&event)?,
                    delegation: delegation.as_deref().map(slug).transpose()?,
                    delegation_country: delegation_country.as_deref().map(country_code).transpose()?,
                    country: country_code(&country)?,
                    role: wire(&role, ParticipantRole::parse)?,
                    day: day.as_deref().map(date).transpose()?,
                    people,
                    attended,
                })
            })
            .collect()
    }
}
