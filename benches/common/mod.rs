//! Synthetic data shared by the benches, generated once and kept under target/bench-data.

use std::path::{Path, PathBuf};

use steppe::content::{Deck, compile};
use steppe::synth::{DeckSpec, HistorySpec, deck_files, fixed_now, write_history};

pub const SEED: u64 = 7;

pub fn deck(claims: usize) -> Deck {
    compile(&deck_files(&DeckSpec { claims, claims_per_reading: 20, seed: SEED })).expect("synthetic decks are valid")
}

/// A data folder with a history of `reviews` answers for a deck of `claims` claims, made on
/// first use; each caller gets a fresh copy it may change.
pub fn data_dir(claims: usize, reviews: usize, deck: &Deck) -> (tempfile::TempDir, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    let made = root.join(format!("claims{claims}-reviews{reviews}-seed{SEED}"));
    if !made.join(steppe::DB_FILE_NAME).exists() {
        let staging = root.join(format!("staging-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&staging);
        write_history(&staging, deck, &HistorySpec { reviews, now: fixed_now(), seed: SEED })
            .expect("history is written");
        std::fs::rename(&staging, &made).expect("history is kept");
    }
    let copy = tempfile::tempdir().expect("temp dir");
    std::fs::copy(made.join(steppe::DB_FILE_NAME), copy.path().join(steppe::DB_FILE_NAME)).expect("copied");
    let path = copy.path().to_owned();
    (copy, path)
}
