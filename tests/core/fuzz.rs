//! Fuzzing with proptest, run by `cargo test`: the deck compiler on mangled and arbitrary files
//! (also as saved on Windows: CRLF line ends and a byte order mark, and with control characters
//! and over-long fields), and the typed-answer matcher on adversarial text. Each property holds for every input: no
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

/// A file as a Windows editor saves it: CRLF line ends, and a byte order mark if `bom`.
fn saved_on_windows(file: &SourceFile, bom: bool) -> SourceFile {
    let text = file.text.replace("\r\n", "\n").replace('\n', "\r\n");
    SourceFile::new(file.path.clone(), if bom { format!("\u{feff}{text}") } else { text })
}

/// What compiling gives, to compare two spellings of the same files: every card's id, prompt
/// and answer, or every problem's rule and place.
type Cards = Vec<(String, String, String)>;
type Places = Vec<(&'static str, String, usize, usize)>;
fn outcome(files: &[SourceFile]) -> Result<Cards, Places> {
    match compile(files) {
        Ok(deck) => Ok(steppe::cards::generate(&deck)
            .into_iter()
            .map(|c| (c.id.as_str().to_owned(), c.prompt, c.answer))
            .collect()),
        Err(problems) => Err(problems.problems.iter().map(|p| (p.rule, p.path.clone(), p.line, p.column)).collect()),
    }
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

    #[test]
    fn a_deck_saved_on_windows_compiles_as_the_same_deck(
        edits in prop::collection::vec(edit(), 0..4),
        windows in prop::collection::vec((any::<bool>(), any::<bool>()), 3),
    ) {
        // Valid or mangled, the same files with CRLF line ends and byte order marks give the same
        // cards, or the same problems at the same lines and columns.
        let mut files = valid_files();
        for e in &edits {
            apply(&mut files, e);
        }
        let saved: Vec<SourceFile> = files
            .iter()
            .zip(&windows)
            .map(|(file, &(crlf, bom))| if crlf || bom { saved_on_windows(file, bom) } else { file.clone() })
            .collect();
        prop_assert_eq!(outcome(&saved), outcome(&files));
    }

    #[test]
    fn a_control_character_in_a_claim_is_refused_at_its_line(
        field in prop::sample::select(&["text", "answer", "question"][..]),
        code in prop_oneof![1u32..9, 11u32..13, 14u32..32, Just(127u32)],
        escaped in any::<bool>(),
    ) {
        // Written as a TOML escape (`\u0007`) the character reaches the validator; written raw,
        // TOML itself refuses it. Either way the claims file's line of the field is named.
        let mut files = valid_files();
        let claims = files.iter().position(|f| f.path.starts_with("claims/")).unwrap();
        let text = files[claims].text.as_str();
        let key = format!("\n{field} = \"");
        let at = text.find(&key).expect("the field is in the claims file") + key.len();
        let bad = if escaped { format!("\\u{code:04X}") } else { char::from_u32(code).unwrap().to_string() };
        let line = text[..at].matches('\n').count() + 1;
        files[claims] = SourceFile::new(files[claims].path.clone(), format!("{}{bad}{}", &text[..at], &text[at..]));
        let problems = compile(&files).expect_err("a control character is refused").problems;
        let named = |p: &&steppe::content::ContentProblem| p.path == files[claims].path && p.line == line;
        prop_assert!(
            problems.iter().filter(named).any(|p| !escaped || p.rule == "control-character"),
            "{:?}", problems.iter().map(|p| p.one_line()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_built_in_deck_saved_on_windows_gives_the_same_cards() {
    let files = steppe::content::builtin_files();
    let saved: Vec<SourceFile> = files.iter().map(|f| saved_on_windows(f, true)).collect();
    let (original, windows) = (outcome(&files), outcome(&saved));
    assert!(original.is_ok(), "the built-in deck compiles");
    assert!(original == windows, "CRLF line ends and byte order marks change no card");
}

#[test]
fn a_deck_of_thousands_of_missing_readings_reports_each_briefly() {
    let ids: Vec<String> = (0..3000).map(|i| format!("\"missing-{i}\"")).collect();
    let deck = format!("id = \"t\"\ntitle = \"T\"\nversion = \"1\"\nreadings = [{}]\n", ids.join(", "));
    let problems = compile(&[SourceFile::new("deck.toml", deck)]).expect_err("refused").problems;
    let missing = problems.iter().filter(|p| p.message.contains("missing-")).count();
    assert!(missing >= 3000, "every missing reading is named: {missing}");
    let longest = problems.iter().map(|p| p.one_line().len()).max().unwrap();
    assert!(longest < 600, "no message repeats the whole list: {longest} bytes");
}
