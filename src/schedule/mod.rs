//! Scheduling with FSRS: learning and relearning steps and review intervals.
//! Everything here is pure: it reads no clock and no database.

mod balance;
mod fuzz;
mod optimize;
mod plan;
mod workload;

pub use balance::{Balance, DueLoad, EASY_DAY_SHARE};
pub use optimize::{MIN_REVIEWS_TO_OPTIMIZE, OptimizeError, ReviewEvent, optimize_parameters};
pub use plan::{
    ExamPlan, FINAL_DAYS, PLAN_SEED, PLAN_TARGETS, PlanCheck, PlanDay, PlanDayProgress, PlanFigures, PlanInput,
    PlanProgress, PlanRun, PlanVerdict, capped_day, check_plan, new_per_day, plan_simulator_config, simulate_plan,
    target_offset,
};
pub use workload::{
    LoggedAnswer, MAX_ANSWER_SECS, MIN_TIMED_ANSWERS, SITTING_GAP_SECS, WORKLOAD_DAYS, WORKLOAD_RETENTIONS,
    WorkloadInput, WorkloadPoint, WorkloadView, filled_parameters, simulator_cards, simulator_config, workload,
    workload_at,
};

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Timelike};
use fsrs::{FSRS, MemoryState};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The four answer buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn from_number(n: i64) -> Option<Rating> {
        Self::ALL.into_iter().find(|r| *r as i64 == n)
    }
}

/// Where a card is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Phase {
    New,
    Learning,
    Review,
    Relearning,
}

impl Phase {
    pub fn name(self) -> &'static str {
        match self {
            Phase::New => "new",
            Phase::Learning => "learning",
            Phase::Review => "review",
            Phase::Relearning => "relearning",
        }
    }

    pub fn parse(s: &str) -> Option<Phase> {
        [Phase::New, Phase::Learning, Phase::Review, Phase::Relearning].into_iter().find(|p| p.name() == s)
    }
}

/// A card's scheduling state. Times are Unix seconds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardState {
    pub phase: Phase,
    pub due: Option<i64>,
    pub stability: Option<f32>,
    pub difficulty: Option<f32>,
    /// Index of the current learning or relearning step.
    pub step: u32,
    pub reps: u32,
    pub lapses: u32,
    pub last_review: Option<i64>,
}

impl CardState {
    pub fn new_card() -> Self {
        Self {
            phase: Phase::New,
            due: None,
            stability: None,
            difficulty: None,
            step: 0,
            reps: 0,
            lapses: 0,
            last_review: None,
        }
    }

    fn memory(&self) -> Option<MemoryState> {
        Some(MemoryState { stability: self.stability?, difficulty: self.difficulty? })
    }
}

/// The student's scheduling settings.
#[derive(Clone, Debug, PartialEq)]
pub struct SchedulerConfig {
    pub desired_retention: f32,
    pub learning_steps: Vec<Duration>,
    pub relearning_steps: Vec<Duration>,
    pub maximum_interval_days: u32,
    /// FSRS parameters; empty means the published defaults.
    pub parameters: Vec<f32>,
    /// Spread review intervals a little so cards learned together do not stay bunched.
    pub fuzz: bool,
    /// Within the fuzz range, prefer the days with the fewest cards due (when the caller gives
    /// the days' counts, and fuzz is on).
    pub load_balance: bool,
}

impl Default for SchedulerConfig {
    fn default() -> Self {
        Self {
            desired_retention: 0.9,
            learning_steps: vec![Duration::minutes(1), Duration::minutes(10)],
            relearning_steps: vec![Duration::minutes(10)],
            maximum_interval_days: 36_500,
            parameters: Vec::new(),
            fuzz: true,
            load_balance: true,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("scheduler error: {0}")]
pub struct ScheduleError(String);

impl From<String> for ScheduleError {
    fn from(message: String) -> Self {
        Self(message)
    }
}

/// The state a card would be in after each of the four answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcomes {
    pub again: CardState,
    pub hard: CardState,
    pub good: CardState,
    pub easy: CardState,
}

impl Outcomes {
    pub fn get(&self, rating: Rating) -> &CardState {
        match rating {
            Rating::Again => &self.again,
            Rating::Hard => &self.hard,
            Rating::Good => &self.good,
            Rating::Easy => &self.easy,
        }
    }
}

/// What [`Scheduler::prepare`] works out for an answer to a card: the memory after each answer,
/// and the Hard, Good and Easy intervals in days before and after fuzz.
#[derive(Clone, Debug)]
pub struct Prepared {
    memory: fsrs::NextStates,
    review_days: [u32; 3],
    fuzzed: [u32; 3],
}

pub struct Scheduler {
    fsrs: FSRS,
    config: SchedulerConfig,
}

const DAY: i64 = 86_400;

impl Scheduler {
    pub fn new(config: SchedulerConfig) -> Result<Self, ScheduleError> {
        let fsrs = FSRS::new(&config.parameters).map_err(|e| ScheduleError(format!("{e:?}")))?;
        Ok(Self { fsrs, config })
    }

    pub fn config(&self) -> &SchedulerConfig {
        &self.config
    }

    /// What each answer would do to `state` if given at `now` (Unix seconds). `fuzz_seed`
    /// makes the interval fuzz repeatable (derive it from the card and its review count).
    pub fn next_states(&self, state: &CardState, now: i64, fuzz_seed: u64) -> Result<Outcomes, ScheduleError> {
        self.next_states_balanced(state, now, fuzz_seed, None)
    }

    /// Like [`Scheduler::next_states`]; with `balance` (and fuzz on), review intervals are
    /// spread within their fuzz range to the days with the fewest cards due
    /// ([`Balance::spread`]).
    pub fn next_states_balanced(
        &self,
        state: &CardState,
        now: i64,
        fuzz_seed: u64,
        balance: Option<&Balance>,
    ) -> Result<Outcomes, ScheduleError> {
        self.finish(&self.prepare(state, now, fuzz_seed)?, state, now, balance)
    }

    /// The part of [`Scheduler::next_states_balanced`] that does not look at the calendar: the
    /// memory after each answer and the review intervals before and after fuzz. It reads only the
    /// state's memory and last review, so a replay can work it out for every card at once.
    pub fn prepare(&self, state: &CardState, now: i64, fuzz_seed: u64) -> Result<Prepared, ScheduleError> {
        let elapsed_days = state.last_review.map_or(0, |last| ((now - last).max(0) / DAY) as u32);
        let memory = self
            .fsrs
            .next_states(state.memory(), self.config.desired_retention, elapsed_days)
            .map_err(|e| ScheduleError(format!("{e:?}")))?;
        let review_days =
            [memory.hard.interval, memory.good.interval, memory.easy.interval].map(|i| self.round_interval(i));
        let fuzzed = if self.config.fuzz {
            let mut rng = fuzz::rng(fuzz_seed);
            review_days.map(|days| fuzz::fuzzed(days, &mut rng, self.config.maximum_interval_days))
        } else {
            review_days
        };
        Ok(Prepared { memory, review_days, fuzzed })
    }

    /// The rest of [`Scheduler::next_states_balanced`]: what each answer would do to `state` at
    /// `now`, from what [`Scheduler::prepare`] worked out for them.
    pub fn finish(
        &self,
        prepared: &Prepared,
        state: &CardState,
        now: i64,
        balance: Option<&Balance>,
    ) -> Result<Outcomes, ScheduleError> {
        let memory = &prepared.memory;
        let mut review_days = prepared.review_days;
        if self.config.fuzz {
            review_days = match balance.filter(|_| self.config.load_balance) {
                Some(balance) => balance.spread(review_days, prepared.fuzzed, self.config.maximum_interval_days)?,
                None => prepared.fuzzed,
            };
        }
        // Like Anki: a better answer never gives a shorter interval.
        if review_days[1] <= review_days[0] {
            review_days[1] = review_days[0] + 1;
        }
        if review_days[2] <= review_days[1] {
            review_days[2] = review_days[1] + 1;
        }
        // The ordering may not push an interval past the maximum: at the cap, Easy takes the
        // maximum and the others the days below it.
        let max = self.config.maximum_interval_days;
        review_days[2] = review_days[2].min(max);
        review_days[1] = review_days[1].min(review_days[2].saturating_sub(1).max(1));
        review_days[0] = review_days[0].min(review_days[1].saturating_sub(1).max(1));
        // Again with no (re)learning steps to go through: FSRS's interval for the lapsed memory, as
        // Anki and py-fsrs schedule it, rather than always a day. Never longer than Hard's.
        let again_days = self.round_interval(memory.again.interval).min(review_days[0]);
        let base = CardState { reps: state.reps + 1, last_review: Some(now), ..state.clone() };
        let with = |phase: Phase, step: u32, due: i64, m: &fsrs::ItemState, lapse: bool| CardState {
            phase,
            step,
            due: Some(due),
            stability: Some(m.memory.stability),
            difficulty: Some(m.memory.difficulty),
            lapses: base.lapses + u32::from(lapse),
            ..base.clone()
        };
        let review = |days: u32, m: &fsrs::ItemState| with(Phase::Review, 0, now + i64::from(days) * DAY, m, false);
        let secs = |d: Duration| d.num_seconds();

        let outcomes = match state.phase {
            Phase::New | Phase::Learning => {
                let steps = &self.config.learning_steps;
                let step = if state.phase == Phase::New { 0 } else { state.step as usize };
                let stay = |s: usize| with(Phase::Learning, s as u32, now + secs(steps[s]), &memory.hard, false);
                Outcomes {
                    again: if steps.is_empty() {
                        review(again_days, &memory.again)
                    } else {
                        with(Phase::Learning, 0, now + secs(steps[0]), &memory.again, false)
                    },
                    hard: match steps.len() {
                        0 => review(review_days[0], &memory.hard),
                        _ => with(Phase::Learning, step as u32, now + hard_delay(steps, step), &memory.hard, false),
                    },
                    good: if step + 1 < steps.len() {
                        CardState {
                            stability: Some(memory.good.memory.stability),
                            difficulty: Some(memory.good.memory.difficulty),
                            ..stay(step + 1)
                        }
                    } else {
                        review(review_days[1], &memory.good)
                    },
                    easy: review(review_days[2], &memory.easy),
                }
            }
            Phase::Review | Phase::Relearning => {
                let steps = &self.config.relearning_steps;
                let relearning = state.phase == Phase::Relearning;
                let again = match steps.first() {
                    Some(first) => with(Phase::Relearning, 0, now + secs(*first), &memory.again, !relearning),
                    None => with(Phase::Review, 0, now + i64::from(again_days) * DAY, &memory.again, !relearning),
                };
                if relearning {
                    let step = state.step as usize;
                    Outcomes {
                        again,
                        hard: with(
                            Phase::Relearning,
                            step as u32,
                            now + hard_delay(steps, step.min(steps.len().saturating_sub(1))),
                            &memory.hard,
                            false,
                        ),
                        good: if step + 1 < steps.len() {
                            with(Phase::Relearning, step as u32 + 1, now + secs(steps[step + 1]), &memory.good, false)
                        } else {
                            review(review_days[1], &memory.good)
                        },
                        easy: review(review_days[2].min(review_days[1]), &memory.easy),
                    }
                } else {
                    Outcomes {
                        again,
                        hard: review(review_days[0], &memory.hard),
                        good: review(review_days[1], &memory.good),
                        easy: review(review_days[2], &memory.easy),
                    }
                }
            }
        };
        Ok(outcomes)
    }

    /// The probability of recalling a studied card at `now` (Unix seconds); `None` for a new card.
    pub fn retrievability(&self, state: &CardState, now: i64) -> Option<f32> {
        let memory = state.memory()?;
        let days = (now - state.last_review?).max(0) as f32 / DAY as f32;
        let decay = self.config.parameters.get(20).copied().unwrap_or(fsrs::FSRS6_DEFAULT_DECAY);
        Some(fsrs::current_retrievability(memory, days, decay))
    }

    /// Rounds an FSRS interval to whole days within 1 and the maximum interval.
    fn round_interval(&self, days: f32) -> u32 {
        (days.round() as u32).clamp(1, self.config.maximum_interval_days)
    }
}

/// The whole numbers of days a review interval of `days` may be fuzzed (and balanced) to,
/// lowest and highest; `None` when it is left as it is (below 2.5 days).
pub fn fuzz_range(days: u32, maximum_interval_days: u32) -> Option<(u32, u32)> {
    fuzz::range(days, maximum_interval_days)
}

/// The delay of Hard in learning: the average of this step and the next, or 1.5× a single step
/// (at most a day more), as Anki does.
fn hard_delay(steps: &[Duration], step: usize) -> i64 {
    let Some(current) = steps.get(step) else {
        return DAY;
    };
    match steps.get(step + 1) {
        Some(next) if step == 0 => (current.num_seconds() + next.num_seconds()) / 2,
        _ if step == 0 => (current.num_seconds() * 3 / 2).min(current.num_seconds() + DAY),
        _ => current.num_seconds(),
    }
}

/// The start of the study day containing `now`: the latest `rollover_hour`:00 local time at or before it.
pub fn day_start(now: DateTime<FixedOffset>, rollover_hour: u32) -> DateTime<FixedOffset> {
    let date = if now.hour() < rollover_hour { now.date_naive() - Duration::days(1) } else { now.date_naive() };
    let local = date.and_hms_opt(rollover_hour, 0, 0).expect("valid hour");
    now.offset().from_local_datetime(&local).single().expect("fixed offsets are unambiguous")
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_767_600_000;

    fn scheduler() -> Scheduler {
        Scheduler::new(SchedulerConfig { fuzz: false, ..SchedulerConfig::default() }).unwrap()
    }

    #[test]
    fn a_new_card_walks_through_the_learning_steps() {
        let s = scheduler();
        let o = s.next_states(&CardState::new_card(), NOW, 0).unwrap();
        assert_eq!((o.again.phase, o.again.due), (Phase::Learning, Some(NOW + 60)), "again: first step, 1m");
        assert_eq!(o.hard.due, Some(NOW + 330), "hard on the first step: average of 1m and 10m");
        assert_eq!(
            (o.good.phase, o.good.step, o.good.due),
            (Phase::Learning, 1, Some(NOW + 600)),
            "good: next step, 10m"
        );
        assert_eq!(
            (o.easy.phase, o.easy.due),
            (Phase::Review, Some(NOW + 8 * DAY)),
            "easy graduates with FSRS's easy interval"
        );
        let graduated = s.next_states(&o.good, NOW + 600, 0).unwrap().good;
        assert_eq!(
            (graduated.phase, graduated.due),
            (Phase::Review, Some(NOW + 600 + 3 * DAY)),
            "good on the last step graduates; FSRS-6 counts the same-day step, so 3 days rather than 2"
        );
    }

    #[test]
    fn a_lapse_goes_to_relearning_and_counts() {
        let s = scheduler();
        let learned = s.next_states(&CardState::new_card(), NOW, 0).unwrap().easy;
        let later = NOW + 8 * DAY;
        let lapsed = s.next_states(&learned, later, 0).unwrap().again;
        assert_eq!((lapsed.phase, lapsed.lapses, lapsed.due), (Phase::Relearning, 1, Some(later + 600)));
        let back = s.next_states(&lapsed, later + 600, 0).unwrap().good;
        assert_eq!(back.phase, Phase::Review);
        assert_eq!(back.lapses, 1, "relearning does not count a second lapse");
    }

    #[test]
    fn review_intervals_grow_with_the_answer() {
        let s = scheduler();
        let learned = s.next_states(&CardState::new_card(), NOW, 0).unwrap().easy;
        let o = s.next_states(&learned, NOW + 8 * DAY, 0).unwrap();
        let days = |c: &CardState| (c.due.unwrap() - NOW - 8 * DAY) / DAY;
        assert!(days(&o.hard) < days(&o.good) && days(&o.good) < days(&o.easy), "{o:?}");
    }

    #[test]
    fn no_interval_passes_the_maximum_whatever_the_ordering_rule() {
        for max in [36_500, 100] {
            let config = SchedulerConfig { maximum_interval_days: max, ..SchedulerConfig::default() };
            let s = Scheduler::new(config).unwrap();
            let long = CardState {
                phase: Phase::Review,
                due: Some(NOW),
                stability: Some(1_000_000.0),
                difficulty: Some(1.0),
                step: 0,
                reps: 40,
                lapses: 0,
                last_review: Some(NOW - 30_000 * DAY),
            };
            for seed in 0..20 {
                let o = s.next_states(&long, NOW, seed).unwrap();
                let days = |c: &CardState| (c.due.unwrap() - NOW) / DAY;
                assert!(days(&o.easy) <= i64::from(max), "max {max}: easy {} days", days(&o.easy));
                assert!(days(&o.hard) < days(&o.good) && days(&o.good) < days(&o.easy), "max {max}: {o:?}");
            }
        }
    }

    #[test]
    fn the_day_rolls_over_at_four_local() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        assert_eq!(day_start(at("2026-01-05T03:59:00+08:00"), 4), at("2026-01-04T04:00:00+08:00"));
        assert_eq!(day_start(at("2026-01-05T04:00:00+08:00"), 4), at("2026-01-05T04:00:00+08:00"));
    }
}
