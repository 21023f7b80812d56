//! Workload against desired retention: from the student's cards, parameters, limits and answer
//! habits, the fsrs crate's simulator gives the reviews and minutes per day and the share of
//! cards remembered that each retention would bring, so the setting is chosen with numbers.

use fsrs::{RevlogEntry, RevlogReviewKind, SimulatorConfig};
use serde::Serialize;
use std::sync::Arc;
use ts_rs::TS;

use super::{CardState, Phase, Rating, ScheduleError};

const DAY: i64 = 86_400;
/// The retentions the chart shows (each is a simulation of every card, so not every hundredth).
pub const WORKLOAD_RETENTIONS: [f32; 9] = [0.70, 0.75, 0.80, 0.85, 0.90, 0.93, 0.95, 0.97, 0.99];
/// How many days ahead the simulation looks: a term, as an exam plan does.
pub const WORKLOAD_DAYS: usize = 90;
/// Timed answers needed before the student's own answer times and button habits are used.
pub const MIN_TIMED_ANSWERS: usize = 200;
/// Two answers further apart than this are not one sitting: the later one is not timed.
pub const SITTING_GAP_SECS: i64 = 300;
/// The longest an answer is counted as taking (a pause at the card is not study time).
pub const MAX_ANSWER_SECS: i64 = 60;

/// One retention's simulated workload.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct WorkloadPoint {
    pub desired_retention: f32,
    /// Reviews (of cards already introduced) per day, on average over the days simulated.
    pub reviews_per_day: f32,
    /// Minutes of study per day, new cards included, on average.
    pub minutes_per_day: f32,
    /// The expected share of introduced cards remembered at the end of the days simulated.
    pub recall: f32,
}

/// The workload chart of the Settings screen.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct WorkloadView {
    pub points: Vec<WorkloadPoint>,
    /// The days simulated.
    pub days: u32,
    /// Cards studied so far, and new cards still to come.
    pub studied: u32,
    pub new: u32,
    /// Answers timed from the student's sittings; the times and button habits are the student's
    /// own from [`MIN_TIMED_ANSWERS`] on, the simulator's defaults before.
    pub timed_answers: u32,
    pub own_times: bool,
}

/// What the simulation starts from.
pub struct WorkloadInput<'a> {
    /// The studied, active cards' states.
    pub cards: &'a [CardState],
    /// Active cards not yet introduced.
    pub new_cards: usize,
    /// FSRS parameters; empty means the published defaults.
    pub parameters: &'a [f32],
    pub new_per_day: u32,
    pub reviews_per_day: u32,
    pub maximum_interval_days: u32,
    /// Now, Unix seconds.
    pub now: i64,
}

/// One logged answer: a number for its card, when (Unix ms), the button, and the phase the card
/// was in.
pub type LoggedAnswer = (i64, i64, Rating, Phase);

/// The simulator's settings for this student: the crate's defaults, or, from
/// [`MIN_TIMED_ANSWERS`] timed answers on, the times and buttons read from `answers` (in the
/// order given) by the crate's `extract_simulator_config`. The second value counts the timed
/// answers.
pub fn simulator_config(input: &WorkloadInput, answers: &[LoggedAnswer]) -> (SimulatorConfig, usize) {
    let mut entries = Vec::with_capacity(answers.len());
    let mut previous: Option<i64> = None;
    for &(card, at, rating, phase) in answers {
        let gap = previous.map_or(i64::MAX, |p| at - p);
        previous = Some(at);
        let taken = if gap > 0 && gap <= SITTING_GAP_SECS * 1000 { gap.min(MAX_ANSWER_SECS * 1000) } else { 0 };
        let review_kind = match phase {
            Phase::New | Phase::Learning => RevlogReviewKind::Learning,
            Phase::Review => RevlogReviewKind::Review,
            Phase::Relearning => RevlogReviewKind::Relearning,
        };
        entries.push(RevlogEntry {
            id: at,
            cid: card,
            button_chosen: rating as u8,
            taken_millis: taken as u32,
            review_kind,
            ..RevlogEntry::default()
        });
    }
    let timed = entries.iter().filter(|e| e.taken_millis > 0).count();
    let defaults = SimulatorConfig::default();
    let mut config = if timed >= MIN_TIMED_ANSWERS {
        let mut own = fsrs::extract_simulator_config(entries, 0, true);
        // A button never pressed in a state has no time of its own: the default stands in.
        for (row, default_row) in own.state_rating_costs.iter_mut().zip(defaults.state_rating_costs) {
            for (cost, default) in row.iter_mut().zip(default_row) {
                if *cost <= 0.0 {
                    *cost = default;
                }
            }
        }
        own
    } else {
        SimulatorConfig::default()
    };
    config.deck_size = (input.cards.len() + input.new_cards).max(1);
    config.learn_span = WORKLOAD_DAYS;
    config.max_cost_perday = f32::INFINITY;
    config.max_ivl = input.maximum_interval_days as f32;
    config.learn_limit = input.new_per_day as usize;
    config.review_limit = input.reviews_per_day as usize;
    config.new_cards_ignore_review_limit = true;
    config.suspend_after_lapses = Some(crate::LEECH_LAPSES);
    (config, timed)
}

/// The parameters the simulator uses: the student's, or the published defaults.
pub fn filled_parameters(parameters: &[f32]) -> Result<Vec<f32>, ScheduleError> {
    fsrs::check_and_fill_parameters(parameters).map_err(|e| ScheduleError::from(format!("{e:?}")))
}

/// The studied cards as the simulator takes them: days counted from today (day 0), overdue
/// cards due today, each aiming at `retention`.
pub fn simulator_cards(input: &WorkloadInput, parameters: &Arc<Vec<f32>>, retention: f32) -> Vec<fsrs::Card> {
    input
        .cards
        .iter()
        .enumerate()
        .filter_map(|(i, state)| {
            let (stability, difficulty) = (state.stability?, state.difficulty?);
            let last = state.last_review?;
            let last_date = -((input.now - last).max(0) as f32 / DAY as f32);
            let due = ((state.due.unwrap_or(input.now) - input.now) as f32 / DAY as f32).max(0.0);
            Some(fsrs::Card {
                id: i as i64 + 1,
                difficulty,
                stability,
                last_date,
                due,
                interval: due - last_date,
                lapses: state.lapses,
                desired_retention: retention,
                parameters: parameters.clone(),
            })
        })
        .collect()
}

/// One point of the chart: the crate's simulator run at `retention`.
pub fn workload_at(
    input: &WorkloadInput,
    config: &SimulatorConfig,
    retention: f32,
    seed: u64,
) -> Result<WorkloadPoint, ScheduleError> {
    let parameters = Arc::new(filled_parameters(input.parameters)?);
    let cards = simulator_cards(input, &parameters, retention);
    let result = fsrs::simulate(config, &parameters, retention, Some(seed), Some(cards))
        .map_err(|e| ScheduleError::from(format!("{e:?}")))?;
    let days = result.review_cnt_per_day.len().max(1) as f32;
    let introduced = result.introduced_cnt_per_day.last().copied().unwrap_or(0) as f32;
    let memorized = result.memorized_cnt_per_day.last().copied().unwrap_or(0.0);
    Ok(WorkloadPoint {
        desired_retention: retention,
        reviews_per_day: result.review_cnt_per_day.iter().sum::<usize>() as f32 / days,
        minutes_per_day: result.cost_per_day.iter().sum::<f32>() / days / 60.0,
        recall: if introduced > 0.0 { memorized / introduced } else { 0.0 },
    })
}

/// The whole chart: every retention of [`WORKLOAD_RETENTIONS`], with the same seed, the
/// simulations side by side on the machine's cores.
pub fn workload(input: &WorkloadInput, answers: &[LoggedAnswer], seed: u64) -> Result<WorkloadView, ScheduleError> {
    let (config, timed) = simulator_config(input, answers);
    let config = &config;
    let points = std::thread::scope(|scope| {
        let runs: Vec<_> =
            WORKLOAD_RETENTIONS.iter().map(|&r| scope.spawn(move || workload_at(input, config, r, seed))).collect();
        runs.into_iter().map(|run| run.join().expect("a simulation does not panic")).collect::<Result<Vec<_>, _>>()
    })?;
    Ok(WorkloadView {
        points,
        days: WORKLOAD_DAYS as u32,
        studied: input.cards.len() as u32,
        new: input.new_cards as u32,
        timed_answers: timed as u32,
        own_times: timed >= MIN_TIMED_ANSWERS,
    })
}
