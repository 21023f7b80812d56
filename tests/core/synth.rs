//! Synthetic benchmark data: a valid deck of the size asked for, the same for the same seed,
//! and a review history whose stored states are exactly what replaying the log gives.

use steppe::Collection;
use steppe::clock::FixedClock;
use steppe::content::compile;
use steppe::synth::{DeckSpec, HistorySpec, deck_files, fixed_now, write_history};

fn spec(seed: u64) -> DeckSpec {
    DeckSpec { claims: 130, claims_per_reading: 20, seed }
}

#[test]
fn a_synthetic_deck_is_valid_sized_as_asked_and_repeatable() {
    let files = deck_files(&spec(7));
    let deck = compile(&files).expect("the synthetic deck passes every check");
    assert_eq!((deck.claims.len(), deck.readings.len()), (130, 7));
    let findings = steppe::content::lint(&deck, &files);
    assert!(findings.is_empty(), "`steppe check` passes it, lint included: {:?}", findings.first().map(|f| &f.message));
    let texts = |files: &[steppe::content::SourceFile]| files.iter().map(|f| f.text.to_string()).collect::<Vec<_>>();
    assert_eq!(texts(&deck_files(&spec(7))), texts(&files), "same seed, same deck");
    assert_ne!(texts(&deck_files(&spec(8))), texts(&files), "another seed, another deck");
}

#[test]
fn a_synthetic_history_spans_two_years_and_replays_to_the_stored_states() {
    let deck = compile(&deck_files(&spec(7))).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let history = HistorySpec { reviews: 12_000, now: fixed_now(), seed: 7 };
    let summary = write_history(dir.path(), &deck, &history).unwrap();
    assert_eq!(summary.reviews, 12_000);
    assert!(summary.archived_cards > 0, "more history than the deck's cards take in two years goes to archived cards");
    assert!(write_history(dir.path(), &deck, &history).is_err(), "an existing database is never overwritten");

    // The history is written card by card, so without load balancing (which needs every card's
    // due date at the time of each answer): it replays without it.
    let config = steppe::schedule::SchedulerConfig { load_balance: false, ..Default::default() };
    let c = Collection::open_with(dir.path(), deck, Box::new(FixedClock::new(fixed_now())), config).unwrap();
    let stats = c.stats().unwrap();
    assert_eq!(stats.reviews_total, 12_000);
    assert!(stats.review > 0 && stats.new < stats.cards, "studied cards are in review: {stats:?}");
    assert_eq!(c.states_from_review_log().unwrap(), c.stored_states().unwrap(), "the log explains every state");
    let busy_days = c.progress().unwrap().reviews_per_day.iter().filter(|d| d.count > 0).count();
    assert!(busy_days > 300, "answers spread over the last year, not one day: {busy_days} days");
}
