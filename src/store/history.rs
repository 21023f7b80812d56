//! One card's answers as the review log keeps them, for the card's history.

use super::{CardRecord, Result, Store, StoreError, parse_phase};
use crate::ids::CardId;
use crate::schedule::{Phase, Rating};

/// An answer in the review log, with the record the card had before it.
pub(crate) struct LoggedAnswer {
    pub at_ms: i64,
    pub rating: Rating,
    /// The card's phase before the answer.
    pub phase: Phase,
    /// `review` (study) or `quiz`.
    pub source: String,
    pub before: CardRecord,
}

impl Store {
    /// Every answer to card `id`, oldest first.
    pub(crate) fn card_log(&self, id: &CardId) -> Result<Vec<LoggedAnswer>> {
        let mut stmt = self.conn.prepare_cached(include_str!("review/of_card.sql"))?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        rows.map(|row| {
            let (at_ms, rating, phase, source, previous) = row?;
            Ok(LoggedAnswer {
                at_ms,
                rating: Rating::from_number(rating).ok_or_else(|| StoreError::BadState(format!("rating {rating}")))?,
                phase: parse_phase(&phase)?,
                source,
                before: serde_json::from_str(&previous).map_err(|e| StoreError::BadState(e.to_string()))?,
            })
        })
        .collect()
    }
}
