//! The in-memory study queue against the database: after any sequence of answers, undos,
//! suspensions, focus changes and passing time, the review screen computed from the queue equals
//! the one the SQL queries compute, and equals what a fresh open of the same file gives.

use chrono::Duration;
use proptest::prelude::*;
use std::sync::OnceLock;
use steppe::Collection;
use steppe::content::Deck;
use steppe::ids::{CardId, ReadingId};
use steppe::schedule::Rating;

use crate::clock;

#[derive(Clone, Debug)]
enum Action {
    Answer(Rating),
    Undo,
    Suspend(usize, bool),
    Wait(i64),
    Focus(Option<usize>),
    QuizMiss(usize),
}

fn action() -> impl Strategy<Value = Action> {
    let rating = prop_oneof![Just(Rating::Again), Just(Rating::Hard), Just(Rating::Good), Just(Rating::Easy)];
    prop_oneof![
        8 => rating.prop_map(Action::Answer),
        2 => Just(Action::Undo),
        2 => (any::<usize>(), any::<bool>()).prop_map(|(i, s)| Action::Suspend(i, s)),
        2 => (1i64..3 * 24 * 60).prop_map(Action::Wait),
        1 => proptest::option::of(any::<usize>()).prop_map(Action::Focus),
        1 => any::<usize>().prop_map(Action::QuizMiss),
    ]
}

fn deck() -> Deck {
    static DECK: OnceLock<Deck> = OnceLock::new();
    DECK.get_or_init(|| Deck::builtin().unwrap()).clone()
}

/// The review screen as JSON, so two of them compare field by field.
fn screen(session: steppe::Result<steppe::views::Session>) -> serde_json::Value {
    serde_json::to_value(session.expect("the review screen is computed")).unwrap()
}

fn apply(c: &mut Collection, action: &Action, cards: &[CardId], readings: &[ReadingId]) {
    match action {
        Action::Answer(rating) => {
            if let Some(card) = c.session().unwrap().card {
                c.answer(&card.id, *rating).unwrap();
            }
        }
        Action::Undo => {
            c.undo().unwrap();
        }
        Action::Suspend(i, suspended) => c.set_suspended(&cards[i % cards.len()], *suspended).unwrap(),
        Action::Wait(_) => {}
        Action::Focus(reading) => {
            c.set_study_focus(reading.map(|i| readings[i % readings.len()].clone())).unwrap();
        }
        Action::QuizMiss(seed) => {
            let quiz = c.start_quiz(steppe::quiz::QuizScope::All, 1, Some(*seed as u64)).unwrap();
            let miss = steppe::cards::Given::Text { text: "certainly not the answer".into() };
            c.answer_quiz(quiz.id, 0, &miss).unwrap();
        }
    }
}

/// Runs `actions` on a fresh collection of `deck`, comparing the queue with the database after
/// each, and with a fresh open at the end.
fn check(deck: Deck, actions: &[Action]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let cards: Vec<CardId> = steppe::cards::generate(&deck).into_iter().map(|c| c.id).collect();
    let readings: Vec<ReadingId> = deck.readings.iter().map(|r| r.citation.id.clone()).collect();
    let mut c = Collection::open_with(dir.path(), deck.clone(), Box::new(clock.clone()), crate::no_fuzz()).unwrap();
    let mut focus = None;
    for action in actions {
        if let Action::Wait(minutes) = action {
            clock.advance(Duration::minutes(*minutes));
        }
        if let Action::Focus(reading) = action {
            focus = reading.map(|i| readings[i % readings.len()].clone());
        }
        apply(&mut c, action, &cards, &readings);
        prop_assert_eq!(screen(c.session()), screen(c.session_from_database()), "after {:?}", action);
    }
    let before = screen(c.session());
    let stats = serde_json::to_value(c.stats().unwrap()).unwrap();
    drop(c);
    let mut reopened = Collection::open_with(dir.path(), deck, Box::new(clock.clone()), crate::no_fuzz()).unwrap();
    reopened.set_study_focus(focus).unwrap();
    prop_assert_eq!(screen(reopened.session()), before, "a fresh open computes the same queue");
    prop_assert_eq!(serde_json::to_value(reopened.stats().unwrap()).unwrap(), stats);
    drop(reopened);
    assert_tallies_are_the_card_table(dir.path());
    Ok(())
}

/// The per claim and per reading tallies the triggers keep equal the card table counted afresh.
fn assert_tallies_are_the_card_table(data_dir: &std::path::Path) {
    let conn = rusqlite::Connection::open(data_dir.join("steppe.sqlite")).unwrap();
    let rows = |sql: &str| -> Vec<(String, String, i64, i64)> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap().map(Result::unwrap).collect()
    };
    let kept = rows("SELECT reading_id, claim_id, active, new FROM claim_tally WHERE active > 0 ORDER BY 1, 2");
    let counted = rows(
        "SELECT reading_id, claim_id, COUNT(*), SUM(phase = 'new') FROM card WHERE suspended = 0 AND archived = 0 \
         GROUP BY 1, 2 ORDER BY 1, 2",
    );
    // Every card may be suspended by the actions; the table itself is never empty.
    let cards: i64 = conn.query_row("SELECT COUNT(*) FROM card", [], |r| r.get(0)).unwrap();
    assert!(cards > 0, "the check looks at real cards");
    assert_eq!(kept, counted, "claim tallies");
    let kept = rows("SELECT reading_id, '', active, new_claims FROM reading_tally WHERE active > 0 ORDER BY 1");
    let counted = rows(
        "SELECT reading_id, '', COUNT(*), COUNT(DISTINCT CASE WHEN phase = 'new' THEN claim_id END) FROM card \
         WHERE suspended = 0 AND archived = 0 GROUP BY 1 ORDER BY 1",
    );
    assert_eq!(kept, counted, "reading tallies");
}

/// A claim that leaves the deck takes its cards out of the tallies, and comes back with them.
#[test]
fn the_tallies_follow_claims_leaving_and_returning_to_the_deck() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let open = |deck: Deck| Collection::open_with(dir.path(), deck, Box::new(clock.clone()), crate::no_fuzz()).unwrap();
    let mut c = open(crate::small_deck());
    for _ in 0..3 {
        let card = c.session().unwrap().card.expect("a card to study").id;
        c.answer(&card, Rating::Good).unwrap();
    }
    c.set_suspended(&"embassy:cloze".into(), true).unwrap();
    drop(c);
    assert_tallies_are_the_card_table(dir.path());

    let mut files = crate::small_deck_files();
    let claims = files[2].text.replace("id = \"rounds\"", "id = \"rounds-renamed\"");
    files[2] = steppe::content::SourceFile::new("claims/001-r1.toml", claims);
    let c = open(steppe::content::compile(&files).unwrap());
    assert_eq!(screen(c.session()), screen(c.session_from_database()), "with a claim gone and a new one");
    drop(c);
    assert_tallies_are_the_card_table(dir.path());

    let c = open(crate::small_deck());
    assert_eq!(screen(c.session()), screen(c.session_from_database()), "with the claim back");
    drop(c);
    assert_tallies_are_the_card_table(dir.path());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn the_queue_agrees_with_the_database_and_with_a_fresh_open(actions in prop::collection::vec(action(), 1..80)) {
        check(deck(), &actions)?;
    }

    /// Three claims with several cards each: siblings meet often, in learning and in review.
    #[test]
    fn on_a_small_deck_buried_siblings_agree_too(actions in prop::collection::vec(action(), 1..150)) {
        check(crate::small_deck(), &actions)?;
    }
}
