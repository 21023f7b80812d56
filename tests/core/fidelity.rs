//! Each reading is its seed's article, cleaned and not rewritten: the same words in the same
//! order, no numbers that the seed lacks, and none of the site furniture.

use serde::Deserialize;
use std::collections::HashMap;
use steppe::content::Deck;
use steppe::content::anchor::normalized;

#[derive(Deserialize)]
struct Bodies {
    reading: Vec<Body>,
}

#[derive(Deserialize)]
struct Body {
    id: String,
    seed: String,
    body_lines: [usize; 2],
    junk_lines: Vec<usize>,
    junk: Vec<String>,
}

/// Letters only, lowercased: whitespace, punctuation, quote marks, dashes, digits and the `?`
/// that stands for a lost character in a mojibake capture all drop out, so what is compared is
/// the author's words and their order.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect()
}

/// Every run of digits, with its count.
fn numbers(text: &str) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for run in text.split(|c: char| !c.is_ascii_digit()).filter(|r| !r.is_empty()) {
        *out.entry(run.to_owned()).or_insert(0) += 1;
    }
    out
}

fn reading_text(deck: &Deck, id: &str) -> String {
    let reading = deck.reading(&id.into()).unwrap_or_else(|| panic!("reading `{id}` is in the deck"));
    reading.blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_reading_keeps_its_authors_words_and_drops_the_junk() {
    let bodies: Bodies = toml::from_str(include_str!("../fixtures/seeds/bodies.toml")).unwrap();
    let deck = Deck::builtin().unwrap();
    assert_eq!(bodies.reading.len(), deck.readings.len(), "every reading has a seed map");
    for body in &bodies.reading {
        let seed = std::fs::read_to_string(format!("tests/fixtures/seeds/{}", body.seed)).unwrap();
        let [first, last] = body.body_lines;
        let article: String = seed
            .lines()
            .enumerate()
            .map(|(i, line)| (i + 1, line))
            .filter(|(n, _)| (first..=last).contains(n) && !body.junk_lines.contains(n))
            .map(|(_, line)| format!("{line}\n"))
            .collect();
        let reading = reading_text(&deck, &body.id);
        let (want, got) = (letters(&article), letters(&reading));
        if want != got {
            let at = want.chars().zip(got.chars()).take_while(|(a, b)| a == b).count();
            let context = |s: &str| s.chars().skip(at.saturating_sub(40)).take(80).collect::<String>();
            panic!(
                "`{}` differs from its seed after {at} letters:\n seed:    …{}…\n reading: …{}…",
                body.id,
                context(&want),
                context(&got)
            );
        }
        let seed_numbers = numbers(&article);
        for (number, count) in numbers(&reading) {
            let available = seed_numbers.get(&number).copied().unwrap_or(0);
            assert!(count <= available, "`{}` has `{number}` {count} times; its seed {available} times", body.id);
        }
        let (seed, reading) = (normalized(&seed), normalized(&reading));
        for junk in body.junk.iter().map(|j| normalized(j)) {
            assert!(seed.contains(&junk), "junk sample {junk:?} comes from seed {}", body.seed);
            assert!(!reading.contains(&junk), "`{}` still contains the junk {junk:?}", body.id);
        }
    }
}

#[test]
fn the_letter_comparison_notices_a_changed_word() {
    assert_eq!(
        letters("Mongolia?s “regionless” state, 2007?2012."),
        letters("Mongolia’s \"regionless\" state, 2007–2012.")
    );
    assert_ne!(letters("Mongolia takes a middle road"), letters("Mongolia takes a central road"));
}
