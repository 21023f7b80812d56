//! Backups of the study data and restoring one, and fitting the scheduler's parameters to the
//! student's review log.

use std::path::PathBuf;

use super::{Collection, PARAMETERS_KEY, SETTINGS_KEY, make_cards};
use crate::error::{Error, Result};
use crate::ids::CardId;
use crate::schedule::{self, OptimizeError, ReviewEvent, Scheduler, SchedulerConfig};
use crate::store::{DB_FILE_NAME, Store, StoreError};
use crate::views::BackupInfo;

/// A backup by hand of a collection's data folder, made apart from the collection.
pub struct BackupMaker {
    data_dir: PathBuf,
}

impl BackupMaker {
    /// Makes the backup and returns its path.
    pub fn make(self) -> Result<PathBuf> {
        Ok(Store::backup_apart(&self.data_dir, "manual")?)
    }
}

impl Collection {
    /// The backups in the data folder, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        let dir = self.data_dir.join("backups");
        let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(Vec::new()) };
        let mut out: Vec<BackupInfo> = entries
            .filter_map(|e| e.ok())
            .filter(|e| crate::store::is_backup_name(&e.file_name().to_string_lossy()))
            .filter_map(|e| {
                let size = e.metadata().ok()?.len();
                Some(BackupInfo { name: e.file_name().to_string_lossy().into_owned(), size })
            })
            .collect();
        out.sort_by(|a, b| b.name.cmp(&a.name));
        Ok(out)
    }

    /// Replaces the study data with the backup called `name` (from [`Collection::backups`]).
    /// The backup is unpacked to a temporary file and checked whole (`PRAGMA integrity_check`,
    /// then opened) before anything is replaced; a damaged or truncated backup is refused with
    /// an error naming it and changes nothing. The current data is backed up before it is
    /// replaced, so a restore can itself be undone by restoring that copy.
    pub fn restore_backup(&mut self, name: &str) -> Result<()> {
        let backups = self.data_dir.join("backups");
        if name.contains(['/', '\\']) || !self.backups()?.iter().any(|b| b.name == name) {
            return Err(Error::NotFound(crate::notice!(MissingBackup, name = name)));
        }
        let staging = self.data_dir.join("restore");
        let _ = std::fs::remove_dir_all(&staging);
        let io = |e: std::io::Error| Error::Store(StoreError::DataDir { path: staging.clone(), source: e });
        std::fs::create_dir_all(&staging).map_err(io)?;
        let checked = Store::unpack_backup(&backups.join(name), &staging.join(DB_FILE_NAME))
            .and_then(|()| Store::verify(&staging));
        if let Err(e) = checked {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e.into());
        }
        self.store.backup(&self.data_dir, "before-restore")?;
        drop(std::mem::replace(&mut self.store, Store::placeholder()?));
        let live = self.data_dir.join(DB_FILE_NAME);
        for stale in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(self.data_dir.join(format!("{DB_FILE_NAME}{stale}")));
        }
        std::fs::rename(staging.join(DB_FILE_NAME), &live).map_err(io)?;
        let _ = std::fs::remove_dir_all(&staging);
        self.store = Store::open(&self.data_dir)?;
        self.browse_index = Default::default();
        make_cards(&mut self.store, &self.deck)?;
        self.settings =
            self.store.setting(SETTINGS_KEY)?.and_then(|v| serde_json::from_str(&v).ok()).unwrap_or_default();
        let parameters = self.store.setting(PARAMETERS_KEY)?.and_then(|v| serde_json::from_str(&v).ok());
        let config = SchedulerConfig {
            desired_retention: self.settings.desired_retention,
            parameters: parameters.unwrap_or_default(),
            ..self.scheduler.config().clone()
        };
        self.scheduler = Scheduler::new(config)?;
        self.queue.replace(None);
        Ok(())
    }

    /// Copies the database to `backups/` in the data folder, compressed, and returns the copy's
    /// path.
    pub fn backup_now(&self) -> Result<PathBuf> {
        self.backup_maker().make()
    }

    /// A backup by hand to make without holding the collection: [`BackupMaker::make`] copies the
    /// database on a connection of its own, so answers can be saved while it runs.
    pub fn backup_maker(&self) -> BackupMaker {
        BackupMaker { data_dir: self.data_dir.clone() }
    }

    /// Fits FSRS parameters to this student's review log and uses them from now on.
    /// `progress(done, total)` is called while it runs. Declines below the minimum history.
    pub fn optimize(&mut self, progress: &mut dyn FnMut(usize, usize)) -> Result<Vec<f32>> {
        let offset = self.now().offset().local_minus_utc() as i64;
        let rollover = i64::from(self.settings.rollover_hour) * 3600;
        let day_of = |ms: i64| (ms / 1000 + offset - rollover).div_euclid(86_400);
        let mut histories: Vec<Vec<ReviewEvent>> = Vec::new();
        let mut last: Option<CardId> = None;
        for (card, at, rating) in self.store.review_history()? {
            if last.as_ref() != Some(&card) {
                histories.push(Vec::new());
                last = Some(card);
            }
            histories.last_mut().expect("pushed above").push(ReviewEvent { day: day_of(at), rating });
        }
        let parameters = schedule::optimize_parameters(&histories, progress).map_err(|e| match e {
            OptimizeError::TooFewReviews { found, needed } => {
                Error::NotEnoughReviews(crate::notice!(TooFewReviews, found = found as u64, needed = needed as u64))
            }
            OptimizeError::Failed(m) => Error::Schedule(schedule::ScheduleError::from(m)),
        })?;
        let config = SchedulerConfig { parameters: parameters.clone(), ..self.scheduler.config().clone() };
        self.scheduler = Scheduler::new(config)?;
        self.store.put_setting(PARAMETERS_KEY, &serde_json::to_string(&parameters).expect("floats serialise"))?;
        Ok(parameters)
    }
}
