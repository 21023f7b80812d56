//! The small numbers the review log keeps for a card's phase before an answer and for where the
//! answer was given (migration 0010). The SQL that tests them (the tallies' triggers, the
//! retention scan) uses the same numbers: review is 2.

use super::{Result, StoreError};
use crate::schedule::Phase;

/// The number the review log keeps for `phase`.
pub(crate) fn phase_code(phase: Phase) -> i64 {
    match phase {
        Phase::New => 0,
        Phase::Learning => 1,
        Phase::Review => 2,
        Phase::Relearning => 3,
    }
}

/// The phase the review log's number `code` stands for.
pub(crate) fn phase_of(code: i64) -> Result<Phase> {
    Ok(match code {
        0 => Phase::New,
        1 => Phase::Learning,
        2 => Phase::Review,
        3 => Phase::Relearning,
        _ => return Err(StoreError::BadState(format!("phase number {code}"))),
    })
}

/// Where an answer was given, by name: `review` (study) or `quiz`.
const SOURCES: [&str; 2] = ["review", "quiz"];

/// The number the review log keeps for the source `name` (`review` or `quiz`).
pub(crate) fn source_code(name: &str) -> Result<i64> {
    SOURCES
        .iter()
        .position(|s| *s == name)
        .map(|i| i as i64)
        .ok_or_else(|| StoreError::BadState(format!("answer source `{name}`")))
}

/// The source the review log's number `code` stands for.
pub(crate) fn source_name(code: i64) -> Result<&'static str> {
    usize::try_from(code)
        .ok()
        .and_then(|i| SOURCES.get(i).copied())
        .ok_or_else(|| StoreError::BadState(format!("answer source number {code}")))
}

/// The number the review log names card `id` by: its number in the card table, or else the
/// negative of its number among the cards the card table does not hold (given one when new).
pub(crate) fn card_number(conn: &rusqlite::Connection, id: &str) -> Result<i64> {
    use rusqlite::OptionalExtension;
    let known: Option<i64> =
        conn.prepare_cached(include_str!("card/number.sql"))?.query_row([id], |r| r.get(0)).optional()?;
    if let Some(num) = known {
        return Ok(num);
    }
    conn.prepare_cached(include_str!("card/absent_put.sql"))?.execute([id])?;
    Ok(conn.prepare_cached(include_str!("card/number.sql"))?.query_row([id], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phase_and_source_has_a_number_and_back() {
        for phase in [Phase::New, Phase::Learning, Phase::Review, Phase::Relearning] {
            assert_eq!(phase_of(phase_code(phase)).unwrap(), phase);
        }
        assert_eq!(phase_code(Phase::Review), 2, "the number the tallies' triggers test");
        for source in SOURCES {
            assert_eq!(source_name(source_code(source).unwrap()).unwrap(), source);
        }
        assert!(source_code("elsewhere").is_err());
        assert!(phase_of(4).is_err() && source_name(2).is_err());
    }

    #[test]
    fn answers_to_a_card_the_card_table_lacks_are_kept_and_take_its_number_when_it_comes() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = super::super::Store::open(dir.path()).unwrap();
        let deck = crate::content::Deck::builtin().unwrap();
        let cards = crate::cards::generate(&deck);
        let (later, first) = cards.split_last().unwrap();
        store.sync_cards("v1", "d", first).unwrap();
        let absent = card_number(&store.conn, later.id.as_str()).unwrap();
        assert!(absent < 0, "{absent}");
        assert_eq!(card_number(&store.conn, later.id.as_str()).unwrap(), absent, "numbered once");
        store.conn.execute(include_str!("review/insert.sql"), rusqlite::params![absent, 5_000, 3, 0, 1]).unwrap();
        let log = store.card_log(&later.id).unwrap();
        assert_eq!((log.len(), log[0].at_ms, log[0].source.as_str()), (1, 5_000, "quiz"));
        assert_eq!(store.review_history().unwrap()[0].0, later.id);

        store.sync_cards("v2", "d", &cards).unwrap();
        let num = card_number(&store.conn, later.id.as_str()).unwrap();
        assert!(num > 0, "{num}");
        let logged: i64 = store.conn.query_row("SELECT card FROM review_log", [], |r| r.get(0)).unwrap();
        assert_eq!(logged, num, "its answer names it by its number in the card table");
        let left: i64 = store.conn.query_row("SELECT COUNT(*) FROM card_absent", [], |r| r.get(0)).unwrap();
        assert_eq!(left, 0);
        assert_eq!(store.card_log(&later.id).unwrap().len(), 1);
        assert_eq!(store.card_content(&later.id).unwrap().as_ref(), Some(later));
    }
}
