//! `steppe plan`: make, show and drop exam plans, with their feasibility figures.

use predicates::prelude::*;

use super::steppe;

/// A date `days` after today's study day (the day rolls over at 04:00 local).
fn date_in(days: i64) -> String {
    (chrono::Local::now() - chrono::Duration::hours(4) + chrono::Duration::days(days)).format("%Y-%m-%d").to_string()
}

#[test]
fn plan_create_show_and_drop_print_the_figures_and_keep_the_history() {
    let data = tempfile::tempdir().unwrap();
    let drill = steppe(data.path()).args(["drill", "--answers", "30", "--seed", "3"]).output().unwrap();
    assert!(drill.status.success(), "{}", String::from_utf8_lossy(&drill.stderr));
    let date = date_in(30);

    let out = steppe(data.path())
        .args(["plan", "create", "--name", "midterm", "--date", &date, "--target", "0.8"])
        .args(["--reading", "breakthrough-2015"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(&format!("Exam plan `midterm` saved: exam on {date}.\n")), "{text}");
    assert!(text.contains("30 study days left;"), "{text}");
    assert!(
        predicate::str::is_match(r"Each day: about \d+ minutes, \d+ reviews and \d+ new cards?\.").unwrap().eval(&text),
        "{text}"
    );
    assert!(text.contains("Minutes from typical answer times"), "{text}");
    assert!(
        predicate::str::is_match(r"Expected recall on the exam day: \d+% \(target 80%\)\.").unwrap().eval(&text),
        "{text}"
    );
    assert!(text.contains("The target is within reach.") || text.contains("out of reach"), "{text}");

    let out = steppe(data.path()).args(["plan", "show"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!("Exam plan `midterm`: exam on {date} (reading `breakthrough-2015`).\n")),
        "{text}"
    );
    assert!(
        predicate::str::is_match(r"\n\d{4}-\d\d-\d\d: reviews \d+ of \d+ planned, new cards \d+ of \d+ planned\n")
            .unwrap()
            .eval(&text),
        "{text}"
    );

    steppe(data.path()).env("LANG", "ko_KR.UTF-8").args(["plan", "show"]).assert().success().stdout(
        predicate::str::contains("시험 계획 `midterm`: 시험일")
            .and(predicate::str::contains("시험일에 예상되는 기억률")),
    );

    // Out of reach: an exam tomorrow with every card, aiming at 99%.
    steppe(data.path())
        .args(["plan", "create", "--name", "tomorrow", "--date", &date_in(1), "--target", "0.99"])
        .assert()
        .success()
        .stdout(predicate::str::contains("The target is out of reach by this date: about "));

    // A budget of one minute a day: out of reach, and what more minutes would reach.
    steppe(data.path())
        .args(["plan", "create", "--name", "tight", "--date", &date_in(30), "--target", "0.7", "--minutes", "1"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("The target is out of reach by this date").and(
                predicate::str::is_match(r"It is within reach by this date with about \d+ minutes a day\.").unwrap(),
            ),
        );
    steppe(data.path()).args(["plan", "drop", "tight"]).assert().success();
    steppe(data.path())
        .args(["plan", "drop", "midterm"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Exam plan `midterm` dropped"));
    steppe(data.path()).args(["plan", "drop", "tomorrow"]).assert().success();
    steppe(data.path())
        .args(["plan", "show"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("No exam plan yet."));
    steppe(data.path()).args(["stats"]).assert().success().stdout(predicate::str::contains("30 in all"));

    steppe(data.path())
        .args(["plan", "drop", "midterm"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("exam plan `midterm`"));
    steppe(data.path())
        .args(["plan", "create", "--name", "x", "--date", "next week"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("2026-06-15"));
    steppe(data.path())
        .args(["plan", "create", "--name", "x", "--date", &date_in(0)])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not after today"));
    steppe(data.path()).args(["plan", "create", "--date", &date]).assert().code(2);
}
