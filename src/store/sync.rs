//! What merging devices' logs needs of the database: every answer, undo and suspension with its
//! global id, and one transaction that takes in another device's events and the replayed records.

use rusqlite::{OptionalExtension, named_params};

use rustc_hash::FxHashMap;
use std::collections::HashMap;

use super::{CardRecord, Result, Store, StoreError, UNDO_KEPT, codes, put_undo_record, row_to_record};
use crate::ids::CardId;
use crate::schedule::Phase;

/// The setting naming this device (made by migration 0007).
const DEVICE_KEY: &str = "device_id";
/// From this many answers merged at once, the review log's indexes are made again at the end.
const BULK_ANSWERS: usize = 20_000;
/// From this many cards written at once, and a quarter of the card table, the card table's
/// indexes are made again at the end rather than kept up to date card by card.
const BULK_CARDS: usize = 2_000;
/// The review log's index by time, kept up to date through a merge: answers are written in time
/// order, so its entries go mostly at its end.
const KEPT_LOG_INDEX: &str = "review_log_time";
/// The trigger that tallies each answer as it is written (migration 0008).
const TALLY_TRIGGER: &str = "review_tally_add";
/// The trigger that keeps the claims' tallies up to date as cards change (migration 0010).
const CARD_TALLY_TRIGGER: &str = "card_tally_update";
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

/// A change of a setting on a device: which setting (its name in the saved settings), its new
/// value (JSON) and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyncSetting {
    pub uid: String,
    pub origin: String,
    pub at_ms: i64,
    pub key: String,
    pub value: String,
}

/// A settings change as the setting table keeps it, under `sync_setting:<its id>`.
#[derive(serde::Serialize, serde::Deserialize)]
struct KeptSetting {
    origin: String,
    at: i64,
    key: String,
    value: serde_json::Value,
}

/// The start of the keys of settings changes in the setting table.
const SETTING_EVENT: &str = "sync_setting:";

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
    /// Settings changes new here.
    pub settings: Vec<&'a SyncSetting>,
    /// The settings as the merged changes leave them (key and JSON), when they changed.
    pub settings_value: Option<(&'a str, String)>,
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
    format!("{:032x}", derived_bits(u128::from_str_radix(device, 16).unwrap_or(0), seq, at_ms))
}

/// [`derived_uid`] as a number: the time (48 bits), `a` (64 bits), `b` (16 bits).
fn derived_bits(device: u128, seq: i64, at_ms: i64) -> u128 {
    let (high, low) = ((device >> 64) as u64, device as u64);
    let a = mix(seq as u64 ^ mix(low));
    let b = mix(a ^ high) >> 48;
    ((at_ms & TIME_MASK) as u128) << 80 | u128::from(a) << 16 | u128::from(b)
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
enum StoredUid {
    /// Nothing: the id derived from the device and the sequence.
    Derived,
    /// The id's bytes from the given one on: its last 10 (after its time) or all 16.
    Bits([u8; 16], usize),
    /// Bytes of an id that is not a number (or of a device that is not one).
    Other(Vec<u8>),
}

impl StoredUid {
    fn bytes(&self) -> Option<&[u8]> {
        match self {
            StoredUid::Derived => None,
            StoredUid::Bits(bytes, from) => Some(&bytes[*from..]),
            StoredUid::Other(bytes) => Some(bytes),
        }
    }
}

/// What the log stores of sync id `uid` of an answer given on `device` (its id as a number, or
/// `None` when its id is not one).
fn stored_uid(uid: &str, device: Option<u128>, seq: i64, at_ms: i64) -> StoredUid {
    let (Ok(bits), Some(device)) = (u128::from_str_radix(uid, 16), device) else {
        return StoredUid::Other(unhex(uid));
    };
    if bits == derived_bits(device, seq, at_ms) {
        return StoredUid::Derived;
    }
    let bytes = bits.to_be_bytes();
    StoredUid::Bits(bytes, if (bits >> 80) as i64 == at_ms & TIME_MASK { 6 } else { 0 })
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

/// Keeps a settings change (one already kept stays as it is).
fn put_setting_event(tx: &rusqlite::Transaction, event: &SyncSetting) -> Result<()> {
    let kept = KeptSetting {
        origin: event.origin.clone(),
        at: event.at_ms,
        key: event.key.clone(),
        value: serde_json::from_str(&event.value).unwrap_or_default(),
    };
    let value = serde_json::to_string(&kept).expect("settings changes serialise");
    tx.prepare_cached(include_str!("sync/insert_setting_event.sql"))?
        .execute([format!("{SETTING_EVENT}{}", event.uid), value])?;
    Ok(())
}

/// Drops the indexes of `table` that the schema made (not those of its keys), but `kept`, and
/// returns their definitions, to be made again with [`recreate`] in the same transaction.
fn drop_indexes(tx: &rusqlite::Transaction, table: &str, kept: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached(include_str!("sync/indexes_of.sql"))?;
    let indexes: Vec<(String, String)> =
        stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    let indexes: Vec<_> = indexes.into_iter().filter(|(name, _)| name != kept).collect();
    for (name, _) in &indexes {
        tx.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
    }
    Ok(indexes.into_iter().map(|(_, sql)| sql).collect())
}

/// Every card the review log can name, by id, with the number it names it by (see
/// [`codes::card_number`]).
fn card_numbers(tx: &rusqlite::Transaction) -> Result<FxHashMap<String, i64>> {
    let mut stmt = tx.prepare_cached(include_str!("sync/card_numbers.sql"))?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    let mut numbers = FxHashMap::default();
    for row in rows {
        let (id, num) = row?;
        // The card table's number first, as card/number.sql gives it.
        numbers.entry(id).or_insert(num);
    }
    Ok(numbers)
}

/// Makes again the indexes [`drop_indexes`] dropped.
fn recreate(tx: &rusqlite::Transaction, indexes: &[String]) -> Result<()> {
    for sql in indexes {
        tx.execute_batch(sql)?;
    }
    Ok(())
}

/// Drops trigger `name` if there is one and returns its definition.
fn drop_trigger(tx: &rusqlite::Transaction, name: &str) -> Result<Option<String>> {
    let sql: Option<String> =
        tx.prepare_cached(include_str!("sync/trigger_sql.sql"))?.query_row([name], |r| r.get(0)).optional()?;
    if sql.is_some() {
        tx.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
    }
    Ok(sql)
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
            let answer = SyncAnswer {
                row,
                uid,
                origin: origin.unwrap_or_else(|| device.clone()),
                seq: seq.unwrap_or(row),
                card: r.get(4)?,
                at_ms,
                rating: r.get(6)?,
                source: String::new(),
            };
            Ok((answer, r.get::<_, i64>(7)?))
        })?;
        rows.map(|a| {
            let (a, source) = a?;
            Ok(SyncAnswer { source: codes::source_name(source)?.to_owned(), ..a })
        })
        .collect()
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

    /// Every settings change known here, from any device.
    pub(crate) fn sync_settings(&self) -> Result<Vec<SyncSetting>> {
        let mut stmt = self.conn.prepare_cached(include_str!("sync/setting_events.sql"))?;
        let rows = stmt.query_map([SETTING_EVENT], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (key, value) = row?;
            // A change this Steppe cannot read is left out (it wrote every one it keeps).
            let Ok(kept) = serde_json::from_str::<KeptSetting>(&value) else { continue };
            out.push(SyncSetting {
                uid: key[SETTING_EVENT.len()..].to_owned(),
                origin: kept.origin,
                at_ms: kept.at,
                key: kept.key,
                value: kept.value.to_string(),
            });
        }
        Ok(out)
    }

    /// Saves the settings (`value` under `key`) and logs `changes` (setting, new value as JSON,
    /// time) as this device's events, together.
    pub(crate) fn put_settings_logged(
        &mut self,
        key: &str,
        value: &str,
        changes: &[(&str, String, i64)],
    ) -> Result<()> {
        let device = self.device_id()?;
        self.transact(|tx| {
            tx.prepare_cached(include_str!("setting/put.sql"))?.execute([key, value])?;
            for (setting, value, at_ms) in changes {
                let uid = tx.query_row("SELECT lower(hex(randomblob(16)))", [], |r| r.get::<_, String>(0))?;
                let event = SyncSetting {
                    uid,
                    origin: device.clone(),
                    at_ms: *at_ms,
                    key: (*setting).to_owned(),
                    value: value.clone(),
                };
                put_setting_event(tx, &event)?;
            }
            Ok(())
        })
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
            // With each its id as a number (None when it is not one); a device is numbered when
            // its first answer comes.
            let parsed = |id: &str| u128::from_str_radix(id, 16).ok();
            let mut devices: FxHashMap<&str, (Option<i64>, Option<u128>)> =
                FxHashMap::from_iter([(device.as_str(), (None, parsed(&device)))]);
            let bulk = merge.answers.len() >= BULK_ANSWERS;
            // The numbers the log names cards by: for many answers, all of them read at once;
            // a card not among them is looked up (and numbered when absent) as it comes.
            let mut numbers = if bulk { card_numbers(tx)? } else { FxHashMap::default() };
            // Many answers: the log's indexes but the one by time are made again once at the end
            // (sorting each once) rather than kept up to date row by row, and the answers are
            // tallied in one go.
            // The index by time too when the log holds fewer answers than come.
            let kept_index = if bulk
                && merge.answers.len() as i64
                    >= tx.query_row(include_str!("sync/last_answer.sql"), [], |r| r.get::<_, i64>(0))?
            {
                ""
            } else {
                KEPT_LOG_INDEX
            };
            let log_indexes = if bulk { drop_indexes(tx, "review_log", kept_index)? } else { Vec::new() };
            let tally = if bulk { drop_trigger(tx, TALLY_TRIGGER)? } else { None };
            // slot → answers, answers to cards in review, of those not Again (as the trigger counts).
            let mut tallies: FxHashMap<i64, [i64; 3]> = FxHashMap::default();
            let mut insert = tx.prepare_cached(include_str!("sync/insert_answer.sql"))?;
            let kept_from = merge.answers.len().saturating_sub(UNDO_KEPT as usize);
            for (i, (a, before)) in merge.answers.iter().enumerate() {
                let card = match numbers.get(a.card.as_str()) {
                    Some(num) => *num,
                    None => {
                        let num = codes::card_number(tx, &a.card)?;
                        numbers.insert(a.card.clone(), num);
                        num
                    }
                };
                let (origin, origin_bits) = match devices.get(a.origin.as_str()) {
                    Some(known) => *known,
                    None => {
                        tx.prepare_cached(include_str!("sync/insert_device.sql"))?.execute([&a.origin])?;
                        let num = tx
                            .prepare_cached(include_str!("sync/device_number.sql"))?
                            .query_row([&a.origin], |r| r.get(0))?;
                        *devices.entry(&a.origin).or_insert((Some(num), parsed(&a.origin)))
                    }
                };
                let uid = stored_uid(&a.uid, origin_bits, a.seq, a.at_ms);
                insert.execute(rusqlite::params![
                    card,
                    a.at_ms,
                    a.rating,
                    codes::phase_code(before.state.phase),
                    codes::source_code(&a.source)?,
                    uid.bytes(),
                    origin,
                    a.seq,
                ])?;
                if i >= kept_from {
                    put_undo_record(tx, tx.last_insert_rowid(), before)?;
                }
                if tally.is_some() {
                    let review = before.state.phase == Phase::Review;
                    let t = tallies.entry(a.at_ms / 900_000).or_default();
                    t[0] += 1;
                    t[1] += i64::from(review);
                    t[2] += i64::from(review && a.rating > 1);
                }
            }
            drop(insert);
            if !merge.answers.is_empty() {
                let last = tx.last_insert_rowid();
                tx.prepare_cached(include_str!("review/undo_trim.sql"))?.execute([last - UNDO_KEPT])?;
            }
            if let Some(trigger) = tally {
                let mut add = tx.prepare_cached(include_str!("sync/tally_add.sql"))?;
                for (slot, [reviews, graduated, recalled]) in tallies {
                    add.execute([slot, reviews, graduated, recalled])?;
                }
                tx.execute_batch(&trigger)?;
            }
            recreate(tx, &log_indexes)?;
            let mut update = tx.prepare_cached(include_str!("sync/update_previous.sql"))?;
            let mut update_kept = tx.prepare_cached(include_str!("sync/update_undo.sql"))?;
            for (row, before) in &merge.previous {
                update.execute(named_params! {":row": row, ":phase": codes::phase_code(before.state.phase)})?;
                update_kept.execute(super::record_params(row, before))?;
            }
            drop((update, update_kept));
            let mut flag = tx.prepare_cached(include_str!("sync/insert_flag.sql"))?;
            for f in &merge.flags {
                flag.execute(named_params! {
                    ":uid": f.uid, ":origin": f.origin, ":seq": f.seq, ":card": f.card, ":at": f.at_ms,
                    ":suspended": f.suspended,
                })?;
            }
            drop(flag);
            // Many cards: their indexes too are made again at the end.
            let bulk_cards = merge.records.len() >= BULK_CARDS
                && merge.records.len() as i64 * 4
                    >= tx.query_row("SELECT COUNT(*) FROM card", [], |r| r.get::<_, i64>(0))?;
            let card_indexes = if bulk_cards { drop_indexes(tx, "card", "")? } else { Vec::new() };
            // Many cards: the claims' tallies are brought up to date once at the end rather than by
            // the trigger card by card.
            let card_trigger = if bulk_cards { drop_trigger(tx, CARD_TALLY_TRIGGER)? } else { None };
            // Many cards: written in the order of the card table (by number), each found by it;
            // a card the table does not hold has nothing to write.
            let by_number: Vec<(i64, &CardRecord)> = if bulk_cards {
                if !bulk {
                    numbers = card_numbers(tx)?;
                }
                let mut by_number: Vec<_> = merge
                    .records
                    .iter()
                    .filter_map(|(id, r)| numbers.get(id.as_str()).filter(|num| **num > 0).map(|num| (*num, r)))
                    .collect();
                by_number.sort_by_key(|(num, _)| *num);
                by_number
            } else {
                Vec::new()
            };
            let mut card_by_number = tx.prepare_cached(include_str!("sync/update_card_num.sql"))?;
            for (num, r) in &by_number {
                card_by_number.execute(super::record_params(num, r))?;
            }
            drop(card_by_number);
            let by_id = if bulk_cards { &[][..] } else { &merge.records[..] };
            let mut card = tx.prepare_cached(include_str!("sync/update_card.sql"))?;
            for (id, r) in by_id {
                card.execute(super::record_params(id, r))?;
            }
            drop(card);
            recreate(tx, &card_indexes)?;
            if let Some(trigger) = card_trigger {
                tx.execute_batch(include_str!("sync/claim_tallies_recount.sql"))?;
                tx.execute_batch(&trigger)?;
            }
            for event in &merge.settings {
                put_setting_event(tx, event)?;
            }
            if let Some((key, value)) = &merge.settings_value {
                tx.prepare_cached(include_str!("setting/put.sql"))?.execute([*key, value.as_str()])?;
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
            let phase = codes::phase_of(r.get(1)?)?;
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
