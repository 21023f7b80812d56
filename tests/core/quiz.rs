use steppe::Collection;
use steppe::cards::{AnswerMatch, CardKind, Given};
use steppe::content::Deck;
use steppe::quiz::QuizScope;
use steppe::schedule::Rating;

use crate::clock;

fn builtin(dir: &std::path::Path) -> Collection {
    Collection::open_with(dir, Deck::builtin().unwrap(), Box::new(clock()), crate::no_fuzz()).unwrap()
}

fn review_log(dir: &std::path::Path) -> Vec<(String, i64, String)> {
    let db = rusqlite::Connection::open(dir.join(steppe::DB_FILE_NAME)).unwrap();
    let mut stmt = db.prepare("SELECT card_id, rating, source FROM review_log ORDER BY id").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect()
}

/// A right answer to a question, from the card the quiz drew.
fn right_answer(deck_cards: &[steppe::cards::Card], card: &steppe::ids::CardId) -> Given {
    let card = deck_cards.iter().find(|c| &c.id == card).unwrap();
    match card.kind {
        CardKind::MultipleChoice | CardKind::TrueFalse => Given::Choice { index: card.correct_choice.unwrap() },
        CardKind::Timeline => Given::Order { order: card.correct_order.clone() },
        _ => Given::Text { text: card.answer.clone() },
    }
}

#[test]
fn a_reading_quiz_is_seeded_and_stays_in_its_reading() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = builtin(dir.path());
    let scope = QuizScope::Reading { id: "campi-peace-process-2019".into() };
    let quiz = c.start_quiz(scope.clone(), 10, Some(42)).unwrap();
    assert_eq!(quiz.questions.len(), 10);
    assert!(
        quiz.questions
            .iter()
            .all(|q| q.card.as_str().starts_with("cpp-") || q.card.as_str().starts_with("timeline:campi"))
    );
    let again = c.start_quiz(scope, 10, Some(42)).unwrap();
    let ids = |q: &steppe::quiz::QuizView| q.questions.iter().map(|q| q.card.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&quiz), ids(&again), "same scope and seed, same questions");
    assert_ne!(quiz.id, again.id, "each quiz is stored on its own");
}

#[test]
fn misses_count_as_again_reviews_and_right_answers_leave_the_schedule_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = builtin(dir.path());
    let cards = steppe::cards::generate(c.deck());
    let quiz = c.start_quiz(QuizScope::All, 4, Some(1)).unwrap();
    let before = c.stored_states().unwrap();

    let first = &quiz.questions[0];
    let feedback = c.answer_quiz(quiz.id, 0, &right_answer(&cards, &first.card)).unwrap();
    assert_eq!(feedback.outcome, AnswerMatch::Exact);
    assert!(review_log(dir.path()).is_empty(), "a right answer writes no review");
    assert_eq!(c.stored_states().unwrap(), before, "and changes no schedule");

    let second = &quiz.questions[1];
    let wrong = match second.kind {
        CardKind::MultipleChoice | CardKind::TrueFalse => {
            let card = cards.iter().find(|c| c.id == second.card).unwrap();
            Given::Choice { index: (card.correct_choice.unwrap() + 1) % card.choices.len() as u32 }
        }
        CardKind::Timeline => Given::Order { order: vec![] },
        _ => Given::Text { text: "Atlantis".into() },
    };
    let feedback = c.answer_quiz(quiz.id, 1, &wrong).unwrap();
    assert_eq!(feedback.outcome, AnswerMatch::Wrong);
    assert!(!feedback.source.quote.is_empty(), "the feedback shows the source quote");
    assert_eq!(review_log(dir.path()), vec![(second.card.0.clone(), Rating::Again as i64, "quiz".to_owned())]);

    let err = c.answer_quiz(quiz.id, 1, &wrong).unwrap_err();
    assert_eq!(err.report().code, "already_answered");

    let result = c.finish_quiz(quiz.id).unwrap();
    assert_eq!((result.score, result.total, result.answered), (1, 4, 2));
    assert_eq!(result.misses.len(), 3, "the wrong answer and the two left out");
    assert_eq!(result.misses[0].card, second.card);
    assert_eq!(result.misses[0].correct_answer, feedback.correct_answer);
    assert_eq!(result.misses[1].given, None, "a question left out has no answer");
}

#[test]
fn weak_and_tag_scopes() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = builtin(dir.path());
    let err = c.start_quiz(QuizScope::Weak, 20, Some(3)).unwrap_err();
    assert_eq!(err.report().code, "empty_quiz", "{err}");

    c.answer(&"bt-middle-road:cloze".into(), Rating::Again).unwrap();
    let weak = c.start_quiz(QuizScope::Weak, 20, Some(3)).unwrap();
    assert_eq!(weak.questions.len(), 1, "one claim is weak, so one question");
    assert!(weak.questions[0].card.as_str().starts_with("bt-middle-road:"));

    let tagged = c.start_quiz(QuizScope::Tag { tag: "trade".into() }, 50, Some(3)).unwrap();
    assert!(!tagged.questions.is_empty());
    for q in &tagged.questions {
        let card = steppe::cards::generate(c.deck()).into_iter().find(|card| card.id == q.card).unwrap();
        let has_tag = card.claims.iter().any(|id| c.deck().claim(id).unwrap().tags.iter().any(|t| t == "trade"));
        assert!(has_tag, "`{}` is about trade", q.card);
    }
}
