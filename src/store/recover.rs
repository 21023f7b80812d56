//! Ways out when the study database is refused as damaged or unreadable: bring back the newest
//! backup that opens, or start with an empty database. The refused file is never deleted; it
//! is renamed aside (`steppe.sqlite.damaged-<time>`) so nothing is lost.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

use super::open::{self, DB_FILE_NAME};
use super::{Result, StoreError};

/// What the student chose to do about a refused database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Recovery {
    /// Put the newest backup that opens in place of the refused file.
    RestoreNewestBackup,
    /// Start with an empty database.
    StartFresh,
}

/// Sets the refused database aside and puts the newest good backup (or nothing, for a fresh
/// start) in its place. Returns where the refused file now is. Refuses to touch a database that
/// opens fine or one that is only newer than this Steppe.
pub(crate) fn recover(data_dir: &Path, how: Recovery) -> Result<PathBuf> {
    let _lock = open::lock_data_dir(data_dir)?;
    match open::open(data_dir, u64::MAX) {
        Ok(_) => return Err(StoreError::NotDamaged { path: data_dir.join(DB_FILE_NAME) }),
        Err(StoreError::NotSqlite { .. } | StoreError::Foreign { .. } | StoreError::Corrupt { .. }) => {}
        Err(other) => return Err(other),
    }
    let staging = data_dir.join("restore");
    let staged = match how {
        Recovery::RestoreNewestBackup => Some(stage_newest_good_backup(data_dir, &staging)?),
        Recovery::StartFresh => None,
    };
    let aside = set_aside(data_dir)?;
    let _ = std::fs::remove_file(data_dir.join(open::CHECK_FAILED_FILE));
    if let Some(staged) = staged {
        let live = data_dir.join(DB_FILE_NAME);
        std::fs::rename(&staged, &live).map_err(|source| StoreError::DataDir { path: live, source })?;
        let _ = std::fs::remove_dir_all(&staging);
    }
    Ok(aside)
}

/// The newest backup file's name, if there is any backup.
pub(crate) fn newest_backup(data_dir: &Path) -> Option<String> {
    open::backup_names(&data_dir.join("backups")).into_iter().max()
}

/// Unpacks backups, newest first, into `staging` until one passes its integrity check and opens;
/// returns the copy's path.
fn stage_newest_good_backup(data_dir: &Path, staging: &Path) -> Result<PathBuf> {
    let backups = data_dir.join("backups");
    let mut names = open::backup_names(&backups);
    names.sort_unstable_by(|a, b| b.cmp(a));
    let io = |source| StoreError::DataDir { path: staging.to_owned(), source };
    for name in names {
        let _ = std::fs::remove_dir_all(staging);
        std::fs::create_dir_all(staging).map_err(io)?;
        let copy = staging.join(DB_FILE_NAME);
        if super::backup::unpack_checked(&backups.join(&name), &copy).is_ok() && open::open(staging, u64::MAX).is_ok() {
            return Ok(copy);
        }
    }
    let _ = std::fs::remove_dir_all(staging);
    Err(StoreError::NoBackup { dir: backups })
}

/// Renames the database and its WAL files to `<name>.damaged-<time>[-wal|-shm]`.
fn set_aside(data_dir: &Path) -> Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    let aside = data_dir.join(format!("{DB_FILE_NAME}.damaged-{stamp}"));
    for suffix in ["-wal", "-shm", ""] {
        let from = data_dir.join(format!("{DB_FILE_NAME}{suffix}"));
        if from.exists() {
            let to = PathBuf::from(format!("{}{suffix}", aside.display()));
            std::fs::rename(&from, &to).map_err(|source| StoreError::DataDir { path: from, source })?;
        }
    }
    Ok(aside)
}
