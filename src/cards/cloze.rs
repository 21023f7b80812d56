//! Cloze cards: the claim's text with its answer hidden.

use super::{Card, CardKind};
use crate::content::Claim;

/// What the gap of a cloze prompt looks like.
pub const CLOZE_GAP: &str = "[…]";

/// The claim's text with the first occurrence of its answer replaced by [`CLOZE_GAP`]; the
/// content checks guarantee the answer occurs in the text.
pub(super) fn card(claim: &Claim) -> Card {
    let prompt = claim.text.replacen(&claim.answer, CLOZE_GAP, 1);
    Card::single(claim, CardKind::Cloze, prompt)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claim_toml, deck_from};
    use super::*;

    #[test]
    fn the_first_occurrence_of_the_answer_is_hidden() {
        let deck = deck_from(&claim_toml(
            "c",
            0,
            "text = \"In 2014 and 2015, 2014 was busy.\"\nanswer = \"2014\"\nkind = \"date\"",
        ));
        let card = card(&deck.claims[0]);
        assert_eq!(card.prompt, "In […] and 2015, 2014 was busy.");
        assert_eq!(card.answer, "2014");
        assert_eq!(card.id.as_str(), "c:cloze");
        assert!(card.choices.is_empty(), "a cloze card has no options");
    }
}
