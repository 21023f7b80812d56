//! The public face of the core: a deck plus the student's database, with the operations the
//! app and the CLI offer. Shells call one method per action.

use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::cards::{self, Card};
use crate::clock::Clock;
use crate::content::Deck;
use crate::error::{Error, Result};
use crate::id_index::IdIndex;
use crate::ids::{CardId, ClaimId, ReadingId};
use crate::queue::{DayWindow, Queue, ReadingCounts};
use crate::quiz::{self, QuizFeedback, QuizMiss, QuizQuestion, QuizResult, QuizScope, QuizView, TagCount};
use crate::schedule::{self, CardState, OptimizeError, Phase, Rating, ReviewEvent, Scheduler, SchedulerConfig};
use crate::settings::Settings;
use crate::store::{CardRecord, DB_FILE_NAME, Store, StoreError, Today};
use crate::views::*;

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
    /// Today's queue: built from the database when first needed (not at open, which stays
    /// instant) and again when the study day changes.
    queue: RefCell<Option<Queue>>,
    /// The reading the student is studying on its own, if any.
    focus: Option<ReadingId>,
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
            queue: RefCell::new(None),
            focus: None,
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
        self.queue.replace(None);
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
            self.queue.replace(Some(Queue::load(&self.store, window)?));
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

    /// [`Collection::today`] counted from the review log instead of the queue.
    fn today_from_database(&self) -> Result<Today> {
        let now = self.now();
        let window = day_window(now, self.settings.rollover_hour);
        let introduced = self.store.answers_in_phase_since(Phase::New, window.day_start_ms)?;
        let reviewed = self.store.answers_in_phase_since(Phase::Review, window.day_start_ms)?;
        Ok(self.today_with(now, window, introduced, reviewed))
    }

    /// Today's counts in total and per reading; new cards are capped by what is left of the daily limit.
    fn due_counts(&self, today: &Today) -> Result<(DueCounts, PerReading)> {
        let queue = self.queue()?;
        let per_reading = queue.counts().map(|(id, c)| (id.to_owned(), (due_counts_of(c), c.total))).collect();
        Ok((capped(due_counts_of(queue.counts_of(None)), today), per_reading))
    }

    /// [`Collection::due_counts`] computed by the database.
    fn due_counts_from_database(&self, today: &Today) -> Result<(DueCounts, PerReading)> {
        let mut total = DueCounts::default();
        let mut per_reading = HashMap::new();
        for row in self.store.counts(today)? {
            total.new += row.new;
            total.learning += row.learning;
            total.review += row.review;
            per_reading.insert(
                row.reading_id,
                (DueCounts { new: row.new, learning: row.learning, review: row.review }, row.total),
            );
        }
        total.new = total.new.min(today.new_left);
        total.review = total.review.min(today.review_left);
        Ok((total, per_reading))
    }

    pub fn library(&self) -> Result<LibraryView> {
        let today = self.today()?;
        let (total, per_reading) = self.due_counts(&today)?;
        let mut mastery: HashMap<String, (u32, u32)> = HashMap::new();
        for (reading, _claim, seen, mastered) in self.store.claims_progress()? {
            let entry = mastery.entry(reading).or_default();
            entry.0 += u32::from(seen);
            entry.1 += u32::from(mastered);
        }
        let readings = self
            .deck
            .readings
            .iter()
            .map(|r| {
                let (due, cards) = per_reading.get(r.citation.id.as_str()).cloned().unwrap_or_default();
                let (claims_seen, claims_mastered) = mastery.get(r.citation.id.as_str()).copied().unwrap_or_default();
                ReadingSummary {
                    citation: r.citation.clone(),
                    claims: self.deck.claims.iter().filter(|c| c.reading == r.citation.id).count() as u32,
                    claims_seen,
                    claims_mastered,
                    cards,
                    due,
                }
            })
            .collect();
        Ok(LibraryView {
            deck_title: self.deck.info.title.clone(),
            deck_description: self.deck.info.description.clone(),
            today: total,
            readings,
        })
    }

    /// A reading as blocks of styled text, with each claim's quote marked on the text it covers.
    pub fn reading(&self, id: &ReadingId) -> Result<ReadingView> {
        let reading = self.deck.reading(id).ok_or_else(|| Error::NotFound(format!("reading `{id}`")))?;
        let claims: Vec<_> = self.deck.claims.iter().filter(|c| &c.reading == id).collect();
        let blocks = reading
            .blocks
            .iter()
            .enumerate()
            .map(|(index, block)| {
                let ranges: Vec<_> = claims
                    .iter()
                    .filter(|c| c.anchor.block == index)
                    .map(|c| (c.anchor.start, c.anchor.end, &c.id))
                    .collect();
                BlockView { kind: block.kind.clone(), segments: crate::highlight::segments(&block.runs, &ranges) }
            })
            .collect();
        let reading_cards = self.store.cards_of_reading(Some(id))?;
        let records: HashMap<CardId, CardRecord> =
            reading_cards.iter().map(|card| Ok((card.id.clone(), self.record(&card.id)?))).collect::<Result<_>>()?;
        let offset = *self.now().offset();
        let mut notes = Vec::new();
        for claim in claims {
            let cards = reading_cards
                .iter()
                .filter(|card| card.claims.contains(&claim.id))
                .filter_map(|card| {
                    let record = records.get(&card.id)?;
                    Some(CardStatus {
                        id: card.id.clone(),
                        kind: card.kind,
                        phase: record.state.phase,
                        due: record.state.due.and_then(|t| offset.timestamp_opt(t, 0).single()).map(|t| t.to_rfc3339()),
                        suspended: record.suspended,
                        leech: record.leech,
                    })
                })
                .collect();
            notes.push(ClaimNote {
                id: claim.id.clone(),
                text: claim.text.clone(),
                block: claim.anchor.block as u32,
                conflicts: self.conflict_notes(&claim.id)?,
                cards,
            });
        }
        Ok(ReadingView { citation: reading.citation.clone(), blocks, claims: notes })
    }

    /// The next card to study now, with its button labels, or what is left for later.
    pub fn session(&self) -> Result<Session> {
        let today = self.today()?;
        let focus = self.focus.as_ref().map(|r| r.as_str());
        let next = self.queue_mut()?.next(&today, focus, &self.store)?;
        let queue = self.queue()?;
        let counts = capped(due_counts_of(queue.counts_of(focus)), &today);
        let card = match next {
            Some(id) => Some(self.study_card(&id, today.now)?),
            None => None,
        };
        let next_due = match card {
            Some(_) => None,
            None => queue
                .next_due_time(&self.store)?
                .and_then(|t| self.now().offset().timestamp_opt(t, 0).single())
                .map(|t| t.to_rfc3339()),
        };
        Ok(Session {
            card,
            today: counts,
            reviewed_today: queue.answered_today().2,
            next_due,
            focus: self.focus.clone(),
        })
    }

    /// [`Collection::session`] computed by the database alone, without the in-memory queue:
    /// the reference the queue is checked against, and the slow path it replaced.
    pub fn session_from_database(&self) -> Result<Session> {
        let today = self.today_from_database()?;
        let (all, per_reading) = self.due_counts_from_database(&today)?;
        let counts = match &self.focus {
            None => all,
            Some(reading) => {
                let mut counts = per_reading.get(reading.as_str()).map(|(c, _)| c.clone()).unwrap_or_default();
                counts.new = counts.new.min(today.new_left);
                counts.review = counts.review.min(today.review_left);
                counts
            }
        };
        let card = match self.store.next_due(&today, self.focus.as_ref())? {
            Some(id) => Some(self.study_card(&id, today.now)?),
            None => None,
        };
        let next_due = match card {
            Some(_) => None,
            None => self
                .store
                .next_due_time()?
                .and_then(|t| self.now().offset().timestamp_opt(t, 0).single())
                .map(|t| t.to_rfc3339()),
        };
        Ok(Session {
            card,
            today: counts,
            reviewed_today: self.store.reviews_since(today.day_start_ms)?,
            next_due,
            focus: self.focus.clone(),
        })
    }

    /// Studies only one reading's cards from now on (`Some`), or the whole deck again (`None`),
    /// and gives the review screen's state.
    pub fn set_study_focus(&mut self, reading: Option<ReadingId>) -> Result<Session> {
        if let Some(id) = &reading
            && self.deck.reading(id).is_none()
        {
            return Err(Error::NotFound(format!("reading `{id}`")));
        }
        self.focus = reading;
        self.session()
    }

    /// A card of the deck, as stored when the deck's cards were made.
    fn card(&self, id: &CardId) -> Result<Card> {
        self.store.card_content(id)?.ok_or_else(|| Error::NotFound(format!("card `{id}`")))
    }

    fn claim(&self, id: &crate::ids::ClaimId) -> Result<&crate::content::Claim> {
        let claims = &self.deck.claims;
        fn claim_id(c: &crate::content::Claim) -> &str {
            c.id.as_str()
        }
        let index = self.claim_index.get_or_init(|| IdIndex::new(claims, claim_id));
        index
            .find(claims, claim_id, id.as_str())
            .map(|i| &claims[i])
            .ok_or_else(|| Error::NotFound(format!("claim `{id}`")))
    }

    fn reading_title(&self, id: &ReadingId) -> String {
        let readings = &self.deck.readings;
        fn reading_id(r: &crate::content::Reading) -> &str {
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
    fn conflicts_of(&self, card: &Card) -> Result<Vec<crate::views::ConflictNote>> {
        let mut notes: Vec<crate::views::ConflictNote> = Vec::new();
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
    fn conflict_notes(&self, claim: &crate::ids::ClaimId) -> Result<Vec<crate::views::ConflictNote>> {
        self.claim(claim)?
            .conflicts_with
            .iter()
            .map(|other| {
                let other = self.claim(other)?;
                let dispute = self.deck.dispute_of(&other.id);
                let version = dispute.and_then(|d| d.versions.iter().find(|v| v.claims.contains(&other.id)));
                Ok(crate::views::ConflictNote {
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

    fn study_card(&self, id: &CardId, now: i64) -> Result<StudyCard> {
        let card = self.card(id)?;
        let record = self.record(id)?;
        let outcomes = self.scheduler.next_states(&record.state, now, fuzz_seed(id, &record.state))?;
        let label = |r: Rating| schedule::interval_label(outcomes.get(r).due.unwrap_or(now) - now);
        let statement = match card.kind {
            cards::CardKind::Timeline => card.answer.clone(),
            _ => self.claim(&card.claim)?.text.clone(),
        };
        Ok(StudyCard {
            id: id.clone(),
            kind: card.kind,
            prompt: card.prompt.clone(),
            answer: card.answer.clone(),
            statement,
            choices: card.choices.clone(),
            correct_choice: card.correct_choice,
            correct_order: card.correct_order.clone(),
            dates: card.dates.clone(),
            source: self.source_of(&card)?,
            conflicts: self.conflicts_of(&card)?,
            intervals: GradeLabels {
                again: label(Rating::Again),
                hard: label(Rating::Hard),
                good: label(Rating::Good),
                easy: label(Rating::Easy),
            },
        })
    }

    /// Grades an answer to a card without recording anything, and suggests a rating:
    /// exact → Good, close → Hard, wrong → Again.
    pub fn check_answer(&self, id: &CardId, given: &cards::Given) -> Result<crate::views::AnswerCheck> {
        let card = self.card(id)?;
        let outcome = cards::grade(&card, given);
        let suggested = match outcome {
            cards::AnswerMatch::Exact => Rating::Good,
            cards::AnswerMatch::Close => Rating::Hard,
            cards::AnswerMatch::Wrong => Rating::Again,
        };
        Ok(crate::views::AnswerCheck { outcome, suggested, correct_answer: card.answer.clone() })
    }

    fn record(&self, id: &CardId) -> Result<CardRecord> {
        self.store.card_record(id)?.ok_or_else(|| Error::NotFound(format!("card `{id}`")))
    }

    /// Records an answer (committed before this returns) and gives the next card. The eighth
    /// lapse makes the card a leech: tagged and suspended.
    pub fn answer(&mut self, id: &CardId, rating: Rating) -> Result<Session> {
        self.answer_from(id, rating, "review")?;
        self.session()
    }

    fn answer_from(&mut self, id: &CardId, rating: Rating, source: &str) -> Result<()> {
        self.hold_claim_of(id)?;
        let now = self.now();
        let before = self.record(id)?;
        let state = self
            .scheduler
            .next_states(&before.state, now.timestamp(), fuzz_seed(id, &before.state))?
            .get(rating)
            .clone();
        let became_leech = state.lapses >= LEECH_LAPSES && state.lapses > before.state.lapses;
        let after =
            CardRecord { state, suspended: before.suspended || became_leech, leech: before.leech || became_leech };
        let at_ms = now.timestamp_millis();
        self.store.record_answer(id, rating, at_ms, source, &before, &after)?;
        let (phase, due, active) = (after.state.phase, after.state.due, !after.suspended);
        self.built_queue().answered(id, at_ms, before.state.phase, phase, due, active);
        Ok(())
    }

    /// The newest answer in the review log: its id there and its card.
    pub fn newest_review(&self) -> Result<Option<(i64, CardId)>> {
        Ok(self.store.newest_review()?)
    }

    /// Takes back the newest answer: its log entry goes and the card is exactly as it was.
    /// Returns the card that was restored, or `None` when nothing has been answered.
    pub fn undo(&mut self) -> Result<Option<CardId>> {
        let Some((_, card)) = self.store.newest_review()? else { return Ok(None) };
        self.hold_claim_of(&card)?;
        let Some(undone) = self.store.undo_newest_answer()? else { return Ok(None) };
        if !self.built_queue().contains(&undone.card) {
            // An archived card answered before the deck changed: rare, so recount from the database.
            let window = self.built_queue().window();
            self.queue.replace(Some(Queue::load(&self.store, window)?));
        }
        let r = &undone.record;
        self.built_queue().undone(&undone.card, undone.at_ms, undone.phase, r.state.phase, r.state.due, !r.suspended);
        Ok(Some(undone.card))
    }

    /// Undoes the newest answer and says which card it was (nothing, when no answer was left to
    /// undo), with the review screen's new state.
    pub fn undo_and_continue(&mut self) -> Result<UndoResult> {
        let undone = self.undo()?.map(|card| {
            let prompt = self.card(&card).map_or_else(|_| card.to_string(), |c| c.prompt);
            UndoneAnswer { card, prompt }
        });
        Ok(UndoResult { undone, session: self.session()? })
    }

    /// Suspends or unsuspends a card and gives the review screen's new state.
    pub fn suspend_and_continue(&mut self, id: &CardId, suspended: bool) -> Result<Session> {
        self.set_suspended(id, suspended)?;
        self.session()
    }

    /// Suspends a card (it is not shown until unsuspended) or unsuspends it; unsuspending a
    /// leech also clears its leech tag.
    pub fn set_suspended(&mut self, id: &CardId, suspended: bool) -> Result<()> {
        let record = self.record(id)?;
        self.hold_claim_of(id)?;
        self.store.set_flags(id, suspended, record.leech && suspended)?;
        self.built_queue().set_active(id, !suspended);
        Ok(())
    }

    /// Cards tagged as leeches, in deck order.
    pub fn leeches(&self) -> Result<Vec<CardId>> {
        Ok(self.store.leeches()?)
    }

    /// Suspended cards, leeches among them, in deck order, each with its prompt and reading.
    pub fn suspended_cards(&self) -> Result<Vec<SuspendedCard>> {
        let mut out = Vec::new();
        for (id, leech, lapses) in self.store.suspended()? {
            let Some(card) = self.store.card_content(&id)? else { continue };
            out.push(SuspendedCard {
                kind: card.kind,
                prompt: card.prompt.clone(),
                reading: card.reading.clone(),
                reading_title: self.reading_title(&card.reading),
                leech,
                lapses,
                id,
            });
        }
        Ok(out)
    }

    /// Brings a suspended card (or leech) back into study and lists the cards still suspended.
    pub fn unsuspend(&mut self, id: &CardId) -> Result<Vec<SuspendedCard>> {
        self.set_suspended(id, false)?;
        self.suspended_cards()
    }

    /// Studied cards coming due on each of the next 30 study days; overdue cards count today.
    pub fn forecast(&self) -> Result<Vec<u32>> {
        let start = schedule::day_start(self.now(), self.settings.rollover_hour).timestamp();
        Ok(self.store.forecast(start, FORECAST_DAYS)?)
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
        let problems = settings.problems();
        if !problems.is_empty() {
            return Err(Error::InvalidSetting(problems.join("; ")));
        }
        let config =
            SchedulerConfig { desired_retention: settings.desired_retention, ..self.scheduler.config().clone() };
        self.scheduler = Scheduler::new(config)?;
        self.store.put_setting(SETTINGS_KEY, &serde_json::to_string(&settings).expect("settings serialise"))?;
        self.settings = settings;
        self.queue.replace(None);
        Ok(())
    }

    /// Fits FSRS parameters to this student's review log and uses them from now on.
    /// `progress(done, total)` is called while it runs. Declines below the minimum history.
    pub fn optimize(&mut self, progress: &mut dyn FnMut(usize, usize)) -> Result<Vec<f32>> {
        let offset = self.now().offset().local_minus_utc() as i64;
        let rollover = i64::from(self.settings.rollover_hour) * 3600;
        let day_of = |ms: i64| (ms / 1000 + offset - rollover).div_euclid(86_400);
        let mut histories: Vec<Vec<ReviewEvent>> = Vec::new();
        let mut last: Option<CardId> = None;
        for (card, at, rating) in self.store.review_history()? {
            if last.as_ref() != Some(&card) {
                histories.push(Vec::new());
                last = Some(card);
            }
            histories.last_mut().expect("pushed above").push(ReviewEvent { day: day_of(at), rating });
        }
        let parameters = schedule::optimize_parameters(&histories, progress).map_err(|e| match e {
            OptimizeError::TooFewReviews { .. } => Error::NotEnoughReviews(e.to_string()),
            OptimizeError::Failed(m) => Error::Schedule(schedule::ScheduleError::from(m)),
        })?;
        let config = SchedulerConfig { parameters: parameters.clone(), ..self.scheduler.config().clone() };
        self.scheduler = Scheduler::new(config)?;
        self.store.put_setting(PARAMETERS_KEY, &serde_json::to_string(&parameters).expect("floats serialise"))?;
        Ok(parameters)
    }

    /// Every card's scheduling state replayed from the review log alone, with the current
    /// settings; cards never answered are new. The review log is the source of truth: this
    /// equals the stored state unless settings changed along the way.
    pub fn states_from_review_log(&self) -> Result<Vec<(CardId, CardState)>> {
        let mut states: std::collections::BTreeMap<CardId, CardState> =
            self.store.all_records()?.into_iter().map(|(id, _)| (id, CardState::new_card())).collect();
        for (card, at, rating) in self.store.review_history()? {
            let state = states.entry(card.clone()).or_insert_with(CardState::new_card);
            *state =
                self.scheduler.next_states(state, at.div_euclid(1000), fuzz_seed(&card, state))?.get(rating).clone();
        }
        Ok(states.into_iter().collect())
    }

    /// Every card's stored scheduling state, by id.
    pub fn stored_states(&self) -> Result<Vec<(CardId, CardState)>> {
        Ok(self.store.all_records()?.into_iter().map(|(id, r)| (id, r.state)).collect())
    }

    /// The backups in the data folder, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        let dir = self.data_dir.join("backups");
        let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(Vec::new()) };
        let mut out: Vec<BackupInfo> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".sqlite"))
            .filter_map(|e| {
                let size = e.metadata().ok()?.len();
                Some(BackupInfo { name: e.file_name().to_string_lossy().into_owned(), size })
            })
            .collect();
        out.sort_by(|a, b| b.name.cmp(&a.name));
        Ok(out)
    }

    /// Replaces the study data with the backup called `name` (from [`Collection::backups`]).
    /// The backup is checked first; the current data is backed up before it is replaced, so a
    /// restore can itself be undone by restoring that copy.
    pub fn restore_backup(&mut self, name: &str) -> Result<()> {
        let backups = self.data_dir.join("backups");
        if name.contains(['/', '\\']) || !self.backups()?.iter().any(|b| b.name == name) {
            return Err(Error::NotFound(format!("backup `{name}`")));
        }
        let staging = self.data_dir.join("restore");
        let _ = std::fs::remove_dir_all(&staging);
        let io = |e: std::io::Error| Error::Store(StoreError::DataDir { path: staging.clone(), source: e });
        std::fs::create_dir_all(&staging).map_err(io)?;
        std::fs::copy(backups.join(name), staging.join(DB_FILE_NAME)).map_err(io)?;
        Store::verify(&staging)?;
        self.store.backup(&self.data_dir, "before-restore")?;
        drop(std::mem::replace(&mut self.store, Store::placeholder()?));
        let live = self.data_dir.join(DB_FILE_NAME);
        for stale in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(self.data_dir.join(format!("{DB_FILE_NAME}{stale}")));
        }
        std::fs::rename(staging.join(DB_FILE_NAME), &live).map_err(io)?;
        let _ = std::fs::remove_dir_all(&staging);
        self.store = Store::open(&self.data_dir)?;
        make_cards(&mut self.store, &self.deck)?;
        self.settings =
            self.store.setting(SETTINGS_KEY)?.and_then(|v| serde_json::from_str(&v).ok()).unwrap_or_default();
        let parameters = self.store.setting(PARAMETERS_KEY)?.and_then(|v| serde_json::from_str(&v).ok());
        let config = SchedulerConfig {
            desired_retention: self.settings.desired_retention,
            parameters: parameters.unwrap_or_default(),
            ..self.scheduler.config().clone()
        };
        self.scheduler = Scheduler::new(config)?;
        self.queue.replace(None);
        Ok(())
    }

    /// Copies the database to `backups/` in the data folder and returns the copy's path.
    pub fn backup_now(&self) -> Result<PathBuf> {
        Ok(self.store.backup(&self.data_dir, "manual")?)
    }

    /// Starts a quiz of up to `length` questions from `scope`, in an order fixed by `seed`
    /// (by default one taken from the clock). Errors when the scope has no questions.
    pub fn start_quiz(&mut self, scope: QuizScope, length: u32, seed: Option<u64>) -> Result<QuizView> {
        if !(1..=quiz::MAX_QUIZ_LENGTH).contains(&length) {
            let most = quiz::MAX_QUIZ_LENGTH;
            return Err(Error::InvalidInput(format!("a quiz has 1 to {most} questions, not {length}")));
        }
        let now = self.now();
        let seed = seed.unwrap_or(now.timestamp_millis() as u64);
        let in_scope: Vec<Card> = match &scope {
            QuizScope::All => self.store.cards_of_reading(None)?,
            QuizScope::Reading { id } => self.store.cards_of_reading(Some(id))?,
            QuizScope::Tag { tag } => {
                let tagged: std::collections::HashSet<&ClaimId> =
                    self.deck.claims.iter().filter(|claim| claim.tags.contains(tag)).map(|claim| &claim.id).collect();
                let mut cards = self.store.cards_of_reading(None)?;
                cards.retain(|c| c.claims.iter().any(|id| tagged.contains(id)));
                cards
            }
            QuizScope::Weak => {
                let weak = self.weak_claims()?;
                let mut cards = self.store.cards_of_reading(None)?;
                cards.retain(|c| c.claims.iter().any(|id| weak.contains(id)));
                cards
            }
        };
        let drawn: Vec<CardId> =
            quiz::draw(in_scope.iter().collect(), length, seed).into_iter().map(|c| c.id.clone()).collect();
        if drawn.is_empty() {
            let why = match scope {
                QuizScope::Weak => "No weak cards yet. Weak cards are those you failed lately or are likely to forget.",
                _ => "This choice has no questions. Pick another reading or tag.",
            };
            return Err(Error::EmptyQuiz(why.into()));
        }
        let scope_json = serde_json::to_string(&scope).expect("scope serialises");
        let id = self.store.insert_quiz(now.timestamp_millis(), &scope_json, seed, &drawn)?;
        self.quiz(id, scope)
    }

    fn quiz(&self, id: i64, scope: QuizScope) -> Result<QuizView> {
        let rows = self.store.quiz_questions(id)?.ok_or_else(|| Error::NotFound(format!("quiz {id}")))?;
        let questions = rows
            .into_iter()
            .map(|row| {
                let card = self.card(&row.card)?;
                Ok(QuizQuestion {
                    position: row.position,
                    card: card.id.clone(),
                    kind: card.kind,
                    prompt: card.prompt.clone(),
                    choices: card.choices.clone(),
                    outcome: row.outcome.as_deref().and_then(parse_outcome),
                })
            })
            .collect::<Result<_>>()?;
        Ok(QuizView { id, scope, questions })
    }

    /// Grades one quiz answer and stores it. A miss also counts as an Again review of the card
    /// (logged as coming from a quiz); a right answer leaves the card's schedule alone.
    pub fn answer_quiz(&mut self, quiz_id: i64, position: u32, given: &cards::Given) -> Result<QuizFeedback> {
        let rows = self.store.quiz_questions(quiz_id)?.ok_or_else(|| Error::NotFound(format!("quiz {quiz_id}")))?;
        let row = rows
            .into_iter()
            .find(|r| r.position == position)
            .ok_or_else(|| Error::NotFound(format!("question {position} of quiz {quiz_id}")))?;
        let card = self.card(&row.card)?;
        let outcome = cards::grade(&card, given);
        let now_ms = self.now().timestamp_millis();
        if !self.store.answer_quiz_question(quiz_id, position, &given.describe(&card), outcome_name(outcome), now_ms)? {
            return Err(Error::AlreadyAnswered(format!("question {} of this quiz is already answered", position + 1)));
        }
        if outcome == cards::AnswerMatch::Wrong {
            self.answer_from(&card.id, Rating::Again, "quiz")?;
        }
        Ok(QuizFeedback {
            outcome,
            correct_answer: card.answer.clone(),
            correct_order: card.correct_order.clone(),
            source: self.source_of(&card)?,
        })
    }

    /// Ends a quiz (unanswered questions count as missed) and gives its result.
    pub fn finish_quiz(&mut self, quiz_id: i64) -> Result<QuizResult> {
        let rows = self.store.quiz_questions(quiz_id)?.ok_or_else(|| Error::NotFound(format!("quiz {quiz_id}")))?;
        self.store.finish_quiz(quiz_id, self.now().timestamp_millis())?;
        let total = rows.len() as u32;
        let answered = rows.iter().filter(|r| r.outcome.is_some()).count() as u32;
        let mut misses = Vec::new();
        let mut score = 0;
        for row in rows {
            match row.outcome.as_deref().and_then(parse_outcome) {
                Some(cards::AnswerMatch::Exact | cards::AnswerMatch::Close) => score += 1,
                _ => {
                    let card = self.card(&row.card)?;
                    misses.push(QuizMiss {
                        position: row.position,
                        card: card.id.clone(),
                        kind: card.kind,
                        prompt: card.prompt.clone(),
                        given: row.given,
                        correct_answer: card.answer.clone(),
                        source: self.source_of(&card)?,
                    });
                }
            }
        }
        Ok(QuizResult { id: quiz_id, score, total, answered, misses })
    }

    /// The newest quiz, when it was left unfinished (the app closed mid-quiz), with the answers
    /// given so far, so it can be resumed or abandoned. A quiz whose cards left the deck is not
    /// offered.
    pub fn unfinished_quiz(&self) -> Result<Option<QuizView>> {
        let Some((id, scope, finished)) = self.store.newest_quiz()? else { return Ok(None) };
        if finished {
            return Ok(None);
        }
        let scope: QuizScope = serde_json::from_str(&scope)
            .map_err(|e| Error::Store(StoreError::BadState(format!("scope of quiz {id}: {e}"))))?;
        match self.quiz(id, scope) {
            Ok(view) => Ok(Some(view)),
            Err(Error::NotFound(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Closes a quiz without a result; the answers already given stay recorded.
    pub fn abandon_quiz(&mut self, quiz_id: i64) -> Result<()> {
        self.store.quiz_questions(quiz_id)?.ok_or_else(|| Error::NotFound(format!("quiz {quiz_id}")))?;
        self.store.finish_quiz(quiz_id, self.now().timestamp_millis())?;
        Ok(())
    }

    /// The deck's tags, by name, with how many claims carry each: the choices of a tag quiz.
    pub fn tags(&self) -> Vec<TagCount> {
        let mut counts: std::collections::BTreeMap<&str, u32> = std::collections::BTreeMap::new();
        for tag in self.deck.claims.iter().flat_map(|claim| &claim.tags) {
            *counts.entry(tag).or_default() += 1;
        }
        counts.into_iter().map(|(tag, claims)| TagCount { tag: tag.to_owned(), claims }).collect()
    }

    /// Claims with a card the student is shaky on: relearning, failed in the last 30 days, or
    /// with a recall probability below 85% now.
    fn weak_claims(&self) -> Result<std::collections::HashSet<crate::ids::ClaimId>> {
        let now = self.now();
        let month_ago = (now - Duration::days(30)).timestamp_millis();
        let mut weak: std::collections::HashSet<CardId> = self.store.recent_lapses(month_ago)?.into_iter().collect();
        for (id, record) in self.store.all_records()? {
            let state = &record.state;
            let shaky = state.phase == Phase::Relearning
                || self.scheduler.retrievability(state, now.timestamp()).is_some_and(|r| r < 0.85);
            if shaky {
                weak.insert(id);
            }
        }
        let mut claims = std::collections::HashSet::new();
        for id in weak {
            if let Some(card) = self.store.card_content(&id)? {
                claims.extend(card.claims);
            }
        }
        Ok(claims)
    }

    /// Reviews per day over the last year, the due forecast, true retention per week, card
    /// states and how far each reading's claims are learned.
    pub fn progress(&self) -> Result<ProgressView> {
        let now = self.now();
        let today = schedule::day_start(now, self.settings.rollover_hour);
        let shift = i64::from(now.offset().local_minus_utc()) - i64::from(self.settings.rollover_hour) * 3600;
        let day_number = today.timestamp().saturating_add(shift).div_euclid(86_400);
        let date_of = |day: i64| {
            chrono::DateTime::from_timestamp(day * 86_400, 0).map(|d| d.date_naive().to_string()).unwrap_or_default()
        };
        let year_ago = (today - Duration::days(364)).timestamp_millis();
        let counts: HashMap<i64, u32> = self.store.reviews_per_day(year_ago, shift)?.into_iter().collect();
        let reviews_per_day = (day_number - 364..=day_number)
            .map(|day| DayCount { date: date_of(day), count: counts.get(&day).copied().unwrap_or(0) })
            .collect();
        let forecast = self
            .forecast()?
            .into_iter()
            .enumerate()
            .map(|(i, count)| DayCount { date: date_of(day_number + i as i64), count })
            .collect();
        let half_year_ago = (today - Duration::weeks(26)).timestamp_millis();
        let retention = self
            .store
            .retention_per_week(half_year_ago, shift)?
            .into_iter()
            .map(|(week, reviews, recalled)| RetentionWeek { week_of: date_of(week * 7 - 3), reviews, recalled })
            .collect();
        let mastery: HashMap<String, (u32, u32, u32)> = self
            .store
            .reading_mastery()?
            .into_iter()
            .map(|(reading, claims, seen, mastered)| (reading, (claims, seen, mastered)))
            .collect();
        let readings = self
            .deck
            .readings
            .iter()
            .map(|r| {
                let (claims, seen, mastered) = mastery.get(r.citation.id.as_str()).copied().unwrap_or_default();
                ReadingMastery {
                    reading: r.citation.id.clone(),
                    title: r.citation.title.clone(),
                    claims,
                    seen,
                    mastered,
                }
            })
            .collect();
        Ok(ProgressView {
            reviews_per_day,
            forecast,
            retention,
            stats: self.stats()?,
            suspended: self.store.suspended_count()?,
            leeches: self.leeches()?.len() as u32,
            readings,
            desired_retention: self.desired_retention(),
        })
    }

    pub fn stats(&self) -> Result<Stats> {
        let today = self.today()?;
        let due_today = capped(due_counts_of(self.queue()?.counts_of(None)), &today);
        let mut stats = Stats {
            cards: 0,
            new: 0,
            learning: 0,
            review: 0,
            due_today,
            reviews_today: self.queue()?.answered_today().2,
            reviews_total: self.store.total_reviews()?,
        };
        for (phase, n) in self.store.phase_totals()? {
            stats.cards += n;
            match phase {
                Phase::New => stats.new += n,
                Phase::Learning | Phase::Relearning => stats.learning += n,
                Phase::Review => stats.review += n,
            }
        }
        Ok(stats)
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

fn outcome_name(outcome: cards::AnswerMatch) -> &'static str {
    match outcome {
        cards::AnswerMatch::Exact => "exact",
        cards::AnswerMatch::Close => "close",
        cards::AnswerMatch::Wrong => "wrong",
    }
}

fn parse_outcome(name: &str) -> Option<cards::AnswerMatch> {
    [cards::AnswerMatch::Exact, cards::AnswerMatch::Close, cards::AnswerMatch::Wrong]
        .into_iter()
        .find(|o| outcome_name(*o) == name)
}

/// A repeatable seed for a card's interval fuzz at its current review count (FNV-1a of the id).
pub(crate) fn fuzz_seed(id: &CardId, state: &CardState) -> u64 {
    let hash =
        id.as_str().bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    hash ^ u64::from(state.reps)
}
