//! Progress on several devices: merging the devices' event logs and replaying the merged answers
//! through the scheduler (see [`crate::sync`] for the files).

use chrono::TimeZone;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::Collection;
use super::LEECH_LAPSES;
use super::balance::ReplayLoad;
use crate::error::Result;
use crate::ids::CardId;
use crate::schedule::{CardState, Rating};
use crate::store::{CardRecord, MergeWrite, SyncAnswer, SyncFlag};
use crate::sync::{self, Events, Header, SyncOutcome, SyncProblem, SyncStatus};

const FOLDER_KEY: &str = "sync_folder";
const LAST_SYNC_KEY: &str = "sync_last";

/// An event of the merged log, in the order of replay.
enum Step<'a> {
    Answer(&'a SyncAnswer),
    Flag(&'a SyncFlag),
}

impl Step<'_> {
    /// Time, then answers before suspensions, then device and its own order: the same on
    /// every device.
    fn key(&self) -> (i64, u8, &str, i64, &str) {
        match self {
            Step::Answer(a) => (a.at_ms, 0, &a.origin, a.seq, &a.uid),
            Step::Flag(f) => (f.at_ms, 1, &f.origin, f.seq, &f.uid),
        }
    }
}

/// What a merge took in.
#[derive(Default)]
struct Merged {
    answers: u32,
    undone: u32,
    flags: u32,
    cards: u32,
}

impl Collection {
    /// The sync folder, this device and when it last synced.
    pub fn sync_status(&self) -> Result<SyncStatus> {
        let at = |s: String| s.parse::<i64>().ok().and_then(|ms| self.local_time(ms));
        Ok(SyncStatus {
            folder: self.store.setting(FOLDER_KEY)?,
            device_id: self.store.device_id()?,
            device_name: sync::device_name(),
            last_sync: self.store.setting(LAST_SYNC_KEY)?.and_then(at),
        })
    }

    /// Sets the folder to sync through (`None`: no syncing). Nothing is merged yet.
    pub fn set_sync_folder(&mut self, folder: Option<&Path>) -> Result<SyncStatus> {
        match folder {
            Some(f) => self.store.put_setting(FOLDER_KEY, &f.display().to_string())?,
            None => self.store.delete_setting(FOLDER_KEY)?,
        }
        self.sync_status()
    }

    /// Syncs through the folder set with [`Collection::set_sync_folder`].
    pub fn sync_now(&mut self) -> Result<SyncOutcome> {
        match self.store.setting(FOLDER_KEY)? {
            Some(folder) => self.sync_with(Path::new(&folder)),
            None => Ok(SyncOutcome::failed(SyncProblem::NotConfigured)),
        }
    }

    /// Merges the other devices' files in `folder` into this database, then adds this device's
    /// new events to its own file. A file that is not a Steppe sync file stops the sync before
    /// anything is changed; an unreachable folder changes nothing (study goes on offline).
    pub fn sync_with(&mut self, folder: &Path) -> Result<SyncOutcome> {
        if !folder.is_dir() {
            let detail = match folder.metadata() {
                Ok(_) => "not a folder".to_owned(),
                Err(e) => e.to_string(),
            };
            return Ok(SyncOutcome::failed(SyncProblem::Unreachable { folder: folder.display().to_string(), detail }));
        }
        let deck = self.deck.info.id.clone();
        let dir = sync::deck_dir(folder, &deck);
        if let Err(e) = std::fs::create_dir_all(&dir) {
            let problem = SyncProblem::Unreachable { folder: dir.display().to_string(), detail: e.to_string() };
            return Ok(SyncOutcome::failed(problem));
        }
        let files = match sync::read_folder(&dir, &deck) {
            Ok(files) => files,
            Err(problem) => return Ok(SyncOutcome::failed(problem)),
        };
        let device = self.store.device_id()?;
        let devices = files.iter().filter(|(d, _)| *d != device).count() as u32;
        let (mut own, others): (Vec<_>, Vec<_>) = files.into_iter().partition(|(d, _)| *d == device);
        let own = own.pop().map(|(_, f)| f);
        // This device's own file counts too: after a backup is restored it gives back the answers
        // given since.
        let mut incoming = sync::union(others.into_iter().map(|(_, f)| f));
        if let Some(own) = &own {
            incoming.answers.extend(own.events.answers.iter().cloned());
            incoming.flags.extend(own.events.flags.iter().cloned());
            incoming.undone.extend(own.events.undone.iter().cloned());
        }
        let merged = self.merge(incoming, false)?;
        let mine = self.events_of(Some(&device))?;
        let header =
            Header { steppe_sync: sync::FORMAT, device: device.clone(), name: sync::device_name(), deck, moved: false };
        let path = dir.join(format!("{device}.log"));
        let problem = sync::append_own(&path, &header, own.as_ref(), &mine).err();
        let now = self.now();
        if problem.is_none() {
            self.store.put_setting(LAST_SYNC_KEY, &now.timestamp_millis().to_string())?;
        }
        Ok(SyncOutcome {
            answers_added: merged.answers,
            undone: merged.undone,
            flags_added: merged.flags,
            cards_changed: merged.cards,
            devices,
            at: now.to_rfc3339(),
            problem,
        })
    }

    /// Writes every answer, undo and suspension of this database to `path`, a file that
    /// [`Collection::import_progress`] merges on another computer. Returns how many events.
    pub fn export_progress(&self, path: &Path) -> Result<u32> {
        let header = Header {
            steppe_sync: sync::FORMAT,
            device: self.store.device_id()?,
            name: sync::device_name(),
            deck: self.deck.info.id.clone(),
            moved: true,
        };
        let events = self.events_of(None)?;
        sync::write_moved(path, &header, &events)
            .map(|n| n as u32)
            .map_err(|e| crate::Error::Io(format!("cannot write `{}`: {e}", path.display())))
    }

    /// Merges a file written by [`Collection::export_progress`] (on this or another computer).
    pub fn import_progress(&mut self, path: &Path) -> Result<SyncOutcome> {
        let file = match sync::read_file(path, None, &self.deck.info.id) {
            Ok(file) => file,
            Err(problem) => return Ok(SyncOutcome::failed(problem)),
        };
        let merged = self.merge(file.events, false)?;
        Ok(SyncOutcome {
            answers_added: merged.answers,
            undone: merged.undone,
            flags_added: merged.flags,
            cards_changed: merged.cards,
            devices: 1,
            at: self.now().to_rfc3339(),
            problem: None,
        })
    }

    /// The events of this database given on `device` (all of them for `None`).
    fn events_of(&self, device: Option<&str>) -> Result<Events> {
        let of = |origin: &str| device.is_none_or(|d| d == origin);
        Ok(Events {
            answers: self.store.sync_answers(device)?,
            flags: self.store.sync_flags()?.into_iter().filter(|f| of(&f.origin)).collect(),
            undone: self.store.sync_undone()?.into_iter().filter(|u| of(&u.origin)).collect(),
        })
    }

    /// After this device's answer to `card` at `at_ms` was undone: when another device answered
    /// the card after it, the card's record is not the one kept from before the answer but the
    /// replay of what is left.
    pub(super) fn replay_after_undo(&mut self, card: &CardId, at_ms: i64) -> Result<()> {
        if self.store.later_foreign_answer(card, at_ms)? {
            self.merge(Events::default(), true)?;
        }
        Ok(())
    }

    /// Takes in the events of `incoming` this database does not have, then replays every answer
    /// and suspension in time order and stores the cards' records that changed (when something
    /// was new, or `always`). Merging the same events again changes nothing.
    fn merge(&mut self, incoming: Events, always: bool) -> Result<Merged> {
        let local_answers = self.store.sync_answers(None)?;
        let local_flags = self.store.sync_flags()?;
        let local_undone = self.store.sync_undone()?;
        let mut undone: HashSet<&str> = local_undone.iter().map(|u| u.uid.as_str()).collect();
        let mut known: HashSet<&str> = local_answers.iter().map(|a| a.uid.as_str()).collect();
        let new_undos: Vec<_> = incoming.undone.iter().filter(|u| undone.insert(&u.uid)).collect();
        let undo_hits: HashSet<&str> =
            new_undos.iter().map(|u| u.uid.as_str()).filter(|uid| known.contains(uid)).collect();
        let mut new_answers: Vec<&SyncAnswer> =
            incoming.answers.iter().filter(|a| !undone.contains(a.uid.as_str()) && known.insert(&a.uid)).collect();
        // Written in time order: the log's time index (and mostly its id index) grows at its end.
        new_answers.sort_unstable_by_key(|a| (a.at_ms, &a.origin, a.seq));
        let mut flag_ids: HashSet<&str> = local_flags.iter().map(|f| f.uid.as_str()).collect();
        let new_flags: Vec<&SyncFlag> = incoming.flags.iter().filter(|f| flag_ids.insert(&f.uid)).collect();
        if !always && new_answers.is_empty() && new_flags.is_empty() && undo_hits.is_empty() && new_undos.is_empty() {
            return Ok(Merged::default());
        }

        let mut steps: Vec<Step> = local_answers
            .iter()
            .filter(|a| !undone.contains(a.uid.as_str()))
            .chain(new_answers.iter().copied())
            .map(Step::Answer)
            .chain(local_flags.iter().chain(new_flags.iter().copied()).map(Step::Flag))
            .collect();
        steps.sort_unstable_by(|a, b| a.key().cmp(&b.key()));

        let stored = self.store.all_records()?;
        let mut records: HashMap<&str, CardRecord> = stored
            .iter()
            .map(|(id, _)| (id.as_str(), CardRecord { state: CardState::new_card(), suspended: false, leech: false }))
            .collect();
        let fresh = || CardRecord { state: CardState::new_card(), suspended: false, leech: false };
        let mut before: HashMap<&str, CardRecord> = HashMap::with_capacity(steps.len());
        let days = self.study_days();
        let mut load = ReplayLoad { due: HashMap::new(), today: 0 };
        for step in &steps {
            match step {
                Step::Answer(a) => {
                    let record = records.entry(&a.card).or_insert_with(fresh);
                    let rating = Rating::from_number(i64::from(a.rating)).expect("checked on reading");
                    let id = CardId(a.card.clone());
                    let state = self
                        .replayed_outcomes(&id, &record.state, a.at_ms.div_euclid(1000), &days, &mut load)?
                        .get(rating)
                        .clone();
                    load.moved(&days, &record.state, &state);
                    before.insert(&a.uid, record.clone());
                    let leech = state.lapses >= LEECH_LAPSES && state.lapses > record.state.lapses;
                    *record = CardRecord { state, suspended: record.suspended || leech, leech: record.leech || leech };
                }
                Step::Flag(f) => {
                    let record = records.entry(&f.card).or_insert_with(fresh);
                    record.leech = record.leech && f.suspended;
                    record.suspended = f.suspended;
                }
            }
        }

        // The log keeps the card's phase before every answer, and its whole record before the
        // newest ones: those that the merged log changes are written again.
        let mut previous = Vec::new();
        let stored_previous = if local_answers.is_empty() { HashMap::new() } else { self.store.all_previous()? };
        for a in local_answers.iter().filter(|a| !undone.contains(a.uid.as_str())) {
            let replayed = &before[a.uid.as_str()];
            let same = stored_previous.get(&a.row).is_some_and(|(phase, kept)| {
                *phase == replayed.state.phase && kept.as_ref().is_none_or(|kept| kept == replayed)
            });
            if !same {
                previous.push((a.row, replayed.clone()));
            }
        }
        let changed: Vec<(CardId, CardRecord)> = stored
            .iter()
            .filter_map(|(id, old)| {
                let new = &records[id.as_str()];
                (new != old).then(|| (id.clone(), new.clone()))
            })
            .collect();
        let merged = Merged {
            answers: new_answers.len() as u32,
            undone: undo_hits.len() as u32,
            flags: new_flags.len() as u32,
            cards: changed.len() as u32,
        };
        let undone_rows = local_answers.iter().filter(|a| undo_hits.contains(a.uid.as_str())).map(|a| a.row).collect();
        let write = MergeWrite {
            answers: new_answers.iter().map(|a| (*a, &before[a.uid.as_str()])).collect(),
            previous,
            flags: new_flags,
            undone: new_undos,
            undone_rows,
            records: changed,
        };
        self.store.write_merge(&write)?;
        self.queue.replace(None);
        Ok(merged)
    }

    /// `ms` (Unix milliseconds) in the clock's time zone, as RFC 3339.
    fn local_time(&self, ms: i64) -> Option<String> {
        self.now().offset().timestamp_millis_opt(ms).single().map(|t| t.to_rfc3339())
    }
}
