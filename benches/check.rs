//! `steppe check` of a deck folder's files: parsing, anchoring and checking every file, the card
//! lint, and making every card to count them, as the command does (reading the folder aside).

use criterion::{Criterion, criterion_group, criterion_main};
use std::time::Duration;
use steppe::synth::{DeckSpec, deck_files};

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("deck check");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    for claims in [1_000, 100_000] {
        let files = deck_files(&DeckSpec { claims, claims_per_reading: 20, seed: 7 });
        group.bench_function(format!("{claims} claims"), |b| {
            b.iter(|| {
                let (deck, findings) = steppe::content::check(&files, true).expect("valid");
                assert!(findings.is_empty(), "the synthetic deck has no lint findings");
                steppe::cards::count(&deck)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
