//! Opening the database file without ever harming a file that is not ours, is damaged,
//! or comes from a newer Steppe; backing up before a migration.

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

use super::{Result, StoreError};

pub const DB_FILE_NAME: &str = "steppe.sqlite";

/// Marks the file as Steppe's (`PRAGMA application_id`), "STEP" in ASCII.
const APPLICATION_ID: i64 = 0x5354_4550;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_leech.sql"),
    include_str!("migrations/0003_quiz.sql"),
];

pub(super) fn open(data_dir: &Path) -> Result<Connection> {
    std::fs::create_dir_all(data_dir).map_err(|source| StoreError::DataDir { path: data_dir.to_owned(), source })?;
    let path = data_dir.join(DB_FILE_NAME);
    let existed = path.metadata().is_ok_and(|m| m.len() > 0);
    if existed {
        check_header(&path)?;
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
    migrate(conn, version)
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
    conn.execute("VACUUM INTO ?1", [target.to_string_lossy()])?;
    Ok(target)
}
