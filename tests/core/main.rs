//! Core integration tests: the real built-in deck, real SQLite files in temp dirs, a fixed clock.

mod at_the_edge;
mod authoring;
mod backup;
mod balance;
mod browse;
mod cards;
mod compact_cards;
mod compact_log;
mod content;
mod deck_cache;
mod disputes;
mod exchange;
mod fidelity;
mod fsrs_reference;
mod fuzz;
mod gitdeck;
mod history;
mod misuse;
mod plan;
mod print;
mod problem_codes;
mod queue;
mod quiz;
mod report;
mod reread;
mod simulation;
mod stats;
mod store;
mod study;
mod sync;
mod synth;
mod workload;
mod workspace;

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/gitrepo.rs"]
mod gitrepo;

pub use common::small_deck_files;

use std::sync::Arc;
use steppe::clock::FixedClock;
use steppe::content::{Deck, compile};

pub fn small_deck() -> Deck {
    compile(&small_deck_files()).expect("the small deck is valid")
}

/// Default scheduler settings without interval fuzz, so intervals can be asserted exactly.
pub fn no_fuzz() -> steppe::schedule::SchedulerConfig {
    steppe::schedule::SchedulerConfig { fuzz: false, ..Default::default() }
}

/// Monday 2026-01-05, 09:00 in Ulaanbaatar (UTC+8).
pub fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::at("2026-01-05T09:00:00+08:00"))
}
