//! The student's SQLite file: opening it safely, migrations, card state and the review log.
//! Nothing outside this module sees SQL.

mod open;

use rusqlite::{Connection, OptionalExtension, named_params, params};
use std::path::PathBuf;

use crate::cards::Card;
use crate::ids::CardId;
use crate::schedule::{CardState, Phase, Rating};

pub use open::DB_FILE_NAME;

/// Problems with the database file. Every message names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "`{path}` is not a SQLite database; Steppe leaves it untouched. Move it away or restore a backup"
    )]
    NotSqlite { path: PathBuf },
    #[error("`{path}` is a SQLite database of another program; Steppe leaves it untouched")]
    Foreign { path: PathBuf },
    #[error(
        "`{path}` was written by a newer Steppe (schema {found}, this one knows up to {supported}); update Steppe to open it"
    )]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error(
        "`{path}` is damaged ({detail}); Steppe leaves it untouched. Restore the newest backup"
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error("cannot use the data folder `{path}`: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored card state is unreadable: {0}")]
    BadState(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

pub(crate) struct Store {
    conn: Connection,
}

/// Per-reading card counts for today.
pub(crate) struct ReadingCounts {
    pub reading_id: String,
    pub new: u32,
    pub learning: u32,
    pub review: u32,
    pub total: u32,
}

/// The window of time "today" means to the queue.
pub(crate) struct Today {
    pub now: i64,
    pub day_start_ms: i64,
    pub day_end: i64,
    pub new_left: u32,
}

impl Store {
    pub(crate) fn open(data_dir: &std::path::Path) -> Result<Self> {
        Ok(Self {
            conn: open::open(data_dir)?,
        })
    }

    /// Runs `f` in one transaction: all of it is committed, or none of it.
    fn transact<T>(&mut self, f: impl FnOnce(&rusqlite::Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Makes the card table match the deck: new cards are added in deck order, cards whose claim
    /// is gone are archived (never deleted), cards that came back are restored.
    pub(crate) fn sync_cards(&mut self, cards: &[Card]) -> Result<()> {
        self.transact(|tx| {
            let mut insert = tx.prepare_cached(include_str!("card/insert_new.sql"))?;
            for (position, card) in cards.iter().enumerate() {
                insert.execute(params![
                    card.id,
                    card.claim,
                    card.reading,
                    card.kind.name(),
                    position as i64
                ])?;
            }
            let ids: Vec<&str> = cards.iter().map(|c| c.id.as_str()).collect();
            let ids = serde_json::to_string(&ids).expect("strings serialise");
            tx.execute(include_str!("card/archive_missing.sql"), [ids])?;
            Ok(())
        })
    }

    pub(crate) fn card_state(&self, id: &CardId) -> Result<Option<CardState>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/get.sql"))?;
        let row = stmt
            .query_row([id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                    row.get(5)?,
                    row.get(6)?,
                    row.get(7)?,
                ))
            })
            .optional()?;
        row.map(
            |(phase, due, stability, difficulty, step, reps, lapses, last_review)| {
                let phase = Phase::parse(&phase)
                    .ok_or_else(|| StoreError::BadState(format!("unknown phase `{phase}`")))?;
                Ok(CardState {
                    phase,
                    due,
                    stability,
                    difficulty,
                    step,
                    reps,
                    lapses,
                    last_review,
                })
            },
        )
        .transpose()
    }

    /// Writes the answer to the review log and the card's new state together.
    pub(crate) fn record_answer(
        &mut self,
        id: &CardId,
        rating: Rating,
        at_ms: i64,
        before: &CardState,
        after: &CardState,
    ) -> Result<()> {
        let previous = serde_json::to_string(before).expect("card state serialises");
        self.transact(|tx| {
            tx.prepare_cached(include_str!("review/insert.sql"))?
                .execute(params![
                    id,
                    at_ms,
                    rating as i64,
                    before.phase.name(),
                    "review",
                    previous
                ])?;
            write_state(tx, id, after)?;
            Ok(())
        })
    }

    pub(crate) fn next_due(&self, today: &Today) -> Result<Option<CardId>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("card/next_due.sql"))?;
        Ok(stmt
            .query_row(
                named_params! {":now": today.now, ":day_end": today.day_end, ":day_start_ms": today.day_start_ms, ":new_left": today.new_left},
                |row| row.get(0),
            )
            .optional()?)
    }

    pub(crate) fn counts(&self, day_end: i64) -> Result<Vec<ReadingCounts>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/counts.sql"))?;
        let rows = stmt.query_map(named_params! {":day_end": day_end}, |row| {
            Ok(ReadingCounts {
                reading_id: row.get(0)?,
                new: row.get(1)?,
                learning: row.get(2)?,
                review: row.get(3)?,
                total: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// When the next card that has been studied comes due, if any.
    pub(crate) fn next_due_time(&self) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached(include_str!("card/next_learning_due.sql"))?
            .query_row([], |r| r.get(0))?)
    }

    pub(crate) fn new_cards_introduced_since(&self, since_ms: i64) -> Result<u32> {
        Ok(self
            .conn
            .prepare_cached(include_str!("review/new_introduced_since.sql"))?
            .query_row([since_ms], |r| r.get(0))?)
    }

    pub(crate) fn reviews_since(&self, since_ms: i64) -> Result<u32> {
        Ok(self
            .conn
            .prepare_cached(include_str!("review/count_since.sql"))?
            .query_row([since_ms], |r| r.get(0))?)
    }

    pub(crate) fn total_reviews(&self) -> Result<u32> {
        Ok(self
            .conn
            .prepare_cached(include_str!("review/count_all.sql"))?
            .query_row([], |r| r.get(0))?)
    }

    /// Cards per phase, archived cards excluded.
    pub(crate) fn phase_totals(&self) -> Result<Vec<(Phase, u32)>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("card/phase_totals.sql"))?;
        let rows = stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (phase, n) = row?;
            out.push((
                Phase::parse(&phase)
                    .ok_or_else(|| StoreError::BadState(format!("unknown phase `{phase}`")))?,
                n,
            ));
        }
        Ok(out)
    }
}

fn write_state(tx: &rusqlite::Transaction, id: &CardId, s: &CardState) -> Result<()> {
    tx.prepare_cached(include_str!("card/update_state.sql"))?
        .execute(params![
            id,
            s.phase.name(),
            s.due,
            s.stability,
            s.difficulty,
            s.step,
            s.reps,
            s.lapses,
            s.last_review
        ])?;
    Ok(())
}
