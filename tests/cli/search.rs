//! `steppe search QUERY`: the matching cards of the study data as a table or JSON; a query that
//! cannot be read is a usage error that shows where.

use predicates::prelude::*;

use super::steppe;

#[test]
fn search_prints_the_matching_cards_with_counts_and_as_json() {
    let data = tempfile::tempdir().unwrap();
    let drill = steppe(data.path()).args(["drill", "--answers", "6", "--seed", "3"]).output().unwrap();
    assert!(drill.status.success(), "{}", String::from_utf8_lossy(&drill.stderr));

    let out = steppe(data.path()).args(["search", "kind:cloze tag:diplomacy", "--limit", "5"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains(" cards of ") && lines[0].contains(" claims match (of "), "{text}");
    assert!(lines[1].starts_with("card ") && lines[1].contains("state") && lines[1].ends_with("prompt"), "{text}");
    assert_eq!(lines.iter().filter(|l| l.contains(":cloze ")).count(), 5, "{text}");
    assert!(lines.last().unwrap().contains("5 of "), "{text}");

    let out = steppe(data.path()).args(["search", "-is:new", "--json", "--sort", "due"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = page["rows"].as_array().unwrap();
    assert!(!rows.is_empty() && rows.len() <= 6, "the drilled cards: {page}");
    assert!(rows.iter().all(|r| r["phase"] != "new" && r["recall"].is_number()));
    assert_eq!(page["total"].as_u64().unwrap() as usize, rows.len());
    assert_eq!(page["query"], "-is:new");

    steppe(data.path())
        .args(["search", "zzqxv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("0 cards of 0 claims match"));
}

#[test]
fn a_bad_query_exits_2_showing_the_column_in_the_chosen_language() {
    let data = tempfile::tempdir().unwrap();
    let out = steppe(data.path()).args(["search", "tag:energy is:sleeping"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("column 15") && err.contains("`is:sleeping` is not a state"), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    let at = lines.iter().position(|l| l.ends_with("tag:energy is:sleeping")).expect("the query is shown");
    let column = |line: &str, s: &str| line.chars().count() - line[line.find(s).unwrap()..].chars().count();
    assert_eq!(column(lines[at + 1], "^"), column(lines[at], "sleeping"), "a caret under the column:\n{err}");
    steppe(data.path())
        .env("LANG", "ko_KR.UTF-8")
        .args(["search", "(is:new"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("1번째 칸").and(predicate::str::contains("괄호가 닫히지 않았어요")));
}
