//! Interval fuzz: a review interval of a few days or more is moved by a small, repeatable random
//! amount, so that cards learned on the same day spread over several days. The ranges follow
//! Anki's: ±15% of the part between 2.5 and 7 days, ±10% of 7–20 days, ±5% beyond.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

const RANGES: [(f64, f64, f64); 3] = [(2.5, 7.0, 0.15), (7.0, 20.0, 0.10), (20.0, f64::MAX, 0.05)];

pub(super) fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// The whole numbers of days an interval of `days` may be moved to, lowest and highest; `None`
/// below 2.5 days or when the range is a single day.
pub fn range(days: u32, maximum: u32) -> Option<(u32, u32)> {
    let interval = f64::from(days);
    if interval < 2.5 {
        return None;
    }
    let delta: f64 =
        RANGES.iter().map(|&(start, end, factor)| factor * (interval.min(end) - start).max(0.0)).sum::<f64>() + 1.0;
    let low = (interval - delta).round().max(2.0);
    let high = (interval + delta).round().min(f64::from(maximum));
    (high > low).then_some((low as u32, high as u32))
}

/// `days` moved to a random whole number of days within its fuzz range (unchanged below 2.5 days).
pub(super) fn fuzzed(days: u32, rng: &mut ChaCha8Rng, maximum: u32) -> u32 {
    match range(days, maximum) {
        Some((low, high)) => rng.random_range(low..=high),
        None => days,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_intervals_are_left_alone_and_long_ones_stay_in_range() {
        let mut r = rng(7);
        assert_eq!(fuzzed(1, &mut r, 36_500), 1);
        assert_eq!(fuzzed(2, &mut r, 36_500), 2);
        for seed in 0..200 {
            let days = fuzzed(100, &mut rng(seed), 36_500);
            assert!((91..=109).contains(&days), "100 days ± (0.675 + 1.3 + 4 + 1): got {days}");
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_interval() {
        assert_eq!(fuzzed(30, &mut rng(42), 36_500), fuzzed(30, &mut rng(42), 36_500));
        let spread: std::collections::BTreeSet<u32> = (0..50).map(|s| fuzzed(30, &mut rng(s), 36_500)).collect();
        assert!(spread.len() > 3, "different cards get different intervals: {spread:?}");
    }
}
