//! Backups of the study database and which of them are kept.
//!
//! A backup is a consistent copy of the database (`VACUUM INTO` a temporary file, read in one
//! read transaction of its own connection, so answers go on being written while it is made),
//! compressed with zstd into `backups/steppe-<UTC time>-<label>.sqlite.zst`. Backups of older
//! versions, plain `steppe-<time>-<label>.sqlite` copies, are still listed and restored.
//!
//! Which are kept (see [`backups_to_remove`]): daily backups of the last 7 days; of older daily
//! backups, the newest of each ISO week for 5 weeks (35 days); of the backups made by hand,
//! before a restore and before a migration, the newest 3 of each; and when all of these
//! together are bigger than the database (or 64 MiB for a small one), the oldest daily backups
//! are removed until they fit. The newest backup is always kept.

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OpenFlags};
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::{Result, StoreError};

/// The zstd level: about 4.6 times smaller than the database at 1M answers, at about the speed
/// the disk writes.
const LEVEL: i32 = 3;

/// The file name ending of a compressed backup.
pub const COMPRESSED: &str = ".sqlite.zst";

/// Daily backups of this many days (today included) are kept.
pub const DAILY_DAYS: i64 = 7;
/// Older daily backups, up to this many days old, are kept one a week (the newest of its week).
pub const WEEKLY_DAYS: i64 = 35;
/// Backups made by hand, before a restore or before a migration: the newest this many of each.
pub const OTHERS_KEPT: usize = 3;
/// The budget for all backups together is the database's size, but never less than this.
pub const MIN_BUDGET: u64 = 64 * 1024 * 1024;

/// Whether `name` is a backup file's name (compressed or of an older version).
pub(crate) fn is_backup_name(name: &str) -> bool {
    name.starts_with("steppe-") && (name.ends_with(".sqlite") || name.ends_with(COMPRESSED))
}

/// Copies the database of `conn` into `backups/` in `data_dir`, compressed, and then removes the
/// backups the keeping rules no longer keep. Returns the new backup's path.
pub(crate) fn make(conn: &Connection, data_dir: &Path, label: &str) -> Result<PathBuf> {
    let dir = data_dir.join("backups");
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| StoreError::DataDir { path, source }
    };
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    let target = dir.join(format!("steppe-{stamp}-{label}{COMPRESSED}"));
    // Written under temporary names and renamed, so a crash never leaves half a backup that
    // looks like a whole one.
    let raw = dir.join(format!(".steppe-{stamp}-{label}.sqlite.partial"));
    let packed = dir.join(format!(".steppe-{stamp}-{label}{COMPRESSED}.partial"));
    let _ = std::fs::remove_file(&raw);
    let _ = std::fs::remove_file(&packed);
    let copied = conn.execute("VACUUM INTO ?1", [raw.to_string_lossy()]);
    let compressed = copied.map_err(StoreError::from).and_then(|_| compress(&raw, &packed).map_err(io(&packed)));
    let _ = std::fs::remove_file(&raw);
    if let Err(e) = compressed {
        let _ = std::fs::remove_file(&packed);
        return Err(e);
    }
    std::fs::rename(&packed, &target).map_err(io(&target))?;
    prune(data_dir);
    Ok(target)
}

/// Makes a backup on a connection of its own (read-only), so the caller's connection, and
/// anyone waiting for it, is never held up by the copy.
pub(crate) fn make_apart(data_dir: &Path, label: &str) -> Result<PathBuf> {
    let conn = Connection::open_with_flags(data_dir.join(super::DB_FILE_NAME), OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    make(&conn, data_dir, label)
}

fn compress(from: &Path, to: &Path) -> std::io::Result<()> {
    let input = File::open(from)?;
    let size = input.metadata()?.len();
    let mut encoder = zstd::stream::Encoder::new(BufWriter::new(File::create(to)?), LEVEL)?;
    encoder.include_checksum(true)?;
    encoder.set_pledged_src_size(Some(size))?;
    std::io::copy(&mut BufReader::with_capacity(1 << 20, input), &mut encoder)?;
    let mut out = encoder.finish()?;
    out.flush()?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()
}

/// Writes the database held in the backup file `backup` to `to` (unpacking a compressed one),
/// then checks the copy whole (`PRAGMA integrity_check`). A backup that is truncated, damaged
/// or not a database is refused with [`StoreError::BadBackup`]; `to` is then removed.
pub(crate) fn unpack_checked(backup: &Path, to: &Path) -> Result<()> {
    let result = unpack(backup, to).and_then(|()| integrity(to));
    if let Err(detail) = result {
        let _ = std::fs::remove_file(to);
        return Err(StoreError::BadBackup { path: backup.to_owned(), detail });
    }
    Ok(())
}

fn unpack(backup: &Path, to: &Path) -> std::result::Result<(), String> {
    let text = |e: std::io::Error| e.to_string();
    if backup.to_string_lossy().ends_with(COMPRESSED) {
        let input = File::open(backup).map_err(text)?;
        let mut decoder = zstd::stream::Decoder::new(input).map_err(text)?;
        let mut out = BufWriter::new(File::create(to).map_err(text)?);
        std::io::copy(&mut decoder, &mut out).map_err(|e| format!("it cannot be unpacked ({e})"))?;
        out.into_inner().map_err(|e| e.into_error().to_string())?.sync_all().map_err(text)
    } else {
        std::fs::copy(backup, to).map(drop).map_err(text)
    }
}

fn integrity(db: &Path) -> std::result::Result<(), String> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| e.to_string())?;
    let mut stmt = conn.prepare("PRAGMA integrity_check").map_err(|e| e.to_string())?;
    let found: Vec<String> =
        stmt.query_map([], |r| r.get(0)).and_then(|rows| rows.collect()).map_err(|e| e.to_string())?;
    if found != ["ok"] {
        return Err(found.into_iter().take(3).collect::<Vec<_>>().join("; "));
    }
    Ok(())
}

/// Removes the backups in `data_dir` that the keeping rules no longer keep.
pub(crate) fn prune(data_dir: &Path) {
    let dir = data_dir.join("backups");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let files: Vec<(String, u64)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            is_backup_name(&name).then_some((name, e.metadata().ok()?.len()))
        })
        .collect();
    let database = std::fs::metadata(data_dir.join(super::DB_FILE_NAME)).map(|m| m.len()).unwrap_or(0);
    let today = chrono::Utc::now().date_naive();
    for name in backups_to_remove(&files, today, database.max(MIN_BUDGET)) {
        let _ = std::fs::remove_file(dir.join(name));
    }
}

/// What a backup's file name says: its UTC day and its kind.
struct Named<'a> {
    name: &'a str,
    size: u64,
    day: NaiveDate,
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Daily,
    Manual,
    BeforeRestore,
    BeforeMigration,
    Other,
}

fn parse(name: &str, size: u64) -> Option<Named<'_>> {
    // steppe-YYYYMMDDTHHMMSS-<label>.sqlite[.zst]
    let day = NaiveDate::parse_from_str(name.get(7..15)?, "%Y%m%d").ok()?;
    let label = name.get(23..)?.trim_end_matches(".zst").strip_suffix(".sqlite")?;
    let kind = match label {
        "daily" => Kind::Daily,
        "manual" => Kind::Manual,
        "before-restore" => Kind::BeforeRestore,
        l if l.starts_with("before-v") => Kind::BeforeMigration,
        _ => Kind::Other,
    };
    Some(Named { name, size, day, kind })
}

/// The backups (file name and size in bytes) that the keeping rules of this module remove on
/// `today`, given a `budget` in bytes for all backups together. Names that are not a backup's
/// are never removed.
pub fn backups_to_remove(files: &[(String, u64)], today: NaiveDate, budget: u64) -> Vec<String> {
    let mut named: Vec<Named> = files.iter().filter_map(|(n, s)| parse(n, *s)).collect();
    // Newest first: the time stamp follows the common prefix.
    named.sort_unstable_by(|a, b| b.name.cmp(a.name));
    let mut keep = vec![false; named.len()];
    let mut weeks_seen = std::collections::HashSet::new();
    let mut others_seen: Vec<(Kind, usize)> = Vec::new();
    for (i, b) in named.iter().enumerate() {
        keep[i] = match b.kind {
            Kind::Daily => {
                let age = (today - b.day).num_days();
                let week = b.day.iso_week();
                let newest_of_week = weeks_seen.insert((week.year(), week.week()));
                age < DAILY_DAYS || (age < WEEKLY_DAYS && newest_of_week)
            }
            kind => {
                let seen = match others_seen.iter_mut().find(|(k, _)| *k == kind) {
                    Some((_, n)) => n,
                    None => {
                        others_seen.push((kind, 0));
                        &mut others_seen.last_mut().expect("pushed").1
                    }
                };
                *seen += 1;
                *seen <= OTHERS_KEPT
            }
        };
    }
    if let Some(newest) = keep.first_mut() {
        *newest = true;
    }
    let mut total: u64 = named.iter().zip(&keep).filter(|(_, k)| **k).map(|(b, _)| b.size).sum();
    for i in (1..named.len()).rev() {
        if total <= budget {
            break;
        }
        if keep[i] && named[i].kind == Kind::Daily {
            keep[i] = false;
            total -= named[i].size;
        }
    }
    named.iter().zip(&keep).filter(|(_, k)| !**k).map(|(b, _)| b.name.to_owned()).collect()
}
