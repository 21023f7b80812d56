//! One card's answers as the review log keeps them, for the card's history.

use super::{CardRecord, Result, Store, StoreError, row_to_record};
use crate::ids::CardId;
use crate::schedule::{Phase, Rating};

/// An answer in the review log, with the record the card had before it when that is still kept.
pub(crate) struct LoggedAnswer {
    /// Its row in the log.
    pub row: i64,
    pub at_ms: i64,
    pub rating: Rating,
    /// The card's phase before the answer.
    pub phase: Phase,
    /// `review` (study) or `quiz`.
    pub source: String,
    /// Kept for the newest answers only (see [`super::UNDO_KEPT`]).
    pub before: Option<CardRecord>,
}

impl Store {
    /// Every answer to card `id`, oldest first.
    pub(crate) fn card_log(&self, id: &CardId) -> Result<Vec<LoggedAnswer>> {
        let mut stmt = self.conn.prepare_cached(include_str!("review/of_card.sql"))?;
        let rows = stmt.query_map([id], |r| {
            let kept: Option<String> = r.get(5)?;
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                kept.is_some().then(|| row_to_record(r, 5)),
            ))
        })?;
        rows.map(|row| {
            let (at_ms, rating, phase, source, row, before) = row?;
            Ok(LoggedAnswer {
                row,
                at_ms,
                rating: Rating::from_number(rating).ok_or_else(|| StoreError::BadState(format!("rating {rating}")))?,
                phase: super::codes::phase_of(phase)?,
                source: super::codes::source_name(source)?.to_owned(),
                before: before.transpose()?,
            })
        })
        .collect()
    }
}
