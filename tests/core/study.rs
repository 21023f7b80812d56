use chrono::Duration;
use steppe::schedule::Rating;
use steppe::{Collection, Error, StoreError};

use crate::{clock, small_deck};

fn open(dir: &std::path::Path, clock: &std::sync::Arc<steppe::clock::FixedClock>) -> Collection {
    Collection::open_with(dir, small_deck(), Box::new(clock.clone()), crate::no_fuzz()).expect("collection opens")
}

#[test]
fn a_fresh_collection_offers_new_cards_in_deck_order_with_labels() {
    let dir = tempfile::tempdir().unwrap();
    let c = open(dir.path(), &clock());
    let session = c.session().unwrap();
    let card = session.card.expect("a new card is due");
    assert_eq!(card.id.as_str(), "rounds:cloze");
    assert_eq!(card.prompt, "Mongolia hosted […] of talks.");
    assert_eq!(card.source.quote, "hosted three rounds of talks");
    assert_eq!(
        [card.intervals.again, card.intervals.hard, card.intervals.good, card.intervals.easy],
        [60, 330, 600, 8 * 86_400],
        "intervals come from the learning steps and FSRS's easy interval"
    );
    assert_eq!(
        (session.today.new, session.today.learning, session.today.review),
        (3, 0, 0),
        "three claims: one new card of each is studied today"
    );
}

#[test]
fn answers_persist_in_the_sqlite_file_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    {
        let mut c = open(dir.path(), &clock);
        c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
        c.answer(&"embassy:cloze".into(), Rating::Easy).unwrap();
    }
    let c = open(dir.path(), &clock);
    let stats = c.stats().unwrap();
    // Ten cards less three true/false cards: the small deck has no false statement to ask.
    assert_eq!((stats.new, stats.learning, stats.review, stats.reviews_total), (5, 1, 1, 2));
    assert_eq!(stats.due_today.learning, 1, "the 10m learning card is due later today");
}

#[test]
fn siblings_wait_until_tomorrow_and_learning_cards_return_on_time() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = open(dir.path(), &clock);
    let next = c.answer(&"rounds:cloze".into(), Rating::Again).unwrap();
    let next = next.card.unwrap().id;
    assert!(
        next.as_str().starts_with("embassy:"),
        "rounds:qa is buried as a sibling; the next claim's lead comes: {next}"
    );
    clock.advance(Duration::minutes(1));
    assert_eq!(c.session().unwrap().card.unwrap().id.as_str(), "rounds:cloze", "a learning card due now comes first");
    c.answer(&"rounds:cloze".into(), Rating::Easy).unwrap();
    clock.advance(Duration::days(1));
    let ids: Vec<String> = std::iter::from_fn(|| {
        let card = c.session().unwrap().card?;
        c.answer(&card.id, Rating::Easy).unwrap();
        Some(card.id.0)
    })
    .collect();
    assert!(ids.contains(&"rounds:qa".to_owned()), "the sibling is back the next day: {ids:?}");
}

#[test]
fn the_daily_new_card_limit_holds() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let deck = steppe::content::Deck::builtin().unwrap();
    let mut c = Collection::open(dir.path(), deck, Box::new(clock.clone())).unwrap();
    let mut answered = 0;
    while let Some(card) = c.session().unwrap().card {
        c.answer(&card.id, Rating::Easy).unwrap();
        answered += 1;
        assert!(answered <= 20, "no more than the daily limit of 20");
    }
    assert_eq!(answered, 20);
    let done = c.session().unwrap();
    assert_eq!((done.today.new, done.reviewed_today), (0, 20));
    assert!(done.next_due.is_some(), "the end screen says when the next card is due");
}

#[test]
fn a_file_that_is_not_a_steppe_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(steppe::DB_FILE_NAME);
    std::fs::write(&path, b"these are someone's notes, not a database").unwrap();
    let err = Collection::open(dir.path(), small_deck(), Box::new(clock())).err().expect("refused");
    assert!(matches!(err, Error::Store(StoreError::NotSqlite { .. })), "{err}");
    assert_eq!(err.report().code, "not_a_steppe_database");
    assert_eq!(std::fs::read(&path).unwrap(), b"these are someone's notes, not a database");

    let other = dir.path().join("other");
    std::fs::create_dir(&other).unwrap();
    let foreign = rusqlite::Connection::open(other.join(steppe::DB_FILE_NAME)).unwrap();
    foreign.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me');").unwrap();
    drop(foreign);
    let err = Collection::open(&other, small_deck(), Box::new(clock())).err().expect("refused");
    assert!(matches!(err, Error::Store(StoreError::Foreign { .. })), "{err}");
    let kept: String = rusqlite::Connection::open(other.join(steppe::DB_FILE_NAME))
        .unwrap()
        .query_row("SELECT body FROM notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, "keep me");
}

#[test]
fn a_database_from_a_newer_steppe_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path(), &clock()));
    let conn = rusqlite::Connection::open(dir.path().join(steppe::DB_FILE_NAME)).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let err = Collection::open(dir.path(), small_deck(), Box::new(clock())).err().expect("refused");
    assert_eq!(err.report().code, "db_newer_than_app", "{err}");
}

#[test]
fn cards_of_a_removed_claim_are_archived_with_their_history() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = open(dir.path(), &clock);
    c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
    drop(c);
    let mut files = crate::small_deck_files();
    let claims = files[2].text.replace("id = \"rounds\"", "id = \"rounds-renamed\"");
    files[2] = steppe::content::SourceFile::new("claims/001-r1.toml", claims);
    let edited = steppe::content::compile(&files).unwrap();
    let c = Collection::open(dir.path(), edited, Box::new(clock.clone())).unwrap();
    let stats = c.stats().unwrap();
    assert_eq!((stats.cards, stats.reviews_total), (7, 1), "the old cards are archived, the review stays");
    drop(c);
    let c = open(dir.path(), &clock);
    assert_eq!(c.stats().unwrap().learning, 1, "restoring the claim restores its progress");
}

#[test]
fn progress_counts_days_retention_and_mastery() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = open(dir.path(), &clock);
    c.answer(&"rounds:cloze".into(), Rating::Easy).unwrap();
    c.answer(&"embassy:cloze".into(), Rating::Easy).unwrap();
    clock.advance(Duration::days(8));
    c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
    c.answer(&"embassy:cloze".into(), Rating::Again).unwrap();

    let p = c.progress().unwrap();
    assert_eq!(p.reviews_per_day.len(), 365);
    let last = p.reviews_per_day.last().unwrap();
    assert_eq!((last.date.as_str(), last.count), ("2026-01-13", 2), "today is the last day");
    assert_eq!(p.reviews_per_day[364 - 8].count, 2, "two answers eight days ago");
    assert_eq!(p.reviews_per_day.iter().map(|d| d.count).sum::<u32>(), 4);
    assert_eq!(p.forecast.len(), 30);
    assert_eq!(p.forecast[0].date, "2026-01-13");
    assert_eq!(p.retention.len(), 1, "one week with reviews of graduated cards");
    assert_eq!(
        (p.retention[0].week_of.as_str(), p.retention[0].reviews, p.retention[0].recalled),
        ("2026-01-12", 2, 1)
    );
    assert_eq!(p.readings.len(), 1);
    assert_eq!(
        (p.readings[0].claims, p.readings[0].seen, p.readings[0].mastered),
        (3, 2, 1),
        "after Easy then Good, `rounds` is remembered for weeks; `embassy` lapsed"
    );
}

#[test]
fn settings_change_the_limits_and_the_day_and_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = open(dir.path(), &clock);
    let settings = steppe::settings::Settings { new_per_day: 1, rollover_hour: 10, ..c.settings().clone() };
    c.set_settings(settings.clone()).unwrap();
    let first = c.session().unwrap().card.unwrap();
    let done = c.answer(&first.id, Rating::Easy).unwrap();
    assert!(done.card.is_none(), "one new card a day, and it is used");
    clock.advance(Duration::hours(2));
    assert!(c.session().unwrap().card.is_some(), "at 11:00 a new study day has begun (rollover at 10:00)");
    drop(c);
    let c = open(dir.path(), &clock);
    assert_eq!(c.settings(), &settings, "settings survive reopening");
    let mut c = c;
    let err = c.set_settings(steppe::settings::Settings { rollover_hour: 30, ..settings.clone() }).unwrap_err();
    assert_eq!(err.to_string(), "the day must begin at an hour from 0 to 23, not 30");
    assert_eq!(c.settings(), &settings, "a rejected change leaves everything as it was");
}

#[test]
fn the_reading_view_lists_each_claims_cards_and_the_other_sources() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = Collection::open_with(
        dir.path(),
        steppe::content::Deck::builtin().unwrap(),
        Box::new(clock.clone()),
        crate::no_fuzz(),
    )
    .unwrap();
    let claim = "bt-strategic-partnership-south";
    let lead = c.reading(&"breakthrough-2015".into()).unwrap().claims.into_iter().find(|n| n.id.as_str() == claim);
    let lead = lead.unwrap().cards[0].id.clone();
    c.answer(&lead, Rating::Good).unwrap();
    let view = c.reading(&"breakthrough-2015".into()).unwrap();
    let note = view.claims.iter().find(|n| n.id.as_str() == claim).unwrap();
    let kinds: Vec<&str> = note.cards.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(kinds[0], lead.as_str(), "cards in study order, the claim's lead first: {kinds:?}");
    assert_eq!(note.cards[0].phase, steppe::schedule::Phase::Learning);
    assert_eq!(note.cards[0].due.as_deref(), Some("2026-01-05T09:10:00+08:00"));
    assert!(note.cards[1..].iter().all(|c| c.phase == steppe::schedule::Phase::New && c.due.is_none()));
    let others: Vec<&str> = note.conflicts.iter().map(|c| c.reading.as_str()).collect();
    assert!(
        !others.is_empty() && others.iter().all(|r| *r == "seoul-mongolia-yoon-2022"),
        "the 2022 article's version: {others:?}"
    );
    let summary =
        c.library().unwrap().readings.into_iter().find(|r| r.citation.id.as_str() == "breakthrough-2015").unwrap();
    assert_eq!((summary.claims_seen, summary.claims_mastered), (1, 0));
}

#[test]
fn studying_one_reading_gives_only_its_cards() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Collection::open_with(
        dir.path(),
        steppe::content::Deck::builtin().unwrap(),
        Box::new(clock()),
        crate::no_fuzz(),
    )
    .unwrap();
    let focused = c.set_study_focus(Some("campi-peace-process-2019".into())).unwrap();
    assert_eq!(focused.focus.as_ref().map(|r| r.as_str()), Some("campi-peace-process-2019"));
    let first = focused.card.unwrap();
    assert_eq!(first.source.reading.as_str(), "campi-peace-process-2019");
    let next = c.answer(&first.id, Rating::Easy).unwrap();
    assert_eq!(next.card.unwrap().source.reading.as_str(), "campi-peace-process-2019", "the focus holds");
    let all = c.set_study_focus(None).unwrap();
    assert_eq!(all.card.unwrap().source.reading.as_str(), "breakthrough-2015", "back to deck order");
    assert_eq!(c.set_study_focus(Some("nope".into())).unwrap_err().report().code, "not_found");
}

#[test]
fn suspended_cards_are_listed_with_their_reading_and_return_to_study_when_unsuspended() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = open(dir.path(), &clock());
    assert!(c.suspended_cards().unwrap().is_empty());
    c.set_suspended(&"rounds:cloze".into(), true).unwrap();
    let listed = c.suspended_cards().unwrap();
    assert_eq!(listed.len(), 1);
    let card = &listed[0];
    assert_eq!((card.id.as_str(), card.prompt.as_str()), ("rounds:cloze", "Mongolia hosted […] of talks."));
    assert_eq!((card.reading.as_str(), card.reading_title.as_str()), ("r1", "Reading One"));
    assert!(!card.leech);
    assert_ne!(c.session().unwrap().card.unwrap().id.as_str(), "rounds:cloze", "a suspended card is not studied");

    assert!(c.unsuspend(&"rounds:cloze".into()).unwrap().is_empty(), "nothing is left suspended");
    assert_eq!(c.session().unwrap().card.unwrap().id.as_str(), "rounds:cloze", "it is back in its place");
}

#[test]
fn a_leech_is_listed_as_suspended_and_unsuspending_it_clears_the_tag() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = open(dir.path(), &clock);
    let id: steppe::ids::CardId = "embassy:cloze".into();
    // Learn the card, then forget it at every review, a month apart, until the leech rule acts.
    for _ in 0..100 {
        if c.leeches().unwrap().contains(&id) {
            break;
        }
        let phase = c.stored_states().unwrap().into_iter().find(|(i, _)| i == &id).unwrap().1.phase;
        let rating = if phase == steppe::schedule::Phase::Review { Rating::Again } else { Rating::Easy };
        c.answer(&id, rating).unwrap();
        clock.advance(Duration::days(30));
    }
    let listed = c.suspended_cards().unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].leech && listed[0].id == id);
    assert_eq!(listed[0].lapses, steppe::LEECH_LAPSES);

    c.unsuspend(&id).unwrap();
    assert!(c.leeches().unwrap().is_empty(), "unsuspending a leech clears its tag");
    assert!(c.suspended_cards().unwrap().is_empty());
}

#[test]
fn undo_says_which_card_it_took_back_or_that_there_was_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = open(dir.path(), &clock());
    let nothing = c.undo_and_continue().unwrap();
    assert!(nothing.undone.is_none(), "no answer yet, nothing to undo");
    assert_eq!(nothing.session.card.unwrap().id.as_str(), "rounds:cloze");

    c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
    let result = c.undo_and_continue().unwrap();
    let undone = result.undone.expect("the answer was undone");
    assert_eq!((undone.card.as_str(), undone.prompt.as_str()), ("rounds:cloze", "Mongolia hosted […] of talks."));
    assert_eq!(result.session.reviewed_today, 0);
    assert!(c.undo_and_continue().unwrap().undone.is_none(), "one answer, one undo");
}

#[test]
fn undoing_a_lapse_restores_the_cards_whole_stored_record() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = open(dir.path(), &clock);
    let card: steppe::ids::CardId = "rounds:cloze".into();
    let state = |c: &Collection| c.stored_states().unwrap().into_iter().find(|(id, _)| *id == card).unwrap().1;
    c.answer(&card, Rating::Easy).unwrap();
    clock.advance(Duration::days(10));
    c.answer(&card, Rating::Good).unwrap();
    clock.advance(Duration::days(40));
    let before = state(&c);
    assert_eq!((before.phase, before.lapses), (steppe::schedule::Phase::Review, 0), "a review card: {before:?}");
    c.answer(&card, Rating::Again).unwrap();
    let lapsed = state(&c);
    assert_eq!(lapsed.lapses, 1, "Again on a review card is a lapse");
    c.undo().unwrap();
    assert_eq!(state(&c), before, "every field, lapses included, is as it was");
}
