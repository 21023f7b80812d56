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
    let mut stmt = db.prepare("SELECT c.id, l.rating, CASE l.source WHEN 1 THEN 'quiz' ELSE 'review' END FROM review_log l JOIN card c ON c.num = l.card ORDER BY l.id").unwrap();
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
    // The interface words the refusal from its code and arguments.
    let notice = err.report().notice.expect("a notice for the interface");
    assert_eq!(notice.code, steppe::notice::NoticeCode::QuestionAnswered);
    assert_eq!(notice.message(&steppe::messages::Messages::new("ko")), "이 퀴즈의 2번 문제는 이미 답했어요");

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
    assert_eq!(err.report().notice.map(|n| n.code), Some(steppe::notice::NoticeCode::QuizNoWeakCards));

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

#[test]
fn a_quiz_left_unfinished_is_offered_again_after_reopening_and_can_be_abandoned() {
    let dir = tempfile::tempdir().unwrap();
    let cards = {
        let c = builtin(dir.path());
        steppe::cards::generate(c.deck())
    };
    let quiz_id = {
        let mut c = builtin(dir.path());
        assert!(c.unfinished_quiz().unwrap().is_none(), "no quiz yet");
        let quiz = c.start_quiz(QuizScope::Reading { id: "breakthrough-2015".into() }, 5, Some(7)).unwrap();
        c.answer_quiz(quiz.id, 0, &right_answer(&cards, &quiz.questions[0].card)).unwrap();
        quiz.id
    };

    // The app closed; on the next start the quiz is there with its first answer.
    let mut c = builtin(dir.path());
    let open = c.unfinished_quiz().unwrap().expect("the quiz can be resumed");
    assert_eq!(open.id, quiz_id);
    assert_eq!(open.scope, QuizScope::Reading { id: "breakthrough-2015".into() });
    assert_eq!(open.questions.len(), 5);
    assert_eq!(open.questions[0].outcome, Some(AnswerMatch::Exact));
    assert!(open.questions[1..].iter().all(|q| q.outcome.is_none()));

    c.answer_quiz(quiz_id, 1, &right_answer(&cards, &open.questions[1].card)).unwrap();
    let result = c.finish_quiz(quiz_id).unwrap();
    assert_eq!((result.score, result.answered), (2, 2));
    assert!(c.unfinished_quiz().unwrap().is_none(), "a finished quiz is not offered");

    let abandoned = c.start_quiz(QuizScope::All, 3, Some(8)).unwrap();
    assert_eq!(c.unfinished_quiz().unwrap().map(|q| q.id), Some(abandoned.id));
    c.abandon_quiz(abandoned.id).unwrap();
    assert!(c.unfinished_quiz().unwrap().is_none(), "an abandoned quiz is not offered");
    assert!(matches!(c.abandon_quiz(9999), Err(steppe::Error::NotFound(_))));
}

#[test]
fn tags_are_listed_by_name_with_their_claim_counts_and_each_makes_a_quiz() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = builtin(dir.path());
    let tags = c.tags();
    assert!(tags.len() > 5, "the built-in deck is tagged: {tags:?}");
    assert!(tags.windows(2).all(|w| w[0].tag < w[1].tag), "sorted by name, each once");
    let tagged: usize = c.deck().claims.iter().map(|claim| claim.tags.len()).sum();
    assert_eq!(tags.iter().map(|t| t.claims as usize).sum::<usize>(), tagged);
    let north_korea = tags.iter().find(|t| t.tag == "north-korea").expect("a north-korea tag");
    let expected = c.deck().claims.iter().filter(|claim| claim.tags.iter().any(|t| t == "north-korea")).count();
    assert_eq!(north_korea.claims as usize, expected);

    for tag in &tags {
        let quiz = c.start_quiz(QuizScope::Tag { tag: tag.tag.clone() }, 200, Some(3)).unwrap();
        assert!(
            (1..=tag.claims as usize).contains(&quiz.questions.len()),
            "tag {} gives at most one question per claim",
            tag.tag
        );
    }
}

/// "Review these now" after a quiz: the misses are due a minute later, so the review screen
/// would say nothing is due; learning ahead brings them at once, each once, and nothing else.
#[test]
fn a_quizs_misses_are_studied_at_once_when_learning_ahead() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = builtin(dir.path());
    let no_new = steppe::settings::Settings { new_per_day: 0, ..c.settings().clone() };
    c.set_settings(no_new).unwrap();
    let cards = steppe::cards::generate(c.deck());
    let quiz = c.start_quiz(QuizScope::All, 3, Some(7)).unwrap();
    let mut missed = Vec::new();
    for question in &quiz.questions[..2] {
        let card = cards.iter().find(|c| c.id == question.card).unwrap();
        let wrong = match card.kind {
            CardKind::MultipleChoice | CardKind::TrueFalse => {
                Given::Choice { index: (card.correct_choice.unwrap() + 1) % card.choices.len() as u32 }
            }
            CardKind::Timeline => Given::Order { order: vec![] },
            _ => Given::Text { text: "Atlantis".into() },
        };
        assert_eq!(c.answer_quiz(quiz.id, question.position, &wrong).unwrap().outcome, AnswerMatch::Wrong);
        missed.push(question.card.clone());
    }
    c.answer_quiz(quiz.id, 2, &right_answer(&cards, &quiz.questions[2].card)).unwrap();
    assert_eq!(c.finish_quiz(quiz.id).unwrap().misses.len(), 2);

    let waiting = c.session().unwrap();
    assert!(waiting.card.is_none(), "the misses are not due yet: {:?}", waiting.card.map(|c| c.id));
    assert!(waiting.next_due.is_some());

    let mut studied = Vec::new();
    let mut session = c.learn_ahead().unwrap();
    while let Some(card) = session.card {
        assert!(studied.len() < missed.len(), "each miss once: {studied:?} then {:?}", card.id);
        studied.push(card.id.clone());
        session = c.answer(&card.id, Rating::Good).unwrap();
    }
    studied.sort();
    missed.sort();
    assert_eq!(studied, missed, "the misses, at once");
    assert!(session.next_due.is_some(), "they come back when their next step is due");
    assert!(c.session().unwrap().card.is_none(), "and nothing else is studied ahead");
}
