//! Printed quizzes, checked with real PDF tools: `pdftotext` reads back every question and, in
//! the key, every answer with its citation and quote; `pdftoppm` renders every page to PNG
//! (kept in target/print-test/ to look at); `pdfinfo` counts the pages.

use std::path::{Path, PathBuf};
use std::process::Command;

use steppe::Collection;
use steppe::cards::CardKind;
use steppe::content::Deck;
use steppe::print::{self, Labels, PrintedQuiz};
use steppe::quiz::QuizScope;

use crate::clock;

fn builtin(dir: &Path) -> Collection {
    Collection::open_with(dir, Deck::builtin().unwrap(), Box::new(clock()), crate::no_fuzz()).unwrap()
}

/// Runs a poppler tool; they come with the Makefile's `apt` target (poppler-utils).
fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("`{tool}` runs (poppler-utils, installed by `make apt`): {e}"));
    assert!(out.status.success(), "{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The PDF's text in its physical layout (a letter beside its option), every run of white space
/// made one space, as a wrapped line reads.
fn text_of(pdf: &Path) -> String {
    squeeze(&poppler("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]))
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pages_of(pdf: &Path) -> usize {
    let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    let line = info.lines().find(|l| l.starts_with("Pages:")).expect("pdfinfo gives the page count");
    line["Pages:".len()..].trim().parse().unwrap()
}

/// Renders every page to `target/print-test/<name>-N.png` and returns their paths.
fn render_pages(pdf: &Path, name: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/print-test");
    std::fs::create_dir_all(&dir).unwrap();
    for old in std::fs::read_dir(&dir).unwrap().flatten() {
        if old.file_name().to_string_lossy().starts_with(&format!("{name}-")) {
            std::fs::remove_file(old.path()).unwrap();
        }
    }
    let prefix = dir.join(name);
    poppler("pdftoppm", &["-png", "-r", "80", pdf.to_str().unwrap(), prefix.to_str().unwrap()]);
    let mut pngs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(&format!("{name}-")))
        .collect();
    pngs.sort();
    pngs
}

/// Where the answer key starts in the text: after the questions.
fn split_at_key<'t>(text: &'t str, heading: &str) -> (&'t str, &'t str) {
    let at = text.find(heading).unwrap_or_else(|| panic!("the key's heading `{heading}` is printed"));
    text.split_at(at)
}

#[test]
fn a_printed_quiz_asks_what_the_app_asks_and_its_key_cites_and_quotes_every_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = builtin(dir.path());
    // The first seed whose quiz has every kind printed differently.
    let every_kind =
        [CardKind::MultipleChoice, CardKind::TrueFalse, CardKind::Cloze, CardKind::Typed, CardKind::Timeline];
    let seed = (1..500)
        .find(|&seed| {
            let quiz = c.printed_quiz(QuizScope::All, 40, Some(seed)).unwrap();
            every_kind.iter().all(|k| quiz.questions.iter().any(|q| q.kind == *k))
        })
        .expect("some seed draws every kind");
    let printed = c.printed_quiz(QuizScope::All, 40, Some(seed)).unwrap();
    let asked = c.start_quiz(QuizScope::All, 40, Some(seed)).unwrap();
    let ids = |q: &PrintedQuiz| q.questions.iter().map(|q| q.card.clone()).collect::<Vec<_>>();
    let app: Vec<_> = asked.questions.iter().map(|q| q.card.clone()).collect();
    assert_eq!(ids(&printed), app, "the printed questions are the app's, in its order");

    let pdf = dir.path().join("quiz.pdf");
    let done = c.print_quiz(QuizScope::All, 40, Some(seed), "en", &pdf).unwrap();
    assert_eq!((done.questions, done.seed), (40, seed));
    assert_eq!(done.bytes, std::fs::metadata(&pdf).unwrap().len());
    let text = text_of(&pdf);
    assert!(text.starts_with("Quiz: Mongolia and the Two Koreas"), "{}", &text[..200]);
    let about = format!("Deck `mongolia-koreas` 1.0.0 · seed {seed} · printed 2026-01-05");
    assert!(text.contains(&about), "deck, seed and date");
    let (questions, key) = split_at_key(&text, "Answer key: Mongolia and the Two Koreas");

    let mut from = 0;
    for q in &printed.questions {
        let prompt = squeeze(&q.prompt);
        let at = questions[from..]
            .find(&format!("{}. {prompt}", q.number))
            .unwrap_or_else(|| panic!("question {} `{prompt}` is printed, in order", q.number));
        from += at;
        if q.kind == CardKind::TrueFalse {
            assert_eq!(q.choices, ["True", "False"], "in the deck's language");
            assert!(questions[from..].starts_with(&format!("{}. {prompt} True or false? A. True B. False", q.number)));
        }
        match q.kind {
            CardKind::MultipleChoice | CardKind::TrueFalse | CardKind::Sources | CardKind::Timeline => {
                for (n, choice) in q.choices.iter().enumerate() {
                    let option = format!("{}. {}", print::letter(n), squeeze(choice));
                    assert!(questions[from..].contains(&option), "question {}: option `{option}`", q.number);
                }
            }
            CardKind::Cloze => assert!(prompt.contains(print::BLANK), "a cloze shows its blank: {prompt}"),
            _ => {}
        }
    }

    let mut from = 0;
    for q in &printed.questions {
        let answer = squeeze(&q.answer);
        let at = key[from..]
            .find(&format!("{}. {answer}", q.number))
            .unwrap_or_else(|| panic!("answer {} `{answer}` is in the key, in order", q.number));
        from += at;
        let entry_end = key[from..].find(&format!(" {}. ", q.number + 1)).map_or(key.len(), |end| from + end);
        let entry = &key[from..entry_end];
        assert!(!q.sources.is_empty(), "question {} has a source", q.number);
        for source in &q.sources {
            assert!(entry.contains(&format!("Source: {}", squeeze(&source.citation()))), "{}: {entry}", q.number);
            for quote in &source.quotes {
                let quoted = format!("\u{201c}{}\u{201d}", squeeze(quote));
                assert!(entry.contains(&quoted), "answer {} quotes its source: {quoted}\n{entry}", q.number);
            }
        }
        if q.kind == CardKind::Timeline {
            assert!(answer.split(", ").all(|l| l.len() == 1), "a timeline's answer is its letters in order: {answer}");
            for item in &q.order {
                assert!(entry.contains(&squeeze(item)), "the key dates each item: {item}");
            }
        }
    }
    // The first citation as the key words it: author, year, title.
    let first = &printed.questions[0].sources[0];
    assert!(first.citation().starts_with(&format!("{} ({}). ", first.author, first.year)));

    let pages = pages_of(&pdf);
    assert!(pages >= 4, "40 questions and their key take pages: {pages}");
    assert!(text.contains(&format!("page {pages} of {pages}")), "every page says where it is");
    let pngs = render_pages(&pdf, "all-40");
    assert_eq!(pngs.len(), pages, "every page renders");
    for png in &pngs {
        let size = std::fs::metadata(png).unwrap().len();
        assert!(size > 10_000, "{} has text on it ({size} bytes)", png.display());
    }

    // The same seed prints the same document; another seed another quiz.
    let again = dir.path().join("again.pdf");
    c.print_quiz(QuizScope::All, 40, Some(seed), "en", &again).unwrap();
    assert_eq!(std::fs::read(&pdf).unwrap(), std::fs::read(&again).unwrap(), "same seed, same PDF");
    let other = c.printed_quiz(QuizScope::All, 40, Some(seed + 1)).unwrap();
    assert_ne!(ids(&other), ids(&printed));
}

#[test]
fn reading_and_tag_quizzes_print_their_scope_and_only_its_questions() {
    let dir = tempfile::tempdir().unwrap();
    let c = builtin(dir.path());
    let scope = QuizScope::Reading { id: "campi-peace-process-2019".into() };
    let pdf = dir.path().join("reading.pdf");
    c.print_quiz(scope.clone(), 8, Some(42), "en", &pdf).unwrap();
    let printed = c.printed_quiz(scope, 8, Some(42)).unwrap();
    assert_eq!(printed.questions.len(), 8);
    for q in &printed.questions {
        assert!(q.sources.iter().all(|s| s.reading.as_str() == "campi-peace-process-2019"), "{}", q.card);
    }
    let text = text_of(&pdf);
    assert!(text.contains(&format!("Reading: {} · 8 questions", squeeze(&printed.scope_name))), "{}", &text[..300]);

    let tagged = c.printed_quiz(QuizScope::Tag { tag: "trade".into() }, 5, Some(3)).unwrap();
    for q in &tagged.questions {
        let card = steppe::cards::generate(c.deck()).into_iter().find(|card| card.id == q.card).unwrap();
        assert!(card.claims.iter().any(|id| c.deck().claim(id).unwrap().tags.iter().any(|t| t == "trade")));
    }
    let err = c.printed_quiz(QuizScope::All, 0, Some(1)).unwrap_err();
    assert_eq!(err.report().code, "invalid_input");
}

#[test]
fn headings_are_in_the_language_asked_and_the_deck_keeps_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let c = builtin(dir.path());
    let quiz = c.printed_quiz(QuizScope::All, 6, Some(11)).unwrap();
    for (language, title, key) in [
        ("mn", "Сорил: Mongolia and the Two Koreas", "Хариултын түлхүүр"),
        ("ko", "퀴즈: Mongolia and the Two Koreas", "정답표"),
    ] {
        let pdf = dir.path().join(format!("{language}.pdf"));
        print::write(&quiz, &Labels::new(language), &pdf).unwrap();
        let text = text_of(&pdf);
        assert!(text.starts_with(title), "{language}: {}", &text[..120]);
        let (questions, _) = split_at_key(&text, key);
        let prompt = squeeze(&quiz.questions[0].prompt);
        assert!(questions.contains(&prompt), "{language}: the questions stay in the deck's language");
        let pngs = render_pages(&pdf, &format!("lang-{language}"));
        assert_eq!(pngs.len(), pages_of(&pdf));
    }
}

#[test]
fn a_quiz_is_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let c = builtin(dir.path());
    let pdf = dir.path().join("quiz.pdf");
    std::fs::write(&pdf, b"an older quiz").unwrap();
    c.print_quiz(QuizScope::All, 3, Some(1), "en", &pdf).unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"), "replaced whole");
    let nowhere = dir.path().join("no-such-folder").join("quiz.pdf");
    let err = c.print_quiz(QuizScope::All, 3, Some(1), "en", &nowhere).unwrap_err();
    assert_eq!(err.report().code, "io");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(left.iter().all(|n| !n.to_string_lossy().ends_with(".tmp")), "no temporary file left: {left:?}");
}
