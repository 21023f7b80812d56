//! Progress on several devices through a shared folder: two data folders and one shared folder,
//! the real built-in deck, real SQLite files and a simulated clock. Merged in any order, the
//! devices end with the same card states, equal to one device having given every answer in
//! time order; merging again changes nothing; an undo on one device is honoured on the other; a
//! write cut short loses at most the event in flight; a foreign file changes nothing; settings
//! changed on both devices end the same on both, the last change of each setting winning.

use chrono::Duration;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use steppe::clock::{Clock, FixedClock};
use steppe::content::Deck;
use steppe::ids::CardId;
use steppe::schedule::{CardState, Rating};
use steppe::settings::{Settings, Theme};
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

/// Two devices on the built-in deck with one simulated clock, and an empty shared folder, all
/// in one temporary folder: `root/a` and `root/b` are the devices' data folders, `root/shared`
/// the folder they sync through.
struct TwoDevices {
    root: tempfile::TempDir,
    shared: PathBuf,
    clock: Arc<FixedClock>,
    a: Collection,
    b: Collection,
}

fn two_devices() -> TwoDevices {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let clock = clock();
    let a = open(&root.path().join("a"), &clock);
    let b = open(&root.path().join("b"), &clock);
    TwoDevices { root, shared, clock, a, b }
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
    let TwoDevices { root, shared, clock, mut a, mut b } = two_devices();
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
    let TwoDevices { root: _root, shared, clock, mut a, mut b } = two_devices();
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
    let TwoDevices { root, shared, clock, mut a, mut b } = two_devices();
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
    let TwoDevices { root: _root, shared, clock: _clock, mut a, b: _b } = two_devices();
    let status = a.sync_status().unwrap();
    assert_eq!((status.folder, status.last_sync), (None, None));
    assert_eq!(status.device_id.len(), 32);
    assert_eq!(a.sync_now().unwrap().problem, Some(SyncProblem::NotConfigured));
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
    let TwoDevices { root, shared, clock, mut a, mut b } = two_devices();
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

/// The settings that travel between devices (those of studying), by name.
fn study_settings(c: &Collection) -> (f32, u32, u32, u32, [bool; 7]) {
    let s = c.settings();
    (s.desired_retention, s.new_per_day, s.reviews_per_day, s.rollover_hour, s.easy_days)
}

/// Answers `n` cards as the device would show them, a minute apart.
fn study(c: &mut Collection, clock: &FixedClock, n: usize, rating: Rating) {
    for _ in 0..n {
        clock.advance(Duration::minutes(1));
        let card = c.session().unwrap().card.expect("a card to study").id;
        c.answer(&card, rating).unwrap();
    }
}

#[test]
fn settings_changed_on_both_devices_converge_to_the_last_change_of_each_in_every_order() {
    let orders: [&[usize]; 6] = [&[0, 1, 0], &[1, 0, 1], &[0, 1, 1, 0], &[1, 0, 0, 1], &[0, 0, 1, 0, 1], &[1, 1, 0, 1]];
    let mut results = Vec::new();
    for order in orders {
        let TwoDevices { root, shared, clock, mut a, mut b } = two_devices();
        study(&mut a, &clock, 12, Rating::Good);
        study(&mut b, &clock, 9, Rating::Again);
        clock.advance(Duration::hours(1));
        let s = a.settings().clone();
        a.set_settings(Settings { desired_retention: 0.85, new_per_day: 30, theme: Theme::Dark, ..s }).unwrap();
        clock.advance(Duration::hours(1));
        let s = b.settings().clone();
        b.set_settings(Settings { desired_retention: 0.8, rollover_hour: 6, ..s }).unwrap();
        clock.advance(Duration::hours(1));
        let mut easy = [false; 7];
        easy[6] = true;
        let s = a.settings().clone();
        a.set_settings(Settings { easy_days: easy, reviews_per_day: 150, ..s }).unwrap();
        clock.advance(Duration::days(1));
        study(&mut a, &clock, 7, Rating::Hard);
        study(&mut b, &clock, 8, Rating::Good);

        let mut devices = [a, b];
        for &d in order {
            synced(&mut devices[d], &shared);
        }
        // Of each setting, the change made last, whichever device made it.
        let expected = (0.8, 30, 150, 6, easy);
        for device in &devices {
            assert_eq!(study_settings(device), expected, "order {order:?}");
            assert_eq!(
                device.states_from_review_log().unwrap(),
                device.stored_states().unwrap(),
                "order {order:?}: the states are the replay of the merged log with the merged settings"
            );
        }
        assert_eq!(snapshot(&devices[0]), snapshot(&devices[1]), "order {order:?}: both devices agree");
        assert_eq!(snapshot(&devices[0]).reviews, 36);
        // How the app looks stays with each computer.
        assert_eq!((devices[0].settings().theme, devices[1].settings().theme), (Theme::Dark, Theme::System));
        for device in &mut devices {
            let again = synced(device, &shared);
            assert_eq!((again.answers_added, again.cards_changed), (0, 0), "order {order:?}: idempotent");
            assert_eq!(study_settings(device), expected);
        }
        // The merged settings are saved.
        let dirs = [root.path().join("a"), root.path().join("b")];
        drop(devices);
        for dir in &dirs {
            assert_eq!(study_settings(&open(dir, &clock)), expected, "order {order:?}: kept on reopening");
        }
        let reopened = open(&dirs[0], &clock);
        results.push((snapshot(&reopened), study_settings(&reopened)));
    }
    assert!(results.windows(2).all(|w| w[0] == w[1]), "every order gives the same states and settings");
}

#[test]
fn a_later_change_made_on_another_device_wins_and_a_setting_changed_since_wins_again() {
    let TwoDevices { root: _root, shared, clock, mut a, mut b } = two_devices();
    let s = a.settings().clone();
    a.set_settings(Settings { new_per_day: 5, ..s }).unwrap();
    synced(&mut a, &shared);
    synced(&mut b, &shared);
    assert_eq!(b.settings().new_per_day, 5);
    clock.advance(Duration::minutes(5));
    let s = b.settings().clone();
    b.set_settings(Settings { new_per_day: 7, ..s }).unwrap();
    synced(&mut b, &shared);
    synced(&mut a, &shared);
    assert_eq!(a.settings().new_per_day, 7, "b's change came later");
    // A change made here with the clock set back still holds here, and then everywhere.
    clock.advance(Duration::minutes(-60));
    let s = a.settings().clone();
    a.set_settings(Settings { new_per_day: 9, ..s }).unwrap();
    synced(&mut a, &shared);
    assert_eq!(a.settings().new_per_day, 9);
    synced(&mut b, &shared);
    assert_eq!(b.settings().new_per_day, 9);
}

#[test]
fn a_sync_counts_the_settings_changes_it_received_once() {
    let TwoDevices { root, shared, clock, mut a, mut b } = two_devices();
    let s = a.settings().clone();
    a.set_settings(Settings { new_per_day: 5, desired_retention: 0.85, ..s }).unwrap();
    let s = a.settings().clone();
    a.set_settings(Settings { theme: Theme::Dark, ..s }).unwrap();
    assert_eq!(synced(&mut a, &shared).settings_added, 0, "a device's own changes are not received");
    let outcome = synced(&mut b, &shared);
    assert_eq!(outcome.settings_added, 2, "new cards a day and retention travel, the theme does not: {outcome:?}");
    assert_eq!(outcome.answers_added, 0);
    assert_eq!(synced(&mut b, &shared).settings_added, 0, "received once");

    // Along with answers (the merge that replays the log) and in a moved-progress file.
    study(&mut a, &clock, 3, Rating::Good);
    let s = a.settings().clone();
    a.set_settings(Settings { new_per_day: 6, ..s }).unwrap();
    synced(&mut a, &shared);
    let outcome = synced(&mut b, &shared);
    assert_eq!((outcome.answers_added, outcome.settings_added), (3, 1), "{outcome:?}");
    assert_eq!(b.settings().new_per_day, 6);
    let file = root.path().join("progress.steppe-sync");
    a.export_progress(&file).unwrap();
    let mut c = open(&root.path().join("c"), &clock);
    let imported = c.import_progress(&file).unwrap();
    assert_eq!((imported.answers_added, imported.settings_added), (3, 3), "{imported:?}");
    assert_eq!(c.import_progress(&file).unwrap().settings_added, 0, "importing twice receives nothing");
}

#[test]
fn settings_chosen_before_they_were_synced_travel_and_lose_to_any_later_change() {
    let TwoDevices { root, shared, clock, mut a, mut b } = two_devices();
    let a_dir = root.path().join("a");
    let s = a.settings().clone();
    a.set_settings(Settings { reviews_per_day: 400, rollover_hour: 2, ..s }).unwrap();
    drop(a);
    // As a Steppe that did not log settings changes left it: the settings saved, no change kept.
    {
        let db = rusqlite::Connection::open(a_dir.join(DB_FILE_NAME)).unwrap();
        db.execute("DELETE FROM setting WHERE key LIKE 'sync_setting:%'", []).unwrap();
    }
    let a = open(&a_dir, &clock);
    clock.advance(Duration::minutes(1));
    let s = b.settings().clone();
    b.set_settings(Settings { rollover_hour: 5, ..s }).unwrap();
    let mut devices = [a, b];
    for d in [0, 1, 0] {
        synced(&mut devices[d], &shared);
    }
    for c in &devices {
        assert_eq!((c.settings().reviews_per_day, c.settings().rollover_hour), (400, 5));
    }
}

#[test]
fn an_older_device_file_without_settings_is_read_and_settings_changes_a_steppe_does_not_know_are_left_alone() {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("shared");
    let clock = clock();
    let mut c = open(&root.path().join("c"), &clock);
    let deck = Deck::builtin().unwrap();
    let dir = deck_dir(&shared, &deck.info.id);
    std::fs::create_dir_all(&dir).unwrap();
    let card = steppe::cards::generate(&deck).into_iter().next().unwrap().id;
    let old_device = "0123456789abcdef0123456789abcdef";
    let at = clock.now().timestamp_millis() - 60_000;
    let old = format!(
        "{{\"steppe_sync\":1,\"device\":\"{old_device}\",\"name\":\"old\",\"deck\":\"{}\"}}\n\
         {{\"type\":\"answer\",\"id\":\"{:032x}\",\"at\":{at},\"seq\":1,\"card\":\"{}\",\"rating\":3,\"source\":\"review\"}}\n",
        deck.info.id,
        1u128,
        card.as_str()
    );
    std::fs::write(dir.join(format!("{old_device}.log")), old).unwrap();
    let new_device = "fedcba9876543210fedcba9876543210";
    let setting = |id: u128, at: i64, key: &str, value: &str| {
        format!("{{\"type\":\"setting\",\"id\":\"{id:032x}\",\"at\":{at},\"key\":\"{key}\",\"value\":{value}}}\n")
    };
    let newer = format!(
        "{{\"steppe_sync\":1,\"device\":\"{new_device}\",\"name\":\"new\",\"deck\":\"{}\"}}\n{}{}{}{}",
        deck.info.id,
        setting(2, at, "new_per_day", "42"),
        // Later, but out of range or of a setting this Steppe does not know: left alone.
        setting(3, at + 1, "new_per_day", "100000"),
        setting(4, at + 2, "a_setting_of_a_newer_steppe", "\"x\""),
        "{\"type\":\"an_event_of_a_newer_steppe\",\"id\":\"00000000000000000000000000000005\",\"at\":1}\n",
    );
    std::fs::write(dir.join(format!("{new_device}.log")), newer).unwrap();
    let outcome = synced(&mut c, &shared);
    assert_eq!((outcome.answers_added, outcome.devices), (1, 2));
    assert_eq!(c.settings().new_per_day, 42);
    assert_eq!(c.settings(), &Settings { new_per_day: 42, ..Settings::default() });
    let again = synced(&mut c, &shared);
    assert_eq!((again.answers_added, again.cards_changed), (0, 0));
}

/// A quarter hour's tally: slot, answers, answers to cards in review, of those not Again.
type Tally = (i64, i64, i64, i64);

/// What SQLite holds of a database's indexes and triggers (name, SQL), the tallies of its answers
/// and what they should be, and how many answers keep their card's record for undo.
type BulkView = (Vec<(String, String)>, Vec<Tally>, Vec<Tally>, i64);

fn bulk_view(db: &Path) -> BulkView {
    let db = rusqlite::Connection::open(db).unwrap();
    let rows = |sql: &str| -> Vec<Tally> {
        let mut stmt = db.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap().map(Result::unwrap).collect()
    };
    let mut stmt = db
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name",
        )
        .unwrap();
    let schema = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
    let tallies = rows("SELECT slot, reviews, graduated, recalled FROM review_tally WHERE reviews > 0 ORDER BY slot");
    let counted = rows(
        "SELECT reviewed_at / 900000, COUNT(*), SUM(phase = 2), SUM(phase = 2 AND rating > 1)
         FROM review_log GROUP BY reviewed_at / 900000 ORDER BY 1",
    );
    let kept = db.query_row("SELECT COUNT(*) FROM review_undo", [], |r| r.get(0)).unwrap();
    (schema, tallies, counted, kept)
}

#[test]
fn a_merge_of_many_answers_and_cards_at_once_keeps_the_schema_the_tallies_and_the_undo_records() {
    use steppe::synth::{DeckSpec, HistorySpec, deck_files, fixed_now, write_history};
    let deck =
        steppe::content::compile(&deck_files(&DeckSpec { claims: 1_200, claims_per_reading: 20, seed: 3 })).unwrap();
    let root = tempfile::tempdir().unwrap();
    let (a_dir, b_dir, shared) = (root.path().join("a"), root.path().join("b"), root.path().join("shared"));
    std::fs::create_dir_all(&shared).unwrap();
    let answers = 30_000;
    write_history(&a_dir, &deck, &HistorySpec { reviews: answers, now: fixed_now(), seed: 3 }).unwrap();
    let clock = Arc::new(FixedClock::new(fixed_now()));
    let mut a = Collection::open(&a_dir, deck.clone(), Box::new(clock.clone())).unwrap();
    synced(&mut a, &shared);
    let mut b = Collection::open(&b_dir, deck.clone(), Box::new(clock.clone())).unwrap();
    let outcome = synced(&mut b, &shared);
    assert_eq!(outcome.answers_added as usize, answers);
    // A quarter of the cards and more: the card table's indexes are made again too.
    let cards = b.stored_states().unwrap().len() as u32;
    assert!(
        outcome.cards_changed >= 2_000 && outcome.cards_changed * 4 >= cards,
        "{} of {cards}",
        outcome.cards_changed
    );
    assert_eq!(b.states_from_review_log().unwrap(), b.stored_states().unwrap());
    assert_eq!(b.stats().unwrap().reviews_total as usize, answers);
    drop((a, b));
    let (schema_a, _, _, _) = bulk_view(&a_dir.join(DB_FILE_NAME));
    let (schema_b, tallies, counted, kept) = bulk_view(&b_dir.join(DB_FILE_NAME));
    assert_eq!(schema_b, schema_a, "every index and trigger is back as it was");
    assert_eq!(tallies, counted, "the answers are tallied as the trigger tallies them one by one");
    assert_eq!(kept, 5_000, "the newest answers keep their card's record for undo");
    assert_eq!(
        claim_tallies(&b_dir.join(DB_FILE_NAME)),
        claim_tallies(&a_dir.join(DB_FILE_NAME)),
        "the claims and readings are tallied as the triggers tally them card by card"
    );
}

/// The claims' tallies (reading, claim, cards counted, new cards) and the readings' (reading,
/// cards counted, claims with new cards) of a database, in order.
type ClaimTallies = (Vec<(String, String, i64, i64)>, Vec<(String, i64, i64)>);

fn claim_tallies(db: &Path) -> ClaimTallies {
    let db = rusqlite::Connection::open(db).unwrap();
    let mut stmt = db.prepare("SELECT reading_id, claim_id, active, new FROM claim_tally ORDER BY 1, 2").unwrap();
    let claims = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap();
    let claims = claims.map(Result::unwrap).collect();
    let mut stmt = db.prepare("SELECT reading_id, active, new_claims FROM reading_tally ORDER BY 1").unwrap();
    let readings = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    (claims, readings.map(Result::unwrap).collect())
}
