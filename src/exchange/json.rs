//! The whole compiled deck as one JSON document, for scripts and other tools.

use serde::Serialize;

use crate::cards;
use crate::content::{Claim, ClaimKind, Deck, DeckInfo, Dispute};
use crate::ids::{CardId, ClaimId, ReadingId};

#[derive(Serialize)]
struct DeckJson<'a> {
    deck: &'a DeckInfo,
    readings: Vec<ReadingJson<'a>>,
    claims: Vec<ClaimJson<'a>>,
    disputes: &'a [Dispute],
    cards: Vec<CardJson<'a>>,
}

#[derive(Serialize)]
struct ReadingJson<'a> {
    id: &'a ReadingId,
    title: &'a str,
    author: Option<&'a str>,
    publisher: &'a str,
    published: &'a str,
    url: Option<&'a str>,
    cited_as: String,
    editor_added: &'a [String],
    editor_note: Option<&'a str>,
}

#[derive(Serialize)]
struct ClaimJson<'a> {
    id: &'a ClaimId,
    reading_id: &'a ReadingId,
    text: &'a str,
    quote: &'a str,
    answer: &'a str,
    question: Option<&'a str>,
    kind: ClaimKind,
    date: Option<&'a str>,
    tags: &'a [String],
    conflicts_with: &'a [ClaimId],
    role: Option<&'a str>,
    event: Option<&'a str>,
    distractors: &'a [String],
    #[serde(rename = "false")]
    false_statements: &'a [String],
}

#[derive(Serialize)]
struct CardJson<'a> {
    id: CardId,
    claim_id: &'a ClaimId,
    reading_id: &'a ReadingId,
    kind: cards::CardKind,
    prompt: String,
    answer: String,
    choices: Vec<String>,
    quote: &'a str,
}

/// The deck, its readings' citations, its claims and every card they yield, pretty-printed.
pub fn deck_json(deck: &Deck) -> String {
    let claim_of = |id: &ClaimId| -> &Claim { deck.claim(id).expect("cards come from the deck's claims") };
    let cards = cards::generate(deck);
    let doc = DeckJson {
        deck: &deck.info,
        readings: deck
            .readings
            .iter()
            .map(|r| ReadingJson {
                id: &r.citation.id,
                title: &r.citation.title,
                author: r.citation.author.as_deref(),
                publisher: &r.citation.publisher,
                published: &r.citation.published,
                url: r.citation.url.as_deref(),
                cited_as: r.citation.short(),
                editor_added: &r.citation.editor_added,
                editor_note: r.citation.editor_note.as_deref(),
            })
            .collect(),
        claims: deck
            .claims
            .iter()
            .map(|c| ClaimJson {
                id: &c.id,
                reading_id: &c.reading,
                text: &c.text,
                quote: &c.quote,
                answer: &c.answer,
                question: c.question.as_deref(),
                kind: c.kind,
                date: c.date.as_deref(),
                tags: &c.tags,
                conflicts_with: &c.conflicts_with,
                role: c.role.as_deref(),
                event: c.event.as_deref(),
                distractors: &c.distractors,
                false_statements: &c.false_statements,
            })
            .collect(),
        disputes: &deck.disputes,
        cards: cards
            .into_iter()
            .map(|card| {
                let claim = claim_of(&card.claim);
                CardJson {
                    id: card.id,
                    claim_id: &claim.id,
                    reading_id: &claim.reading,
                    kind: card.kind,
                    prompt: card.prompt,
                    answer: card.answer,
                    choices: card.choices,
                    quote: &claim.quote,
                }
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).expect("deck JSON serialises")
}
