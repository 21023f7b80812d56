//! Cross-check of our scheduler against py-fsrs, the published Python FSRS implementation.
//!
//! tests/fixtures/fsrs/reference.json holds fixed review sequences and what py-fsrs computed for
//! each review: stability, difficulty and the interval in days. tests/fixtures/fsrs/reference.py
//! made it and says how to make it again. Each sequence is replayed here from a new card at the
//! same times, with no learning or relearning steps and no fuzz, as the script did.

use serde::Deserialize;
use steppe::schedule::{CardState, Rating, Scheduler, SchedulerConfig};

const DAY: i64 = 86_400;
const FIXTURE: &str = include_str!("../fixtures/fsrs/reference.json");

/// Stability and difficulty must agree within this much...
const ABS_TOLERANCE: f64 = 1e-3;
/// ...or, for large stabilities, within this fraction. fsrs-rs computes in f32, py-fsrs in f64:
/// an f32 holds about 7 significant digits, so a stability of several thousand days is only
/// stored to about 5e-4, and each review's rounding in powf/exp carries into the next (the
/// fixture's 7398-day stability differs by about 2e-3, 2.4e-6 of it). Past 100 days the
/// relative error is the meaningful measure; 1e-5 still catches any real formula difference,
/// which moves results by percent, not by parts per million.
const REL_TOLERANCE: f64 = 1e-5;
/// Intervals may differ by a day: our scheduler, like Anki, gives Good at least a day more than
/// Hard and Easy a day more than Good, where py-fsrs lets both round to the same day (in the
/// fixture: Good after a lapse or on the same day, 2 days where py-fsrs has 1). Rounding a
/// stability that falls near half a day could also go either way between f32 and f64.
const INTERVAL_TOLERANCE_DAYS: i64 = 1;

#[derive(Deserialize)]
struct Fixture {
    start: String,
    desired_retention: f32,
    maximum_interval_days: u32,
    parameters: Vec<f32>,
    sequences: Vec<Sequence>,
}

#[derive(Deserialize)]
struct Sequence {
    name: String,
    steps: Vec<Step>,
}

#[derive(Deserialize)]
struct Step {
    rating: Rating,
    /// Days since the previous review; none for the first.
    elapsed_days: Option<i64>,
    stability: f64,
    difficulty: f64,
    interval_days: i64,
}

fn close(ours: f64, reference: f64) -> bool {
    let diff = (ours - reference).abs();
    diff < ABS_TOLERANCE || diff / reference.abs() < REL_TOLERANCE
}

#[test]
fn stability_difficulty_and_intervals_match_py_fsrs() {
    let fixture: Fixture = serde_json::from_str(FIXTURE).expect("reference.json parses");
    assert_eq!(
        fixture.parameters,
        fsrs::DEFAULT_PARAMETERS,
        "the fixture was made with fsrs-rs's default parameters, which our empty `parameters` means"
    );
    let config =
        SchedulerConfig { fuzz: false, learning_steps: vec![], relearning_steps: vec![], ..Default::default() };
    assert_eq!(
        (config.desired_retention, config.maximum_interval_days),
        (fixture.desired_retention, fixture.maximum_interval_days)
    );
    let scheduler = Scheduler::new(config).unwrap();
    let start = chrono::DateTime::parse_from_rfc3339(&fixture.start).expect("start is RFC 3339").timestamp();
    assert_eq!(start % DAY, 0, "reviews are at UTC midnight");

    let (mut max_s, mut max_rel_s, mut max_d, mut max_ivl) = (0f64, 0f64, 0f64, 0i64);
    let mut failures = Vec::new();
    for seq in &fixture.sequences {
        let mut state = CardState::new_card();
        let mut now = start;
        for (i, step) in seq.steps.iter().enumerate() {
            let at = format!("{} step {i} ({:?} after {:?} days)", seq.name, step.rating, step.elapsed_days);
            assert_eq!(step.elapsed_days.is_none(), i == 0, "{at}: only the first review has no elapsed days");
            now += step.elapsed_days.unwrap_or(0) * DAY;
            state = scheduler.next_states(&state, now, 0).unwrap().get(step.rating).clone();

            let s = f64::from(state.stability.expect("a reviewed card has a stability"));
            let d = f64::from(state.difficulty.expect("a reviewed card has a difficulty"));
            let due = state.due.expect("a reviewed card is due some time");
            assert_eq!((due - now) % DAY, 0, "{at}: without steps every interval is whole days");
            let interval = (due - now) / DAY;

            max_s = max_s.max((s - step.stability).abs());
            max_rel_s = max_rel_s.max((s - step.stability).abs() / step.stability);
            max_d = max_d.max((d - step.difficulty).abs());
            max_ivl = max_ivl.max((interval - step.interval_days).abs());
            if !close(s, step.stability) {
                failures.push(format!("{at}: stability {s} but py-fsrs has {}", step.stability));
            }
            if !close(d, step.difficulty) {
                failures.push(format!("{at}: difficulty {d} but py-fsrs has {}", step.difficulty));
            }
            if (interval - step.interval_days).abs() > INTERVAL_TOLERANCE_DAYS {
                failures.push(format!("{at}: interval {interval} days but py-fsrs has {}", step.interval_days));
            }
        }
    }
    println!(
        "largest deviations from py-fsrs: stability {max_s:.2e} ({max_rel_s:.2e} relative), \
         difficulty {max_d:.2e}, interval {max_ivl} days"
    );
    assert!(failures.is_empty(), "{} disagreements with py-fsrs:\n{}", failures.len(), failures.join("\n"));
}
