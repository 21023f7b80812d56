//! Synthetic data for benchmarks: a deck of any size and a study database with a long review
//! history, both the same for the same seed.
//!
//! The history is simulated with the real scheduler: each studied card is introduced on some
//! day of the last two years and answered whenever it comes due (a little late at times), with
//! Again as likely as the scheduler's own forgetting curve says. Every logged answer carries the
//! state before it, so the stored states equal a replay of the log made without load balancing
//! (cards are studied one after another, not day by day, so no review is balanced).

use chrono::{DateTime, FixedOffset};
use rand::{Rng, RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::path::Path;

use crate::cards;
use crate::collection::fuzz_seed;
use crate::content::{Deck, SourceFile};
use crate::error::Result;
use crate::ids::CardId;
use crate::schedule::{CardState, Phase, Rating, Scheduler, SchedulerConfig};
use crate::store::{CardRecord, HistoryWriter, Store};

/// How big a deck to make.
#[derive(Clone, Debug)]
pub struct DeckSpec {
    pub claims: usize,
    pub claims_per_reading: usize,
    pub seed: u64,
}

/// How long a review history to write.
#[derive(Clone, Debug)]
pub struct HistorySpec {
    pub reviews: usize,
    /// The history ends here; it starts two years before.
    pub now: DateTime<FixedOffset>,
    pub seed: u64,
}

/// What a generated history holds.
#[derive(Clone, Debug, serde::Serialize)]
pub struct HistorySummary {
    pub reviews: usize,
    pub studied_cards: usize,
    /// Cards of claims no longer in the deck: when the deck's cards cannot take all of the
    /// history within two years, the rest is spread over such archived cards.
    pub archived_cards: usize,
}

const HISTORY_DAYS: i64 = 730;
const SYLLABLES: &[&str] = &[
    "ba", "dor", "gal", "khan", "tsog", "bat", "ul", "nar", "san", "jar", "gol", "mor", "ten", "bur", "al", "dash",
    "ere", "ulaan", "tuv", "zav",
];
const THINGS: &[&str] = &["envoys", "trucks", "scholars", "horses", "treaties", "students", "engineers", "herders"];

fn word(rng: &mut impl Rng) -> String {
    let n = rng.random_range(2..4);
    let mut w: String = (0..n).map(|_| SYLLABLES[rng.random_range(0..SYLLABLES.len())]).collect();
    if let Some(first) = w.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    w
}

/// The files of a valid deck with `spec.claims` claims, `spec.claims_per_reading` to a reading.
/// Claims are numbers, people, places, dates (so readings have timelines) and organisations in
/// turn; every claim has a question.
pub fn deck_files(spec: &DeckSpec) -> Vec<SourceFile> {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let per_reading = spec.claims_per_reading.max(1);
    let readings = spec.claims.div_ceil(per_reading).max(1);
    let ids: Vec<String> = (0..readings).map(|r| format!("synthetic-{r:06}")).collect();
    let list: Vec<String> = ids.iter().map(|id| format!("  \"{id}\",")).collect();
    let mut files = vec![SourceFile::new(
        "deck.toml",
        format!(
            "id = \"synthetic\"\ntitle = \"Synthetic deck ({} claims)\"\nversion = \"1\"\nreadings = [\n{}\n]\n",
            spec.claims,
            list.join("\n")
        ),
    )];
    for (r, id) in ids.iter().enumerate() {
        let count = per_reading.min(spec.claims - r * per_reading);
        let mut body = String::new();
        let mut claims = format!("reading = \"{id}\"\n");
        for i in 0..count {
            let (person, mut surname, place, council) =
                (word(&mut rng), word(&mut rng), word(&mut rng), word(&mut rng));
            // Lint-clean: no name whose two words are one word doubled, and no year that is also
            // the delegation's number (the question would name its answer).
            while surname == person {
                surname = word(&mut rng);
            }
            let person = format!("{person} {surname}");
            let year = match rng.random_range(1900..2025) {
                year if year == r => year + 1,
                year => year,
            };
            let n = rng.random_range(2..500);
            let things = THINGS[rng.random_range(0..THINGS.len())];
            let quote = format!(
                "delegation {r}-{i} sent by the {council} Council and led by {person} brought {n} {things} to {place} in {year}"
            );
            body.push_str(&format!("The {quote}.\n\n"));
            let d = format!("delegation {r}-{i}");
            let (text, answer, question, kind) = match i % 5 {
                0 => (
                    format!("Delegation {r}-{i} brought {n} {things} to {place}."),
                    format!("{n} {things}"),
                    format!("How many {things} did {d} bring to {place}?"),
                    "number",
                ),
                1 => (format!("Delegation {r}-{i} was led by {person}."), person, format!("Who led {d}?"), "person"),
                2 => (format!("Delegation {r}-{i} went to {place}."), place, format!("Where did {d} go?"), "place"),
                3 => (
                    format!("Delegation {r}-{i} reached {place} in {year}."),
                    year.to_string(),
                    format!("When did {d} reach {place}?"),
                    "date",
                ),
                _ => (
                    format!("Delegation {r}-{i} was sent by the {council} Council."),
                    format!("{council} Council"),
                    format!("Which body sent {d}?"),
                    "organization",
                ),
            };
            let date = if kind == "date" { format!("date = \"{year}\"\n") } else { String::new() };
            claims.push_str(&format!(
                "\n[[claim]]\nid = \"s{r}-{i}\"\nquote = \"{quote}\"\ntext = \"{text}\"\nanswer = \"{answer}\"\n\
                 question = \"{question}\"\nkind = \"{kind}\"\n{date}"
            ));
        }
        let year = 2000 + r % 25;
        files.push(SourceFile::new(
            format!("readings/{r:06}.md"),
            format!(
                "+++\nid = \"{id}\"\ntitle = \"Synthetic reading {r}\"\npublisher = \"Steppe\"\npublished = \"{year}-01-01\"\n+++\n\n{body}"
            ),
        ));
        files.push(SourceFile::new(format!("claims/{r:06}.toml"), claims));
    }
    files
}

/// Writes deck files into `dir` (created if missing).
pub fn write_deck(dir: &Path, files: &[SourceFile]) -> std::io::Result<()> {
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, file.text.as_bytes())?;
    }
    Ok(())
}

/// Creates the study database in `data_dir` for `deck` and fills it with `spec.reviews` answers.
/// Refuses a data folder that already has a database.
pub fn write_history(data_dir: &Path, deck: &Deck, spec: &HistorySpec) -> Result<HistorySummary> {
    let db = data_dir.join(crate::store::DB_FILE_NAME);
    if db.exists() {
        return Err(crate::Error::InvalidSetting(format!("`{}` already exists; choose an empty folder", db.display())));
    }
    let mut store = Store::open(data_dir)?;
    let cards = cards::generate(deck);
    store.sync_cards(&cards::cache_key(deck), &deck.info.id, &cards)?;
    let scheduler = Scheduler::new(SchedulerConfig::default())?;
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let now = spec.now.timestamp();
    let start = now - HISTORY_DAYS * 86_400;
    // About eight answers per card over a year; cards are introduced in deck order.
    let expected_cards = (spec.reviews / 8).clamp(1, cards.len().max(1));
    let summary = store.write_history(|w| {
        let mut summary = HistorySummary { reviews: 0, studied_cards: 0, archived_cards: 0 };
        for (k, card) in cards.iter().enumerate() {
            if summary.reviews >= spec.reviews {
                break;
            }
            let introduced = start + (HISTORY_DAYS * 86_400) * (k.min(expected_cards) as i64) / expected_cards as i64;
            let budget = spec.reviews - summary.reviews;
            let given = study(w, &scheduler, &mut rng, &card.id, introduced, now, budget)?;
            summary.reviews += given;
            summary.studied_cards += usize::from(given > 0);
        }
        let deck_cards = cards.len() as i64;
        while summary.reviews < spec.reviews {
            let n = summary.archived_cards;
            let id = CardId(format!("retired-{n}:cloze"));
            w.add_retired_card(&id, &format!("retired-{n}"), "retired", deck_cards + n as i64)?;
            let introduced = start + rng.random_range(0..HISTORY_DAYS * 86_400);
            let budget = spec.reviews - summary.reviews;
            summary.reviews += study(w, &scheduler, &mut rng, &id, introduced, now, budget)?;
            summary.archived_cards += 1;
        }
        Ok::<_, crate::Error>(summary)
    })?;
    Ok(summary)
}

/// Answers one card from `introduced` until it is due after `now` (or becomes a leech, or the
/// budget runs out), logging each answer; returns how many were given.
fn study(
    w: &mut HistoryWriter,
    scheduler: &Scheduler,
    rng: &mut ChaCha8Rng,
    id: &CardId,
    introduced: i64,
    now: i64,
    budget: usize,
) -> Result<usize> {
    let mut record = CardRecord { state: CardState::new_card(), suspended: false, leech: false };
    let mut at = introduced + rng.random_range(0..8 * 3600);
    let mut given = 0;
    while at <= now && given < budget && !record.suspended {
        let state = &record.state;
        let forgot = match scheduler.retrievability(state, at) {
            Some(recall) => rng.random::<f32>() > recall,
            None => rng.random_range(0..100) < 15,
        };
        let rating = if forgot {
            Rating::Again
        } else {
            match rng.random_range(0..100) {
                0..10 => Rating::Hard,
                10..85 => Rating::Good,
                _ => Rating::Easy,
            }
        };
        let next = scheduler.next_states(state, at, fuzz_seed(id, state))?.get(rating).clone();
        w.log(id, rating, at * 1000, &record)?;
        given += 1;
        let became_leech = next.lapses >= crate::LEECH_LAPSES && next.lapses > state.lapses;
        let due = next.due.unwrap_or(at);
        record = CardRecord { state: next, suspended: became_leech, leech: became_leech };
        // Students come back to reviews a little late now and then; learning steps are kept.
        let late = match record.state.phase {
            Phase::Review if rng.random_range(0..4) == 0 => rng.random_range(0..2 * 86_400),
            _ => rng.random_range(0..120),
        };
        at = due.max(at + 1) + late;
    }
    w.set_record(id, &record)?;
    Ok(given)
}

/// A fixed moment for reproducible histories: 2026-01-05 09:00 in Ulaanbaatar.
pub fn fixed_now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-01-05T09:00:00+08:00").expect("valid time")
}
