//! `steppe report`: two students write their reports from real study data; the class is read
//! from them, with a broken file among them skipped and named.

use predicates::prelude::*;

use crate::steppe;

#[test]
fn two_students_reports_make_the_class_and_a_broken_file_is_skipped_by_name() {
    let (ana, bo, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for (data, seed) in [(&ana, "1"), (&bo, "2")] {
        steppe(data.path()).args(["drill", "--answers", "30", "--seed", seed]).assert().success();
    }
    let ana_file = out.path().join("ana.json");
    steppe(ana.path())
        .args(["report", "student", "--name", "Ana"])
        .arg("--out")
        .arg(&ana_file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Hand in this file"));
    let bo_file = out.path().join("bo.json");
    steppe(bo.path()).args(["report", "student"]).arg("--out").arg(&bo_file).assert().success();
    let written: serde_json::Value = serde_json::from_slice(&std::fs::read(&bo_file).unwrap()).unwrap();
    assert_eq!(written["name"], serde_json::Value::Null, "no name unless given");
    let answers: u64 = written["claims"].as_array().unwrap().iter().map(|c| c["answers"].as_u64().unwrap()).sum();
    assert_eq!(answers, 30, "every answer of the drill, on the claim of its card");

    let broken = out.path().join("broken.json");
    std::fs::write(&broken, b"{\"format\": \"steppe-progress-report\", \"version\": 1, \"deck_id\": 3").unwrap();
    let csv = out.path().join("class.csv");
    let assert = steppe(out.path())
        .args(["report", "class"])
        .args([&ana_file, &bo_file, &broken])
        .arg("--csv")
        .arg(&csv)
        .assert()
        .success()
        .stdout(predicate::str::contains("2 students"))
        .stdout(predicate::str::contains("Ana: "))
        .stdout(predicate::str::contains("Where the readings disagree"))
        .stderr(predicate::str::contains("Skipped: "))
        .stderr(predicate::str::contains("broken.json is not a Steppe progress report"));
    let printed = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(printed.contains("claims missed most") || printed.contains("has been missed yet"), "{printed}");
    let table = std::fs::read_to_string(&csv).unwrap();
    assert!(table.starts_with("\u{feff}claim,reading,dispute,students,"));

    // Only broken files: nothing to show, exit 1.
    steppe(out.path())
        .args(["report", "class"])
        .arg(&broken)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("could not be read"));
    // In Korean, the same class.
    steppe(out.path())
        .env("LANG", "ko_KR.UTF-8")
        .args(["report", "class"])
        .args([&ana_file, &bo_file])
        .assert()
        .success()
        .stdout(predicate::str::contains("학생 2명"));
}

#[test]
fn the_class_as_json_is_what_the_app_shows_with_each_skipped_file_coded() {
    let (ana, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    steppe(ana.path()).args(["drill", "--answers", "20", "--seed", "3"]).assert().success();
    let ana_file = out.path().join("ana.json");
    steppe(ana.path()).args(["report", "student", "--name", "Ana"]).arg("--out").arg(&ana_file).assert().success();
    let broken = out.path().join("broken.json");
    std::fs::write(&broken, b"[]").unwrap();
    let assert = steppe(out.path()).args(["report", "class", "--json"]).args([&ana_file, &broken]).assert().success();
    let view: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    assert_eq!(view["class"]["students"][0]["name"], "Ana");
    assert_eq!(view["class"]["students"][0]["answers"], 20);
    assert_eq!(view["min_answers"], 3);
    assert!(view["most_missed"].is_array());
    assert_eq!(view["skipped"], serde_json::json!([{ "code": "not_a_report", "file": "broken.json", "detail": null }]));
}
