//! Building a deck: parsing, anchoring and checking every file, then making its cards.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::time::Duration;
use steppe::content::compile;
use steppe::synth::{DeckSpec, deck_files};

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("deck build and check");
    group.sample_size(10).measurement_time(Duration::from_secs(30));
    for claims in [1_000, 100_000] {
        let files = deck_files(&DeckSpec { claims, claims_per_reading: 20, seed: 7 });
        group.bench_function(format!("{claims} claims"), |b| {
            b.iter_batched(
                || files.clone(),
                |files| steppe::cards::generate(&compile(&files).expect("valid")).len(),
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, build);
criterion_main!(benches);
