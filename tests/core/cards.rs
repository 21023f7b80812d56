//! Cards of the real built-in deck: a reviewed snapshot of every kind, determinism and order,
//! and property tests of the typed-answer matcher and of multiple-choice options.

use proptest::prelude::*;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::sync::OnceLock;

use steppe::cards::typed::{AnswerMatch, check, normalize};
use steppe::cards::{Card, CardKind, deck_seed, generate, generate_with_seed};
use steppe::content::Deck;

fn builtin() -> &'static Deck {
    static DECK: OnceLock<Deck> = OnceLock::new();
    DECK.get_or_init(|| Deck::builtin().expect("the built-in deck is valid"))
}

fn builtin_cards() -> &'static [Card] {
    static CARDS: OnceLock<Vec<Card>> = OnceLock::new();
    CARDS.get_or_init(|| generate(builtin()))
}

/// A card as a student meets it: prompt, options (the right one starred) and answer.
fn render(card: &Card) -> String {
    let mut out = format!("## {} ({})\n{}\n", card.id, card.kind.name(), card.prompt);
    if card.kind == CardKind::Timeline {
        for (k, item) in card.choices.iter().enumerate() {
            writeln!(out, "  {}. {item}", k + 1).unwrap();
        }
        let order: Vec<String> = card.correct_order.iter().map(|k| (k + 1).to_string()).collect();
        writeln!(out, "order: {}", order.join(", ")).unwrap();
    } else {
        for (k, choice) in card.choices.iter().enumerate() {
            let mark = if card.correct_choice == Some(k as u32) { "*" } else { " " };
            writeln!(out, "  {mark} {choice}").unwrap();
        }
    }
    writeln!(out, "answer: {}", card.answer.replace('\n', "\n        ")).unwrap();
    out
}

/// `n` cards of one kind, evenly spread over the deck, starting `offset` cards in so that the
/// kinds sample different claims.
fn spread(cards: &[Card], kind: CardKind, n: usize, offset: usize) -> Vec<&Card> {
    let of_kind: Vec<&Card> = cards.iter().filter(|c| c.kind == kind).collect();
    let step = (of_kind.len() / n).max(1);
    let offset = offset.min(step - 1);
    of_kind.into_iter().skip(offset).step_by(step).take(n).collect()
}

#[test]
fn the_builtin_deck_yields_every_kind_of_card() {
    let cards = builtin_cards();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for card in cards {
        *counts.entry(card.kind.name()).or_default() += 1;
    }
    let false_statements = cards.iter().filter(|c| c.answer == "False").count();
    let mut summary = format!(
        "deck `{}` {}, {} claims, {} cards\n",
        builtin().info.id,
        builtin().info.version,
        builtin().claims.len(),
        cards.len()
    );
    for (kind, n) in &counts {
        writeln!(summary, "  {kind}: {n}").unwrap();
    }
    writeln!(summary, "  true_false asked false: {false_statements}\n").unwrap();
    for (kind, n, offset) in [
        (CardKind::Cloze, 4, 0),
        (CardKind::Qa, 2, 11),
        (CardKind::MultipleChoice, 7, 23),
        (CardKind::TrueFalse, 6, 37),
        (CardKind::Typed, 2, 51),
        (CardKind::Timeline, 3, 1),
        (CardKind::Sources, 3, 0),
        (CardKind::Versions, 3, 1),
    ] {
        for card in spread(cards, kind, n, offset) {
            summary.push_str(&render(card));
            summary.push('\n');
        }
    }
    insta::assert_snapshot!(summary);
    for kind in CardKind::ALL {
        assert!(counts.contains_key(kind.name()), "the deck has {} cards", kind.name());
    }
}

#[test]
fn the_same_deck_and_seed_give_the_same_cards() {
    let deck = builtin();
    assert_eq!(generate(deck), generate_with_seed(deck, deck_seed(deck)), "generate uses the deck's own seed");
    assert_eq!(generate_with_seed(deck, 42), generate_with_seed(deck, 42), "same seed, same cards, options and order");
    let ids = |cards: &[Card]| cards.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    let (a, b) = (generate_with_seed(deck, 1), generate_with_seed(deck, 2));
    assert_eq!(ids(&a), ids(&b), "the seed changes options, never which cards exist");
    assert_ne!(a, b, "another seed shuffles options");
}

#[test]
fn new_claims_come_one_card_each_readings_taking_turns_and_kinds_varying() {
    let deck = builtin();
    let cards = builtin_cards();
    // Each claim's place in its reading, and each reading's place in the deck.
    let mut within: BTreeMap<&steppe::ids::ReadingId, usize> = BTreeMap::new();
    let mut place = BTreeMap::new();
    for claim in &deck.claims {
        let n = within.entry(&claim.reading).or_default();
        place.insert(claim.id.clone(), *n);
        *n += 1;
    }
    let mut led: BTreeMap<&steppe::ids::ClaimId, usize> = BTreeMap::new();
    let mut tier = 0;
    let mut last_turn = 0;
    let mut lead_kinds = Vec::new();
    for (at, card) in cards.iter().enumerate() {
        let single = !matches!(card.kind, CardKind::Timeline | CardKind::Sources | CardKind::Versions);
        let here = match (single, led.contains_key(&card.claim)) {
            (true, false) => 0,
            (true, true) => 1,
            (false, _) => 2,
        };
        assert!(here >= tier, "`{}` at {at}: a lead card after the claims' other cards", card.id);
        tier = here;
        if here == 0 {
            led.insert(&card.claim, at);
            let turn = place[&card.claim];
            assert!(turn >= last_turn, "`{}`: the n-th claims of every reading come before the next", card.id);
            last_turn = turn;
            lead_kinds.push(card.kind);
        }
    }
    assert_eq!(led.len(), deck.claims.len(), "every claim is introduced by one card");
    let first: HashSet<_> = lead_kinds.iter().take(20).collect();
    assert!(first.len() >= 3, "the first session mixes kinds: {first:?}");
    let readings: std::collections::BTreeSet<_> = cards.iter().take(10).map(|c| &c.reading).collect();
    assert_eq!(readings.len(), deck.readings.len(), "the first cards come from every reading");
    for card in cards {
        assert!(card.claims.iter().all(|c| deck.claim(c).is_some()), "`{}` asks about claims of the deck", card.id);
        if !matches!(card.kind, CardKind::Timeline | CardKind::Sources | CardKind::Versions) {
            assert_eq!(
                card.id.as_str(),
                format!("{}:{}", card.claim, card.kind.name()),
                "a single-claim card's id is `<claim-id>:<kind>`"
            );
        }
    }
}

#[test]
fn which_kinds_a_claim_yields_follows_from_its_fields() {
    let cards = builtin_cards();
    for claim in &builtin().claims {
        let kinds: HashSet<CardKind> =
            cards.iter().filter(|c| c.claims == [claim.id.clone()]).map(|c| c.kind).collect();
        assert!(kinds.contains(&CardKind::Cloze), "`{}` has a cloze", claim.id);
        let asked = claim.question.is_some();
        assert_eq!(kinds.contains(&CardKind::Qa), asked, "`{}`: Q&A needs a question", claim.id);
        let short = steppe::cards::typed::is_short(&claim.answer);
        if !asked || !short {
            assert!(!kinds.contains(&CardKind::Typed), "`{}`: typed needs a question and a short answer", claim.id);
        }
        if !asked {
            assert!(!kinds.contains(&CardKind::MultipleChoice), "no question, no options");
        }
    }
}

#[test]
fn a_claim_marked_typed_false_is_asked_on_its_qa_card_and_never_typed() {
    let cards = builtin_cards();
    let marked: Vec<_> = builtin().claims.iter().filter(|c| !c.typed).collect();
    let ids: Vec<&str> = marked.iter().map(|c| c.id.as_str()).collect();
    for id in [
        "bt-regionless-state",
        "bt-major-powers-little-attention",
        "un-not-beholden-japan-rok",
        "un-trilateral-could-threaten-china-russia",
    ] {
        assert!(ids.contains(&id), "`{id}` is marked in the built-in deck: {ids:?}");
    }
    for claim in marked {
        assert!(steppe::cards::typed::is_short(&claim.answer), "`{}` would be typed but for its mark", claim.id);
        let kinds: HashSet<CardKind> =
            cards.iter().filter(|c| c.claims == [claim.id.clone()]).map(|c| c.kind).collect();
        assert!(kinds.contains(&CardKind::Qa) && !kinds.contains(&CardKind::Typed), "`{}`: {kinds:?}", claim.id);
    }
}

#[test]
fn timelines_order_distinct_dates_of_one_reading() {
    let deck = builtin();
    for card in builtin_cards().iter().filter(|c| c.kind == CardKind::Timeline) {
        let claims: Vec<_> = card.claims.iter().map(|id| deck.claim(id).unwrap()).collect();
        assert!((4..=5).contains(&claims.len()), "`{}` has 4–5 items", card.id);
        assert!(claims.iter().all(|c| c.reading == card.reading), "one reading");
        let events: Vec<&str> = claims.iter().map(|c| c.event.as_deref().unwrap()).collect();
        assert_eq!(card.choices, events, "items are the claims' events");
        assert!(claims.iter().all(|c| c.conflicts_with.is_empty()), "no disputed date is put on a timeline");
        let dates: Vec<&str> =
            card.correct_order.iter().map(|&k| claims[k as usize].date.as_deref().unwrap()).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(dates, sorted, "`{}`: the order is by date, dates distinct", card.id);
        assert!(card.id.as_str().starts_with(&format!("timeline:{}:", card.reading)));
    }
}

#[test]
fn a_false_statement_is_no_claim_of_the_deck() {
    let texts: HashSet<String> = builtin().claims.iter().map(|c| normalize(&c.text)).collect();
    for card in builtin_cards().iter().filter(|c| c.kind == CardKind::TrueFalse) {
        let claim = builtin().claim(&card.claim).unwrap();
        let correct = card.correct_choice.expect("true/false has a right option") as usize;
        assert_eq!(card.choices[correct], card.answer);
        if card.answer == "True" {
            assert_eq!(card.prompt, claim.text, "a true statement is the claim's text");
        } else {
            assert!(
                !texts.contains(&normalize(&card.prompt)),
                "`{}`: the false statement {:?} is said by a claim",
                card.id,
                card.prompt
            );
        }
    }
}

#[test]
fn every_typed_answer_accepts_its_own_answer() {
    for card in builtin_cards().iter().filter(|c| c.kind == CardKind::Typed) {
        assert_eq!(check(&card.answer, &card.answer), AnswerMatch::Exact, "`{}`", card.id);
        assert_eq!(check(&card.answer, &card.answer.to_uppercase()), AnswerMatch::Exact, "`{}` in capitals", card.id);
    }
}

/// Letters with accents that fold back to plain ASCII.
fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'c' => 'ç',
        'n' => 'ñ',
        other => other,
    }
}

proptest! {
    #[test]
    fn any_string_matches_itself_exactly(s in any::<String>()) {
        prop_assert_eq!(check(&s, &s), AnswerMatch::Exact, "an answer typed as it is");
    }

    #[test]
    fn the_matcher_never_panics(expected in any::<String>(), given in any::<String>()) {
        let _ = check(&expected, &given);
        let _ = normalize(&given);
    }

    #[test]
    fn case_accents_and_punctuation_do_not_matter(
        words in prop::collection::vec("[a-z]{1,8}", 1..5),
        upper in prop::collection::vec(any::<bool>(), 40),
        accent in prop::collection::vec(any::<bool>(), 40),
        marks in prop::collection::vec(prop::sample::select(vec!["", ",", ".", "!", "?", ";", ":", "\"", "“", "”", "’", "'", "(", ")", "-", "—"]), 5),
    ) {
        let answer = words.join(" ");
        let variant: Vec<String> = words
            .iter()
            .zip(&marks)
            .map(|(w, mark)| {
                let w: String = w
                    .chars()
                    .enumerate()
                    .map(|(i, c)| {
                        let c = if accent[i % 40] { accented(c) } else { c };
                        if upper[i % 40] { c.to_uppercase().next().unwrap() } else { c }
                    })
                    .collect();
                format!("{w}{mark}")
            })
            .collect();
        let variant = variant.join("  ");
        prop_assert_eq!(check(&answer, &variant), AnswerMatch::Exact, "{:?} vs {:?}", answer, variant);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn multiple_choice_options_are_four_distinct_with_the_answer_once(seed in any::<u64>()) {
        let deck = builtin();
        for card in generate_with_seed(deck, seed).iter().filter(|c| c.kind == CardKind::MultipleChoice) {
            prop_assert_eq!(card.choices.len(), 4, "`{}` has four options", card.id);
            let correct = card.correct_choice.expect("a right option") as usize;
            prop_assert_eq!(&card.choices[correct], &card.answer, "`{}`: correct_choice is the answer", card.id);
            let answer_count = card.choices.iter().filter(|c| **c == card.answer).count();
            prop_assert_eq!(answer_count, 1, "`{}`: the answer is there exactly once", card.id);
            let normals: HashSet<String> = card.choices.iter().map(|c| normalize(c)).collect();
            prop_assert_eq!(normals.len(), 4, "`{}`: no two options are the same answer: {:?}", card.id, card.choices);
            for (k, option) in card.choices.iter().enumerate().filter(|(k, _)| *k != correct) {
                prop_assert_eq!(
                    check(&card.answer, option),
                    AnswerMatch::Wrong,
                    "`{}`: option {} {:?} is not the answer {:?} in disguise",
                    card.id, k, option, card.answer
                );
            }
        }
    }
}

#[test]
fn counting_the_cards_gives_as_many_as_making_them() {
    // The count works out each card without making it: the same draws, the same cards.
    assert_eq!(steppe::cards::count(builtin()), builtin_cards().len(), "the built-in deck");
    let spec = steppe::synth::DeckSpec { claims: 2_000, claims_per_reading: 20, seed: 11 };
    let deck = steppe::content::compile(&steppe::synth::deck_files(&spec)).expect("a synthetic deck is valid");
    let cards = generate(&deck);
    assert!(
        cards.iter().any(|c| c.kind == CardKind::MultipleChoice) && cards.iter().any(|c| c.kind == CardKind::TrueFalse)
    );
    assert_eq!(steppe::cards::count(&deck), cards.len(), "a synthetic deck");
}
