//! The slow path the in-memory queue replaced: the review screen's state computed by the
//! database alone. Only tests (tests/core/queue.rs) and the `bench_ops` example use it, to check
//! the queue against it and to time the two; it is public for them, and hidden from the docs.

use chrono::TimeZone;
use std::collections::HashMap;

use super::{Collection, PerReading, day_window};
use crate::error::Result;
use crate::schedule::Phase;
use crate::store::Today;
use crate::views::{DueCounts, Session};

impl Collection {
    /// [`Collection::session`] computed by the database alone, without the in-memory queue:
    /// the reference the queue is checked against, and the slow path it replaced.
    #[doc(hidden)]
    pub fn session_from_database(&self) -> Result<Session> {
        let today = self.today_from_database()?;
        let (all, per_reading) = self.due_counts_from_database(&today)?;
        let counts = match &self.focus {
            None => all,
            Some(reading) => {
                let mut counts = per_reading.get(reading.as_str()).map(|(c, _)| c.clone()).unwrap_or_default();
                counts.new = counts.new.min(today.new_left);
                counts.review = counts.review.min(today.review_left);
                counts
            }
        };
        let card = match self.store.next_due(&today, self.focus.as_ref())? {
            Some(id) => Some(self.study_card(&id, today.now)?),
            None => None,
        };
        let next_due = match card {
            Some(_) => None,
            None => self
                .store
                .next_due_time()?
                .and_then(|t| self.now().offset().timestamp_opt(t, 0).single())
                .map(|t| t.to_rfc3339()),
        };
        Ok(Session {
            card,
            today: counts,
            reviewed_today: self.store.reviews_since(today.day_start_ms)?,
            next_due,
            focus: self.focus.clone(),
            reread: None,
        })
    }

    /// [`Collection::today`] counted from the review log instead of the queue.
    fn today_from_database(&self) -> Result<Today> {
        let now = self.now();
        let window = day_window(now, self.settings.rollover_hour);
        let introduced = self.store.answers_in_phase_since(Phase::New, window.day_start_ms)?;
        let reviewed = self.store.answers_in_phase_since(Phase::Review, window.day_start_ms)?;
        Ok(self.today_with(now, window, introduced, reviewed))
    }

    /// [`Collection::due_counts`] computed by the database.
    fn due_counts_from_database(&self, today: &Today) -> Result<(DueCounts, PerReading)> {
        let mut total = DueCounts::default();
        let mut per_reading = HashMap::new();
        for row in self.store.counts(today)? {
            total.new += row.new;
            total.learning += row.learning;
            total.review += row.review;
            per_reading.insert(
                row.reading_id,
                (DueCounts { new: row.new, learning: row.learning, review: row.review }, row.total),
            );
        }
        total.new = total.new.min(today.new_left);
        total.review = total.review.min(today.review_left);
        Ok((total, per_reading))
    }
}
