//! Quizzes: drawing questions from a scope, grading and storing answers (a miss also counts as a
//! failed review), results, and a quiz left unfinished.

use chrono::Duration;
use std::collections::{BTreeMap, HashSet};

use super::Collection;
use crate::cards::{self, Card};
use crate::error::{Error, Result};
use crate::ids::{CardId, ClaimId};
use crate::print::{self, PrintedQuiz, QuizPrinted};
use crate::quiz::{self, QuizFeedback, QuizMiss, QuizQuestion, QuizResult, QuizScope, QuizView, TagCount};
use crate::schedule::{Phase, Rating};
use crate::store::{QuizAnswer, StoreError};

impl Collection {
    /// Starts a quiz of up to `length` questions from `scope`, in an order fixed by `seed`
    /// (by default one taken from the clock). Errors when the scope has no questions.
    pub fn start_quiz(&mut self, scope: QuizScope, length: u32, seed: Option<u64>) -> Result<QuizView> {
        if !(1..=quiz::MAX_QUIZ_LENGTH).contains(&length) {
            let most = quiz::MAX_QUIZ_LENGTH;
            return Err(Error::InvalidInput(crate::notice!(QuizLength, most = most, length = length)));
        }
        let now = self.now();
        let seed = seed.unwrap_or(now.timestamp_millis() as u64);
        let in_scope = self.quiz_cards(&scope)?;
        let drawn: Vec<CardId> =
            quiz::draw(in_scope.iter().collect(), length, seed).into_iter().map(|c| c.id.clone()).collect();
        if drawn.is_empty() {
            let why = match scope {
                QuizScope::Weak => crate::notice!(QuizNoWeakCards),
                _ => crate::notice!(QuizNoQuestions),
            };
            return Err(Error::EmptyQuiz(why));
        }
        let scope_json = serde_json::to_string(&scope).expect("scope serialises");
        let id = self.store.insert_quiz(now.timestamp_millis(), &scope_json, seed, &drawn)?;
        self.quiz(id, scope)
    }

    /// The quiz [`Collection::start_quiz`] would draw with the same scope, length and seed,
    /// laid out for paper with its answer key (nothing is stored: a printed quiz is not taken).
    pub fn printed_quiz(&self, scope: QuizScope, length: u32, seed: Option<u64>) -> Result<PrintedQuiz> {
        let now = self.now();
        let seed = seed.unwrap_or(now.timestamp_millis() as u64);
        let in_scope = self.quiz_cards(&scope)?;
        print::prepare(&self.deck, in_scope.iter().collect(), scope, length, seed, now.date_naive())
    }

    /// Prints the quiz of [`Collection::printed_quiz`] to a PDF at `path` (written whole or not
    /// at all), its headings in `language` (one of [`crate::messages::LANGUAGES`]).
    pub fn print_quiz(
        &self,
        scope: QuizScope,
        length: u32,
        seed: Option<u64>,
        language: &str,
        path: &std::path::Path,
    ) -> Result<QuizPrinted> {
        let quiz = self.printed_quiz(scope, length, seed)?;
        print::write(&quiz, &print::Labels::new(language), path)
    }

    /// The cards a quiz of `scope` draws from.
    fn quiz_cards(&self, scope: &QuizScope) -> Result<Vec<Card>> {
        Ok(match scope {
            QuizScope::All => self.store.cards_of_reading(None)?,
            QuizScope::Reading { id } => self.store.cards_of_reading(Some(id))?,
            QuizScope::Tag { tag } => {
                let tagged: HashSet<&ClaimId> =
                    self.deck.claims.iter().filter(|claim| claim.tags.contains(tag)).map(|claim| &claim.id).collect();
                let mut cards = self.store.cards_of_reading(None)?;
                cards.retain(|c| c.claims.iter().any(|id| tagged.contains(id)));
                cards
            }
            QuizScope::Weak => {
                let weak = self.weak_claims()?;
                let mut cards = self.store.cards_of_reading(None)?;
                cards.retain(|c| c.claims.iter().any(|id| weak.contains(id)));
                cards
            }
        })
    }

    fn quiz(&self, id: i64, scope: QuizScope) -> Result<QuizView> {
        let rows =
            self.store.quiz_questions(id)?.ok_or_else(|| Error::NotFound(crate::notice!(MissingQuiz, quiz = id)))?;
        let questions = rows
            .into_iter()
            .map(|row| {
                let card = self.card(&row.card)?;
                Ok(QuizQuestion {
                    position: row.position,
                    card: card.id.clone(),
                    kind: card.kind,
                    prompt: card.prompt.clone(),
                    frame: card.frame.clone(),
                    choices: card.choices.clone(),
                    outcome: row.outcome.as_deref().and_then(parse_outcome),
                })
            })
            .collect::<Result<_>>()?;
        Ok(QuizView { id, scope, questions })
    }

    /// Grades one quiz answer and stores it. A miss also counts as an Again review of the card
    /// (logged as coming from a quiz); a right answer leaves the card's schedule alone.
    pub fn answer_quiz(&mut self, quiz_id: i64, position: u32, given: &cards::Given) -> Result<QuizFeedback> {
        let rows = self
            .store
            .quiz_questions(quiz_id)?
            .ok_or_else(|| Error::NotFound(crate::notice!(MissingQuiz, quiz = quiz_id)))?;
        let row = rows
            .into_iter()
            .find(|r| r.position == position)
            .ok_or_else(|| Error::NotFound(crate::notice!(MissingQuestion, position = position, quiz = quiz_id)))?;
        let card = self.card(&row.card)?;
        let outcome = cards::grade(&card, given);
        let given = given.describe(&card);
        let answer = QuizAnswer {
            quiz: quiz_id,
            position,
            given: &given,
            outcome: outcome_name(outcome),
            at_ms: self.now().timestamp_millis(),
        };
        // A miss is stored with the card's failed review in one transaction: both or neither.
        let recorded = match outcome {
            cards::AnswerMatch::Wrong => self.answer_from(&card.id, Rating::Again, Some(&answer))?.is_some(),
            cards::AnswerMatch::Exact | cards::AnswerMatch::Close => self.store.answer_quiz_question(&answer)?,
        };
        if !recorded {
            return Err(Error::AlreadyAnswered(crate::notice!(QuestionAnswered, number = position + 1)));
        }
        Ok(QuizFeedback {
            outcome,
            correct_answer: card.answer.clone(),
            correct_order: card.correct_order.clone(),
            dates: card.dates.clone(),
            source: self.source_of(&card)?,
        })
    }

    /// Ends a quiz (unanswered questions count as missed) and gives its result.
    pub fn finish_quiz(&mut self, quiz_id: i64) -> Result<QuizResult> {
        let rows = self
            .store
            .quiz_questions(quiz_id)?
            .ok_or_else(|| Error::NotFound(crate::notice!(MissingQuiz, quiz = quiz_id)))?;
        self.store.finish_quiz(quiz_id, self.now().timestamp_millis())?;
        let total = rows.len() as u32;
        let answered = rows.iter().filter(|r| r.outcome.is_some()).count() as u32;
        let mut misses = Vec::new();
        let mut score = 0;
        for row in rows {
            match row.outcome.as_deref().and_then(parse_outcome) {
                Some(cards::AnswerMatch::Exact | cards::AnswerMatch::Close) => score += 1,
                _ => {
                    let card = self.card(&row.card)?;
                    misses.push(QuizMiss {
                        position: row.position,
                        card: card.id.clone(),
                        kind: card.kind,
                        prompt: card.prompt.clone(),
                        frame: card.frame.clone(),
                        given: row.given,
                        correct_answer: card.answer.clone(),
                        choices: if card.kind == cards::CardKind::Timeline { card.choices.clone() } else { Vec::new() },
                        correct_order: card.correct_order.clone(),
                        dates: card.dates.clone(),
                        source: self.source_of(&card)?,
                    });
                }
            }
        }
        Ok(QuizResult { id: quiz_id, score, total, answered, misses })
    }

    /// The newest quiz, when it was left unfinished (the app closed mid-quiz), with the answers
    /// given so far, so it can be resumed or abandoned. A quiz whose cards left the deck is not
    /// offered.
    pub fn unfinished_quiz(&self) -> Result<Option<QuizView>> {
        let Some((id, scope, finished)) = self.store.newest_quiz()? else { return Ok(None) };
        if finished {
            return Ok(None);
        }
        let scope: QuizScope = serde_json::from_str(&scope)
            .map_err(|e| Error::Store(StoreError::BadState(format!("scope of quiz {id}: {e}"))))?;
        match self.quiz(id, scope) {
            Ok(view) => Ok(Some(view)),
            Err(Error::NotFound(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Closes a quiz without a result; the answers already given stay recorded.
    pub fn abandon_quiz(&mut self, quiz_id: i64) -> Result<()> {
        self.store
            .quiz_questions(quiz_id)?
            .ok_or_else(|| Error::NotFound(crate::notice!(MissingQuiz, quiz = quiz_id)))?;
        self.store.finish_quiz(quiz_id, self.now().timestamp_millis())?;
        Ok(())
    }

    /// The deck's tags, by name, with how many claims carry each: the choices of a tag quiz.
    pub fn tags(&self) -> Vec<TagCount> {
        let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
        for tag in self.deck.claims.iter().flat_map(|claim| &claim.tags) {
            *counts.entry(tag).or_default() += 1;
        }
        counts.into_iter().map(|(tag, claims)| TagCount { tag: tag.to_owned(), claims }).collect()
    }

    /// Claims with a card the student is shaky on: relearning, failed in the last 30 days, or
    /// with a recall probability below 85% now.
    fn weak_claims(&self) -> Result<HashSet<ClaimId>> {
        let now = self.now();
        let month_ago = (now - Duration::days(30)).timestamp_millis();
        let mut weak: HashSet<CardId> = self.store.recent_lapses(month_ago)?.into_iter().collect();
        for (id, record) in self.store.all_records()? {
            let state = &record.state;
            let shaky = state.phase == Phase::Relearning
                || self.scheduler.retrievability(state, now.timestamp()).is_some_and(|r| r < 0.85);
            if shaky {
                weak.insert(id);
            }
        }
        let mut claims = HashSet::new();
        for id in weak {
            if let Some(card) = self.store.card_content(&id)? {
                claims.extend(card.claims);
            }
        }
        Ok(claims)
    }
}

fn outcome_name(outcome: cards::AnswerMatch) -> &'static str {
    match outcome {
        cards::AnswerMatch::Exact => "exact",
        cards::AnswerMatch::Close => "close",
        cards::AnswerMatch::Wrong => "wrong",
    }
}

fn parse_outcome(name: &str) -> Option<cards::AnswerMatch> {
    [cards::AnswerMatch::Exact, cards::AnswerMatch::Close, cards::AnswerMatch::Wrong]
        .into_iter()
        .find(|o| outcome_name(*o) == name)
}
