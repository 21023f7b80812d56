//! Crash safety: the real `steppe` process answering cards is killed with SIGKILL at random
//! moments, over and over, on one real SQLite file. After every kill the database passes
//! `PRAGMA integrity_check`, holds every answer the process acknowledged, and its card states
//! are exactly what replaying the review log gives.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use steppe::Collection;
use steppe::clock::SystemClock;

const KILLS: u64 = 120;

/// An acknowledged answer: (review log id, card, rating).
type Ack = (i64, String, i64);

fn parse_ack(line: &str) -> Option<Ack> {
    let mut parts = line.strip_prefix("ack ")?.split(' ');
    let card = parts.next()?.to_owned();
    let review = parts.next()?.parse().ok()?;
    let rating = parts.next()?.parse().ok()?;
    Some((review, card, rating))
}

/// Runs the drill until it is killed; returns its acknowledgements and whether it got past opening.
fn run_and_kill(steppe: &Path, data: &Path, deck: &Path, round: u64, rng: &mut ChaCha8Rng) -> (Vec<Ack>, bool) {
    let mut child = Command::new(steppe)
        .args(["drill", "--answers", "1000000", "--seed", &round.to_string()])
        .arg("--data-dir")
        .arg(data)
        .arg("--deck")
        .arg(deck)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines_tx, lines) = mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        let mut stdout = std::io::BufReader::new(stdout);
        let mut line = String::new();
        // Only whole lines count: a line cut short by the kill is no acknowledgement.
        while stdout.read_line(&mut line).is_ok_and(|n| n > 0) && line.ends_with('\n') {
            let _ = lines_tx.send(std::mem::take(&mut line));
        }
    });
    // One kill in ten lands while the database is being opened; the rest while answering.
    let mut seen = Vec::new();
    if rng.random_bool(0.1) {
        std::thread::sleep(Duration::from_millis(rng.random_range(0..60)));
    } else {
        seen.push(lines.recv_timeout(Duration::from_secs(60)).expect("the drill starts answering"));
        std::thread::sleep(Duration::from_micros(rng.random_range(0..40_000)));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    reader.join().unwrap();
    seen.extend(lines.try_iter());
    let started = seen.first().is_some_and(|l| l == "ready\n");
    (seen.iter().filter_map(|l| parse_ack(l.trim_end())).collect(), started)
}

#[test]
fn killing_the_process_at_random_moments_never_loses_an_acknowledged_answer() {
    let tmp = tempfile::tempdir().unwrap();
    let (deck_dir, data) = (tmp.path().join("deck"), tmp.path().join("data"));
    // The small deck's ten cards are answered again and again, so each builds a long history for the replay check.
    steppe::synth::write_deck(&deck_dir, &crate::common::small_deck_files()).unwrap();
    let deck = steppe::content::compile(&steppe::content::read_dir(&deck_dir).unwrap()).unwrap();
    let steppe_bin = assert_cmd::cargo::cargo_bin("steppe");
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let mut acknowledged: Vec<Ack> = Vec::new();
    let mut killed_while_answering = 0;

    for round in 0..KILLS {
        let (acks, started) = run_and_kill(&steppe_bin, &data, &deck_dir, round, &mut rng);
        killed_while_answering += u32::from(started);
        acknowledged.extend(acks);

        let path = data.join(steppe::DB_FILE_NAME);
        if !path.exists() {
            assert!(acknowledged.is_empty(), "the database is gone after kill {round}");
            continue;
        }
        let db = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE).unwrap();
        let check: String = db.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "integrity after kill {round}");
        let has_log: bool =
            db.query_row("SELECT COUNT(*) > 0 FROM sqlite_master WHERE name = 'review_log'", [], |r| r.get(0)).unwrap();
        let logged: HashMap<i64, (String, i64)> = if has_log {
            let mut stmt =
                db.prepare("SELECT l.id, c.id, l.rating FROM review_log l JOIN card c ON c.num = l.card").unwrap();
            stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?)))).unwrap().map(|r| r.unwrap()).collect()
        } else {
            HashMap::new()
        };
        drop(db);
        for (review, card, rating) in &acknowledged {
            assert_eq!(
                logged.get(review),
                Some(&(card.clone(), *rating)),
                "acknowledged answer {review} ({card}, rating {rating}) is in the log after kill {round}"
            );
        }

        let collection = Collection::open(&data, deck.clone(), Box::new(SystemClock)).unwrap();
        assert_eq!(
            collection.states_from_review_log().unwrap(),
            collection.stored_states().unwrap(),
            "card states match the review log after kill {round}"
        );
    }
    eprintln!(
        "{KILLS} kills ({killed_while_answering} after opening, while answering), {} acknowledged answers all found",
        acknowledged.len()
    );
    assert!(killed_while_answering >= KILLS as u32 / 2, "most kills land while answers are being written");
    assert!(acknowledged.len() as u64 >= KILLS, "the drill got answers in between kills");
}
