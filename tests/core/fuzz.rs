//! Fuzzing with proptest, run by `cargo test`: the deck compiler on mangled and arbitrary files,
//! and the typed-answer matcher on adversarial text. Each property holds for every input: no
//! panic, and errors that point into the files given. A longer run:
//! `PROPTEST_CASES=20000 cargo test -p steppe --test core fuzz::`.

use proptest::prelude::*;
use steppe::cards::typed::{AnswerMatch, check, normalize};
use steppe::content::{SourceFile, compile};

/// Pieces of TOML, Markdown and Unicode that parsers trip on.
const DECK_TOKENS: &[&str] = &[
    "+++",
    "+++\n",
    "[[claim]]\n",
    "\"",
    "'''",
    "\"\"\"",
    "\n",
    "\r\n",
    "[^1]",
    "[^1]: note\n",
    "<script>",
    "</script>",
    "id = ",
    "quote = \"",
    "answer = \"",
    "text = \"",
    "kind = \"date\"\n",
    "date = \"2015-13-40\"\n",
    "prefix = \"",
    "conflicts_with = [\"rounds\"]\n",
    "\\u{",
    "\\",
    "\u{feff}",
    "`",
    "*",
    "**",
    "_",
    "# ",
    "> ",
    "- ",
    "1. ",
    "|",
    "\u{0}",
    "\u{301}",
    "—",
    "’",
    "“",
    "[x](javascript:1)",
    "<!--",
    "-->",
    "\t",
    "    ",
    "=",
    "[",
    "]",
    "{",
    "}",
    "readings = []\n",
    "reading = \"r1\"\n",
    "ﬁ",
    "İ",
    "1948",
    "three rounds",
];

/// Pieces of answers that exercise normalising: numbers, number words, marks, odd letters.
const ANSWER_TOKENS: &[&str] = &[
    "1,200",
    "1.200",
    "1 200",
    "two",
    "thousand",
    "hundred",
    "million",
    "billion",
    "twenty-one",
    "%",
    "percent",
    "the",
    "a",
    "an",
    "—",
    "-",
    "’",
    "'",
    "\u{301}",
    "ß",
    "İ",
    "ﬁ",
    "0",
    "00",
    "99999999999999999999999999",
    ",",
    ".",
    " ",
    "  ",
    "\t",
    "\u{0}",
    "½",
    "١٢٣",
    "Ⅻ",
    "🙂",
    "é",
    "e\u{301}",
    "Ulaanbaatar",
    "1948",
    "-1",
    "1e9",
    "1,,2",
];

fn valid_files() -> Vec<SourceFile> {
    crate::small_deck_files()
}

/// One edit of a file's text at a char boundary: insert a token, delete or repeat a stretch.
#[derive(Clone, Debug)]
enum Edit {
    Insert(usize, &'static str),
    Delete(usize, usize),
    Repeat(usize, usize),
}

fn edit() -> impl Strategy<Value = (usize, Edit)> {
    let at = any::<prop::sample::Index>();
    (
        0..3usize,
        prop_oneof![
            (at.clone(), prop::sample::select(DECK_TOKENS)).prop_map(|(i, t)| Edit::Insert(i.index(1 << 16), t)),
            (at.clone(), 1..40usize).prop_map(|(i, n)| Edit::Delete(i.index(1 << 16), n)),
            (at, 1..40usize).prop_map(|(i, n)| Edit::Repeat(i.index(1 << 16), n)),
        ],
    )
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(files: &mut [SourceFile], (file, edit): &(usize, Edit)) {
    let text = &files[*file].text;
    let changed = match *edit {
        Edit::Insert(at, token) => {
            let at = boundary(text, at);
            format!("{}{token}{}", &text[..at], &text[at..])
        }
        Edit::Delete(at, n) => {
            let start = boundary(text, at);
            let end = boundary(text, (start + n).min(text.len()));
            format!("{}{}", &text[..start], &text[end..])
        }
        Edit::Repeat(at, n) => {
            let start = boundary(text, at);
            let end = boundary(text, (start + n).min(text.len()));
            format!("{}{}{}", &text[..end], &text[start..end], &text[end..])
        }
    };
    files[*file] = SourceFile::new(files[*file].path.clone(), changed);
}

/// Compiling never panics; a refused deck's problems name one of its files and a real line.
fn compiles_or_explains(files: &[SourceFile]) -> Result<(), TestCaseError> {
    match compile(files) {
        Ok(deck) => {
            let cards = steppe::cards::generate(&deck);
            for claim in &deck.claims {
                let reading = deck.reading(&claim.reading).expect("a claim's reading exists");
                prop_assert!(claim.anchor.block < reading.blocks.len(), "anchor of {} is inside its reading", claim.id);
            }
            prop_assert!(cards.iter().all(|c| !c.id.as_str().is_empty()));
        }
        Err(problems) => {
            prop_assert!(!problems.problems.is_empty(), "a refusal says why");
            for p in &problems.problems {
                let file = files.iter().find(|f| f.shown == p.path);
                prop_assert!(file.is_some() || p.path == "deck.toml", "problem in a file given: {}", p.one_line());
                if let Some(file) = file {
                    prop_assert!(p.line >= 1 && p.line <= file.text.lines().count().max(1) + 1, "{}", p.one_line());
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn the_deck_compiler_survives_mangled_files(edits in prop::collection::vec(edit(), 1..8)) {
        let mut files = valid_files();
        for e in &edits {
            apply(&mut files, e);
        }
        compiles_or_explains(&files)?;
    }

    #[test]
    fn the_deck_compiler_survives_arbitrary_files(
        deck in any::<String>(),
        reading in prop::collection::vec(prop::sample::select(DECK_TOKENS), 0..60),
        claims in any::<String>(),
    ) {
        let files = vec![
            SourceFile::new("deck.toml", deck),
            SourceFile::new("readings/001-r1.md", reading.concat()),
            SourceFile::new("claims/001-r1.toml", claims),
        ];
        compiles_or_explains(&files)?;
    }

    #[test]
    fn the_matcher_survives_adversarial_answers(
        expected in prop::collection::vec(prop::sample::select(ANSWER_TOKENS), 0..12),
        given in prop::collection::vec(prop::sample::select(ANSWER_TOKENS), 0..12),
    ) {
        let (expected, given) = (expected.join(" "), given.join(""));
        let outcome = check(&expected, &given);
        prop_assert_eq!(check(&given, &given), AnswerMatch::Exact, "{:?} matches itself", given);
        let (e, g) = (normalize(&expected), normalize(&given));
        if !e.is_empty() && !g.is_empty() {
            prop_assert_eq!(outcome == AnswerMatch::Exact, e == g, "Exact means the same normal form: {:?} {:?}", e, g);
        }
    }
}
