//! Times the study operations on a deck folder and a data folder (as `steppe synth` writes them)
//! and prints one JSON object, for bench/run.sh and bench/compare_anki.py.
//!
//! Usage: cargo run --release --example bench_ops -- DECK_DIR DATA_DIR [ANSWERS] [NOW]
//! Times are in milliseconds. The data folder is changed (answers are recorded): use a copy.

use std::path::PathBuf;
use std::time::Instant;

use steppe::Collection;
use steppe::clock::FixedClock;
use steppe::content::{compile, read_dir};
use steppe::schedule::Rating;
use steppe::settings::Settings;

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// The value below which `share` of the sorted samples fall.
fn percentile(sorted: &[f64], share: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * share).round() as usize]
}

/// The process's peak resident memory (VmHWM), on Linux.
fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(deck_dir), Some(data_dir)) = (args.first(), args.get(1)) else {
        return Err("usage: bench_ops DECK_DIR DATA_DIR [ANSWERS] [NOW]".into());
    };
    let answers: usize = args.get(2).map(|a| a.parse()).transpose()?.unwrap_or(1000);
    let now = args.get(3).map(String::as_str).unwrap_or("2026-01-05T09:00:00+08:00");
    let clock = || Box::new(FixedClock::at(now));

    let start = Instant::now();
    let deck = compile(&read_dir(&PathBuf::from(deck_dir))?)?;
    let build_ms = ms(start);

    // The first open of a day makes the day's backup in the background; this untimed open (and
    // close, which waits for it) keeps that work out of the timings below.
    drop(Collection::open(&PathBuf::from(data_dir), deck.clone(), clock())?);
    // The backup's writes reach the disk before the timings, as the copy of the data did.
    std::process::Command::new("sync").status()?;
    // Dropping that collection freed its copy of the deck: hundreds of thousands of small blocks,
    // which glibc's allocator sorts into its bins later, at most 10,000 for each request it
    // cannot fill from a cache (about 5 ms at 100k cards). That is the cost of closing a
    // collection, so it is paid here rather than by the open timed below.
    for _ in 0..200 {
        drop(std::hint::black_box(vec![0u8; 64 << 10]));
    }

    let start = Instant::now();
    let mut c = Collection::open(&PathBuf::from(data_dir), deck, clock())?;
    let open_ms = ms(start);
    let start = Instant::now();
    let first = c.session()?;
    let queue_ms = ms(start);
    let start = Instant::now();
    c.session_from_database()?;
    let queue_sql_ms = ms(start);
    // The library, the app's first screen (with today's queue already made).
    let start = Instant::now();
    let library = c.library()?;
    let library_ms = ms(start);

    // High limits so that every one of the answers finds a card, as in the Anki run.
    c.set_settings(Settings { new_per_day: 500, reviews_per_day: 5000, ..c.settings().clone() })?;
    let mut session = c.session()?;
    let mut round_trips = Vec::with_capacity(answers);
    for i in 0..answers {
        let Some(card) = session.card else { break };
        let rating = if i.is_multiple_of(10) { Rating::Again } else { Rating::Good };
        let start = Instant::now();
        session = c.answer(&card.id, rating)?;
        round_trips.push(ms(start));
    }
    let answer_total_ms: f64 = round_trips.iter().sum();
    round_trips.sort_by(f64::total_cmp);

    let start = Instant::now();
    let stats = c.stats()?;
    let stats_ms = ms(start);
    let start = Instant::now();
    c.progress()?;
    let progress_ms = ms(start);

    // Last, so that freeing the cards' million strings costs none of the timings above.
    let start = Instant::now();
    let cards = steppe::cards::generate(c.deck()).len();
    let cards_ms = ms(start);

    let out = serde_json::json!({
        "cards": stats.cards,
        "reviews": stats.reviews_total,
        "due_at_open": first.today,
        "deck_cards": cards,
        "build_ms": build_ms,
        "cards_ms": cards_ms,
        "open_ms": open_ms,
        "queue_ms": queue_ms,
        "queue_sql_ms": queue_sql_ms,
        "library_ms": library_ms,
        "library_readings": library.readings.len(),
        "answers": round_trips.len(),
        "answer_total_ms": answer_total_ms,
        "answer_p50_ms": percentile(&round_trips, 0.5),
        "answer_p99_ms": percentile(&round_trips, 0.99),
        "stats_ms": stats_ms,
        "progress_ms": progress_ms,
        "peak_memory_kb": peak_memory_kb(),
    });
    println!("{out}");
    Ok(())
}
