//! What browsing reads and writes: every current card's record in one pass, and changes to many
//! cards in one transaction.

use rusqlite::params;

use super::{ClaimCards, Result, Store, StoreError, write_record};
use crate::cards::Card;
use crate::ids::CardId;
use crate::schedule::{CardState, Phase};
use crate::store::CardRecord;

/// A current card's record as a search reads it.
pub(crate) struct BrowseState {
    pub rowid: i64,
    pub position: i64,
    pub record: CardRecord,
}

impl Store {
    /// Every current card with its row id, in deck order.
    pub(crate) fn browse_cards(&self) -> Result<Vec<(i64, Card)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("browse/cards.sql"))?;
        let mut rows = stmt.query([])?;
        let mut claims = ClaimCards::new()?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let text = |i: usize| r.get_ref(i).and_then(|v| v.as_str().map_err(rusqlite::Error::from));
            let body = r.get_ref(3)?.as_blob().map_err(rusqlite::Error::from)?;
            if let Some(card) = claims.take(text(1)?, text(2)?, body)? {
                out.push((r.get(0)?, card));
            }
        }
        Ok(out)
    }

    /// Calls `each` with every current card's record, in no particular order.
    pub(crate) fn browse_states(&self, mut each: impl FnMut(BrowseState)) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(include_str!("browse/states.sql"))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            each(browse_state(row)?);
        }
        Ok(())
    }

    /// From now on, notes every card row this connection writes (any statement, triggers
    /// included), for [`Store::take_written_cards`]; forgets what was noted before. Writes
    /// through other connections are not noted: [`Store::change_key`] tells of those.
    pub(crate) fn track_card_writes(&self) -> Result<()> {
        self.conn.execute_batch(include_str!("browse/track.sql"))?;
        Ok(())
    }

    /// Calls `each` with the row id of every card this connection wrote since
    /// [`Store::track_card_writes`] or the last call, with its record when it is still a current
    /// card, then forgets them. Fails when this connection tracks nothing.
    pub(crate) fn take_written_cards(&self, mut each: impl FnMut(i64, Option<BrowseState>)) -> Result<()> {
        {
            let mut stmt = self.conn.prepare_cached(include_str!("browse/written.sql"))?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let rowid: i64 = row.get(0)?;
                let current = row.get_ref(2)?.data_type() != rusqlite::types::Type::Null;
                each(rowid, if current { Some(browse_state(row)?) } else { None });
            }
        }
        self.conn.prepare_cached("DELETE FROM browse_written")?.execute([])?;
        Ok(())
    }

    /// Changes whenever the database may have changed since it was last asked: a write through
    /// this connection (counted by SQLite, triggers included) or a commit through another one
    /// (`PRAGMA data_version`). What was read while it stays the same is still current.
    pub(crate) fn change_key(&self) -> Result<(u64, i64)> {
        let version: i64 = self.conn.prepare_cached("PRAGMA data_version")?.query_row([], |r| r.get(0))?;
        Ok((self.conn.total_changes(), version))
    }

    /// Gives each card its record, all in one transaction.
    pub(crate) fn set_records(&mut self, records: &[(CardId, CardRecord)]) -> Result<()> {
        self.transact(|tx| {
            for (id, record) in records {
                write_record(tx, id, record)?;
            }
            Ok(())
        })
    }

    /// Gives new cards their positions in the order new cards are introduced, after moving the
    /// other new cards from the first of those positions on by `shift`, all in one transaction;
    /// cards that are not new are left alone. Returns how many of `positions` changed.
    pub(crate) fn set_new_positions(&mut self, positions: &[(CardId, i64)], shift: i64) -> Result<usize> {
        let from = positions.iter().map(|(_, p)| *p).min().unwrap_or(0);
        self.transact(|tx| {
            tx.prepare_cached(include_str!("browse/shift_positions.sql"))?.execute(params![from, shift])?;
            let mut stmt = tx.prepare_cached(include_str!("browse/set_position.sql"))?;
            let mut changed = 0;
            for (id, position) in positions {
                changed += stmt.execute(params![id, position])?;
            }
            Ok(changed)
        })
    }
}

/// A row of `browse/states.sql` (or `browse/written.sql`) as a card's record.
fn browse_state(row: &rusqlite::Row) -> Result<BrowseState> {
    // The phase read in place: no string is made for each of a hundred thousand rows.
    let phase = match row.get_ref(2)?.as_str().map_err(rusqlite::Error::from)? {
        "new" => Phase::New,
        "learning" => Phase::Learning,
        "review" => Phase::Review,
        "relearning" => Phase::Relearning,
        other => return Err(StoreError::BadState(format!("unknown phase `{other}`"))),
    };
    let record = CardRecord {
        state: CardState {
            phase,
            due: row.get(3)?,
            stability: row.get(4)?,
            difficulty: row.get(5)?,
            step: row.get(6)?,
            reps: row.get(7)?,
            lapses: row.get(8)?,
            last_review: row.get(9)?,
        },
        suspended: row.get(10)?,
        leech: row.get(11)?,
    };
    Ok(BrowseState { rowid: row.get(0)?, position: row.get(1)?, record })
}
