//! Building a deck: parsing, anchoring and checking every file, then making its cards; and what
//! an open costs instead when the compiled deck is kept (src/deck_cache.rs).

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::time::Duration;
use steppe::content::compile;
use steppe::deck_cache::{self, CacheKey};
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

/// What an open of a deck with a cache does before it has the compiled deck: hashes every source
/// file (the cache's key), then reads the cache.
fn cache(c: &mut Criterion) {
    let mut group = c.benchmark_group("deck cache");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    let files = deck_files(&DeckSpec { claims: 100_000, claims_per_reading: 20, seed: 7 });
    let bytes: usize = files.iter().map(|f| f.path.len() + f.shown.len() + f.text.len()).sum();
    eprintln!("100,000 claims: {} files, {:.1} MB hashed", files.len(), bytes as f64 / 1e6);
    let key = CacheKey::of(&files);
    let dir = tempfile::tempdir().expect("a scratch folder");
    deck_cache::save(dir.path(), &key, &compile(&files).expect("valid")).expect("saved");
    group.bench_function("key of 100000 claims", |b| b.iter(|| CacheKey::of(&files)));
    group.bench_function("load of 100000 claims", |b| b.iter(|| deck_cache::load(dir.path(), &key).expect("a hit")));
    group.finish();
}

criterion_group!(benches, build, cache);
criterion_main!(benches);
