//! Cards made from claims. A card's id is `<claim-id>:<kind>`, so rebuilding an edited deck
//! keeps every surviving card's progress.

use serde::Serialize;
use ts_rs::TS;

use crate::content::{Claim, Deck};
use crate::ids::{CardId, ClaimId, ReadingId};

/// The ways a claim is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CardKind {
    /// The claim's text with its answer hidden.
    Cloze,
    /// The claim's question; only for claims that have one.
    Qa,
}

impl CardKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Cloze => "cloze",
            Self::Qa => "qa",
        }
    }
}

/// What the gap of a cloze prompt looks like.
pub const CLOZE_GAP: &str = "[…]";

/// A card ready to show: everything the UI needs, nothing it must compute.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Card {
    pub id: CardId,
    pub claim: ClaimId,
    pub reading: ReadingId,
    pub kind: CardKind,
    pub prompt: String,
    pub answer: String,
}

pub fn card_id(claim: &ClaimId, kind: CardKind) -> CardId {
    CardId(format!("{}:{}", claim, kind.name()))
}

/// The cards one claim yields, in a fixed order.
pub fn cards_for_claim(claim: &Claim) -> Vec<Card> {
    let make = |kind, prompt: String| Card {
        id: card_id(&claim.id, kind),
        claim: claim.id.clone(),
        reading: claim.reading.clone(),
        kind,
        prompt,
        answer: claim.answer.clone(),
    };
    let mut cards = vec![make(
        CardKind::Cloze,
        claim.text.replacen(&claim.answer, CLOZE_GAP, 1),
    )];
    if let Some(question) = &claim.question {
        cards.push(make(CardKind::Qa, question.clone()));
    }
    cards
}

/// Every card of the deck, in deck order (reading by reading, claim by claim).
pub fn generate(deck: &Deck) -> Vec<Card> {
    deck.claims.iter().flat_map(cards_for_claim).collect()
}
