//! Migration 0010 (cards numbered in the review log, phase and source as numbers, one index on
//! the log, card content compressed per claim) on a database written by the previous schema.
//!
//! tests/fixtures/v9-two-devices.sqlite was written by the schema-9 release from
//! tests/fixtures/v7-two-devices.sqlite (see compact_log.rs): opened (`steppe stats`, which
//! migrated it to schema 9), then `steppe sync --import` of a third device's two answers to cards
//! of no deck here (`gone-0:cloze`, and `gone-0:qa` given in a quiz), and two of this device's
//! answers (rows 1200 and 1490) marked as given in a quiz. tests/fixtures/v9-two-devices.progress
//! is that file's `steppe sync --export` by the schema-9 release.

use rusqlite::Connection;
use std::collections::BTreeSet;
use std::sync::Arc;
use steppe::clock::FixedClock;
use steppe::content::{Deck, compile};
use steppe::synth::{DeckSpec, deck_files};
use steppe::views::AnswerSource;
use steppe::{Collection, DB_FILE_NAME};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v9-two-devices.sqlite");
const EXPORTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v9-two-devices.progress");

fn synthetic_deck() -> Deck {
    compile(&deck_files(&DeckSpec { claims: 40, claims_per_reading: 20, seed: 3 })).unwrap()
}

/// Rows of a query, each as its columns' values.
fn rows(db: &Connection, sql: &str) -> Vec<Vec<rusqlite::types::Value>> {
    let mut stmt = db.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| (0..n).map(|i| r.get(i)).collect()).unwrap().map(Result::unwrap).collect()
}

/// Every card's record, by id.
const RECORDS: &str = "SELECT id, claim_id, reading_id, kind, position, phase, due, stability, difficulty, step, reps, \
                       lapses, last_review, suspended, archived, leech FROM card ORDER BY id";
/// Every answer as schema 9 keeps it: row, card, time, rating, phase, source, sync id's parts.
const ANSWERS_9: &str =
    "SELECT id, card_id, reviewed_at, rating, phase, source, uid, origin, seq FROM review_log ORDER BY id";
/// The same, read from schema 10.
const ANSWERS_10: &str = "SELECT l.id, COALESCE(c.id, a.id), l.reviewed_at, l.rating, \
       CASE l.phase WHEN 0 THEN 'new' WHEN 1 THEN 'learning' WHEN 2 THEN 'review' WHEN 3 THEN 'relearning' END, \
       CASE l.source WHEN 0 THEN 'review' WHEN 1 THEN 'quiz' END, l.uid, l.origin, l.seq \
     FROM review_log l LEFT JOIN card c ON c.num = l.card LEFT JOIN card_absent a ON a.num = -l.card ORDER BY l.id";
const UNDO: &str = "SELECT * FROM review_undo ORDER BY id";
const TALLY: &str = "SELECT slot, reviews, graduated, recalled FROM review_tally WHERE reviews > 0 ORDER BY slot";

/// Rows with their real numbers as the scheduler's `f32` (what the card table and the undo
/// records keep of the same number can differ in the digits past it).
fn single(rows: Vec<Vec<rusqlite::types::Value>>) -> Vec<Vec<rusqlite::types::Value>> {
    use rusqlite::types::Value;
    let cut = |v: Value| if let Value::Real(x) = v { Value::Real(f64::from(x as f32)) } else { v };
    rows.into_iter().map(|r| r.into_iter().map(cut).collect()).collect()
}

/// The events of a moved-progress file, without its header.
fn events(text: &str) -> BTreeSet<String> {
    text.lines().skip(1).map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap().to_string()).collect()
}

#[test]
fn a_schema_9_database_migrates_keeping_every_card_answer_sync_id_undo_and_tally() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    std::fs::copy(FIXTURE, &path).unwrap();
    let (records, answers, undo, tally, local) = {
        let db = Connection::open(&path).unwrap();
        let version: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, 9);
        // This device's newest answers, newest first, with the record kept from before each.
        let local: Vec<(String, Vec<rusqlite::types::Value>)> = {
            let mut stmt = db
                .prepare(
                    "SELECT l.card_id, u.phase, u.due, u.stability, u.difficulty, u.step, u.reps, u.lapses, \
                     u.last_review, u.suspended, u.leech FROM review_log l JOIN review_undo u ON u.id = l.id \
                     WHERE l.origin IS NULL ORDER BY l.id DESC LIMIT 25",
                )
                .unwrap();
            stmt.query_map([], |r| Ok((r.get(0)?, (1..11).map(|i| r.get(i)).collect::<rusqlite::Result<_>>()?)))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        (rows(&db, RECORDS), rows(&db, ANSWERS_9), rows(&db, UNDO), rows(&db, TALLY), local)
    };
    assert_eq!(answers.len(), 2_099);
    assert_eq!(local.len(), 25);
    let text = |v: &rusqlite::types::Value| match v {
        rusqlite::types::Value::Text(s) => s.clone(),
        other => panic!("{other:?}"),
    };
    assert!(answers.iter().any(|a| text(&a[5]) == "quiz"), "answers given in a quiz");
    assert!(answers.iter().any(|a| text(&a[1]) == "gone-0:cloze"), "an answer to a card the deck does not have");

    let clock = Arc::new(FixedClock::at("2026-01-10T12:00:00+00:00"));
    let mut c = Collection::open(dir.path(), synthetic_deck(), Box::new(clock.clone())).unwrap();
    let db = Connection::open(&path).unwrap();
    let version: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 10);
    let card_index: i64 = db
        .query_row("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review_log'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(card_index, 1, "the log has its index by time only");
    assert_eq!(rows(&db, RECORDS), records, "every card's record is as it was");
    assert_eq!(rows(&db, ANSWERS_10), answers, "every answer: card, time, rating, phase, source, sync id");
    let absent: Vec<String> = db
        .prepare("SELECT id FROM card_absent ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(absent, ["gone-0:cloze", "gone-0:qa"], "cards the card table does not hold keep their answers");
    assert_eq!(rows(&db, UNDO), undo, "the records kept for undo");
    assert_eq!(rows(&db, TALLY), tally, "the statistics' tallies");
    let recounted = rows(
        &db,
        "SELECT reviewed_at / 900000, COUNT(*), SUM(phase = 2), SUM(phase = 2 AND rating > 1) FROM review_log \
         GROUP BY 1 ORDER BY 1",
    );
    assert_eq!(recounted, tally, "the tallies' triggers read the phase numbers");
    assert_eq!(c.stats().unwrap().reviews_total, 2_099);

    // The same events with the same ids for the other devices, and nothing new to merge.
    let moved = dir.path().join("moved.log");
    c.export_progress(&moved).unwrap();
    let exported = events(&std::fs::read_to_string(EXPORTED).unwrap());
    assert_eq!(events(&std::fs::read_to_string(&moved).unwrap()), exported);
    let again = c.import_progress(std::path::Path::new(EXPORTED)).unwrap();
    assert_eq!((again.answers_added, again.undone, again.cards_changed), (0, 0, 0), "{again:?}");

    // What the cards show, made again from the deck and read from the compressed rows.
    let deck = synthetic_deck();
    for card in steppe::cards::generate(&deck) {
        let history = c.card_history(&card.id).unwrap();
        assert_eq!(history.prompt, card.prompt, "{}", card.id);
        let logged: Vec<_> = answers.iter().filter(|a| text(&a[1]) == card.id.as_str()).collect();
        assert_eq!(history.answers.len(), logged.len(), "{}: every answer in its history", card.id);
        for (shown, a) in history.answers.iter().zip(&logged) {
            let quiz = text(&a[5]) == "quiz";
            assert_eq!(matches!(shown.source, AnswerSource::Quiz), quiz, "{}", card.id);
        }
    }

    // Undo restores exactly the record kept before each answer, answer after answer.
    for (i, (card, before)) in local.iter().enumerate() {
        let undone = c.undo().unwrap().expect("an answer to undo");
        assert_eq!(undone.as_str(), card, "undo {i} takes back this device's newest answer");
        let now = rows(
            &db,
            &format!(
                "SELECT phase, due, stability, difficulty, step, reps, lapses, last_review, suspended, leech \
                 FROM card WHERE id = '{card}'"
            ),
        );
        assert_eq!(single(now), single(vec![before.clone()]), "undo {i} restores the record kept before it");
    }
    assert_eq!(c.stats().unwrap().reviews_total, 2_099 - 25);
}

#[test]
fn a_new_database_names_cards_by_number_and_reads_them_back_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let clock = crate::clock();
    let mut c =
        Collection::open_with(dir.path(), crate::small_deck(), Box::new(clock.clone()), crate::no_fuzz()).unwrap();
    let mut answered = Vec::new();
    for _ in 0..5 {
        let card = c.session().unwrap().card.expect("a card").id;
        c.answer(&card, steppe::schedule::Rating::Good).unwrap();
        answered.push(card);
        clock.advance(chrono::Duration::hours(1));
    }
    let db = Connection::open(dir.path().join(DB_FILE_NAME)).unwrap();
    let logged: Vec<String> = db
        .prepare("SELECT c.id FROM review_log l JOIN card c ON c.num = l.card ORDER BY l.id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(logged, answered.iter().map(|c| c.as_str().to_owned()).collect::<Vec<_>>());
    for card in &answered {
        assert!(!c.card_history(card).unwrap().answers.is_empty());
    }
    // The numbers survive VACUUM, which renumbers the rows of a table without its own key.
    db.execute_batch("VACUUM").unwrap();
    drop(db);
    drop(c);
    let mut c = Collection::open_with(dir.path(), crate::small_deck(), Box::new(clock), crate::no_fuzz()).unwrap();
    assert_eq!(c.undo().unwrap().as_ref(), answered.last());
    for card in &answered[..4] {
        let given = answered[..4].iter().filter(|a| *a == card).count();
        assert_eq!(c.card_history(card).unwrap().answers.len(), given, "{card}");
    }
}
