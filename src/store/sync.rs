//! What merging devices' logs needs of the database: every answer, undo and suspension with its
//! global id, and one transaction that takes in another device's events and the replayed records.

use rusqlite::named_params;

use super::{CardRecord, Result, Store, StoreError, write_record};
use crate::ids::CardId;

/// The setting naming this device (made by migration 0007).
const DEVICE_KEY: &str = "device_id";
/// From this many answers merged at once, the review log's indexes are made again at the end.
const BULK_ANSWERS: usize = 20_000;
/// The page cache while a merge is written (negative: in KiB), 256 MiB.
const MERGE_CACHE_KIB: i64 = -262_144;

/// An answer as every device knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyncAnswer {
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
    /// Other devices' answers new here, each with the record its card had before it.
    pub answers: Vec<(&'a SyncAnswer, CardRecord)>,
    /// Answers already here whose card had another record before them in the merged log.
    pub previous: Vec<(&'a str, CardRecord)>,
    pub flags: Vec<&'a SyncFlag>,
    pub undone: Vec<&'a SyncUndo>,
    /// Cards whose record changed.
    pub records: Vec<(CardId, CardRecord)>,
}

fn json(record: &CardRecord) -> String {
    serde_json::to_string(record).expect("card record serialises")
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
        let params: Vec<&str> = origin.into_iter().collect();
        let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| {
            Ok(SyncAnswer {
                uid: r.get(0)?,
                origin: r.get(1)?,
                seq: r.get(2)?,
                card: r.get(3)?,
                at_ms: r.get(4)?,
                rating: r.get(5)?,
                source: r.get(6)?,
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
        self.transact(|tx| {
            for undo in &merge.undone {
                tx.prepare_cached(include_str!("sync/insert_undone.sql"))?.execute(rusqlite::params![
                    undo.uid,
                    undo.origin,
                    undo.at_ms
                ])?;
                tx.prepare_cached(include_str!("sync/delete_undone.sql"))?.execute([&undo.uid])?;
            }
            let bulk = merge.answers.len() >= BULK_ANSWERS;
            if bulk {
                tx.execute_batch(include_str!("sync/drop_log_indexes.sql"))?;
            }
            let mut insert = tx.prepare_cached(include_str!("sync/insert_answer.sql"))?;
            for (a, before) in &merge.answers {
                insert.execute(named_params! {
                    ":card": a.card, ":at": a.at_ms, ":rating": a.rating, ":phase": before.state.phase.name(),
                    ":source": a.source, ":previous": json(before), ":uid": a.uid, ":origin": a.origin, ":seq": a.seq,
                })?;
            }
            drop(insert);
            if bulk {
                tx.execute_batch(include_str!("sync/recreate_log_indexes.sql"))?;
            }
            let mut update = tx.prepare_cached(include_str!("sync/update_previous.sql"))?;
            for (uid, before) in &merge.previous {
                update.execute(
                    named_params! {":uid": uid, ":phase": before.state.phase.name(), ":previous": json(before)},
                )?;
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

    /// The record the review log keeps from before each answer, by answer id.
    pub(crate) fn all_previous(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("sync/previous.sql"))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn delete_setting(&mut self, key: &str) -> Result<()> {
        self.conn.prepare_cached(include_str!("sync/delete_setting.sql"))?.execute([key])?;
        self.committed();
        Ok(())
    }
}
