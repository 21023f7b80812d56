//! Re-reading after a lapse: the answer that forgets a card in review brings the paragraph its
//! quote stands in, with the quote marked; other answers bring nothing.

use chrono::Duration;
use steppe::Collection;
use steppe::schedule::Rating;

use crate::{clock, no_fuzz, small_deck};

#[test]
fn a_lapse_brings_the_paragraph_of_the_quote_and_nothing_else_does() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = Collection::open_with(dir.path(), small_deck(), Box::new(clock.clone()), no_fuzz()).unwrap();
    let id = "rounds:cloze".into();

    // New → learning → review: no lapse, nothing to re-read, Again on a learning card included.
    assert!(c.answer(&id, Rating::Again).unwrap().reread.is_none(), "Again on a new card is no lapse");
    clock.advance(Duration::minutes(1));
    assert!(c.answer(&id, Rating::Good).unwrap().reread.is_none());
    clock.advance(Duration::minutes(10));
    assert!(c.answer(&id, Rating::Good).unwrap().reread.is_none());
    clock.advance(Duration::days(4));
    let session = c.answer(&id, Rating::Again).unwrap();

    let passage = session.reread.expect("a lapse brings the paragraph to read again");
    assert_eq!((passage.reading.as_str(), passage.reading_title.as_str()), ("r1", "Reading One"));
    assert_eq!(passage.claim.as_str(), "rounds");
    let text: String = passage.block.segments.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(text, "Mongolia hosted three rounds of talks in 2007–2012.", "the whole paragraph");
    let marked: String =
        passage.block.segments.iter().filter(|s| !s.claims.is_empty()).map(|s| s.text.as_str()).collect();
    assert_eq!(marked, "hosted three rounds of talks", "only this claim's quote is marked");
    assert!(passage.block.segments.iter().all(|s| s.claims.iter().all(|c| c.as_str() == "rounds")));

    // The relearning card answered again is no new lapse; nor is the next session call.
    clock.advance(Duration::minutes(10));
    assert!(c.answer(&id, Rating::Again).unwrap().reread.is_none());
    assert!(c.session().unwrap().reread.is_none());
}

#[test]
fn each_paragraph_of_a_reading_carries_the_average_recall_of_its_studied_cards() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = Collection::open_with(dir.path(), small_deck(), Box::new(clock.clone()), no_fuzz()).unwrap();
    let r1 = "r1".into();
    assert!(c.reading(&r1).unwrap().blocks.iter().all(|b| b.recall.is_none()), "nothing studied yet");

    // Two cards of `rounds` (first paragraph) studied a day apart; `embassy` (second) left new.
    let (cloze, qa) = ("rounds:cloze".into(), "rounds:qa".into());
    for id in [&cloze, &qa] {
        c.answer(id, Rating::Good).unwrap();
        clock.advance(Duration::minutes(10));
        c.answer(id, Rating::Good).unwrap();
        clock.advance(Duration::days(1));
    }
    clock.advance(Duration::days(2));
    let recall_now = |c: &Collection, id| c.card_history(id).unwrap().memory.recall.unwrap();
    let expected = (recall_now(&c, &cloze) + recall_now(&c, &qa)) / 2.0;
    let view = c.reading(&r1).unwrap();
    let first = view.blocks[0].recall.expect("the first paragraph has studied cards");
    assert!((first - expected).abs() < 1e-6, "{first} against {expected}");
    assert!(first < 1.0 && first > 0.5);
    assert_eq!(view.blocks[1].recall, None, "the embassy paragraph has only new cards");

    // Fading with time; a suspended card no longer counts.
    clock.advance(Duration::days(20));
    let later = c.reading(&r1).unwrap().blocks[0].recall.unwrap();
    assert!(later < first, "{later} < {first}");
    c.set_suspended(&qa, true).unwrap();
    let only_cloze = c.reading(&r1).unwrap().blocks[0].recall.unwrap();
    assert!((only_cloze - recall_now(&c, &cloze)).abs() < 1e-6);
}
