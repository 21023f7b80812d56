//! Opening the database file without ever harming a file that is not ours, is damaged,
//! or comes from a newer Steppe; one user of a data folder at a time; backing up before a
//! migration.

use rusqlite::{Connection, OpenFlags};
use std::fs::File;
use std::path::{Path, PathBuf};

use super::{LockHolder, Result, StoreError};

pub const DB_FILE_NAME: &str = "steppe.sqlite";

/// Held (an exclusive `flock`) by the process that has the data folder open. The operating
/// system releases it when that process ends, even when it is killed.
pub const LOCK_FILE_NAME: &str = "steppe.lock";

/// Written when the background check (see upkeep.rs) finds the database damaged; holds what it
/// found. The next open then checks the file whatever its size.
pub(crate) const CHECK_FAILED_FILE: &str = "steppe.check-failed";

/// How long opening waits for another Steppe to let go of the data folder.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

/// Marks the file as Steppe's (`PRAGMA application_id`), "STEP" in ASCII.
const APPLICATION_ID: i64 = 0x5354_4550;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_leech.sql"),
    include_str!("migrations/0003_quiz.sql"),
    include_str!("migrations/0004_card_content.sql"),
    include_str!("migrations/0005_statistics.sql"),
    include_str!("migrations/0006_queue_tally.sql"),
    include_str!("migrations/0007_sync.sql"),
    include_str!("migrations/0008_compact_log.sql"),
    include_str!("migrations/0009_due_per_day.sql"),
    include_str!("migrations/0010_compact_cards.sql"),
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

/// The data folder taken for this process (an exclusive lock on its lock file), and whether
/// taking it made the folder or the lock file.
pub(crate) struct DataDirLock {
    pub file: File,
    made_dir: bool,
    made_file: bool,
}

/// Takes the data folder for this process: refuses when another Steppe has it open or when
/// nothing can be saved there. When it refuses, it leaves no folder or lock file it made.
pub(crate) fn lock_data_dir(data_dir: &Path) -> Result<DataDirLock> {
    let made_dir = !data_dir.is_dir() && data_dir.symlink_metadata().is_err();
    let taken = take_lock(data_dir);
    if taken.is_err() && made_dir {
        // Only when empty: another Steppe's lock file there keeps it.
        let _ = std::fs::remove_dir(data_dir);
    }
    taken.map(|(file, made_file)| DataDirLock { file, made_dir, made_file })
}

/// The locked lock file, and whether it was made here.
fn take_lock(data_dir: &Path) -> Result<(File, bool)> {
    let path = data_dir.join(LOCK_FILE_NAME);
    // A Steppe that is just closing (the app restarted at once) lets go within moments.
    let give_up = std::time::Instant::now() + LOCK_PATIENCE;
    loop {
        create_private_dir(data_dir).map_err(|source| dir_error(data_dir, source))?;
        let (file, made_file) = match File::options().create_new(true).write(true).open(&path) {
            Ok(file) => (file, true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                match File::options().write(true).open(&path) {
                    Ok(file) => (file, false),
                    // Removed in between by a Steppe whose open failed: made again.
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound && std::time::Instant::now() < give_up => {
                        continue;
                    }
                    Err(source) => return Err(dir_error(data_dir, source)),
                }
            }
            // The folder was removed in between by a Steppe whose open failed: made again.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && std::time::Instant::now() < give_up => continue,
            Err(source) => return Err(dir_error(data_dir, source)),
        };
        match file.try_lock() {
            // A Steppe whose open failed removes the lock file it made before letting go of it:
            // the lock then held is on a file no longer in the folder, and is taken again.
            Ok(()) if !is_at(&file, &path) && std::time::Instant::now() < give_up => continue,
            Ok(()) => return Ok((file, made_file)),
            // This very process holds it: waiting would not help, and no other window is to blame.
            Err(std::fs::TryLockError::WouldBlock)
                if lock_holder(&file).is_some_and(|holder| holder.pid == std::process::id()) =>
            {
                return Err(StoreError::OpenedTwice { dir: data_dir.to_owned() });
            }
            Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < give_up => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::AlreadyOpen { dir: data_dir.to_owned(), holder: lock_holder(&file) });
            }
            Err(std::fs::TryLockError::Error(source)) => return Err(dir_error(data_dir, source)),
        }
    }
}

/// The process holding the lock on `file`, as Linux lists it in `/proc/locks`; `None` elsewhere
/// or when the list does not say.
pub(crate) fn lock_holder(file: &File) -> Option<LockHolder> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = file.metadata().ok()?;
        let dev = meta.dev();
        let (major, minor) = (((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff), (dev & 0xff) | ((dev >> 12) & !0xff));
        let exact = format!("{major:02x}:{minor:02x}:{}", meta.ino());
        let inode = format!(":{}", meta.ino());
        let locks = std::fs::read_to_string("/proc/locks").ok()?;
        // "1: FLOCK  ADVISORY  WRITE 2181 fe:00:5751597 0 EOF"; a waiting lock has "->" after the number.
        let held: Vec<(u32, &str)> = locks
            .lines()
            .filter_map(|line| {
                let fields: Vec<&str> = line.split_whitespace().collect();
                (fields.get(1) == Some(&"FLOCK")).then_some(())?;
                Some((fields.get(4)?.parse().ok()?, *fields.get(5)?))
            })
            .collect();
        // On some file systems (overlays) the device listed is not the one `stat` gives: the
        // inode alone then names the file, when only one lock is on such an inode.
        let pid = match held.iter().find(|(_, id)| *id == exact) {
            Some((pid, _)) => *pid,
            None => match held.iter().filter(|(_, id)| id.ends_with(&inode)).collect::<Vec<_>>()[..] {
                [(pid, _)] => *pid,
                _ => return None,
            },
        };
        let program = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok().map(|name| name.trim().to_owned());
        Some(LockHolder { pid, program })
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = file;
        None
    }
}

/// Whether `file` is still the file at `path`.
fn is_at(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), path.metadata()) {
            (Ok(held), Ok(named)) => held.dev() == named.dev() && held.ino() == named.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        // Elsewhere a file held open by another process is not removed from under it.
        let _ = (file, path);
        true
    }
}

/// Which of the database's files existed before an open (taken under the data folder's lock),
/// so that an open that fails (a damaged, foreign or newer database) leaves the folder as it
/// found it: no new database, WAL, shared-memory or lock file, no new folder.
pub(crate) struct Footprint {
    new_files: Vec<PathBuf>,
}

impl Footprint {
    pub(crate) fn before_open(data_dir: &Path) -> Self {
        let names = [
            DB_FILE_NAME.to_owned(),
            format!("{DB_FILE_NAME}-wal"),
            format!("{DB_FILE_NAME}-shm"),
            format!("{DB_FILE_NAME}-journal"),
        ];
        let new_files =
            names.iter().map(|name| data_dir.join(name)).filter(|path| path.symlink_metadata().is_err()).collect();
        Self { new_files }
    }

    /// After a failed open: removes what it made, then lets go of the data folder. The lock
    /// file goes while still held, so that a Steppe waiting for it finds it gone and makes its
    /// own.
    pub(crate) fn undo(self, data_dir: &Path, lock: DataDirLock) {
        for path in &self.new_files {
            let _ = std::fs::remove_file(path);
        }
        if lock.made_file {
            let _ = std::fs::remove_file(data_dir.join(LOCK_FILE_NAME));
        }
        drop(lock.file);
        if lock.made_dir {
            // Only when empty: anything put there meanwhile stays.
            let _ = std::fs::remove_dir(data_dir);
        }
    }
}

fn dir_error(dir: &Path, source: std::io::Error) -> StoreError {
    use std::io::ErrorKind::{PermissionDenied, ReadOnlyFilesystem};
    match source.kind() {
        _ if dir.is_file() => StoreError::DataDirIsFile { path: dir.to_owned() },
        PermissionDenied | ReadOnlyFilesystem => StoreError::ReadOnly { dir: dir.to_owned() },
        _ => StoreError::DataDir { path: dir.to_owned(), source },
    }
}

/// What opening found: the connection, and whether the file existed before.
pub(super) struct Opened {
    pub conn: Connection,
    pub existed: bool,
    /// Whether migrations were committed (which then need syncing).
    pub migrated: bool,
}

pub(super) fn open(data_dir: &Path, check_limit: u64) -> Result<Opened> {
    let path = data_dir.join(DB_FILE_NAME);
    open_file(data_dir, &path, check_limit).map_err(|e| match e {
        // Damage found while reading the schema or migrating: the file is refused all the same.
        StoreError::Sqlite(err)
            if matches!(
                err.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
            ) =>
        {
            StoreError::Corrupt { path: path.clone(), detail: err.to_string() }
        }
        e => e,
    })
}

fn open_file(data_dir: &Path, path: &Path, check_limit: u64) -> Result<Opened> {
    let path = path.to_owned();
    let existed = path.metadata().is_ok_and(|m| m.len() > 0);
    if existed {
        check_header(&path)?;
        if path.metadata().is_ok_and(|m| m.permissions().readonly()) {
            return Err(StoreError::ReadOnly { dir: data_dir.to_owned() });
        }
    }
    let mut conn =
        Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)?;
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
        check_integrity(&conn, data_dir, &path, check_limit)?;
    }
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // A commit survives the app being killed at once, and power loss once the WAL sync thread
    // has synced it, a few milliseconds later (see wal_sync.rs).
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // The WAL sync thread checkpoints instead, off the answer's path.
    conn.pragma_update(None, "wal_autocheckpoint", 0)?;
    // Once the WAL starts over, the commit that does so cuts the file back to this size.
    conn.pragma_update(None, "journal_size_limit", super::wal_sync::CHECKPOINT_AFTER_BYTES as i64)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // Transactions take the write lock when they begin, waiting (the busy timeout) while the WAL
    // thread's checkpoint holds it. A transaction that read first and then wrote would instead
    // fail at once ("database is locked"): SQLite does not wait to turn a read into a write.
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    if version > 0 && version < latest {
        backup(&conn, data_dir, &format!("before-v{}", latest))?;
    }
    let conn = migrate(conn, version)?;
    Ok(Opened { conn, existed, migrated: version < latest })
}

/// Checks the whole file (`PRAGMA quick_check`) when that is quick, because the file is at most
/// `check_limit` bytes, or when the last background check found it damaged. A bigger file is
/// checked in the background with the daily backup (see upkeep.rs), so that opening it stays
/// instant.
fn check_integrity(conn: &Connection, data_dir: &Path, path: &Path, check_limit: u64) -> Result<()> {
    let flagged = data_dir.join(CHECK_FAILED_FILE);
    let len = path.metadata().map(|m| m.len()).unwrap_or(0);
    if len > check_limit && !flagged.exists() {
        // A file cut short is still refused: SQLite finds it shorter than its header says.
        return Ok(());
    }
    let corrupt = |detail: String| StoreError::Corrupt { path: path.to_owned(), detail };
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(|e| corrupt(e.to_string()))?;
    if check != "ok" {
        return Err(corrupt(check));
    }
    let _ = std::fs::remove_file(flagged);
    Ok(())
}

/// The names of the backup files in `dir` (none when it does not exist).
pub(crate) fn backup_names(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| super::backup::is_backup_name(n))
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
    if from > 0 && from < COMPACT_CARDS_VERSION && MIGRATIONS.len() as i64 >= COMPACT_CARDS_VERSION {
        // Migrations 8 and 10 left most of an older file's pages free: give them back to the
        // disk, once.
        conn.execute_batch("VACUUM")?;
    }
    Ok(conn)
}

/// The schema version whose migration numbers the cards in the review log and compresses their
/// content (0010_compact_cards.sql), the last that leaves many pages free.
const COMPACT_CARDS_VERSION: i64 = 10;

/// Copies the database into `backups/`, compressed, and returns the copy's path.
pub(crate) fn backup(conn: &Connection, data_dir: &Path, label: &str) -> Result<PathBuf> {
    super::backup::make(conn, data_dir, label)
}

#[cfg(test)]
mod tests {
    use super::super::{CardRecord, Review, Store};
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
        let deck = crate::content::Deck::builtin().unwrap();
        let cards = crate::cards::generate(&deck);
        store.sync_cards(&crate::cards::cache_key(&deck), &deck.info.id, &cards).unwrap();
        let pages: i64 = store.conn.pragma_query_value(None, "page_count", |r| r.get(0)).unwrap();
        store.conn.pragma_update(None, "max_page_count", pages).unwrap();

        let new = CardRecord { state: CardState::new_card(), suspended: false, leech: false };
        let mut after = new.clone();
        after.state.reps = 1;
        let mut failure = None;
        for (n, card) in cards.iter().enumerate() {
            let (reviews, record) = (store.total_reviews().unwrap(), store.card_record(&card.id).unwrap());
            let review = Review {
                card: &card.id,
                rating: Rating::Good,
                at_ms: n as i64,
                source: "review",
                before: &new,
                after: &after,
            };
            match store.record_answer(&review) {
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

    /// A database of the version before the queue tallies gets them counted from its cards.
    #[test]
    fn the_queue_tallies_are_counted_from_the_cards_of_an_older_database() {
        let dir = tempfile::tempdir().unwrap();
        {
            let conn = rusqlite::Connection::open(dir.path().join(super::super::DB_FILE_NAME)).unwrap();
            for sql in &super::MIGRATIONS[..5] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", 5).unwrap();
            conn.pragma_update(None, "application_id", super::APPLICATION_ID).unwrap();
            // (card, claim, reading, phase, suspended, archived)
            let cards = [
                ("a1", "a", "r1", "new", 0, 0),
                ("a2", "a", "r1", "review", 0, 0),
                ("b1", "b", "r1", "new", 1, 0),
                ("b2", "b", "r1", "learning", 0, 0),
                ("c1", "c", "r2", "new", 0, 1),
                ("d1", "d", "r2", "new", 0, 0),
                ("d2", "d", "r2", "new", 0, 0),
            ];
            for (position, (id, claim, reading, phase, suspended, archived)) in cards.iter().enumerate() {
                conn.execute(
                    "INSERT INTO card (id, claim_id, reading_id, kind, position, phase, suspended, archived) \
                     VALUES (?1, ?2, ?3, 'cloze', ?4, ?5, ?6, ?7)",
                    rusqlite::params![id, claim, reading, position as i64, phase, suspended, archived],
                )
                .unwrap();
            }
        }
        let store = Store::open(dir.path()).unwrap();
        let mut tallies = Vec::new();
        store
            .reading_tallies(|reading, active, new_claims| tallies.push((reading.to_owned(), active, new_claims)))
            .unwrap();
        tallies.sort();
        // r1: a1, a2, b2 active; only claim a has an active new card. r2: d1, d2 of claim d.
        assert_eq!(tallies, [("r1".to_owned(), 3, 1), ("r2".to_owned(), 2, 1)]);
    }
}

#[cfg(test)]
mod background_tests {
    use super::super::{Store, StoreError};
    use super::{CHECK_FAILED_FILE, DB_FILE_NAME};
    use std::path::Path;

    /// A database of the built-in deck's cards, closed.
    fn made(dir: &Path) {
        let mut store = Store::open(dir).unwrap();
        let deck = crate::content::Deck::builtin().unwrap();
        store.sync_cards(&crate::cards::cache_key(&deck), &deck.info.id, &crate::cards::generate(&deck)).unwrap();
    }

    /// A database made in `dir`, then overwritten with garbage from the byte `from(length)` on;
    /// returns its path and its bytes.
    fn damaged(dir: &Path, from: impl Fn(usize) -> usize) -> (std::path::PathBuf, Vec<u8>) {
        made(dir);
        let db = dir.join(DB_FILE_NAME);
        let mut bytes = std::fs::read(&db).unwrap();
        let start = from(bytes.len());
        bytes[start..].iter_mut().enumerate().for_each(|(i, x)| *x = (i % 13) as u8);
        std::fs::write(&db, &bytes).unwrap();
        (db, bytes)
    }

    fn backups(dir: &Path) -> Vec<String> {
        super::backup_names(&dir.join("backups"))
    }

    #[test]
    fn the_daily_backup_is_made_in_the_background_once_a_day() {
        let dir = tempfile::tempdir().unwrap();
        made(dir.path());
        assert!(backups(dir.path()).is_empty(), "a new database has nothing to back up");
        drop(Store::open(dir.path()).unwrap());
        let made_today = backups(dir.path());
        assert_eq!(made_today.len(), 1, "{made_today:?}");
        assert!(made_today[0].ends_with("-daily.sqlite.zst"));
        let packed = dir.path().join("backups").join(&made_today[0]);
        let unpacked = dir.path().join("unpacked.sqlite");
        crate::store::backup::unpack_checked(&packed, &unpacked).unwrap();
        let copy = rusqlite::Connection::open(&unpacked).unwrap();
        let cards: i64 = copy.query_row("SELECT COUNT(*) FROM card", [], |r| r.get(0)).unwrap();
        assert!(cards > 100, "the backup holds the cards: {cards}");
        drop(Store::open(dir.path()).unwrap());
        assert_eq!(backups(dir.path()), made_today, "one a day");
    }

    #[test]
    fn the_daily_backup_clears_its_own_leftovers_but_never_another_backup_being_written() {
        let dir = tempfile::tempdir().unwrap();
        made(dir.path());
        let backups_dir = dir.path().join("backups");
        std::fs::create_dir_all(&backups_dir).unwrap();
        let stale_daily = backups_dir.join(".steppe-20200101T000000-daily.sqlite.partial");
        let manual_in_progress = backups_dir.join(".steppe-20200101T000000-manual.sqlite.partial");
        std::fs::write(&stale_daily, "half").unwrap();
        std::fs::write(&manual_in_progress, "half").unwrap();
        drop(Store::open(dir.path()).unwrap());
        assert!(!stale_daily.exists(), "a daily backup left half-written is removed");
        assert!(manual_in_progress.exists(), "a manual backup being written is left alone");
        assert_eq!(backups(dir.path()).len(), 1, "today's backup was made");
    }

    #[test]
    fn a_big_file_with_damaged_pages_is_found_by_the_background_check_and_refused_at_the_next_open() {
        let dir = tempfile::tempdir().unwrap();
        let (db, bytes) = damaged(dir.path(), |len| len / 2);

        // Treated as big: not checked whole at open, so it opens; the check runs in the background.
        drop(Store::open_checking(dir.path(), 0).unwrap());
        let found = std::fs::read_to_string(dir.path().join(CHECK_FAILED_FILE)).expect("the check leaves a note");
        assert!(!found.is_empty() && found != "ok", "{found}");
        assert!(backups(dir.path()).is_empty(), "a damaged file is not backed up");

        let refused = Store::open_checking(dir.path(), 0).err().expect("the next open checks and refuses");
        assert!(matches!(refused, StoreError::Corrupt { .. }), "{refused:?}");
        assert_eq!(std::fs::read(&db).unwrap(), bytes, "the refused file is untouched");
    }

    #[test]
    fn a_big_file_whose_schema_is_damaged_is_refused_at_open() {
        let dir = tempfile::tempdir().unwrap();
        let (db, bytes) = damaged(dir.path(), |_| 8192);
        let refused = Store::open_checking(dir.path(), 0).err().expect("refused");
        assert!(matches!(&refused, StoreError::Corrupt { .. }), "{refused:?}");
        assert_eq!(std::fs::read(&db).unwrap(), bytes, "untouched");
    }

    #[test]
    fn a_big_file_cut_short_is_refused_at_open_without_a_full_check() {
        for keep in [2, 9] {
            let dir = tempfile::tempdir().unwrap();
            made(dir.path());
            let db = dir.path().join(DB_FILE_NAME);
            let bytes = std::fs::read(&db).unwrap();
            let cut = &bytes[..bytes.len() * keep / 10];
            std::fs::write(&db, cut).unwrap();
            let refused = Store::open_checking(dir.path(), 0).err().expect("refused");
            assert!(matches!(&refused, StoreError::Corrupt { .. }), "{keep}/10: {refused:?}");
            assert_eq!(std::fs::read(&db).unwrap(), cut, "untouched");
        }
    }

    #[test]
    fn stored_cards_are_the_cards_the_deck_makes_and_are_remade_for_another_key() {
        let dir = tempfile::tempdir().unwrap();
        let deck = crate::content::Deck::builtin().unwrap();
        let cards = crate::cards::generate(&deck);
        let key = crate::cards::cache_key(&deck);
        let mut store = Store::open(dir.path()).unwrap();
        assert!(!store.cards_made_for(&key).unwrap());
        store.sync_cards(&key, "d", &cards).unwrap();
        assert!(store.cards_made_for(&key).unwrap());
        assert_eq!(store.cards_of_reading(None).unwrap(), cards, "all of them, in deck order");
        let first = &deck.readings[0].citation.id;
        let of_first: Vec<_> = cards.iter().filter(|c| &c.reading == first).cloned().collect();
        assert_eq!(store.cards_of_reading(Some(first)).unwrap(), of_first);
        assert_eq!(store.card_content(&cards[7].id).unwrap().as_ref(), Some(&cards[7]));

        // Another deck: the cards no longer in it are archived and have no content.
        let fewer = &cards[..10];
        store.sync_cards("another deck", "d", fewer).unwrap();
        assert!(!store.cards_made_for(&key).unwrap());
        assert_eq!(store.cards_of_reading(None).unwrap(), fewer);
        assert_eq!(store.card_content(&cards[20].id).unwrap(), None);
        let archived: i64 =
            store.conn.query_row("SELECT COUNT(*) FROM card WHERE archived = 1", [], |r| r.get(0)).unwrap();
        assert_eq!(archived as usize, cards.len() - 10);
    }

    /// Bytes this process has written so far, through any file.
    #[cfg(target_os = "linux")]
    fn written() -> u64 {
        let io = std::fs::read_to_string("/proc/self/io").unwrap();
        io.lines().find_map(|l| l.strip_prefix("wchar: ")).unwrap().trim().parse().unwrap()
    }

    /// Storing a big deck's cards writes about what the database holds: a statement per card
    /// used to copy the pages each changed to a temporary statement journal, some 50 KB a card
    /// (5 GB for 100,000 cards, most of the first `steppe stats` after a big import).
    #[cfg(target_os = "linux")]
    #[test]
    fn storing_a_big_decks_cards_writes_about_the_size_of_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let deck = crate::content::compile(&crate::synth::deck_files(&crate::synth::DeckSpec {
            claims: 2_000,
            claims_per_reading: 20,
            seed: 7,
        }))
        .unwrap();
        let cards = crate::cards::generate(&deck);
        let mut store = Store::open(dir.path()).unwrap();
        let before = written();
        store.sync_cards("key", &deck.info.id, &cards).unwrap();
        let wrote = written() - before;
        drop(store);
        let db = std::fs::metadata(dir.path().join(DB_FILE_NAME)).unwrap().len();
        // The WAL holds the transaction, the checkpoint copies it; other tests write meanwhile.
        assert!(wrote < 4 * db + (32 << 20), "{} cards: {wrote} bytes written for a {db}-byte database", cards.len());
    }

    #[test]
    fn syncing_an_edited_deck_writes_only_the_cards_that_changed() {
        let dir = tempfile::tempdir().unwrap();
        let deck = crate::content::Deck::builtin().unwrap();
        let mut cards = crate::cards::generate(&deck);
        let mut store = Store::open(dir.path()).unwrap();
        store.sync_cards("v1", "d", &cards).unwrap();
        cards[5].prompt.push_str(" (edited)");
        let before = store.conn.total_changes();
        store.sync_cards("v2", "d", &cards).unwrap();
        // One card's content, and the two settings that name the deck and its cards.
        assert_eq!(store.conn.total_changes() - before, 3);
        assert_eq!(store.card_content(&cards[5].id).unwrap().as_ref(), Some(&cards[5]));
        assert_eq!(store.cards_of_reading(None).unwrap(), cards, "every other card as it was");
    }

    /// The number of WAL syncs done, once it reaches `n` (or after a generous wait).
    fn syncs_reaching(store: &Store, n: u64) -> u64 {
        let wal_sync = store.wal_sync.as_ref().expect("a file store syncs");
        let give_up = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while wal_sync.syncs() < n && std::time::Instant::now() < give_up {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        wal_sync.syncs()
    }

    #[test]
    fn the_wal_is_copied_back_into_the_database_in_the_background() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let db_len = || std::fs::metadata(dir.path().join(DB_FILE_NAME)).unwrap().len();
        let small = db_len();
        let value = "x".repeat(256 << 10);
        for n in 0..24 {
            store.put_setting(&format!("big{n}"), &value).unwrap();
        }
        // One checkpoint copies what the WAL held when it passed its 4 MiB threshold: most of the
        // 6 MiB written, though how much depends on when the background thread ran.
        let give_up = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while db_len() < 3 << 20 && std::time::Instant::now() < give_up {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(db_len() >= 3 << 20, "checkpointed while open: {small} -> {} bytes", db_len());
    }

    /// A burst of writes (here one big transaction) grows the WAL; once it is checkpointed, the
    /// next commit starts the WAL over and cuts the file back to the threshold. It used to keep
    /// its largest size for as long as the app stayed open.
    #[test]
    fn the_wal_is_cut_back_after_a_burst_of_writes() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let deck = crate::content::Deck::builtin().unwrap();
        store.sync_cards(&crate::cards::cache_key(&deck), &deck.info.id, &crate::cards::generate(&deck)).unwrap();
        let wal = dir.path().join(format!("{DB_FILE_NAME}-wal"));
        let wal_len = || std::fs::metadata(&wal).map_or(0, |m| m.len());
        let syncs = syncs_reaching(&store, 1);
        store.put_setting("burst", &"x".repeat(24 << 20)).unwrap();
        assert!(wal_len() > 24 << 20, "{}", wal_len());
        // The background thread has synced and checkpointed the burst.
        syncs_reaching(&store, syncs + 1);
        store.put_setting("burst", "").unwrap();
        let limit = super::super::wal_sync::CHECKPOINT_AFTER_BYTES;
        assert!(wal_len() <= limit, "the WAL is still {} bytes", wal_len());
    }

    /// While another connection holds the write lock (the WAL thread's checkpoint does, for a
    /// moment), a transaction that reads before it writes waits for it rather than fail with
    /// "database is locked".
    #[test]
    fn a_transaction_that_reads_then_writes_waits_for_a_checkpoint_holding_the_write_lock() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        store.put_setting("n", "0").unwrap();
        let (taken, take) = std::sync::mpsc::channel();
        let (release, released) = std::sync::mpsc::channel::<()>();
        let db = dir.path().join(DB_FILE_NAME);
        let holder = std::thread::spawn(move || {
            let other = rusqlite::Connection::open(db).unwrap();
            other.execute_batch("BEGIN IMMEDIATE").unwrap();
            taken.send(()).unwrap();
            // Until the main thread is about to write, and then a little longer.
            released.recv().unwrap();
            std::thread::sleep(std::time::Duration::from_millis(100));
            other.execute_batch("COMMIT").unwrap();
        });
        take.recv().unwrap();
        release.send(()).unwrap();
        let read_then_written = store.transact(|tx| {
            let n: String = tx.query_row("SELECT value FROM setting WHERE key = 'n'", [], |r| r.get(0))?;
            tx.execute("UPDATE setting SET value = ?1 WHERE key = 'n'", [format!("{n}1")])?;
            Ok(())
        });
        holder.join().unwrap();
        read_then_written.expect("the transaction waited for the lock");
        assert_eq!(store.setting("n").unwrap().as_deref(), Some("01"));
    }

    #[test]
    fn every_commit_is_followed_by_a_sync_of_the_wal() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let before = syncs_reaching(&store, 1);
        assert!(before >= 1, "the migrations were synced");
        store.put_setting("k", "v").unwrap();
        assert!(syncs_reaching(&store, before + 1) > before, "the setting was synced");
    }
}
