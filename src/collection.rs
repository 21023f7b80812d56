//! The public face of the core: a deck plus the student's database, with the operations the
//! app and the CLI offer. Shells call one method per action.

use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::cards::{self, Card};
use crate::clock::Clock;
use crate::content::Deck;
use crate::error::{Error, Result};
use crate::ids::{CardId, ReadingId};
use crate::schedule::{self, Phase, Rating, Scheduler, SchedulerConfig};
use crate::store::{Store, Today};
use crate::views::*;

/// New cards introduced per study day.
pub const NEW_CARDS_PER_DAY: u32 = 20;
/// The hour (local time) at which a study day begins.
pub const DAY_ROLLOVER_HOUR: u32 = 4;

/// Today's counts and the number of cards, per reading id.
type PerReading = HashMap<String, (DueCounts, u32)>;

pub struct Collection {
    store: Store,
    deck: Deck,
    cards: HashMap<CardId, Card>,
    scheduler: Scheduler,
    clock: Box<dyn Clock>,
}

/// The data folder: `$STEPPE_DATA_DIR` when set, else the platform's data directory
/// (on Linux `~/.local/share/dev.steppe.app`), shared by the app and the CLI.
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("STEPPE_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("dev.steppe.app")
}

impl Collection {
    /// Opens (or creates) the database in `data_dir` and brings its cards in line with `deck`.
    pub fn open(data_dir: &Path, deck: Deck, clock: Box<dyn Clock>) -> Result<Self> {
        let mut store = Store::open(data_dir)?;
        let all_cards = cards::generate(&deck);
        store.sync_cards(&all_cards)?;
        let cards = all_cards.into_iter().map(|c| (c.id.clone(), c)).collect();
        let scheduler = Scheduler::new(SchedulerConfig::default())?;
        Ok(Self {
            store,
            deck,
            cards,
            scheduler,
            clock,
        })
    }

    pub fn deck(&self) -> &Deck {
        &self.deck
    }

    fn now(&self) -> DateTime<FixedOffset> {
        self.clock.now()
    }

    fn today(&self) -> Result<Today> {
        let now = self.now();
        let start = schedule::day_start(now, DAY_ROLLOVER_HOUR);
        let day_start_ms = start.timestamp_millis();
        let introduced = self.store.new_cards_introduced_since(day_start_ms)?;
        Ok(Today {
            now: now.timestamp(),
            day_start_ms,
            day_end: (start + Duration::days(1)).timestamp(),
            new_left: NEW_CARDS_PER_DAY.saturating_sub(introduced),
        })
    }

    /// Today's counts in total and per reading; new cards are capped by what is left of the daily limit.
    fn due_counts(&self, today: &Today) -> Result<(DueCounts, PerReading)> {
        let mut total = DueCounts::default();
        let mut per_reading = HashMap::new();
        for row in self.store.counts(today.day_end)? {
            total.new += row.new;
            total.learning += row.learning;
            total.review += row.review;
            per_reading.insert(
                row.reading_id,
                (
                    DueCounts {
                        new: row.new,
                        learning: row.learning,
                        review: row.review,
                    },
                    row.total,
                ),
            );
        }
        total.new = total.new.min(today.new_left);
        Ok((total, per_reading))
    }

    pub fn library(&self) -> Result<LibraryView> {
        let today = self.today()?;
        let (total, per_reading) = self.due_counts(&today)?;
        let readings = self
            .deck
            .readings
            .iter()
            .map(|r| {
                let (due, cards) = per_reading
                    .get(r.citation.id.as_str())
                    .cloned()
                    .unwrap_or_default();
                ReadingSummary {
                    citation: r.citation.clone(),
                    claims: self
                        .deck
                        .claims
                        .iter()
                        .filter(|c| c.reading == r.citation.id)
                        .count() as u32,
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
        let reading = self
            .deck
            .reading(id)
            .ok_or_else(|| Error::NotFound(format!("reading `{id}`")))?;
        let claims: Vec<_> = self
            .deck
            .claims
            .iter()
            .filter(|c| &c.reading == id)
            .collect();
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
                BlockView {
                    kind: block.kind.clone(),
                    segments: crate::highlight::segments(&block.runs, &ranges),
                }
            })
            .collect();
        let notes = claims
            .iter()
            .map(|c| ClaimNote {
                id: c.id.clone(),
                text: c.text.clone(),
                block: c.anchor.block as u32,
            })
            .collect();
        Ok(ReadingView {
            citation: reading.citation.clone(),
            blocks,
            claims: notes,
        })
    }

    /// The next card to study now, with its button labels, or what is left for later.
    pub fn session(&self) -> Result<Session> {
        let today = self.today()?;
        let (counts, _) = self.due_counts(&today)?;
        let card = match self.store.next_due(&today)? {
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
        })
    }

    fn study_card(&self, id: &CardId, now: i64) -> Result<StudyCard> {
        let card = self
            .cards
            .get(id)
            .ok_or_else(|| Error::NotFound(format!("card `{id}`")))?;
        let claim = self
            .deck
            .claim(&card.claim)
            .ok_or_else(|| Error::NotFound(format!("claim `{}`", card.claim)))?;
        let reading = self
            .deck
            .reading(&claim.reading)
            .ok_or_else(|| Error::NotFound(format!("reading `{}`", claim.reading)))?;
        let state = self
            .store
            .card_state(id)?
            .ok_or_else(|| Error::NotFound(format!("card `{id}`")))?;
        let outcomes = self.scheduler.next_states(&state, now)?;
        let label = |r: Rating| schedule::interval_label(outcomes.get(r).due.unwrap_or(now) - now);
        Ok(StudyCard {
            id: id.clone(),
            kind: card.kind,
            prompt: card.prompt.clone(),
            answer: card.answer.clone(),
            statement: claim.text.clone(),
            source: SourceRef {
                reading: reading.citation.id.clone(),
                reading_title: reading.citation.title.clone(),
                claim: claim.id.clone(),
                quote: claim.quote.clone(),
            },
            intervals: GradeLabels {
                again: label(Rating::Again),
                hard: label(Rating::Hard),
                good: label(Rating::Good),
                easy: label(Rating::Easy),
            },
        })
    }

    /// Records an answer (committed before this returns) and gives the next card.
    pub fn answer(&mut self, id: &CardId, rating: Rating) -> Result<Session> {
        let now = self.now();
        let before = self
            .store
            .card_state(id)?
            .ok_or_else(|| Error::NotFound(format!("card `{id}`")))?;
        let after = self
            .scheduler
            .next_states(&before, now.timestamp())?
            .get(rating)
            .clone();
        self.store
            .record_answer(id, rating, now.timestamp_millis(), &before, &after)?;
        self.session()
    }

    pub fn stats(&self) -> Result<Stats> {
        let today = self.today()?;
        let (due_today, _) = self.due_counts(&today)?;
        let mut stats = Stats {
            cards: 0,
            new: 0,
            learning: 0,
            review: 0,
            due_today,
            reviews_today: self.store.reviews_since(today.day_start_ms)?,
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
