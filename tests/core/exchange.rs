//! The package reader and the exchange formats in the core, without the binary.

use proptest::prelude::*;
use steppe::content::{Deck, builtin_files, compile};
use steppe::exchange::{self, LIMITS};

fn builtin_package() -> Vec<u8> {
    let files = builtin_files();
    exchange::write_package(&compile(&files).unwrap(), &files)
}

#[test]
fn a_package_reads_back_as_the_files_it_was_written_from() {
    let (manifest, files) = exchange::read_package("builtin.steppe", &builtin_package(), &LIMITS).unwrap();
    assert_eq!(manifest.deck.id, "mongolia-koreas");
    assert_eq!(manifest.format_version, exchange::FORMAT_VERSION);
    let original = builtin_files();
    assert_eq!(files.len(), original.len());
    for (read, written) in files.iter().zip(&original) {
        assert_eq!((&read.path, &read.text), (&written.path, &written.text));
    }
}

#[test]
fn a_table_reads_back_as_the_claims_it_was_written_from() {
    let files = builtin_files();
    let text = exchange::write_table(&Deck::builtin().unwrap(), &files);
    let table = exchange::read_table("deck.csv", text.as_bytes()).unwrap();
    assert_eq!(table.deck_id.as_deref(), Some("mongolia-koreas"));
    let deck = Deck::builtin().unwrap();
    let rows: usize = table.readings.iter().map(|(_, claims)| claims.len()).sum();
    assert_eq!(rows, deck.claims.len());
    let first = &table.readings[0].1[0];
    assert_eq!((first.id.as_str(), first.text.as_str()), (deck.claims[0].id.as_str(), deck.claims[0].text.as_str()));
}

/// The table as a spreadsheet saves it back (Excel's "CSV UTF-8", LibreOffice): every row padded
/// to the widest with empty cells, header lines included, each cell quoted, CRLF line ends.
fn saved_by_a_spreadsheet(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').expect("the export starts with a byte order mark");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let width = rows.iter().map(csv::StringRecord::len).max().unwrap();
    let mut out = String::from("\u{feff}");
    for row in &rows {
        let mut cells: Vec<&str> = row.iter().collect();
        cells.resize(width, "");
        if cells[0].starts_with('#') {
            // Header lines stay bare: a quoted `#separator:comma` would be a cell, not a header line.
            out.push_str(&format!("{}\r\n", cells.join(",")));
        } else {
            let mut writer = csv::WriterBuilder::new()
                .quote_style(csv::QuoteStyle::NonNumeric)
                .terminator(csv::Terminator::CRLF)
                .from_writer(Vec::new());
            writer.write_record(&cells).unwrap();
            out.push_str(&String::from_utf8(writer.into_inner().unwrap()).unwrap());
        }
    }
    out
}

#[test]
fn a_table_is_comma_separated_with_the_header_lines_anki_reads() {
    let text = exchange::write_table(&Deck::builtin().unwrap(), &builtin_files());
    let header = "\u{feff}#separator:comma\n#html:false\n#notetype:Cloze\n#deck:mongolia-koreas\n#guid column:2\n\
                  #tags column:20\n#columns:id,guid,reading,text,answer,question,kind,date,quote,prefix,suffix,\
                  conflicts_with,role,event,distractors,false,typed,Text,Back Extra,tags\n";
    assert!(text.starts_with(header), "{}", &text[..300]);
    // Read by a CSV reader as a spreadsheet reads the file: the header lines are rows of their own,
    // every claim a row of 20 cells in the columns `#columns:` names, commas inside cells kept.
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][0], "#separator:comma", "the byte order mark is not part of the first cell");
    assert_eq!(rows[6].len(), 20);
    let deck = Deck::builtin().unwrap();
    let claims = &rows[7..];
    assert_eq!(claims.len(), deck.claims.len());
    for (row, claim) in claims.iter().zip(&deck.claims) {
        assert_eq!(row.len(), 20, "{row:?}");
        assert_eq!((&row[0], &row[1]), (claim.id.as_str(), exchange::anki_guid(claim.id.as_str()).as_str()));
        assert_eq!(row[3].trim_start_matches('\''), claim.text);
        // Anki's Cloze fields: the answer is the gap; the quote and the reading's title follow.
        let gap = format!("{{{{c1::{}}}}}", claim.answer);
        assert_eq!(row[17].trim_start_matches('\'').replacen(&gap, &claim.answer, 1), claim.text, "{row:?}");
        assert!(row[17].contains(&gap), "{row:?}");
        let reading = deck.reading(&claim.reading).unwrap();
        assert!(row[18].starts_with(&format!("“{}”\n— ", claim.quote)), "{row:?}");
        assert!(row[18].contains(&reading.citation.title), "{row:?}");
    }
    assert!(claims.iter().any(|row| row[3].contains(", ")), "cells with commas are quoted, not split");
}

#[test]
fn a_table_saved_again_by_a_spreadsheet_reads_back_the_same_claims() {
    let text = exchange::write_table(&Deck::builtin().unwrap(), &builtin_files());
    let written = exchange::read_table("deck.csv", text.as_bytes()).unwrap();
    let saved = saved_by_a_spreadsheet(&text);
    assert!(saved.contains("#separator:comma,,,,,,,,,,,,,,,,,,,\r\n#html:false,,"), "{}", &saved[..200]);
    let read = exchange::read_table("deck.csv", saved.as_bytes()).unwrap();
    assert_eq!(read.deck_id.as_deref(), Some("mongolia-koreas"));
    assert!(read.readings == written.readings, "the same claims, in the same order");
}

#[test]
fn a_claim_kept_from_typed_cards_keeps_its_mark_through_a_table() {
    let text = exchange::write_table(&Deck::builtin().unwrap(), &builtin_files());
    let table = exchange::read_table("deck.csv", text.as_bytes()).unwrap();
    let marked: Vec<&str> = table
        .readings
        .iter()
        .flat_map(|(_, claims)| claims)
        .filter(|c| c.typed == Some(false))
        .map(|c| c.id.as_str())
        .collect();
    assert!(marked.contains(&"bt-regionless-state") && marked.contains(&"un-not-beholden-japan-rok"), "{marked:?}");

    // A spreadsheet writes booleans in capitals; anything else is refused, naming the line.
    let header = "#separator:tab\n#deck:mongolia-koreas\n#columns:id\treading\ttext\tanswer\tkind\tquote\ttyped\n";
    let row = |id: &str, typed: &str| format!("{id}\tbreakthrough-2015\tSome text.\ttext\tevent\tq\t{typed}\n");
    let rows = [row("a", "FALSE"), row("b", ""), row("c", "True")].concat();
    let read = exchange::read_table("deck.tsv", format!("{header}{rows}").as_bytes()).unwrap();
    let typed: Vec<Option<bool>> = read.readings[0].1.iter().map(|c| c.typed).collect();
    assert_eq!(typed, [Some(false), None, Some(true)]);
    let error = exchange::read_table("deck.tsv", format!("{header}{}", row("d", "maybe")).as_bytes())
        .err()
        .unwrap()
        .to_string();
    assert!(error.contains("line 4") && error.contains("`typed`") && error.contains("maybe"), "{error}");
}

#[test]
fn tab_separated_tables_still_read() {
    let text = exchange::write_table(&Deck::builtin().unwrap(), &builtin_files());
    let written = exchange::read_table("deck.csv", text.as_bytes()).unwrap();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut writer = csv::WriterBuilder::new().delimiter(b'\t').flexible(true).from_writer(Vec::new());
    for row in reader.records().skip(6) {
        writer.write_record(&row.unwrap()).unwrap();
    }
    let rows = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    let columns = "id\tguid\treading\ttext\tanswer\tquestion\tkind\tdate\tquote\tprefix\tsuffix\tconflicts_with\t\
                   role\tevent\tdistractors\tfalse\ttags";
    // As Steppe wrote them before (`#separator:tab`), and as a .tsv without a separator line.
    for separator in ["#separator:tab\n", "#separator:Tab\n", ""] {
        let tsv = format!("{separator}#html:false\n#deck:mongolia-koreas\n#columns:{columns}\n{rows}");
        let read = exchange::read_table("deck.tsv", tsv.as_bytes()).unwrap();
        assert!(read.readings == written.readings, "{separator:?}");
    }
    let unknown = format!("#separator:banana\n#columns:{columns}\n{rows}");
    let error = exchange::read_table("deck.csv", unknown.as_bytes()).err().unwrap().to_string();
    assert!(error.contains("line 1") && error.contains("unknown separator `banana`"), "{error}");
}

#[test]
fn anki_checksums_and_guids_are_stable() {
    // SHA-1("hello") starts aaf4c61d.
    assert_eq!(exchange::field_checksum("hello"), 0xaaf4c61d);
    assert_eq!(exchange::anki_guid("a:cloze"), exchange::anki_guid("a:cloze"));
    assert_ne!(exchange::anki_guid("a:cloze"), exchange::anki_guid("a:qa"));
    assert_eq!(exchange::escape_html("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

#[test]
fn versions_compare_by_number() {
    use std::cmp::Ordering::*;
    assert_eq!(exchange::compare_versions("1.10.0", "1.9"), Greater);
    assert_eq!(exchange::compare_versions("1.0", "1.0.0"), Equal);
    assert_eq!(exchange::compare_versions("0.9.1", "1.0"), Less);
}

static PACKAGE: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(builtin_package);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any bytes at all: an error or a package, never a panic.
    #[test]
    fn the_package_reader_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = exchange::read_package("fuzz.steppe", &bytes, &LIMITS);
    }

    /// A real package with bytes overwritten anywhere: an error or a package, never a panic.
    #[test]
    fn the_package_reader_never_panics_on_a_damaged_package(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16),
    ) {
        let mut bytes = PACKAGE.clone();
        for (at, value) in edits {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let _ = exchange::read_package("damaged.steppe", &bytes, &LIMITS);
    }
}
