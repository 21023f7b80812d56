//! Steppe's core: content, cards, scheduling and storage. The app and the CLI are thin shells over it.

pub mod authoring;
pub mod cards;
pub mod clock;
mod collection;
pub mod content;
pub mod deck_cache;
pub mod decks;
mod error;
pub mod exchange;
mod files;
mod highlight;
mod id_index;
pub mod ids;
pub mod ipc;
pub mod messages;
pub mod notice;
pub mod print;
mod queue;
pub mod quiz;
pub mod recovery;
pub mod report;
pub mod schedule;
pub mod search;
pub mod settings;
pub mod startup;
mod store;
pub mod sync;
pub mod synth;
pub mod views;
pub mod workspace;

pub use collection::{BackupMaker, Collection, FORECAST_DAYS, LEECH_LAPSES, WorkloadSnapshot, default_data_dir};
pub use error::{ERROR_CODES, Error, ErrorReport, Result};
pub use schedule::Rating;
pub use store::{DB_FILE_NAME, LOCK_FILE_NAME, LockHolder, StoreError};
/// Backups: the file ending, the keeping rules and their constants (see `store/backup.rs`).
pub mod backups {
    pub use crate::store::{COMPRESSED, DAILY_DAYS, MIN_BUDGET, OTHERS_KEPT, WEEKLY_DAYS, backups_to_remove};
}
