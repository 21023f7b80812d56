//! The workload chart: the student's cards, parameters, limits and answer habits handed to the
//! simulator for each desired retention.

use super::{Collection, fuzz_seed};
use crate::error::Result;
use crate::schedule::{self, CardState, Phase, WorkloadInput, WorkloadView};

/// How many of the newest answers are read for answer times and button habits.
const RECENT_ANSWERS: u32 = 20_000;
/// The simulator's seed: the same data always gives the same chart.
const SEED: u64 = 2026;

impl Collection {
    /// Reviews and minutes per day and the share of cards remembered, simulated a year ahead for
    /// each desired retention from 0.70 to 0.99 ([`schedule::WORKLOAD_RETENTIONS`]).
    pub fn workload(&self) -> Result<WorkloadView> {
        let (new, studied): (Vec<CardState>, Vec<CardState>) =
            self.store.active_states()?.into_iter().partition(|s| s.phase == Phase::New);
        let answers: Vec<_> = self
            .store
            .recent_answers(RECENT_ANSWERS)?
            .into_iter()
            .map(|(card, at, rating, phase)| (fuzz_seed(&card, &CardState::new_card()) as i64, at, rating, phase))
            .collect();
        let config = self.scheduler.config();
        let input = WorkloadInput {
            cards: &studied,
            new_cards: new.len(),
            parameters: &config.parameters,
            new_per_day: self.settings.new_per_day,
            reviews_per_day: self.settings.reviews_per_day,
            maximum_interval_days: config.maximum_interval_days,
            now: self.now().timestamp(),
        };
        Ok(schedule::workload(&input, &answers, SEED)?)
    }
}
