//! Today's study queue, kept in memory: built from the database on first use and again when the
//! study day rolls over, then updated by every answer, undo and suspension, so finding the next
//! card never rescans the card table or the review log.
//!
//! It holds only the cards that can be studied or counted today: every learning card, the
//! reviews due today, every card of the claims answered today and of any claim about to change,
//! and the first new cards by position, read a page at a time when they are needed. The rest of
//! each reading's counts comes from the tallies the database keeps by triggers
//! (`store/migrations/0006_queue_tally.sql`), so building the queue reads a few thousand rows
//! where the deck has a hundred thousand cards.
//!
//! It gives the same answers as `store/card/next_due.sql` and `store/card/counts.sql`, which
//! stay the reference (`Collection::session_from_database` and the queue tests compare them).

use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeSet;

use crate::error::Result;
use crate::id_index::Interner;
use crate::ids::CardId;
use crate::schedule::Phase;
use crate::store::{QueueRow, Store, Today};

/// The study day the queue was built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DayWindow {
    pub day_start_ms: i64,
    pub day_end: i64,
}

/// A card held; its id is `Queue::card_ids`' string of the same number.
struct Entry {
    claim: u32,
    reading: u32,
    position: i64,
    phase: Phase,
    due: Option<i64>,
    /// Neither suspended nor archived.
    active: bool,
}

/// Active cards of one claim that count for today, among those held.
#[derive(Clone, Copy, Default)]
struct ClaimTally {
    reading: u32,
    new: u32,
    review_due: u32,
    learning_due: u32,
    total: u32,
    /// Every card of the claim is held. Otherwise only its learning cards, reviews due today
    /// and new cards read so far are, and the database's tallies count its new and total cards.
    whole: bool,
}

/// What one reading's counts are made of, with claims answered today left out.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub(crate) struct ReadingCounts {
    pub new: u32,
    pub learning: u32,
    pub review: u32,
    pub total: u32,
}

impl ReadingCounts {
    fn shift(&mut self, minus: ReadingCounts, plus: ReadingCounts) {
        self.new = self.new - minus.new + plus.new;
        self.learning = self.learning - minus.learning + plus.learning;
        self.review = self.review - minus.review + plus.review;
        self.total = self.total - minus.total + plus.total;
    }
}

/// (due or i64::MIN, position, entry): the queue order within a phase.
type Key = (i64, i64, u32);

/// How far the new cards of all readings (`None`) or of one are held: every active new card up
/// to `last` (position, id), or all of them once `complete`.
#[derive(Clone, Default)]
struct NewHeld {
    last: Option<(i64, String)>,
    complete: bool,
    pages: u32,
}

/// What the new cards held say about the first one to introduce.
enum FirstNew {
    Found(u32),
    None,
    /// It may be among the cards not read yet.
    Unknown,
}

/// New cards read at a time; doubled for each further page of the same readings, as a reading
/// whose first claims were all answered today skips them.
const NEW_PAGE: u32 = 32;

/// A card of a claim read whole, kept until the claim's rows are all in.
struct OwnedRow {
    id: String,
    claim: String,
    reading: String,
    position: i64,
    phase: Phase,
    due: Option<i64>,
    suspended: bool,
}

impl OwnedRow {
    fn from(row: QueueRow<'_>) -> Self {
        OwnedRow {
            id: row.id.to_owned(),
            claim: row.claim.to_owned(),
            reading: row.reading.to_owned(),
            position: row.position,
            phase: row.phase,
            due: row.due,
            suspended: row.suspended,
        }
    }

    fn as_row(&self) -> QueueRow<'_> {
        QueueRow {
            id: &self.id,
            claim: &self.claim,
            reading: &self.reading,
            position: self.position,
            phase: self.phase,
            due: self.due,
            suspended: self.suspended,
        }
    }
}

pub(crate) struct Queue {
    window: DayWindow,
    /// Numbered as `card_ids` numbers their ids.
    entries: Vec<Entry>,
    card_ids: Interner,
    /// Numbered as `claim_ids` numbers their ids.
    claims: Vec<ClaimTally>,
    claim_ids: Interner,
    /// Numbered as `reading_ids` numbers their ids.
    readings: Vec<ReadingCounts>,
    reading_ids: Interner,
    /// The sum of `readings`.
    total: ReadingCounts,
    learning: BTreeSet<Key>,
    review: BTreeSet<Key>,
    new: BTreeSet<Key>,
    /// How far new cards are held, for all readings (`None`) and per reading.
    new_held: FxHashMap<Option<u32>, NewHeld>,
    /// Answers given today, per claim: a claim answered today has its new and review cards buried.
    touched: FxHashMap<u32, u32>,
    /// Answers given today to cards that were new, in review, and in all.
    introduced: u32,
    reviewed: u32,
    answered: u32,
    /// Claims whose cards are not buried by a sibling answered today (an exam plan's cards in
    /// its final days: each is to be seen once more before the exam).
    unburied: FxHashSet<String>,
}

impl Queue {
    /// Today's queue for `window`, read from `store`.
    pub(crate) fn load(store: &Store, window: DayWindow) -> Result<Self> {
        Self::load_with(store, window, FxHashSet::default())
    }

    /// Like [`Queue::load`], with the claims of `unburied` exempt from sibling burying today.
    pub(crate) fn load_with(store: &Store, window: DayWindow, unburied: FxHashSet<String>) -> Result<Self> {
        let mut queue = Queue {
            window,
            entries: Vec::new(),
            card_ids: Interner::default(),
            claims: Vec::new(),
            claim_ids: Interner::default(),
            readings: Vec::new(),
            reading_ids: Interner::default(),
            total: ReadingCounts::default(),
            learning: BTreeSet::new(),
            review: BTreeSet::new(),
            new: BTreeSet::new(),
            new_held: FxHashMap::default(),
            touched: FxHashMap::default(),
            introduced: 0,
            reviewed: 0,
            answered: 0,
            unburied,
        };
        store.reading_tallies(|reading, active, new_claims| {
            let r = queue.intern_reading(reading) as usize;
            for counts in [&mut queue.readings[r], &mut queue.total] {
                counts.total += active;
                counts.new += new_claims;
            }
        })?;
        store.queue_due(window.day_end, |row| queue.hold_card(row))?;
        let mut answered = Vec::new();
        store.queue_claims_answered(window.day_start_ms, |row| answered.push(OwnedRow::from(row)))?;
        for rows in answered.chunk_by(|a, b| a.claim == b.claim) {
            queue.hold_claim(rows);
        }
        for (claim, phase) in store.answers_since(window.day_start_ms)? {
            let claim = queue.claim_ids.get(&claim);
            queue.count_answer(claim, phase, 1);
        }
        Ok(queue)
    }

    /// Reads every card of the claim of card `id`, unless they are held: a card is changed only
    /// once its whole claim is held, so that the claim's counts change with it.
    pub(crate) fn hold_claim_of(&mut self, id: &CardId, store: &Store) -> Result<()> {
        if self.card_ids.get(id.as_str()).is_some_and(|at| self.claims[self.entries[at as usize].claim as usize].whole)
        {
            return Ok(());
        }
        let mut rows = Vec::new();
        store.queue_claim_of(id, |row| rows.push(OwnedRow::from(row)))?;
        self.hold_claim(&rows);
        Ok(())
    }

    fn intern_reading(&mut self, reading: &str) -> u32 {
        let r = self.reading_ids.intern(reading);
        if r as usize == self.readings.len() {
            self.readings.push(ReadingCounts::default());
        }
        r
    }

    fn intern_claim(&mut self, claim: &str, reading: u32) -> u32 {
        let at = self.claim_ids.intern(claim);
        if at as usize == self.claims.len() {
            self.claims.push(ClaimTally { reading, ..Default::default() });
        }
        at
    }

    /// Adds a card not held yet.
    fn push(&mut self, row: &QueueRow<'_>, claim: u32, reading: u32) -> u32 {
        let at = self.card_ids.intern(row.id);
        debug_assert_eq!(at as usize, self.entries.len(), "a card is held once");
        self.entries.push(Entry {
            claim,
            reading,
            position: row.position,
            phase: row.phase,
            due: row.due,
            active: !row.suspended,
        });
        at
    }

    /// Holds one active card of a claim not held whole, if it is not held yet.
    fn hold_card(&mut self, row: QueueRow<'_>) {
        if self.card_ids.get(row.id).is_some() {
            return;
        }
        let reading = self.intern_reading(row.reading);
        let claim = self.intern_claim(row.claim, reading);
        self.change_claim(claim, |q| {
            let at = q.push(&row, claim, reading);
            q.enter(at);
        });
    }

    /// Holds every card of one claim (`rows`, all of them not archived). Its counts move from
    /// the database's tallies to its own.
    fn hold_claim(&mut self, rows: &[OwnedRow]) {
        let Some(first) = rows.first() else { return };
        let reading = self.intern_reading(&first.reading);
        let claim = self.intern_claim(&first.claim, reading);
        if self.claims[claim as usize].whole {
            return;
        }
        let before = self.share(claim);
        let reading = self.claims[claim as usize].reading;
        self.claims[claim as usize] = ClaimTally { reading, whole: true, ..Default::default() };
        for row in rows {
            match self.card_ids.get(&row.id) {
                // Already in its set: only its claim's tally is made again.
                Some(at) => {
                    self.tally(at);
                }
                None => {
                    let at = self.push(&row.as_row(), claim, reading);
                    self.enter(at);
                }
            }
        }
        // Out go the claim's share as a claim not held whole and what the database's tallies
        // counted for it; in goes its share as a whole claim.
        let t = self.claims[claim as usize];
        let minus = ReadingCounts { new: u32::from(t.new > 0), total: t.total, ..before };
        let after = self.share(claim);
        for counts in [&mut self.readings[reading as usize], &mut self.total] {
            counts.shift(minus, after);
        }
    }

    pub(crate) fn window(&self) -> DayWindow {
        self.window
    }

    pub(crate) fn contains(&self, id: &CardId) -> bool {
        self.card_ids.get(id.as_str()).is_some()
    }

    /// The claim and reading of a card the queue holds.
    pub(crate) fn claim_and_reading(&self, id: &CardId) -> Option<(&str, &str)> {
        let e = &self.entries[self.card_ids.get(id.as_str())? as usize];
        Some((self.claim_ids.resolve(e.claim), self.reading_ids.resolve(e.reading)))
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

    /// What a claim adds to its reading's counts. The new and total cards of a claim not held
    /// whole are in the database's tallies instead, and such a claim is never answered today.
    fn share(&self, claim: u32) -> ReadingCounts {
        let t = &self.claims[claim as usize];
        if !t.whole {
            return ReadingCounts { new: 0, learning: t.learning_due, review: u32::from(t.review_due > 0), total: 0 };
        }
        let buried = self.claim_buried(claim);
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
        for counts in [&mut self.readings[reading], &mut self.total] {
            counts.shift(old, new);
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
        let Some(at) = self.card_ids.get(id.as_str()) else { return };
        debug_assert!(self.claims[self.entries[at as usize].claim as usize].whole, "hold_claim_of comes first");
        if at_ms >= self.window.day_start_ms {
            self.count_answer(Some(self.entries[at as usize].claim), before, sign);
        }
        let (phase, due, active) = now;
        self.update(at, phase, due, active);
    }

    pub(crate) fn set_active(&mut self, id: &CardId, active: bool) {
        let Some(at) = self.card_ids.get(id.as_str()) else { return };
        let e = &self.entries[at as usize];
        debug_assert!(self.claims[e.claim as usize].whole, "hold_claim_of comes first");
        let (phase, due) = (e.phase, e.due);
        self.update(at, phase, due, active);
    }

    fn reading_of(&self, name: &str) -> Option<u32> {
        self.reading_ids.get(name)
    }

    fn in_reading(&self, at: u32, reading: Option<u32>) -> bool {
        reading.is_none_or(|r| self.entries[at as usize].reading == r)
    }

    fn buried(&self, at: u32) -> bool {
        self.claim_buried(self.entries[at as usize].claim)
    }

    fn claim_buried(&self, claim: u32) -> bool {
        self.touched.contains_key(&claim)
            && (self.unburied.is_empty() || !self.unburied.contains(self.claim_ids.resolve(claim)))
    }

    /// The next card to study, as `next_due.sql` picks it: learning cards due now, then reviews
    /// due today, then new cards, within what is left of today's limits; buried siblings skipped.
    /// New cards not held yet are read from `store` as needed.
    pub(crate) fn next(&mut self, today: &Today, reading: Option<&str>, store: &Store) -> Result<Option<CardId>> {
        let reading = match reading {
            Some(name) => match self.reading_of(name) {
                Some(r) => Some(r),
                None => return Ok(None),
            },
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
        let found = learning.or_else(|| if today.review_left > 0 { review() } else { None });
        if let Some((_, _, at)) = found {
            return Ok(Some(CardId::from(self.card_ids.resolve(*at))));
        }
        if today.new_left == 0 {
            return Ok(None);
        }
        loop {
            match self.first_new(reading) {
                FirstNew::Found(at) => return Ok(Some(CardId::from(self.card_ids.resolve(at)))),
                FirstNew::None => return Ok(None),
                FirstNew::Unknown => self.read_new_page(reading, store)?,
            }
        }
    }

    /// How far new cards are held for `reading` (all readings for `None`): those held for all
    /// readings count for each.
    fn new_held(&self, reading: Option<u32>) -> NewHeld {
        let all = self.new_held.get(&None).cloned().unwrap_or_default();
        let Some(r) = reading else { return all };
        let one = self.new_held.get(&Some(r)).cloned().unwrap_or_default();
        if all.complete || one.complete {
            return NewHeld { complete: true, ..one };
        }
        if all.last > one.last { NewHeld { pages: one.pages, ..all } } else { one }
    }

    fn first_new(&self, reading: Option<u32>) -> FirstNew {
        let held = self.new_held(reading);
        for &(_, position, at) in &self.new {
            let beyond = match &held.last {
                None => true,
                Some((last_position, last_id)) => {
                    (position, self.card_ids.resolve(at)) > (*last_position, last_id.as_str())
                }
            };
            if beyond && !held.complete {
                return FirstNew::Unknown;
            }
            if self.in_reading(at, reading) && !self.buried(at) {
                return FirstNew::Found(at);
            }
        }
        if held.complete { FirstNew::None } else { FirstNew::Unknown }
    }

    /// Reads the next page of active new cards of `reading` (of all readings for `None`).
    fn read_new_page(&mut self, reading: Option<u32>, store: &Store) -> Result<()> {
        let held = self.new_held(reading);
        let limit = NEW_PAGE << held.pages.min(10);
        let (position, id) = held.last.clone().unwrap_or((i64::MIN, String::new()));
        let name = reading.map(|r| self.reading_ids.resolve(r).to_owned());
        let mut read = 0;
        let mut last = held.last;
        store.queue_new(name.as_deref(), (position, &id), limit, |row| {
            read += 1;
            last = Some((row.position, row.id.to_owned()));
            self.hold_card(row);
        })?;
        self.new_held.insert(reading, NewHeld { last, complete: read < limit, pages: held.pages + 1 });
        Ok(())
    }

    /// When the last learning card due by `until` (seconds) comes due: how far learning ahead
    /// reaches to take in every card learning now, and no card answered after.
    pub(crate) fn last_learning_due_by(&self, until: i64) -> Option<i64> {
        self.learning.iter().map(|(due, _, _)| *due).take_while(|due| *due <= until).last()
    }

    /// When the next studied card comes due, if any (`next_learning_due.sql`).
    pub(crate) fn next_due_time(&self, store: &Store) -> Result<Option<i64>> {
        let first = |set: &BTreeSet<Key>| set.first().map(|k| k.0);
        let held = match (first(&self.learning), first(&self.review)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        // Every learning card and every review due today is held; later reviews may not be.
        match held {
            Some(due) if due < self.window.day_end => Ok(Some(due)),
            _ => Ok(store.next_due_time()?),
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
        self.reading_ids.iter().zip(self.readings.iter().copied()).filter(|(_, c)| c.total > 0)
    }
}
