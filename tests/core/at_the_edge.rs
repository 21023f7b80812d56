//! What the core says to people leaves it as codes and arguments, worded at the edge: refusals
//! (imports, plans, decks) as a notice, the fixed sentence around a card's prompt as a frame. The
//! English stays what it always was, for logs, exports and the existing messages.

use steppe::cards::{CardKind, PromptFrame};
use steppe::clock::FixedClock;
use steppe::content::{Deck, ProblemArg};
use steppe::exchange::{self, ExchangeError};
use steppe::messages::Messages;
use steppe::notice::NoticeCode;
use steppe::{Collection, Error};

#[test]
fn a_refused_table_carries_its_code_and_arguments_and_the_same_english() {
    let table = b"#separator:banana\n#columns:id\n";
    let Err(error) = exchange::read_table("deck.csv", table) else { panic!("refused") };
    assert_eq!(
        error.to_string(),
        "`deck.csv`: line 1: unknown separator `banana` (comma, semicolon, tab, space, pipe or colon)"
    );
    let ExchangeError::Refused { file, notice } = &error else { panic!("{error:?}") };
    assert_eq!(file, "deck.csv");
    assert_eq!(notice.code, NoticeCode::TableUnknownSeparator);
    assert_eq!(notice.args["separator"], ProblemArg::Text("banana".into()));
    assert_eq!(notice.args["line"], ProblemArg::Number(1));
    let ko = notice.message(&Messages::new("ko"));
    assert!(ko.starts_with("1번째 줄: 알 수 없는 구분자 `banana`"), "{ko}");
    let report = Error::Exchange(error).report();
    assert_eq!(report.code, "refused_import");
    let notice = report.notice.expect("a notice");
    assert_eq!((notice.code, notice.file.as_deref()), (NoticeCode::TableUnknownSeparator, Some("deck.csv")));
}

#[test]
fn a_refused_package_quotes_at_most_an_excerpt_of_its_entry_name() {
    let long = format!("claims/{}.toml", "x".repeat(500));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(long.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut zip, b"x").unwrap();
    zip.start_file(long.as_str().replace("claims/", "elsewhere/"), zip::write::SimpleFileOptions::default()).unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let Err(error) = exchange::read_package("p.steppe", &bytes, &exchange::LIMITS) else { panic!("refused") };
    let ExchangeError::Refused { notice, .. } = &error else { panic!("{error:?}") };
    assert!(matches!(notice.code, NoticeCode::NoManifest | NoticeCode::EntryNotDeckFile), "{notice:?}");
    assert!(error.to_string().chars().count() < 450, "{error}");
}

#[test]
fn a_refused_plan_and_a_missing_one_say_so_in_codes() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FixedClock::new(chrono::DateTime::parse_from_rfc3339("2026-03-01T10:00:00Z").unwrap());
    let mut c = Collection::open(dir.path(), Deck::builtin().unwrap(), Box::new(clock)).unwrap();
    let plan = steppe::schedule::ExamPlan {
        name: "final".into(),
        exam_date: "soon".into(),
        readings: vec![],
        tags: vec![],
        target: 0.9,
        minutes_per_day: None,
    };
    let Err(error) = c.save_plan(plan) else { panic!("refused") };
    assert_eq!(error.to_string(), "the exam date must be a date such as 2026-06-15, not `soon`");
    let report = error.report();
    assert_eq!(report.code, "invalid_input");
    assert_eq!(report.notice.as_ref().map(|n| n.code), Some(NoticeCode::PlanBadDate));
    let Err(error) = c.drop_plan("nope") else { panic!("no such plan") };
    assert_eq!(error.to_string(), "exam plan `nope` not found");
    let Error::NotFound(notice) = &error else { panic!("{error:?}") };
    assert_eq!(notice.message(&Messages::new("mn")), "`nope` шалгалтын төлөвлөгөө олдсонгүй");
}

#[test]
fn timeline_and_disagreement_cards_carry_their_frame_and_keep_the_english_prompt_for_exports() {
    let deck = Deck::builtin().unwrap();
    let cards = steppe::cards::generate(&deck);
    let mut kinds = std::collections::BTreeSet::new();
    for card in &cards {
        match (card.kind, &card.frame) {
            (CardKind::Timeline, Some(frame @ PromptFrame::Timeline)) => {
                assert_eq!(card.prompt, "Put these in order, earliest first.");
                assert_eq!(frame.english(), card.prompt);
            }
            (CardKind::Sources, Some(frame @ PromptFrame::Sources { question, says })) => {
                assert!(card.prompt.starts_with("The readings disagree. "), "{}", card.prompt);
                assert!(card.prompt.contains(question.as_str()) && card.prompt.contains(says.as_str()));
                assert_eq!(frame.english(), card.prompt);
                let ko = frame.prompt(&Messages::new("ko"));
                assert!(
                    ko.contains(question.as_str()) && ko.contains(says.as_str()) && ko.contains("출처마다 다름"),
                    "{ko}"
                );
            }
            (
                CardKind::Versions,
                Some(frame @ (PromptFrame::Versions { .. } | PromptFrame::InternalVersions { .. })),
            ) => {
                assert_eq!(frame.english(), card.prompt);
            }
            (CardKind::Timeline | CardKind::Sources | CardKind::Versions, frame) => {
                panic!("{} has the frame {frame:?}", card.id)
            }
            (_, None) => {}
            (_, Some(frame)) => panic!("{} is the deck's own text, not {frame:?}", card.id),
        }
        kinds.insert(card.kind.name());
    }
    assert!(kinds.contains("timeline") && kinds.contains("sources") && kinds.contains("versions"), "{kinds:?}");
    // The compiled deck and the Anki table keep the English prompt.
    let json = String::from_utf8(exchange::export_bytes(exchange::ExportFormat::Json, &deck, &[]).unwrap()).unwrap();
    assert!(json.contains("Put these in order, earliest first."));
}
