//! Answers cards as fast as it can on a real collection and prints the size of the database's
//! WAL file as it goes, its largest size, and its size once the collection is closed: the WAL
//! must stay near its checkpoint threshold whatever the write rate.
//!
//! Usage: cargo run --release --example wal_growth -- [ANSWERS] [CLAIMS]
//! (defaults: 50,000 answers on a synthetic deck of 2,000 claims, in a new temporary folder).

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use steppe::Collection;
use steppe::clock::FixedClock;
use steppe::content::compile;
use steppe::schedule::Rating;
use steppe::settings::Settings;
use steppe::synth::{DeckSpec, deck_files, fixed_now};

fn wal_len(data_dir: &Path) -> u64 {
    let wal = data_dir.join(format!("{}-wal", steppe::DB_FILE_NAME));
    std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0)
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / (1 << 20) as f64
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let answers: usize = args.first().map(|a| a.parse()).transpose()?.unwrap_or(50_000);
    let claims: usize = args.get(1).map(|a| a.parse()).transpose()?.unwrap_or(2_000);

    let deck = compile(&deck_files(&DeckSpec { claims, claims_per_reading: 20, seed: 7 }))?;
    let dir = tempfile::tempdir()?;
    let data_dir = dir.path();
    let clock = Arc::new(FixedClock::new(fixed_now()));
    let mut c = Collection::open(data_dir, deck, Box::new(clock.clone()))?;
    c.set_settings(Settings { new_per_day: 500, reviews_per_day: 5000, ..c.settings().clone() })?;

    let start = Instant::now();
    let mut session = c.session()?;
    let mut largest = 0;
    let mut given = 0;
    while given < answers {
        let Some(card) = session.card.take() else {
            clock.advance(chrono::Duration::days(1));
            session = c.session()?;
            continue;
        };
        let rating = if given % 10 == 0 { Rating::Again } else { Rating::Good };
        session = c.answer(&card.id, rating)?;
        given += 1;
        let len = wal_len(data_dir);
        largest = largest.max(len);
        if given % 5_000 == 0 {
            println!("{given:>7} answers  {:>8.1} s  wal {:>9.2} MB", start.elapsed().as_secs_f64(), mb(len));
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let open_len = wal_len(data_dir);
    drop(c);
    let wal = data_dir.join(format!("{}-wal", steppe::DB_FILE_NAME));
    let closed = if wal.exists() { format!("{:.2} MB", mb(wal_len(data_dir))) } else { "removed".to_owned() };
    println!(
        "{given} answers in {seconds:.1} s; wal largest {:.2} MB, at the end {:.2} MB, after close {closed}",
        mb(largest),
        mb(open_len)
    );
    Ok(())
}
