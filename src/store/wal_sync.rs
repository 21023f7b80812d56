//! Makes commits durable off the answer's path.
//!
//! The database runs in WAL mode with `synchronous=NORMAL`: a commit is written to the WAL file
//! (so it survives the app being killed the moment after) but not synced to the disk. Syncing on
//! every commit (`FULL`) costs a few milliseconds per answer, more than all the rest of the work.
//! Instead, each commit wakes this thread, which syncs the WAL file at once; commits that come
//! while it syncs are covered by its next sync. A power cut can so lose only the answers of the
//! last few milliseconds, never leave the file inconsistent; closing the database syncs the rest.
//!
//! The same thread copies the WAL back into the database (a checkpoint, which syncs both files)
//! once the WAL has grown past a few megabytes, so that an answer seldom waits for a checkpoint
//! either; the main connection's automatic checkpoints are off. The checkpoint is a RESTART one:
//! it holds the next write back for the moment it takes to copy the WAL, then waits for readers
//! to be done with it, so that the next commit writes from the start of the WAL again and cuts
//! the file back to [`CHECKPOINT_AFTER_BYTES`] (`journal_size_limit`). A checkpoint that only
//! copies (PASSIVE) never lets the WAL start over while answers keep coming, since each adds to
//! it during the copy: the WAL then grows without end (a gigabyte in seconds of fast writes).
//!
//! When writes come faster than this thread can sync and copy (an import, a script answering
//! in a loop), the writer checkpoints itself once the WAL passes [`WRITER_CHECKPOINT_BYTES`], so
//! the WAL stays within a few times its threshold under any write rate.

use rusqlite::Connection;
use std::cell::Cell;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;

/// The WAL size above which the thread checkpoints (SQLite's own default is about 4 MB); also
/// the size a WAL that starts over is cut back to.
pub(super) const CHECKPOINT_AFTER_BYTES: u64 = 4 << 20;

/// The WAL size above which the writer, after its commit, checkpoints itself: only reached when
/// writes outrun the thread.
pub(super) const WRITER_CHECKPOINT_BYTES: u64 = 4 * CHECKPOINT_AFTER_BYTES;

/// How long the thread's RESTART checkpoint waits for a reader (the daily backup) to finish with
/// the WAL or for a write in progress to end; meanwhile the next write waits for it. When it
/// cannot restart in time, it tries again once the WAL has grown by another threshold.
const RESTART_PATIENCE: std::time::Duration = std::time::Duration::from_millis(200);

pub(super) struct WalSync {
    wake: Option<mpsc::Sender<()>>,
    worker: Option<JoinHandle<()>>,
    wal: PathBuf,
    /// The WAL size past which the writer checkpoints; raised after a checkpoint that could not
    /// restart the WAL (a reader held it), so that the writer does not wait at every commit.
    writer_restart_past: Cell<u64>,
    /// Held by whichever of the thread and the writer is checkpointing, so that neither finds
    /// the other's checkpoint in its way (SQLite refuses a second one at once).
    checkpointing: Arc<Mutex<()>>,
    #[cfg_attr(not(test), allow(dead_code))]
    synced: Arc<AtomicU64>,
}

impl WalSync {
    /// Starts the thread that syncs `<db>-wal`.
    pub(super) fn start(db: PathBuf) -> Self {
        let (wake, woken) = mpsc::channel::<()>();
        let synced = Arc::new(AtomicU64::new(0));
        let count = Arc::clone(&synced);
        let mut wal = db.clone().into_os_string();
        wal.push("-wal");
        let wal = PathBuf::from(wal);
        let thread_wal = wal.clone();
        let checkpointing = Arc::new(Mutex::new(()));
        let thread_checkpointing = Arc::clone(&checkpointing);
        let worker = std::thread::Builder::new()
            .name("steppe-wal-sync".into())
            .spawn(move || {
                let (wal, checkpointing) = (thread_wal, thread_checkpointing);
                let checkpointer = Connection::open(&db).ok().filter(|conn| {
                    conn.busy_timeout(RESTART_PATIENCE).is_ok()
                        && conn.pragma_update(None, "journal_size_limit", CHECKPOINT_AFTER_BYTES as i64).is_ok()
                });
                // The WAL size past which a checkpoint is made.
                let mut restart_past = CHECKPOINT_AFTER_BYTES;
                while woken.recv().is_ok() {
                    // Commits made before this sync starts are all covered by it.
                    while woken.try_recv().is_ok() {}
                    // Any descriptor of the file syncs its data; a missing WAL (just checkpointed
                    // and removed) has nothing left to sync.
                    if let Ok(file) = std::fs::File::open(&wal) {
                        let _ = file.sync_data();
                        let len = file.metadata().map_or(0, |m| m.len());
                        if let Some(conn) = checkpointer.as_ref().filter(|_| len > restart_past) {
                            let _turn = checkpointing.lock();
                            restart_past = match restart(conn) {
                                Restart::Done => CHECKPOINT_AFTER_BYTES,
                                Restart::OtherCheckpoint | Restart::ReaderHeld => len + CHECKPOINT_AFTER_BYTES,
                            };
                        }
                    }
                    count.fetch_add(1, Ordering::Release);
                }
            })
            .ok();
        Self {
            wake: Some(wake),
            worker,
            wal,
            writer_restart_past: Cell::new(WRITER_CHECKPOINT_BYTES),
            checkpointing,
            synced,
        }
    }

    /// Asks for a sync of what `writer` has committed so far; checkpoints on `writer` itself
    /// when the WAL has grown far past its threshold.
    pub(super) fn committed(&self, writer: &Connection) {
        if let Some(wake) = &self.wake {
            let _ = wake.send(());
        }
        let len = std::fs::metadata(&self.wal).map_or(0, |m| m.len());
        if len > self.writer_restart_past.get() {
            // Waits for the thread's checkpoint, if one is running, rather than find it in the way.
            let _turn = self.checkpointing.lock();
            match restart(writer) {
                Restart::Done => self.writer_restart_past.set(WRITER_CHECKPOINT_BYTES),
                Restart::OtherCheckpoint | Restart::ReaderHeld => {
                    self.writer_restart_past.set(len + WRITER_CHECKPOINT_BYTES)
                }
            }
        }
    }

    /// How many syncs have finished.
    #[cfg(test)]
    pub(super) fn syncs(&self) -> u64 {
        self.synced.load(Ordering::Acquire)
    }
}

/// What a RESTART checkpoint did.
#[derive(Debug)]
enum Restart {
    /// The WAL is copied and no reader needs it: the next commit writes from its start.
    Done,
    /// Another connection was checkpointing, so nothing was done.
    OtherCheckpoint,
    /// A reader still needed the WAL, or a writer did not let go, in time; what could be copied
    /// was.
    ReaderHeld,
}

/// Copies what is left of the WAL into the database, holding writes back meanwhile, and waits
/// (the connection's busy timeout) for readers to be done with it.
fn restart(conn: &Connection) -> Restart {
    // (busy, frames in the WAL, frames copied); the frames are -1 when another checkpoint ran.
    match conn.query_row("PRAGMA wal_checkpoint(RESTART)", [], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))) {
        Ok((0, _)) => Restart::Done,
        Ok((_, -1)) => Restart::OtherCheckpoint,
        _ => Restart::ReaderHeld,
    }
}

impl Drop for WalSync {
    fn drop(&mut self) {
        self.wake = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}
