//! Cards that teach a disagreement between sources: which reading gives which version, and
//! every version at once. No version is marked wrong: the right answer is always who says what.

use rand::RngExt;
use rand::seq::SliceRandom;

use super::{Card, CardKind, PromptFrame, card_rng};
use crate::content::{Deck, Dispute};
use crate::ids::CardId;

/// The id of a dispute's card of `kind`: `dispute:<dispute-id>:<kind>`.
pub fn dispute_card_id(dispute: &str, kind: CardKind) -> CardId {
    CardId(format!("dispute:{dispute}:{}", kind.name()))
}

/// The cards of one dispute: for versions from different readings, a card asking which reading
/// says one of the versions; for every dispute, a card asking for all the versions.
pub(super) fn cards(deck: &Deck, dispute: &Dispute, seed: u64) -> Vec<Card> {
    let cite = |reading: &crate::ids::ReadingId| deck.reading(reading).map(|r| r.citation.short()).unwrap_or_default();
    let mut cards = Vec::with_capacity(2);
    if !dispute.internal {
        cards.push(sources_card(dispute, &cite, seed));
    }
    cards.push(versions_card(dispute, &cite));
    cards
}

fn base(dispute: &Dispute, kind: CardKind, frame: PromptFrame, answer: String) -> Card {
    let first = &dispute.versions[0];
    Card {
        id: dispute_card_id(&dispute.id, kind),
        claim: first.claims[0].clone(),
        reading: first.reading.clone(),
        kind,
        prompt: frame.english(),
        answer,
        claims: dispute.versions.iter().flat_map(|v| v.claims.iter().cloned()).collect(),
        choices: Vec::new(),
        correct_choice: None,
        correct_order: Vec::new(),
        dates: Vec::new(),
        frame: Some(frame),
    }
}

/// "The readings disagree: Q. Which reading says “X”?", the options being the readings.
fn sources_card(dispute: &Dispute, cite: &dyn Fn(&crate::ids::ReadingId) -> String, seed: u64) -> Card {
    let id = dispute_card_id(&dispute.id, CardKind::Sources);
    let mut rng = card_rng(seed, id.as_str());
    let asked = rng.random_range(0..dispute.versions.len());
    let version = &dispute.versions[asked];
    let mut options: Vec<(bool, String)> =
        dispute.versions.iter().enumerate().map(|(k, v)| (k == asked, cite(&v.reading))).collect();
    options.shuffle(&mut rng);
    let frame = PromptFrame::Sources { question: dispute.question.clone(), says: version.says.clone() };
    let mut card = base(dispute, CardKind::Sources, frame, cite(&version.reading));
    card.correct_choice = options.iter().position(|(right, _)| *right).map(|k| k as u32);
    card.choices = options.into_iter().map(|(_, o)| o).collect();
    card
}

/// "The readings disagree. Q. What does each say?", answered with every version and its source.
fn versions_card(dispute: &Dispute, cite: &dyn Fn(&crate::ids::ReadingId) -> String) -> Card {
    let frame = if dispute.internal {
        let reading = cite(&dispute.versions[0].reading);
        PromptFrame::InternalVersions { reading, question: dispute.question.clone() }
    } else {
        PromptFrame::Versions { question: dispute.question.clone() }
    };
    let answer = dispute
        .versions
        .iter()
        .map(|v| if dispute.internal { format!("• {}", v.says) } else { format!("{}: {}", cite(&v.reading), v.says) })
        .collect::<Vec<_>>()
        .join("\n");
    base(dispute, CardKind::Versions, frame, answer)
}
