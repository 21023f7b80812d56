//! A card's history: every answer with the memory it left, the memory now and its forgetting
//! curve, for the history dialog and `steppe card`.

use chrono::TimeZone;

use super::Collection;
use super::LEECH_LAPSES;
use super::balance::ReplayLoad;
use crate::error::Result;
use crate::ids::CardId;
use crate::schedule::CardState;
use crate::store::{CardRecord, LoggedAnswer};
use crate::views::{AnswerSource, CardHistory, CurvePoint, HistoryAnswer, MemoryNow};

const DAY: i64 = 86_400;
/// Points of the forgetting curve, evenly spaced (the due date is added as one more).
const CURVE_POINTS: i64 = 60;

impl Collection {
    /// Card `id`'s history. The memory after each answer is the record the review log keeps from
    /// before the next one (the card's record now, after the last); recall probabilities come
    /// from the scheduler's current parameters.
    pub fn card_history(&self, id: &CardId) -> Result<CardHistory> {
        let card = self.card(id)?;
        let record = self.record(id)?;
        let claim = self.claim(&card.claim)?;
        let now = self.now();
        let offset = *now.offset();
        let at = |secs: i64| offset.timestamp_opt(secs, 0).single().map(|t| t.to_rfc3339());
        let log = self.store.card_log(id)?;
        let before = self.states_before(id, &log)?;
        let answers = log
            .iter()
            .enumerate()
            .map(|(i, entry)| {
                let after = before.get(i + 1).unwrap_or(&record.state);
                let secs = entry.at_ms.div_euclid(1000);
                HistoryAnswer {
                    at: offset.timestamp_millis_opt(entry.at_ms).single().map(|t| t.to_rfc3339()).unwrap_or_default(),
                    rating: entry.rating,
                    source: if entry.source == "quiz" { AnswerSource::Quiz } else { AnswerSource::Review },
                    phase: entry.phase,
                    interval: after.due.map(|due| due - secs),
                    stability: after.stability,
                    difficulty: after.difficulty,
                    recall: self.scheduler.retrievability(&before[i], secs),
                }
            })
            .collect();
        let state = &record.state;
        let now_secs = now.timestamp();
        let memory = MemoryNow {
            phase: state.phase,
            stability: state.stability,
            difficulty: state.difficulty,
            due: state.due.and_then(at),
            last_review: state.last_review.and_then(at),
            recall: self.scheduler.retrievability(state, now_secs),
            reps: state.reps,
            lapses: state.lapses,
            suspended: record.suspended,
            leech: record.leech,
        };
        Ok(CardHistory {
            language: self.deck.info.language.clone(),
            card: id.clone(),
            kind: card.kind,
            prompt: card.prompt.clone(),
            frame: card.frame.clone(),
            claim: claim.id.clone(),
            claim_text: claim.text.clone(),
            quote: claim.quote.clone(),
            reading: claim.reading.clone(),
            reading_title: self.reading_title(&claim.reading),
            now: now.to_rfc3339(),
            memory,
            answers,
            curve: self.forgetting_curve(state, now_secs),
            due_in_days: state.due.filter(|_| state.last_review.is_some()).map(|due| days(due - now_secs)),
            desired_retention: self.desired_retention(),
        })
    }

    /// The card's state before each of its answers `log` (oldest first): the record the log
    /// keeps for the newest answers, and for older ones the state replayed through the
    /// scheduler from the one before (a new card's before the first answer).
    fn states_before(&self, id: &CardId, log: &[LoggedAnswer]) -> Result<Vec<CardState>> {
        let days = self.study_days();
        let mut load = ReplayLoad::default();
        let mut out: Vec<CardState> = Vec::with_capacity(log.len());
        let mut state = CardState::new_card();
        for entry in log {
            if let Some(kept) = &entry.before {
                state = kept.state.clone();
            }
            let next = self
                .replayed_outcomes(id, &state, entry.at_ms.div_euclid(1000), &days, &mut load)?
                .get(entry.rating)
                .clone();
            out.push(std::mem::replace(&mut state, next));
        }
        Ok(out)
    }

    /// The record card `id` had before its answer in row `row` of the log, rebuilt from its answers
    /// (see [`Collection::states_before`]) when the log no longer keeps it. The flags are the
    /// card's own, less the leech tag (and the suspension that came with it) when that answer
    /// made the card a leech.
    pub(super) fn rebuilt_record_before(&self, id: &CardId, row: i64) -> Result<CardRecord> {
        let log = self.store.card_log(id)?;
        let at = log.iter().position(|a| a.row == row);
        let states = self.states_before(id, &log[..at.map_or(log.len(), |at| at + 1)])?;
        let state = states.last().cloned().unwrap_or_else(CardState::new_card);
        let now = self.record(id)?;
        let leech_before = now.leech && state.lapses >= LEECH_LAPSES;
        let suspended = now.suspended && (leech_before || !now.leech);
        Ok(CardRecord { state, suspended, leech: leech_before })
    }

    /// The probability of recalling a card in `state` from `now` to its due date and as long
    /// again as its last interval (at least a day) after it; empty for a card never studied.
    fn forgetting_curve(&self, state: &CardState, now: i64) -> Vec<CurvePoint> {
        let (Some(last), Some(due)) = (state.last_review, state.due) else { return Vec::new() };
        let to_due = (due - now).max(0);
        let end = to_due + (due - last).max(DAY);
        let mut offsets: Vec<i64> = (0..CURVE_POINTS).map(|i| end * i / (CURVE_POINTS - 1)).collect();
        if to_due > 0 && !offsets.contains(&to_due) {
            let at = offsets.partition_point(|&o| o < to_due);
            offsets.insert(at, to_due);
        }
        offsets
            .into_iter()
            .filter_map(|o| Some(CurvePoint { days: days(o), recall: self.scheduler.retrievability(state, now + o)? }))
            .collect()
    }
}

fn days(secs: i64) -> f32 {
    secs as f32 / DAY as f32
}
