//! Quizzes: a scope, a seeded draw of questions (at most one per claim, mixed kinds), the
//! results with each miss and its source.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use ts_rs::TS;

use crate::cards::{AnswerMatch, Card, CardKind};
use crate::ids::{CardId, ReadingId};
use crate::views::SourceRef;

/// Questions in a quiz unless the student asks for another number.
pub const DEFAULT_QUIZ_LENGTH: u32 = 20;

/// Which cards a quiz draws from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum QuizScope {
    All,
    Reading {
        id: ReadingId,
    },
    Tag {
        tag: String,
    },
    /// Cards the student is shaky on: low recall probability, relearning, or recently failed.
    Weak,
}

/// Kinds a quiz can grade by itself (a Q&A card needs the student's own judgement).
pub fn is_quizzable(kind: CardKind) -> bool {
    !matches!(kind, CardKind::Qa | CardKind::Versions)
}

/// The most questions one quiz may have.
pub const MAX_QUIZ_LENGTH: u32 = 200;

/// Draws up to `length` questions from `candidates` in a seeded order, never two about the
/// same claim.
pub fn draw(candidates: Vec<&Card>, length: u32, seed: u64) -> Vec<&Card> {
    let mut pool: Vec<&Card> = candidates.into_iter().filter(|c| is_quizzable(c.kind)).collect();
    pool.sort_by(|a, b| a.id.cmp(&b.id));
    pool.shuffle(&mut ChaCha8Rng::seed_from_u64(seed));
    let mut used = HashSet::new();
    let mut drawn = Vec::new();
    for card in pool {
        if drawn.len() == length as usize {
            break;
        }
        if card.claims.iter().all(|c| !used.contains(c)) {
            used.extend(card.claims.iter().cloned());
            drawn.push(card);
        }
    }
    drawn
}

/// One question as the quiz screen shows it: nothing that gives the answer away.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct QuizQuestion {
    pub position: u32,
    pub card: CardId,
    pub kind: CardKind,
    pub prompt: String,
    /// The fixed sentence of a timeline's or a disagreement's prompt, for the app to word.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub frame: Option<crate::cards::PromptFrame>,
    pub choices: Vec<String>,
    /// Set once answered.
    pub outcome: Option<AnswerMatch>,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct QuizView {
    #[ts(type = "number")]
    pub id: i64,
    pub scope: QuizScope,
    pub questions: Vec<QuizQuestion>,
}

/// What the student learns right after answering one question.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct QuizFeedback {
    pub outcome: AnswerMatch,
    pub correct_answer: String,
    /// Timeline: the right order as indices into the question's choices, earliest first.
    pub correct_order: Vec<u32>,
    /// Timeline: each choice's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), for the interface to word.
    pub dates: Vec<String>,
    pub source: SourceRef,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct QuizMiss {
    pub position: u32,
    pub card: CardId,
    pub kind: CardKind,
    pub prompt: String,
    /// The fixed sentence of a timeline's or a disagreement's prompt, for the app to word.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub frame: Option<crate::cards::PromptFrame>,
    /// What the student answered, or `None` if the question was left out.
    pub given: Option<String>,
    /// The right answer; a timeline's with its dates in English (the interface words its
    /// `choices` in `correct_order` with their `dates` instead).
    pub correct_answer: String,
    /// Timeline: its items, the right order as indices into them (earliest first) and each
    /// item's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); empty for the other kinds.
    pub choices: Vec<String>,
    pub correct_order: Vec<u32>,
    pub dates: Vec<String>,
    pub source: SourceRef,
}

/// A tag of the deck and how many claims carry it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct TagCount {
    pub tag: String,
    pub claims: u32,
}

/// The score (close answers count as right) and every miss with its source quote.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct QuizResult {
    #[ts(type = "number")]
    pub id: i64,
    pub score: u32,
    pub total: u32,
    pub answered: u32,
    pub misses: Vec<QuizMiss>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cards::generate;
    use crate::content::Deck;

    #[test]
    fn a_draw_is_seeded_mixed_and_one_question_per_claim() {
        let deck = Deck::builtin().unwrap();
        let cards = generate(&deck);
        let draw_ids = |seed| draw(cards.iter().collect(), 20, seed).iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        assert_eq!(draw_ids(7), draw_ids(7), "the same seed draws the same quiz");
        assert_ne!(draw_ids(7), draw_ids(8), "another seed draws another quiz");
        let drawn = draw(cards.iter().collect(), 20, 7);
        assert_eq!(drawn.len(), 20);
        let claims: HashSet<_> = drawn.iter().flat_map(|c| c.claims.iter()).collect();
        let total: usize = drawn.iter().map(|c| c.claims.len()).sum();
        assert_eq!(claims.len(), total, "no claim is asked twice");
        let kinds: HashSet<_> = drawn.iter().map(|c| c.kind).collect();
        assert!(kinds.len() >= 3, "kinds are mixed: {kinds:?}");
        assert!(!kinds.contains(&CardKind::Qa), "Q&A cards cannot be graded by the quiz");
    }
}
