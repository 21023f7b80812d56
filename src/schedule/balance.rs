//! Load balancing and easy days. Within an interval's fuzz range, a review goes to the day with
//! the fewest cards already due, so the daily count evens out; days of the week marked lighter
//! count as fuller than they are, so fewer reviews land there. As in Anki (24.11 and later),
//! lighter days only weigh against normal ones: marking every day lighter changes nothing.

use super::{ScheduleError, fuzz};

/// The share of a normal day's reviews that a lighter day is given.
pub const EASY_DAY_SHARE: f64 = 0.5;

/// How many studied cards are due on the study days ahead.
pub trait DueLoad {
    /// Cards due on each study day from `first` to `last` days after today (both included), in
    /// order.
    fn due_on(&self, first: u32, last: u32) -> Result<Vec<u32>, ScheduleError>;
}

/// What the scheduler needs to spread reviews over the days ahead.
pub struct Balance<'a> {
    pub load: &'a dyn DueLoad,
    /// Today's day of the week, 0 for Monday.
    pub weekday: u32,
    /// The lighter days of the week, Monday first.
    pub easy_days: [bool; 7],
}

impl Balance<'_> {
    /// How many reviews the day `days_ahead` of today takes relative to the fullest days: 1 on
    /// normal days, [`EASY_DAY_SHARE`] on lighter ones, and 1 everywhere when all days are alike.
    pub fn capacity(&self, days_ahead: u32) -> f64 {
        let share = |day: usize| if self.easy_days[day] { EASY_DAY_SHARE } else { 1.0 };
        let most = (0..7).map(share).fold(0.0, f64::max);
        share(((self.weekday + days_ahead) % 7) as usize) / most
    }

    /// The day in `low..=high` to use, given the counts due from day `first` on: the one whose
    /// (count + 1) / capacity is lowest; ties go to the day nearest `preferred` (the fuzzed
    /// interval, so an empty calendar keeps plain fuzz), then to the earlier.
    pub fn pick(&self, low: u32, high: u32, preferred: u32, first: u32, counts: &[u32]) -> u32 {
        // As `capacity`, with the fullest days' share worked out once.
        let share = |day: usize| if self.easy_days[day] { EASY_DAY_SHARE } else { 1.0 };
        let most = (0..7).map(share).fold(0.0, f64::max);
        let cost = |day: u32| {
            let due = counts.get((day - first) as usize).copied().unwrap_or(0);
            (f64::from(due) + 1.0) / (share(((self.weekday + day) % 7) as usize) / most)
        };
        // The first of the cheapest days, each day's cost worked out once.
        let mut best: Option<(f64, u32)> = None;
        for day in low..=high {
            let c = cost(day);
            let better = best.is_none_or(|(b, at)| {
                c.total_cmp(&b).then(day.abs_diff(preferred).cmp(&at.abs_diff(preferred))).is_lt()
            });
            if better {
                best = Some((c, day));
            }
        }
        best.map_or(preferred, |(_, day)| day)
    }

    /// Hard, Good and Easy intervals spread over the calendar: `base` are the intervals before
    /// fuzz, `fuzzed` after. Good is placed first, in its fuzz range; Hard then goes below it and
    /// Easy above it, each within its own range where it can.
    pub(super) fn spread(&self, base: [u32; 3], fuzzed: [u32; 3], maximum: u32) -> Result<[u32; 3], ScheduleError> {
        let ranges = base.map(|days| fuzz::range(days, maximum));
        let (Some(first), Some(last)) =
            (ranges.iter().flatten().map(|r| r.0).min(), ranges.iter().flatten().map(|r| r.1).max())
        else {
            return Ok(fuzzed);
        };
        let counts = self.load.due_on(first, last)?;
        let place = |range: Option<(u32, u32)>, preferred: u32| {
            range.filter(|(low, high)| low <= high).map(|(low, high)| self.pick(low, high, preferred, first, &counts))
        };
        let good = place(ranges[1], fuzzed[1]).unwrap_or(fuzzed[1]);
        let hard = place(ranges[0].map(|(low, high)| (low, high.min(good.saturating_sub(1)))), fuzzed[0])
            .unwrap_or_else(|| fuzzed[0].min(good.saturating_sub(1)).max(1));
        let easy = place(ranges[2].map(|(low, high)| (low.max(good + 1), high)), fuzzed[2])
            .unwrap_or_else(|| fuzzed[2].max(good + 1));
        Ok([hard, good, easy])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Flat(Vec<u32>);

    impl DueLoad for Flat {
        fn due_on(&self, first: u32, last: u32) -> Result<Vec<u32>, ScheduleError> {
            Ok((first..=last).map(|d| self.0.get(d as usize).copied().unwrap_or(0)).collect())
        }
    }

    #[test]
    fn the_emptiest_day_wins_and_an_empty_calendar_keeps_the_fuzzed_day() {
        let load = Flat(vec![0, 0, 0, 9, 9, 2, 9, 9]);
        let b = Balance { load: &load, weekday: 0, easy_days: [false; 7] };
        let counts = load.due_on(3, 7).unwrap();
        assert_eq!(b.pick(3, 7, 4, 3, &counts), 5);
        let empty = [0; 5];
        assert_eq!(b.pick(3, 7, 6, 3, &empty), 6);
    }

    #[test]
    fn lighter_days_count_double_and_all_lighter_is_no_change() {
        let load = Flat(vec![]);
        let mut easy = [false; 7];
        easy[2] = true; // Wednesday
        let b = Balance { load: &load, weekday: 0, easy_days: easy };
        assert_eq!(b.capacity(2), 0.5);
        assert_eq!(b.capacity(9), 0.5, "a week later it is Wednesday again");
        assert_eq!(b.capacity(3), 1.0);
        let all = Balance { load: &load, weekday: 0, easy_days: [true; 7] };
        assert!((0..7).all(|d| all.capacity(d) == 1.0));
    }
}
