//! Progress on several devices: merging the devices' event logs and replaying the merged answers
//! through the scheduler (see [`crate::sync`] for the files).

use chrono::TimeZone;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;
use std::path::Path;

use super::Collection;
use super::LEECH_LAPSES;
use super::balance::ReplayLoad;
use crate::error::Result;
use crate::ids::CardId;
use crate::schedule::{CardState, Rating};
use crate::schedule::{Prepared, ScheduleError, Scheduler, SchedulerConfig};
use crate::settings::Settings;
use crate::store::{CardRecord, MergeWrite, SyncAnswer, SyncFlag, SyncSetting};
use crate::sync::{self, Events, Header, SyncOutcome, SyncProblem, SyncStatus};

const FOLDER_KEY: &str = "sync_folder";

const LAST_SYNC_KEY: &str = "sync_last";

/// Where an answer of the merged log is: among this database's answers, or the new ones.
#[derive(Clone, Copy)]
enum Origin {
    Local(usize),
    New(usize),
}

/// An event of the merged log, in the order of replay.
enum What {
    Answer(Origin, u8),
    Flag(bool),
}

/// An event of the merged log: its place in the order of replay, its card (a number into the
/// replay's cards) and what it is.
struct Step<'a> {
    /// Time, then answers before suspensions, then device and its own order: the same on
    /// every device.
    key: (i64, u8, &'a str, i64, &'a str),
    card: usize,
    what: What,
}

impl<'a> Step<'a> {
    fn answer(a: &'a SyncAnswer, card: usize, origin: Origin) -> Self {
        Step { key: (a.at_ms, 0, &a.origin, a.seq, &a.uid), card, what: What::Answer(origin, a.rating) }
    }

    fn flag(f: &'a SyncFlag, card: usize) -> Self {
        Step { key: (f.at_ms, 1, &f.origin, f.seq, &f.uid), card, what: What::Flag(f.suspended) }
    }
}

/// A sync id (32 hex digits, checked on reading) as a number.
fn id_bits(uid: &str) -> u128 {
    u128::from_str_radix(uid, 16).unwrap_or_else(|_| {
        // Not an id this Steppe makes or reads: a number from its bytes, the same everywhere.
        uid.bytes().fold(0xcbf2_9ce4_8422_2325_u128, |h, b| (h ^ u128::from(b)).wrapping_mul(0x0100_0000_01b3))
    })
}

/// The cards of a replay, numbered: first those stored, then any other an answer names.
struct Cards<'a> {
    number: FxHashMap<&'a str, usize>,
    ids: Vec<CardId>,
}

impl<'a> Cards<'a> {
    fn of(&mut self, id: &'a str) -> usize {
        *self.number.entry(id).or_insert_with(|| {
            self.ids.push(CardId(id.to_owned()));
            self.ids.len() - 1
        })
    }
}

/// What the scheduler worked out for an answer before the replay reached it, if it did.
type PreparedSlot = Option<std::result::Result<Prepared, ScheduleError>>;

/// Below this many answers a replay works out the answers' memories on one thread.
const PARALLEL_ANSWERS: usize = 20_000;

/// What each answer of a replay does to its card's memory ([`Scheduler::prepare`]): it does not
/// depend on the calendar, so it is worked out card by card, on several threads, before the
/// answers are placed on the calendar in time order. Returns the results of each card's answers
/// in time order, card after card, and where each card's first one is. A card's answers after
/// one that failed are left out (`None`): the replay works them out itself if it gets there.
fn prepare_replay(scheduler: &Scheduler, steps: &[Step], ids: &[CardId]) -> (Vec<PreparedSlot>, Vec<u32>) {
    let is_answer = |s: &Step| matches!(s.what, What::Answer(..));
    // Each card's answers (their places in `steps`), card after card.
    let mut start = vec![0u32; ids.len() + 1];
    for step in steps.iter().filter(|s| is_answer(s)) {
        start[step.card + 1] += 1;
    }
    for i in 0..ids.len() {
        start[i + 1] += start[i];
    }
    let total = start[ids.len()] as usize;
    let mut fill = start.clone();
    let mut order = vec![0u32; total];
    for (i, step) in steps.iter().enumerate().filter(|(_, s)| is_answer(s)) {
        order[fill[step.card] as usize] = i as u32;
        fill[step.card] += 1;
    }
    drop(fill);
    let mut out: Vec<PreparedSlot> = Vec::with_capacity(total);
    out.resize_with(total, || None);
    // The cards of `cards`, whose results go to `into`.
    let work = |cards: std::ops::Range<usize>, into: &mut [PreparedSlot]| {
        let base = start[cards.start] as usize;
        for card in cards {
            let mut state = CardState::new_card();
            for k in start[card] as usize..start[card + 1] as usize {
                let step = &steps[order[k] as usize];
                let What::Answer(_, rating) = step.what else { unreachable!("only answers are listed") };
                let rating = Rating::from_number(i64::from(rating)).expect("checked on reading");
                let at = step.key.0.div_euclid(1000);
                let prepared = scheduler.prepare(&state, at, super::fuzz_seed(&ids[card], &state));
                let next = match &prepared {
                    Ok(p) => scheduler.finish(p, &state, at, None).map(|o| o.get(rating).clone()).ok(),
                    Err(_) => None,
                };
                into[k - base] = Some(prepared);
                match next {
                    Some(next) => state = next,
                    None => break,
                }
            }
        }
    };
    let threads =
        if total < PARALLEL_ANSWERS { 1 } else { std::thread::available_parallelism().map_or(1, |n| n.get()).min(8) };
    // Runs of cards with about as many answers each, one a thread.
    let mut bounds = vec![0usize];
    for t in 1..threads {
        let target = (total * t / threads) as u32;
        bounds.push(start[..ids.len()].partition_point(|&s| s < target).max(*bounds.last().expect("one bound")));
    }
    bounds.push(ids.len());
    if threads == 1 {
        work(0..ids.len(), &mut out);
    } else {
        std::thread::scope(|scope| {
            let mut rest: &mut [_] = &mut out;
            for run in bounds.windows(2) {
                let len = (start[run[1]] - start[run[0]]) as usize;
                let (mine, after) = rest.split_at_mut(len);
                rest = after;
                let work = &work;
                let cards = run[0]..run[1];
                scope.spawn(move || work(cards, mine));
            }
        });
    }
    start.pop();
    (out, start)
}

/// The settings that travel with the progress: those of studying. How the app looks and shows
/// readings stays with each computer.
const SYNCED_SETTINGS: [&str; 5] =
    ["desired_retention", "new_per_day", "reviews_per_day", "rollover_hour", "easy_days"];
/// Of those, the ones the replay of the log depends on.
const REPLAYED_SETTINGS: [&str; 3] = ["desired_retention", "rollover_hour", "easy_days"];

/// The settings as JSON values by name.
fn setting_values(settings: &Settings) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(settings) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => unreachable!("settings serialise to an object"),
    }
}

/// `settings` with setting `key` at `value` (JSON), if that is a value the setting can take.
fn with_setting(settings: &Settings, key: &str, value: &str) -> Option<Settings> {
    let mut values = setting_values(settings);
    let slot = values.get_mut(key)?;
    *slot = serde_json::from_str(value).ok()?;
    let changed: Settings = serde_json::from_value(serde_json::Value::Object(values)).ok()?;
    changed.out_of_range().is_empty().then_some(changed)
}

/// `current` with, of each setting that travels, the last of `changes` (by time, then device, then
/// id) that gives it a value it can take: the same on every device that knows the same changes.
fn merged_settings(current: &Settings, changes: &[&SyncSetting]) -> Settings {
    let mut out = current.clone();
    for key in SYNCED_SETTINGS {
        let last = changes
            .iter()
            .filter(|c| c.key == key && with_setting(&Settings::default(), key, &c.value).is_some())
            .max_by(|a, b| (a.at_ms, &a.origin, &a.uid).cmp(&(b.at_ms, &b.origin, &b.uid)));
        if let Some(changed) = last.and_then(|c| with_setting(&out, key, &c.value)) {
            out = changed;
        }
    }
    out
}

/// Whether replaying the log with `a` and with `b` may give different states.
fn replays_differ(a: &Settings, b: &Settings) -> bool {
    let (a, b) = (setting_values(a), setting_values(b));
    REPLAYED_SETTINGS.iter().any(|k| a.get(*k) != b.get(*k))
}

/// What a merge took in.
#[derive(Default)]
struct Merged {
    answers: u32,
    undone: u32,
    flags: u32,
    settings: u32,
    cards: u32,
}

impl Collection {
    /// Saves `settings` and logs the change of each setting that travels as this device's event.
    pub(super) fn save_settings_logged(&mut self, settings: &Settings) -> Result<()> {
        let (old, new) = (setting_values(&self.settings), setting_values(settings));
        let changed: Vec<&str> = SYNCED_SETTINGS.into_iter().filter(|k| old.get(*k) != new.get(*k)).collect();
        self.log_settings(settings, &changed, None)
    }

    /// Saves `settings` and logs the settings `keys` at their values in it, at `at_ms` or now.
    /// A change is logged after every change of the same setting known here (even when the
    /// clock was set back), so that it holds here.
    fn log_settings(&mut self, settings: &Settings, keys: &[&str], at_ms: Option<i64>) -> Result<()> {
        let known = if keys.is_empty() { Vec::new() } else { self.store.sync_settings()? };
        let values = setting_values(settings);
        let now = at_ms.unwrap_or_else(|| self.now().timestamp_millis());
        let changes: Vec<(&str, String, i64)> = keys
            .iter()
            .map(|key| {
                let after = known.iter().filter(|c| c.key == *key).map(|c| c.at_ms + 1).max().unwrap_or(0);
                (*key, values[*key].to_string(), if at_ms.is_some() { now } else { now.max(after) })
            })
            .collect();
        let json = serde_json::to_string(settings).expect("settings serialise");
        Ok(self.store.put_settings_logged(super::SETTINGS_KEY, &json, &changes)?)
    }

    /// Settings chosen before they were logged (by a Steppe that did not sync them): each one
    /// that no change names and is not at its default is logged as changed at time 0, so that
    /// any change made since wins over it.
    fn log_unlogged_settings(&mut self) -> Result<()> {
        let known = self.store.sync_settings()?;
        let (current, default) = (setting_values(&self.settings), setting_values(&Settings::default()));
        let keys: Vec<&str> = SYNCED_SETTINGS
            .into_iter()
            .filter(|k| current.get(*k) != default.get(*k) && !known.iter().any(|c| c.key == *k))
            .collect();
        if keys.is_empty() {
            return Ok(());
        }
        let settings = self.settings.clone();
        self.log_settings(&settings, &keys, Some(0))
    }

    /// Studies with `settings` from now on (not saved: the caller saves them).
    fn use_settings(&mut self, settings: Settings) -> Result<()> {
        let config =
            SchedulerConfig { desired_retention: settings.desired_retention, ..self.scheduler.config().clone() };
        self.scheduler = Scheduler::new(config)?;
        self.settings = settings;
        self.queue.replace(None);
        Ok(())
    }
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
            incoming.settings.extend(own.events.settings.iter().cloned());
        }
        // A change of a setting the replay depends on, made here since this device last wrote its
        // file: the states here are replayed with it, as every other device replays them.
        self.log_unlogged_settings()?;
        let written: FxHashSet<&str> =
            own.iter().flat_map(|f| f.events.settings.iter().map(|c| c.uid.as_str())).collect();
        let replay = self.store.sync_settings()?.iter().any(|c| {
            c.origin == device && REPLAYED_SETTINGS.contains(&c.key.as_str()) && !written.contains(c.uid.as_str())
        });
        let merged = self.merge(incoming, replay)?;
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
            settings_added: merged.settings,
            cards_changed: merged.cards,
            devices,
            at: now.to_rfc3339(),
            problem,
        })
    }

    /// Writes every answer, undo and suspension of this database to `path`, a file that
    /// [`Collection::import_progress`] merges on another computer. Returns how many events.
    pub fn export_progress(&mut self, path: &Path) -> Result<u32> {
        self.log_unlogged_settings()?;
        let header = Header {
            steppe_sync: sync::FORMAT,
            device: self.store.device_id()?,
            name: sync::device_name(),
            deck: self.deck.info.id.clone(),
            moved: true,
        };
        let events = self.events_of(None)?;
        sync::write_moved(path, &header, &events).map(|n| n as u32).map_err(|e| {
            crate::Error::Io(crate::notice!(CannotWrite, path = path.display().to_string(), error = e.to_string()))
        })
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
            settings_added: merged.settings,
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
            settings: self.store.sync_settings()?.into_iter().filter(|c| of(&c.origin)).collect(),
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
        // Ids as numbers: a million of them are hashed and compared.
        let mut undone: FxHashSet<u128> = local_undone.iter().map(|u| id_bits(&u.uid)).collect();
        let mut known: FxHashSet<u128> = local_answers.iter().map(|a| id_bits(&a.uid)).collect();
        let new_undos: Vec<_> = incoming.undone.iter().filter(|u| undone.insert(id_bits(&u.uid))).collect();
        let undo_hits: FxHashSet<u128> =
            new_undos.iter().map(|u| id_bits(&u.uid)).filter(|uid| known.contains(uid)).collect();
        let mut new_answers: Vec<&SyncAnswer> = incoming
            .answers
            .iter()
            .filter(|a| {
                let id = id_bits(&a.uid);
                !undone.contains(&id) && known.insert(id)
            })
            .collect();
        // Written in time order: the log's time index (and mostly its id index) grows at its end.
        // Each file is in time order already: a stable sort merges its runs.
        new_answers.sort_by(|a, b| (a.at_ms, &a.origin, a.seq, &a.uid).cmp(&(b.at_ms, &b.origin, b.seq, &b.uid)));
        let mut flag_ids: FxHashSet<u128> = local_flags.iter().map(|f| id_bits(&f.uid)).collect();
        let new_flags: Vec<&SyncFlag> = incoming.flags.iter().filter(|f| flag_ids.insert(id_bits(&f.uid))).collect();
        let local_settings = self.store.sync_settings()?;
        let mut setting_ids: FxHashSet<u128> = local_settings.iter().map(|c| id_bits(&c.uid)).collect();
        let new_settings: Vec<&SyncSetting> =
            incoming.settings.iter().filter(|c| setting_ids.insert(id_bits(&c.uid))).collect();
        let all_settings: Vec<&SyncSetting> = local_settings.iter().chain(new_settings.iter().copied()).collect();
        let settings = merged_settings(&self.settings, &all_settings);
        let settings_value = (settings != self.settings)
            .then(|| (super::SETTINGS_KEY, serde_json::to_string(&settings).expect("settings serialise")));
        let replay = always || replays_differ(&settings, &self.settings);
        if !replay && new_answers.is_empty() && new_flags.is_empty() && undo_hits.is_empty() && new_undos.is_empty() {
            let received = new_settings.len() as u32;
            if !new_settings.is_empty() || settings_value.is_some() {
                let changed = settings_value.is_some();
                let write = MergeWrite {
                    answers: Vec::new(),
                    previous: Vec::new(),
                    flags: Vec::new(),
                    undone: Vec::new(),
                    undone_rows: Vec::new(),
                    records: Vec::new(),
                    settings: new_settings,
                    settings_value,
                };
                self.store.write_merge(&write)?;
                if changed {
                    self.use_settings(settings)?;
                }
            }
            return Ok(Merged { settings: received, ..Merged::default() });
        }
        // The states are replayed with the merged settings; the ones before come back if the
        // merge fails.
        let before_merge = self.settings.clone();
        if settings_value.is_some() {
            self.use_settings(settings)?;
        }
        let merged = self.merge_replayed(
            &local_answers,
            &local_flags,
            &undone,
            &undo_hits,
            new_answers,
            new_flags,
            new_undos,
            new_settings,
            settings_value,
        );
        if merged.is_err() && self.settings != before_merge {
            self.use_settings(before_merge)?;
        }
        merged
    }

    /// The rest of [`Collection::merge`]: replays the merged log and writes what changed.
    #[allow(clippy::too_many_arguments)]
    fn merge_replayed(
        &mut self,
        local_answers: &[SyncAnswer],
        local_flags: &[SyncFlag],
        undone: &FxHashSet<u128>,
        undo_hits: &FxHashSet<u128>,
        new_answers: Vec<&SyncAnswer>,
        new_flags: Vec<&SyncFlag>,
        new_undos: Vec<&crate::store::SyncUndo>,
        new_settings: Vec<&SyncSetting>,
        settings_value: Option<(&str, String)>,
    ) -> Result<Merged> {
        let stored = self.store.all_records()?;
        let mut cards = Cards { number: FxHashMap::default(), ids: Vec::with_capacity(stored.len()) };
        for (id, _) in &stored {
            cards.of(id.as_str());
        }
        let flags = local_flags.iter().chain(new_flags.iter().copied());
        let mut steps: Vec<Step> = Vec::with_capacity(local_answers.len() + new_answers.len() + local_flags.len());
        for (i, a) in local_answers.iter().enumerate().filter(|(_, a)| !undone.contains(&id_bits(&a.uid))) {
            steps.push(Step::answer(a, cards.of(&a.card), Origin::Local(i)));
        }
        for (i, a) in new_answers.iter().enumerate() {
            steps.push(Step::answer(a, cards.of(&a.card), Origin::New(i)));
        }
        for f in flags {
            steps.push(Step::flag(f, cards.of(&f.card)));
        }
        // Mostly in order already (the new answers are sorted, this database's are in log order):
        // a stable sort merges the runs. No two steps have the same key, so any sort gives this order.
        steps.sort_by(|a, b| a.key.cmp(&b.key));

        let fresh = || CardRecord { state: CardState::new_card(), suspended: false, leech: false };
        let mut records: Vec<CardRecord> = cards.ids.iter().map(|_| fresh()).collect();
        // The record each answer met: this database's answers, and the new ones.
        let mut local_before: Vec<Option<CardRecord>> = vec![None; local_answers.len()];
        let mut new_before: Vec<Option<CardRecord>> = vec![None; new_answers.len()];
        let days = self.study_days();
        let mut load = ReplayLoad::default();
        let (mut prepared, mut next) = prepare_replay(&self.scheduler, &steps, &cards.ids);
        for step in &steps {
            let record = &mut records[step.card];
            match step.what {
                What::Answer(origin, rating) => {
                    let rating = Rating::from_number(i64::from(rating)).expect("checked on reading");
                    let at = step.key.0.div_euclid(1000);
                    let slot = next[step.card] as usize;
                    next[step.card] += 1;
                    let outcomes = match prepared[slot].take() {
                        Some(Ok(p)) => self.replayed_finish(&p, &record.state, at, &days, &mut load)?,
                        Some(Err(e)) => return Err(e.into()),
                        None => self.replayed_outcomes(&cards.ids[step.card], &record.state, at, &days, &mut load)?,
                    };
                    let state = outcomes.get(rating).clone();
                    load.moved(&days, &record.state, &state);
                    let leech = state.lapses >= LEECH_LAPSES && state.lapses > record.state.lapses;
                    let after =
                        CardRecord { state, suspended: record.suspended || leech, leech: record.leech || leech };
                    let before = std::mem::replace(record, after);
                    match origin {
                        Origin::Local(i) => local_before[i] = Some(before),
                        Origin::New(i) => new_before[i] = Some(before),
                    }
                }
                What::Flag(suspended) => {
                    record.leech = record.leech && suspended;
                    record.suspended = suspended;
                }
            }
        }

        // The log keeps the card's phase before every answer, and its whole record before the
        // newest ones: those that the merged log changes are written again.
        let mut previous = Vec::new();
        let stored_previous = if local_answers.is_empty() { HashMap::new() } else { self.store.all_previous()? };
        for (a, replayed) in local_answers.iter().zip(&local_before) {
            let Some(replayed) = replayed else { continue };
            let same = stored_previous.get(&a.row).is_some_and(|(phase, kept)| {
                *phase == replayed.state.phase && kept.as_ref().is_none_or(|kept| kept == replayed)
            });
            if !same {
                previous.push((a.row, replayed.clone()));
            }
        }
        let changed: Vec<(CardId, CardRecord)> = stored
            .iter()
            .zip(&records)
            .filter(|((_, old), new)| *new != old)
            .map(|((id, _), new)| (id.clone(), new.clone()))
            .collect();
        let merged = Merged {
            answers: new_answers.len() as u32,
            undone: undo_hits.len() as u32,
            flags: new_flags.len() as u32,
            settings: new_settings.len() as u32,
            cards: changed.len() as u32,
        };
        let undone_rows =
            local_answers.iter().filter(|a| undo_hits.contains(&id_bits(&a.uid))).map(|a| a.row).collect();
        let write = MergeWrite {
            answers: new_answers
                .iter()
                .zip(&new_before)
                .map(|(a, before)| (*a, before.as_ref().expect("every new answer is replayed")))
                .collect(),
            previous,
            flags: new_flags,
            undone: new_undos,
            undone_rows,
            records: changed,
            settings: new_settings,
            settings_value,
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
