//! What merging devices' logs needs of the database: every answer, undo and suspension with its
//! global id, and one transaction that takes in another device's events and the replayed records.

use rusqlite::named_params;

use std::collections::HashMap;

use super::{
    CardRecord, Result, Store, StoreError, UNDO_KEPT, parse_phase, put_undo_record, row_to_record, write_record,
};
use crate::ids::CardId;
use crate::schedule::Phase;

/// The setting naming this device (made by migration 0007).
const DEVICE_KEY: &str = "device_id";
/// From this many answers merged at once, the review log's indexes are made again at the end.
const BULK_ANSWERS: usize = 20_000;
/// The page cache while a merge is written (negative: in KiB), 256 MiB.
const MERGE_CACHE_KIB: i64 = -262_144;

/// An answer as every device knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyncAnswer {
    /// Its row in this database's log (0 for an answer read from a file).
    pub row: i64,
    pub uid: String,
    pub origin: String,
    pub seq: i64,
    pub card: String,
    pub at_ms: i64,
    pub rating: u8,
    pub source: String,
}

/// A card suspended (`suspended`) or unsuspended by hand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyncFlag {
    pub uid: String,
    pub origin: String,
    pub seq: i64,
    pub card: String,
    pub at_ms: i64,
    pub suspended: bool,
}

/// An answer taken back: its id, the device that took it back, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyncUndo {
    pub uid: String,
    pub origin: String,
    pub at_ms: i64,
}

/// What a merge writes, all in one transaction.
pub(crate) struct MergeWrite<'a> {
    /// Other devices' answers new here, each with the record its card had before it (kept
    /// for the newest answers, like this device's, for their history).
    pub answers: Vec<(&'a SyncAnswer, &'a CardRecord)>,
    /// Answers already here (by row) whose card had another record before them in the merged log.
    pub previous: Vec<(i64, CardRecord)>,
    pub flags: Vec<&'a SyncFlag>,
    pub undone: Vec<&'a SyncUndo>,
    /// The rows of the answers here that the new undos take back.
    pub undone_rows: Vec<i64>,
    /// Cards whose record changed.
    pub records: Vec<(CardId, CardRecord)>,
}

/// The time part of a sync id: the low 48 bits of the time in milliseconds.
const TIME_MASK: i64 = (1 << 48) - 1;

/// The sync id of an answer given on `device` (a 128-bit id in hex) with sequence number `seq`
/// at `at_ms`: the time (48 bits) then 80 bits mixed from the device and the sequence, in hex.
/// Within a device two sequence numbers never give the same bits (each step below is a
/// bijection of the sequence number), so an answer's id is unique even when a restored backup
/// gives a sequence number again (its time differs). Never change it: ids made by it are not
/// stored (migration 0008).
pub(crate) fn derived_uid(device: &str, seq: i64, at_ms: i64) -> String {
    let device = u128::from_str_radix(device, 16).unwrap_or(0);
    let (high, low) = ((device >> 64) as u64, device as u64);
    let a = mix(seq as u64 ^ mix(low));
    let b = mix(a ^ high) >> 48;
    format!("{:012x}{a:016x}{b:04x}", at_ms & TIME_MASK)
}

/// SplitMix64's finaliser: a bijection of 64-bit numbers that spreads every bit.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The sync id of the answer in row `row`, from what the log stores: `stored` (the id's last 10
/// bytes, after its time, or all 16), or else the id derived from its device and sequence
/// (`seq`, the row when NULL).
pub(crate) fn answer_uid(device: &str, row: i64, stored: Option<&[u8]>, seq: Option<i64>, at_ms: i64) -> String {
    match stored {
        Some(tail) if tail.len() == 10 => format!("{:012x}{}", at_ms & TIME_MASK, hex(tail)),
        Some(whole) => hex(whole),
        None => derived_uid(device, seq.unwrap_or(row), at_ms),
    }
}

/// What the log stores of sync id `uid` (see [`answer_uid`]).
fn stored_uid(uid: &str, device: &str, seq: i64, at_ms: i64) -> Option<Vec<u8>> {
    if uid == derived_uid(device, seq, at_ms) {
        return None;
    }
    let time = format!("{:012x}", at_ms & TIME_MASK);
    match uid.strip_prefix(time.as_str()) {
        Some(tail) => Some(unhex(tail)),
        None => Some(unhex(uid)),
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Bytes of lower-case hex (sync ids are checked to be that when they are read).
fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2).map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap_or(0)).collect()
}

impl Store {
    /// This device's id.
    pub(crate) fn device_id(&self) -> Result<String> {
        self.setting(DEVICE_KEY)?.ok_or_else(|| StoreError::BadState("the device has no id".into()))
    }

    /// Every answer, or only those given on `origin`.
    pub(crate) fn sync_answers(&self, origin: Option<&str>) -> Result<Vec<SyncAnswer>> {
        let mut stmt = match origin {
            None => self.conn.prepare_cached(include_str!("sync/answers.sql"))?,
            Some(_) => self.conn.prepare_cached(include_str!("sync/answers_of.sql"))?,
        };
        let device = self.device_id()?;
        let params: Vec<&str> = origin.into_iter().collect();
        let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| {
            let row: i64 = r.get(0)?;
            let origin: Option<String> = r.get(2)?;
            let seq: Option<i64> = r.get(3)?;
            let at_ms: i64 = r.get(5)?;
            let uid = {
                let stored = r.get_ref(1)?.as_blob_or_null().map_err(rusqlite::Error::from)?;
                answer_uid(origin.as_deref().unwrap_or(&device), row, stored, seq, at_ms)
            };
            Ok(SyncAnswer {
                row,
                uid,
                origin: origin.unwrap_or_else(|| device.clone()),
                seq: seq.unwrap_or(row),
                card: r.get(4)?,
                at_ms,
                rating: r.get(6)?,
                source: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn sync_flags(&self) -> Result<Vec<SyncFlag>> {
        let mut stmt = self.conn.prepare_cached(include_str!("sync/flags.sql"))?;
        let rows = stmt.query_map([], |r| {
            Ok(SyncFlag {
                uid: r.get(0)?,
                origin: r.get(1)?,
                seq: r.get(2)?,
                card: r.get(3)?,
                at_ms: r.get(4)?,
                suspended: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn sync_undone(&self) -> Result<Vec<SyncUndo>> {
        let mut stmt = self.conn.prepare_cached(include_str!("sync/undone.sql"))?;
        let rows = stmt.query_map([], |r| Ok(SyncUndo { uid: r.get(0)?, origin: r.get(1)?, at_ms: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Suspends or unsuspends card `id` by hand and logs it as this device's event, together.
    pub(crate) fn set_flags_logged(&mut self, id: &CardId, suspended: bool, leech: bool, at_ms: i64) -> Result<()> {
        self.transact(|tx| {
            tx.prepare_cached(include_str!("card/set_flags.sql"))?.execute(rusqlite::params![id, suspended, leech])?;
            tx.prepare_cached(include_str!("sync/log_flag.sql"))?.execute(rusqlite::params![id, at_ms, suspended])?;
            Ok(())
        })
    }

    /// Writes a merge: all of it or nothing. A merge of many answers writes many pages of the
    /// log and its indexes: they are kept in memory until the commit rather than spilled to the
    /// WAL page by page.
    pub(crate) fn write_merge(&mut self, merge: &MergeWrite) -> Result<()> {
        let cache: i64 = self.conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
        self.conn.pragma_update(None, "cache_size", MERGE_CACHE_KIB)?;
        let written = self.write_merge_in_one(merge);
        self.conn.pragma_update(None, "cache_size", cache)?;
        written
    }

    fn write_merge_in_one(&mut self, merge: &MergeWrite) -> Result<()> {
        let device = self.device_id()?;
        self.transact(|tx| {
            for undo in &merge.undone {
                tx.prepare_cached(include_str!("sync/insert_undone.sql"))?.execute(rusqlite::params![
                    undo.uid,
                    undo.origin,
                    undo.at_ms
                ])?;
            }
            for row in &merge.undone_rows {
                tx.prepare_cached(include_str!("review/delete.sql"))?.execute([row])?;
            }
            // Other devices by number (this device's answers, given back by its own file after a
            // restore, are this device's: no number).
            let mut devices: HashMap<&str, Option<i64>> = HashMap::from([(device.as_str(), None)]);
            for (a, _) in &merge.answers {
                if !devices.contains_key(a.origin.as_str()) {
                    tx.prepare_cached(include_str!("sync/insert_device.sql"))?.execute([&a.origin])?;
                    let num = tx
                        .prepare_cached(include_str!("sync/device_number.sql"))?
                        .query_row([&a.origin], |r| r.get(0))?;
                    devices.insert(&a.origin, Some(num));
                }
            }
            let bulk = merge.answers.len() >= BULK_ANSWERS;
            if bulk {
                tx.execute_batch(include_str!("sync/drop_log_indexes.sql"))?;
            }
            let mut insert = tx.prepare_cached(include_str!("sync/insert_answer.sql"))?;
            let kept_from = merge.answers.len().saturating_sub(UNDO_KEPT as usize);
            for (i, (a, before)) in merge.answers.iter().enumerate() {
                insert.execute(named_params! {
                    ":card": a.card, ":at": a.at_ms, ":rating": a.rating, ":phase": before.state.phase.name(),
                    ":source": a.source, ":uid": stored_uid(&a.uid, &a.origin, a.seq, a.at_ms),
                    ":origin": devices[a.origin.as_str()], ":seq": a.seq,
                })?;
                if i >= kept_from {
                    put_undo_record(tx, tx.last_insert_rowid(), before)?;
                }
            }
            drop(insert);
            if !merge.answers.is_empty() {
                let last = tx.last_insert_rowid();
                tx.prepare_cached(include_str!("review/undo_trim.sql"))?.execute([last - UNDO_KEPT])?;
            }
            if bulk {
                tx.execute_batch(include_str!("sync/recreate_log_indexes.sql"))?;
            }
            let mut update = tx.prepare_cached(include_str!("sync/update_previous.sql"))?;
            let mut update_kept = tx.prepare_cached(include_str!("sync/update_undo.sql"))?;
            for (row, before) in &merge.previous {
                update.execute(named_params! {":row": row, ":phase": before.state.phase.name()})?;
                let s = &before.state;
                update_kept.execute(rusqlite::params![
                    row,
                    s.phase.name(),
                    s.due,
                    s.stability,
                    s.difficulty,
                    s.step,
                    s.reps,
                    s.lapses,
                    s.last_review,
                    before.suspended,
                    before.leech
                ])?;
            }
            let mut flag = tx.prepare_cached(include_str!("sync/insert_flag.sql"))?;
            for f in &merge.flags {
                flag.execute(named_params! {
                    ":uid": f.uid, ":origin": f.origin, ":seq": f.seq, ":card": f.card, ":at": f.at_ms,
                    ":suspended": f.suspended,
                })?;
            }
            for (id, record) in &merge.records {
                write_record(tx, id, record)?;
            }
            Ok(())
        })
    }

    /// Whether another device answered card `id` at or after `at_ms`.
    pub(crate) fn later_foreign_answer(&self, id: &CardId, at_ms: i64) -> Result<bool> {
        let mut stmt = self.conn.prepare_cached(include_str!("sync/later_foreign.sql"))?;
        Ok(stmt.query_row(rusqlite::params![id, at_ms], |r| r.get(0))?)
    }

    /// What the review log keeps from before each answer, by row: the card's phase, and its
    /// whole record for the newest answers.
    pub(crate) fn all_previous(&self) -> Result<HashMap<i64, (Phase, Option<CardRecord>)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("sync/previous.sql"))?;
        let mut rows = stmt.query([])?;
        let mut out = HashMap::new();
        while let Some(r) = rows.next()? {
            let phase = parse_phase(r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?)?;
            let kept = match r.get_ref(2)? {
                rusqlite::types::ValueRef::Null => None,
                _ => Some(row_to_record(r, 2)?),
            };
            out.insert(r.get(0)?, (phase, kept));
        }
        Ok(out)
    }

    pub(crate) fn delete_setting(&mut self, key: &str) -> Result<()> {
        self.conn.prepare_cached(include_str!("sync/delete_setting.sql"))?.execute([key])?;
        self.committed();
        Ok(())
    }
}
