//! Disagreements between sources: `disputes.toml` checked like every other file, the cards
//! that teach who says what, and the lint that keeps cards fit to hand out.

use steppe::cards::{CardKind, generate};
use steppe::content::{Deck, SourceFile, compile, lint};

const DECK: &str = "id = \"d\"\ntitle = \"Two sources\"\nversion = \"1\"\nreadings = [\"early\", \"late\"]\n";

fn reading(id: &str, author: &str, published: &str, body: &str) -> SourceFile {
    SourceFile::new(
        format!("readings/{id}.md"),
        format!(
            "+++\nid = \"{id}\"\ntitle = \"On cattle\"\nauthor = \"{author}\"\npublisher = \"P\"\npublished = \"{published}\"\n+++\n\n{body}\n"
        ),
    )
}

/// Two readings that disagree on when the first cattle left, each with one claim on it and a
/// few other dated claims.
fn files(disputes: &str, early_extra: &str) -> Vec<SourceFile> {
    let mut files = vec![
        SourceFile::new("deck.toml", DECK),
        reading(
            "early",
            "Mendee Jargalsaikhany",
            "2015-03-02",
            "The first cattle left in mid-January 2015. Talks began in 2013. A port opened in 2008. A rail test ran in 2015.",
        ),
        reading("late", "Alicia Campi", "2019-02-20", "The first cattle left in December 2014. Workers left in 2018."),
        SourceFile::new(
            "claims/early.toml",
            format!(
                r#"reading = "early"

[[claim]]
id = "early-cattle"
quote = "The first cattle left in mid-January 2015"
text = "According to Jargalsaikhany (2015), the first cattle left in mid-January 2015."
answer = "mid-January 2015"
question = "When did the first cattle leave, according to Jargalsaikhany (2015)?"
kind = "date"
date = "2015-01"
{early_extra}

[[claim]]
id = "early-talks"
quote = "Talks began in 2013"
text = "Talks began in 2013."
answer = "2013"
question = "When did the talks begin?"
kind = "date"
date = "2013"

[[claim]]
id = "early-port"
quote = "A port opened in 2008"
text = "A port opened in 2008."
answer = "2008"
question = "When did the port open?"
kind = "date"
date = "2008"
"#
            ),
        ),
        SourceFile::new(
            "claims/late.toml",
            r#"reading = "late"

[[claim]]
id = "late-cattle"
quote = "The first cattle left in December 2014"
text = "According to Campi (2019), the first cattle left in December 2014."
answer = "December 2014"
question = "When did the first cattle leave, according to Campi (2019)?"
kind = "date"
date = "2014-12"

[[claim]]
id = "late-workers"
quote = "Workers left in 2018"
text = "Workers left in 2018."
answer = "2018"
question = "When did the workers leave?"
kind = "date"
date = "2018"
"#,
        ),
    ];
    if !disputes.is_empty() {
        files.push(SourceFile::new("disputes.toml", disputes));
    }
    files
}

const CATTLE: &str = r#"[[dispute]]
id = "first-cattle"
question = "When did the first cattle leave Mongolia?"
note = "Each cites a different ministry statement."

[[dispute.version]]
says = "mid-January 2015"
claims = ["early-cattle"]

[[dispute.version]]
says = "December 2014"
claims = ["late-cattle"]
"#;

fn problems(files: &[SourceFile]) -> Vec<(String, String, usize, usize)> {
    let err = compile(files).expect_err("the deck is invalid");
    err.problems.iter().map(|p| (p.rule.to_owned(), p.path.clone(), p.line, p.column)).collect()
}

#[test]
fn a_dispute_links_its_versions_both_ways() {
    let deck = compile(&files(CATTLE, "")).expect("valid");
    assert_eq!(deck.disputes.len(), 1);
    let dispute = &deck.disputes[0];
    assert_eq!(dispute.question, "When did the first cattle leave Mongolia?");
    assert_eq!(dispute.note.as_deref(), Some("Each cites a different ministry statement."));
    assert_eq!(deck.claim(&"early-cattle".into()).unwrap().conflicts_with, ["late-cattle".into()]);
    assert_eq!(deck.claim(&"late-cattle".into()).unwrap().conflicts_with, ["early-cattle".into()]);
    assert!(deck.dispute_of(&"late-cattle".into()).is_some());
    assert!(deck.dispute_of(&"late-workers".into()).is_none());
}

#[test]
fn each_dispute_gets_a_card_on_who_says_what_and_one_on_every_version() {
    let deck = compile(&files(CATTLE, "")).unwrap();
    let cards = generate(&deck);
    let sources = cards.iter().find(|c| c.id.as_str() == "dispute:first-cattle:sources").expect("a sources card");
    assert_eq!(sources.kind, CardKind::Sources);
    let mut options = sources.choices.clone();
    options.sort();
    assert_eq!(options, ["Campi (2019)", "Jargalsaikhany (2015)"], "the options are the readings");
    let right = &sources.choices[sources.correct_choice.unwrap() as usize];
    let says = if right == "Campi (2019)" { "December 2014" } else { "mid-January 2015" };
    assert!(sources.prompt.contains(&format!("“{says}”")), "{}", sources.prompt);
    assert!(sources.prompt.contains("When did the first cattle leave Mongolia?"));
    let versions = cards.iter().find(|c| c.id.as_str() == "dispute:first-cattle:versions").expect("a versions card");
    assert_eq!(versions.answer, "Jargalsaikhany (2015): mid-January 2015\nCampi (2019): December 2014");
    assert_eq!(versions.claims, ["early-cattle".into(), "late-cattle".into()]);
}

#[test]
fn no_card_marks_another_version_wrong() {
    let deck = compile(&files(CATTLE, "")).unwrap();
    for card in generate(&deck) {
        if card.claims != ["early-cattle".into()] && card.claims != ["late-cattle".into()] {
            continue;
        }
        let rival = if card.claim.as_str() == "early-cattle" { "December 2014" } else { "mid-January 2015" };
        assert!(!card.choices.iter().any(|c| c == rival), "`{}` offers the other version as wrong", card.id);
        assert!(!card.prompt.contains(rival), "`{}` states the other version as false", card.id);
    }
}

#[test]
fn a_broken_dispute_is_reported_with_its_line_and_column() {
    let one_version = "[[dispute]]\nid = \"x\"\nquestion = \"When?\"\n\n[[dispute.version]]\nsays = \"then\"\nclaims = [\"early-cattle\"]\n";
    assert_eq!(problems(&files(one_version, "")), [("dispute-versions".into(), "disputes.toml".into(), 2, 6)]);

    let unknown = CATTLE.replace("claims = [\"late-cattle\"]", "claims = [\"late-cows\"]");
    assert_eq!(problems(&files(&unknown, "")), [("dangling-conflict".into(), "disputes.toml".into(), 12, 11)]);

    let same_reading = CATTLE.replace("claims = [\"late-cattle\"]", "claims = [\"early-talks\"]");
    assert_eq!(problems(&files(&same_reading, "")), [("dispute-versions".into(), "disputes.toml".into(), 2, 6)]);
    let internal = same_reading.replace("note =", "internal = true\nnote =");
    compile(&files(&internal, "")).expect("a reading may contradict itself when marked so");

    let twice = format!("{CATTLE}\n{}", CATTLE.replace("id = \"first-cattle\"", "id = \"cattle-again\""));
    let found = problems(&files(&twice, ""));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(rule, _, line, _)| rule == "claim-in-two-disputes" && *line > 14), "{found:?}");

    let bad_id = CATTLE.replace("id = \"first-cattle\"", "id = \"First Cattle\"");
    assert_eq!(problems(&files(&bad_id, "")), [("bad-id".into(), "disputes.toml".into(), 2, 6)]);
}

#[test]
fn an_authored_option_that_is_true_somewhere_is_refused() {
    let rival = "distractors = [\"December 2014\", \"March 2015\", \"May 2015\"]";
    assert_eq!(
        problems(&files(CATTLE, rival)),
        [("true-distractor".into(), "claims/early.toml".into(), 11, 16)],
        "another reading's version is never a wrong option"
    );
    let own = "distractors = [\"mid-january 2015\"]";
    assert_eq!(problems(&files(CATTLE, own))[0].0, "true-distractor");
    let stated = "false = [\"Talks began in 2013.\"]";
    assert_eq!(problems(&files(CATTLE, stated)), [("true-false-statement".into(), "claims/early.toml".into(), 11, 10)]);
}

fn findings(extra: &str) -> Vec<(String, usize)> {
    let files = files(CATTLE, extra);
    let deck: Deck = compile(&files).expect("valid");
    lint(&deck, &files).iter().map(|f| (f.rule.to_owned(), f.line)).collect()
}

#[test]
fn the_lint_finds_what_makes_a_card_unfit() {
    assert_eq!(findings(""), [], "the fixture is clean");
    assert_eq!(findings("false = [\"The first first cattle left in 2016.\"]"), [("doubled-word".into(), 11)]);
    assert_eq!(findings("event = \"The first cattle leave in January\""), [("dated-event".into(), 11)]);
}

#[test]
fn an_answer_far_longer_or_shorter_than_every_distractor_is_a_length_cue() {
    // The answer, `mid-January 2015`, has 16 characters.
    let years = "distractors = [\"2013\", \"2014\", \"2016\"]";
    assert_eq!(findings(years), [("length-cue".into(), 11)]);
    let long = "distractors = [\"the second half of December 2014\", \"the first week of February 2015\", \"the last days of November 2014\"]";
    assert_eq!(findings(long), [("length-cue".into(), 11)]);
    let alike = "distractors = [\"late December 2014\", \"early March 2015\", \"2014\"]";
    assert_eq!(findings(alike), [], "one option as long as the answer is enough");
    let near = "distractors = [\"May 2015\", \"June 2015\", \"March 2015\"]";
    assert_eq!(findings(near), [], "six characters shorter is no cue");
}

#[test]
fn the_lint_finds_prompts_that_give_the_answer_away_and_need_the_article() {
    let mut files = files(CATTLE, "");
    files[4] = SourceFile::new(
        "claims/late.toml",
        r#"reading = "late"

[[claim]]
id = "late-cattle"
quote = "The first cattle left in December 2014"
text = "The first cattle left in December 2014."
answer = "December 2014"
question = "The article says the first cattle left in December 2014: when?"
kind = "date"

[[claim]]
id = "late-workers"
quote = "Workers left in 2018"
text = "Workers left in 2018."
answer = "in"
kind = "event"
event = "Workers leave"

[[claim]]
id = "late-workers-again"
quote = "Workers left"
text = "Workers left in 2018."
answer = "2018"
kind = "date"
"#,
    );
    let deck = compile(&files).expect("valid");
    let mut found: Vec<(String, usize)> = lint(&deck, &files).iter().map(|f| (f.rule.to_owned(), f.line)).collect();
    found.sort();
    assert_eq!(
        found,
        [
            ("answer-in-prompt".into(), 8),
            ("duplicate-text".into(), 20),
            ("function-word-gap".into(), 15),
            ("needs-context".into(), 8),
            ("unattributed-version".into(), 6),
            ("unattributed-version".into(), 8),
        ]
    );
}

#[test]
fn more_than_two_claims_on_one_sentence_with_one_answer_is_a_repeated_fact() {
    let claims = (0..3)
        .map(|n| {
            format!(
                "\n[[claim]]\nid = \"again-{n}\"\nquote = \"A port opened in 2008\"\ntext = \"A port opened in 2008 ({n}).\"\nanswer = \"2008\"\nkind = \"date\"\n"
            )
        })
        .collect::<String>();
    assert_eq!(findings(&claims), [("repeated-fact".into(), 44)], "at the last of the four claims: `early-port`");
}

#[test]
fn the_builtin_deck_has_no_lint_findings() {
    let files = steppe::content::builtin_files();
    let deck = compile(&files).unwrap();
    let found: Vec<String> = lint(&deck, &files).iter().map(|f| f.one_line()).collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}
