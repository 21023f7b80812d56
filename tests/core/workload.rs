//! The workload chart: reviews, minutes and recall against desired retention, from a student's
//! real database (built-in deck, simulated clock), checked against the fsrs crate's simulator.

use chrono::Duration;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::sync::Arc;
use steppe::Collection;
use steppe::content::Deck;
use steppe::schedule::{Phase, Rating, WORKLOAD_DAYS, WORKLOAD_RETENTIONS, WorkloadView};

use crate::clock;

/// A month of study of the built-in deck; each answer takes `answer_secs` on the clock (0: the
/// clock stands still, so no answer is timed).
fn studied(answer_secs: i64) -> (tempfile::TempDir, Collection, Arc<steppe::clock::FixedClock>) {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = Collection::open(dir.path(), Deck::builtin().unwrap(), Box::new(clock.clone())).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    for _ in 0..30 {
        let mut answered = 0;
        while let Some(card) = c.session().unwrap().card {
            let rating = match rng.random_range(0..100) {
                0..12 => Rating::Again,
                12..85 => Rating::Good,
                _ => Rating::Easy,
            };
            c.answer(&card.id, rating).unwrap();
            clock.advance(Duration::seconds(answer_secs));
            answered += 1;
            if answered > 400 {
                break;
            }
        }
        clock.advance(Duration::days(1) - Duration::seconds(answer_secs * answered));
    }
    (dir, c, clock)
}

fn point(view: &WorkloadView, retention: f32) -> &steppe::schedule::WorkloadPoint {
    view.points.iter().find(|p| (p.desired_retention - retention).abs() < 1e-6).expect("a point for that retention")
}

#[test]
fn higher_retention_costs_more_reviews_and_minutes_and_brings_more_recall() {
    let (_dir, mut c, _clock) = studied(0);
    // A review limit that never binds: with 200 a day, 0.99 would leave cards overdue and
    // remember less than 0.90 does (the simulator keeps to the limits).
    c.set_settings(steppe::settings::Settings { reviews_per_day: 5000, ..c.settings().clone() }).unwrap();
    let view = c.workload().unwrap();
    assert_eq!(view.points.len(), WORKLOAD_RETENTIONS.len());
    assert_eq!(view.days, WORKLOAD_DAYS as u32);
    assert!(view.studied > 100 && view.new > 0, "{} studied, {} new", view.studied, view.new);
    assert!(!view.own_times && view.timed_answers == 0, "a clock that stands still times no answer");
    for pair in [0.70, 0.80, 0.90, 0.99].windows(2) {
        let (low, high) = (point(&view, pair[0]), point(&view, pair[1]));
        assert!(high.reviews_per_day > low.reviews_per_day, "reviews: {low:?} then {high:?}");
        assert!(high.minutes_per_day > low.minutes_per_day, "minutes: {low:?} then {high:?}");
        assert!(high.recall > low.recall, "recall: {low:?} then {high:?}");
    }
    let top = point(&view, 0.99);
    assert!(top.recall > 0.9 && top.recall <= 1.0, "{top:?}");
}

#[test]
fn each_point_is_the_crate_simulator_on_the_students_cards() {
    let (_dir, c, clock) = studied(0);
    let view = c.workload().unwrap();
    // The same inputs, put together here from the stored states and the settings.
    let now = steppe::clock::Clock::now(&clock).timestamp();
    let states = c.stored_states().unwrap();
    let new = states.iter().filter(|(_, s)| s.phase == Phase::New).count();
    let parameters = Arc::new(fsrs::DEFAULT_PARAMETERS.to_vec());
    let cards = |retention: f32| -> Vec<fsrs::Card> {
        states
            .iter()
            .filter(|(_, s)| s.phase != Phase::New)
            .enumerate()
            .map(|(i, (_, s))| {
                let last_date = -((now - s.last_review.unwrap()) as f32 / 86_400.0);
                let due = ((s.due.unwrap() - now) as f32 / 86_400.0).max(0.0);
                fsrs::Card {
                    id: i as i64 + 1,
                    difficulty: s.difficulty.unwrap(),
                    stability: s.stability.unwrap(),
                    last_date,
                    due,
                    interval: due - last_date,
                    lapses: s.lapses,
                    desired_retention: retention,
                    parameters: parameters.clone(),
                }
            })
            .collect()
    };
    let settings = c.settings();
    let config = fsrs::SimulatorConfig {
        deck_size: states.len(),
        learn_span: WORKLOAD_DAYS,
        max_cost_perday: f32::INFINITY,
        learn_limit: settings.new_per_day as usize,
        review_limit: settings.reviews_per_day as usize,
        suspend_after_lapses: Some(steppe::LEECH_LAPSES),
        ..Default::default()
    };
    assert_eq!(view.studied as usize + view.new as usize, states.len(), "{new} new");
    for retention in [0.70, 0.90, 0.99] {
        let result = fsrs::simulate(&config, &parameters, retention, Some(2026), Some(cards(retention))).unwrap();
        let days = WORKLOAD_DAYS as f32;
        let reviews = result.review_cnt_per_day.iter().sum::<usize>() as f32 / days;
        let minutes = result.cost_per_day.iter().sum::<f32>() / days / 60.0;
        let recall =
            result.memorized_cnt_per_day[WORKLOAD_DAYS - 1] / result.introduced_cnt_per_day[WORKLOAD_DAYS - 1] as f32;
        let p = point(&view, retention);
        assert_eq!((p.reviews_per_day, p.minutes_per_day, p.recall), (reviews, minutes, recall), "at {retention}");
    }
}

#[test]
fn minutes_come_from_the_students_own_answer_times_once_there_are_enough() {
    let (_dir, timed, _clock) = studied(5);
    let (_dir2, untimed, _clock2) = studied(0);
    let (own, defaults) = (timed.workload().unwrap(), untimed.workload().unwrap());
    assert!(own.own_times && own.timed_answers >= steppe::schedule::MIN_TIMED_ANSWERS as u32, "{own:?}");
    assert!(!defaults.own_times);
    // Five seconds an answer is quicker than the simulator's default times (8–20 s).
    let (fast, slow) = (point(&own, 0.9), point(&defaults, 0.9));
    assert!(fast.minutes_per_day < slow.minutes_per_day * 0.7, "{fast:?} vs {slow:?}");
}
