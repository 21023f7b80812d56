//! True/false cards: the claim's text as it is, or a false variant with the answer swapped for
//! a distractor of the same kind. Which of the two a claim gets is drawn from the seed.
//!
//! A false statement must be surely false: the swapped-in answer is never the answer in another
//! spelling, neither contains the other, and no claim of the deck says the false statement.

use rand::RngExt;
use rand::seq::{IndexedRandom, SliceRandom};
use rand_chacha::ChaCha8Rng;

use super::choice::Pool;
use super::typed::normalize;
use super::{Card, CardKind, card_id, card_rng};
use crate::content::Claim;

/// The labels of the two options, in the order shown.
pub const TRUE: &str = "True";
pub const FALSE: &str = "False";

/// Words after which a swapped-in answer drops its own article.
const DETERMINERS: [&str; 11] = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "whose"];

/// How many of the most plausible distractors a false statement is drawn from.
const PLAUSIBLE: usize = 3;

/// The claim's true/false card. Its prompt is the statement to judge, the claim's text or its
/// false statement as the seed draws; `answer` is `True` or `False` and `correct_choice` its
/// index in `choices` (`[True, False]`). A claim with no statement that is surely false has no
/// true/false card: one that is always true would teach nothing.
pub(super) fn card(pool: &Pool, claim: &Claim, seed: u64) -> Option<Card> {
    let (false_statement, mut rng) = false_statement(pool, claim, seed)?;
    let is_true = rng.random_bool(0.5);
    let prompt = if is_true { claim.text.clone() } else { false_statement };
    let answer = if is_true { TRUE } else { FALSE }.to_owned();
    let mut card = Card::with_answer(claim, CardKind::TrueFalse, prompt, answer);
    card.choices = vec![TRUE.to_owned(), FALSE.to_owned()];
    card.correct_choice = Some(if is_true { 0 } else { 1 });
    Some(card)
}

/// Whether the claim has a true/false card ([`card`]), without making it.
pub(super) fn has_card(pool: &Pool, claim: &Claim, seed: u64) -> bool {
    false_statement(pool, claim, seed).is_some()
}

/// The false statement of the claim's true/false card, and the card's random generator as
/// drawing it leaves it; none when no statement is surely false.
fn false_statement(pool: &Pool, claim: &Claim, seed: u64) -> Option<(String, ChaCha8Rng)> {
    let id = card_id(&claim.id, CardKind::TrueFalse);
    let mut rng = card_rng(seed, id.as_str());
    let statement = authored_false(claim, &mut rng).or_else(|| generated_false(pool, claim, &mut rng))?;
    Some((statement, rng))
}

/// One of the author's false statements for the claim, if it has any.
fn authored_false(claim: &Claim, rng: &mut impl rand::Rng) -> Option<String> {
    claim.false_statements.choose(rng).cloned()
}

/// The claim's text with one of the most plausible distractors swapped in, if one is surely
/// false.
fn generated_false(pool: &Pool, claim: &Claim, rng: &mut impl rand::Rng) -> Option<String> {
    let distractors = pool.replacements(claim, 2 * PLAUSIBLE, rng);
    let (best, rest) = distractors.split_at(distractors.len().min(PLAUSIBLE));
    let mut best = best.to_vec();
    best.shuffle(rng);
    // A claim with distractors is in the pool, so its normal forms are at hand.
    let normals = pool.normal_forms(claim);
    best.iter().chain(rest).find_map(|d| false_variant(pool, claim, normals?, *d))
}

/// The claim's text with its answer replaced by `distractor`, unless that could be true.
/// `normals` are the normal forms of the claim's answer and text, and `distractor` comes with
/// its own.
fn false_variant(pool: &Pool, claim: &Claim, normals: (&str, &str), distractor: (&str, &str)) -> Option<String> {
    let ((answer, text), (distractor, other)) = (normals, distractor);
    let contains = |a: &str, b: &str| format!(" {a} ").contains(&format!(" {b} "));
    if answer == other || contains(answer, other) || contains(other, answer) {
        return None;
    }
    let statement = swap(&claim.text, &claim.answer, distractor)?;
    let normal = normalize(&statement);
    (!pool.is_stated(&normal) && normal != text).then_some(statement)
}

/// `text` with the first `answer` replaced by `replacement`, capitalised at the start of the
/// sentence and with a leading article in lower case elsewhere, or dropped after a possessive
/// or a determiner (`South Korea’s the Eurasia Initiative`).
fn swap(text: &str, answer: &str, replacement: &str) -> Option<String> {
    let at = text.find(answer)?;
    let before = text[..at].to_lowercase();
    let determined = ["’s ", "'s ", "s’ ", "s' "].iter().any(|p| before.ends_with(p))
        || before.split_whitespace().next_back().is_some_and(|w| DETERMINERS.contains(&w));
    let mut replacement = replacement;
    if determined {
        for article in ["the ", "The ", "a ", "A ", "an ", "An "] {
            replacement = replacement.strip_prefix(article).unwrap_or(replacement);
        }
    }
    let mut replacement = replacement.to_owned();
    if at == 0 {
        if let Some(first) = replacement.chars().next() {
            replacement.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
    } else if ["The ", "A ", "An "].iter().any(|a| replacement.starts_with(a)) {
        replacement.replace_range(..1, &replacement[..1].to_lowercase());
    }
    Some(format!("{}{replacement}{}", &text[..at], &text[at + answer.len()..]))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claim_toml, deck_from};
    use super::*;
    use crate::content::Deck;

    #[test]
    fn the_answer_is_swapped_with_the_sentences_capitalisation() {
        assert_eq!(
            swap("Japan hosted it.", "Japan", "the United States").as_deref(),
            Some("The United States hosted it.")
        );
        assert_eq!(
            swap("It went to the Japanese media.", "the Japanese media", "The Shanghai Cooperation Organization")
                .as_deref(),
            Some("It went to the Shanghai Cooperation Organization.")
        );
        assert_eq!(
            swap("South Korea’s KMADI made it.", "KMADI", "the Eurasia Initiative").as_deref(),
            Some("South Korea’s Eurasia Initiative made it.")
        );
        assert_eq!(swap("Nothing here.", "Japan", "Korea"), None);
    }

    /// Four place claims; the first says `Mongolia first traded with Japan.`, the others say
    /// `other` about their place.
    fn four_places(other: &str) -> Deck {
        let claims: String = ["Japan", "Russia", "Kazakhstan", "Vietnam"]
            .iter()
            .enumerate()
            .map(|(n, place)| {
                let template = if n == 0 { "Mongolia first traded with {}." } else { other };
                let text = template.replace("{}", place);
                let fields = format!("text = \"{text}\"\nanswer = \"{place}\"\nkind = \"place\"\nrole = \"country\"");
                claim_toml(&format!("c{n}"), n, &fields)
            })
            .collect();
        deck_from(&claims)
    }

    #[test]
    fn truth_follows_the_seed_and_false_statements_are_false() {
        let deck = four_places("{} is a neighbour of China.");
        let pool = Pool::new(&deck);
        let mut seen = [false, false];
        for seed in 0..32 {
            let card = card(&pool, &deck.claims[0], seed).expect("a false variant exists");
            assert_eq!(card.choices, [TRUE, FALSE]);
            let correct = card.correct_choice.unwrap() as usize;
            assert_eq!(card.choices[correct], card.answer, "correct_choice matches answer");
            seen[correct] = true;
            if card.answer == TRUE {
                assert_eq!(card.prompt, deck.claims[0].text);
            } else {
                assert_ne!(card.prompt, deck.claims[0].text, "a false statement differs");
                assert!(!card.prompt.contains("Japan"), "the answer was swapped out");
            }
            assert_eq!(Some(card), super::card(&pool, &deck.claims[0], seed), "deterministic");
        }
        assert_eq!(seen, [true, true], "some seeds give true, some false");
    }

    #[test]
    fn authored_false_statements_come_first_and_phrases_are_never_swapped() {
        let deck = deck_from(
            &[
                claim_toml(
                    "a",
                    0,
                    "text = \"Mongolia takes a middle road.\"\nanswer = \"a middle road\"\nkind = \"relation\"\n\
                     false = [\"Mongolia sides with the North.\"]",
                ),
                claim_toml(
                    "b",
                    2,
                    "text = \"Mongolia changes its attitude.\"\nanswer = \"its attitude\"\nkind = \"relation\"",
                ),
            ]
            .concat(),
        );
        let pool = Pool::new(&deck);
        for seed in 0..32 {
            let authored = card(&pool, &deck.claims[0], seed).expect("an authored false statement");
            assert!(
                authored.prompt == deck.claims[0].text || authored.prompt == "Mongolia sides with the North.",
                "seed {seed}: {}",
                authored.prompt
            );
            assert_eq!(card(&pool, &deck.claims[1], seed), None, "seed {seed}: no phrase is swapped in");
        }
    }

    #[test]
    fn a_false_statement_that_another_claim_makes_is_never_used() {
        // Every false variant of c0 is the text of another claim: c0 has no true/false card.
        let deck = four_places("Mongolia first traded with {}.");
        let pool = Pool::new(&deck);
        for seed in 0..32 {
            assert_eq!(card(&pool, &deck.claims[0], seed), None, "seed {seed}: each swap is another claim's text");
        }
    }
}
