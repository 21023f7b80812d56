//! Cards made from claims: every kind, their stable ids and the deterministic order they come
//! in. A card's id is `<claim-id>:<kind>` (a timeline is `timeline:<reading-id>:<n>`), so
//! rebuilding an edited deck keeps every surviving card's progress.
//!
//! Randomness (options, their order, true or false) comes from a seed: by default one derived
//! from the deck's id and version. Each card draws from its own generator seeded with the seed
//! and the card's id, so editing one claim does not reshuffle the cards of the others.

pub mod choice;
mod cloze;
pub mod dispute;
pub mod frame;
mod grade;
pub(crate) mod parallel;
mod shape;
pub mod timeline;
pub mod truefalse;
pub mod typed;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::{Claim, Deck, Reading};
use crate::ids::{CardId, ClaimId, ReadingId};

pub use cloze::CLOZE_GAP;
pub use frame::PromptFrame;
pub use grade::{Given, grade};
pub use typed::{AnswerMatch, check};

/// The ways a claim is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CardKind {
    /// The claim's text with its answer hidden.
    Cloze,
    /// The claim's question; only for claims that have one.
    Qa,
    /// The claim's question with four options: the answer and three answers of other claims
    /// of the same kind.
    MultipleChoice,
    /// The claim's text, or a false variant of it with another claim's answer swapped in.
    TrueFalse,
    /// The claim's question, answered by typing; graded by [`typed::check_in_context`].
    Typed,
    /// Four or five dated claims of one reading, to put in order.
    Timeline,
    /// A disagreement between readings: which reading gives one of the versions; the options
    /// are the readings.
    Sources,
    /// A disagreement: every version with its source, graded by the student.
    Versions,
}

impl CardKind {
    pub const ALL: [CardKind; 8] = [
        Self::Cloze,
        Self::Qa,
        Self::MultipleChoice,
        Self::TrueFalse,
        Self::Typed,
        Self::Timeline,
        Self::Sources,
        Self::Versions,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Cloze => "cloze",
            Self::Qa => "qa",
            Self::MultipleChoice => "multiple_choice",
            Self::TrueFalse => "true_false",
            Self::Typed => "typed",
            Self::Timeline => "timeline",
            Self::Sources => "sources",
            Self::Versions => "versions",
        }
    }
}

/// A card ready to show: everything the UI needs, nothing it must compute.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub id: CardId,
    /// The claim the card asks about; for a timeline, its first claim in deck order.
    pub claim: ClaimId,
    pub reading: ReadingId,
    pub kind: CardKind,
    pub prompt: String,
    /// The right answer as text: the claim's answer, `True` or `False`, or a timeline's items
    /// in order, one per line with its date.
    pub answer: String,
    /// Every claim the card asks about: the one claim, or a timeline's claims in the order of
    /// `choices`.
    pub claims: Vec<ClaimId>,
    /// The options in the order shown (multiple choice: four; true/false: `True`, `False`) or a
    /// timeline's items as shuffled for the student. Empty for the other kinds.
    pub choices: Vec<String>,
    /// Multiple choice and true/false: the index in `choices` of the right option.
    pub correct_choice: Option<u32>,
    /// Timeline: indices into `choices`, earliest first. Empty for the other kinds.
    pub correct_order: Vec<u32>,
    /// Timeline: each item's date as the claim gives it (`2014`, `2014-03`, `2014-03-02`), in the
    /// order of `choices`; the interface words it in its language.
    pub dates: Vec<String>,
    /// The fixed sentence of the prompt around the deck's words, for the app to word in its
    /// language (`prompt` has it in English, for exports); none for the kinds whose prompt is
    /// the deck's own text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<PromptFrame>,
}

impl Card {
    /// A card about one claim, with no options.
    fn single(claim: &Claim, kind: CardKind, prompt: String) -> Card {
        Card::with_answer(claim, kind, prompt, claim.answer.clone())
    }

    /// A card about one claim, with no options and an answer other than the claim's.
    fn with_answer(claim: &Claim, kind: CardKind, prompt: String, answer: String) -> Card {
        Card {
            id: card_id(&claim.id, kind),
            claim: claim.id.clone(),
            reading: claim.reading.clone(),
            kind,
            prompt,
            answer,
            claims: vec![claim.id.clone()],
            choices: Vec::new(),
            correct_choice: None,
            correct_order: Vec::new(),
            dates: Vec::new(),
            frame: None,
        }
    }
}

/// A card as text for a person reading it in a terminal: id, prompt, options (the right one
/// marked) and answer.
pub fn describe(card: &Card) -> String {
    let mut out = format!("── {} ({})\n{}\n", card.id, card.kind.name(), card.prompt);
    for (n, choice) in card.choices.iter().enumerate() {
        let right = card.correct_choice == Some(n as u32);
        let date = card.dates.get(n).map(|d| format!("  [{}]", timeline::display_date(d))).unwrap_or_default();
        out.push_str(&format!("  {} {choice}{date}\n", if right { "*" } else { "-" }));
    }
    out.push_str(&format!("=> {}\n", card.answer.replace('\n', "\n   ")));
    out
}

/// The id of a single-claim card: `<claim-id>:<kind>`.
pub fn card_id(claim: &ClaimId, kind: CardKind) -> CardId {
    let (claim, kind) = (claim.as_str(), kind.name());
    let mut id = String::with_capacity(claim.len() + 1 + kind.len());
    id.push_str(claim);
    id.push(':');
    id.push_str(kind);
    CardId(id)
}

/// Every card of the deck, with the deck's own seed (see [`deck_seed`]).
pub fn generate(deck: &Deck) -> Vec<Card> {
    generate_with_seed(deck, deck_seed(deck))
}

/// Every card of the deck, reading by reading: each claim's cards in deck order (cloze, Q&A,
/// multiple choice, true/false, typed), then the reading's timelines. The same deck and seed
/// always give the same cards, options and order of options.
pub fn generate_with_seed(deck: &Deck, seed: u64) -> Vec<Card> {
    let pool = choice::Pool::new(deck);
    pool.prepare_all();
    let readings = claims_by_reading(deck);
    // A reading's cards depend on nothing made for another reading.
    let mut cards = parallel::joined(parallel::runs(&readings, |run| {
        let mut cards = Vec::new();
        for (reading, claims) in run {
            for claim in claims {
                cards_for_claim(&pool, claim, seed, &mut cards);
            }
            cards.extend(timeline::cards(&reading.citation.id, claims, seed));
        }
        cards
    }));
    for d in &deck.disputes {
        cards.extend(dispute::cards(deck, d, seed));
    }
    study_order(deck, &mut cards);
    cards
}

/// How many cards [`generate`] gives the deck. Whether each card exists is worked out as there
/// (the distractors and false statements drawn alike), but no card is made, held or put in
/// study order: what a check reports, without the time and memory of every card of a big deck.
pub fn count(deck: &Deck) -> usize {
    let seed = deck_seed(deck);
    let pool = choice::Pool::new(deck);
    pool.prepare_all();
    let readings = claims_by_reading(deck);
    let counts = parallel::runs(&readings, |run| {
        let mut count = 0;
        for (reading, claims) in run {
            count += claims.iter().map(|claim| cards_of_claim(&pool, claim, seed)).sum::<usize>();
            count += timeline::cards(&reading.citation.id, claims, seed).len();
        }
        count
    });
    counts.into_iter().sum::<usize>() + deck.disputes.iter().map(|d| dispute::cards(deck, d, seed).len()).sum::<usize>()
}

/// Each reading of the deck, in deck order, with its claims in deck order.
fn claims_by_reading(deck: &Deck) -> Vec<(&Reading, Vec<&Claim>)> {
    let mut by_reading: FxHashMap<&ReadingId, Vec<&Claim>> = FxHashMap::default();
    for claim in &deck.claims {
        by_reading.entry(&claim.reading).or_default().push(claim);
    }
    deck.readings.iter().map(|r| (r, by_reading.remove(&r.citation.id).unwrap_or_default())).collect()
}

/// The kinds that may introduce a new claim, in the order claims take turns at them. A typed
/// card is not among them: recalling a fact word for word is no way to meet it.
const LEAD_KINDS: [CardKind; 4] = [CardKind::Cloze, CardKind::MultipleChoice, CardKind::Qa, CardKind::TrueFalse];

/// Puts cards in the order new ones are introduced: each claim's lead card first, claims of
/// the readings taking turns (the first claim of each reading, then the second of each…), the
/// lead kind varying from one claim to the next; then the claims' other cards in the same
/// order, which their lead buries on the day it is studied; then timelines and disputes, which
/// ask about facts met before.
fn study_order(deck: &Deck, cards: &mut [Card]) {
    let mut within: FxHashMap<&ReadingId, u32> = FxHashMap::default();
    let reading_order: FxHashMap<&ReadingId, u32> =
        deck.readings.iter().enumerate().map(|(k, r)| (&r.citation.id, k as u32)).collect();
    let place: FxHashMap<&ClaimId, (u32, u32, usize)> = deck
        .claims
        .iter()
        .enumerate()
        .map(|(global, c)| {
            let n = within.entry(&c.reading).or_default();
            *n += 1;
            (&c.id, (*n - 1, reading_order.get(&c.reading).copied().unwrap_or(0), global))
        })
        .collect();
    let mut leads: FxHashMap<&ClaimId, CardKind> = FxHashMap::default();
    for card in cards.iter().filter(|c| c.claims.len() == 1 && LEAD_KINDS.contains(&c.kind)) {
        let Some((&claim, &(_, _, global))) = place.get_key_value(&card.claim) else { continue };
        let turn = |k: CardKind| {
            (LEAD_KINDS.iter().position(|&l| l == k).unwrap_or(0) + LEAD_KINDS.len() - global % LEAD_KINDS.len())
                % LEAD_KINDS.len()
        };
        let lead = leads.entry(claim).or_insert(card.kind);
        if turn(card.kind) < turn(*lead) {
            *lead = card.kind;
        }
    }
    let key = |card: &Card| -> (u8, u32, u32, u8) {
        let kind = CardKind::ALL.iter().position(|&k| k == card.kind).unwrap_or(0) as u8;
        match (card.kind, place.get(&card.claim)) {
            (CardKind::Timeline | CardKind::Sources | CardKind::Versions, Some(&(n, r, _))) => (2, r, n, kind),
            (_, Some(&(n, r, _))) => (u8::from(leads.get(&card.claim) != Some(&card.kind)), n, r, kind),
            (_, None) => (3, 0, 0, kind),
        }
    };
    // The key looks claims up in maps: work it out once per card, not once per comparison.
    cards.sort_by_cached_key(key);
}

/// The cards about one claim, the same as [`generate`] gives for it (its own cards, then the
/// timelines of its reading that include it), without making the rest of the deck's cards.
pub fn generate_for_claim(deck: &Deck, id: &ClaimId) -> Vec<Card> {
    let Some(claim) = deck.claim(id) else { return Vec::new() };
    let seed = deck_seed(deck);
    let pool = choice::Pool::new(deck);
    let mut cards = Vec::new();
    cards_for_claim(&pool, claim, seed, &mut cards);
    let claims: Vec<&Claim> = deck.claims.iter().filter(|c| c.reading == claim.reading).collect();
    cards.extend(timeline::cards(&claim.reading, &claims, seed).into_iter().filter(|c| c.claims.contains(id)));
    if let Some(d) = deck.dispute_of(id) {
        cards.extend(dispute::cards(deck, d, seed));
    }
    study_order(deck, &mut cards);
    cards
}

/// The cards one claim yields, in a fixed order, added to `cards`. Which kinds follow from its fields: without a
/// question there is no Q&A, multiple-choice or typed card; without three good distractors no
/// multiple-choice card.
fn cards_for_claim(pool: &choice::Pool, claim: &Claim, seed: u64, cards: &mut Vec<Card>) {
    cards.push(cloze::card(claim));
    if let Some(question) = &claim.question {
        cards.push(Card::single(claim, CardKind::Qa, question.clone()));
    }
    cards.extend(choice::card(pool, claim, seed));
    cards.extend(truefalse::card(pool, claim, seed));
    cards.extend(typed::card(claim));
}

/// How many cards [`cards_for_claim`] gives the claim, worked out as there but without making
/// them.
fn cards_of_claim(pool: &choice::Pool, claim: &Claim, seed: u64) -> usize {
    1 + usize::from(claim.question.is_some())
        + usize::from(choice::has_card(pool, claim, seed))
        + usize::from(truefalse::has_card(pool, claim, seed))
        + usize::from(typed::has_card(claim))
}

/// Names what the cards of `deck` are made from: the deck's files, and the way cards are made,
/// which changes with [`CARDS_FORMAT`] or with a new release. Cards stored under the same key
/// are the cards [`generate`] would make.
pub fn cache_key(deck: &Deck) -> String {
    format!("{:016x}/{CARDS_FORMAT}/{}", deck.fingerprint, env!("CARGO_PKG_VERSION"))
}

/// Raise when a change makes different cards from the same deck.
const CARDS_FORMAT: u32 = 3;

/// The deck's default seed, from its id and version: a new version may reshuffle options.
pub fn deck_seed(deck: &Deck) -> u64 {
    fnv1a(&format!("{}\u{0}{}", deck.info.id, deck.info.version))
}

/// The random generator of one card: a function of the seed and the card's id only.
fn card_rng(seed: u64, card: &str) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed ^ fnv1a(card).rotate_left(17))
}

/// FNV-1a, 64 bits: a hash that is the same on every platform and Rust version.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{SourceFile, compile};

    pub(super) fn deck_from(claims: &str) -> Deck {
        let files = vec![
            SourceFile::new("deck.toml", "id = \"t\"\ntitle = \"T\"\nversion = \"1\"\nreadings = [\"r1\"]\n"),
            SourceFile::new(
                "readings/001-r1.md",
                "+++\nid = \"r1\"\ntitle = \"R\"\npublisher = \"P\"\npublished = \"2015-03-02\"\n+++\n\n\
                 alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon.\n",
            ),
            SourceFile::new("claims/001-r1.toml", format!("reading = \"r1\"\n{claims}")),
        ];
        compile(&files).expect("the test deck is valid")
    }

    /// A claim quoting the n-th Greek letter of the test reading.
    pub(super) fn claim_toml(id: &str, n: usize, fields: &str) -> String {
        const WORDS: [&str; 20] = [
            "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
            "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon",
        ];
        format!("\n[[claim]]\nid = \"{id}\"\nquote = \"{} {}\"\n{fields}\n", WORDS[n], WORDS[n + 1])
    }

    #[test]
    fn the_cards_of_one_claim_are_those_the_whole_deck_gives_it() {
        let deck = Deck::builtin().unwrap();
        for claim in deck.claims.iter().step_by(37) {
            let all: Vec<Card> = generate(&deck).into_iter().filter(|c| c.claims.contains(&claim.id)).collect();
            assert_eq!(generate_for_claim(&deck, &claim.id), all, "claim `{}`", claim.id);
        }
    }

    #[test]
    fn the_count_is_that_of_the_cards_generated() {
        let deck = Deck::builtin().unwrap();
        assert_eq!(count(&deck), generate(&deck).len());
    }

    #[test]
    fn ids_are_claim_and_kind() {
        let names: Vec<_> = CardKind::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names, ["cloze", "qa", "multiple_choice", "true_false", "typed", "timeline", "sources", "versions"]);
        for kind in CardKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.name()), "serde name is the id name");
        }
        assert_eq!(card_id(&"a-claim".into(), CardKind::TrueFalse).as_str(), "a-claim:true_false");
    }

    #[test]
    fn a_claim_without_question_has_no_qa_choice_or_typed_card() {
        let deck = deck_from(&claim_toml(
            "c",
            0,
            "text = \"Mongolia borders Russia.\"\nanswer = \"Russia\"\nkind = \"place\"",
        ));
        let kinds: Vec<_> = generate(&deck).iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [CardKind::Cloze], "a cloze needs no question; a true/false card needs a false statement");
    }

    #[test]
    fn a_claim_with_question_but_no_distractors_has_no_multiple_choice() {
        let deck = deck_from(&claim_toml(
            "c",
            0,
            "text = \"Mongolia borders Russia.\"\nanswer = \"Russia\"\nquestion = \"Which?\"\nkind = \"place\"",
        ));
        let cards = generate(&deck);
        let kinds: Vec<_> = cards.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [CardKind::Cloze, CardKind::Qa, CardKind::Typed],
            "no distractor: no options, no false statement"
        );
        let ids: Vec<_> = cards.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c:cloze", "c:qa", "c:typed"]);
    }

    #[test]
    fn the_seed_is_stable_across_builds() {
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325, "FNV-1a offset basis");
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c, "FNV-1a test vector");
    }
}
