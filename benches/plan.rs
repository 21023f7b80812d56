//! An exam plan's feasibility on the synthetic 20,000-claim deck (about 100k cards) with a
//! million-answer review log: the fsrs crate's simulator run from every card's real state to an
//! exam 90 days ahead (target: under a second). The target is one the date reaches, so one
//! simulation is timed (and one with an exam 4 days ahead); an unreachable target adds the later
//! dates and retentions tried.

mod common;

use chrono::Duration as Days;
use criterion::{Criterion, criterion_group, criterion_main};
use std::time::Duration;
use steppe::Collection;
use steppe::clock::FixedClock;
use steppe::schedule::{ExamPlan, PlanVerdict};
use steppe::synth::fixed_now;

fn plan(c: &mut Criterion) {
    let claims = 20_000;
    let deck = common::deck(claims);
    let (_keep, dir) = common::data_dir(claims, 1_000_000, &deck);
    let collection = Collection::open(&dir, deck, Box::new(FixedClock::new(fixed_now()))).unwrap();
    let date =
        |days: i64| (fixed_now() - Days::hours(4) + Days::days(days)).date_naive().format("%Y-%m-%d").to_string();
    let (exam, soon) = (date(90), date(4));
    let plan = |exam: &str, target: f32| ExamPlan {
        name: "bench".into(),
        exam_date: exam.to_owned(),
        readings: vec![],
        tags: vec![],
        target,
        minutes_per_day: None,
    };
    let check = collection.check_plan(&plan(&exam, 0.5)).unwrap();
    let f = &check.figures;
    eprintln!(
        "{} cards in scope ({} new), {} days: {:.1} min/day, {:.0} reviews/day, {} new/day, recall {:.3}, {:?}",
        f.cards,
        f.new_cards,
        f.days,
        f.minutes_per_day,
        f.reviews_per_day,
        f.new_per_day,
        f.expected_recall,
        check.verdict
    );
    assert_eq!(check.verdict, PlanVerdict::Reachable);
    let mut group = c.benchmark_group("plan");
    group.sample_size(10).measurement_time(Duration::from_secs(30));
    group.bench_function("plan feasibility, 100k cards x 90 days", |b| {
        b.iter(|| collection.check_plan(&plan(&exam, 0.5)).unwrap())
    });
    let out = collection.check_plan(&plan(&soon, 0.99)).unwrap();
    eprintln!("exam in 4 days, target 0.99: recall {:.3}, {:?}", out.figures.expected_recall, out.verdict);
    group.bench_function("plan feasibility, exam 4 days ahead", |b| {
        b.iter(|| collection.check_plan(&plan(&soon, 0.99)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, plan);
criterion_main!(benches);
