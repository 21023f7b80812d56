//! The workload chart: the student's cards, parameters, limits and answer habits handed to the
//! simulator for each desired retention.

use super::{Collection, fuzz_seed};
use crate::error::Result;
use crate::schedule::{self, CardState, LoggedAnswer, Phase, WorkloadInput, WorkloadView};

/// How many of the newest answers are read for answer times and button habits.
const RECENT_ANSWERS: u32 = 20_000;
/// The simulator's seed: the same data always gives the same chart.
const SEED: u64 = 2026;

/// Everything the workload chart is simulated from, copied out of the collection, so that the
/// simulation (seconds at 100k cards) runs without holding the study data.
pub struct WorkloadSnapshot {
    studied: Vec<CardState>,
    new_cards: usize,
    parameters: Vec<f32>,
    new_per_day: u32,
    reviews_per_day: u32,
    maximum_interval_days: u32,
    now: i64,
    answers: Vec<LoggedAnswer>,
}

impl WorkloadSnapshot {
    /// Reviews and minutes per day and the share of cards remembered, simulated a year ahead for
    /// each desired retention from 0.70 to 0.99 ([`schedule::WORKLOAD_RETENTIONS`]).
    pub fn simulate(&self) -> Result<WorkloadView> {
        let input = WorkloadInput {
            cards: &self.studied,
            new_cards: self.new_cards,
            parameters: &self.parameters,
            new_per_day: self.new_per_day,
            reviews_per_day: self.reviews_per_day,
            maximum_interval_days: self.maximum_interval_days,
            now: self.now,
        };
        Ok(schedule::workload(&input, &self.answers, SEED)?)
    }
}

impl Collection {
    /// The workload chart's inputs: active cards' states, parameters, limits and recent answers.
    pub fn workload_snapshot(&self) -> Result<WorkloadSnapshot> {
        let (new, studied): (Vec<CardState>, Vec<CardState>) =
            self.store.active_states()?.into_iter().partition(|s| s.phase == Phase::New);
        let answers = self
            .store
            .recent_answers(RECENT_ANSWERS)?
            .into_iter()
            .map(|(card, at, rating, phase)| (fuzz_seed(&card, &CardState::new_card()) as i64, at, rating, phase))
            .collect();
        let config = self.scheduler.config();
        Ok(WorkloadSnapshot {
            studied,
            new_cards: new.len(),
            parameters: config.parameters.clone(),
            new_per_day: self.settings.new_per_day,
            reviews_per_day: self.settings.reviews_per_day,
            maximum_interval_days: config.maximum_interval_days,
            now: self.now().timestamp(),
            answers,
        })
    }

    /// The workload chart ([`WorkloadSnapshot::simulate`] of [`Self::workload_snapshot`]).
    pub fn workload(&self) -> Result<WorkloadView> {
        self.workload_snapshot()?.simulate()
    }
}
