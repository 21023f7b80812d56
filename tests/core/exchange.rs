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
    let text = exchange::write_table("mongolia-koreas", &files);
    let table = exchange::read_table("deck.csv", text.as_bytes()).unwrap();
    assert_eq!(table.deck_id.as_deref(), Some("mongolia-koreas"));
    let deck = Deck::builtin().unwrap();
    let rows: usize = table.readings.iter().map(|(_, claims)| claims.len()).sum();
    assert_eq!(rows, deck.claims.len());
    let first = &table.readings[0].1[0];
    assert_eq!((first.id.as_str(), first.text.as_str()), (deck.claims[0].id.as_str(), deck.claims[0].text.as_str()));
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
