//! Today's study queue, kept in memory: read from the database when the collection opens and
//! again when the study day rolls over, then updated by every answer, undo and suspension, so
//! finding the next card never rescans the card table or the review log.
//!
//! It gives the same answers as `store/card/next_due.sql` and `store/card/counts.sql`, which
//! stay the reference (`Collection::session_from_database` and the queue tests compare them).

use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

use crate::ids::CardId;
use crate::schedule::Phase;
use crate::store::{QueueRow, Today};

/// The study day the queue was built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DayWindow {
    pub day_start_ms: i64,
    pub day_end: i64,
}

struct Entry {
    id: CardId,
    claim: u32,
    reading: u32,
    position: i64,
    phase: Phase,
    due: Option<i64>,
    /// Neither suspended nor archived.
    active: bool,
}

/// Active cards of one claim that count for today.
#[derive(Clone, Copy, Default)]
struct ClaimTally {
    reading: u32,
    new: u32,
    review_due: u32,
    learning_due: u32,
    total: u32,
}

/// What one reading's counts are made of, with claims answered today left out.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub(crate) struct ReadingCounts {
    pub new: u32,
    pub learning: u32,
    pub review: u32,
    pub total: u32,
}

/// (due or i64::MIN, position, entry): the queue order within a phase.
type Key = (i64, i64, u32);

pub(crate) struct Queue {
    window: DayWindow,
    entries: Vec<Entry>,
    index: FxHashMap<CardId, u32>,
    claims: Vec<ClaimTally>,
    claim_ids: FxHashMap<String, u32>,
    reading_ids: Vec<String>,
    reading_index: FxHashMap<String, u32>,
    readings: Vec<ReadingCounts>,
    /// The sum of `readings`.
    total: ReadingCounts,
    learning: BTreeSet<Key>,
    review: BTreeSet<Key>,
    new: BTreeSet<Key>,
    /// Answers given today, per claim: a claim answered today has its new and review cards buried.
    touched: FxHashMap<u32, u32>,
    /// Answers given today to cards that were new, in review, and in all.
    introduced: u32,
    reviewed: u32,
    answered: u32,
}

impl Queue {
    /// An empty queue for `window`, to be filled with [`Queue::add`] and finished with
    /// [`Queue::finish`].
    pub(crate) fn new(window: DayWindow) -> Self {
        Queue {
            window,
            entries: Vec::new(),
            index: FxHashMap::default(),
            claims: Vec::new(),
            claim_ids: FxHashMap::default(),
            reading_ids: Vec::new(),
            reading_index: FxHashMap::default(),
            readings: Vec::new(),
            total: ReadingCounts::default(),
            learning: BTreeSet::new(),
            review: BTreeSet::new(),
            new: BTreeSet::new(),
            touched: FxHashMap::default(),
            introduced: 0,
            reviewed: 0,
            answered: 0,
        }
    }

    /// Adds a card that is not archived.
    pub(crate) fn add(&mut self, row: QueueRow<'_>) {
        let reading = match self.reading_index.get(row.reading) {
            Some(&r) => r,
            None => {
                self.reading_ids.push(row.reading.to_owned());
                self.readings.push(ReadingCounts::default());
                let r = self.reading_ids.len() as u32 - 1;
                self.reading_index.insert(row.reading.to_owned(), r);
                r
            }
        };
        let claim = self.intern_claim(row.claim, reading);
        let at = self.entries.len() as u32;
        let id = CardId(row.id.to_owned());
        self.index.insert(id.clone(), at);
        self.entries.push(Entry {
            id,
            claim,
            reading,
            position: row.position,
            phase: row.phase,
            due: row.due,
            active: !row.suspended,
        });
    }

    /// Counts the cards added and today's answers (claim answered, phase before).
    pub(crate) fn finish(mut self, answers: Vec<(String, Phase)>) -> Self {
        // Each claim's tally first, then each reading's counts from its claims' shares: the same
        // sums `change_claim` keeps, made once.
        let mut keys: [Vec<Key>; 3] = Default::default();
        for at in 0..self.entries.len() as u32 {
            if let Some((set, key)) = self.tally(at) {
                keys[set].push(key);
            }
        }
        let [learning, review, new] = keys;
        (self.learning, self.review, self.new) =
            (learning.into_iter().collect(), review.into_iter().collect(), new.into_iter().collect());
        for claim in 0..self.claims.len() as u32 {
            let share = self.share(claim);
            let reading = self.claims[claim as usize].reading as usize;
            for r in [&mut self.readings[reading], &mut self.total] {
                r.new += share.new;
                r.learning += share.learning;
                r.review += share.review;
                r.total += share.total;
            }
        }
        for (claim, phase) in answers {
            let claim = self.claim_ids.get(claim.as_str()).copied();
            self.count_answer(claim, phase, 1);
        }
        self
    }

    fn intern_claim(&mut self, claim: &str, reading: u32) -> u32 {
        if let Some(&at) = self.claim_ids.get(claim) {
            return at;
        }
        self.claims.push(ClaimTally { reading, ..Default::default() });
        let at = self.claims.len() as u32 - 1;
        self.claim_ids.insert(claim.to_owned(), at);
        at
    }

    pub(crate) fn window(&self) -> DayWindow {
        self.window
    }

    pub(crate) fn contains(&self, id: &CardId) -> bool {
        self.index.contains_key(id)
    }

    /// Answers given today to cards that were new, to cards in review, and in all.
    pub(crate) fn answered_today(&self) -> (u32, u32, u32) {
        (self.introduced, self.reviewed, self.answered)
    }

    fn key(&self, at: u32) -> Key {
        let e = &self.entries[at as usize];
        (e.due.unwrap_or(i64::MIN), e.position, at)
    }

    /// Adds an entry's share to the sets and its claim's tally.
    fn enter(&mut self, at: u32) {
        if let Some((set, key)) = self.tally(at) {
            [&mut self.learning, &mut self.review, &mut self.new][set].insert(key);
        }
    }

    /// Adds an active entry to its claim's tally and says which set it belongs in (learning 0,
    /// review 1, new 2) with its key.
    fn tally(&mut self, at: u32) -> Option<(usize, Key)> {
        let e = &self.entries[at as usize];
        if !e.active {
            return None;
        }
        let (phase, due, claim) = (e.phase, e.due, e.claim as usize);
        let before_day_end = due.is_some_and(|d| d < self.window.day_end);
        let key = self.key(at);
        let tally = &mut self.claims[claim];
        tally.total += 1;
        match phase {
            Phase::New => {
                tally.new += 1;
                Some((2, key))
            }
            Phase::Review => {
                tally.review_due += u32::from(before_day_end);
                due.map(|_| (1, key))
            }
            Phase::Learning | Phase::Relearning => {
                tally.learning_due += u32::from(before_day_end);
                due.map(|_| (0, key))
            }
        }
    }

    /// Takes an entry's share out of the sets and its claim's tally.
    fn leave(&mut self, at: u32) {
        let e = &self.entries[at as usize];
        if !e.active {
            return;
        }
        let (phase, due, claim) = (e.phase, e.due, e.claim as usize);
        let before_day_end = due.is_some_and(|d| d < self.window.day_end);
        let key = self.key(at);
        let tally = &mut self.claims[claim];
        tally.total -= 1;
        match phase {
            Phase::New => {
                tally.new -= 1;
                self.new.remove(&key);
            }
            Phase::Review => {
                tally.review_due -= u32::from(before_day_end);
                self.review.remove(&key);
            }
            Phase::Learning | Phase::Relearning => {
                tally.learning_due -= u32::from(before_day_end);
                self.learning.remove(&key);
            }
        }
    }

    /// What a claim adds to its reading's counts.
    fn share(&self, claim: u32) -> ReadingCounts {
        let t = &self.claims[claim as usize];
        let buried = self.touched.contains_key(&claim);
        ReadingCounts {
            new: u32::from(t.new > 0 && !buried),
            learning: t.learning_due,
            review: u32::from(t.review_due > 0 && !buried),
            total: t.total,
        }
    }

    /// Runs `change`, keeping the claim's reading counts in step.
    fn change_claim(&mut self, claim: u32, change: impl FnOnce(&mut Self)) {
        let old = self.share(claim);
        change(self);
        let new = self.share(claim);
        let reading = self.claims[claim as usize].reading as usize;
        for r in [&mut self.readings[reading], &mut self.total] {
            r.new = r.new - old.new + new.new;
            r.learning = r.learning - old.learning + new.learning;
            r.review = r.review - old.review + new.review;
            r.total = r.total - old.total + new.total;
        }
    }

    /// Counts (`sign` 1) or uncounts (-1) an answer given today.
    fn count_answer(&mut self, claim: Option<u32>, phase: Phase, sign: i32) {
        let add = |n: &mut u32| *n = n.saturating_add_signed(sign);
        add(&mut self.answered);
        match phase {
            Phase::New => add(&mut self.introduced),
            Phase::Review => add(&mut self.reviewed),
            Phase::Learning | Phase::Relearning => {}
        }
        if let Some(claim) = claim {
            self.change_claim(claim, |q| {
                let n = q.touched.entry(claim).or_default();
                add(n);
                if *n == 0 {
                    q.touched.remove(&claim);
                }
            });
        }
    }

    /// Moves a card to its new phase and due time, and counts or uncounts it as active.
    fn update(&mut self, at: u32, phase: Phase, due: Option<i64>, active: bool) {
        let claim = self.entries[at as usize].claim;
        self.change_claim(claim, |q| {
            q.leave(at);
            let e = &mut q.entries[at as usize];
            e.phase = phase;
            e.due = due;
            e.active = active;
            q.enter(at);
        });
    }

    /// An answer was recorded at `at_ms` to a card that was in `before` and is now in `phase`, `due`.
    pub(crate) fn answered(
        &mut self,
        id: &CardId,
        at_ms: i64,
        before: Phase,
        phase: Phase,
        due: Option<i64>,
        active: bool,
    ) {
        self.apply_answer(id, at_ms, before, (phase, due, active), 1);
    }

    /// An answer given at `at_ms` to a card in `before` was taken back; the card is again in
    /// `phase`, `due`.
    pub(crate) fn undone(
        &mut self,
        id: &CardId,
        at_ms: i64,
        before: Phase,
        phase: Phase,
        due: Option<i64>,
        active: bool,
    ) {
        self.apply_answer(id, at_ms, before, (phase, due, active), -1);
    }

    /// Counts (`sign` 1) or uncounts (-1) an answer of today and moves the card to `now`.
    fn apply_answer(&mut self, id: &CardId, at_ms: i64, before: Phase, now: (Phase, Option<i64>, bool), sign: i32) {
        let Some(&at) = self.index.get(id) else { return };
        if at_ms >= self.window.day_start_ms {
            self.count_answer(Some(self.entries[at as usize].claim), before, sign);
        }
        let (phase, due, active) = now;
        self.update(at, phase, due, active);
    }

    pub(crate) fn set_active(&mut self, id: &CardId, active: bool) {
        let Some(&at) = self.index.get(id) else { return };
        let e = &self.entries[at as usize];
        let (phase, due) = (e.phase, e.due);
        self.update(at, phase, due, active);
    }

    fn reading_of(&self, name: &str) -> Option<u32> {
        self.reading_index.get(name).copied()
    }

    fn in_reading(&self, at: u32, reading: Option<u32>) -> bool {
        reading.is_none_or(|r| self.entries[at as usize].reading == r)
    }

    fn buried(&self, at: u32) -> bool {
        self.touched.contains_key(&self.entries[at as usize].claim)
    }

    /// The next card to study, as `next_due.sql` picks it: learning cards due now, then reviews
    /// due today, then new cards, within what is left of today's limits; buried siblings skipped.
    pub(crate) fn next(&self, today: &Today, reading: Option<&str>) -> Option<&CardId> {
        let reading = match reading {
            Some(name) => Some(self.reading_of(name)?),
            None => None,
        };
        let learning = self
            .learning
            .iter()
            .take_while(|(due, _, _)| *due <= today.now)
            .find(|(_, _, at)| self.in_reading(*at, reading));
        let review = || {
            self.review
                .iter()
                .take_while(|(due, _, _)| *due < today.day_end)
                .find(|(_, _, at)| self.in_reading(*at, reading) && !self.buried(*at))
        };
        let new = || self.new.iter().find(|(_, _, at)| self.in_reading(*at, reading) && !self.buried(*at));
        let found = learning
            .or_else(|| if today.review_left > 0 { review() } else { None })
            .or_else(|| if today.new_left > 0 { new() } else { None });
        found.map(|(_, _, at)| &self.entries[*at as usize].id)
    }

    /// When the next studied card comes due, if any (`next_learning_due.sql`).
    pub(crate) fn next_due_time(&self) -> Option<i64> {
        let first = |set: &BTreeSet<Key>| set.first().map(|k| k.0);
        match (first(&self.learning), first(&self.review)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Today's counts over all readings, or over one, before the daily limits.
    pub(crate) fn counts_of(&self, reading: Option<&str>) -> ReadingCounts {
        match reading {
            None => self.total,
            Some(name) => self.reading_of(name).map(|r| self.readings[r as usize]).unwrap_or_default(),
        }
    }

    /// Today's counts per reading id, before the daily limits (`counts.sql`).
    pub(crate) fn counts(&self) -> impl Iterator<Item = (&str, ReadingCounts)> {
        self.reading_ids.iter().map(String::as_str).zip(self.readings.iter().copied()).filter(|(_, c)| c.total > 0)
    }
}
