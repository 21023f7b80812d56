//! `steppe card ID`: one card's history from the study data.

use predicates::prelude::*;

use super::steppe;

#[test]
fn card_prints_a_cards_answers_memory_and_forgetting_curve_and_refuses_an_unknown_card() {
    let data = tempfile::tempdir().unwrap();
    // Answers given by the real program, committed before each `ack <card> <review id> <rating>`.
    let drill = steppe(data.path()).args(["drill", "--answers", "12", "--seed", "5"]).output().unwrap();
    assert!(drill.status.success(), "{}", String::from_utf8_lossy(&drill.stderr));
    let acks: Vec<(String, String)> = String::from_utf8(drill.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| {
            let mut words = l.strip_prefix("ack ")?.split(' ');
            Some((words.next()?.to_owned(), words.nth(1)?.to_owned()))
        })
        .collect();
    assert_eq!(acks.len(), 12);
    let (card, _) = &acks[0];
    let answers = acks.iter().filter(|(c, _)| c == card).count();
    let rating = |n: &str| ["Again", "Hard", "Good", "Easy"][n.parse::<usize>().unwrap() - 1];

    let out = steppe(data.path()).args(["card", card]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(&format!("card `{card}` (")), "{text}");
    assert!(text.contains("\nclaim `") && text.contains("\nquote from “"), "{text}");
    assert!(text.contains("\nmemory now: ") && text.contains("recall probability"), "{text}");
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("  ") && l.contains("stability ")).collect();
    assert_eq!(rows.len(), answers, "one row per answer to the card:\n{text}");
    let first = rows[0];
    assert!(first.contains(&format!("  {}  new  ", rating(&acks[0].1))), "its grade, from a new card: {first}");
    assert!(first.ends_with("recall –"), "a new card has no recall probability to answer at: {first}");
    assert!(text.contains("\nforgetting curve (") && text.contains("\n  now: "), "{text}");

    steppe(data.path())
        .env("LANG", "ko_KR.UTF-8")
        .args(["card", card])
        .assert()
        .success()
        .stdout(predicate::str::contains("지금 기억 상태: ").and(predicate::str::contains("망각 곡선")));
    steppe(data.path())
        .args(["card", "no-such:card"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("card `no-such:card`"));
}
