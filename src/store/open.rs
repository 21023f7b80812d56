//! Opening the database file without ever harming a file that is not ours, is damaged,
//! or comes from a newer Steppe; one user of a data folder at a time; backing up before a
//! migration and once a day.

use rusqlite::{Connection, OpenFlags};
use std::fs::File;
use std::path::{Path, PathBuf};

use super::{Result, StoreError};

pub const DB_FILE_NAME: &str = "steppe.sqlite";

/// Held (an exclusive `flock`) by the process that has the data folder open. The operating
/// system releases it when that process ends, even when it is killed.
pub const LOCK_FILE_NAME: &str = "steppe.lock";

/// How long opening waits for another Steppe to let go of the data folder.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

/// Daily backups kept; older ones are removed when a new one is made.
const DAILY_BACKUPS_KEPT: usize = 7;

/// Marks the file as Steppe's (`PRAGMA application_id`), "STEP" in ASCII.
const APPLICATION_ID: i64 = 0x5354_4550;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_leech.sql"),
    include_str!("migrations/0003_quiz.sql"),
    include_str!("migrations/0005_statistics.sql"),
];

/// Makes the data folder, when missing, readable by its owner only: study data and backups are
/// nobody else's business on a shared machine. An existing folder keeps its permissions.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Takes the data folder for this process: refuses when another Steppe has it open or when
/// nothing can be saved there.
pub(crate) fn lock_data_dir(data_dir: &Path) -> Result<File> {
    create_private_dir(data_dir).map_err(|source| dir_error(data_dir, source))?;
    let path = data_dir.join(LOCK_FILE_NAME);
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| dir_error(data_dir, source))?;
    // A Steppe that is just closing (the app restarted at once) lets go within moments.
    let give_up = std::time::Instant::now() + LOCK_PATIENCE;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < give_up => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::AlreadyOpen { dir: data_dir.to_owned() });
            }
            Err(std::fs::TryLockError::Error(source)) => return Err(dir_error(data_dir, source)),
        }
    }
}

fn dir_error(dir: &Path, source: std::io::Error) -> StoreError {
    use std::io::ErrorKind::{PermissionDenied, ReadOnlyFilesystem};
    match source.kind() {
        PermissionDenied | ReadOnlyFilesystem => StoreError::ReadOnly { dir: dir.to_owned() },
        _ => StoreError::DataDir { path: dir.to_owned(), source },
    }
}

pub(super) fn open(data_dir: &Path) -> Result<Connection> {
    let path = data_dir.join(DB_FILE_NAME);
    let existed = path.metadata().is_ok_and(|m| m.len() > 0);
    if existed {
        check_header(&path)?;
        if path.metadata().is_ok_and(|m| m.permissions().readonly()) {
            return Err(StoreError::ReadOnly { dir: data_dir.to_owned() });
        }
    }
    let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)?;
    let corrupt = |e: rusqlite::Error| StoreError::Corrupt { path: path.clone(), detail: e.to_string() };
    let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(corrupt)?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(corrupt)?;
    if existed && app_id != APPLICATION_ID {
        let tables: i64 = conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0)).map_err(corrupt)?;
        if tables > 0 || version != 0 {
            return Err(StoreError::Foreign { path });
        }
    }
    let latest = MIGRATIONS.len() as i64;
    if version > latest {
        return Err(StoreError::Newer { path, found: version, supported: latest });
    }
    if existed {
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(corrupt)?;
        if check != "ok" {
            return Err(StoreError::Corrupt { path, detail: check });
        }
    }
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // WAL with synchronous=FULL: a committed answer survives power loss, not only a crash.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    if version > 0 && version < latest {
        backup(&conn, data_dir, &format!("before-v{}", latest))?;
    }
    let conn = migrate(conn, version)?;
    if existed {
        daily_backup(&conn, data_dir)?;
    }
    Ok(conn)
}

/// Makes today's backup unless one was made today (UTC), and keeps the newest daily ones.
fn daily_backup(conn: &Connection, data_dir: &Path) -> Result<()> {
    let today = format!("steppe-{}", chrono::Utc::now().format("%Y%m%d"));
    let names = backup_names(&data_dir.join("backups"));
    if names.iter().any(|n| n.starts_with(&today)) {
        return Ok(());
    }
    backup(conn, data_dir, "daily")?;
    let mut daily: Vec<String> =
        backup_names(&data_dir.join("backups")).into_iter().filter(|n| n.ends_with("-daily.sqlite")).collect();
    daily.sort_unstable_by(|a, b| b.cmp(a));
    for old in daily.iter().skip(DAILY_BACKUPS_KEPT) {
        let _ = std::fs::remove_file(data_dir.join("backups").join(old));
    }
    Ok(())
}

/// The names of the backup files in `dir` (none when it does not exist).
pub(crate) fn backup_names(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("steppe-") && n.ends_with(".sqlite"))
        .collect()
}

/// Refuses, without writing, a file that does not start like a SQLite database.
fn check_header(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut header))
        .map_err(|source| StoreError::DataDir { path: path.to_owned(), source })?;
    if read < 16 || &header != b"SQLite format 3\0" {
        return Err(StoreError::NotSqlite { path: path.to_owned() });
    }
    Ok(())
}

fn migrate(mut conn: Connection, from: i64) -> Result<Connection> {
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
    }
    Ok(conn)
}

/// Copies the database into `backups/` with `VACUUM INTO` and returns the copy's path.
pub(crate) fn backup(conn: &Connection, data_dir: &Path, label: &str) -> Result<PathBuf> {
    let dir = data_dir.join("backups");
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::DataDir { path: dir.clone(), source })?;
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    let target = dir.join(format!("steppe-{stamp}-{label}.sqlite"));
    // Written under a temporary name and renamed, so a crash never leaves half a backup that
    // looks like a whole one.
    let partial = dir.join(format!(".steppe-{stamp}-{label}.sqlite.partial"));
    let _ = std::fs::remove_file(&partial);
    conn.execute("VACUUM INTO ?1", [partial.to_string_lossy()])?;
    std::fs::rename(&partial, &target).map_err(|source| StoreError::DataDir { path: target.clone(), source })?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::super::{CardRecord, Store};
    use crate::schedule::{CardState, Rating};

    #[cfg(unix)]
    #[test]
    fn a_new_data_folder_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("share").join("steppe");
        drop(Store::open(&data).unwrap());
        let mode = std::fs::metadata(&data).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700, "{mode:o}");
    }

    /// A full disk, simulated by capping the file's size: the answer that does not fit fails
    /// with a sentence about the disk, and nothing of it is written.
    #[test]
    fn an_answer_on_a_full_disk_fails_cleanly_and_leaves_the_previous_state() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let cards = crate::cards::generate(&crate::content::Deck::builtin().unwrap());
        store.sync_cards(&cards).unwrap();
        let pages: i64 = store.conn.pragma_query_value(None, "page_count", |r| r.get(0)).unwrap();
        store.conn.pragma_update(None, "max_page_count", pages).unwrap();

        let new = CardRecord { state: CardState::new_card(), suspended: false, leech: false };
        let mut after = new.clone();
        after.state.reps = 1;
        let mut failure = None;
        for (n, card) in cards.iter().enumerate() {
            let (reviews, record) = (store.total_reviews().unwrap(), store.card_record(&card.id).unwrap());
            match store.record_answer(&card.id, Rating::Good, n as i64, "review", &new, &after) {
                Ok(()) => continue,
                Err(e) => {
                    assert_eq!(store.total_reviews().unwrap(), reviews, "no review of the failed answer");
                    assert_eq!(store.card_record(&card.id).unwrap(), record, "the card is as it was");
                    failure = Some(e);
                    break;
                }
            }
        }
        let report = crate::Error::from(failure.expect("the capped file fills up")).report();
        assert_eq!(report.code, "disk_full");
        assert!(report.message.starts_with("The disk is full, so this was not saved"), "{}", report.message);
        assert_eq!(store.conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0)).unwrap(), "ok");
    }
}
