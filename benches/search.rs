//! Searching a synthetic deck of 27,000 claims (about 100k cards) with a million-answer review
//! log: typical queries, each a whole search (every card matched and sorted) and a page of rows.
//! A search reads the cards' records from the database once; after the collection's own writes
//! (`after a write`, `after one answer`) it reads again only the cards written, after a commit
//! through another connection all of them.

mod common;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::cell::RefCell;
use std::time::Duration;
use steppe::Collection;
use steppe::clock::FixedClock;
use steppe::schedule::Rating;
use steppe::search::{BrowseSort, SortColumn};
use steppe::synth::fixed_now;

fn search(c: &mut Criterion) {
    let claims = 27_000;
    let deck = common::deck(claims);
    let (_keep, dir) = common::data_dir(claims, 1_000_000, &deck);
    let collection = Collection::open(&dir, deck, Box::new(FixedClock::new(fixed_now()))).unwrap();
    let first = std::time::Instant::now();
    let all = collection.browse("", BrowseSort::default(), 0, 100).unwrap();
    eprintln!("{} cards; first search (text index made) {:?}", all.cards, first.elapsed());
    let queries = [
        ("everything, deck order", "", SortColumn::Deck),
        ("a word", "mongolia", SortColumn::Deck),
        ("is:due by due date", "is:due", SortColumn::Due),
        ("prop:r<0.8 by recall", "prop:r<0.8", SortColumn::Recall),
        ("phrase or tag, not new, by text", "\"the\" or tag:energy -is:new", SortColumn::Text),
        ("lapses>2 due<7 kind:cloze", "lapses>2 due<7 kind:cloze", SortColumn::Lapses),
    ];
    let mut group = c.benchmark_group("search 100k cards");
    group.sample_size(20).measurement_time(Duration::from_secs(8));
    for (name, query, column) in queries {
        let sort = BrowseSort { column, descending: false };
        let page = collection.browse(query, sort, 0, 100).unwrap();
        eprintln!("{name}: {} cards of {} claims", page.total, page.claims);
        group.bench_function(name, |b| b.iter(|| collection.browse(query, sort, 0, 100).unwrap()));
    }
    // After a write that changes no card (a setting saved), no record is read again. The
    // fastest of a few runs is printed too: on a busy machine it is the steadier figure.
    let mut collection = collection;
    let sort = BrowseSort { column: SortColumn::Due, descending: false };
    let fastest = (0..15)
        .map(|_| {
            collection.set_desired_retention(0.9).unwrap();
            let start = std::time::Instant::now();
            collection.browse("is:due", sort, 0, 100).unwrap();
            start.elapsed()
        })
        .min()
        .unwrap();
    eprintln!("is:due after a write: fastest of 15 runs {fastest:?}");
    let collection = RefCell::new(collection);
    group.bench_function("is:due by due date, after a write", |b| {
        b.iter_batched(
            || collection.borrow_mut().set_desired_retention(0.9).unwrap(),
            |()| {
                collection.borrow().browse("is:due", BrowseSort { column: SortColumn::Due, descending: false }, 0, 100)
            },
            BatchSize::PerIteration,
        )
    });
    // After one answer (the student studies, then opens browse): the card answered is the only
    // record that changed.
    let card = collection.borrow().browse("is:due", sort, 0, 1).unwrap().rows[0].card.clone();
    group.bench_function("search after one answer", |b| {
        b.iter_batched(
            || {
                collection.borrow_mut().answer(&card, Rating::Good).unwrap();
            },
            |()| collection.borrow().browse("is:due", sort, 0, 100).unwrap(),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
