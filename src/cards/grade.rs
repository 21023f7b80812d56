//! Grading what a student answered to a card, whatever its kind.

use serde::Deserialize;
use ts_rs::TS;

use super::typed::{AnswerMatch, check_in_context};
use super::{Card, CardKind};

/// An answer as the student gave it: typed text, a chosen option, or a timeline's order.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, serde::Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum Given {
    Text { text: String },
    Choice { index: u32 },
    Order { order: Vec<u32> },
}

impl Given {
    /// The answer as a person would read it, for results and the quiz record.
    pub fn describe(&self, card: &Card) -> String {
        match self {
            Given::Text { text } => text.clone(),
            Given::Choice { index } => card.choices.get(*index as usize).cloned().unwrap_or_default(),
            Given::Order { order } => {
                order.iter().filter_map(|&i| card.choices.get(i as usize).cloned()).collect::<Vec<_>>().join("\n")
            }
        }
    }
}

/// Longer typed answers are wrong without being compared: no answer in a deck comes near it, and
/// the fuzzy comparison's cost grows with the product of the lengths.
pub const MAX_TYPED_ANSWER_CHARS: usize = 1000;

/// Exact, close or wrong. Options and orders are right or wrong; text goes through the
/// tolerant matcher, which knows what the card's prompt already says. An answer of the wrong
/// form (text for a timeline) is wrong.
pub fn grade(card: &Card, given: &Given) -> AnswerMatch {
    let right = |ok: bool| if ok { AnswerMatch::Exact } else { AnswerMatch::Wrong };
    match (card.kind, given) {
        (CardKind::MultipleChoice | CardKind::TrueFalse | CardKind::Sources, Given::Choice { index }) => {
            right(card.correct_choice == Some(*index))
        }
        (CardKind::Timeline, Given::Order { order }) => right(order == &card.correct_order),
        (CardKind::Cloze | CardKind::Qa | CardKind::Typed | CardKind::Versions, Given::Text { text }) => {
            if text.chars().count() > MAX_TYPED_ANSWER_CHARS {
                return AnswerMatch::Wrong;
            }
            check_in_context(&card.answer, text, &card.prompt)
        }
        _ => AnswerMatch::Wrong,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cards::generate;
    use crate::content::Deck;

    #[test]
    fn a_count_typed_as_its_number_is_right_where_the_question_asks_how_many_times() {
        let cards = generate(&Deck::builtin().unwrap());
        let card = cards.iter().find(|c| c.id.as_str() == "cpp-dprk-ubd-three-times:typed").expect("a typed card");
        assert_eq!(card.answer, "three times");
        let text = |t: &str| Given::Text { text: t.into() };
        assert_eq!(grade(card, &text("3")), AnswerMatch::Exact);
        assert_eq!(grade(card, &text("Three")), AnswerMatch::Exact);
        assert_eq!(grade(card, &text("2")), AnswerMatch::Wrong);
    }

    #[test]
    fn each_kind_is_graded_by_its_own_rule() {
        let deck = Deck::builtin().unwrap();
        let cards = generate(&deck);
        let of = |kind| cards.iter().find(|c| c.kind == kind).unwrap();
        let mc = of(CardKind::MultipleChoice);
        let right = mc.correct_choice.unwrap();
        assert_eq!(grade(mc, &Given::Choice { index: right }), AnswerMatch::Exact);
        assert_eq!(grade(mc, &Given::Choice { index: (right + 1) % 4 }), AnswerMatch::Wrong);
        let timeline = of(CardKind::Timeline);
        assert_eq!(grade(timeline, &Given::Order { order: timeline.correct_order.clone() }), AnswerMatch::Exact);
        let mut reversed = timeline.correct_order.clone();
        reversed.reverse();
        assert_eq!(grade(timeline, &Given::Order { order: reversed }), AnswerMatch::Wrong);
        let typed = of(CardKind::Typed);
        assert_eq!(grade(typed, &Given::Text { text: typed.answer.to_uppercase() }), AnswerMatch::Exact);
        assert_eq!(grade(typed, &Given::Choice { index: 0 }), AnswerMatch::Wrong, "the wrong form of answer");
        assert_eq!(Given::Choice { index: right }.describe(mc), mc.choices[right as usize]);
    }
}
