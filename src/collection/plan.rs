//! Exam plans in the collection: checking a plan against the student's real cards, saving,
//! changing and dropping plans, the plan's rule applied to each answer and to today's new-card
//! limit, and each plan's days against what was done.
//!
//! Plans are kept as one JSON setting ([`PLANS_KEY`]); nothing else is stored for them, so
//! dropping a plan loses no history. What a saved plan changes (see [`crate::schedule::plan`]):
//!
//! - An answer to an in-scope card before the final window gets an interval that ends no later
//!   than the card's target day (the last [`FINAL_DAYS`] study days before the exam, spread by
//!   the card). A card in the scopes of several exams follows the earliest exam still ahead.
//! - Saving brings forward each studied in-scope card due after its target day to that day
//!   (its due time only; the review log is untouched).
//! - In those final days, the plan's cards are not buried by a sibling answered the same day.
//! - Today's limits are raised, if need be, to what the plans still need today: each plan's new
//!   cards per day less the in-scope cards introduced today, and its planned reviews for the day
//!   (as simulated when it was saved) less the in-scope reviews done today.
//! - Cards outside every scope keep their normal schedule; dropping a plan restores normal
//!   intervals from each card's next answer. States replayed from the review log
//!   (`states_from_review_log`) do not know plans: like a settings change, a plan makes the
//!   stored states differ from the replay.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::Arc;

use super::{Collection, balance::StudyDays, fuzz_seed};
use crate::error::{Error, Result};
use crate::ids::{CardId, ClaimId, ReadingId};
use crate::queue::DayWindow;
use crate::schedule::{
    self, CardState, ExamPlan, FINAL_DAYS, Outcomes, PLAN_TARGETS, Phase, PlanCheck, PlanDay, PlanDayProgress,
    PlanInput, PlanProgress,
};
use crate::store::Today;
use rustc_hash::FxHashSet;

/// The setting that holds the saved plans.
const PLANS_KEY: &str = "exam_plans";
/// How many of the newest answers are read for answer times.
const RECENT_ANSWERS: u32 = 20_000;
const DAY: i64 = 86_400;

/// A plan as saved: the plan, the study day it was saved, its new cards per day and its
/// simulated days from then.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct SavedPlan {
    plan: ExamPlan,
    saved: String,
    new_per_day: u32,
    daily: Vec<PlanDay>,
}

/// The saved plans, and the answers each plan's scope got on one study day, as read when the
/// database's [`crate::store::Store::change_key`] was `key`: current as long as the key stays
/// the same. Studying asks for them several times per card; an answer adds itself to the
/// tallies ([`Collection::plan_memo_answered`]) rather than have the day's answers read again.
#[derive(Default)]
pub(super) struct PlanMemo {
    key: Option<(u64, i64)>,
    plans: Arc<[SavedPlan]>,
    /// The start (ms) of the study day tallied, and per plan the in-scope answers since then
    /// to cards that were new and that were in review.
    tallies: Option<(i64, Vec<(u32, u32)>)>,
}

/// What a plan still needs today: its place among the saved plans, new cards and reviews left.
struct PlanNeed {
    plan: usize,
    new_left: u32,
    review_left: u32,
}

/// Which cards a plan covers.
struct Scope<'a> {
    readings: HashSet<&'a str>,
    tags: HashSet<&'a str>,
}

impl<'a> Scope<'a> {
    fn of(plan: &'a ExamPlan) -> Self {
        Self {
            readings: plan.readings.iter().map(String::as_str).collect(),
            tags: plan.tags.iter().map(String::as_str).collect(),
        }
    }

    fn is_all(&self) -> bool {
        self.readings.is_empty() && self.tags.is_empty()
    }

    /// Whether the card of `claim` in `reading` is covered; `tags` gives a claim's tags.
    fn covers<'t>(&self, claim: &str, reading: &str, tags: impl FnOnce(&str) -> Option<&'t [String]>) -> bool {
        self.is_all()
            || self.readings.contains(reading)
            || (!self.tags.is_empty()
                && tags(claim).is_some_and(|t| t.iter().any(|tag| self.tags.contains(tag.as_str()))))
    }
}

/// Counts an answer to a card of `claim` in `reading`, which was in `phase` before, in a plan's
/// tally of (new, review) answers if the plan's `scope` covers the card.
fn count_answer<'t>(
    scope: &Scope,
    tally: &mut (u32, u32),
    claim: &str,
    reading: &str,
    phase: Phase,
    tags: impl FnOnce(&str) -> Option<&'t [String]>,
) {
    if !scope.covers(claim, reading, tags) {
        return;
    }
    match phase {
        Phase::New => tally.0 += 1,
        Phase::Review => tally.1 += 1,
        _ => {}
    }
}

/// The study day of a date, numbered as [`StudyDays::number`] numbers them.
fn day_number(date: NaiveDate) -> i64 {
    (date - NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date")).num_days()
}

fn date_of(day: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date") + chrono::Duration::days(day)
}

fn format_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn parse_date(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Error::InvalidInput(crate::notice!(PlanBadDate, text = text)))
}

impl Collection {
    /// The memo of the plans, read again if the database may have changed since.
    fn plan_memo(&self) -> Result<std::cell::RefMut<'_, PlanMemo>> {
        let key = self.store.change_key()?;
        let mut memo = self.plan_memo.borrow_mut();
        if memo.key != Some(key) {
            let plans: Vec<SavedPlan> =
                self.store.setting(PLANS_KEY)?.and_then(|v| serde_json::from_str(&v).ok()).unwrap_or_default();
            *memo = PlanMemo { key: Some(key), plans: plans.into(), tallies: None };
        }
        Ok(memo)
    }

    fn saved_plans(&self) -> Result<Arc<[SavedPlan]>> {
        Ok(self.plan_memo()?.plans.clone())
    }

    /// Adds an answer just written to the plans' tallies of its day. `key` is the database's
    /// change key from before the write: if the memo was not current then, it is left to be
    /// read again.
    pub(super) fn plan_memo_answered(&self, key: (u64, i64), card: &CardId, at_ms: i64, phase: Phase) -> Result<()> {
        let mut memo = self.plan_memo.borrow_mut();
        if memo.key != Some(key) {
            return Ok(());
        }
        let memo = &mut *memo;
        if let Some((day_start_ms, tallies)) = &mut memo.tallies
            && at_ms >= *day_start_ms
        {
            // The queue as built for the answer: it holds every card of the answered claim.
            let queue = self.queue.borrow();
            let Some((claim, reading)) = queue.as_ref().and_then(|q| q.claim_and_reading(card)) else {
                memo.key = None;
                return Ok(());
            };
            for (plan, tally) in memo.plans.iter().zip(tallies.iter_mut()) {
                count_answer(&Scope::of(&plan.plan), tally, claim, reading, phase, |c| self.claim_tags(c));
            }
        }
        memo.key = Some(self.store.change_key()?);
        Ok(())
    }

    fn put_plans(&mut self, plans: &[SavedPlan]) -> Result<()> {
        self.store.put_setting(PLANS_KEY, &serde_json::to_string(plans).expect("plans serialise"))?;
        self.queue.replace(None);
        Ok(())
    }

    /// Today's study day number.
    fn plan_today(&self, days: &StudyDays) -> i64 {
        days.number(self.now().timestamp())
    }

    /// The tags of a claim of the deck (none for an id that is not a claim, such as a timeline's).
    fn claim_tags(&self, claim: &str) -> Option<&[String]> {
        self.claim(&ClaimId(claim.to_owned())).ok().map(|c| c.tags.as_slice())
    }

    /// Checks a plan's name, target and readings; gives its exam date.
    fn valid_plan(&self, plan: &ExamPlan) -> Result<NaiveDate> {
        if plan.name.trim().is_empty() {
            return Err(Error::InvalidInput(crate::notice!(PlanNoName)));
        }
        if !(PLAN_TARGETS.0..=PLAN_TARGETS.1).contains(&plan.target) {
            return Err(Error::InvalidInput(crate::notice!(
                PlanTarget,
                low = PLAN_TARGETS.0.to_string(),
                high = PLAN_TARGETS.1.to_string(),
                target = plan.target.to_string(),
            )));
        }
        for reading in &plan.readings {
            if self.deck.reading(&ReadingId(reading.clone())).is_none() {
                return Err(Error::NotFound(crate::notice!(MissingReading, id = reading.as_str())));
            }
        }
        if plan.minutes_per_day == Some(0) {
            return Err(Error::InvalidInput(crate::notice!(PlanMinutes)));
        }
        parse_date(&plan.exam_date)
    }

    /// How many study days `plan` has before its exam, and whether it reaches its target:
    /// the fsrs crate's simulator run from the in-scope cards' real states
    /// ([`schedule::check_plan`]). Nothing is saved.
    pub fn check_plan(&self, plan: &ExamPlan) -> Result<PlanCheck> {
        let exam = self.valid_plan(plan)?;
        let days = self.study_days();
        let today = self.plan_today(&days);
        let scope = Scope::of(plan);
        let mut studied = Vec::new();
        let mut new = 0;
        for card in self.store.plan_cards()? {
            if !scope.covers(&card.claim, &card.reading, |c| self.claim_tags(c)) {
                continue;
            }
            if card.record.state.phase == Phase::New {
                new += 1;
            } else {
                studied.push(card.record.state);
            }
        }
        let answers: Vec<_> = self
            .store
            .recent_answers(RECENT_ANSWERS)?
            .into_iter()
            .map(|(card, at, rating, phase)| (fuzz_seed(&card, &CardState::new_card()) as i64, at, rating, phase))
            .collect();
        let config = self.scheduler.config();
        let input = PlanInput {
            cards: &studied,
            new_cards: new,
            parameters: &config.parameters,
            desired_retention: config.desired_retention,
            maximum_interval_days: config.maximum_interval_days,
            now: self.now().timestamp(),
            today: date_of(today),
            days: (day_number(exam) - today).max(0) as u32,
            target: plan.target,
            budget_minutes: plan.minutes_per_day,
        };
        Ok(schedule::check_plan(&input, &answers)?)
    }

    /// Saves `plan` (a plan of the same name is changed) and gives its feasibility. Studied
    /// in-scope cards due after their target day are brought forward to it. The exam must be
    /// after today.
    pub fn save_plan(&mut self, plan: ExamPlan) -> Result<PlanCheck> {
        let exam = self.valid_plan(&plan)?;
        let days = self.study_days();
        let today = self.plan_today(&days);
        let exam_day = day_number(exam);
        if exam_day <= today {
            return Err(Error::InvalidInput(crate::notice!(PlanDatePast, date = plan.exam_date.as_str())));
        }
        let check = self.check_plan(&plan)?;
        let scope = Scope::of(&plan);
        let mut dues = Vec::new();
        for card in self.store.plan_cards()? {
            let state = &card.record.state;
            let Some(due) = state.due.filter(|_| state.phase != Phase::New) else { continue };
            if !scope.covers(&card.claim, &card.reading, |c| self.claim_tags(c)) {
                continue;
            }
            let key = fuzz_seed(&card.id, &CardState::new_card());
            let target = (exam_day - 1 - i64::from(schedule::target_offset(key))).max(today);
            let due_day = days.number(due);
            if due_day > target {
                dues.push((card.id, due - (due_day - target) * DAY));
            }
        }
        self.store.set_due_times(&dues)?;
        let mut plans = self.saved_plans()?.to_vec();
        let saved = SavedPlan {
            plan: ExamPlan { name: plan.name.trim().to_owned(), ..plan },
            saved: format_date(date_of(today)),
            new_per_day: check.figures.new_per_day,
            daily: check.figures.daily.clone(),
        };
        match plans.iter_mut().find(|p| p.plan.name == saved.plan.name) {
            Some(old) => *old = saved,
            None => plans.push(saved),
        }
        plans.sort_by(|a, b| a.plan.exam_date.cmp(&b.plan.exam_date).then(a.plan.name.cmp(&b.plan.name)));
        self.put_plans(&plans)?;
        Ok(check)
    }

    /// Drops the plan named `name`: from each card's next answer its schedule is the normal one.
    /// Nothing of the history goes.
    pub fn drop_plan(&mut self, name: &str) -> Result<()> {
        let mut plans = self.saved_plans()?.to_vec();
        let before = plans.len();
        plans.retain(|p| p.plan.name != name.trim());
        if plans.len() == before {
            return Err(Error::NotFound(crate::notice!(MissingPlan, name = name)));
        }
        self.put_plans(&plans)
    }

    /// Every saved plan, earliest exam first, with its days against what was done and its
    /// figures simulated again from today.
    pub fn plans(&self) -> Result<Vec<PlanProgress>> {
        let saved = self.saved_plans()?;
        if saved.is_empty() {
            return Ok(Vec::new());
        }
        let days = self.study_days();
        let today = self.plan_today(&days);
        let first = saved.iter().filter_map(|p| parse_date(&p.saved).ok()).map(day_number).min().unwrap_or(today);
        let offset = i64::from(self.now().offset().local_minus_utc());
        let rollover = i64::from(self.settings.rollover_hour) * 3600;
        let since_ms = (first * DAY - offset + rollover) * 1000;
        let answers = self.store.plan_answers_since(since_ms)?;
        let mut out = Vec::new();
        for p in saved.iter() {
            let scope = Scope::of(&p.plan);
            let start = parse_date(&p.saved).map(day_number).unwrap_or(today);
            let exam = parse_date(&p.plan.exam_date).map(day_number).unwrap_or(today);
            let last = today.min(exam - 1);
            let mut progress: Vec<PlanDayProgress> = (start..=last)
                .map(|day| {
                    let planned = p.daily.get((day - start) as usize).cloned().unwrap_or_default();
                    PlanDayProgress {
                        date: format_date(date_of(day)),
                        planned_reviews: planned.reviews,
                        planned_new: planned.new,
                        done_reviews: 0,
                        done_new: 0,
                    }
                })
                .collect();
            for a in &answers {
                let day = days.number(a.at_ms.div_euclid(1000));
                let Some(row) = (day >= start).then(|| progress.get_mut((day - start) as usize)).flatten() else {
                    continue;
                };
                if scope.covers(&a.claim, &a.reading, |c| self.claim_tags(c)) {
                    if a.phase == Phase::New {
                        row.done_new += 1;
                    } else {
                        row.done_reviews += 1;
                    }
                }
            }
            let check = self.check_plan(&p.plan)?;
            out.push(PlanProgress {
                plan: p.plan.clone(),
                saved: p.saved.clone(),
                new_per_day: p.new_per_day,
                days: progress,
                check,
            });
        }
        Ok(out)
    }

    /// What each answer would do to card `id` at `now` ([`Collection::outcomes`]), with the
    /// review intervals of an in-scope card capped by the earliest exam ahead whose scope covers
    /// it.
    pub(super) fn planned_outcomes(
        &self,
        id: &CardId,
        state: &CardState,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> Result<Outcomes> {
        let mut outcomes = self.outcomes(id, state, now)?;
        let plans = self.saved_plans()?;
        if plans.is_empty() {
            return Ok(outcomes);
        }
        // The card's claim and reading: from today's queue, which holds the cards studied and
        // answered, rather than from its stored content.
        let held = self
            .queue
            .borrow()
            .as_ref()
            .and_then(|q| q.claim_and_reading(id))
            .map(|(c, r)| (c.to_owned(), r.to_owned()));
        let (claim, reading) = match held {
            Some(held) => held,
            None => match self.store.card_content(id)? {
                Some(card) => (card.claim.0, card.reading.0),
                None => return Ok(outcomes),
            },
        };
        let days = self.study_days();
        let today = days.number(now.timestamp());
        let exam_day = plans
            .iter()
            .filter(|p| Scope::of(&p.plan).covers(&claim, &reading, |c| self.claim_tags(c)))
            .filter_map(|p| parse_date(&p.plan.exam_date).ok().map(day_number))
            .filter(|&exam| exam > today)
            .min();
        let Some(exam_day) = exam_day else { return Ok(outcomes) };
        let key = fuzz_seed(id, &CardState::new_card());
        for outcome in [&mut outcomes.again, &mut outcomes.hard, &mut outcomes.good, &mut outcomes.easy] {
            let Some(due) = outcome.due else { continue };
            let due_day = days.number(due);
            let capped = schedule::capped_day(today, exam_day, key, due_day);
            if capped < due_day {
                outcome.due = Some(due - (due_day - capped) * DAY);
            }
        }
        Ok(outcomes)
    }

    /// The claims of the plans in their final days on the study day `window`: their cards are
    /// not buried by a sibling answered that day, so each is seen once more before the exam.
    pub(super) fn unburied_claims(&self, window: DayWindow) -> Result<FxHashSet<String>> {
        let plans = self.saved_plans()?;
        let mut out = FxHashSet::default();
        if plans.is_empty() {
            return Ok(out);
        }
        let today = self.study_days().number(window.day_start_ms.div_euclid(1000));
        for p in plans.iter() {
            let Ok(exam) = parse_date(&p.plan.exam_date).map(day_number) else { continue };
            if today >= exam || today + i64::from(FINAL_DAYS) < exam {
                continue;
            }
            let scope = Scope::of(&p.plan);
            for claim in &self.deck.claims {
                if scope.covers(claim.id.as_str(), claim.reading.as_str(), |_| Some(claim.tags.as_slice())) {
                    out.insert(claim.id.0.clone());
                }
            }
        }
        Ok(out)
    }

    /// The plans whose exam is ahead, each with the in-scope new cards and reviews it still
    /// needs on the study day from `day_start_ms`.
    fn plans_needing(&self, day_start_ms: i64) -> Result<(Arc<[SavedPlan]>, Vec<PlanNeed>)> {
        let mut memo = self.plan_memo()?;
        if memo.plans.is_empty() {
            return Ok((memo.plans.clone(), Vec::new()));
        }
        if memo.tallies.as_ref().is_none_or(|(day, _)| *day != day_start_ms) {
            let mut tallies = vec![(0, 0); memo.plans.len()];
            let scopes: Vec<Scope> = memo.plans.iter().map(|p| Scope::of(&p.plan)).collect();
            for a in self.store.plan_answers_since(day_start_ms)? {
                for (scope, tally) in scopes.iter().zip(tallies.iter_mut()) {
                    count_answer(scope, tally, &a.claim, &a.reading, a.phase, |c| self.claim_tags(c));
                }
            }
            memo.tallies = Some((day_start_ms, tallies));
        }
        let (_, tallies) = memo.tallies.as_ref().expect("tallied above");
        let day = self.study_days().number(day_start_ms.div_euclid(1000));
        let needs = memo
            .plans
            .iter()
            .zip(tallies)
            .enumerate()
            .filter(|(_, (p, _))| parse_date(&p.plan.exam_date).is_ok_and(|d| day_number(d) > day))
            .map(|(i, (p, &(introduced, reviewed)))| {
                let saved = parse_date(&p.saved).map(day_number).unwrap_or(day);
                let planned = usize::try_from(day - saved).ok().and_then(|i| p.daily.get(i)).map_or(0, |d| d.reviews);
                PlanNeed {
                    plan: i,
                    new_left: p.new_per_day.saturating_sub(introduced),
                    review_left: planned.saturating_sub(reviewed),
                }
            })
            .collect();
        Ok((memo.plans.clone(), needs))
    }

    /// `today` with its limits raised, if need be, to what the plans still need today.
    pub(super) fn with_plan_limits(&self, today: Today) -> Result<Today> {
        let (_, needs) = self.plans_needing(today.day_start_ms)?;
        let new: u32 = needs.iter().map(|n| n.new_left).sum();
        let reviews: u32 = needs.iter().map(|n| n.review_left).sum();
        Ok(Today { new_left: today.new_left.max(new), review_left: today.review_left.max(reviews), ..today })
    }

    /// The card to study next: `general`, the queue's pick, unless it is a new card (or none)
    /// while a plan of readings still needs new cards today: then a learning or new card of
    /// the plan's readings, if one is left. (A plan of tags only takes new cards in deck order.)
    pub(super) fn plan_next(&self, general: Option<CardId>, picking: &Today) -> Result<Option<CardId>> {
        if self.focus.is_some() {
            return Ok(general);
        }
        if let Some(id) = &general
            && self.record(id)?.state.phase != Phase::New
        {
            return Ok(general);
        }
        let (plans, needs) = self.plans_needing(picking.day_start_ms)?;
        for need in needs {
            let left = need.new_left;
            if left == 0 {
                continue;
            }
            for reading in &plans[need.plan].plan.readings {
                let only_new = Today {
                    now: picking.now,
                    day_start_ms: picking.day_start_ms,
                    day_end: picking.day_end,
                    new_left: left,
                    review_left: 0,
                };
                if let Some(id) = self.queue_mut()?.next(&only_new, Some(reading), &self.store)? {
                    return Ok(Some(id));
                }
            }
        }
        Ok(general)
    }
}
