//! The core says what is wrong by codes and arguments, and words them in English itself: the
//! interface words the same codes in its language (`locales/*/validator.ftl`).

use steppe::Collection;
use steppe::content::{ProblemArg, ProblemCode, SourceFile, compile};
use steppe::messages::Messages;
use steppe::settings::{SettingCode, SettingProblem};

use crate::{clock, small_deck, small_deck_files};

/// The small deck with its first claim's quote changed so that the reading does not hold it.
fn deck_with_an_unfound_quote() -> Vec<SourceFile> {
    small_deck_files()
        .into_iter()
        .map(|f| match f.path.as_str() {
            "claims/001-r1.toml" => SourceFile::new(
                f.path.clone(),
                f.text.replace("hosted three rounds of talks\"", "hosted nine rounds\""),
            ),
            _ => f,
        })
        .collect()
}

#[test]
fn a_content_problem_carries_its_code_and_arguments_and_its_english() {
    let problems = compile(&deck_with_an_unfound_quote()).unwrap_err().problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    let problem = &problems[0];
    assert_eq!(problem.code, ProblemCode::QuoteNotFound);
    assert_eq!(problem.message, "quote not found in `readings/001-r1.md`", "the English as before");
    assert!(problem.hint.as_deref().unwrap().starts_with("the nearest passage in the reading is: \""));
    let args = problem.args_map();
    assert_eq!(args["affixed"], ProblemArg::Text("no".into()));
    assert_eq!(args["hint"], ProblemArg::Text("near".into()));

    // The error the app receives: the problems by code, where they are, and the English.
    let report = steppe::Error::Content(compile(&deck_with_an_unfound_quote()).unwrap_err()).report();
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["code"], "invalid_content");
    assert_eq!(json["problems"][0]["code"], "quote-not-found");
    assert_eq!(json["problems"][0]["location"], format!("claims/001-r1.toml:{}:{}", problem.line, problem.column));
    assert_eq!(json["problems"][0]["args"]["path"], "readings/001-r1.md");
    assert!(json.get("settings").is_none(), "{json}");
}

#[test]
fn a_problem_is_worded_in_korean_and_mongolian_at_the_same_place() {
    let mut problems = compile(&deck_with_an_unfound_quote()).unwrap_err().problems;
    let english = problems[0].one_line();
    problems[0].translate(&Messages::new("ko"), "여기".into());
    assert_eq!(problems[0].message, "인용문을 `readings/001-r1.md`에서 찾을 수 없어요");
    assert!(problems[0].hint.as_deref().unwrap().starts_with("읽기 자료에서 가장 비슷한 부분은 이거예요: \""));
    problems[0].translate(&Messages::new("mn"), "энд".into());
    assert_eq!(problems[0].message, "ишлэл `readings/001-r1.md` файлаас олдсонгүй");
    let place = |line: &str| line.split(": ").next().unwrap().to_owned();
    assert_eq!(place(&problems[0].one_line()), place(&english), "the same file, line and column");
}

#[test]
fn settings_out_of_range_are_reported_by_code_with_the_value_given() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    let bad = steppe::settings::Settings { new_per_day: 900, ..c.settings().clone() };
    let report = c.set_settings(bad).unwrap_err().report();
    assert_eq!(report.code, "invalid_setting");
    assert_eq!(report.message, "new cards per day must be at most 500, not 900");
    assert_eq!(report.settings, Some(vec![SettingProblem { code: SettingCode::NewPerDay, value: "900".into() }]));
    assert_eq!(
        report.settings.unwrap()[0].message(&Messages::new("ko")),
        "하루 새 카드 수는 500 이하여야 해요 (입력한 값: 900)"
    );
}
