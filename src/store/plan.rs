//! What exam plans read and write: the cards in study with their claim and reading, the answers
//! since a plan was made, and studied cards brought forward to a plan's target day.

use rusqlite::params;

use super::{CardRecord, Result, Store, row_to_record};
use crate::ids::CardId;
use crate::schedule::Phase;

/// A card in study, with its claim and reading.
pub(crate) struct PlanCard {
    pub id: CardId,
    pub claim: String,
    pub reading: String,
    pub record: CardRecord,
}

/// An answer, with its card's claim and reading, when it was given (Unix ms) and the card's
/// phase before it.
pub(crate) struct PlanAnswer {
    pub claim: String,
    pub reading: String,
    pub at_ms: i64,
    pub phase: Phase,
}

impl Store {
    /// Every card in study (neither suspended nor archived), by id.
    pub(crate) fn plan_cards(&self) -> Result<Vec<PlanCard>> {
        let mut stmt = self.conn.prepare_cached(include_str!("plan/cards.sql"))?;
        let rows = stmt.query_map([], |row| {
            Ok((row.get::<_, CardId>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row_to_record(row, 3)))
        })?;
        rows.map(|r| {
            let (id, claim, reading, record) = r?;
            Ok(PlanCard { id, claim, reading, record: record? })
        })
        .collect()
    }

    /// Answers given since `since_ms`, oldest first.
    pub(crate) fn plan_answers_since(&self, since_ms: i64) -> Result<Vec<PlanAnswer>> {
        let mut stmt = self.conn.prepare_cached(include_str!("plan/answers_since.sql"))?;
        let rows = stmt.query_map([since_ms], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, i64>(3)?))
        })?;
        rows.map(|row| {
            let (claim, reading, at_ms, phase) = row?;
            Ok(PlanAnswer { claim, reading, at_ms, phase: super::codes::phase_of(phase)? })
        })
        .collect()
    }

    /// Sets the due time (Unix seconds) of each card given, in one transaction.
    pub(crate) fn set_due_times(&mut self, dues: &[(CardId, i64)]) -> Result<()> {
        if dues.is_empty() {
            return Ok(());
        }
        self.transact(|tx| {
            let mut stmt = tx.prepare_cached(include_str!("plan/set_due.sql"))?;
            for (id, due) in dues {
                stmt.execute(params![id, due])?;
            }
            Ok(())
        })
    }
}
