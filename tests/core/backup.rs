//! Backups: compressed copies that are real databases, the keeping rules, and restores that are
//! checked before they replace anything (old uncompressed backups included).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use steppe::Collection;
use steppe::backups::{COMPRESSED, backups_to_remove};
use steppe::schedule::Rating;

use crate::{clock, small_deck};

/// The database inside the backup file `path`, unpacked to a temporary file and opened.
pub fn unpacked(path: &Path) -> rusqlite::Connection {
    let file = tempfile::NamedTempFile::new().unwrap();
    let bytes = std::fs::read(path).unwrap();
    let bytes =
        if path.to_string_lossy().ends_with(COMPRESSED) { zstd::decode_all(&bytes[..]).unwrap() } else { bytes };
    std::fs::write(file.path(), bytes).unwrap();
    let path = file.into_temp_path().keep().unwrap();
    rusqlite::Connection::open(path).unwrap()
}

fn opened(dir: &Path) -> Collection {
    Collection::open(dir, small_deck(), Box::new(clock())).unwrap()
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// Every file in `dir` with its bytes, to show that nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.to_string_lossy().ends_with(".lock"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_backup_is_a_zstd_file_of_a_database_that_passes_its_integrity_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = opened(dir.path());
    c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
    let path = c.backup_now().unwrap();
    assert!(name_of(&path).ends_with("-manual.sqlite.zst"), "{path:?}");
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..4], &[0x28, 0xb5, 0x2f, 0xfd], "a zstd frame");
    let raw = zstd::decode_all(&bytes[..]).expect("a whole zstd stream");
    assert_eq!(&raw[..16], b"SQLite format 3\0");
    assert!(bytes.len() * 2 < raw.len(), "compressed: {} of {} bytes", bytes.len(), raw.len());

    let db = unpacked(&path);
    let check: String = db.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let reviews: i64 = db.query_row("SELECT COUNT(*) FROM review_log", [], |r| r.get(0)).unwrap();
    assert_eq!(reviews, 1, "the backup holds the answer");
    let listed = c.backups().unwrap();
    let entry = listed.iter().find(|b| b.name == name_of(&path)).expect("listed");
    assert_eq!(entry.size, bytes.len() as u64, "listed with its size on disk");
}

fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(n)
}

fn file(date: NaiveDate, label: &str) -> String {
    format!("steppe-{}T030000-{label}{COMPRESSED}", date.format("%Y%m%d"))
}

/// Sixty days of a student opening the app every day (2026-01-01, a Thursday, to 2026-03-01, a
/// Sunday), with a backup by hand every ten days and one migration; the rules run after each
/// day's backups, as the app runs them.
#[test]
fn over_sixty_days_the_keeping_rules_keep_a_week_of_daily_backups_then_one_a_week_for_a_month() {
    let mut files: Vec<(String, u64)> = vec![("notes.txt".to_owned(), 1)];
    for n in 0..60 {
        files.push((file(day(n), "daily"), 1000));
        if n % 10 == 0 {
            files.push((file(day(n), "manual"), 1000));
        }
        if n == 5 {
            files.push((file(day(n), "before-v7"), 1000));
        }
        let removed = backups_to_remove(&files, day(n), u64::MAX);
        files.retain(|(name, _)| !removed.contains(name));
    }
    let mut kept: Vec<String> = files.into_iter().map(|(name, _)| name).collect();
    kept.sort();
    let d = |m: u32, d: u32| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let mut expected = vec![
        "notes.txt".to_owned(),
        // The migration's backup: the only one of its kind.
        file(d(1, 6), "before-v7"),
        // The newest three by hand (days 30, 40 and 50).
        file(d(1, 31), "manual"),
        file(d(2, 10), "manual"),
        file(d(2, 20), "manual"),
        // One a week for the weeks 7 to 34 days old: the Sunday that ends each ISO week.
        file(d(2, 1), "daily"),
        file(d(2, 8), "daily"),
        file(d(2, 15), "daily"),
        file(d(2, 22), "daily"),
    ];
    // Every day of the last week, today included.
    expected.extend((23..=28).map(|n| file(d(2, n), "daily")));
    expected.push(file(d(3, 1), "daily"));
    expected.sort();
    assert_eq!(kept, expected);
}

#[test]
fn when_the_backups_outgrow_the_budget_the_oldest_daily_ones_go_first_and_the_newest_stays() {
    let files: Vec<(String, u64)> = vec![
        (file(day(0), "manual"), 30),
        (file(day(1), "daily"), 30),
        (file(day(2), "daily"), 30),
        (file(day(3), "daily"), 30),
        (file(day(4), "daily"), 30),
    ];
    let removed = backups_to_remove(&files, day(4), 100);
    assert_eq!(removed, [file(day(2), "daily"), file(day(1), "daily")], "120 bytes kept is still too many; 90 fit");
    let removed = backups_to_remove(&files[4..], day(4), 10);
    assert!(removed.is_empty(), "the newest backup is kept whatever its size");
}

#[test]
fn a_truncated_backup_is_refused_with_its_name_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = opened(dir.path());
    c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
    let path = c.backup_now().unwrap();
    c.answer(&"embassy:cloze".into(), Rating::Good).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    // And a whole zstd stream of a damaged database.
    let mut raw = zstd::decode_all(&bytes[..]).unwrap();
    let (page, len) = (4096, raw.len());
    raw[2 * page..len - page].iter_mut().enumerate().for_each(|(i, b)| *b = (i % 251) as u8);
    let damaged = dir.path().join("backups").join(format!("steppe-20251231T000000-manual{COMPRESSED}"));
    std::fs::write(&damaged, zstd::encode_all(&raw[..], 3).unwrap()).unwrap();

    let before = (snapshot(dir.path()), snapshot(&dir.path().join("backups")));
    for broken in [name_of(&path), name_of(&damaged)] {
        let err = c.restore_backup(&broken).unwrap_err();
        assert_eq!(err.report().code, "storage", "{err}");
        assert!(err.to_string().contains(&broken), "the error names the backup: {err}");
        assert!(err.to_string().contains("Nothing was changed"), "{err}");
    }
    assert_eq!((snapshot(dir.path()), snapshot(&dir.path().join("backups"))), before, "no file changed");
    assert!(!dir.path().join("restore").exists(), "nothing is left half-restored");
    assert_eq!(c.stats().unwrap().reviews_total, 2, "the current data is untouched and still open");
}

#[test]
fn an_uncompressed_backup_of_an_older_version_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = opened(dir.path());
    c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
    let packed = c.backup_now().unwrap();
    let old = dir.path().join("backups").join("steppe-20251201T080000-daily.sqlite");
    std::fs::write(&old, zstd::decode_all(&std::fs::read(&packed).unwrap()[..]).unwrap()).unwrap();
    std::fs::remove_file(&packed).unwrap();
    c.answer(&"embassy:cloze".into(), Rating::Good).unwrap();

    let listed = c.backups().unwrap();
    assert!(listed.iter().any(|b| b.name == name_of(&old)), "listed: {listed:?}");
    c.restore_backup(&name_of(&old)).unwrap();
    assert_eq!(c.stats().unwrap().reviews_total, 1, "the data of the old backup is back");
    drop(c);
    let c = opened(dir.path());
    assert_eq!(c.stats().unwrap().reviews_total, 1, "and it is the live database");
    let safety =
        c.backups().unwrap().into_iter().find(|b| b.name.ends_with("-before-restore.sqlite.zst")).expect("kept");
    let db = unpacked(&dir.path().join("backups").join(safety.name));
    let reviews: i64 = db.query_row("SELECT COUNT(*) FROM review_log", [], |r| r.get(0)).unwrap();
    assert_eq!(reviews, 2, "what was replaced is kept as a compressed backup");
}
