//! A card's history: answers at known times on a fixed clock give known rows, recall
//! probabilities and a forgetting curve.

use chrono::Duration;
use steppe::schedule::{Phase, Rating};
use steppe::views::{AnswerSource, CardHistory};
use steppe::{Collection, Error};

use crate::{clock, small_deck};

const DAY: i64 = 86_400;

fn open(dir: &std::path::Path, clock: &std::sync::Arc<steppe::clock::FixedClock>) -> Collection {
    Collection::open_with(dir, small_deck(), Box::new(clock.clone()), crate::no_fuzz()).expect("collection opens")
}

/// FSRS-6's forgetting curve with the published default decay, written out here rather than
/// taken from the crate: R(t) = (1 + factor · t / S)^(−decay), with R(S) = 0.9.
fn recall(stability: f32, days: f64) -> f64 {
    let decay = 0.1542_f64;
    let factor = 0.9_f64.powf(-1.0 / decay) - 1.0;
    (1.0 + factor * days / f64::from(stability)).powf(-decay)
}

fn close(actual: Option<f32>, expected: f64) -> bool {
    actual.is_some_and(|a| (f64::from(a) - expected).abs() < 1e-4)
}

#[test]
fn every_answer_is_listed_with_its_time_interval_memory_and_the_recall_it_was_given_at() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = open(dir.path(), &clock);
    let id = "rounds:cloze".into();
    c.answer(&id, Rating::Good).unwrap();
    clock.advance(Duration::minutes(10));
    c.answer(&id, Rating::Good).unwrap();
    clock.advance(Duration::days(3));
    c.answer(&id, Rating::Again).unwrap();
    clock.advance(Duration::hours(2));

    let h = c.card_history(&id).unwrap();
    assert_eq!((h.claim.as_str(), h.reading.as_str(), h.reading_title.as_str()), ("rounds", "r1", "Reading One"));
    assert_eq!(h.claim_text, "Mongolia hosted three rounds of talks.");
    assert_eq!(h.quote, "hosted three rounds of talks");
    assert_eq!(h.prompt, "Mongolia hosted […] of talks.");
    assert_eq!(h.now, "2026-01-08T11:10:00+08:00");

    let rows: Vec<_> = h.answers.iter().map(|a| (a.at.as_str(), a.rating, a.phase, a.interval, a.source)).collect();
    assert_eq!(
        rows,
        [
            ("2026-01-05T09:00:00+08:00", Rating::Good, Phase::New, Some(600), AnswerSource::Review),
            ("2026-01-05T09:10:00+08:00", Rating::Good, Phase::Learning, Some(3 * DAY), AnswerSource::Review),
            ("2026-01-08T09:10:00+08:00", Rating::Again, Phase::Review, Some(600), AnswerSource::Review),
        ],
        "each answer at its local time, with the card's phase before it and the interval it gave"
    );
    let [first, second, third] = &h.answers[..] else { panic!("three answers") };
    assert_eq!(first.recall, None, "a new card has no recall probability to answer at");
    let stability = |a: &steppe::views::HistoryAnswer| a.stability.expect("a stability after every answer");
    assert!(
        close(second.recall, recall(stability(first), 10.0 / 1440.0)),
        "ten minutes after the first answer: {:?}",
        second.recall
    );
    assert!(
        close(third.recall, recall(stability(second), 3.0)),
        "three days after graduating, near the desired 0.9: {:?}",
        third.recall
    );
    assert!(stability(third) < stability(second), "a lapse lowers the stability");
    assert!(third.difficulty > second.difficulty, "and raises the difficulty");

    let m = &h.memory;
    assert_eq!((m.phase, m.reps, m.lapses, m.suspended, m.leech), (Phase::Relearning, 3, 1, false, false));
    assert_eq!((m.stability, m.difficulty), (third.stability, third.difficulty), "the memory the last answer left");
    assert_eq!(m.due.as_deref(), Some("2026-01-08T09:20:00+08:00"));
    assert_eq!(m.last_review.as_deref(), Some("2026-01-08T09:10:00+08:00"));
    assert!(close(m.recall, recall(stability(third), 2.0 / 24.0)), "two hours after the lapse: {:?}", m.recall);
}

#[test]
fn the_forgetting_curve_runs_from_now_through_the_due_date_to_as_long_again() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = open(dir.path(), &clock);
    let id = "embassy:cloze".into();
    c.answer(&id, Rating::Easy).unwrap();
    clock.advance(Duration::days(2));

    let h: CardHistory = c.card_history(&id).unwrap();
    let interval = h.answers[0].interval.expect("easy gives a review interval");
    assert_eq!(interval, 8 * DAY, "FSRS's easy interval for a new card");
    let stability = h.memory.stability.unwrap();
    assert_eq!(h.due_in_days, Some(6.0), "due eight days after the answer, two of them gone");

    let curve = &h.curve;
    assert_eq!(curve.first().map(|p| p.days), Some(0.0), "it starts now");
    assert_eq!(curve.first().map(|p| p.recall), h.memory.recall, "at the recall probability now");
    assert!(close(h.memory.recall, recall(stability, 2.0)));
    assert_eq!(curve.last().map(|p| p.days), Some(14.0), "the six days to the due date and eight more");
    let at_due = curve.iter().find(|p| p.days == 6.0).expect("a point at the due date");
    assert!(close(Some(at_due.recall), recall(stability, 8.0)), "{at_due:?}");
    assert!(curve.windows(2).all(|w| w[0].days < w[1].days && w[0].recall > w[1].recall), "it only falls: {curve:?}");
    assert!(curve.len() > 50, "enough points to draw a smooth line");
    assert_eq!(h.desired_retention, 0.9);
}

#[test]
fn a_new_card_has_no_answers_recall_or_curve() {
    let dir = tempfile::tempdir().unwrap();
    let deck = steppe::content::Deck::builtin().unwrap();
    let c = Collection::open(dir.path(), deck, Box::new(clock())).unwrap();
    let card = c.session().unwrap().card.expect("a new card");
    let h = c.card_history(&card.id).unwrap();
    assert!(h.answers.is_empty() && h.curve.is_empty());
    assert_eq!((h.memory.phase, h.memory.recall, h.memory.due, h.due_in_days), (Phase::New, None, None, None));
    assert_eq!(h.quote, card.source.quote, "the built-in deck's claim and reading");
    assert_eq!(h.reading_title, card.source.reading_title);
    assert!(!h.reading_title.is_empty());
}

#[test]
fn an_undone_answer_leaves_the_history_and_an_unknown_card_is_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = open(dir.path(), &clock);
    let id = "rounds:cloze".into();
    c.answer(&id, Rating::Good).unwrap();
    clock.advance(Duration::minutes(10));
    c.answer(&id, Rating::Hard).unwrap();
    c.undo().unwrap();
    let h = c.card_history(&id).unwrap();
    assert_eq!(h.answers.len(), 1);
    assert_eq!(h.memory.reps, 1);
    assert_eq!(h.answers[0].interval, Some(600), "the first answer's interval, from the record it left");
    assert!(matches!(c.card_history(&"no-such:card".into()), Err(Error::NotFound(_))));
}
