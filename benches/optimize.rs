//! The FSRS optimiser fitting parameters to a 100,000-answer review log.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use std::time::Duration;
use steppe::Collection;
use steppe::clock::FixedClock;
use steppe::synth::fixed_now;

fn optimize(c: &mut Criterion) {
    let claims = 20_000;
    let deck = common::deck(claims);
    let (_keep, dir) = common::data_dir(claims, 100_000, &deck);
    let mut collection = Collection::open(&dir, deck, Box::new(FixedClock::new(fixed_now()))).unwrap();
    let mut group = c.benchmark_group("optimiser");
    group.sample_size(10).measurement_time(Duration::from_secs(60));
    group.bench_function("FSRS parameters from 100k reviews", |b| {
        b.iter(|| collection.optimize(&mut |_, _| {}).unwrap())
    });
    group.finish();
}

criterion_group!(benches, optimize);
criterion_main!(benches);
