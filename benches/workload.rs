//! The workload chart (reviews, minutes and recall for 9 desired retentions, 90 days ahead each)
//! on the synthetic 20,000-claim deck (about 100k cards) with a million-answer review log.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use std::time::Duration;
use steppe::Collection;
use steppe::clock::FixedClock;
use steppe::synth::fixed_now;

fn workload(c: &mut Criterion) {
    let claims = 20_000;
    let deck = common::deck(claims);
    let (_keep, dir) = common::data_dir(claims, 1_000_000, &deck);
    let collection = Collection::open(&dir, deck, Box::new(FixedClock::new(fixed_now()))).unwrap();
    let view = collection.workload().unwrap();
    eprintln!("{} studied cards, {} new, {} timed answers", view.studied, view.new, view.timed_answers);
    let mut group = c.benchmark_group("workload");
    group.sample_size(10).measurement_time(Duration::from_secs(60));
    group.bench_function("workload chart, 9 retentions x 90 days, 100k cards", |b| {
        b.iter(|| collection.workload().unwrap())
    });
    group.finish();
}

criterion_group!(benches, workload);
criterion_main!(benches);
