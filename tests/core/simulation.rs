//! A year of daily study of the whole built-in deck with an injected clock: limits, burying,
//! leeches, undo, and state rebuilt from the review log.

use chrono::{Duration, Timelike};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;
use steppe::Collection;
use steppe::clock::Clock;
use steppe::content::Deck;
use steppe::ids::CardId;
use steppe::schedule::{Phase, Rating};
use steppe::settings::Settings;

use crate::clock;

const DAYS: i64 = 365;
/// This card is failed at every review, so it must become a leech.
const DOOMED: &str = "bt-middle-road:cloze";

fn phase_of(c: &Collection, id: &CardId) -> Phase {
    c.stored_states().unwrap().into_iter().find(|(i, _)| i == id).expect("card exists").1.phase
}

#[test]
fn a_year_of_study_keeps_limits_buries_siblings_catches_leeches_and_replays_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let deck = Deck::builtin().unwrap();
    assert!(deck.claim(&"bt-middle-road".into()).is_some(), "the doomed card's claim exists");
    let mut c = Collection::open(dir.path(), deck, Box::new(clock.clone())).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let doomed = CardId::from(DOOMED);
    let mut undo_checks = 0;
    let limits = Settings::default();

    for day in 0..DAYS {
        // Study from 09:00 until 22:00, coming back when learning cards are due.
        let mut session = c.session().unwrap();
        loop {
            if let Some(card) = session.card {
                let rating = if card.id == doomed {
                    if phase_of(&c, &card.id) == Phase::Review { Rating::Again } else { Rating::Good }
                } else {
                    match rng.random_range(0..100) {
                        0..10 => Rating::Again,
                        10..20 => Rating::Hard,
                        20..85 => Rating::Good,
                        _ => Rating::Easy,
                    }
                };
                if day % 50 == 7 && undo_checks < 8 {
                    let before = (c.stored_states().unwrap(), c.stats().unwrap().reviews_total);
                    c.answer(&card.id, rating).unwrap();
                    assert_eq!(c.undo().unwrap(), Some(card.id.clone()), "undo names the card it restored");
                    assert_eq!(
                        (c.stored_states().unwrap(), c.stats().unwrap().reviews_total),
                        before,
                        "undo restores the exact previous state and log"
                    );
                    undo_checks += 1;
                }
                session = c.answer(&card.id, rating).unwrap();
                continue;
            }
            let next = session.next_due.map(|t| chrono::DateTime::parse_from_rfc3339(&t).unwrap());
            match next {
                Some(t) if t > clock.now() && t.date_naive() == clock.now().date_naive() && t.hour() < 22 => {
                    clock.advance(t - clock.now());
                    session = c.session().unwrap();
                }
                _ => break,
            }
        }
        let now = clock.now();
        clock.advance(
            Duration::days(1)
                - (now - now.date_naive().and_hms_opt(9, 0, 0).unwrap().and_local_timezone(*now.offset()).unwrap()),
        );
    }
    assert!(undo_checks >= 6, "undo was exercised: {undo_checks}");

    // Read the real SQLite file to check what happened day by day.
    let db = rusqlite::Connection::open(dir.path().join(steppe::DB_FILE_NAME)).unwrap();
    let mut per_day: BTreeMap<i64, Vec<(String, String, String)>> = BTreeMap::new();
    let mut stmt = db
        .prepare("SELECT (r.reviewed_at / 1000 + 8 * 3600 - 4 * 3600) / 86400, c.id, CASE r.phase WHEN 0 THEN 'new' WHEN 1 THEN 'learning' WHEN 2 THEN 'review' ELSE 'relearning' END, c.claim_id FROM review_log r JOIN card c ON c.num = r.card ORDER BY r.id")
        .unwrap();
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap() {
        let (day, card, phase, claim) = row.unwrap();
        per_day.entry(day).or_default().push((card, phase, claim));
    }
    assert_eq!(per_day.len() as i64, DAYS, "studied every day");
    let mut total = 0;
    for (day, answers) in &per_day {
        total += answers.len();
        let new = answers.iter().filter(|(_, p, _)| p == "new").count() as u32;
        let reviews = answers.iter().filter(|(_, p, _)| p == "review").count() as u32;
        assert!(new <= limits.new_per_day, "day {day}: {new} new cards");
        assert!(reviews <= limits.reviews_per_day, "day {day}: {reviews} reviews");
        // Burying: of one claim, only one card starts (new or review) on a given day.
        for (card, phase, claim) in answers.iter().filter(|(_, p, _)| p == "new" || p == "review") {
            let siblings = answers
                .iter()
                .filter(|(c2, p2, cl2)| cl2 == claim && c2 != card && (p2 == "new" || p2 == "review"))
                .count();
            assert_eq!(siblings, 0, "day {day}: `{card}` ({phase}) and a sibling of claim `{claim}` were both started");
        }
    }
    assert!(total > 5_000, "a year of study answers thousands of cards: {total}");

    let leeches = c.leeches().unwrap();
    assert!(leeches.contains(&doomed), "8 lapses make a leech: {leeches:?}");
    assert!(c.session().unwrap().card.is_none_or(|card| card.id != doomed), "a leech is suspended");
    let doomed_state = c.stored_states().unwrap().into_iter().find(|(i, _)| *i == doomed).unwrap().1;
    assert_eq!(doomed_state.lapses, 8, "suspended at the eighth lapse, not later");

    assert_eq!(
        c.states_from_review_log().unwrap(),
        c.stored_states().unwrap(),
        "the review log alone rebuilds every card's state"
    );
    let mut progress_calls = 0;
    let parameters = c.optimize(&mut |_, _| progress_calls += 1).expect("a year of reviews is enough to optimise");
    assert_eq!(parameters.len(), 21, "FSRS-6 has 21 parameters");
    assert_ne!(parameters, fsrs::DEFAULT_PARAMETERS.to_vec(), "the fit moves away from the defaults");
    assert!(progress_calls > 0, "progress is reported while the optimiser runs");
    assert_ne!(
        c.states_from_review_log().unwrap(),
        c.stored_states().unwrap(),
        "new parameters would schedule the same history differently"
    );

    let forecast = c.forecast().unwrap();
    assert_eq!(forecast.len(), 30);
    assert!(forecast.iter().sum::<u32>() > 0, "cards are due in the coming month: {forecast:?}");
}
