//! Hostile input: crafted packages and tables are refused with a message naming the file and the
//! entry or line, and nothing is written to the decks folder.

use predicates::prelude::*;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

use super::steppe;

type Entries = Vec<(String, Vec<u8>)>;

/// The built-in deck's files, as a package would hold them.
fn deck_entries() -> Entries {
    let mut entries = Vec::new();
    entries.push(("deck.toml".to_owned(), std::fs::read("content/deck.toml").unwrap()));
    for sub in ["readings", "claims"] {
        let mut names: Vec<_> = std::fs::read_dir(Path::new("content").join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            entries.push((format!("{sub}/{name}"), std::fs::read(Path::new("content").join(sub).join(&name)).unwrap()));
        }
    }
    entries
}

fn manifest(entries: &Entries, format_version: u32) -> Vec<u8> {
    let files: Vec<serde_json::Value> = entries
        .iter()
        .map(|(path, bytes)| {
            let sha: String = Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
            serde_json::json!({"path": path, "size": bytes.len(), "sha256": sha})
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({
        "format": "steppe-deck", "format_version": format_version,
        "deck": {"id": "mongolia-koreas", "title": "Mongolia and the Two Koreas", "version": "1.0.0"},
        "files": files,
    }))
    .unwrap()
}

fn zip_bytes(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A package of `entries` with a manifest that matches them.
fn package(entries: Entries) -> Vec<u8> {
    let mut all = vec![("manifest.json".to_owned(), manifest(&entries, 1))];
    all.extend(entries);
    zip_bytes(&all)
}

fn with_entry(mut entries: Entries, path: &str, bytes: Vec<u8>) -> Entries {
    entries.retain(|(p, _)| p != path);
    entries.push((path.to_owned(), bytes));
    entries
}

fn edit_first_claims_file(edit: impl Fn(&str) -> String) -> Entries {
    let path = "claims/001-breakthrough-2015.toml";
    let entries = deck_entries();
    let text = String::from_utf8(entries.iter().find(|(p, _)| p == path).unwrap().1.clone()).unwrap();
    with_entry(entries, path, edit(&text).into_bytes())
}

/// Imports `bytes` saved as `name` and expects a refusal (exit 1) whose message has every part of
/// `expected`; then checks that nothing was written.
fn refused(name: &str, bytes: &[u8], expected: &[&str]) {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join(name);
    std::fs::write(&file, bytes).unwrap();
    let data = tmp.path().join("data");
    let mut assert = steppe(&data).arg("import").arg(&file).assert().code(1).stderr(predicate::str::contains(name));
    for part in expected {
        assert = assert.stderr(predicate::str::contains(*part));
    }
    let decks = data.join("decks");
    let written: Vec<_> = std::fs::read_dir(&decks).map(|d| d.map(|e| e.unwrap().path()).collect()).unwrap_or_default();
    assert!(written.is_empty(), "nothing is written to decks/: {written:?}");
    let around: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(around.iter().all(|n| n == name || n == "data"), "nothing is written beside it: {around:?}");
}

#[test]
fn a_valid_package_built_here_is_accepted() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("ok.steppe");
    std::fs::write(&file, package(deck_entries())).unwrap();
    steppe(&tmp.path().join("data")).arg("import").arg(&file).assert().success();
}

#[test]
fn zip_slip_paths_are_refused() {
    refused(
        "slip.steppe",
        &package(with_entry(deck_entries(), "../evil.toml", b"x".to_vec())),
        &["`../evil.toml`", "outside"],
    );
    refused(
        "deep.steppe",
        &package(with_entry(deck_entries(), "claims/../../evil.toml", b"x".to_vec())),
        &["claims/../../evil.toml", "outside"],
    );
    refused("abs.steppe", &package(with_entry(deck_entries(), "/tmp/evil.toml", b"x".to_vec())), &["/tmp/evil.toml"]);
}

#[test]
fn a_zip_bomb_is_refused_by_ratio_and_by_size() {
    let zeros = vec![b' '; 3 << 20];
    refused(
        "ratio.steppe",
        &package(with_entry(deck_entries(), "claims/bomb.toml", zeros)),
        &["claims/bomb.toml", "zip bomb"],
    );
    let big = vec![b' '; 5 << 20];
    refused(
        "size.steppe",
        &package(with_entry(deck_entries(), "claims/big.toml", big)),
        &["claims/big.toml", "more than the limit"],
    );
}

#[test]
fn a_package_without_a_manifest_is_refused() {
    refused("bare.steppe", &zip_bytes(&deck_entries()), &["no manifest.json"]);
}

#[test]
fn a_package_of_an_unknown_format_version_is_refused() {
    let entries = deck_entries();
    let mut all = vec![("manifest.json".to_owned(), manifest(&entries, 99))];
    all.extend(entries);
    refused("future.steppe", &zip_bytes(&all), &["format version 99 is not supported"]);
}

#[test]
fn a_file_that_does_not_match_its_checksum_is_refused() {
    let entries = deck_entries();
    let mut all = vec![("manifest.json".to_owned(), manifest(&entries, 1))];
    all.extend(with_entry(entries, "deck.toml", b"id = \"swapped\"\n".to_vec()));
    refused("tampered.steppe", &zip_bytes(&all), &["`deck.toml` does not match its checksum"]);
}

#[test]
fn invalid_utf8_is_refused() {
    let mut bytes = std::fs::read("content/claims/001-breakthrough-2015.toml").unwrap();
    bytes.extend_from_slice(b"\n# \xff\xfe\n");
    let entries = with_entry(deck_entries(), "claims/001-breakthrough-2015.toml", bytes);
    refused("latin1.steppe", &package(entries), &["claims/001-breakthrough-2015.toml", "not valid UTF-8"]);
}

#[test]
fn a_huge_field_is_refused() {
    let padding = "very ".repeat(1_000);
    let entries = edit_first_claims_file(|t| t.replacen("\ntext = \"", &format!("\ntext = \"{padding}"), 1));
    refused("huge.steppe", &package(entries), &["claim `bt-middle-road`", "field `text`", "at most 4000"]);
}

#[test]
fn an_invalid_deck_inside_a_valid_package_is_refused() {
    let entries = edit_first_claims_file(|t| t.replacen("quote = \"Mongolia takes", "quote = \"Zanzibar takes", 1));
    refused("invalid.steppe", &package(entries), &["holds a deck with problems", "quote not found"]);
}

#[test]
fn an_invalid_deck_inside_a_package_is_refused_in_korean_at_the_same_place() {
    let entries = edit_first_claims_file(|t| t.replacen("quote = \"Mongolia takes", "quote = \"Zanzibar takes", 1));
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("invalid.steppe");
    std::fs::write(&file, package(entries)).unwrap();
    let out = steppe(&tmp.path().join("data")).env("LANG", "ko_KR.UTF-8").arg("import").arg(&file).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for said in [
        "의 덱에 문제가 있어요",
        "덱에 문제가 1개 있어요",
        "인용문을 `",
        "invalid.steppe:claims/001-breakthrough-2015.toml:11:9",
    ] {
        assert!(stderr.contains(said), "`{said}` in {stderr}");
    }
    assert!(!stderr.contains("not found"), "no English left: {stderr}");
}

#[test]
fn html_and_script_in_a_field_stay_text_and_are_escaped_in_anki() {
    let script = "<script>alert('x')</script> & <b>bold</b>";
    let entries = edit_first_claims_file(|t| t.replacen("\ntext = \"", &format!("\ntext = \"{script} "), 1));
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("html.steppe");
    std::fs::write(&file, package(entries)).unwrap();
    let data = tmp.path().join("data");
    steppe(&data).arg("import").arg(&file).assert().success();
    let installed = data.join("decks/mongolia-koreas");
    let claims = std::fs::read_to_string(installed.join("claims/001-breakthrough-2015.toml")).unwrap();
    assert!(claims.contains(script), "stored as the text it is");

    let apkg = tmp.path().join("html.apkg");
    steppe(&data)
        .args(["export", "--format", "apkg", "--deck"])
        .arg(&installed)
        .arg("--out")
        .arg(&apkg)
        .assert()
        .success();
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&apkg).unwrap()).unwrap();
    let db_path = tmp.path().join("collection.anki2");
    std::io::copy(&mut archive.by_name("collection.anki2").unwrap(), &mut std::fs::File::create(&db_path).unwrap())
        .unwrap();
    let db = rusqlite::Connection::open(&db_path).unwrap();
    let fields: Vec<String> = db
        .prepare("SELECT flds FROM notes WHERE flds LIKE '%alert%'")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(fields.len(), 1, "the cloze note of the edited claim");
    assert!(
        fields[0]
            .starts_with("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; According to")
    );
    assert!(!fields.iter().any(|f| f.contains("<script") || f.contains("<b>")), "{fields:?}");
}

#[test]
fn something_that_is_not_a_zip_is_refused() {
    refused("notes.steppe", b"just some text, not a zip", &["not a .steppe package"]);
}

fn table(rows: &str) -> Vec<u8> {
    let header =
        "#separator:tab\n#html:false\n#deck:mongolia-koreas\n#columns:id\treading\ttext\tanswer\tkind\tquote\n";
    format!("{header}{rows}").into_bytes()
}

#[test]
fn a_table_with_ragged_rows_is_refused_naming_the_line() {
    let rows =
        "a-claim\tbreakthrough-2015\tSome text.\ttext\tevent\tMongolia takes\nb-claim\tbreakthrough-2015\tshort row\n";
    refused("ragged.csv", &table(rows), &["line 6", "3 fields", "names 6"]);
}

#[test]
fn a_table_with_invalid_utf8_is_refused_naming_the_line() {
    let mut bytes = table("a-claim\tbreakthrough-2015\tSome text.\ttext\tevent\tMongolia takes\n");
    bytes.extend_from_slice(b"b-claim\tbreakthrough-2015\t\xff\xfe\ttext\tevent\tq\n");
    refused("latin1.csv", &bytes, &["line 6", "not valid UTF-8"]);
}

#[test]
fn a_table_missing_a_column_is_refused() {
    let bytes = b"#separator:tab\n#deck:mongolia-koreas\n#columns:id\treading\ttext\n".to_vec();
    refused("narrow.csv", &bytes, &["line 3", "no `answer` column"]);
}

#[test]
fn a_table_with_a_huge_field_is_refused_naming_the_line() {
    let rows = format!("a-claim\tbreakthrough-2015\t{}\ttext\tevent\tq\n", "text ".repeat(1_000));
    refused("huge.csv", &table(&rows), &["line 5", "field `text`"]);
}

#[test]
fn a_deck_listing_thousands_of_missing_readings_is_reported_at_once_and_briefly() {
    let tmp = tempfile::tempdir().unwrap();
    let deck = tmp.path().join("deck");
    super::copy_dir(Path::new("tests/e2e/fixtures/kinds-deck"), &deck);
    let ids: Vec<String> =
        ["early".to_owned(), "late".to_owned()].into_iter().chain((0..5000).map(|n| format!("missing-{n}"))).collect();
    let list: Vec<String> = ids.iter().map(|id| format!("  \"{id}\",")).collect();
    let toml = format!("id = \"kinds\"\ntitle = \"T\"\nversion = \"1\"\nreadings = [\n{}\n]\n", list.join("\n"));
    std::fs::write(deck.join("deck.toml"), toml).unwrap();
    let output = steppe(&tmp.path().join("data")).arg("check").arg(&deck).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("the deck has 5000 problems; the first 50 are shown, and 4950 more `unknown-reading`"),
        "{}",
        &stderr[..stderr.len().min(500)]
    );
    assert!(stderr.contains("deck.toml:7:3"), "the first is located");
    assert!(stderr.len() < 64 * 1024, "{} bytes of messages", stderr.len());
}

/// `n` characters of words no reading holds, which deflate about 2:1 as real text does: a field
/// that passes every limit of the package itself.
fn unfound_words(n: usize) -> String {
    let mut words = String::with_capacity(n + 16);
    let mut state = 7u64;
    while words.len() < n {
        for _ in 0..2 + state % 8 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            words.push(char::from(b'a' + (state >> 33) as u8 % 26));
        }
        words.push(' ');
    }
    words.truncate(n);
    words
}

/// A package whose one quote is 700 KB long is refused before its deck is compiled (where the
/// quote would be searched for in its reading), naming the file, the place, the claim and the
/// field, and quoting none of it.
#[test]
fn a_700_kb_quote_in_a_package_is_refused_before_compiling_with_a_short_message() {
    let long = unfound_words(700_000);
    let entries = edit_first_claims_file(|t| {
        t.replacen("quote = \"Mongolia takes", &format!("quote = \"{long} Mongolia takes"), 1)
    });
    let bytes = package(entries);
    assert!(bytes.len() > 300_000 && (bytes.len() as u64) < 32 << 20, "within the package limits: {}", bytes.len());
    refused(
        "long-quote.steppe",
        &bytes,
        &[
            "claims/001-breakthrough-2015.toml:11:9: claim `bt-middle-road`: field `quote` has 700079 characters (at most 4000)",
        ],
    );
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("long-quote.steppe");
    std::fs::write(&file, &bytes).unwrap();
    let output = steppe(&tmp.path().join("data")).arg("import").arg(&file).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.len() < 1_000, "{} bytes of messages", stderr.len());
    assert!(!stderr.contains(&long[..40]), "the quote is not repeated: {stderr}");
}

/// `steppe check` of a deck folder with the same quote shows its line around the problem only.
#[test]
fn a_700_kb_quote_is_shown_as_an_excerpt_by_check() {
    let tmp = tempfile::tempdir().unwrap();
    let deck = tmp.path().join("deck");
    super::copy_dir(Path::new("content"), &deck);
    let claims = deck.join("claims/001-breakthrough-2015.toml");
    let text = std::fs::read_to_string(&claims).unwrap();
    let long = unfound_words(700_000);
    std::fs::write(&claims, text.replacen("quote = \"Mongolia takes", &format!("quote = \"{long} Mongolia takes"), 1))
        .unwrap();
    let output = steppe(&tmp.path().join("data")).arg("check").arg(&deck).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("quote not found"), "{stderr}");
    assert!(stderr.contains("001-breakthrough-2015.toml:11:9]"), "{stderr}");
    assert!(stderr.contains("the quote is 700079 characters long"), "{stderr}");
    assert!(stderr.len() < 4_000, "{} bytes of messages", stderr.len());
    assert!(!stderr.contains(&long[..400]), "at most an excerpt of the quote: {stderr}");
}

/// A reading whose front matter holds a 50,000-character title, saved on Windows (CRLF, a byte
/// order mark), is refused before compiling, at the title's line and column, quoting none of it.
#[test]
fn a_huge_title_in_a_readings_front_matter_is_refused_before_compiling() {
    let path = "readings/001-breakthrough-2015.md";
    let entries = deck_entries();
    let text = String::from_utf8(entries.iter().find(|(p, _)| p == path).unwrap().1.clone()).unwrap();
    let long = unfound_words(50_000);
    let title = "A Potential Breakthrough in Mongolia’s Relations With North and South Korea";
    let edited = text.replacen(&format!("title = \"{title}"), &format!("title = \"{long} {title}"), 1);
    let windows = format!("\u{feff}{}", edited.replace('\n', "\r\n"));
    refused(
        "long-title.steppe",
        &package(with_entry(entries, path, windows.into_bytes())),
        &[&format!("{path}:3:9: field `title` has {} characters (at most 4000)", 50_000 + 1 + title.chars().count())],
    );
}

/// A claim without its id is named by its kind alone, at the same place.
#[test]
fn a_huge_field_of_a_claim_without_an_id_is_refused_naming_the_table() {
    let long = unfound_words(5_000);
    let entries = edit_first_claims_file(|t| {
        let unnamed = t.replacen("id = \"bt-middle-road\"\n", "", 1);
        unnamed.replacen("quote = \"Mongolia takes", &format!("quote = \"{long} Mongolia takes"), 1)
    });
    refused(
        "unnamed.steppe",
        &package(entries),
        &["claims/001-breakthrough-2015.toml:10:9: a claim: field `quote` has 5079 characters (at most 4000)"],
    );
}
