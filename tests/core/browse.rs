//! Browse and search on the built-in deck in a real SQLite file: each filter finds exactly the
//! cards the deck and the answers say, sorting orders by each column, bulk actions change the
//! stored state of the chosen cards and nothing else; the query parser never panics and its
//! canonical form reads back as the same query.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Duration;
use proptest::prelude::*;
use steppe::Collection;
use steppe::cards::{Card, CardKind};
use steppe::content::Deck;
use steppe::ids::CardId;
use steppe::schedule::{Phase, Rating};
use steppe::search::{
    self, BrowseRow, BrowseSort, BulkAction, BulkDone, Compare, Filter, Kind, NumField, Op, Query, QueryProblem,
    SortColumn, State,
};

use crate::clock;

const ALL: u32 = u32::MAX;

fn deck() -> Deck {
    Deck::builtin().expect("the built-in deck is valid")
}

struct Fixture {
    _dir: tempfile::TempDir,
    clock: std::sync::Arc<steppe::clock::FixedClock>,
    c: Collection,
    deck: Deck,
    cards: Vec<Card>,
}

fn open() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let deck = deck();
    let c = Collection::open_with(dir.path(), deck.clone(), Box::new(clock.clone()), crate::no_fuzz()).unwrap();
    let cards = steppe::cards::generate(&deck);
    Fixture { _dir: dir, clock, c, deck, cards }
}

fn rows(c: &Collection, query: &str) -> Vec<BrowseRow> {
    rows_sorted(c, query, BrowseSort::default())
}

fn rows_sorted(c: &Collection, query: &str, sort: BrowseSort) -> Vec<BrowseRow> {
    let page = c.browse(query, sort, 0, ALL).unwrap();
    assert_eq!(page.error, None, "`{query}` reads");
    assert_eq!(page.total as usize, page.rows.len(), "`{query}`: one page holds everything here");
    page.rows
}

fn ids(c: &Collection, query: &str) -> BTreeSet<String> {
    rows(c, query).into_iter().map(|r| r.card.0).collect()
}

fn expected(f: &Fixture, keep: impl Fn(&Card) -> bool) -> BTreeSet<String> {
    f.cards.iter().filter(|c| keep(c)).map(|c| c.id.0.clone()).collect()
}

fn claim_of<'a>(f: &'a Fixture, card: &Card) -> &'a steppe::content::Claim {
    f.deck.claim(&card.claim).expect("every card's claim is in the deck")
}

/// Answers `id` with `ratings`, a day apart.
fn study(f: &mut Fixture, id: &str, ratings: &[Rating]) {
    for rating in ratings {
        f.c.answer(&id.into(), *rating).unwrap();
        f.clock.advance(Duration::minutes(1));
    }
}

#[test]
fn the_empty_query_lists_every_card_of_the_deck_in_deck_order_with_counts() {
    let f = open();
    let page = f.c.browse("", BrowseSort::default(), 0, 10).unwrap();
    assert_eq!(page.total as usize, f.cards.len());
    assert_eq!(page.cards as usize, f.cards.len());
    assert_eq!(page.claims as usize, f.cards.iter().map(|c| &c.claim).collect::<BTreeSet<_>>().len());
    assert_eq!(page.rows.len(), 10);
    assert!(page.rows.iter().all(|r| r.phase == Phase::New && r.position.is_some() && r.due.is_none()));
    let positions: Vec<u32> = rows(&f.c, "").iter().map(|r| r.position.unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "deck order is the order new cards come in");
    // A later page starts where the first ended.
    let second = f.c.browse("", BrowseSort::default(), 10, 10).unwrap();
    assert_eq!(second.offset, 10);
    assert_eq!(second.rows[0].card, rows(&f.c, "")[10].card);
}

#[test]
fn words_and_phrases_search_the_claim_statement_quote_question_and_prompt_regardless_of_case() {
    let f = open();
    let has = |c: &Card, needle: &str| {
        let claim = claim_of(&f, c);
        [claim.text.as_str(), claim.quote.as_str(), claim.question.as_deref().unwrap_or(""), c.prompt.as_str()]
            .iter()
            .any(|t| t.to_lowercase().contains(needle))
    };
    let want = expected(&f, |c| has(c, "ulaanbaatar"));
    assert!(!want.is_empty());
    assert_eq!(ids(&f.c, "ULAANBAATAR"), want);
    let want = expected(&f, |c| has(c, "north korea"));
    assert!(!want.is_empty());
    assert_eq!(ids(&f.c, "\"North Korea\""), want, "a phrase is matched whole");
    let both = expected(&f, |c| has(c, "north") && has(c, "korea"));
    assert_eq!(ids(&f.c, "north korea"), both, "two words: both, anywhere");
    assert!(ids(&f.c, "zzqxv").is_empty());
}

#[test]
fn tag_reading_claim_card_and_kind_filters_find_exactly_their_cards() {
    let f = open();
    let tag = f.deck.claims.iter().flat_map(|c| c.tags.iter()).next().unwrap().clone();
    assert_eq!(ids(&f.c, &format!("tag:{tag}")), expected(&f, |c| claim_of(&f, c).tags.contains(&tag)));
    assert_eq!(
        ids(&f.c, &format!("tag:{}*", &tag[..3])),
        expected(&f, |c| claim_of(&f, c).tags.iter().any(|t| t.starts_with(&tag[..3])))
    );
    let reading = f.deck.readings[1].citation.id.clone();
    assert_eq!(ids(&f.c, &format!("reading:{reading}")), expected(&f, |c| claim_of(&f, c).reading == reading));
    let prefix: String = reading.as_str().chars().take(4).collect();
    assert_eq!(
        ids(&f.c, &format!("reading:{prefix}*")),
        expected(&f, |c| claim_of(&f, c).reading.as_str().starts_with(&prefix))
    );
    let claim = &f.deck.claims[3].id;
    assert_eq!(ids(&f.c, &format!("claim:{claim}")), expected(&f, |c| &c.claim == claim));
    assert_eq!(ids(&f.c, "kind:cloze"), expected(&f, |c| c.kind == CardKind::Cloze));
    assert_eq!(ids(&f.c, "kind:true_false"), expected(&f, |c| c.kind == CardKind::TrueFalse));
    assert_eq!(
        ids(&f.c, "kind:date"),
        expected(&f, |c| claim_of(&f, c).kind == steppe::content::ClaimKind::Date),
        "a claim kind finds the cards of claims of that kind"
    );
    let card = &f.cards[5].id;
    assert_eq!(ids(&f.c, &format!("card:{card}")), BTreeSet::from([card.0.clone()]));
    let disputed = expected(&f, |c| !claim_of(&f, c).conflicts_with.is_empty());
    assert!(!disputed.is_empty(), "the built-in deck has disagreements");
    assert_eq!(ids(&f.c, "is:disputed"), disputed);
    assert!(rows(&f.c, "is:disputed").iter().all(|r| r.disputed));
}

#[test]
fn state_due_lapses_and_recall_filters_follow_the_answers() {
    let mut f = open();
    let learning = f.cards[0].id.0.clone();
    let review = f.cards[1].id.0.clone();
    let lapsed = f.cards[2].id.0.clone();
    study(&mut f, &learning, &[Rating::Again]);
    study(&mut f, &review, &[Rating::Easy]);
    study(&mut f, &lapsed, &[Rating::Easy]);
    f.clock.advance(Duration::days(30));
    study(&mut f, &lapsed, &[Rating::Again]);
    study(&mut f, &lapsed, &[Rating::Good]);

    let row = |id: &str| rows(&f.c, &format!("card:{id}")).remove(0);
    assert_eq!(ids(&f.c, "is:learning"), BTreeSet::from([learning.clone()]));
    assert_eq!(ids(&f.c, "is:review"), BTreeSet::from([review.clone(), lapsed.clone()]));
    assert_eq!(ids(&f.c, "-is:new"), BTreeSet::from([learning.clone(), review.clone(), lapsed.clone()]));
    assert_eq!(ids(&f.c, "is:new").len(), f.cards.len() - 3);
    assert_eq!(ids(&f.c, "lapses>0"), BTreeSet::from([lapsed.clone()]));
    assert_eq!(ids(&f.c, "lapses=1 reps>=3"), BTreeSet::from([lapsed.clone()]));
    assert_eq!(row(&lapsed).lapses, 1);

    // Thirty days on, the card answered Easy once is overdue and fading; the learning card too
    // is due (its step passed long ago).
    let overdue = row(&review);
    assert!(overdue.due_in_days.unwrap() < 0, "overdue: {overdue:?}");
    assert!(ids(&f.c, "is:due").contains(&review));
    assert!(ids(&f.c, "is:due").contains(&learning));
    assert!(!ids(&f.c, "is:due").contains(&lapsed), "just answered: due in days");
    assert_eq!(ids(&f.c, "due<0"), ids(&f.c, "is:due -due>=0"));
    let recall = overdue.recall.expect("a studied card has a recall probability");
    assert!(recall < 0.9);
    assert!(ids(&f.c, &format!("prop:r<{}", recall + 0.001)).contains(&review));
    assert!(!ids(&f.c, &format!("prop:r<{}", recall - 0.001)).contains(&review));
    assert!(ids(&f.c, "prop:r<1").len() <= 3, "new cards have no recall probability");
    assert!(ids(&f.c, "prop:due<1000").len() == 3, "nor a due date");
    assert_eq!(ids(&f.c, "prop:lapses>0"), ids(&f.c, "lapses>0"));

    f.c.bulk(&[learning.as_str().into()], BulkAction::Suspend).unwrap();
    assert_eq!(ids(&f.c, "is:suspended"), BTreeSet::from([learning.clone()]));
    assert!(!ids(&f.c, "is:due").contains(&learning), "a suspended card is not due");
}

#[test]
fn a_card_that_lapses_eight_times_is_found_as_a_leech() {
    let mut f = open();
    let id = f.cards[0].id.0.clone();
    study(&mut f, &id, &[Rating::Easy]);
    for _ in 0..8 {
        f.clock.advance(Duration::days(40));
        study(&mut f, &id, &[Rating::Again, Rating::Easy]);
    }
    assert_eq!(ids(&f.c, "is:leech"), BTreeSet::from([id.clone()]));
    assert_eq!(ids(&f.c, "is:leech is:suspended lapses>=8"), BTreeSet::from([id.clone()]));
    f.c.bulk(&[id.as_str().into()], BulkAction::Unsuspend).unwrap();
    assert!(ids(&f.c, "is:leech or is:suspended").is_empty(), "unsuspending a leech clears its tag");
}

#[test]
fn or_negation_and_parentheses_combine_sets() {
    let f = open();
    let all = ids(&f.c, "");
    let cloze = ids(&f.c, "kind:cloze");
    let typed = ids(&f.c, "kind:typed");
    let tag = f.deck.claims[0].tags[0].clone();
    let tagged = ids(&f.c, &format!("tag:{tag}"));
    assert_eq!(ids(&f.c, "kind:cloze or kind:typed"), &cloze | &typed);
    assert_eq!(ids(&f.c, "-kind:cloze"), &all - &cloze);
    assert_eq!(ids(&f.c, &format!("tag:{tag} kind:cloze")), &tagged & &cloze);
    assert_eq!(ids(&f.c, &format!("tag:{tag} and kind:cloze")), &tagged & &cloze);
    assert_eq!(ids(&f.c, &format!("tag:{tag} (kind:cloze or kind:typed)")), &tagged & &(&cloze | &typed));
    assert_eq!(
        ids(&f.c, &format!("tag:{tag} kind:cloze or kind:typed")),
        &(&tagged & &cloze) | &typed,
        "AND binds tighter than or"
    );
    assert_eq!(ids(&f.c, &format!("-(tag:{tag} or kind:cloze)")), &(&all - &tagged) - &cloze);
}

#[test]
fn each_column_sorts_both_ways_with_cards_without_a_value_last() {
    let mut f = open();
    for (i, card) in f.cards.clone().iter().take(12).enumerate() {
        let rating = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy][i % 4];
        study(&mut f, card.id.as_str(), &[rating]);
        f.clock.advance(Duration::days(1));
    }
    let sorted = |column, descending| rows_sorted(&f.c, "", BrowseSort { column, descending });
    let n = f.cards.len();
    for descending in [false, true] {
        let order = |ascending: bool| if descending { !ascending } else { ascending };
        let due = sorted(SortColumn::Due, descending);
        assert_eq!(due.len(), n);
        let dues: Vec<i32> = due.iter().map_while(|r| r.due_in_days).collect();
        assert_eq!(dues.len(), 12, "the studied cards first");
        assert!(dues.windows(2).all(|w| w[0] == w[1] || order(w[0] < w[1])), "{dues:?}");
        assert!(due[12..].iter().all(|r| r.due.is_none()));

        let recall = sorted(SortColumn::Recall, descending);
        let values: Vec<f32> = recall.iter().map_while(|r| r.recall).collect();
        assert_eq!(values.len(), 12);
        assert!(values.windows(2).all(|w| w[0] == w[1] || order(w[0] < w[1])), "{values:?}");

        let by_text = sorted(SortColumn::Text, descending);
        let texts: Vec<String> = by_text.iter().map(|r| r.text.to_lowercase()).collect();
        assert!(texts.windows(2).all(|w| w[0] == w[1] || order(w[0] < w[1])));

        let by_id = sorted(SortColumn::Card, descending);
        assert!(by_id.windows(2).all(|w| order(w[0].card < w[1].card)));

        let by_reading = sorted(SortColumn::Reading, descending);
        assert!(by_reading.windows(2).all(|w| w[0].reading == w[1].reading || order(w[0].reading < w[1].reading)));

        let by_state = sorted(SortColumn::State, descending);
        let new_first = by_state.first().unwrap().phase == Phase::New;
        assert_eq!(new_first, !descending);

        let by_lapses = sorted(SortColumn::Lapses, descending);
        assert!(by_lapses.windows(2).all(|w| w[0].lapses == w[1].lapses || order(w[0].lapses < w[1].lapses)));

        let by_kind = sorted(SortColumn::Kind, descending);
        assert_eq!(by_kind.len(), n);
    }
}

/// Every card's row, by id, minus the columns that change with the clock.
fn snapshot(c: &Collection) -> BTreeMap<CardId, BrowseRow> {
    rows(c, "").into_iter().map(|r| (r.card.clone(), r)).collect()
}

fn changed(before: &BTreeMap<CardId, BrowseRow>, after: &BTreeMap<CardId, BrowseRow>) -> BTreeSet<String> {
    assert_eq!(before.len(), after.len());
    before.iter().filter(|(id, row)| after[*id] != **row).map(|(id, _)| id.0.clone()).collect()
}

#[test]
fn bulk_suspend_and_unsuspend_change_only_the_chosen_cards_and_the_queue_follows() {
    let mut f = open();
    let chosen: Vec<CardId> = f.cards.iter().take(5).map(|c| c.id.clone()).collect();
    let new_before = f.c.session().unwrap().today.new;
    let before = snapshot(&f.c);
    let done = f.c.bulk(&chosen, BulkAction::Suspend).unwrap();
    assert_eq!(done, BulkDone { changed: 5, skipped: 0 });
    let after = snapshot(&f.c);
    assert_eq!(changed(&before, &after), chosen.iter().map(|c| c.0.clone()).collect());
    assert!(chosen.iter().all(|id| after[id].suspended && !before[id].suspended));
    assert_eq!(f.c.suspended_cards().unwrap().len(), 5, "the suspended list agrees");
    let session = f.c.session().unwrap();
    assert!(session.card.is_some_and(|card| !chosen.contains(&card.id)), "a suspended card is not shown");
    assert!(session.today.new <= new_before);

    // Suspending again changes nothing; unknown ids are skipped.
    let again = f.c.bulk(&[chosen[0].clone(), "no-such:cloze".into()], BulkAction::Suspend).unwrap();
    assert_eq!(again, BulkDone { changed: 0, skipped: 1 });

    let done = f.c.bulk(&chosen, BulkAction::Unsuspend).unwrap();
    assert_eq!(done.changed, 5);
    assert_eq!(snapshot(&f.c), before, "unsuspending restores exactly what was there");
}

#[test]
fn bulk_forget_resets_studied_cards_to_new_and_keeps_their_history() {
    let mut f = open();
    let a = f.cards[0].id.clone();
    let b = f.cards[1].id.clone();
    study(&mut f, a.as_str(), &[Rating::Good, Rating::Good]);
    study(&mut f, b.as_str(), &[Rating::Easy]);
    let before = snapshot(&f.c);
    let done = f.c.bulk(std::slice::from_ref(&a), BulkAction::Forget).unwrap();
    assert_eq!(done.changed, 1);
    let after = snapshot(&f.c);
    assert_eq!(changed(&before, &after), BTreeSet::from([a.0.clone()]));
    let row = &after[&a];
    assert_eq!((row.phase, row.reps, row.lapses, row.due.as_deref(), row.recall), (Phase::New, 0, 0, None, None));
    assert_eq!(f.c.card_history(&a).unwrap().answers.len(), 2, "the review log keeps its answers");
    assert!(ids(&f.c, "is:new").contains(a.as_str()));
}

#[test]
fn bulk_reschedule_puts_studied_cards_due_within_the_range_and_skips_new_ones() {
    let mut f = open();
    let studied: Vec<CardId> = f.cards.iter().take(6).map(|c| c.id.clone()).collect();
    for id in &studied {
        study(&mut f, id.as_str(), &[Rating::Good, Rating::Good]);
    }
    let fresh = f.cards[10].id.clone();
    let mut chosen = studied.clone();
    chosen.push(fresh.clone());
    let before = snapshot(&f.c);
    let done = f.c.bulk(&chosen, BulkAction::Reschedule { from_days: 3, to_days: 5 }).unwrap();
    assert_eq!(done, BulkDone { changed: 6, skipped: 1 });
    let after = snapshot(&f.c);
    assert_eq!(changed(&before, &after), studied.iter().map(|c| c.0.clone()).collect());
    for id in &studied {
        let row = &after[id];
        assert_eq!(row.phase, Phase::Review);
        assert!((3..=5).contains(&row.due_in_days.unwrap()), "{row:?}");
        assert_eq!((row.reps, row.lapses), (before[id].reps, before[id].lapses));
    }
    assert_eq!(ids(&f.c, "due>=3 due<=5"), studied.iter().map(|c| c.0.clone()).collect());
    // Due today (a day later, when the siblings answered today are no longer buried): the queue
    // offers it at once.
    f.clock.advance(Duration::days(1));
    f.c.bulk(&studied[..1], BulkAction::Reschedule { from_days: 0, to_days: 0 }).unwrap();
    assert_eq!(f.c.session().unwrap().today.review, 1);
}

#[test]
fn bulk_reposition_orders_new_cards_and_skips_studied_ones() {
    let mut f = open();
    let studied = f.cards[0].id.clone();
    study(&mut f, studied.as_str(), &[Rating::Good]);
    let last: Vec<CardId> = f.cards.iter().rev().take(3).map(|c| c.id.clone()).collect();
    let mut chosen = last.clone();
    chosen.push(studied.clone());
    let before = snapshot(&f.c);
    let order_before: Vec<CardId> = rows(&f.c, "is:new").into_iter().map(|r| r.card).collect();
    let done = f.c.bulk(&chosen, BulkAction::Reposition { start: 0, step: 1 }).unwrap();
    assert_eq!(done, BulkDone { changed: 3, skipped: 1 });
    let after = snapshot(&f.c);
    let without_position = |row: &BrowseRow| BrowseRow { position: None, ..row.clone() };
    for (id, row) in &before {
        assert_eq!(without_position(row), without_position(&after[id]), "only positions change");
    }
    let order_after: Vec<CardId> = rows(&f.c, "is:new").into_iter().map(|r| r.card).collect();
    let others = |order: &[CardId]| order.iter().filter(|id| !last.contains(id)).cloned().collect::<Vec<_>>();
    assert_eq!(others(&order_after), others(&order_before), "the other new cards keep their order, after them");
    let first: Vec<CardId> = rows(&f.c, "is:new").into_iter().take(3).map(|r| r.card).collect();
    assert_eq!(first, last, "they now come first, in the order given");
    assert_eq!(f.c.session().unwrap().card.unwrap().id, last[0], "and the queue introduces them next");
}

/// What a search of `f.c` finds is what a collection opened afresh on a copy of its database
/// (made through another connection, which writes nothing) finds, for a few queries, every
/// column of every row compared.
fn assert_searches_see_the_stored_state(f: &Fixture, after: &str) {
    let copy = tempfile::tempdir().unwrap();
    let db = f._dir.path().join(steppe::DB_FILE_NAME);
    let target = copy.path().join(steppe::DB_FILE_NAME);
    rusqlite::Connection::open(&db).unwrap().execute("VACUUM INTO ?1", [target.to_str().unwrap()]).unwrap();
    let fresh =
        Collection::open_with(copy.path(), f.deck.clone(), Box::new(f.clock.clone()), crate::no_fuzz()).unwrap();
    // By card id: the one order without ties (ties in deck order keep the order of the deck
    // when the collection first searched, which a fresh one does not know).
    let sort = BrowseSort { column: SortColumn::Card, descending: false };
    for query in ["", "is:due", "is:new", "is:suspended", "is:learning", "lapses>0", "prop:r<0.95"] {
        let (seen, stored) = (rows_sorted(&f.c, query, sort), rows_sorted(&fresh, query, sort));
        let differ: Vec<_> = seen.iter().zip(&stored).filter(|(a, b)| a != b).take(2).collect();
        assert!(differ.is_empty() && seen.len() == stored.len(), "after {after}: `{query}`: {differ:#?}");
    }
}

#[test]
fn each_search_after_answers_undo_suspensions_bulk_actions_and_outside_writes_sees_the_stored_state() {
    let mut f = open();
    let all: Vec<CardId> = f.cards.iter().map(|c| c.id.clone()).collect();
    let id = |at: usize| all[at].clone();
    assert_searches_see_the_stored_state(&f, "opening");

    let a = id(0);
    f.c.answer(&a, Rating::Good).unwrap();
    assert_searches_see_the_stored_state(&f, "an answer");
    study(&mut f, id(1).as_str(), &[Rating::Again, Rating::Hard]);
    f.clock.advance(Duration::days(3));
    study(&mut f, a.as_str(), &[Rating::Easy]);
    assert_searches_see_the_stored_state(&f, "more answers, days later");

    f.c.undo().unwrap();
    assert_searches_see_the_stored_state(&f, "an undo");
    f.c.undo_and_continue().unwrap();
    assert_searches_see_the_stored_state(&f, "a second undo");

    f.c.set_suspended(&id(2), true).unwrap();
    assert_searches_see_the_stored_state(&f, "a suspension");
    f.c.suspend_and_continue(&id(2), false).unwrap();
    f.c.suspend_and_continue(&a, true).unwrap();
    assert_searches_see_the_stored_state(&f, "an unsuspension and a suspension");

    let chosen: Vec<CardId> = f.cards.iter().skip(3).take(4).map(|c| c.id.clone()).collect();
    for id in &chosen[..2] {
        study(&mut f, id.as_str(), &[Rating::Good]);
    }
    for (action, name) in [
        (BulkAction::Suspend, "bulk suspend"),
        (BulkAction::Unsuspend, "bulk unsuspend"),
        (BulkAction::Reschedule { from_days: 1, to_days: 4 }, "bulk reschedule"),
        (BulkAction::Forget, "bulk forget"),
    ] {
        f.c.bulk(&chosen, action).unwrap();
        assert_searches_see_the_stored_state(&f, name);
    }
    let last: Vec<CardId> = f.cards.iter().rev().take(3).map(|c| c.id.clone()).collect();
    f.c.bulk(&last, BulkAction::Reposition { start: 0, step: 1 }).unwrap();
    assert_searches_see_the_stored_state(&f, "bulk reposition (every new card moves)");

    // A write by another connection (another process, a sync tool): every record is read again.
    let outside = rusqlite::Connection::open(f._dir.path().join(steppe::DB_FILE_NAME)).unwrap();
    let changed = outside
        .execute(
            "UPDATE card SET suspended = 1, lapses = lapses + 2 WHERE id IN (?1, ?2)",
            [id(8).as_str(), id(1).as_str()],
        )
        .unwrap();
    assert_eq!(changed, 2);
    assert!(ids(&f.c, "is:suspended").contains(id(8).as_str()), "seen at once");
    assert_searches_see_the_stored_state(&f, "a write through another connection");
    // And this collection's own writes are followed again after it.
    study(&mut f, id(9).as_str(), &[Rating::Good]);
    f.c.bulk(&chosen, BulkAction::Suspend).unwrap();
    assert_searches_see_the_stored_state(&f, "an answer and a bulk action after the outside write");
    drop(outside);
}

#[test]
fn a_bad_query_gives_its_column_and_problem_and_no_rows() {
    let f = open();
    let cases: [(&str, u32, QueryProblem); 9] = [
        ("tag:", 5, QueryProblem::ExpectedValue { field: "tag".into() }),
        ("dokdo \"open", 7, QueryProblem::UnclosedQuote),
        ("(is:new", 1, QueryProblem::UnclosedParen),
        ("is:new)", 7, QueryProblem::UnexpectedParen),
        ("tga:energy", 1, QueryProblem::UnknownField { found: "tga".into() }),
        ("is:sleeping", 4, QueryProblem::UnknownState { found: "sleeping".into() }),
        ("kind:essay", 6, QueryProblem::UnknownKind { found: "essay".into() }),
        ("prop:r<1.5", 8, QueryProblem::BadNumber { field: "r".into(), expected: search::NumberKind::Probability }),
        ("a or", 5, QueryProblem::ExpectedTerm),
    ];
    for (query, column, problem) in cases {
        let page = f.c.browse(query, BrowseSort::default(), 0, 10).unwrap();
        let error = page.error.unwrap_or_else(|| panic!("`{query}` is refused"));
        assert_eq!((error.column, &error.problem), (column, &problem), "`{query}`");
        assert!(page.rows.is_empty() && page.total == 0);
    }
}

#[test]
fn the_canonical_form_of_a_typed_query_is_shown() {
    let f = open();
    let page = f.c.browse("  IS:due   AND Tag:x  OR  (prop:R<0.80)  ", BrowseSort::default(), 0, 1).unwrap();
    assert_eq!(page.query, "is:due tag:x or prop:r<0.8");
}

// ---- the parser ----

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z가-힣а-яө]{1,8}",
        "[ -~]{1,10}",
        Just("or".to_owned()),
        Just("AND".to_owned()),
        Just("-x".to_owned()),
        Just("due<3".to_owned()),
        Just("a\"b\\c".to_owned()),
    ]
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9*-]{1,8}", "[ -~]{1,8}"]
}

fn leaf() -> impl Strategy<Value = Query> {
    let kinds: Vec<&'static str> = search::kind_names();
    prop_oneof![
        text().prop_map(Query::Text),
        value().prop_map(|v| Query::Filter(Filter::Tag(v))),
        value().prop_map(|v| Query::Filter(Filter::Reading(v))),
        value().prop_map(|v| Query::Filter(Filter::Claim(v))),
        value().prop_map(|v| Query::Filter(Filter::Card(v))),
        prop::sample::select(kinds).prop_map(|k| Query::Filter(Filter::Kind(Kind::parse(k).unwrap()))),
        prop::sample::select(State::ALL.to_vec()).prop_map(|s| Query::Filter(Filter::Is(s))),
        (prop::sample::select(vec![NumField::Due, NumField::Lapses, NumField::Reps]), op(), -1000i64..1000)
            .prop_map(|(field, op, v)| Query::Compare(Compare { field, op, value: v as f64 })),
        (op(), 0u32..=1000).prop_map(|(op, v)| Query::Compare(Compare {
            field: NumField::Recall,
            op,
            value: f64::from(v) / 1000.0
        })),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop::sample::select(Op::ALL.to_vec())
}

/// Queries as the parser gives them: groups of two or more parts, no double negation.
fn query() -> impl Strategy<Value = Query> {
    leaf().prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            inner.clone().prop_map(|q| match q {
                Query::Not(inner) => *inner,
                q => Query::Not(Box::new(q)),
            }),
            prop::collection::vec(inner.clone(), 2..4).prop_map(Query::And),
            prop::collection::vec(inner, 2..4).prop_map(Query::Or),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_parser_never_panics(input in any::<String>()) {
        let _ = search::parse(&input);
    }

    #[test]
    fn the_parser_never_panics_on_query_like_text(input in "[a-z:\"()\\- <>=!.0-9*\\\\]{0,40}") {
        if let Err(e) = search::parse(&input) {
            prop_assert!(e.column as usize <= input.chars().count() + 1);
        }
    }

    #[test]
    fn the_canonical_form_reads_back_as_the_same_query(q in query()) {
        let printed = q.to_string();
        prop_assert_eq!(search::parse(&printed), Ok(q), "printed as `{}`", printed);
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = "(".repeat(100_000);
    assert_eq!(search::parse(&deep).unwrap_err().problem, QueryProblem::TooDeep);
    let negations = "-".repeat(100_001) + "x";
    assert_eq!(search::parse(&negations), Ok(Query::Not(Box::new(Query::Text("x".into())))));
    assert_eq!(search::parse("   "), Ok(Query::All));
}

/// A timeline's and a disagreement's prompt carry their frame everywhere the app shows a card
/// outside review (a browse row, the card history, the list of suspended cards, an undo), so
/// that the app words it in its language; the English prompt stays for exports and search.
#[test]
fn framed_prompts_carry_their_frame_to_every_view_of_a_card() {
    use steppe::cards::PromptFrame;
    let mut f = open();
    let timeline = rows(&f.c, "kind:timeline").into_iter().next().expect("the deck has timelines");
    assert_eq!(timeline.frame, Some(PromptFrame::Timeline));
    assert_eq!(timeline.text, PromptFrame::Timeline.english(), "the English stays the row's text");
    let sources = rows(&f.c, "kind:sources").into_iter().next().expect("the deck has disputes");
    assert!(matches!(sources.frame, Some(PromptFrame::Sources { .. })), "{:?}", sources.frame);
    let cloze = rows(&f.c, "kind:cloze").into_iter().next().unwrap();
    assert_eq!(cloze.frame, None, "a deck's own prompt has no frame");

    let history = f.c.card_history(&sources.card).unwrap();
    assert_eq!(history.frame, sources.frame);
    assert_eq!(f.c.card_history(&cloze.card).unwrap().frame, None);

    f.c.set_suspended(&sources.card, true).unwrap();
    let suspended = f.c.suspended_cards().unwrap();
    assert_eq!(suspended.len(), 1);
    assert_eq!(suspended[0].frame, sources.frame);

    f.clock.advance(Duration::seconds(5));
    f.c.answer(&timeline.card, Rating::Good).unwrap();
    let undone = f.c.undo_and_continue().unwrap().undone.expect("the answer is taken back");
    assert_eq!(undone.card, timeline.card);
    assert_eq!(undone.frame, Some(PromptFrame::Timeline));
    assert_eq!(undone.prompt, PromptFrame::Timeline.english());
}
