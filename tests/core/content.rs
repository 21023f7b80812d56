use steppe::content::{Deck, SourceFile, compile, read_dir};

use crate::small_deck_files;

#[test]
fn the_builtin_deck_compiles_with_every_reading_and_claim() {
    let deck = Deck::builtin().expect("the built-in deck is valid");
    assert_eq!(deck.readings.len(), 5, "five readings");
    for reading in &deck.readings {
        let claims = deck.claims.iter().filter(|c| c.reading == reading.citation.id).count();
        assert!(claims >= 35, "`{}` has {claims} claims", reading.citation.id);
    }
    let from_disk = compile(&read_dir(std::path::Path::new("content")).unwrap()).unwrap();
    assert_eq!(from_disk.claims.len(), deck.claims.len(), "the embedded copy is the content/ folder");
}

#[test]
fn every_builtin_anchor_covers_its_quote() {
    let deck = Deck::builtin().unwrap();
    for claim in &deck.claims {
        let reading = deck.reading(&claim.reading).unwrap();
        let plain = reading.blocks[claim.anchor.block].plain_text();
        let found = &plain[claim.anchor.start..claim.anchor.end];
        assert_eq!(
            steppe::content::anchor::normalized(found),
            steppe::content::anchor::normalized(&claim.quote),
            "claim `{}`",
            claim.id
        );
    }
}

fn with_claims(claims: &str) -> Vec<SourceFile> {
    let mut files = small_deck_files();
    files[2] = SourceFile::new("claims/001-r1.toml", format!("reading = \"r1\"\n{claims}"));
    files
}

fn problems(files: &[SourceFile]) -> Vec<(String, usize, usize, String)> {
    let err = compile(files).expect_err("the deck is invalid");
    err.problems.iter().map(|p| (p.rule.to_owned(), p.line, p.column, p.message.clone())).collect()
}

#[test]
fn an_unfound_quote_names_file_line_and_the_nearest_passage() {
    let files = with_claims(
        "\n[[claim]]\nid = \"x\"\nquote = \"hosted four rounds of talks\"\ntext = \"a b\"\nanswer = \"a\"\nkind = \"number\"\n",
    );
    let err = compile(&files).unwrap_err();
    let p = &err.problems[0];
    assert_eq!((p.rule, p.path.as_str(), p.line, p.column), ("quote-not-found", "claims/001-r1.toml", 5, 9));
    assert_eq!(p.message, "quote not found in `readings/001-r1.md`");
    assert_eq!(p.hint.as_deref(), Some("the nearest passage in the reading is: \"hosted three rounds of talks\""));
}

#[test]
fn all_problems_of_a_run_are_reported_at_once() {
    let files = with_claims(
        r#"
[[claim]]
id = "a"
quote = "Mongolia"
text = "Mongolia hosted talks."
answer = "Korea"
kind = "colour"
date = "2015-13"
conflicts_with = ["nobody"]

[[claim]]
id = "a"
quote = "1948"
text = "x 1948"
answer = "1948"
kind = "date"
"#,
    );
    let found = problems(&files);
    let rules: Vec<&str> = found.iter().map(|(r, ..)| r.as_str()).collect();
    assert_eq!(
        rules,
        vec!["unknown-kind", "answer-not-in-text", "bad-date", "duplicate-id", "dangling-conflict"],
        "{found:#?}"
    );
    assert_eq!(found[0], ("unknown-kind".into(), 8, 8, "`colour` is not a claim kind".into()));
    assert_eq!(found[3].1, 13, "the duplicate is reported at its own line");
}

#[test]
fn an_ambiguous_quote_needs_a_prefix_or_suffix() {
    let claim = |extra: &str| {
        with_claims(&format!(
            "\n[[claim]]\nid = \"t\"\nquote = \"opened in\"\n{extra}text = \"x y\"\nanswer = \"x\"\nkind = \"event\"\n"
        ))
    };
    let mut files = claim("");
    files[1] = SourceFile::new("readings/001-r1.md", files[1].text.replace("talks in", "talks opened in"));
    assert_eq!(
        problems(&files),
        vec![("ambiguous-quote".into(), 5, 9, "quote occurs 2 times in `readings/001-r1.md`".into())]
    );
    let mut files = claim("suffix = \"1948\"\n");
    files[1] = SourceFile::new("readings/001-r1.md", files[1].text.replace("talks in", "talks opened in"));
    let deck = compile(&files).expect("the suffix picks one place");
    assert_eq!(deck.claims[0].anchor.block, 1);
}

#[test]
fn conflicts_must_name_a_claim_and_go_both_ways() {
    let files = with_claims(
        r#"
[[claim]]
id = "a"
quote = "1948"
text = "It opened in 1948."
answer = "1948"
kind = "date"
conflicts_with = ["b", "ghost"]

[[claim]]
id = "b"
quote = "2007"
text = "The talks began in 2007."
answer = "2007"
kind = "date"
"#,
    );
    let found = problems(&files);
    assert_eq!(
        found,
        vec![
            ("one-sided-conflict".into(), 9, 19, "`b` does not list `a` in its `conflicts_with`".into()),
            ("dangling-conflict".into(), 9, 24, "`conflicts_with` names `ghost`, which is not a claim".into()),
        ]
    );
}

/// The built-in deck's files with its first claims file replaced by `text`.
fn builtin_with_first_claims(text: impl FnOnce(&str) -> String) -> Vec<SourceFile> {
    let mut files = steppe::content::builtin_files();
    let file = files.iter_mut().find(|f| f.path == "claims/001-breakthrough-2015.toml").expect("the first claims file");
    *file = SourceFile::new(file.path.clone(), text(&file.text));
    files
}

#[test]
fn a_claims_file_that_cannot_be_read_is_reported_alone() {
    // Its claims are named by disputes, and it holds all of its reading's claims: with the file
    // unread, neither is reported missing.
    let broken = builtin_with_first_claims(|text| format!("{text}\n[[claim]]\nid = \"x\"\nquote = 5\n"));
    let found = problems(&broken);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "toml-syntax");
    assert!(found[0].3.contains("bad claims file"), "{found:?}");

    // Read but without its claims, the disputes' missing claims are reported, each at its line.
    let emptied = builtin_with_first_claims(|_| "reading = \"breakthrough-2015\"\n".to_owned());
    let found = problems(&emptied);
    assert!(!found.is_empty() && found.iter().all(|p| p.0 == "dangling-conflict"), "{found:?}");
    assert!(found.iter().all(|p| p.3.contains("which is not a claim")), "{found:?}");

    // A claims file of no known reading hides its claims too.
    let elsewhere =
        builtin_with_first_claims(|text| text.replacen("reading = \"breakthrough-2015\"", "reading = \"nowhere\"", 1));
    let rules: Vec<String> = problems(&elsewhere).into_iter().map(|p| p.0).collect();
    assert_eq!(rules, ["unknown-reading"]);
}

#[test]
fn a_reading_without_claims_or_front_matter_is_refused() {
    let mut files = small_deck_files();
    files.pop();
    assert_eq!(problems(&files), vec![("reading-without-claims".into(), 1, 1, "reading `r1` has no claims".into())]);
    files[1] = SourceFile::new("readings/001-r1.md", "no front matter");
    let rules: Vec<String> = problems(&files).into_iter().map(|p| p.0).collect();
    assert!(rules.contains(&"front-matter".to_owned()), "{rules:?}");
}

/// One broken deck per remaining rule, with the exact message and place each produces.
#[test]
fn each_rule_reports_its_own_message_and_place() {
    let base = small_deck_files();
    let with = |index: usize, path: &str, text: &str| {
        let mut files = base.clone();
        files[index] = SourceFile::new(path, text);
        files
    };
    type Expected<'a> = (&'a str, usize, usize, &'a str);
    let cases: Vec<(&str, Vec<SourceFile>, Expected)> = vec![
        (
            "claims for a reading that does not exist",
            with(2, "claims/001-r1.toml", "reading = \"r9\"\n"),
            ("unknown-reading", 1, 11, "no reading has the id `r9`"),
        ),
        (
            "an id that is not kebab-case",
            with(
                2,
                "claims/001-r1.toml",
                "reading = \"r1\"\n[[claim]]\nid = \"Bad_Id\"\nquote = \"1948\"\ntext = \"in 1948\"\nanswer = \"1948\"\nkind = \"date\"\n",
            ),
            ("bad-id", 3, 6, "claim id `Bad_Id` is not kebab-case"),
        ),
        (
            "a claims file that is not TOML",
            with(2, "claims/001-r1.toml", "reading = \"r1\"\n[[claim]\n"),
            ("toml-syntax", 2, 9, "bad claims file: unclosed array table, expected `]`"),
        ),
        (
            "a deck.toml without readings",
            with(0, "deck.toml", "id = \"t\"\ntitle = \"T\"\nversion = \"1\"\n"),
            ("deck-file", 1, 1, "bad deck.toml: missing field `readings`"),
        ),
        (
            "a reading the deck does not list",
            with(0, "deck.toml", "id = \"t\"\ntitle = \"T\"\nversion = \"1\"\nreadings = []\n"),
            ("reading-not-in-deck", 1, 1, "reading `r1` is not listed in deck.toml"),
        ),
        (
            "a reading with a bad publication date",
            with(1, "readings/001-r1.md", &base[1].text.replace("2015-03-02", "2015-02-30")),
            ("bad-date", 5, 14, "`2015-02-30` is not a date"),
        ),
        (
            "a reading whose front matter lacks the publisher",
            with(1, "readings/001-r1.md", &base[1].text.replace("publisher = \"P\"\n", "")),
            ("front-matter", 2, 1, "bad front matter: missing field `publisher`"),
        ),
    ];
    for (what, files, (rule, line, column, message)) in cases {
        let found = problems(&files);
        assert_eq!(found.first(), Some(&(rule.to_owned(), line, column, message.to_owned())), "{what}: {found:#?}");
    }
}

#[test]
fn the_builtin_deck_summary() {
    let deck = Deck::builtin().unwrap();
    let mut summary = String::new();
    for reading in &deck.readings {
        let claims: Vec<_> = deck.claims.iter().filter(|c| c.reading == reading.citation.id).collect();
        let mut kinds = std::collections::BTreeMap::new();
        for claim in &claims {
            *kinds.entry(claim.kind.name()).or_insert(0) += 1;
        }
        let questions = claims.iter().filter(|c| c.question.is_some()).count();
        let dated = claims.iter().filter(|c| c.date.is_some()).count();
        let conflicts = claims.iter().filter(|c| !c.conflicts_with.is_empty()).count();
        summary += &format!(
            "{} ({}, {})\n  {} blocks, {} claims, {questions} with questions, {dated} dated, {conflicts} in conflicts\n  kinds: {kinds:?}\n",
            reading.citation.id,
            reading.citation.publisher,
            reading.citation.published,
            reading.blocks.len(),
            claims.len(),
        );
    }
    insta::assert_snapshot!(summary);
}

mod anchoring {
    use std::sync::LazyLock;

    use proptest::prelude::*;
    use steppe::content::Deck;
    use steppe::content::anchor::{Found, Normalized, find, normalize, normalized};

    /// Compiled once for all the cases (each compile of the whole deck took most of a case's time).
    static DECK: LazyLock<Deck> = LazyLock::new(|| Deck::builtin().unwrap());

    /// A passage of a built-in reading's block, and the reading as `find` looks through it.
    struct Passage {
        blocks: Vec<Normalized>,
        /// The block it is taken from, and that block's plain text.
        index: usize,
        plain: String,
        range: std::ops::Range<usize>,
        wanted: String,
        /// How often its normal form occurs in the reading, occurrences not overlapping.
        occurrences: usize,
    }

    /// `len` characters from character `start` of block `block` of reading `reading` (each
    /// taken modulo what there is); `None` when its normal form is empty.
    fn passage(reading: usize, block: usize, start: usize, len: usize) -> Option<Passage> {
        let reading = &DECK.readings[reading];
        let blocks: Vec<_> = reading.blocks.iter().map(|b| normalize(&b.plain_text())).collect();
        let index = block % reading.blocks.len();
        let plain = reading.blocks[index].plain_text();
        let chars: Vec<(usize, char)> = plain.char_indices().collect();
        let first = start % chars.len().max(1);
        let from = chars.get(first)?.0;
        let to = chars.get(first + len).map_or(plain.len(), |(i, _)| *i);
        let wanted = normalized(&plain[from..to]);
        if wanted.is_empty() {
            return None;
        }
        let occurrences = blocks.iter().map(|b| b.text.matches(wanted.as_str()).count()).sum();
        Some(Passage { blocks, index, plain, range: from..to, wanted, occurrences })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any passage of a built-in reading that occurs once anchors to exactly where it is.
        #[test]
        fn a_unique_passage_anchors_to_itself(reading in 0usize..5, block in 0usize..40, start in 0usize..2000, len in 1usize..120) {
            let Some(Passage { blocks, index, plain, range, wanted, occurrences }) = passage(reading, block, start, len) else {
                return Err(TestCaseError::reject("an empty passage"));
            };
            let passage = &plain[range];
            prop_assume!(occurrences == 1);
            match find(&blocks, passage, "", "") {
                Found::One(anchor) => {
                    prop_assert_eq!(anchor.block, index);
                    prop_assert_eq!(normalized(&plain[anchor.start..anchor.end]), wanted);
                }
                other => prop_assert!(false, "{passage:?} gave {other:?}"),
            }
        }

        /// A short passage, often found more than once: every occurrence that does not overlap
        /// the one before (as `str::matches` counts them) is a place it may anchor to.
        #[test]
        fn a_passage_found_several_times_is_ambiguous_by_its_count(reading in 0usize..5, block in 0usize..40, start in 0usize..2000, len in 1usize..6) {
            let Some(Passage { blocks, plain, range, occurrences, .. }) = passage(reading, block, start, len) else {
                return Err(TestCaseError::reject("an empty passage"));
            };
            let passage = &plain[range];
            match (find(&blocks, passage, "", ""), occurrences) {
                (Found::One(_), 1) => {}
                (Found::Ambiguous(n), count) => prop_assert_eq!(n, count, "{:?}", passage),
                (other, count) => prop_assert!(false, "{passage:?} ({count} times) gave {other:?}"),
            }
        }
    }

    #[test]
    fn occurrences_that_overlap_count_once() {
        let blocks = [normalize("Khaan"), normalize("aaaa")];
        assert_eq!(
            find(&blocks[..1], "aa", "", ""),
            Found::One(steppe::content::anchor::Anchor { block: 0, start: 2, end: 4 })
        );
        assert_eq!(
            find(&blocks[1..], "aaa", "", ""),
            Found::One(steppe::content::anchor::Anchor { block: 0, start: 0, end: 3 })
        );
        assert_eq!(find(&blocks, "aa", "", ""), Found::Ambiguous(3));
    }
}

#[test]
fn a_control_character_in_a_text_field_is_refused_where_it_is() {
    let files = with_claims(
        "\n[[claim]]\nid = \"x\"\nquote = \"hosted three rounds of talks\"\ntext = \"Mongolia hosted three\\u0000 rounds.\"\nanswer = \"three\"\nkind = \"number\"\n",
    );
    let found = problems(&files);
    assert_eq!(
        found,
        [("control-character".to_owned(), 6, 8, "a text field holds the control character U+0000".to_owned())]
    );
}

#[test]
fn a_long_unfound_quote_is_refused_without_a_search_for_its_nearest_passage() {
    let quote = "word ".repeat(20_000);
    let files = with_claims(&format!(
        "\n[[claim]]\nid = \"x\"\nquote = \"{quote}\"\ntext = \"a b\"\nanswer = \"a\"\nkind = \"number\"\n"
    ));
    let err = compile(&files).unwrap_err();
    let p = &err.problems[0];
    assert_eq!(p.rule, "quote-not-found");
    assert!(p.hint.as_deref().unwrap().starts_with("the quote is 100000 characters long"), "{:?}", p.hint);
}
