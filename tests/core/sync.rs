//! Progress on several devices through a shared folder: two data folders and one shared folder,
//! the real built-in deck, real SQLite files and a simulated clock. Merged in any order, the
//! devices end with the same card states, equal to one device having given every answer in
//! time order; merging again changes nothing; an undo on one device is honoured on the other; a
//! write cut short loses at most the event in flight; a foreign file changes nothing.

use chrono::Duration;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use steppe::clock::FixedClock;
use steppe::content::Deck;
use steppe::ids::CardId;
use steppe::schedule::{CardState, Rating};
use steppe::sync::{SyncOutcome, SyncProblem, deck_dir};
use steppe::{Collection, DB_FILE_NAME};

use crate::clock;

/// What must agree between devices: every card's state, the suspended cards, the answers kept.
#[derive(Debug, PartialEq)]
struct Snapshot {
    states: Vec<(CardId, CardState)>,
    suspended: Vec<CardId>,
    reviews: u32,
}

fn snapshot(c: &Collection) -> Snapshot {
    Snapshot {
        states: c.stored_states().unwrap(),
        suspended: c.suspended_cards().unwrap().into_iter().map(|s| s.id).collect(),
        reviews: c.stats().unwrap().reviews_total,
    }
}

fn open(dir: &Path, clock: &Arc<FixedClock>) -> Collection {
    Collection::open(dir, Deck::builtin().unwrap(), Box::new(clock.clone())).unwrap()
}

fn synced(c: &mut Collection, shared: &Path) -> SyncOutcome {
    let outcome = c.sync_with(shared).unwrap();
    assert_eq!(outcome.problem, None, "{outcome:?}");
    outcome
}

/// Copies a data folder's database (the collection must be closed).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in walk(from) {
        let target = to.join(entry.strip_prefix(from).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &target).unwrap();
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
    }
    out
}

/// Two devices study in turn, in a random interleaving over ten days: answers, an undo of the
/// answer just given, suspensions. A third data folder is given every one of those events as
/// they happen: it is what replaying the union of both devices' logs must give.
struct Story {
    _root: tempfile::TempDir,
    a: PathBuf,
    b: PathBuf,
    /// The device that was given every event.
    r: PathBuf,
    union: Snapshot,
}

fn story(seed: u64, events: usize) -> Story {
    let root = tempfile::tempdir().unwrap();
    let (a_dir, b_dir, r_dir) = (root.path().join("a"), root.path().join("b"), root.path().join("r"));
    let clock = clock();
    let mut devices = [open(&a_dir, &clock), open(&b_dir, &clock)];
    let mut reference = open(&r_dir, &clock);
    let cards: Vec<CardId> = steppe::cards::generate(&Deck::builtin().unwrap()).into_iter().map(|c| c.id).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut last_answered: Option<usize> = None;
    for _ in 0..events {
        clock.advance(Duration::minutes(rng.random_range(1..600)));
        let d = rng.random_range(0..2usize);
        let device = &mut devices[d];
        let roll = rng.random_range(0..100);
        if roll < 8 && last_answered == Some(d) {
            device.undo().unwrap().expect("an answer to undo");
            reference.undo().unwrap().expect("the same answer");
            last_answered = None;
            continue;
        }
        if roll < 14 {
            let card = &cards[rng.random_range(0..cards.len())];
            let suspend = rng.random_range(0..3) > 0;
            device.set_suspended(card, suspend).unwrap();
            reference.set_suspended(card, suspend).unwrap();
            last_answered = None;
            continue;
        }
        // The card the device would show, or now and then one it has studied before.
        let card = match device.session().unwrap().card {
            Some(card) if rng.random_range(0..4) > 0 => card.id,
            _ => cards[rng.random_range(0..40)].clone(),
        };
        let rating = match rng.random_range(0..10) {
            0..2 => Rating::Again,
            2 => Rating::Hard,
            3..9 => Rating::Good,
            _ => Rating::Easy,
        };
        device.answer(&card, rating).unwrap();
        reference.answer(&card, rating).unwrap();
        last_answered = Some(d);
    }
    let union = snapshot(&reference);
    assert_eq!(
        reference.states_from_review_log().unwrap(),
        union.states,
        "the reference device's states are the replay of its log"
    );
    Story { _root: root, a: a_dir, b: b_dir, r: r_dir, union }
}

/// A fresh copy of the story's two devices and an empty shared folder.
fn fresh(story: &Story) -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf) {
    let root = tempfile::tempdir().unwrap();
    let (a, b, shared) = (root.path().join("a"), root.path().join("b"), root.path().join("shared"));
    copy_dir(&story.a, &a);
    copy_dir(&story.b, &b);
    std::fs::create_dir_all(&shared).unwrap();
    (root, a, b, shared)
}

#[test]
fn devices_merged_in_every_order_converge_to_the_replay_of_the_union_and_merging_again_changes_nothing() {
    for seed in [1, 2, 3] {
        let story = story(seed, 160);
        assert!(story.union.reviews > 80, "a real history: {}", story.union.reviews);
        assert!(!story.union.suspended.is_empty(), "with suspensions");
        // The order in which the devices sync: which writes its file first, which merges first.
        let orders: [&[usize]; 4] = [&[0, 1, 0], &[1, 0, 1], &[0, 0, 1, 1, 0], &[1, 1, 0, 0, 1, 0, 1]];
        for order in orders {
            let (_keep, a, b, shared) = fresh(&story);
            let clock = clock();
            clock.advance(Duration::days(20));
            let mut devices = [open(&a, &clock), open(&b, &clock)];
            for &d in order {
                synced(&mut devices[d], &shared);
            }
            let (sa, sb) = (snapshot(&devices[0]), snapshot(&devices[1]));
            assert_eq!(sa, sb, "seed {seed}, order {order:?}: both devices agree");
            assert_eq!(sa, story.union, "seed {seed}, order {order:?}: and equal the replay of the union");
            for device in &mut devices {
                let again = synced(device, &shared);
                assert_eq!((again.answers_added, again.cards_changed, again.undone), (0, 0, 0), "idempotent");
                assert_eq!(snapshot(device), story.union, "merging again changes nothing");
            }
        }
    }
}

#[test]
fn the_merged_log_replays_to_the_merged_states_and_keeps_every_answers_history() {
    let story = story(9, 120);
    let (_keep, a, b, shared) = fresh(&story);
    let clock = clock();
    let mut devices = [open(&a, &clock), open(&b, &clock)];
    for d in [0, 1, 0] {
        synced(&mut devices[d], &shared);
    }
    let reference = open(&story.r, &clock);
    for device in &devices {
        assert_eq!(
            device.states_from_review_log().unwrap(),
            story.union.states,
            "the merged log replays to the states"
        );
        // Each answer's history entry carries the record its card had before it in the merged
        // order: the same history as the device that was given every answer.
        for (card, _) in story.union.states.iter().filter(|(_, s)| s.reps > 0) {
            assert_eq!(device.card_history(card).unwrap().answers, reference.card_history(card).unwrap().answers);
        }
    }
}

#[test]
fn an_undo_on_one_device_is_honoured_by_the_other() {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let clock = clock();
    let mut a = open(&root.path().join("a"), &clock);
    let mut b = open(&root.path().join("b"), &clock);
    let card = a.session().unwrap().card.unwrap().id;
    a.answer(&card, Rating::Good).unwrap();
    clock.advance(Duration::minutes(1));
    let second = a.session().unwrap().card.unwrap().id;
    a.answer(&second, Rating::Again).unwrap();
    synced(&mut a, &shared);
    synced(&mut b, &shared);
    assert_eq!(snapshot(&b).reviews, 2);
    assert_eq!(snapshot(&a), snapshot(&b));

    clock.advance(Duration::minutes(1));
    assert_eq!(a.undo().unwrap(), Some(second.clone()));
    synced(&mut a, &shared);
    let outcome = synced(&mut b, &shared);
    assert_eq!(outcome.undone, 1, "the undo reached the other device");
    let state = |c: &Collection, id: &CardId| c.stored_states().unwrap().into_iter().find(|(c, _)| c == id).unwrap().1;
    assert_eq!(state(&b, &second), CardState::new_card(), "the undone answer's card is new again there");
    assert_eq!(snapshot(&a), snapshot(&b));
    assert_eq!(snapshot(&b).reviews, 1);

    // An undo that arrives before the answer it takes back (files synced out of order) still wins.
    clock.advance(Duration::minutes(1));
    let mut c = open(&root.path().join("c"), &clock);
    synced(&mut c, &shared);
    assert_eq!(snapshot(&c), snapshot(&a));
}

/// The device file of `dir`'s device in `shared`.
fn device_file(c: &Collection, shared: &Path) -> PathBuf {
    deck_dir(shared, &c.deck().info.id).join(format!("{}.log", c.sync_status().unwrap().device_id))
}

#[test]
fn a_device_killed_while_writing_loses_at_most_the_event_in_flight_and_corrupts_nothing() {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let clock = clock();
    let mut a = open(&root.path().join("a"), &clock);
    let mut b = open(&root.path().join("b"), &clock);
    let mut answered = Vec::new();
    for _ in 0..4 {
        clock.advance(Duration::minutes(3));
        let card = a.session().unwrap().card.unwrap().id;
        a.answer(&card, Rating::Good).unwrap();
        answered.push(card);
    }
    synced(&mut a, &shared);
    // The fourth answer's line was being written when the device died: half of it is on disk.
    let file = device_file(&a, &shared);
    let text = std::fs::read_to_string(&file).unwrap();
    let last_line_start = text.trim_end_matches('\n').rfind('\n').unwrap() + 1;
    let torn = last_line_start + (text.len() - last_line_start) / 2;
    std::fs::write(&file, &text.as_bytes()[..torn]).unwrap();

    let outcome = synced(&mut b, &shared);
    assert_eq!(outcome.answers_added, 3, "the three whole answers arrive, the torn one is left out");
    let reviews = |c: &Collection| c.stats().unwrap().reviews_total;
    assert_eq!(reviews(&b), 3);

    // The device comes back: its next sync cuts the torn line and writes it whole.
    clock.advance(Duration::minutes(3));
    synced(&mut a, &shared);
    let repaired = std::fs::read_to_string(&file).unwrap();
    assert_eq!(repaired, text, "the file is whole again, every line once");
    assert_eq!(synced(&mut b, &shared).answers_added, 1);
    assert_eq!(snapshot(&a), snapshot(&b));
}

#[test]
fn a_foreign_or_damaged_file_in_the_folder_is_named_and_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let clock = clock();
    let mut a = open(&root.path().join("a"), &clock);
    let mut b = open(&root.path().join("b"), &clock);
    for _ in 0..3 {
        clock.advance(Duration::minutes(3));
        let card = a.session().unwrap().card.unwrap().id;
        a.answer(&card, Rating::Good).unwrap();
    }
    synced(&mut a, &shared);
    let dir = deck_dir(&shared, &a.deck().info.id);
    let before = snapshot(&b);

    // Other tools' files, with names that are not a device's, are left alone.
    std::fs::write(dir.join("notes.txt"), "hello").unwrap();
    std::fs::write(dir.join(".syncthing.tmp"), [0u8, 1, 2]).unwrap();

    let garbage = dir.join("00000000000000000000000000000000.log");
    std::fs::write(&garbage, b"\x00\x01 not json at all\n{}\n").unwrap();
    let outcome = b.sync_with(&shared).unwrap();
    match &outcome.problem {
        Some(SyncProblem::BadFile { file, line, .. }) => {
            assert_eq!(Path::new(file), garbage, "the file is named");
            assert_eq!(*line, 1);
        }
        other => panic!("expected a bad file, got {other:?}"),
    }
    assert_eq!(snapshot(&b), before, "nothing changed");
    assert!(!device_file(&b, &shared).exists(), "not even this device's own file was written");

    // A file that starts well and has a hostile line further down: named with its line.
    let header = format!(
        "{{\"steppe_sync\":1,\"device\":\"00000000000000000000000000000000\",\"deck\":\"{}\"}}\n",
        a.deck().info.id
    );
    let good = "{\"type\":\"answer\",\"id\":\"11111111111111111111111111111111\",\"at\":1767574800000,\"seq\":1,\"card\":\"x:cloze\",\"rating\":3,\"source\":\"review\"}\n";
    let hostile = "{\"type\":\"answer\",\"id\":\"22222222222222222222222222222222\",\"at\":1767574800000,\"seq\":2,\"card\":\"x:cloze\",\"rating\":9,\"source\":\"review\"}\n";
    std::fs::write(&garbage, format!("{header}{good}{hostile}")).unwrap();
    match b.sync_with(&shared).unwrap().problem {
        Some(SyncProblem::BadFile { line, detail, .. }) => {
            assert_eq!((line, detail.as_str()), (3, "the rating is not 1 to 4"))
        }
        other => panic!("expected a bad line, got {other:?}"),
    }
    assert_eq!(snapshot(&b), before, "still nothing changed");

    // A file naming another device than its name says, or another deck.
    std::fs::write(&garbage, header.replace("\"deck\":\"", "\"deck\":\"x")).unwrap();
    assert!(matches!(b.sync_with(&shared).unwrap().problem, Some(SyncProblem::OtherDeck { .. })));
    std::fs::remove_file(&garbage).unwrap();

    // An unreachable folder: study goes on, nothing changes.
    let gone = root.path().join("unmounted");
    let outcome = b.sync_with(&gone).unwrap();
    assert!(matches!(outcome.problem, Some(SyncProblem::Unreachable { .. })), "{outcome:?}");
    assert_eq!(snapshot(&b), before);

    // With the foreign file gone, the sync goes through.
    assert_eq!(synced(&mut b, &shared).answers_added, 3);
}

#[test]
fn progress_moves_to_another_computer_in_one_file() {
    let story = story(5, 80);
    let root = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut a = open(&story.a, &clock);
    let mut b = open(&story.b, &clock);
    let file = root.path().join("progress.steppe-sync");
    assert!(a.export_progress(&file).unwrap() > 0);
    let outcome = b.import_progress(&file).unwrap();
    assert_eq!(outcome.problem, None);
    assert!(outcome.answers_added > 0);
    b.export_progress(&file).unwrap();
    assert_eq!(a.import_progress(&file).unwrap().problem, None);
    assert_eq!(snapshot(&a), snapshot(&b));
    assert_eq!(snapshot(&a), story.union, "the moved progress is the union, as a sync folder gives it");
    assert_eq!(a.import_progress(&file).unwrap().answers_added, 0, "importing twice adds nothing");

    let fresh = root.path().join("fresh");
    let mut c = open(&fresh, &clock);
    assert_eq!(c.import_progress(&file).unwrap().problem, None);
    assert_eq!(snapshot(&c), story.union, "a new computer takes all of it");
    assert!(fresh.join(DB_FILE_NAME).exists());
}

#[test]
fn the_sync_folder_setting_and_status() {
    let root = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut a = open(&root.path().join("a"), &clock);
    let status = a.sync_status().unwrap();
    assert_eq!((status.folder, status.last_sync), (None, None));
    assert_eq!(status.device_id.len(), 32);
    assert_eq!(a.sync_now().unwrap().problem, Some(SyncProblem::NotConfigured));
    let shared = root.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    a.set_sync_folder(Some(&shared)).unwrap();
    assert_eq!(a.sync_now().unwrap().problem, None);
    let status = a.sync_status().unwrap();
    assert_eq!(status.folder.as_deref(), Some(shared.to_str().unwrap()));
    assert_eq!(status.last_sync.as_deref(), Some("2026-01-05T09:00:00+08:00"));
    assert!(device_file(&a, &shared).exists());
    assert_eq!(a.set_sync_folder(None).unwrap().folder, None);
}

#[test]
fn undo_takes_back_this_devices_newest_answer_even_after_a_merge_and_keeps_the_others_answers() {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let clock = clock();
    let mut a = open(&root.path().join("a"), &clock);
    let mut b = open(&root.path().join("b"), &clock);
    let card = b.session().unwrap().card.unwrap().id;
    b.answer(&card, Rating::Good).unwrap();
    clock.advance(Duration::minutes(5));
    a.answer(&card, Rating::Again).unwrap();
    synced(&mut a, &shared);
    // B's log now ends with A's answer, merged after B's own: B's undo still takes back B's.
    assert_eq!(synced(&mut b, &shared).answers_added, 1);
    clock.advance(Duration::minutes(5));
    assert_eq!(b.undo().unwrap(), Some(card.clone()), "B's own answer is undone");
    let state = |c: &Collection| c.stored_states().unwrap().into_iter().find(|(c, _)| *c == card).unwrap().1;
    assert_eq!(state(&b).reps, 1, "A's later answer to the card stays, replayed without B's");
    assert_eq!(b.stats().unwrap().reviews_total, 1);
    assert_eq!(b.undo().unwrap(), None, "A's answer is A's to undo");
    synced(&mut b, &shared);
    synced(&mut a, &shared);
    assert_eq!(snapshot(&a), snapshot(&b));
    // The same as a device that only ever saw A's answer.
    let mut c = open(&root.path().join("c"), &clock);
    synced(&mut c, &shared);
    assert_eq!(snapshot(&c), snapshot(&a));
}
