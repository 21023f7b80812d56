//! The study path through the real store: opening a collection with today's queue, and the
//! answer + next card round trip, on synthetic decks with a million-answer review log.
//! Percentiles (p50, p99) of the round trip come from examples/bench_ops.rs (bench/run.sh).

mod common;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::sync::Arc;
use std::time::Duration;
use steppe::Collection;
use steppe::clock::Clock;
use steppe::clock::FixedClock;
use steppe::schedule::{ExamPlan, Rating};
use steppe::settings::Settings;
use steppe::synth::fixed_now;

const REVIEWS: usize = 1_000_000;

fn open(deck: &steppe::content::Deck, dir: &std::path::Path, clock: &Arc<FixedClock>) -> Collection {
    Collection::open(dir, deck.clone(), Box::new(clock.clone())).expect("opens")
}

/// Answers the cards of today's queue, rating one in ten Again, moving to the next day when
/// today's are done.
fn bench_answers(c: &mut Criterion, name: &str, collection: &mut Collection, clock: &FixedClock) {
    let mut session = collection.session().unwrap();
    let mut n = 0u32;
    c.bench_function(name, |b| {
        b.iter(|| {
            let Some(card) = session.card.take() else {
                // Today's cards are all done: study the next day's.
                clock.advance(chrono::Duration::days(1));
                session = collection.session().unwrap();
                return;
            };
            n += 1;
            let rating = if n.is_multiple_of(10) { Rating::Again } else { Rating::Good };
            session = collection.answer(&card.id, rating).unwrap();
        })
    });
}

fn round_trip(c: &mut Criterion) {
    for claims in [2_000, 20_000] {
        let deck = common::deck(claims);
        let (_keep, dir) = common::data_dir(claims, REVIEWS, &deck);
        let clock = Arc::new(FixedClock::new(fixed_now()));
        let mut collection = open(&deck, &dir, &clock);
        let limits = Settings { new_per_day: 500, reviews_per_day: 5000, ..collection.settings().clone() };
        collection.set_settings(limits).unwrap();
        let cards = steppe::cards::generate(&deck).len();
        bench_answers(c, &format!("answer and next card, {cards} cards, 1M reviews"), &mut collection, &clock);
        if claims == 20_000 {
            // An exam plan of half the readings, a month ahead: each answer also tallies the
            // plan's cards answered today.
            let exam = (clock.now() + chrono::Duration::days(30)).date_naive().format("%Y-%m-%d").to_string();
            let readings = deck.readings.iter().step_by(2).map(|r| r.citation.id.0.clone()).collect();
            let plan = ExamPlan {
                name: "bench".into(),
                exam_date: exam,
                readings,
                tags: vec![],
                target: 0.8,
                minutes_per_day: None,
            };
            collection.save_plan(plan).unwrap();
            let name = format!("answer and next card with an exam plan, {cards} cards, 1M reviews");
            bench_answers(c, &name, &mut collection, &clock);
        }
    }
}

fn open_with_queue(c: &mut Criterion) {
    let claims = 20_000;
    let deck = common::deck(claims);
    let (_keep, dir) = common::data_dir(claims, REVIEWS, &deck);
    let clock = Arc::new(FixedClock::new(fixed_now()));
    let mut group = c.benchmark_group("open");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("open database and today's queue, 100k cards, 1M reviews", |b| {
        b.iter_batched(|| deck.clone(), |deck| open(&deck, &dir, &clock).session().unwrap(), BatchSize::PerIteration)
    });
    group.finish();
}

criterion_group!(benches, round_trip, open_with_queue);
criterion_main!(benches);
