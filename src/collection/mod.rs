//! The public face of the core: a deck plus the student's database, with the operations the
//! app and the CLI offer. Shells call one method per action.
//!
//! This file owns opening, the settings, today's queue and the deck lookups the other parts
//! share; each part adds its own `impl Collection`: study ([`review`]), quizzes ([`quiz`]),
//! progress and reading views ([`stats`]), backups and the optimiser ([`backup`]), and the
//! database-only reference the queue is tested against ([`reference`]).

mod backup;
pub use backup::BackupMaker;
pub use workload::WorkloadSnapshot;
mod balance;
mod browse;
mod history;
mod plan;
mod quiz;
mod reference;
mod report;
mod review;
mod stats;
mod sync;
mod workload;

use chrono::{DateTime, Duration, FixedOffset};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::cards::{self, Card};
use crate::clock::Clock;
use crate::content::{Claim, Deck, Reading};
use crate::error::{Error, Result};
use crate::id_index::IdIndex;
use crate::ids::{CardId, ClaimId, ReadingId};
use crate::queue::{DayWindow, Queue, ReadingCounts};
use crate::schedule::{self, CardState, Scheduler, SchedulerConfig};
use crate::settings::Settings;
use crate::store::{CardRecord, Store, Today};
use crate::views::{ConflictNote, DueCounts, SourceRef};

/// Lapses after which a card is tagged a leech and suspended.
pub const LEECH_LAPSES: u32 = 8;
/// How far ahead the due forecast looks.
pub const FORECAST_DAYS: u32 = 30;

const SETTINGS_KEY: &str = "settings";
const PARAMETERS_KEY: &str = "fsrs_parameters";

/// Today's counts and the number of cards, per reading id.
type PerReading = HashMap<String, (DueCounts, u32)>;

pub struct Collection {
    data_dir: PathBuf,
    store: Store,
    deck: Deck,
    scheduler: Scheduler,
    settings: Settings,
    /// Each claim's and reading's place in the deck, made when first needed.
    claim_index: OnceCell<IdIndex>,
    reading_index: OnceCell<IdIndex>,
    /// The cards' text for searching, made when first searched.
    browse_index: OnceCell<browse::BrowseIndex>,
    /// Today's queue: built from the database when first needed (not at open, which stays
    /// instant) and again when the study day changes.
    queue: RefCell<Option<Queue>>,
    plan_memo: RefCell<plan::PlanMemo>,
    /// The reading the student is studying on its own, if any.
    focus: Option<ReadingId>,
    /// While learning ahead: learning cards due by this time (seconds) are studied now.
    ahead_until: Option<i64>,
    clock: Box<dyn Clock>,
}

/// The data folder: `$STEPPE_DATA_DIR` when set, else the platform's data directory
/// (on Linux `~/.local/share/dev.steppe.app`), shared by the app and the CLI.
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("STEPPE_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("dev.steppe.app")
}

impl Collection {
    /// Opens (or creates) the database in `data_dir` and brings its cards in line with `deck`.
    pub fn open(data_dir: &Path, deck: Deck, clock: Box<dyn Clock>) -> Result<Self> {
        Self::open_with(data_dir, deck, clock, SchedulerConfig::default())
    }

    /// Like [`Collection::open`], with scheduler settings other than the defaults (tests turn
    /// fuzz off, for instance). Settings saved in the database take precedence.
    pub fn open_with(data_dir: &Path, deck: Deck, clock: Box<dyn Clock>, mut config: SchedulerConfig) -> Result<Self> {
        let mut store = Store::open(data_dir)?;
        check_owner(&store, data_dir, &deck)?;
        make_cards(&mut store, &deck)?;
        let settings: Settings =
            store.setting(SETTINGS_KEY)?.and_then(|v| serde_json::from_str(&v).ok()).unwrap_or_default();
        config.desired_retention = settings.desired_retention;
        if let Some(parameters) = store.setting(PARAMETERS_KEY)?.and_then(|v| serde_json::from_str(&v).ok()) {
            config.parameters = parameters;
        }
        let scheduler = Scheduler::new(config)?;
        Ok(Self {
            data_dir: data_dir.to_owned(),
            store,
            deck,
            scheduler,
            settings,
            claim_index: OnceCell::new(),
            reading_index: OnceCell::new(),
            browse_index: OnceCell::new(),
            queue: RefCell::new(None),
            plan_memo: RefCell::default(),
            focus: None,
            ahead_until: None,
            clock,
        })
    }

    /// The folder holding the database, backups and user decks.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn deck(&self) -> &Deck {
        &self.deck
    }

    /// Studies `deck` from now on, in the database already open: after an edit of the deck
    /// (or a newer version of it), its cards are made again and stored, cards of removed
    /// claims are archived with their history, and today's queue is read afresh. Nothing is
    /// reopened, so no lock is taken again.
    pub fn set_deck(&mut self, deck: Deck) -> Result<()> {
        if deck.info.id != self.deck.info.id {
            return Err(Error::OtherDeck {
                dir: self.data_dir.display().to_string(),
                holds: self.deck.info.id.clone(),
                opened: deck.info.id.clone(),
            });
        }
        make_cards(&mut self.store, &deck)?;
        self.deck = deck;
        self.claim_index = OnceCell::new();
        self.reading_index = OnceCell::new();
        self.browse_index = OnceCell::new();
        self.queue.replace(None);
        // The needs count answers by their claims' tags, which the new deck may change.
        self.plan_memo.take();
        if self.focus.as_ref().is_some_and(|r| self.deck.reading(r).is_none()) {
            self.focus = None;
        }
        Ok(())
    }

    fn now(&self) -> DateTime<FixedOffset> {
        self.clock.now()
    }

    /// Now and today's limits, from the in-memory queue.
    fn today(&self) -> Result<Today> {
        let now = self.now();
        let window = day_window(now, self.settings.rollover_hour);
        let (introduced, reviewed, _) = self.queue_for(window)?.answered_today();
        Ok(self.today_with(now, window, introduced, reviewed))
    }

    /// The queue of the study day `window`, built first if it is missing or of another day.
    fn queue_for(&self, window: DayWindow) -> Result<std::cell::Ref<'_, Queue>> {
        if self.queue.borrow().as_ref().is_none_or(|q| q.window() != window) {
            self.queue.replace(Some(Queue::load_with(&self.store, window, self.unburied_claims(window)?)?));
        }
        Ok(std::cell::Ref::map(self.queue.borrow(), |q| q.as_ref().expect("built above")))
    }

    /// Today's queue.
    fn queue(&self) -> Result<std::cell::Ref<'_, Queue>> {
        self.queue_for(day_window(self.now(), self.settings.rollover_hour))
    }

    /// Today's queue, to change after a write. It is built, and holds the claim of the card to
    /// change, before the write ([`Collection::hold_claim_of`]), so that the change is not
    /// counted twice.
    fn built_queue(&mut self) -> &mut Queue {
        self.queue.get_mut().as_mut().expect("the queue is built before the database is written")
    }

    /// Today's queue, to read cards into (new cards as they are needed, a claim before a write).
    fn queue_mut(&self) -> Result<std::cell::RefMut<'_, Queue>> {
        drop(self.queue()?);
        Ok(std::cell::RefMut::map(self.queue.borrow_mut(), |q| q.as_mut().expect("built above")))
    }

    /// Has today's queue hold every card of `card`'s claim: done before any write to the card.
    fn hold_claim_of(&self, card: &CardId) -> Result<()> {
        self.queue_mut()?.hold_claim_of(card, &self.store)
    }

    fn today_with(&self, now: DateTime<FixedOffset>, window: DayWindow, introduced: u32, reviewed: u32) -> Today {
        Today {
            now: now.timestamp(),
            day_start_ms: window.day_start_ms,
            day_end: window.day_end,
            new_left: self.settings.new_per_day.saturating_sub(introduced),
            review_left: self.settings.reviews_per_day.saturating_sub(reviewed),
        }
    }

    pub fn desired_retention(&self) -> f32 {
        self.scheduler.config().desired_retention
    }

    /// Sets the retention the scheduler aims for, from 0.70 to 0.99.
    pub fn set_desired_retention(&mut self, retention: f32) -> Result<()> {
        self.set_settings(Settings { desired_retention: retention, ..self.settings.clone() })
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Checks and saves new settings; nothing changes if any value is out of range.
    pub fn set_settings(&mut self, settings: Settings) -> Result<()> {
        let problems = settings.out_of_range();
        if !problems.is_empty() {
            return Err(Error::OutOfRange(problems));
        }
        // A change of the look alone keeps the scheduler and today's queue as they are.
        let same_study = settings.same_study(&self.settings);
        if !same_study {
            let config =
                SchedulerConfig { desired_retention: settings.desired_retention, ..self.scheduler.config().clone() };
            self.scheduler = Scheduler::new(config)?;
        }
        self.save_settings_logged(&settings)?;
        self.settings = settings;
        if !same_study {
            self.queue.replace(None);
        }
        Ok(())
    }

    /// A card of the deck, as stored when the deck's cards were made.
    fn card(&self, id: &CardId) -> Result<Card> {
        self.store.card_content(id)?.ok_or_else(|| Error::NotFound(crate::notice!(MissingCard, id = id.as_str())))
    }

    fn claim(&self, id: &ClaimId) -> Result<&Claim> {
        let claims = &self.deck.claims;
        fn claim_id(c: &Claim) -> &str {
            c.id.as_str()
        }
        let index = self.claim_index.get_or_init(|| IdIndex::new(claims, claim_id));
        index
            .find(claims, claim_id, id.as_str())
            .map(|i| &claims[i])
            .ok_or_else(|| Error::NotFound(crate::notice!(MissingClaim, id = id.as_str())))
    }

    fn reading_title(&self, id: &ReadingId) -> String {
        let readings = &self.deck.readings;
        fn reading_id(r: &Reading) -> &str {
            r.citation.id.as_str()
        }
        let index = self.reading_index.get_or_init(|| IdIndex::new(readings, reading_id));
        index.find(readings, reading_id, id.as_str()).map(|i| readings[i].citation.title.clone()).unwrap_or_default()
    }

    /// Where a card's fact comes from: its (first) claim's quote in its reading.
    fn source_of(&self, card: &Card) -> Result<SourceRef> {
        let claim = self.claim(&card.claim)?;
        Ok(SourceRef {
            reading: claim.reading.clone(),
            reading_title: self.reading_title(&claim.reading),
            claim: claim.id.clone(),
            quote: claim.quote.clone(),
        })
    }

    /// The other readings' versions of the card's claims.
    fn conflicts_of(&self, card: &Card) -> Result<Vec<ConflictNote>> {
        let mut notes: Vec<ConflictNote> = Vec::new();
        for claim in &card.claims {
            for note in self.conflict_notes(claim)? {
                if !notes.iter().any(|n| n.claim == note.claim) {
                    notes.push(note);
                }
            }
        }
        Ok(notes)
    }

    /// The other readings' versions of one claim.
    fn conflict_notes(&self, claim: &ClaimId) -> Result<Vec<ConflictNote>> {
        self.claim(claim)?
            .conflicts_with
            .iter()
            .map(|other| {
                let other = self.claim(other)?;
                let dispute = self.deck.dispute_of(&other.id);
                let version = dispute.and_then(|d| d.versions.iter().find(|v| v.claims.contains(&other.id)));
                Ok(ConflictNote {
                    claim: other.id.clone(),
                    reading: other.reading.clone(),
                    reading_title: self.reading_title(&other.reading),
                    cited_as: self.deck.reading(&other.reading).map(|r| r.citation.short()).unwrap_or_default(),
                    text: other.text.clone(),
                    quote: other.quote.clone(),
                    question: dispute.map(|d| d.question.clone()).unwrap_or_default(),
                    says: version.map(|v| v.says.clone()).unwrap_or_default(),
                    note: dispute.and_then(|d| d.note.clone()),
                })
            })
            .collect()
    }

    fn record(&self, id: &CardId) -> Result<CardRecord> {
        self.store.card_record(id)?.ok_or_else(|| Error::NotFound(crate::notice!(MissingCard, id = id.as_str())))
    }
}

/// The study day containing `now`.
fn day_window(now: DateTime<FixedOffset>, rollover_hour: u32) -> DayWindow {
    let start = schedule::day_start(now, rollover_hour);
    DayWindow { day_start_ms: start.timestamp_millis(), day_end: (start + Duration::days(1)).timestamp() }
}

/// Makes the deck's cards and stores them, unless they were made for this deck before.
fn make_cards(store: &mut Store, deck: &Deck) -> Result<()> {
    let key = cards::cache_key(deck);
    if !store.cards_made_for(&key)? {
        store.sync_cards(&key, &deck.info.id, &cards::generate(deck))?;
    }
    Ok(())
}

/// Refuses to study `deck` in a database that holds another deck's progress: syncing its cards
/// would archive every card of that deck. A database from before decks were named is judged by
/// its cards: if none of them asks about a claim of `deck`, they are another deck's.
fn check_owner(store: &Store, data_dir: &Path, deck: &Deck) -> Result<()> {
    let other =
        |holds: String| Error::OtherDeck { dir: data_dir.display().to_string(), holds, opened: deck.info.id.clone() };
    match store.setting(crate::store::DECK_ID_KEY)? {
        Some(holds) if holds != deck.info.id => Err(other(holds)),
        Some(_) => Ok(()),
        None => {
            let claims = store.some_active_claims(64)?;
            let ours = claims.iter().any(|c| deck.claim(&ClaimId(c.clone())).is_some());
            if claims.is_empty() || ours { Ok(()) } else { Err(other("another deck".into())) }
        }
    }
}

fn due_counts_of(c: ReadingCounts) -> DueCounts {
    DueCounts { new: c.new, learning: c.learning, review: c.review }
}

/// New and review counts capped by what is left of today's limits.
fn capped(counts: DueCounts, today: &Today) -> DueCounts {
    DueCounts { new: counts.new.min(today.new_left), review: counts.review.min(today.review_left), ..counts }
}

/// A repeatable seed for a card's interval fuzz at its current review count (FNV-1a of the id).
pub(crate) fn fuzz_seed(id: &CardId, state: &CardState) -> u64 {
    let hash =
        id.as_str().bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    hash ^ u64::from(state.reps)
}
