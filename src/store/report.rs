//! What a class progress report counts, per claim.

use super::{Result, Store};

impl Store {
    /// (claim, answers, answers other than Again) for every claim with an answer.
    pub(crate) fn answers_per_claim(&self) -> Result<Vec<(String, u32, u32)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("report/answers_per_claim.sql"))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The random id this data folder's progress reports carry, made on first use.
    pub(crate) fn report_student_id(&mut self, make: impl FnOnce() -> String) -> Result<String> {
        if let Some(id) = self.setting(STUDENT_ID_KEY)? {
            return Ok(id);
        }
        let id = make();
        self.put_setting(STUDENT_ID_KEY, &id)?;
        Ok(id)
    }
}

const STUDENT_ID_KEY: &str = "report.student";
