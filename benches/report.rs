//! A class report of 200 students on the built-in deck: every report file read and checked
//! from its bytes, then the class worked out (per claim, reading, dispute and student).

use criterion::{Criterion, criterion_group, criterion_main};
use rand::{RngExt, SeedableRng};
use steppe::content::Deck;
use steppe::report::{ClaimProgress, FORMAT, StudentReport, VERSION, class_report, read_report};

const STUDENTS: usize = 200;

/// Each student answered about four claims in five, each a few times, recalling most.
fn reports(deck: &Deck) -> Vec<Vec<u8>> {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    (0..STUDENTS)
        .map(|i| {
            let mut claims = Vec::new();
            for c in &deck.claims {
                if rng.random_bool(0.8) {
                    let answers = rng.random_range(1..12);
                    let recalled = rng.random_range(0..=answers);
                    claims.push(ClaimProgress { claim: c.id.as_str().to_owned(), answers, recalled });
                }
            }
            let report = StudentReport {
                format: FORMAT.into(),
                version: VERSION,
                deck_id: deck.info.id.clone(),
                deck_version: deck.info.version.clone(),
                student: format!("{i:016x}"),
                name: None,
                made_at: "2026-12-06T10:00:00+08:00".into(),
                claims,
            };
            serde_json::to_vec_pretty(&report).unwrap()
        })
        .collect()
}

fn class(c: &mut Criterion) {
    let deck = Deck::builtin().unwrap();
    let files = reports(&deck);
    let bytes: usize = files.iter().map(Vec::len).sum();
    eprintln!("{STUDENTS} reports, {} claims in the deck, {bytes} bytes in all", deck.claims.len());
    c.bench_function("class report, 200 students, built-in deck", |b| {
        b.iter(|| {
            let reports =
                files.iter().map(|f| read_report("student.json", f, &deck.info.id).unwrap()).collect::<Vec<_>>();
            class_report(&deck, reports)
        })
    });
}

criterion_group!(benches, class);
criterion_main!(benches);
