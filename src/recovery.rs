//! What the shells show and offer when the study database cannot be opened.

use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

use crate::error::{ErrorReport, Result};
pub use crate::store::Recovery;
use crate::store::Store;

/// Why the database could not be opened, and which ways out there are.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct OpenProblem {
    pub error: ErrorReport,
    /// The file is damaged or unreadable, so it may be set aside for a backup or a fresh start.
    pub recoverable: bool,
    /// The newest backup's file name, when there is one.
    pub newest_backup: Option<String>,
    /// The name the refused file would be kept under, with `<time>` for the moment of recovery.
    pub kept_as: String,
}

/// Describes an open failure in `data_dir` for the app's recovery screen.
pub fn problem(data_dir: &Path, error: &ErrorReport) -> OpenProblem {
    OpenProblem {
        error: error.clone(),
        recoverable: matches!(error.code.as_str(), "db_corrupt" | "not_a_steppe_database"),
        newest_backup: Store::newest_backup(data_dir),
        kept_as: format!("{}.damaged-<time>", crate::DB_FILE_NAME),
    }
}

/// Sets the refused database in `data_dir` aside and restores the newest backup that opens, or
/// leaves the place empty for a fresh start. Returns where the refused file is kept.
pub fn recover(data_dir: &Path, how: Recovery) -> Result<PathBuf> {
    Ok(Store::recover(data_dir, how)?)
}
