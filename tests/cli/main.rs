//! The real `steppe` binary, run with a fresh data folder, its errors provoked on purpose.

mod crash;
mod exchange;
mod gitdeck;
mod history;
mod hostile;
mod languages;
mod plan;
mod report;
mod search;
mod sync;

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/gitrepo.rs"]
mod gitrepo;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn steppe(data_dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("steppe").unwrap();
    cmd.env("STEPPE_DATA_DIR", data_dir).env("NO_COLOR", "1").env("COLUMNS", "200");
    // English whatever the machine's locale; the tests of other languages set their own.
    cmd.env("LANG", "C.UTF-8").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    cmd
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_command_line_speaks_the_language_of_its_environment_with_the_same_exit_codes() {
    let data = tempfile::tempdir().unwrap();
    steppe(data.path()).env("LANG", "ko_KR.UTF-8").args(["check", "content"]).assert().success().stdout(
        predicate::str::is_match(r"^정상: `mongolia-koreas`: 읽기 자료 5개, 진술 \d+개, 카드 \d+장\n$").unwrap(),
    );
    steppe(data.path())
        .env("LC_ALL", "mn_MN.UTF-8")
        .args(["stats"])
        .assert()
        .success()
        .stdout(predicate::str::contains("одоо давтах:  20 шинэ, 0 сурч буй, 0 давтлагад"));
    steppe(data.path())
        .env("LANG", "ko_KR.UTF-8")
        .args(["export", "--format", "apkg"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(".apkg 파일은 바이너리예요"));
    // An unknown language is English.
    steppe(data.path())
        .env("LANG", "de_DE.UTF-8")
        .args(["check", "content"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: "));
}

#[test]
fn check_accepts_the_builtin_deck() {
    let data = tempfile::tempdir().unwrap();
    steppe(data.path())
        .args(["check", "content"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"^ok: `mongolia-koreas`: 5 readings, \d+ claims, \d+ cards\n$").unwrap());
}

#[test]
fn check_reports_an_unfound_quote_with_file_line_and_nearest_passage() {
    let tmp = tempfile::tempdir().unwrap();
    let deck = tmp.path().join("deck");
    copy_dir(Path::new("content"), &deck);
    let claims = deck.join("claims/001-breakthrough-2015.toml");
    let text = std::fs::read_to_string(&claims).unwrap();
    let line = text.lines().position(|l| l.starts_with("quote = ")).unwrap() + 1;
    let broken = text.replacen("quote = \"", "quote = \"Zanzibar ", 1);
    std::fs::write(&claims, broken).unwrap();

    let shown = format!("{}:{line}:9", claims.display());
    steppe(tmp.path())
        .arg("check")
        .arg(&deck)
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("quote not found in"))
        .stderr(predicate::str::contains(shown))
        .stderr(predicate::str::contains("the nearest passage in the reading is"));
}

#[test]
fn check_of_a_missing_folder_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    steppe(tmp.path())
        .args(["check", "no-such-deck"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("`no-such-deck` is not a folder"));
}

#[test]
fn stats_counts_cards_in_a_fresh_database() {
    let data = tempfile::tempdir().unwrap();
    steppe(data.path())
        .arg("stats")
        .assert()
        .success()
        .stdout(predicate::str::contains("due now:  20 new, 0 learning, 0 review"))
        .stdout(predicate::str::contains("reviews:  0 today, 0 in all"));
    assert!(data.path().join("steppe.sqlite").exists(), "STEPPE_DATA_DIR is where the database lives");
}

#[test]
fn a_data_folder_that_is_a_file_is_named_as_such_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("notes.txt");
    std::fs::write(&file, "my notes").unwrap();
    steppe(&file)
        .arg("stats")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("is a file, not a folder; set STEPPE_DATA_DIR (or --data-dir) to a folder"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "my notes");
    let beside: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(beside, ["notes.txt"], "no lock file or database is left beside it");
}

#[test]
fn stats_refuses_a_file_that_is_not_a_database_and_keeps_it() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("steppe.sqlite");
    std::fs::write(&db, "not a database").unwrap();
    steppe(data.path())
        .arg("stats")
        .assert()
        .failure()
        .stderr(predicate::str::contains("is not a Steppe study database: it is not a database file at all"));
    assert_eq!(std::fs::read_to_string(&db).unwrap(), "not a database");
    let beside: Vec<_> = std::fs::read_dir(data.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(beside, ["steppe.sqlite"], "no lock file is left beside it");
}

#[test]
fn export_json_writes_the_whole_compiled_deck() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("deck.json");
    steppe(tmp.path()).args(["export", "--format", "json", "--out"]).arg(&out).assert().success();
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let deck = steppe::content::Deck::builtin().unwrap();
    assert_eq!(doc["deck"]["id"], "mongolia-koreas");
    assert_eq!(doc["readings"].as_array().unwrap().len(), 5);
    assert_eq!(doc["claims"].as_array().unwrap().len(), deck.claims.len());
    assert_eq!(doc["cards"].as_array().unwrap().len(), steppe::cards::generate(&deck).len());
    let card = &doc["cards"][0];
    let claim = &doc["claims"][0];
    assert_eq!(card["claim_id"], claim["id"]);
    assert_eq!(card["quote"], claim["quote"], "each card carries its source quote");
    assert_eq!(card["id"], format!("{}:cloze", claim["id"].as_str().unwrap()));
}

#[test]
fn export_to_an_unwritable_place_fails_without_leaving_files() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("missing-folder").join("deck.json");
    steppe(tmp.path())
        .args(["export", "--out"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot write"));
    assert!(!out.exists());
}

#[test]
fn optimize_declines_with_too_few_reviews() {
    let data = tempfile::tempdir().unwrap();
    steppe(data.path())
        .arg("optimize")
        .assert()
        .failure()
        .stderr(predicate::str::contains("optimising needs at least 400 reviews; there are 0 so far"));
}

#[test]
fn a_command_that_writes_is_refused_while_another_steppe_has_the_data_folder_open() {
    let data = tempfile::tempdir().unwrap();
    let deck = steppe::content::Deck::builtin().unwrap();
    let open = steppe::Collection::open(data.path(), deck, Box::new(steppe::clock::SystemClock)).unwrap();
    steppe(data.path())
        .arg("stats")
        .assert()
        .failure()
        .code(3)
        .stderr(predicate::str::contains("Steppe is already open: another Steppe window or command is using"));
    drop(open);
    steppe(data.path()).arg("stats").assert().success().stdout(predicate::str::contains("reviews:  0 today"));
}

/// A data folder the user cannot write to: the CLI says it cannot save and changes nothing.
/// Permission bits do not bind root, so as root the command runs as `nobody` (via `setpriv`).
#[test]
fn a_read_only_data_folder_is_refused_with_a_clear_message_and_left_as_it_was() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    steppe(&data).arg("stats").assert().success();
    let db = data.join(steppe::DB_FILE_NAME);
    let before = std::fs::read(&db).unwrap();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o555)).unwrap();

    let bin = assert_cmd::cargo::cargo_bin("steppe");
    let mut cmd = if std::fs::metadata("/proc/self").unwrap().uid() == 0 {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(&bin);
        c
    } else {
        Command::new(&bin)
    };
    let output = cmd.env("STEPPE_DATA_DIR", &data).env("NO_COLOR", "1").arg("stats").output().unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();

    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Steppe cannot save in"), "{stderr}");
    assert!(stderr.contains("is read-only") && stderr.contains("Nothing was changed"), "{stderr}");
    assert_eq!(std::fs::read(&db).unwrap(), before, "the database is as it was");
}

#[test]
fn quiz_prints_a_pdf_with_its_answer_key_and_refuses_bad_usage() {
    let data = tempfile::tempdir().unwrap();
    let pdf = data.path().join("class").join("quiz.pdf");
    std::fs::create_dir_all(pdf.parent().unwrap()).unwrap();
    let print = |args: &[&str]| {
        let mut cmd = steppe(data.path());
        cmd.args(["quiz", "--print", pdf.to_str().unwrap()]).args(args);
        cmd
    };
    print(&["--reading", "campi-peace-process-2019", "--questions", "5", "--seed", "42"])
        .assert()
        .success()
        .stdout(predicate::str::contains("5 questions and the answer key, seed 42"));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let out = std::process::Command::new("pdftotext").args([pdf.to_str().unwrap(), "-"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Quiz: Mongolia and the Two Koreas"), "{text}");
    assert!(text.contains("Answer key: Mongolia and the Two Koreas"));
    assert!(text.contains("seed 42"));
    // The same seed prints the same questions.
    print(&["--reading", "campi-peace-process-2019", "--questions", "5", "--seed", "42"]).assert().success();
    let again = std::process::Command::new("pdftotext").args([pdf.to_str().unwrap(), "-"]).output().unwrap();
    let strip_date = |t: &str| t.lines().filter(|l| !l.contains("printed")).collect::<Vec<_>>().join("\n");
    assert_eq!(strip_date(&String::from_utf8(again.stdout).unwrap()), strip_date(&text));
    print(&["--tag", "trade", "--questions", "3"])
        .env("LANG", "ko_KR.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains("문제 3개와 정답표"));

    // Usage errors: exit 2, and nothing written.
    let fresh = data.path().join("none.pdf");
    let usage = |args: &[&str]| steppe(data.path()).arg("quiz").args(args).assert().code(2);
    usage(&[]).stderr(predicate::str::contains("--print"));
    usage(&["--print", fresh.to_str().unwrap(), "--reading", "a", "--tag", "b"])
        .stderr(predicate::str::contains("cannot be used with"));
    usage(&["--print", fresh.to_str().unwrap(), "--questions", "0"]);
    usage(&["--print", fresh.to_str().unwrap(), "--questions", "201"]);
    usage(&["--print", fresh.to_str().unwrap(), "--seed", "minus-one"]);
    assert!(!fresh.exists());

    // A reading or tag the deck does not have: exit 1. A folder that cannot be written: exit 3.
    steppe(data.path())
        .args(["quiz", "--print", fresh.to_str().unwrap(), "--reading", "no-such-reading"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("reading `no-such-reading` not found"));
    steppe(data.path())
        .args(["quiz", "--print", fresh.to_str().unwrap(), "--tag", "no-such-tag"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("tag `no-such-tag` not found"));
    let nowhere = data.path().join("missing-folder").join("quiz.pdf");
    steppe(data.path())
        .args(["quiz", "--print", nowhere.to_str().unwrap()])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("cannot write"));
    assert!(!fresh.exists() && !nowhere.exists());
}

#[test]
fn a_report_whose_reader_went_away_ends_with_its_own_exit_code_not_a_panic() {
    // Far more than a pipe holds: the writing is sure to find the reader gone.
    let deck = tempfile::tempdir().unwrap();
    copy_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("content").as_path(), deck.path());
    for k in 0..400 {
        std::fs::write(deck.path().join(format!("claims/bad-{k:03}.toml")), "reading = 5\n").unwrap();
    }
    let data = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("steppe"))
        .env("STEPPE_DATA_DIR", data.path())
        .arg("check")
        .arg(deck.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1), "the deck's problems, as when the report is read: {status:?}");
}
