//! Exam plans: how much study a date asks for, and the rule that makes the schedule serve it.
//!
//! The feasibility of a plan is the fsrs crate's simulator run from the in-scope cards' real
//! memory states, with the student's parameters, desired retention and answer times
//! ([`super::simulator_config`]), up to the exam day, under the plan's rule. The student's daily
//! review limit does not apply: the figures are what the plan needs (once saved, the plan raises
//! the day's limits to its own figures). The rule:
//!
//! - **Final review.** Each in-scope card is answered once more in the last [`FINAL_DAYS`] study
//!   days before the exam. An answer given before that window whose next review would fall
//!   after the card's *target day* is due on the target day instead. The target day is the day
//!   before the exam minus `k`, with `k` from 0 to `FINAL_DAYS − 1` fixed by the card
//!   ([`target_offset`]), so the final reviews spread over the window rather than all landing
//!   on the eve of the exam. Answers inside the window keep their normal interval (the card has
//!   had its final review).
//! - **New cards.** Every in-scope card not yet studied is introduced before the window: the
//!   plan's new cards per day are the new cards divided by the study days before the window
//!   (all of them today when the exam is within the window).
//!
//! The expected recall on the exam day is the mean, over every in-scope card, of the
//! probability of recalling it on that day after the simulated reviews (a card never studied
//! counts 0). Nothing here reads a clock or a database.

use chrono::{Days, NaiveDate};
use fsrs::{MemoryState, PostSchedulingFn, SimulatorConfig};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use ts_rs::TS;

use super::{
    CardState, LoggedAnswer, ScheduleError, WorkloadInput, filled_parameters, simulator_cards, simulator_config,
};

/// The last study days before the exam in which every studied in-scope card is seen once more.
pub const FINAL_DAYS: u32 = 3;
/// The lowest and highest recall a plan may aim for.
pub const PLAN_TARGETS: (f32, f32) = (0.50, 0.99);
/// Later exam dates tried, in days after the one asked for, when its target is out of reach.
const LATER_DAYS: [u32; 8] = [3, 7, 14, 21, 30, 60, 90, 180];
/// Higher desired retentions tried when the target is out of reach by the date.
const HIGHER_RETENTIONS: [f32; 7] = [0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99];
/// The simulator's seed: the same data always gives the same figures.
pub const PLAN_SEED: u64 = 2026;

/// An exam: its name, date, the cards it covers and the recall aimed for on the day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExamPlan {
    /// Names the plan; saving a plan of the same name changes it.
    pub name: String,
    /// The exam's date, `YYYY-MM-DD` (a local study day).
    pub exam_date: String,
    /// Readings covered (ids). With `tags`, a card is in scope when its reading is one of these
    /// or its claim has one of the tags; both empty means every card.
    #[serde(default)]
    pub readings: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// The share of in-scope cards to remember on the exam day, 0.50–0.99.
    pub target: f32,
    /// The most minutes a day the student can give to study; none: as many as the plan needs.
    #[serde(default)]
    #[ts(optional)]
    pub minutes_per_day: Option<u32>,
}

/// One simulated study day of a plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanDay {
    pub reviews: u32,
    pub new: u32,
    pub minutes: f32,
}

/// What a plan asks for, as simulated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanFigures {
    /// Study days from today up to the exam day (today counts, the exam day does not).
    pub days: u32,
    /// Cards in scope (in study: neither suspended nor archived), and those not studied yet.
    pub cards: u32,
    pub new_cards: u32,
    /// New in-scope cards to introduce each day.
    pub new_per_day: u32,
    /// Answers to studied cards, and minutes of study, per day on average.
    pub reviews_per_day: f32,
    pub minutes_per_day: f32,
    /// The expected share of in-scope cards remembered on the exam day.
    pub expected_recall: f32,
    /// Whether the minutes come from the student's own answer times (from
    /// [`super::MIN_TIMED_ANSWERS`] timed answers) or the simulator's defaults.
    pub own_times: bool,
    pub timed_answers: u32,
    /// Each simulated day, today first.
    pub daily: Vec<PlanDay>,
}

/// Whether the target can be reached, and what can when it cannot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "code", rename_all = "snake_case")]
#[ts(export)]
pub enum PlanVerdict {
    /// The expected recall on the exam day reaches the target.
    Reachable,
    /// It does not. `reachable_recall` is what the date gives; `earliest_date` the first later
    /// date tried that reaches the target (none within half a year); `retention_needed` and
    /// `minutes_needed` the desired retention (and its minutes per day) that reaches it by the
    /// date, if one up to 0.99 does; `unlimited_minutes`, when the plan has a daily budget, the
    /// minutes a day that reach it by the date with no budget (none if that does not either).
    NotReachable {
        reachable_recall: f32,
        earliest_date: Option<String>,
        retention_needed: Option<f32>,
        minutes_needed: Option<f32>,
        unlimited_minutes: Option<f32>,
    },
    /// The exam is today or past: there is no study day left.
    ExamPassed,
    /// No card in study is in the scope.
    EmptyScope,
}

/// A plan's feasibility: the figures and the verdict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanCheck {
    pub figures: PlanFigures,
    pub verdict: PlanVerdict,
}

/// One study day of a saved plan: what the plan expected and what was done (answers to
/// in-scope cards, the first answers to new ones counted apart).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanDayProgress {
    /// The study day, `YYYY-MM-DD`.
    pub date: String,
    pub planned_reviews: u32,
    pub planned_new: u32,
    pub done_reviews: u32,
    pub done_new: u32,
}

/// A saved plan against what was done, from the day it was saved (or last changed) to today,
/// with its figures simulated again from today.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanProgress {
    pub plan: ExamPlan,
    /// The study day the plan was saved, `YYYY-MM-DD`.
    pub saved: String,
    /// New in-scope cards a day that the plan lets in, above the daily limit if need be.
    pub new_per_day: u32,
    pub days: Vec<PlanDayProgress>,
    pub check: PlanCheck,
}

/// What a plan's simulation starts from.
pub struct PlanInput<'a> {
    /// The studied in-scope cards' states (active cards only).
    pub cards: &'a [CardState],
    /// In-scope active cards never studied.
    pub new_cards: usize,
    /// FSRS parameters; empty means the published defaults.
    pub parameters: &'a [f32],
    pub desired_retention: f32,
    pub maximum_interval_days: u32,
    /// Now, Unix seconds, and today's study date.
    pub now: i64,
    pub today: NaiveDate,
    /// Study days before the exam day (the exam is on `today + days`).
    pub days: u32,
    pub target: f32,
    /// The most minutes a day of study; none: no limit.
    pub budget_minutes: Option<u32>,
}

/// The card's place in the final window, in days counted back from the eve of the exam (0 is
/// the eve). `key` is any number fixed for the card (the collection uses the hash of its id).
pub fn target_offset(key: u64) -> u32 {
    (key % u64::from(FINAL_DAYS)) as u32
}

/// The plan's rule for one answer: given today's study day and the exam's (as day numbers), the
/// card's key ([`target_offset`]) and the study day a review outcome would fall on, the day it
/// falls on under the plan. Unchanged inside the final window and when the day is not after the
/// card's target day.
pub fn capped_day(today: i64, exam_day: i64, key: u64, due_day: i64) -> i64 {
    if today + i64::from(FINAL_DAYS) >= exam_day {
        return due_day;
    }
    let target = exam_day - 1 - i64::from(target_offset(key));
    due_day.min(target)
}

/// New cards per day that introduce `new_cards` before the final window of an exam `days` away.
pub fn new_per_day(new_cards: usize, days: u32) -> u32 {
    if new_cards == 0 {
        return 0;
    }
    let window = days.saturating_sub(FINAL_DAYS).max(1) as usize;
    new_cards.div_ceil(window) as u32
}

/// The simulator's settings for a plan: the student's times and limits, the plan's days and
/// new cards, and the plan's rule as the crate's post-scheduling hook.
pub fn plan_simulator_config(input: &PlanInput, answers: &[LoggedAnswer], days: u32) -> (SimulatorConfig, usize) {
    let workload = workload_input(input);
    let (mut config, timed) = simulator_config(&workload, answers);
    config.learn_span = days as usize;
    config.learn_limit = new_per_day(input.new_cards, days) as usize;
    config.deck_size = input.cards.len() + input.new_cards;
    config.review_limit = usize::MAX;
    config.max_cost_perday = input.budget_minutes.map_or(f32::INFINITY, |m| m as f32 * 60.0);
    let exam_day = i64::from(days);
    config.post_scheduling_fn = Some(PostSchedulingFn::new(move |ctx| {
        let today = ctx.today as i64;
        let due = today + ctx.card.interval as i64;
        let capped = capped_day(today, exam_day, ctx.card.id.unsigned_abs(), due);
        (capped - today).max(1) as f32
    }));
    (config, timed)
}

fn workload_input<'a>(input: &PlanInput<'a>) -> WorkloadInput<'a> {
    WorkloadInput {
        cards: input.cards,
        new_cards: input.new_cards,
        parameters: input.parameters,
        new_per_day: 0,
        reviews_per_day: 0,
        maximum_interval_days: input.maximum_interval_days,
        now: input.now,
    }
}

/// One simulation of a plan: its days and the expected recall on the exam day.
pub struct PlanRun {
    pub daily: Vec<PlanDay>,
    pub expected_recall: f32,
}

/// Simulates the plan `days` study days to the exam at `retention`. Studied cards already due
/// after their target day start due on it, as saving the plan makes them.
pub fn simulate_plan(
    input: &PlanInput,
    config: &SimulatorConfig,
    days: u32,
    retention: f32,
) -> Result<PlanRun, ScheduleError> {
    let parameters = Arc::new(filled_parameters(input.parameters)?);
    let mut cards = simulator_cards(&workload_input(input), &parameters, retention);
    for card in &mut cards {
        let capped = capped_day(0, i64::from(days), card.id.unsigned_abs(), card.due as i64) as f32;
        if capped < card.due {
            card.due = capped;
            card.interval = card.due - card.last_date;
        }
    }
    let total = (input.cards.len() + input.new_cards) as f32;
    let result = fsrs::simulate(config, &parameters, retention, Some(PLAN_SEED), Some(cards))
        .map_err(|e| ScheduleError::from(format!("{e:?}")))?;
    let decay = parameters.get(20).copied().unwrap_or(fsrs::FSRS6_DEFAULT_DECAY);
    let exam = days as f32;
    let remembered: f32 = result
        .cards
        .iter()
        .filter(|c| c.last_date.is_finite() && c.stability > 0.0)
        .map(|c| {
            let memory = MemoryState { stability: c.stability, difficulty: c.difficulty };
            fsrs::current_retrievability(memory, (exam - c.last_date).max(0.0), decay)
        })
        .sum();
    let daily = (0..days as usize)
        .map(|d| PlanDay {
            reviews: result.review_cnt_per_day.get(d).copied().unwrap_or(0) as u32,
            new: result.learn_cnt_per_day.get(d).copied().unwrap_or(0) as u32,
            minutes: result.cost_per_day.get(d).copied().unwrap_or(0.0) / 60.0,
        })
        .collect();
    Ok(PlanRun { daily, expected_recall: if total > 0.0 { remembered / total } else { 0.0 } })
}

/// A plan's feasibility: the figures of the date asked for and, when its target is out of
/// reach, the first later date and the first higher desired retention that reach it.
pub fn check_plan(input: &PlanInput, answers: &[LoggedAnswer]) -> Result<PlanCheck, ScheduleError> {
    let (config, timed) = plan_simulator_config(input, answers, input.days.max(1));
    let total = input.cards.len() + input.new_cards;
    let mut figures = PlanFigures {
        days: input.days,
        cards: total as u32,
        new_cards: input.new_cards as u32,
        new_per_day: new_per_day(input.new_cards, input.days),
        reviews_per_day: 0.0,
        minutes_per_day: 0.0,
        expected_recall: 0.0,
        own_times: timed >= super::MIN_TIMED_ANSWERS,
        timed_answers: timed as u32,
        daily: Vec::new(),
    };
    if input.days == 0 {
        return Ok(PlanCheck { figures, verdict: PlanVerdict::ExamPassed });
    }
    if total == 0 {
        return Ok(PlanCheck { figures, verdict: PlanVerdict::EmptyScope });
    }
    let run = simulate_plan(input, &config, input.days, input.desired_retention)?;
    let days = run.daily.len().max(1) as f32;
    figures.reviews_per_day = run.daily.iter().map(|d| d.reviews as f32).sum::<f32>() / days;
    figures.minutes_per_day = run.daily.iter().map(|d| d.minutes).sum::<f32>() / days;
    figures.expected_recall = run.expected_recall;
    figures.daily = run.daily;
    if run.expected_recall >= input.target {
        return Ok(PlanCheck { figures, verdict: PlanVerdict::Reachable });
    }
    // What would reach it: the later dates and the higher retentions, simulated side by side.
    let retentions: Vec<f32> = HIGHER_RETENTIONS.into_iter().filter(|&r| r > input.desired_retention).collect();
    let unlimited_input = PlanInput { budget_minutes: None, ..*input };
    let (later, (higher, unlimited)) = std::thread::scope(|scope| {
        let later = scope.spawn(|| -> Result<Option<u32>, ScheduleError> {
            for extra in LATER_DAYS {
                let days = input.days + extra;
                let (config, _) = plan_simulator_config(input, answers, days);
                let shifted = PlanInput { days, ..*input };
                if simulate_plan(&shifted, &config, days, input.desired_retention)?.expected_recall >= input.target {
                    return Ok(Some(days));
                }
            }
            Ok(None)
        });
        let higher = (|| -> Result<Option<(f32, f32)>, ScheduleError> {
            for &retention in &retentions {
                let run = simulate_plan(input, &config, input.days, retention)?;
                if run.expected_recall >= input.target {
                    let minutes = run.daily.iter().map(|d| d.minutes).sum::<f32>() / days;
                    return Ok(Some((retention, minutes)));
                }
            }
            Ok(None)
        })();
        let unlimited = (|| -> Result<Option<f32>, ScheduleError> {
            if input.budget_minutes.is_none() {
                return Ok(None);
            }
            let (config, _) = plan_simulator_config(&unlimited_input, answers, input.days);
            let run = simulate_plan(&unlimited_input, &config, input.days, input.desired_retention)?;
            Ok((run.expected_recall >= input.target).then(|| run.daily.iter().map(|d| d.minutes).sum::<f32>() / days))
        })();
        (later.join().expect("a simulation does not panic"), (higher, unlimited))
    });
    let earliest_date = later?.and_then(|days| input.today.checked_add_days(Days::new(u64::from(days))));
    let higher = higher?;
    Ok(PlanCheck {
        figures,
        verdict: PlanVerdict::NotReachable {
            reachable_recall: run.expected_recall,
            earliest_date: earliest_date.map(|d| d.format("%Y-%m-%d").to_string()),
            retention_needed: higher.map(|h| h.0),
            minutes_needed: higher.map(|h| h.1),
            unlimited_minutes: unlimited?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_keeps_the_window_and_spreads_the_targets() {
        // Exam on day 20: the window is days 17, 18 and 19.
        assert_eq!(capped_day(0, 20, 0, 40), 19, "offset 0: the eve of the exam");
        assert_eq!(capped_day(0, 20, 1, 40), 18);
        assert_eq!(capped_day(0, 20, 2, 40), 17);
        assert_eq!(capped_day(0, 20, 0, 10), 10, "a review before the target day stays");
        assert_eq!(capped_day(17, 20, 0, 40), 40, "inside the window the interval is left alone");
        assert_eq!(capped_day(16, 20, 2, 40), 17);
    }

    #[test]
    fn new_cards_come_before_the_window() {
        assert_eq!(new_per_day(0, 30), 0);
        assert_eq!(new_per_day(100, 13), 10);
        assert_eq!(new_per_day(100, 2), 100, "an exam within the window: all today");
    }
}
