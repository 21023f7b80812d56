//! Work done once a day in the background, so that opening stays instant: a compressed backup
//! of the database (which are kept: see backup.rs) and, for a file too big to check at every open, a full
//! integrity check. A failed check leaves a note in the data folder, and the next open then
//! checks the file itself and refuses it if it is damaged.

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use super::open::{CHECK_FAILED_FILE, DB_FILE_NAME, backup, backup_names};

/// Starts today's upkeep of the database in `data_dir` unless it is done: `check` says whether
/// the file still needs its integrity check (it was too big to check at open).
pub(super) fn start(data_dir: &Path, check: bool) -> Option<JoinHandle<()>> {
    if backed_up_today(data_dir) {
        return None;
    }
    let data_dir = data_dir.to_owned();
    std::thread::Builder::new()
        .name("steppe-upkeep".into())
        .spawn(move || {
            if let Err(e) = run(&data_dir, check) {
                eprintln!("steppe: daily backup not made: {e}");
            }
        })
        .ok()
}

fn backed_up_today(data_dir: &Path) -> bool {
    let today = format!("steppe-{}", chrono::Utc::now().format("%Y%m%d"));
    backup_names(&data_dir.join("backups")).iter().any(|n| n.starts_with(&today))
}

fn run(data_dir: &Path, check: bool) -> super::Result<()> {
    let conn = Connection::open_with_flags(data_dir.join(DB_FILE_NAME), OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    if check {
        let found: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if found != "ok" {
            // Never back up a damaged file: the older backups stay the way out.
            let _ = std::fs::write(data_dir.join(CHECK_FAILED_FILE), &found);
            return Ok(());
        }
    }
    remove_partial_daily_backups(&data_dir.join("backups"));
    // Also removes the backups no longer kept.
    backup(&conn, data_dir, "daily")?;
    Ok(())
}

/// Daily backups left half-written when the app was closed while making one. Only daily ones:
/// a manual backup may be being written at this very moment by the main thread.
fn remove_partial_daily_backups(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let partial: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            let name = p.to_string_lossy();
            name.ends_with("-daily.sqlite.partial") || name.ends_with("-daily.sqlite.zst.partial")
        })
        .collect();
    for path in partial {
        let _ = std::fs::remove_file(path);
    }
}
