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
//! once the WAL has grown past a few megabytes, so that an answer never waits for a checkpoint
//! either; the main connection's automatic checkpoints are off.

use rusqlite::Connection;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, mpsc};
use std::thread::JoinHandle;

/// The WAL size above which the thread checkpoints (SQLite's own default is about 4 MB).
const CHECKPOINT_AFTER_BYTES: u64 = 4 << 20;

pub(super) struct WalSync {
    wake: Option<mpsc::Sender<()>>,
    worker: Option<JoinHandle<()>>,
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
        let worker = std::thread::Builder::new()
            .name("steppe-wal-sync".into())
            .spawn(move || {
                let checkpointer = Connection::open(&db).ok();
                while woken.recv().is_ok() {
                    // Commits made before this sync starts are all covered by it.
                    while woken.try_recv().is_ok() {}
                    // Any descriptor of the file syncs its data; a missing WAL (just checkpointed
                    // and removed) has nothing left to sync.
                    if let Ok(file) = std::fs::File::open(&wal) {
                        let _ = file.sync_data();
                        let grown = file.metadata().is_ok_and(|m| m.len() > CHECKPOINT_AFTER_BYTES);
                        if let Some(conn) = checkpointer.as_ref().filter(|_| grown) {
                            // PASSIVE: copies what no reader needs, never waits for the writer.
                            let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                        }
                    }
                    count.fetch_add(1, Ordering::Release);
                }
            })
            .ok();
        Self { wake: Some(wake), worker, synced }
    }

    /// Asks for a sync of what has been committed so far.
    pub(super) fn committed(&self) {
        if let Some(wake) = &self.wake {
            let _ = wake.send(());
        }
    }

    /// How many syncs have finished.
    #[cfg(test)]
    pub(super) fn syncs(&self) -> u64 {
        self.synced.load(Ordering::Acquire)
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
