//! Figures for the Progress view. Answers over a year are counted from `review_tally`, kept per
//! quarter hour by triggers on the review log, rather than by reading every answer.

use rusqlite::named_params;

use super::{Result, Store};

/// Milliseconds in one `review_tally` slot.
const SLOT_MS: i64 = 900_000;

/// Whether study days starting at `since_ms` and shifted by `shift` seconds are made of whole
/// tally slots (true in every real time zone) and lie after 1970, where SQL's division rounds down.
fn tally_fits(since_ms: i64, shift: i64) -> bool {
    since_ms % SLOT_MS == 0 && (shift * 1000) % SLOT_MS == 0 && since_ms / 1000 + shift >= 0
}

impl Store {
    /// (study day, answers) since `since_ms`; `shift` moves Unix seconds to local study days.
    pub(crate) fn reviews_per_day(&self, since_ms: i64, shift: i64) -> Result<Vec<(i64, u32)>> {
        let sql = if tally_fits(since_ms, shift) {
            include_str!("stats/reviews_per_day.sql")
        } else {
            include_str!("stats/reviews_per_day_scan.sql")
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows =
            stmt.query_map(named_params! {":since_ms": since_ms, ":shift": shift}, |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// (week number, reviews, recalled) of graduated cards since `since_ms`.
    pub(crate) fn retention_per_week(&self, since_ms: i64, shift: i64) -> Result<Vec<(i64, u32, u32)>> {
        let sql = if tally_fits(since_ms, shift) {
            include_str!("stats/retention_per_week.sql")
        } else {
            include_str!("stats/retention_per_week_scan.sql")
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(named_params! {":since_ms": since_ms, ":shift": shift}, |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// (reading, claims, studied, mastered) for every reading with cards.
    pub(crate) fn reading_mastery(&self) -> Result<Vec<(String, u32, u32, u32)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("stats/reading_mastery.sql"))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
