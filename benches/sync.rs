//! Merging a million answers from another device through a sync folder: device A holds the
//! synthetic million-answer history on the 20,000-claim deck (about 100k cards) and has written
//! its file; device B, which has studied nothing, merges it (reading the file, replaying every
//! answer through the scheduler, writing the log and the cards). Target: under 5 s.

mod common;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::sync::Arc;
use std::time::{Duration, Instant};
use steppe::Collection;
use steppe::clock::FixedClock;
use steppe::synth::fixed_now;

const REVIEWS: usize = 1_000_000;

fn merge(c: &mut Criterion) {
    let claims = 20_000;
    let deck = common::deck(claims);
    let clock = Arc::new(FixedClock::new(fixed_now()));
    let shared = tempfile::tempdir().expect("temp dir");
    let (_keep_a, a_dir) = common::data_dir(claims, REVIEWS, &deck);
    {
        let mut a = Collection::open(&a_dir, deck.clone(), Box::new(clock.clone())).expect("opens");
        let started = Instant::now();
        let outcome = a.sync_with(shared.path()).expect("syncs");
        assert_eq!(outcome.problem, None);
        eprintln!("device A wrote its file of {REVIEWS} answers in {:?}", started.elapsed());
    }
    let empty = tempfile::tempdir().expect("temp dir");
    drop(Collection::open(empty.path(), deck.clone(), Box::new(clock.clone())).expect("opens"));
    let mut group = c.benchmark_group("sync");
    group.sample_size(10).measurement_time(Duration::from_secs(60));
    group.bench_function("merge 1M answers from another device, 100k cards", |b| {
        b.iter_batched(
            || {
                let copy = tempfile::tempdir().expect("temp dir");
                std::fs::copy(empty.path().join(steppe::DB_FILE_NAME), copy.path().join(steppe::DB_FILE_NAME))
                    .expect("copied");
                // The first open of the copy makes the day's backup in the background; this untimed
                // open (and close, which waits for it) keeps that work out of the timing, and its
                // writes reach the disk before it.
                drop(Collection::open(copy.path(), deck.clone(), Box::new(clock.clone())).expect("opens"));
                std::process::Command::new("sync").status().expect("syncs the disk");
                let b = Collection::open(copy.path(), deck.clone(), Box::new(clock.clone())).expect("opens");
                (copy, b)
            },
            |(copy, mut b)| {
                let outcome = b.sync_with(shared.path()).expect("syncs");
                assert_eq!(outcome.answers_added as usize, REVIEWS);
                (copy, b)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, merge);
criterion_main!(benches);
