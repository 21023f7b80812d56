//! Load balancing and easy days: every interval stays inside its fuzz range, a year of study
//! (real database, simulated clock) has a steadier daily count with balancing than without,
//! lighter days get fewer reviews, and marking every day lighter changes nothing.

use chrono::{Datelike, Duration, Timelike};
use proptest::prelude::*;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;
use steppe::Collection;
use steppe::clock::Clock;
use steppe::content::Deck;
use steppe::schedule::{
    Balance, CardState, DueLoad, Phase, Rating, ScheduleError, Scheduler, SchedulerConfig, fuzz_range,
};
use steppe::settings::Settings;

use crate::clock;

const DAY: i64 = 86_400;
const NOW: i64 = 1_767_600_000;

struct Calendar(Vec<u32>);

impl DueLoad for Calendar {
    fn due_on(&self, first: u32, last: u32) -> Result<Vec<u32>, ScheduleError> {
        Ok((first..=last).map(|d| self.0.get(d as usize).copied().unwrap_or(0)).collect())
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Whatever the calendar, the easy days and the seed, Good lands inside the fuzz range of its
    /// unfuzzed interval, Hard and Easy inside theirs unless the ordering Hard < Good < Easy
    /// forbids it, and the order always holds.
    #[test]
    fn balanced_intervals_stay_inside_their_fuzz_range(
        stability in 0.5f32..3000.0,
        difficulty in 1.0f32..10.0,
        elapsed in 0i64..400,
        calendar in proptest::collection::vec(0u32..80, 0..400),
        easy_days in proptest::array::uniform7(any::<bool>()),
        weekday in 0u32..7,
        seed in any::<u64>(),
    ) {
        let state = CardState {
            phase: Phase::Review,
            due: Some(NOW),
            stability: Some(stability),
            difficulty: Some(difficulty),
            step: 0,
            reps: 5,
            lapses: 0,
            last_review: Some(NOW - elapsed * DAY),
        };
        let days = |s: &CardState| ((s.due.unwrap() - NOW) / DAY) as u32;
        let plain = Scheduler::new(SchedulerConfig { fuzz: false, ..SchedulerConfig::default() }).unwrap();
        let base = plain.next_states(&state, NOW, seed).unwrap();
        let scheduler = Scheduler::new(SchedulerConfig::default()).unwrap();
        let load = Calendar(calendar);
        let balance = Balance { load: &load, weekday, easy_days };
        let o = scheduler.next_states_balanced(&state, NOW, seed, Some(&balance)).unwrap();
        let max = SchedulerConfig::default().maximum_interval_days;
        let inside = |unfuzzed: u32, got: u32| match fuzz_range(unfuzzed, max) {
            Some((low, high)) => (low..=high).contains(&got),
            None => got == unfuzzed,
        };
        let (hard, good, easy) = (days(&o.hard), days(&o.good), days(&o.easy));
        prop_assert!(inside(days(&base.good), good), "good {} from {}", good, days(&base.good));
        prop_assert!(hard < good && good < easy, "{hard} {good} {easy}");
        prop_assert!(inside(days(&base.hard), hard) || hard + 1 == good, "hard {} from {}", hard, days(&base.hard));
        prop_assert!(inside(days(&base.easy), easy) || easy == good + 1, "easy {} from {}", easy, days(&base.easy));
    }
}

/// What a simulated stretch of daily study produced.
struct Year {
    /// Reviews (of cards in the review phase) answered on each study day, in order.
    reviews_per_day: Vec<u32>,
    /// Each study day's day of the week, 0 for Monday.
    weekdays: Vec<u32>,
    states: Vec<(steppe::ids::CardId, CardState)>,
    replayed: Vec<(steppe::ids::CardId, CardState)>,
}

/// `days` of study of the built-in deck from 09:00, every card due answered (Again 10%, Hard
/// 10%, Good 65%, Easy 15%, seeded), with the given easy days and balancing on or off.
fn study(days: i64, easy_days: [bool; 7], load_balance: bool) -> Year {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let config = SchedulerConfig { load_balance, ..SchedulerConfig::default() };
    let mut c = Collection::open_with(dir.path(), Deck::builtin().unwrap(), Box::new(clock.clone()), config).unwrap();
    c.set_settings(Settings { easy_days, new_per_day: 15, reviews_per_day: 5000, ..c.settings().clone() }).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(19);
    let mut weekdays = Vec::new();
    let first_day = (clock.now().timestamp() + 4 * 3600) / DAY;
    for _ in 0..days {
        weekdays.push(clock.now().weekday().num_days_from_monday());
        let mut session = c.session().unwrap();
        loop {
            if let Some(card) = session.card {
                let rating = match rng.random_range(0..100) {
                    0..10 => Rating::Again,
                    10..20 => Rating::Hard,
                    20..85 => Rating::Good,
                    _ => Rating::Easy,
                };
                session = c.answer(&card.id, rating).unwrap();
                continue;
            }
            let next = session.next_due.map(|t| chrono::DateTime::parse_from_rfc3339(&t).unwrap());
            match next {
                Some(t) if t > clock.now() && t.date_naive() == clock.now().date_naive() && t.hour() < 22 => {
                    clock.advance(t - clock.now());
                    session = c.session().unwrap();
                }
                _ => break,
            }
        }
        let now = clock.now();
        clock.advance(
            Duration::days(1)
                - (now - now.date_naive().and_hms_opt(9, 0, 0).unwrap().and_local_timezone(*now.offset()).unwrap()),
        );
    }
    // Read the real SQLite file: answers to cards in the review phase, per study day (UTC+8,
    // the day starting at 04:00).
    let db = rusqlite::Connection::open(dir.path().join(steppe::DB_FILE_NAME)).unwrap();
    let mut reviews_per_day = vec![0u32; days as usize];
    let mut stmt = db
        .prepare("SELECT (reviewed_at / 1000 + 4 * 3600) / 86400, COUNT(*) FROM review_log WHERE phase = 2 GROUP BY 1")
        .unwrap();
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?))).unwrap() {
        let (day, n) = row.unwrap();
        reviews_per_day[(day - first_day) as usize] = n;
    }
    drop(stmt);
    Year {
        reviews_per_day,
        weekdays,
        states: c.stored_states().unwrap(),
        replayed: c.states_from_review_log().unwrap(),
    }
}

/// Mean and standard deviation of the daily counts from day `from` on.
fn spread(counts: &[u32], from: usize) -> (f64, f64) {
    let tail = &counts[from..];
    let mean = tail.iter().map(|&n| f64::from(n)).sum::<f64>() / tail.len() as f64;
    let var = tail.iter().map(|&n| (f64::from(n) - mean).powi(2)).sum::<f64>() / tail.len() as f64;
    (mean, var.sqrt())
}

/// The mean absolute change of the daily count from one day to the next, from day `from` on.
fn day_to_day(counts: &[u32], from: usize) -> f64 {
    let tail = &counts[from..];
    tail.windows(2).map(|w| f64::from(w[0].abs_diff(w[1]))).sum::<f64>() / (tail.len() - 1) as f64
}

#[test]
fn a_balanced_year_has_a_steadier_daily_count_and_replays_from_the_log() {
    // From day 120 on, when most reviews have intervals long enough to have a fuzz range.
    const FROM: usize = 120;
    let plain = study(365, [false; 7], false);
    let balanced = study(365, [false; 7], true);
    let ((plain_mean, plain_sd), (mean, sd)) =
        (spread(&plain.reviews_per_day, FROM), spread(&balanced.reviews_per_day, FROM));
    let (plain_step, step) = (day_to_day(&plain.reviews_per_day, FROM), day_to_day(&balanced.reviews_per_day, FROM));
    eprintln!(
        "reviews per day from day {FROM}: plain {plain_mean:.1} ± {plain_sd:.2} (day to day {plain_step:.2}), \
         balanced {mean:.1} ± {sd:.2} (day to day {step:.2})"
    );
    assert!(step < plain_step * 0.6, "balancing evens out the day-to-day count: {step:.2} vs {plain_step:.2}");
    assert!(sd < plain_sd, "and lowers the spread: {sd:.2} vs {plain_sd:.2}");
    assert!((mean - plain_mean).abs() < plain_mean * 0.1, "about the same work: {mean:.1} vs {plain_mean:.1}");
    assert_eq!(balanced.replayed, balanced.states, "the review log alone places every balanced review again");
}

#[test]
fn lighter_days_get_fewer_reviews_and_all_days_lighter_change_nothing() {
    const DAYS: i64 = 240;
    // Saturday and Sunday lighter.
    let weekend = [false, false, false, false, false, true, true];
    let year = study(DAYS, weekend, true);
    let mut per_weekday: BTreeMap<u32, (u32, u32)> = BTreeMap::new();
    for (&n, &weekday) in year.reviews_per_day.iter().zip(&year.weekdays).skip(60) {
        let entry = per_weekday.entry(weekday).or_default();
        entry.0 += n;
        entry.1 += 1;
    }
    let average = |days: &[u32]| {
        let (n, d) = days.iter().fold((0, 0), |acc, w| (acc.0 + per_weekday[w].0, acc.1 + per_weekday[w].1));
        f64::from(n) / f64::from(d)
    };
    let (weekdays, weekend_avg) = (average(&[0, 1, 2, 3, 4]), average(&[5, 6]));
    eprintln!("reviews per day: weekdays {weekdays:.1}, lighter weekend {weekend_avg:.1}");
    assert!(weekend_avg < weekdays * 0.8, "lighter days get fewer reviews: {weekend_avg:.1} vs {weekdays:.1}");
    assert_eq!(year.replayed, year.states, "easy days replay from the log too");

    let none = study(120, [false; 7], true);
    let all = study(120, [true; 7], true);
    assert_eq!(all.states, none.states, "every day lighter is the same as none");
    assert_eq!(all.reviews_per_day, none.reviews_per_day);
}
