//! The studied cards due on each study day, for load balancing, which asks at every answer and
//! every card shown. Counting them from the card table each time read thousands of rows per
//! question at 100k cards; this keeps the counts in a temporary table that triggers update on
//! every write of this connection, built once and built again only when another connection
//! committed, or study days start at another hour.

use std::cell::Cell;

use super::{Result, Store};

const DAY: i64 = 86_400;

/// What the temporary table was built for: the seconds after midnight UTC at which study days
/// start, and `PRAGMA data_version` when it was built.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct Built {
    boundary: i64,
    data_version: i64,
}

/// Whether (and for what) this connection's calendar is built.
#[derive(Default)]
pub(super) struct Calendar(Cell<Option<Built>>);

impl Calendar {
    /// Forgets the table, for a transaction rolled back (which takes back its building too).
    pub(super) fn forget(&self) {
        self.0.set(None);
    }
}

impl Store {
    /// Studied cards (suspended and archived ones too) due on each study day from `first` to
    /// `last` days after the one starting at `day_start` (seconds), both included.
    pub(crate) fn due_per_day(&self, day_start: i64, first: u32, last: u32) -> Result<Vec<u32>> {
        let boundary = day_start.rem_euclid(DAY);
        let data_version: i64 = self.conn.prepare_cached("PRAGMA data_version")?.query_row([], |r| r.get(0))?;
        let wanted = Built { boundary, data_version };
        if self.calendar.0.get() != Some(wanted) {
            self.calendar.forget();
            self.build_calendar(boundary)?;
            self.calendar.0.set(Some(wanted));
        }
        let today = (day_start - boundary).div_euclid(DAY);
        let (from, to) = (today + i64::from(first), today + i64::from(last));
        let mut out = vec![0; (last.saturating_sub(first) + 1) as usize];
        let mut stmt = self.conn.prepare_cached(include_str!("calendar/range.sql"))?;
        let rows = stmt.query_map([from, to], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?)))?;
        for row in rows {
            let (day, n) = row?;
            out[(day - from) as usize] = n;
        }
        Ok(out)
    }

    /// Makes the temporary table and its triggers for study days starting `boundary` seconds
    /// after midnight UTC, and counts the cards into it. Counting here rather than with SQL's
    /// GROUP BY reads the due times in index order, with no sort.
    fn build_calendar(&self, boundary: i64) -> Result<()> {
        self.conn.execute_batch(&include_str!("calendar/build.sql").replace("{boundary}", &boundary.to_string()))?;
        let mut days: Vec<(i64, u32)> = Vec::new();
        let mut stmt = self.conn.prepare_cached(include_str!("calendar/studied_due.sql"))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let day = (row.get::<_, i64>(0)? - boundary) / DAY;
            match days.last_mut() {
                Some((last, n)) if *last == day => *n += 1,
                _ => days.push((day, 1)),
            }
        }
        let mut insert = self.conn.prepare_cached("INSERT INTO due_day (day, n) VALUES (?1, ?2)")?;
        for (day, n) in days {
            insert.execute(rusqlite::params![day, n])?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CardRecord, Store};
    use crate::ids::CardId;
    use crate::schedule::{CardState, Phase};

    const DAY_START: i64 = 1_780_000_000 - 1_780_000_000 % 86_400 + 4 * 3600;

    /// The count as the card table says, without the calendar.
    fn counted(store: &Store, day_start: i64, first: u32, last: u32) -> Vec<u32> {
        (first..=last)
            .map(|d| {
                let from = day_start + i64::from(d) * 86_400;
                store
                    .conn
                    .query_row(
                        "SELECT COUNT(*) FROM card WHERE phase IN ('learning', 'relearning', 'review') \
                         AND due >= ?1 AND due < ?2",
                        [from, from + 86_400],
                        |r| r.get(0),
                    )
                    .unwrap()
            })
            .collect()
    }

    fn record(phase: Phase, due: i64) -> CardRecord {
        CardRecord {
            state: CardState {
                phase,
                due: Some(due),
                stability: Some(3.0),
                difficulty: Some(5.0),
                step: 0,
                reps: 1,
                lapses: 0,
                last_review: Some(due - 86_400),
            },
            suspended: false,
            leech: false,
        }
    }

    #[test]
    fn the_calendar_follows_every_write_and_other_connections_commits() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let deck = crate::content::Deck::builtin().unwrap();
        let cards = crate::cards::generate(&deck);
        store.sync_cards(&crate::cards::cache_key(&deck), &deck.info.id, &cards).unwrap();
        let ids: Vec<CardId> = cards.iter().map(|c| c.id.clone()).collect();
        let phases = [Phase::Review, Phase::Learning, Phase::Relearning, Phase::New];
        let records: Vec<(CardId, CardRecord)> = ids[..400]
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), record(phases[i % 4], DAY_START + (i as i64 * 7_919) % (40 * 86_400))))
            .collect();
        store.set_records(&records).unwrap();
        let same = |store: &Store, day_start: i64| {
            assert_eq!(store.due_per_day(day_start, 0, 45).unwrap(), counted(store, day_start, 0, 45));
            assert_eq!(store.due_per_day(day_start, 3, 9).unwrap(), counted(store, day_start, 3, 9));
        };
        same(&store, DAY_START);
        assert!(store.due_per_day(DAY_START, 0, 45).unwrap().iter().sum::<u32>() > 250);

        // This connection's writes: one card moved, one back to new, many at once.
        store.set_records(&[(ids[0].clone(), record(Phase::Review, DAY_START + 20 * 86_400))]).unwrap();
        store.set_records(&[(ids[1].clone(), record(Phase::New, DAY_START))]).unwrap();
        same(&store, DAY_START);
        let moved: Vec<(CardId, CardRecord)> =
            ids[100..300].iter().map(|id| (id.clone(), record(Phase::Review, DAY_START + 5 * 86_400))).collect();
        store.set_records(&moved).unwrap();
        same(&store, DAY_START);

        // Another connection's commit, which no trigger of this one sees.
        let other = rusqlite::Connection::open(dir.path().join("steppe.sqlite")).unwrap();
        other.execute("UPDATE card SET due = due + 86400 WHERE phase = 'review'", []).unwrap();
        same(&store, DAY_START);

        // A transaction rolled back takes back its writes and the calendar with them.
        store
            .conn
            .execute_batch("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON card BEGIN SELECT RAISE(ABORT, 'refused'); END")
            .unwrap();
        assert!(store.set_records(&moved).is_err());
        store.conn.execute_batch("DROP TRIGGER refuse").unwrap();
        same(&store, DAY_START);

        // Study days that start at another hour (a new rollover or time zone).
        same(&store, DAY_START + 3 * 3600);
        same(&store, DAY_START - 5 * 3600);
    }
}
