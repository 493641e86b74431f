//! Attendance (who was checked in on which day of a meeting) and the check-in codes printed
//! on badges.

use crate::participants::{PERSON_COLUMNS, PersonRow};
use crate::{Db, PersonRecord, StoreError, now, on_pool};

impl Db {
    /// Gives every person of the meeting without a check-in code one from `code`.
    pub async fn ensure_checkin_codes(
        &self,
        project: &str,
        event: &str,
        code: &mut (dyn FnMut() -> String + Send),
    ) -> Result<(), StoreError> {
        // Every check-in page asks; nearly always nobody lacks a code: look before taking the
        // write lock, so that check-in desks do not queue behind one another for nothing.
        const WITHOUT: &str = "SELECT COUNT(*) FROM participants x JOIN projects p ON p.id = x.project_id \
             WHERE p.slug = $1 AND x.event = $2 AND x.checkin_code IS NULL";
        let missing: i64 =
            on_pool!(self, pool => sqlx::query_scalar(WITHOUT).bind(project).bind(event).fetch_one(pool).await?);
        if missing == 0 {
            return Ok(());
        }
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let ids: Vec<i64> = sqlx::query_scalar(
                "SELECT x.id FROM participants x JOIN projects p ON p.id = x.project_id \
                 WHERE p.slug = $1 AND x.event = $2 AND x.checkin_code IS NULL",
            ).bind(project).bind(event).fetch_all(&mut *tx).await?;
            for id in ids {
                sqlx::query("UPDATE participants SET checkin_code = $1 WHERE id = $2").bind(code()).bind(id).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Who was checked in on which day.
    pub async fn attendance(&self, project: &str, event: &str) -> Result<Vec<(i64, chrono::NaiveDate)>, StoreError> {
        let rows: Vec<(i64, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT a.participant_id, a.day FROM attendance a JOIN participants x ON x.id = a.participant_id \
             JOIN projects p ON p.id = x.project_id WHERE p.slug = $1 AND x.event = $2 ORDER BY a.day, a.participant_id",
        ).bind(project).bind(event).fetch_all(pool).await?);
        rows.into_iter().map(|(id, d)| Ok((id, crate::rows::date(&d)?))).collect()
    }

    /// Marks a person present on `day` (or not, when `present` is false); false when the
    /// person is not of this meeting.
    pub async fn set_attendance(
        &self,
        project: &str,
        event: &str,
        participant: i64,
        day: chrono::NaiveDate,
        present: bool,
        actor: Option<i64>,
    ) -> Result<bool, StoreError> {
        let t = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_with(self.write_begin()).await?;
            let found: Option<i64> = sqlx::query_scalar(
                "SELECT x.project_id FROM participants x JOIN projects p ON p.id = x.project_id WHERE p.slug = $1 AND x.event = $2 AND x.id = $3",
            ).bind(project).bind(event).bind(participant).fetch_optional(&mut *tx).await?;
            if found.is_none() {
                return Ok(false);
            }
            if present {
                sqlx::query(
                    "INSERT INTO attendance (participant_id, day, checked_in_at, checked_by) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (participant_id, day) DO NOTHING",
                ).bind(participant).bind(day.to_string()).bind(t).bind(actor).execute(&mut *tx).await?;
            } else {
                sqlx::query("DELETE FROM attendance WHERE participant_id = $1 AND day = $2")
                    .bind(participant).bind(day.to_string()).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(true)
        })
    }

    /// The person of the meeting whose badge carries `code`.
    pub async fn person_by_code(
        &self,
        project: &str,
        event: &str,
        code: &str,
    ) -> Result<Option<PersonRecord>, StoreError> {
        let row: Option<PersonRow> = on_pool!(self, pool => sqlx::query_as(&format!(
            "SELECT {PERSON_COLUMNS} FROM participants x JOIN projects p ON p.id = x.project_id \
             WHERE p.slug = $1 AND x.event = $2 AND x.checkin_code = $3"
        )).bind(project).bind(event).bind(code).fetch_optional(pool).await?);
        row.map(PersonRow::into_record).transpose()
    }
}
