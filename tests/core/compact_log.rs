//! Migration 0008 (a compact review log) on a database written by the previous schema, and undo
//! once the log no longer keeps the record from before an answer.
//!
//! tests/fixtures/v7-two-devices.sqlite was written by the schema-7 release: `steppe synth
//! --claims 40 --reviews 1500 --seed 3 --now 2026-01-10T12:00:00+00:00` (answers with lapses and
//! a leech), then `steppe sync` with a second device's 600 answers (merged, replayed), then
//! three undos and a suspension by hand as schema 7 logs them (the record from before restored,
//! the answer deleted, its id kept in `sync_undone`; `sync_flag`).

use rusqlite::Connection;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;
use steppe::clock::FixedClock;
use steppe::content::{Deck, compile};
use steppe::schedule::Rating;
use steppe::synth::{DeckSpec, deck_files};
use steppe::{Collection, DB_FILE_NAME};

use crate::{clock, small_deck};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v7-two-devices.sqlite");

fn synthetic_deck() -> Deck {
    compile(&deck_files(&DeckSpec { claims: 40, claims_per_reading: 20, seed: 3 })).unwrap()
}

/// A card's record as the card table holds it.
type Row = (String, Option<i64>, Option<f64>, Option<f64>, i64, i64, i64, Option<i64>, bool, bool);

fn records(db: &Connection) -> Vec<(String, Row)> {
    let mut stmt = db
        .prepare(
            "SELECT id, phase, due, stability, difficulty, step, reps, lapses, last_review, suspended, leech FROM card ORDER BY id",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok((
            r.get(0)?,
            (
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
                r.get(10)?,
            ),
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn record_of(db: &Connection, card: &str) -> Row {
    records(db).into_iter().find(|(id, _)| id == card).unwrap().1
}

/// The record schema 7 kept as JSON, as the card table would hold it.
fn from_json(previous: &str) -> Row {
    let v: serde_json::Value = serde_json::from_str(previous).unwrap();
    let s = &v["state"];
    (
        s["phase"].as_str().unwrap().to_owned(),
        s["due"].as_i64(),
        s["stability"].as_f64().map(|x| f64::from(x as f32)),
        s["difficulty"].as_f64().map(|x| f64::from(x as f32)),
        s["step"].as_i64().unwrap(),
        s["reps"].as_i64().unwrap(),
        s["lapses"].as_i64().unwrap(),
        s["last_review"].as_i64(),
        v["suspended"].as_bool().unwrap(),
        v["leech"].as_bool().unwrap(),
    )
}

/// An answer event: id, device, sequence, card, time.
type AnswerEvent = (String, String, i64, String, i64);
/// A file's answers, undos and flags.
type EventIds = (BTreeSet<AnswerEvent>, BTreeSet<String>, BTreeSet<String>);

/// Event ids of a moved-progress file, by kind.
fn event_ids(path: &Path) -> EventIds {
    let (mut answers, mut undos, mut flags) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for line in std::fs::read_to_string(path).unwrap().lines().skip(1) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_str().unwrap().to_owned();
        match v["type"].as_str().unwrap() {
            "answer" => {
                answers.insert((
                    id,
                    v["origin"].as_str().unwrap().to_owned(),
                    v["seq"].as_i64().unwrap(),
                    v["card"].as_str().unwrap().to_owned(),
                    v["at"].as_i64().unwrap(),
                ));
            }
            "undo" => {
                undos.insert(id);
            }
            _ => {
                flags.insert(id);
            }
        }
    }
    (answers, undos, flags)
}

#[test]
fn a_schema_7_database_migrates_keeping_states_sync_ids_and_exact_undo() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE_NAME);
    std::fs::copy(FIXTURE, &path).unwrap();
    let (before, old_answers, old_undos, old_flags, local) = {
        let db = Connection::open(&path).unwrap();
        let device: String =
            db.query_row("SELECT value FROM setting WHERE key = 'device_id'", [], |r| r.get(0)).unwrap();
        let mut stmt =
            db.prepare("SELECT uid, origin, seq, card_id, reviewed_at, previous FROM review_log ORDER BY id").unwrap();
        let rows: Vec<(String, String, i64, String, i64, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let answers: BTreeSet<_> =
            rows.iter().map(|(u, o, s, c, at, _)| (u.clone(), o.clone(), *s, c.clone(), *at)).collect();
        let local: Vec<(String, String)> =
            rows.iter().filter(|r| r.1 == device).map(|r| (r.3.clone(), r.5.clone())).rev().collect();
        let ids = |sql: &str| -> BTreeSet<String> {
            db.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
        };
        (records(&db), answers, ids("SELECT uid FROM sync_undone"), ids("SELECT uid FROM sync_flag"), local)
    };
    assert_eq!(old_answers.len(), 2_097);
    assert_eq!(old_answers.iter().map(|a| &a.1).collect::<BTreeSet<_>>().len(), 2, "two devices' answers");
    assert!(before.iter().any(|(_, r)| r.9), "a leech");
    assert!(before.iter().filter(|(_, r)| r.6 > 0).count() > 10, "cards with lapses");

    let clock = Arc::new(FixedClock::at("2026-01-10T12:00:00+00:00"));
    let mut c = Collection::open(dir.path(), synthetic_deck(), Box::new(clock.clone())).unwrap();
    let db = Connection::open(&path).unwrap();
    let version: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert!(version >= 8);
    let columns: Vec<String> = db
        .prepare("SELECT name FROM pragma_table_info('review_log')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!columns.iter().any(|c| c == "previous"), "no JSON per answer: {columns:?}");
    assert_eq!(records(&db), before, "every card's record is as it was");
    assert_eq!(c.stats().unwrap().reviews_total, 2_097, "every answer is kept");

    // The same global ids, devices and sequence numbers: the other devices see the same events.
    let moved = dir.path().join("moved.log");
    c.export_progress(&moved).unwrap();
    let (answers, undos, flags) = event_ids(&moved);
    assert_eq!(answers, old_answers);
    assert_eq!(undos, old_undos);
    assert_eq!(flags, old_flags);
    let again = c.import_progress(&moved).unwrap();
    assert_eq!((again.answers_added, again.undone, again.cards_changed), (0, 0, 0), "{again:?}");

    // Undo restores exactly the record schema 7 kept, answer after answer.
    for (i, (card, previous)) in local.iter().take(25).enumerate() {
        let undone = c.undo().unwrap().expect("an answer to undo");
        assert_eq!(&undone.0, card, "undo {i} takes back this device's newest answer");
        assert_eq!(record_of(&db, card), from_json(previous), "undo {i} restores the record kept before it");
    }
    assert_eq!(c.stats().unwrap().reviews_total, 2_097 - 25);
    c.export_progress(&moved).unwrap();
    assert_eq!(event_ids(&moved).1.len(), old_undos.len() + 25, "each undo is an event for the other devices");
}

#[test]
fn a_fresh_database_keeps_sync_ids_across_reopening_and_merges_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = Collection::open(dir.path(), small_deck(), Box::new(clock.clone())).unwrap();
    for _ in 0..6 {
        let card = c.session().unwrap().card.expect("a card").id;
        c.answer(&card, Rating::Good).unwrap();
        clock.advance(chrono::Duration::days(1));
    }
    let moved = dir.path().join("moved.log");
    c.export_progress(&moved).unwrap();
    let first = event_ids(&moved);
    drop(c);
    let mut c = Collection::open(dir.path(), small_deck(), Box::new(clock.clone())).unwrap();
    c.export_progress(&moved).unwrap();
    assert_eq!(event_ids(&moved), first, "ids made from the device and sequence are the same every time");
    assert_eq!(first.0.iter().map(|a| &a.0).collect::<BTreeSet<_>>().len(), 6, "and all different");
    let again = c.import_progress(&moved).unwrap();
    assert_eq!((again.answers_added, again.cards_changed), (0, 0));
}

#[test]
fn undo_beyond_the_kept_records_rebuilds_the_card_from_its_answers() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = Collection::open_with(dir.path(), small_deck(), Box::new(clock.clone()), crate::no_fuzz()).unwrap();
    let card: steppe::ids::CardId = c.session().unwrap().card.expect("a card").id;
    let mut states = Vec::new();
    for rating in [Rating::Good, Rating::Good, Rating::Good, Rating::Again, Rating::Good, Rating::Hard, Rating::Easy] {
        states.push(c.stored_states().unwrap().into_iter().find(|(id, _)| *id == card).unwrap().1);
        clock.advance(chrono::Duration::days(3));
        c.answer(&card, rating).unwrap();
    }
    // The records from before the answers are no longer kept (as for answers older than the
    // newest few thousand).
    Connection::open(dir.path().join(DB_FILE_NAME)).unwrap().execute("DELETE FROM review_undo", []).unwrap();
    while let Some(expected) = states.pop() {
        assert_eq!(c.undo().unwrap().as_ref(), Some(&card));
        let now = c.stored_states().unwrap().into_iter().find(|(id, _)| *id == card).unwrap().1;
        assert_eq!(now, expected, "undo {} rebuilds the state before it", states.len());
    }
    assert_eq!(c.undo().unwrap(), None);
}
