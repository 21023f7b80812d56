//! Damaged files and misuse: each is refused with a clear message, nothing is overwritten, and
//! there is a way out.

use std::path::Path;

use steppe::recovery::{self, Recovery};
use steppe::schedule::Rating;
use steppe::{Collection, Error, StoreError};

use crate::{clock, small_deck};

fn open(dir: &Path) -> steppe::Result<Collection> {
    Collection::open(dir, small_deck(), Box::new(clock()))
}

/// A database with two answers and a backup holding the first of them.
fn studied_with_backup(dir: &Path) {
    let mut c = open(dir).unwrap();
    c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
    c.backup_now().unwrap();
    c.answer(&"embassy:cloze".into(), Rating::Good).unwrap();
}

fn db(dir: &Path) -> std::path::PathBuf {
    dir.join(steppe::DB_FILE_NAME)
}

/// The ways a file can be ruined: cut short, zeroed, or overwritten with garbage.
fn damage(dir: &Path, how: &str) {
    for wal in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{wal}", db(dir).display()));
    }
    let bytes = std::fs::read(db(dir)).unwrap();
    let ruined = match how {
        "truncated" => bytes[..bytes.len() / 3].to_vec(),
        "zeroed" => vec![0; bytes.len()],
        "garbage" => (0..bytes.len()).map(|i| (i * 7919 % 251) as u8).collect(),
        "damaged pages" => {
            let mut b = bytes.clone();
            b[4096..].iter_mut().enumerate().for_each(|(i, x)| *x = (i % 13) as u8);
            b
        }
        _ => unreachable!(),
    };
    std::fs::write(db(dir), ruined).unwrap();
}

#[test]
fn a_truncated_zeroed_or_garbage_file_is_refused_untouched_and_the_newest_backup_restores() {
    for how in ["truncated", "zeroed", "garbage", "damaged pages"] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        studied_with_backup(dir);
        damage(dir, how);
        let ruined = std::fs::read(db(dir)).unwrap();

        let err = open(dir).err().unwrap_or_else(|| panic!("a {how} file is refused"));
        let report = err.report();
        assert!(["db_corrupt", "not_a_steppe_database"].contains(&report.code.as_str()), "{how}: {report:?}");
        assert!(report.message.contains("Steppe leaves it untouched"), "{how}: {}", report.message);
        assert_eq!(std::fs::read(db(dir)).unwrap(), ruined, "{how}: the refused file is not written to");
        let problem = recovery::problem(dir, &report);
        assert!(problem.recoverable, "{how}");
        assert!(problem.newest_backup.is_some(), "{how}: the backup is offered");

        let kept = recovery::recover(dir, Recovery::RestoreNewestBackup).unwrap();
        assert_eq!(std::fs::read(&kept).unwrap(), ruined, "{how}: the damaged file is kept aside as it was");
        assert!(kept.file_name().unwrap().to_string_lossy().starts_with("steppe.sqlite.damaged-"));
        let mut c = open(dir).unwrap();
        assert_eq!(c.stats().unwrap().reviews_total, 1, "{how}: the backup's answer is back");
        c.answer(&"embassy:cloze".into(), Rating::Good).expect("studying works again");
    }
}

/// The names in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

/// A refused database leaves the data folder as it was: no lock file, WAL or shared-memory file
/// beside it (an empty `steppe.lock` used to stay), and the message says what the file is.
#[test]
fn a_refused_database_leaves_nothing_beside_it() {
    let foreign = |db: &Path| {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');").unwrap();
    };
    let newer = |db: &Path| {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA user_version = 99;").unwrap();
        conn.pragma_update(None, "application_id", 0x5354_4550).unwrap();
    };
    let cases: [(&str, &str, &str); 6] = [
        ("truncated", "db_corrupt", "is damaged (parts of it cannot be read"),
        ("zeroed", "not_a_steppe_database", "it is not a database file at all"),
        ("garbage", "not_a_steppe_database", "it is not a database file at all"),
        ("damaged pages", "db_corrupt", "is damaged (parts of it cannot be read"),
        ("foreign", "not_a_steppe_database", "it is another program's database"),
        ("newer", "db_newer_than_app", "was written by a newer Steppe"),
    ];
    for (how, code, says) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        match how {
            "foreign" => foreign(&db(dir)),
            "newer" => newer(&db(dir)),
            _ => {
                drop(open(dir).unwrap());
                std::fs::remove_file(dir.join(steppe::LOCK_FILE_NAME)).unwrap();
                damage(dir, how);
            }
        }
        let before = listing(dir);
        let bytes = std::fs::read(db(dir)).unwrap();
        let report = open(dir).err().unwrap_or_else(|| panic!("a {how} file is refused")).report();
        assert_eq!(report.code, code, "{how}: {}", report.message);
        assert!(report.message.contains(says), "{how}: {}", report.message);
        assert!(report.message.contains("Steppe leaves it untouched") || how == "newer", "{how}: {}", report.message);
        assert_eq!(listing(dir), before, "{how}: nothing is left beside the refused file");
        assert_eq!(std::fs::read(db(dir)).unwrap(), bytes, "{how}: the file is untouched");
    }
}

#[test]
fn starting_fresh_keeps_the_damaged_file_aside() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(db(dir), vec![0u8; 8192]).unwrap();
    let report = open(dir).err().expect("a zeroed file is refused").report();
    let problem = recovery::problem(dir, &report);
    assert_eq!((problem.recoverable, problem.newest_backup), (true, None));
    let err = recovery::recover(dir, Recovery::RestoreNewestBackup).unwrap_err();
    assert_eq!(err.report().code, "no_backup", "{err}");
    assert_eq!(std::fs::read(db(dir)).unwrap(), vec![0u8; 8192], "a failed recovery changes nothing");

    let kept = recovery::recover(dir, Recovery::StartFresh).unwrap();
    assert_eq!(std::fs::read(kept).unwrap(), vec![0u8; 8192]);
    let c = open(dir).unwrap();
    assert_eq!(c.stats().unwrap().reviews_total, 0);
}

#[test]
fn recovery_never_touches_a_healthy_or_newer_database() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    studied_with_backup(dir);
    let err = recovery::recover(dir, Recovery::StartFresh).unwrap_err();
    assert!(err.to_string().contains("opens fine; there is nothing to recover"), "{err}");
    assert_eq!(open(dir).unwrap().stats().unwrap().reviews_total, 2);

    let conn = rusqlite::Connection::open(db(dir)).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let report = open(dir).err().expect("refused").report();
    assert_eq!(report.code, "db_newer_than_app");
    assert!(report.message.contains("update Steppe"), "{}", report.message);
    assert!(!recovery::problem(dir, &report).recoverable);
    assert_eq!(recovery::recover(dir, Recovery::StartFresh).unwrap_err().report().code, "db_newer_than_app");
    assert!(db(dir).exists(), "the newer file stays where it is");
}

#[test]
fn a_second_opener_of_the_same_data_folder_is_refused_until_the_first_closes() {
    let tmp = tempfile::tempdir().unwrap();
    let mut other = LockedByAnotherProcess::new(tmp.path());
    let err = open(tmp.path()).err().expect("the second is refused");
    let Error::Store(StoreError::AlreadyOpen { holder, .. }) = &err else { panic!("{err}") };
    assert_eq!(holder.as_ref().map(|h| h.pid), Some(other.pid()), "the holder is named: {err}");
    assert_eq!(err.report().code, "already_open");
    assert!(err.to_string().starts_with("Steppe is already open"), "{err}");
    assert!(err.to_string().contains(&format!("(process {}, `flock`)", other.pid())), "{err}");
    other.release();
    open(tmp.path()).expect("free again once the first is closed");
}

/// Opening a data folder that this very process has open (no other window exists) says so at
/// once, and never blames another window.
#[test]
fn a_folder_opened_twice_in_one_process_is_not_blamed_on_another_window() {
    let tmp = tempfile::tempdir().unwrap();
    let first = open(tmp.path()).unwrap();
    let err = open(tmp.path()).err().expect("the second is refused");
    assert!(matches!(err, Error::Store(StoreError::OpenedTwice { .. })), "{err}");
    let report = err.report();
    assert_eq!(report.code, "opened_twice");
    assert!(report.message.contains("no other window is involved"), "{}", report.message);
    assert!(!report.message.contains("another Steppe window"), "{}", report.message);
    assert!(!recovery::problem(tmp.path(), &report).recoverable, "nothing to set aside");
    drop(first);
    open(tmp.path()).expect("free again once the first is closed");
}

/// The data folder's lock file held by another process (`flock`, as another Steppe would hold it).
pub struct LockedByAnotherProcess(std::process::Child);

impl LockedByAnotherProcess {
    pub fn new(dir: &Path) -> Self {
        std::fs::create_dir_all(dir).unwrap();
        let lock = dir.join(steppe::LOCK_FILE_NAME);
        // `--close`: only flock holds the lock, and `cat` ends it when its input is closed.
        let child = std::process::Command::new("flock")
            .args(["--exclusive", "--close"])
            .arg(&lock)
            .arg("cat")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("flock (util-linux) runs");
        // Held once a lock of our own would have to wait.
        let file = std::fs::File::options().create(true).truncate(false).write(true).open(&lock).unwrap();
        while file.try_lock().map(|()| file.unlock().unwrap()).is_ok() {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Self(child)
    }

    pub fn pid(&self) -> u32 {
        self.0.id()
    }

    /// Lets go of the lock: the other process ends.
    pub fn release(&mut self) {
        drop(self.0.stdin.take());
        assert!(self.0.wait().unwrap().success());
    }
}

impl Drop for LockedByAnotherProcess {
    fn drop(&mut self) {
        drop(self.0.stdin.take());
        let _ = self.0.wait();
    }
}

#[test]
fn a_read_only_database_or_folder_is_refused_with_a_clear_message_and_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    studied_with_backup(dir);
    let before = std::fs::read(db(dir)).unwrap();
    std::fs::set_permissions(db(dir), std::fs::Permissions::from_mode(0o444)).unwrap();
    let err = open(dir).err().expect("a read-only file is refused");
    assert_eq!(err.report().code, "read_only", "{err}");
    assert!(err.to_string().contains("cannot save in"), "{err}");
    assert_eq!(std::fs::read(db(dir)).unwrap(), before);
    std::fs::set_permissions(db(dir), std::fs::Permissions::from_mode(0o644)).unwrap();

    // A folder that cannot be written to (permission bits do not stop root, so this part runs
    // only where they apply).
    let folder = dir.join("locked");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(folder.join("probe"), "x").is_err() {
        let err = open(&folder).err().expect("a read-only folder is refused");
        assert_eq!(err.report().code, "read_only", "{err}");
    }
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}
