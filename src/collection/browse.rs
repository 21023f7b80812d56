//! Browsing: every current card of the deck searched with a [`Query`], sorted, a page at a
//! time, and bulk changes to the cards found.
//!
//! The text of the cards and claims is read once into an index (lower-cased, per claim), the
//! cards' records once too; before each search the records of the cards this collection wrote
//! since are read again (all of them after a commit by another connection), so what it shows
//! is always current.

use std::cell::RefCell;
use std::cmp::Ordering;

use chrono::TimeZone;
use rustc_hash::FxHashMap;

use super::{Collection, day_window, fuzz_seed};
use crate::cards::CardKind;
use crate::content::ClaimKind;
use crate::error::{Error, Result};
use crate::ids::CardId;
use crate::schedule::{CardState, Phase};
use crate::search::{
    self, BrowsePage, BrowseRow, BrowseSort, BulkAction, BulkDone, Compare, Filter, Kind, NumField, Query, SortColumn,
    State,
};
use crate::store::{BrowseState, CardRecord};

const DAY: i64 = 86_400;
/// Rows of a page, at most.
pub const MAX_PAGE: u32 = 5_000;
/// Characters of a prompt a row shows.
const ROW_TEXT_CHARS: usize = 160;
/// No claim.
const NONE: u32 = u32::MAX;

/// The deck's current cards with their text, in deck order.
pub(super) struct BrowseIndex {
    cards: Vec<IndexCard>,
    by_rowid: FxHashMap<i64, u32>,
    claims: Vec<IndexClaim>,
    /// The cards' records as last read (by index in `cards`), with the database's change key
    /// then: brought up to date when the key differs, so a search never shows a stale state.
    states: RefCell<Option<(ChangeKey, Vec<Option<BrowseState>>)>>,
}

/// See [`crate::store::Store::change_key`].
type ChangeKey = (u64, i64);

struct IndexCard {
    id: CardId,
    /// The card's place among all cards sorted by id, and by prompt: sorting by those columns
    /// compares numbers instead of strings.
    id_rank: u32,
    text_rank: u32,
    /// Index into the deck's claims, or [`NONE`].
    claim: u32,
    kind: CardKind,
    prompt: String,
    prompt_lower: String,
    frame: Option<crate::cards::PromptFrame>,
}

struct IndexClaim {
    /// The claim's reading's place among the deck's reading ids in order.
    reading_rank: u32,
    /// Statement, quote and question, lower-cased, one per line.
    text_lower: String,
    tags_lower: Vec<String>,
    reading_lower: String,
    id_lower: String,
    kind: ClaimKind,
    disputed: bool,
}

/// What a search knows of one card.
#[derive(Clone, Copy)]
struct Found<'a> {
    at: u32,
    card: &'a IndexCard,
    state: &'a CardState,
    suspended: bool,
    leech: bool,
    position: i64,
    recall: Option<f32>,
}

/// A query ready to run: lower-cased values and each text term's result per claim.
enum Matcher {
    All,
    Text { needle: String, claims: Vec<bool> },
    Filter(Filter),
    Compare(Compare),
    Not(Box<Matcher>),
    And(Vec<Matcher>),
    Or(Vec<Matcher>),
}

/// The moments a search compares due dates with.
struct Now {
    secs: i64,
    day_start: i64,
    day_end: i64,
}

impl Collection {
    fn browse_index(&self) -> Result<&BrowseIndex> {
        if let Some(index) = self.browse_index.get() {
            return Ok(index);
        }
        let index = self.build_browse_index()?;
        Ok(self.browse_index.get_or_init(|| index))
    }

    fn build_browse_index(&self) -> Result<BrowseIndex> {
        let deck = &self.deck;
        let claims = deck
            .claims
            .iter()
            .map(|c| {
                let mut text = format!("{}\n{}", c.text, c.quote);
                if let Some(question) = &c.question {
                    text.push('\n');
                    text.push_str(question);
                }
                IndexClaim {
                    reading_rank: 0,
                    text_lower: text.to_lowercase(),
                    tags_lower: c.tags.iter().map(|t| t.to_lowercase()).collect(),
                    reading_lower: c.reading.as_str().to_lowercase(),
                    id_lower: c.id.as_str().to_lowercase(),
                    kind: c.kind,
                    disputed: !c.conflicts_with.is_empty(),
                }
            })
            .collect();
        let claim_at: FxHashMap<&str, u32> =
            deck.claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i as u32)).collect();
        let mut cards = Vec::new();
        let mut by_rowid = FxHashMap::default();
        for (rowid, card) in self.store.browse_cards()? {
            let claim = claim_at.get(card.claim.as_str()).copied().unwrap_or(NONE);
            by_rowid.insert(rowid, cards.len() as u32);
            cards.push(IndexCard {
                id_rank: 0,
                text_rank: 0,
                prompt_lower: card.prompt.to_lowercase(),
                prompt: card.prompt,
                frame: card.frame,
                id: card.id,
                claim,
                kind: card.kind,
            });
        }
        let mut claims: Vec<IndexClaim> = claims;
        let mut order: Vec<u32> = (0..claims.len() as u32).collect();
        order.sort_by(|&a, &b| claims[a as usize].reading_lower.cmp(&claims[b as usize].reading_lower));
        for (rank, &at) in order.iter().enumerate() {
            claims[at as usize].reading_rank = rank as u32;
        }
        let mut order: Vec<u32> = (0..cards.len() as u32).collect();
        order.sort_by(|&a, &b| cards[a as usize].id.cmp(&cards[b as usize].id));
        for (rank, &at) in order.iter().enumerate() {
            cards[at as usize].id_rank = rank as u32;
        }
        order.sort_by(|&a, &b| cards[a as usize].prompt_lower.cmp(&cards[b as usize].prompt_lower).then(a.cmp(&b)));
        for (rank, &at) in order.iter().enumerate() {
            cards[at as usize].text_rank = rank as u32;
        }
        Ok(BrowseIndex { cards, by_rowid, claims, states: RefCell::new(None) })
    }

    /// Searches the deck's current cards with a query as typed; a query that cannot be read
    /// gives a page with its error and no rows.
    pub fn browse(&self, query: &str, sort: BrowseSort, offset: u32, limit: u32) -> Result<BrowsePage> {
        match search::parse(query) {
            Ok(query) => self.browse_query(&query, sort, offset, limit),
            Err(error) => Ok(BrowsePage {
                query: String::new(),
                error: Some(error),
                total: 0,
                claims: 0,
                cards: self.browse_index()?.cards.len() as u32,
                offset: 0,
                rows: Vec::new(),
            }),
        }
    }

    /// The cards matching `query` in `sort`'s order: `limit` rows (at most [`MAX_PAGE`]) from
    /// `offset` on, with the counts.
    pub fn browse_query(&self, query: &Query, sort: BrowseSort, offset: u32, limit: u32) -> Result<BrowsePage> {
        let index = self.browse_index()?;
        let (found, claims) = self.search(index, query, sort)?;
        let offset = offset.min(found.len() as u32);
        let end = offset.saturating_add(limit.min(MAX_PAGE)).min(found.len() as u32);
        let now = self.browse_now();
        let rows = found[offset as usize..end as usize].iter().map(|f| self.row(index, f, &now)).collect();
        Ok(BrowsePage {
            query: query.to_string(),
            error: None,
            total: found.len() as u32,
            claims,
            cards: index.cards.len() as u32,
            offset,
            rows,
        })
    }

    /// Every card matching `query`, in `sort`'s order: what a bulk action over the whole result
    /// (or a range of it) takes.
    pub fn browse_ids(&self, query: &str, sort: BrowseSort) -> Result<Vec<CardId>> {
        let query =
            search::parse(query).map_err(|e| Error::InvalidInput(crate::notice!(BadQuery, error = e.to_string())))?;
        let index = self.browse_index()?;
        let (found, _) = self.search(index, &query, sort)?;
        Ok(found.iter().map(|f| f.id.clone()).collect())
    }

    fn browse_now(&self) -> Now {
        let now = self.now();
        let window = day_window(now, self.settings.rollover_hour);
        Now { secs: now.timestamp(), day_start: window.day_start_ms.div_euclid(1000), day_end: window.day_end }
    }

    /// The matching cards, sorted, and how many claims they are of.
    fn search<'a>(&self, index: &'a BrowseIndex, query: &Query, sort: BrowseSort) -> Result<(Vec<Hit<'a>>, u32)> {
        let now = self.browse_now();
        let matcher = Matcher::new(query, &index.claims);
        self.refresh_states(index)?;
        let guard = index.states.borrow();
        let states = &guard.as_ref().expect("read above").1;
        let recall_needed = matcher.uses_recall() || sort.column == SortColumn::Recall;
        let mut hits = Vec::new();
        let mut claim_hit = vec![false; index.claims.len()];
        for (at, state) in states.iter().enumerate() {
            let Some(state) = state else { continue };
            let card = &index.cards[at];
            let found = Found {
                at: at as u32,
                card,
                state: &state.record.state,
                suspended: state.record.suspended,
                leech: state.record.leech,
                position: state.position,
                recall: None,
            };
            let recall = if recall_needed { self.scheduler.retrievability(found.state, now.secs) } else { None };
            let found = Found { recall, ..found };
            if matcher.matches(&found, index, &now) {
                hits.push(Hit::of(&found, &card.id));
                if let Some(seen) = claim_hit.get_mut(card.claim as usize) {
                    *seen = true;
                }
            }
        }
        drop(guard);
        sort_hits(&mut hits, index, sort);
        let claims = claim_hit.iter().filter(|&&c| c).count() as u32;
        Ok((hits, claims))
    }

    /// Brings the cards' records read last up to date: after writes through this connection
    /// only (answers, undo, suspensions, bulk actions, plans, merges), the cards written are
    /// read again; after a commit through another connection, or on first use, all of them.
    fn refresh_states(&self, index: &BrowseIndex) -> Result<()> {
        let key = self.store.change_key()?;
        let mut cache = index.states.borrow_mut();
        if let Some((read, states)) = cache.as_mut() {
            if *read == key {
                return Ok(());
            }
            if read.1 == key.1 {
                let taken = self.store.take_written_cards(|rowid, state| {
                    if let Some(&at) = index.by_rowid.get(&rowid) {
                        states[at as usize] = state;
                    }
                });
                // Fails only when nothing is tracked here (a connection opened since): read all.
                if taken.is_ok() {
                    *read = self.store.change_key()?;
                    return Ok(());
                }
            }
        }
        self.store.track_card_writes()?;
        let mut states: Vec<Option<BrowseState>> = Vec::new();
        states.resize_with(index.cards.len(), || None);
        self.store.browse_states(|state| {
            if let Some(&at) = index.by_rowid.get(&state.rowid) {
                states[at as usize] = Some(state);
            }
        })?;
        *cache = Some((self.store.change_key()?, states));
        Ok(())
    }

    fn row(&self, index: &BrowseIndex, hit: &Hit, now: &Now) -> BrowseRow {
        let card = &index.cards[hit.at as usize];
        let claim = self.deck.claims.get(card.claim as usize);
        let offset = *self.now().offset();
        let studied = hit.phase != Phase::New;
        let due = hit.due.filter(|_| studied);
        BrowseRow {
            card: card.id.clone(),
            claim: claim.map(|c| c.id.clone()).unwrap_or_else(|| crate::ids::ClaimId(String::new())),
            reading: claim.map(|c| c.reading.clone()).unwrap_or_else(|| crate::ids::ReadingId(String::new())),
            reading_title: claim.map(|c| self.reading_title(&c.reading)).unwrap_or_default(),
            kind: card.kind,
            text: one_line(&card.prompt),
            frame: card.frame.clone(),
            phase: hit.phase,
            suspended: hit.suspended,
            leech: hit.leech,
            disputed: index.claims.get(card.claim as usize).is_some_and(|c| c.disputed),
            due: due.and_then(|d| offset.timestamp_opt(d, 0).single()).map(|t| t.to_rfc3339()),
            due_in_days: due.map(|d| due_days(d, now) as i32),
            position: (!studied).then(|| u32::try_from(hit.position).unwrap_or(u32::MAX)),
            reps: hit.reps,
            lapses: hit.lapses,
            recall: hit.recall.or_else(|| {
                let state = CardState {
                    phase: hit.phase,
                    due: hit.due,
                    stability: hit.stability,
                    difficulty: hit.difficulty,
                    step: 0,
                    reps: hit.reps,
                    lapses: hit.lapses,
                    last_review: hit.last_review,
                };
                self.scheduler.retrievability(&state, now.secs)
            }),
        }
    }

    /// Applies `action` to cards `ids` in one transaction. Not undoable: the review log, which
    /// undo takes back, records answers only.
    pub fn bulk(&mut self, ids: &[CardId], action: BulkAction) -> Result<BulkDone> {
        let mut done = BulkDone::default();
        let mut records = Vec::new();
        let mut positions = Vec::new();
        let now = self.browse_now();
        let mut seen = rustc_hash::FxHashSet::default();
        for id in ids {
            if !seen.insert(id) {
                continue;
            }
            let Some(before) = self.store.card_record(id)? else {
                done.skipped += 1;
                continue;
            };
            let after = match action {
                BulkAction::Suspend => Some(CardRecord { suspended: true, ..before.clone() }),
                BulkAction::Unsuspend => Some(CardRecord { suspended: false, leech: false, ..before.clone() }),
                BulkAction::Forget => Some(CardRecord { state: CardState::new_card(), ..before.clone() }),
                BulkAction::Reschedule { from_days, to_days } => {
                    let studied = before.state.stability.is_some() && before.state.last_review.is_some();
                    studied.then(|| {
                        let (low, high) = (from_days.min(to_days), from_days.max(to_days));
                        let span = u64::from(high - low) + 1;
                        let day = i64::from(low) + (fuzz_seed(id, &before.state) % span) as i64;
                        let state = CardState {
                            phase: Phase::Review,
                            step: 0,
                            due: Some(now.day_start + day * DAY),
                            ..before.state.clone()
                        };
                        CardRecord { state, ..before.clone() }
                    })
                }
                BulkAction::Reposition { start, step } => {
                    if before.state.phase == Phase::New {
                        let at = i64::from(start) + positions.len() as i64 * i64::from(step);
                        positions.push((id.clone(), at));
                    } else {
                        done.skipped += 1;
                    }
                    continue;
                }
            };
            match after {
                Some(after) if after != before => records.push((id.clone(), after)),
                Some(_) => {}
                None => done.skipped += 1,
            }
        }
        if !records.is_empty() {
            self.store.set_records(&records)?;
            done.changed = records.len() as u32;
        }
        if !positions.is_empty() {
            let step = if let BulkAction::Reposition { step, .. } = action { step } else { 1 };
            let shift = positions.len() as i64 * i64::from(step.max(1));
            done.changed = self.store.set_new_positions(&positions, shift)? as u32;
        }
        if done.changed > 0 {
            // Today's queue is read again from the database when next needed.
            self.queue.replace(None);
        }
        Ok(done)
    }
}

/// A matching card: what its row and the sort need.
pub(super) struct Hit<'a> {
    at: u32,
    id: &'a CardId,
    phase: Phase,
    due: Option<i64>,
    position: i64,
    reps: u32,
    lapses: u32,
    recall: Option<f32>,
    stability: Option<f32>,
    difficulty: Option<f32>,
    last_review: Option<i64>,
    suspended: bool,
    leech: bool,
}

impl<'a> Hit<'a> {
    fn of(f: &Found<'_>, id: &'a CardId) -> Self {
        Hit {
            at: f.at,
            id,
            phase: f.state.phase,
            due: f.state.due,
            position: f.position,
            reps: f.state.reps,
            lapses: f.state.lapses,
            recall: f.recall,
            stability: f.state.stability,
            difficulty: f.state.difficulty,
            last_review: f.state.last_review,
            suspended: f.suspended,
            leech: f.leech,
        }
    }
}

fn sort_hits(hits: &mut [Hit], index: &BrowseIndex, sort: BrowseSort) {
    let d = sort.descending;
    let card = |h: &Hit| &index.cards[h.at as usize];
    // Ties keep the deck's order, in either direction.
    let deck = |h: &Hit| (h.position, h.at);
    // A key that sorts the wanted way ascending: flipped for descending.
    let signed = |v: i64| if d { -v } else { v };
    // Cards without a value last, in either direction.
    let last = |v: Option<f64>| match v {
        Some(v) => (0u8, if d { -v } else { v }),
        None => (1u8, 0.0),
    };
    match sort.column {
        SortColumn::Deck => {
            hits.sort_unstable_by_key(|h| (signed(h.position), signed(i64::from(h.at))));
        }
        SortColumn::Card => hits.sort_unstable_by_key(|h| signed(i64::from(card(h).id_rank))),
        SortColumn::Text => hits.sort_unstable_by_key(|h| signed(i64::from(card(h).text_rank))),
        SortColumn::Reading => hits.sort_unstable_by_key(|h| {
            let rank = index.claims.get(card(h).claim as usize).map_or(u32::MAX, |c| c.reading_rank);
            (signed(i64::from(rank)), deck(h))
        }),
        SortColumn::Kind => hits.sort_unstable_by_key(|h| {
            let kind = search::CARD_KINDS.iter().position(|(_, k)| *k == card(h).kind).unwrap_or(0);
            (signed(kind as i64), deck(h))
        }),
        SortColumn::State => hits.sort_unstable_by_key(|h| {
            let phase = match h.phase {
                Phase::New => 0,
                Phase::Learning => 1,
                Phase::Relearning => 2,
                Phase::Review => 3,
            };
            (signed(i64::from(h.suspended) * 10 + phase), deck(h))
        }),
        SortColumn::Due => hits.sort_unstable_by(|a, b| {
            let due = |h: &Hit| h.due.filter(|_| h.phase != Phase::New).map(|v| v as f64);
            cmp_last(last(due(a)), last(due(b))).then(deck(a).cmp(&deck(b)))
        }),
        SortColumn::Lapses => hits.sort_unstable_by_key(|h| (signed(i64::from(h.lapses)), deck(h))),
        SortColumn::Recall => hits.sort_unstable_by(|a, b| {
            cmp_last(last(a.recall.map(f64::from)), last(b.recall.map(f64::from))).then(deck(a).cmp(&deck(b)))
        }),
    }
}

fn cmp_last(a: (u8, f64), b: (u8, f64)) -> Ordering {
    a.0.cmp(&b.0).then(a.1.partial_cmp(&b.1).unwrap_or(Ordering::Equal))
}

/// Study days from today to `due` (0: today, negative: overdue).
fn due_days(due: i64, now: &Now) -> i64 {
    (due - now.day_start).div_euclid(DAY)
}

fn one_line(text: &str) -> String {
    let mut line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > ROW_TEXT_CHARS {
        line = line.chars().take(ROW_TEXT_CHARS - 1).collect::<String>() + "…";
    }
    line
}

impl Matcher {
    fn new(query: &Query, claims: &[IndexClaim]) -> Matcher {
        match query {
            Query::All => Matcher::All,
            Query::Text(text) => {
                let needle = text.to_lowercase();
                let claims = claims.iter().map(|c| c.text_lower.contains(&needle)).collect();
                Matcher::Text { needle, claims }
            }
            Query::Filter(filter) => Matcher::Filter(match filter {
                Filter::Tag(v) => Filter::Tag(v.to_lowercase()),
                Filter::Reading(v) => Filter::Reading(v.to_lowercase()),
                Filter::Claim(v) => Filter::Claim(v.to_lowercase()),
                Filter::Card(v) => Filter::Card(v.to_lowercase()),
                other => other.clone(),
            }),
            Query::Compare(c) => Matcher::Compare(*c),
            Query::Not(inner) => Matcher::Not(Box::new(Matcher::new(inner, claims))),
            Query::And(parts) => Matcher::And(parts.iter().map(|p| Matcher::new(p, claims)).collect()),
            Query::Or(parts) => Matcher::Or(parts.iter().map(|p| Matcher::new(p, claims)).collect()),
        }
    }

    /// Whether the query compares recall probabilities (computed only then).
    fn uses_recall(&self) -> bool {
        match self {
            Matcher::Compare(c) => c.field == NumField::Recall,
            Matcher::Not(inner) => inner.uses_recall(),
            Matcher::And(parts) | Matcher::Or(parts) => parts.iter().any(Matcher::uses_recall),
            _ => false,
        }
    }

    fn matches(&self, f: &Found, index: &BrowseIndex, now: &Now) -> bool {
        let claim = index.claims.get(f.card.claim as usize);
        match self {
            Matcher::All => true,
            Matcher::Text { needle, claims } => {
                claims.get(f.card.claim as usize).copied().unwrap_or(false) || f.card.prompt_lower.contains(needle)
            }
            Matcher::Filter(filter) => match filter {
                Filter::Tag(p) => claim.is_some_and(|c| c.tags_lower.iter().any(|t| search::glob(p, t))),
                Filter::Reading(p) => claim.is_some_and(|c| search::glob(p, &c.reading_lower)),
                Filter::Claim(p) => claim.is_some_and(|c| search::glob(p, &c.id_lower)),
                Filter::Card(p) => search::glob(p, &f.card.id.as_str().to_lowercase()),
                Filter::Kind(Kind::Card(k)) => f.card.kind == *k,
                Filter::Kind(Kind::Claim(k)) => claim.is_some_and(|c| c.kind == *k),
                Filter::Is(state) => match state {
                    State::Due => {
                        !f.suspended && f.state.phase != Phase::New && f.state.due.is_some_and(|d| d < now.day_end)
                    }
                    State::New => f.state.phase == Phase::New,
                    State::Learning => matches!(f.state.phase, Phase::Learning | Phase::Relearning),
                    State::Review => f.state.phase == Phase::Review,
                    State::Suspended => f.suspended,
                    State::Leech => f.leech,
                    State::Disputed => claim.is_some_and(|c| c.disputed),
                },
            },
            Matcher::Compare(c) => {
                let value = match c.field {
                    NumField::Due => {
                        f.state.due.filter(|_| f.state.phase != Phase::New).map(|d| due_days(d, now) as f64)
                    }
                    NumField::Lapses => Some(f64::from(f.state.lapses)),
                    NumField::Reps => Some(f64::from(f.state.reps)),
                    NumField::Recall => f.recall.map(f64::from),
                };
                value.is_some_and(|v| c.op.holds(v, c.value))
            }
            Matcher::Not(inner) => !inner.matches(f, index, now),
            Matcher::And(parts) => parts.iter().all(|p| p.matches(f, index, now)),
            Matcher::Or(parts) => parts.iter().any(|p| p.matches(f, index, now)),
        }
    }
}
