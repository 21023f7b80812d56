//! Load balancing for the collection: the days ahead as the store counts them, and the same
//! count kept by hand while the review log is replayed, so both place a review on the same day.

use chrono::{DateTime, Datelike, FixedOffset};

use super::{Collection, fuzz_seed};
use crate::error::Result;
use crate::ids::CardId;
use crate::schedule::{self, Balance, CardState, DueLoad, Outcomes, ScheduleError};
use crate::store::Store;

const DAY: i64 = 86_400;

/// The cards due per study day, read from the database.
struct StoreLoad<'a> {
    store: &'a Store,
    day_start: i64,
}

impl DueLoad for StoreLoad<'_> {
    fn due_on(&self, first: u32, last: u32) -> Result<Vec<u32>, ScheduleError> {
        self.store.due_per_day(self.day_start, first, last).map_err(|e| ScheduleError::from(e.to_string()))
    }
}

/// The cards due per study day (numbered as [`StudyDays::number`] does), kept while replaying.
#[derive(Default)]
pub(super) struct ReplayLoad {
    pub(super) due: DayCounts,
    pub(super) today: i64,
}

/// A count per study day, kept in one array from the first day counted: a replay asks for the
/// days ahead of each answer, a million times over.
#[derive(Default)]
pub(super) struct DayCounts {
    first: i64,
    counts: Vec<u32>,
}

impl DayCounts {
    /// The count of day `day` (0 when none was counted).
    pub(super) fn get(&self, day: i64) -> u32 {
        usize::try_from(day - self.first).ok().and_then(|i| self.counts.get(i)).copied().unwrap_or(0)
    }

    /// The count of day `day`, to change.
    fn slot(&mut self, day: i64) -> &mut u32 {
        if self.counts.is_empty() {
            self.first = day;
        } else if day < self.first {
            let before = (self.first - day) as usize;
            self.counts.splice(0..0, std::iter::repeat_n(0, before));
            self.first = day;
        }
        let i = (day - self.first) as usize;
        if i >= self.counts.len() {
            self.counts.resize(i + 1, 0);
        }
        &mut self.counts[i]
    }
}

impl DueLoad for ReplayLoad {
    fn due_on(&self, first: u32, last: u32) -> Result<Vec<u32>, ScheduleError> {
        Ok((first..=last).map(|d| self.due.get(self.today + i64::from(d))).collect())
    }
}

impl ReplayLoad {
    /// Moves a card's count from the day its state `before` was due to the day `after` is due.
    pub(super) fn moved(&mut self, days: &StudyDays, before: &CardState, after: &CardState) {
        for (state, add) in [(before, false), (after, true)] {
            if state.phase == schedule::Phase::New {
                continue;
            }
            let Some(due) = state.due else { continue };
            let count = self.due.slot(days.number(due));
            *count = if add { *count + 1 } else { count.saturating_sub(1) };
        }
    }
}

/// Study days as whole numbers, for the offset and rollover hour in use.
pub(super) struct StudyDays {
    offset: i64,
    rollover: i64,
}

impl StudyDays {
    /// The study day containing `at` (Unix seconds).
    pub(super) fn number(&self, at: i64) -> i64 {
        (at + self.offset - self.rollover).div_euclid(DAY)
    }

    /// The day of the week of study day `day`, 0 for Monday (day 0, 1970-01-01, was a Thursday).
    pub(super) fn weekday(&self, day: i64) -> u32 {
        (day + 3).rem_euclid(7) as u32
    }
}

impl Collection {
    /// Study days in the clock's time zone and the settings' rollover hour.
    pub(super) fn study_days(&self) -> StudyDays {
        StudyDays {
            offset: i64::from(self.now().offset().local_minus_utc()),
            rollover: i64::from(self.settings.rollover_hour) * 3600,
        }
    }

    /// What each answer would do to card `id` at `now`, with review intervals spread over the
    /// days ahead (load balancing and easy days).
    pub(super) fn outcomes(&self, id: &CardId, state: &CardState, now: DateTime<FixedOffset>) -> Result<Outcomes> {
        let start = schedule::day_start(now, self.settings.rollover_hour);
        let load = StoreLoad { store: &self.store, day_start: start.timestamp() };
        let balance = Balance {
            load: &load,
            weekday: start.weekday().num_days_from_monday(),
            easy_days: self.settings.easy_days,
        };
        Ok(self.scheduler.next_states_balanced(state, now.timestamp(), fuzz_seed(id, state), Some(&balance))?)
    }

    /// Like [`Collection::outcomes`] while replaying the review log, with the days' counts in `load`.
    pub(super) fn replayed_outcomes(
        &self,
        id: &CardId,
        state: &CardState,
        at: i64,
        days: &StudyDays,
        load: &mut ReplayLoad,
    ) -> Result<Outcomes> {
        let prepared = self.scheduler.prepare(state, at, fuzz_seed(id, state))?;
        self.replayed_finish(&prepared, state, at, days, load)
    }
}

impl Collection {
    /// [`Collection::replayed_outcomes`] from what the scheduler worked out for the answer
    /// before looking at the calendar ([`schedule::Scheduler::prepare`]).
    pub(super) fn replayed_finish(
        &self,
        prepared: &schedule::Prepared,
        state: &CardState,
        at: i64,
        days: &StudyDays,
        load: &mut ReplayLoad,
    ) -> Result<Outcomes> {
        load.today = days.number(at);
        let balance = Balance { load: &*load, weekday: days.weekday(load.today), easy_days: self.settings.easy_days };
        Ok(self.scheduler.finish(prepared, state, at, Some(&balance))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn study_day_numbers_and_weekdays_follow_the_local_rollover() {
        let days = StudyDays { offset: 8 * 3600, rollover: 4 * 3600 };
        // 2026-01-05 is a Monday; at 03:59 in UTC+8 it is still Sunday's study day.
        let monday_9 = chrono::DateTime::parse_from_rfc3339("2026-01-05T09:00:00+08:00").unwrap().timestamp();
        let sunday_late = chrono::DateTime::parse_from_rfc3339("2026-01-05T03:59:00+08:00").unwrap().timestamp();
        assert_eq!(days.weekday(days.number(monday_9)), 0);
        assert_eq!(days.weekday(days.number(sunday_late)), 6);
        assert_eq!(days.number(monday_9), days.number(sunday_late) + 1);
    }
}
