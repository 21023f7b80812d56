//! `steppe check` says a deck's problems in the language of its environment: the same files,
//! lines, columns and exit code, the quoted parts of the deck as written.

use std::path::{Path, PathBuf};

use super::{copy_dir, steppe};

/// The built-in deck with the first claim's quote changed so that the reading does not hold it,
/// and where the report must point: `file:line:9`.
fn deck_with_an_unfound_quote(tmp: &Path) -> (PathBuf, String) {
    let deck = tmp.join("deck");
    copy_dir(Path::new("content"), &deck);
    let claims = deck.join("claims/001-breakthrough-2015.toml");
    let text = std::fs::read_to_string(&claims).unwrap();
    let line = text.lines().position(|l| l.starts_with("quote = ")).unwrap() + 1;
    std::fs::write(&claims, text.replacen("quote = \"", "quote = \"Zanzibar ", 1)).unwrap();
    (deck, format!("{}:{line}:9", claims.display()))
}

#[test]
fn check_says_a_problem_in_korean_and_mongolian_at_the_same_place_with_the_same_exit_code() {
    let tmp = tempfile::tempdir().unwrap();
    let (deck, place) = deck_with_an_unfound_quote(tmp.path());
    let cases = [
        (
            "C.UTF-8",
            ["the deck has 1 problem", "quote not found in `", "help: the nearest passage in the reading is: \""],
        ),
        (
            "ko_KR.UTF-8",
            ["덱에 문제가 1개 있어요", "인용문을 `", "도움말: 읽기 자료에서 가장 비슷한 부분은 이거예요: \""],
        ),
        (
            "mn_MN.UTF-8",
            ["багцад 1 алдаа байна", "` файлаас олдсонгүй", "зөвлөмж: эх бичвэрийн хамгийн ойролцоо хэсэг: \""],
        ),
    ];
    for (lang, says) in cases {
        let out = steppe(tmp.path()).env("LANG", lang).arg("check").arg(&deck).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{lang}: {stderr}");
        assert!(stderr.contains(&place), "{lang}: {place} in {stderr}");
        for said in says {
            assert!(stderr.contains(said), "{lang}: `{said}` in {stderr}");
        }
        // The reading's passage is quoted as written, whatever the language.
        assert!(stderr.contains("Mongolia takes a resolutely middle road"), "{lang}: {stderr}");
        if lang != "C.UTF-8" {
            assert!(!stderr.contains("not found"), "{lang}: no English left: {stderr}");
        }
    }
}

#[test]
fn check_says_the_card_lint_in_korean_and_mongolian_with_its_help() {
    let tmp = tempfile::tempdir().unwrap();
    let deck = tmp.path().join("deck");
    copy_dir(Path::new("content"), &deck);
    let claims = deck.join("claims/001-breakthrough-2015.toml");
    let text = std::fs::read_to_string(&claims).unwrap();
    let original = "text = \"According to Mendee (2015), Mongolia takes";
    let doubled = "text = \"According to Mendee (2015), Mongolia takes takes";
    std::fs::write(&claims, text.replacen(original, doubled, 1)).unwrap();
    let line = text.lines().position(|l| l.starts_with(original)).unwrap();
    let place = format!("{}:{}:8", claims.display(), line + 1);
    let cases = [
        ("C.UTF-8", ["the deck's cards have 1 lint finding", "`takes takes`: a word is doubled", "--no-lint"]),
        ("ko_KR.UTF-8", ["덱의 카드에 고칠 점이 1개 있어요", "`takes takes`: 같은 단어가 연달아", "--no-lint"]),
        ("mn_MN.UTF-8", ["багцын картуудад 1 анхааруулга байна", "`takes takes`: үг давхардсан", "--no-lint"]),
    ];
    for (lang, says) in cases {
        let out = steppe(tmp.path()).env("LANG", lang).arg("check").arg(&deck).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{lang}: {stderr}");
        assert!(stderr.contains(&place), "{lang}: {place} in {stderr}");
        for said in says {
            assert!(stderr.contains(said), "{lang}: `{said}` in {stderr}");
        }
    }
}

/// `--help` is in the environment's language, the options and the exit code as in English.
#[test]
fn help_is_in_korean_and_mongolian_with_english_behind_it() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = [
        ("C.UTF-8", ["Usage:", "Commands:", "Check a deck folder", "Print help"]),
        ("ko_KR.UTF-8", ["사용법:", "명령:", "덱 폴더(deck.toml, readings/, claims/)를 검사해요", "도움말 보기"]),
        ("mn_MN.UTF-8", ["Хэрэглээ:", "Тушаалууд:", "Багцын хавтсыг шалгах", "Тусламж харуулах"]),
    ];
    for (lang, says) in cases {
        let out = steppe(tmp.path()).env("LANG", lang).arg("--help").output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(0), "{lang}: {stdout}");
        for said in says {
            assert!(stdout.contains(said), "{lang}: `{said}` in {stdout}");
        }
        if lang != "C.UTF-8" {
            assert!(!stdout.contains("Check a deck folder"), "{lang}: {stdout}");
        }
    }
    let out = steppe(tmp.path()).env("LANG", "ko_KR.UTF-8").args(["plan", "create", "--help"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    for said in ["옵션:", "--name <NAME>", "계획 이름", "시험일, YYYY-MM-DD"] {
        assert!(stdout.contains(said), "`{said}` in {stdout}");
    }
    let out = steppe(tmp.path()).env("LANG", "mn_MN.UTF-8").args(["import", "--help"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("Юу ч бичихээс өмнө бүгдийг шалгана"), "the long description: {stdout}");
    assert!(stdout.contains("Аргументууд:") && stdout.contains("<FILE>"), "{stdout}");
    // A usage error keeps its exit code whatever the language.
    for lang in ["C.UTF-8", "ko_KR.UTF-8", "mn_MN.UTF-8"] {
        let out = steppe(tmp.path()).env("LANG", lang).args(["plan", "create", "--bogus"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{lang}");
    }
}

/// A refused import and a refused plan are said in the environment's language, the file and
/// the quoted input as they are, with the exit codes of English.
#[test]
fn refusals_are_in_korean_and_mongolian_with_the_same_exit_code() {
    let tmp = tempfile::tempdir().unwrap();
    let table = tmp.path().join("claims.csv");
    std::fs::write(&table, "#separator:banana\n#columns:id\n").unwrap();
    let cases = [
        ("C.UTF-8", "line 1: unknown separator `banana` (comma, semicolon, tab, space, pipe or colon)"),
        ("ko_KR.UTF-8", "1번째 줄: 알 수 없는 구분자 `banana`"),
        ("mn_MN.UTF-8", "1-р мөр: `banana` гэсэн тусгаарлагч танигдахгүй"),
    ];
    for (lang, said) in cases {
        let out = steppe(&tmp.path().join("data")).env("LANG", lang).arg("import").arg(&table).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{lang}: {stderr}");
        assert!(stderr.contains(said) && stderr.contains("claims.csv"), "{lang}: `{said}` in {stderr}");
    }
    let cases = [
        ("C.UTF-8", "the exam date must be a date such as 2026-06-15, not `soon`"),
        ("ko_KR.UTF-8", "시험일은 2026-06-15 같은 날짜여야 해요(`soon`이(가) 아니라)"),
        ("mn_MN.UTF-8", "шалгалтын огноо 2026-06-15 маягийн огноо байх ёстой, `soon` биш"),
    ];
    for (lang, said) in cases {
        let out = steppe(&tmp.path().join("data"))
            .env("LANG", lang)
            .args(["plan", "create", "--name", "final", "--date", "soon"])
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{lang}: {stderr}");
        assert!(stderr.contains(said), "{lang}: `{said}` in {stderr}");
    }
}

/// A study database that is not one and a file that cannot be written are said in the
/// environment's language, the paths and the system's reason as they are, with exit code 3.
#[test]
fn data_and_write_errors_are_in_korean_and_mongolian_with_the_same_exit_code() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let db = data.join("steppe.sqlite");
    std::fs::write(&db, "not a database").unwrap();
    let cases = [
        ("C.UTF-8", "is not a Steppe study database: it is not a database file at all"),
        ("ko_KR.UTF-8", "데이터베이스 파일이 전혀 아니에요"),
        ("mn_MN.UTF-8", "огт өгөгдлийн сангийн файл биш байна"),
    ];
    for (lang, said) in cases {
        let out = steppe(&data).env("LANG", lang).arg("stats").output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(3), "{lang}: {stderr}");
        assert!(stderr.contains(said), "{lang}: `{said}` in {stderr}");
        assert!(stderr.contains(&db.display().to_string()), "{lang}: the path in {stderr}");
        if lang != "C.UTF-8" {
            assert!(!stderr.contains("Steppe leaves it untouched"), "{lang}: no English left: {stderr}");
        }
    }
    assert_eq!(std::fs::read_to_string(&db).unwrap(), "not a database");

    let fresh = tmp.path().join("fresh");
    let nowhere = tmp.path().join("missing-folder").join("quiz.pdf");
    let cases = [
        ("C.UTF-8", format!("cannot write `{}`: ", nowhere.display())),
        ("ko_KR.UTF-8", format!("`{}`에 쓸 수 없어요: ", nowhere.display())),
        ("mn_MN.UTF-8", format!("`{}`-д бичиж чадсангүй: ", nowhere.display())),
    ];
    for (lang, said) in cases {
        let out = steppe(&fresh).env("LANG", lang).args(["quiz", "--print"]).arg(&nowhere).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(3), "{lang}: {stderr}");
        assert!(stderr.contains(&said), "{lang}: `{said}` in {stderr}");
    }
    assert!(!nowhere.exists());

    let notes = tmp.path().join("notes.txt");
    std::fs::write(&notes, "my notes").unwrap();
    let cases = [
        ("C.UTF-8", "is not a folder; give the deck folder that holds deck.toml"),
        ("ko_KR.UTF-8", "은(는) 폴더가 아니에요. deck.toml이 들어 있는 덱 폴더를 지정하세요"),
        ("mn_MN.UTF-8", "нь хавтас биш байна; deck.toml агуулсан багцын хавтсыг өгнө үү"),
    ];
    for (lang, said) in cases {
        let out = steppe(&fresh).env("LANG", lang).arg("check").arg(&notes).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(3), "{lang}: {stderr}");
        assert!(stderr.contains(&format!("`{}`", notes.display())) && stderr.contains(said), "{lang}: {stderr}");
    }
}

/// clap's own errors (an unknown argument or command, a missing or invalid value) are said in
/// the environment's language, the arguments as typed, with exit code 2.
#[test]
fn usage_errors_are_in_korean_and_mongolian_with_exit_code_2() {
    let tmp = tempfile::tempdir().unwrap();
    // (arguments, what English says, what Korean says, what Mongolian says)
    let cases: [(&[&str], &str, &str, &str); 6] = [
        (
            &["cards", "content", "--kindd", "qa"],
            "unexpected argument '--kindd' found",
            "알 수 없는 인수예요: '--kindd'",
            "'--kindd' гэсэн танигдахгүй аргумент байна",
        ),
        (
            &["chek"],
            "unrecognized subcommand 'chek'",
            "알 수 없는 명령이에요: 'chek'",
            "'chek' гэсэн тушаал танигдахгүй байна",
        ),
        (
            &["cards", "content", "--seed"],
            "a value is required for '--seed <SEED>' but none was supplied",
            "'--seed <SEED>'에 값이 필요한데 주어지지 않았어요",
            "'--seed <SEED>'-д утга шаардлагатай боловч өгөгдсөнгүй",
        ),
        (
            &["export", "--format", "pdf"],
            "invalid value 'pdf' for '--format <FORMAT>'",
            "'--format <FORMAT>'에 쓸 수 없는 값이에요: 'pdf'",
            "'pdf' нь '--format <FORMAT>'-д тохирохгүй утга байна",
        ),
        (
            &["quiz", "--print", "q.pdf", "--questions", "201"],
            "it must be from 1 to 200",
            "(1부터 200까지여야 해요)",
            "1-аас 200 хүртэл байх ёстой",
        ),
        (
            &["quiz"],
            "the following required argument was not provided:",
            "꼭 필요한 인수가 빠졌어요:",
            "дараах заавал өгөх аргумент өгөгдсөнгүй:",
        ),
    ];
    for (args, en, ko, mn) in cases {
        for (lang, said, usage) in [
            ("C.UTF-8", en, "Usage: steppe"),
            ("ko_KR.UTF-8", ko, "사용법: steppe"),
            ("mn_MN.UTF-8", mn, "Хэрэглээ: steppe"),
        ] {
            let out = steppe(tmp.path()).env("LANG", lang).args(args).output().unwrap();
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(2), "{lang} {args:?}: {stderr}");
            assert!(stderr.contains(said), "{lang} {args:?}: `{said}` in {stderr}");
            // clap gives the usage line with an unknown name and a missing argument.
            if args == ["chek"] || args == ["quiz"] || args.contains(&"--kindd") {
                assert!(stderr.contains(usage), "{lang} {args:?}: `{usage}` in {stderr}");
            }
            if lang != "C.UTF-8" {
                for english in
                    ["error:", "unexpected", "invalid value", "Usage:", "For more information", "tip:", "required"]
                {
                    assert!(!stderr.contains(english), "{lang} {args:?}: no English `{english}` in {stderr}");
                }
            }
        }
    }
    // A similar name is suggested in every language.
    let out = steppe(tmp.path()).env("LANG", "ko_KR.UTF-8").arg("chek").output().unwrap();
    assert!(String::from_utf8(out.stderr).unwrap().contains("팁: 비슷한 것: 'check'"));
    // The help and the version are still clap's, with exit code 0.
    steppe(tmp.path()).env("LANG", "mn_MN.UTF-8").arg("--version").assert().success();
}

/// `steppe cards` words a true/false card's options, a timeline's frame and its dates in the
/// environment's language; the deck's words stay as written.
#[test]
fn cards_are_shown_with_true_false_and_dates_in_korean_and_mongolian() {
    let tmp = tempfile::tempdir().unwrap();
    let cards = |lang: &str, args: &[&str]| {
        let out = steppe(tmp.path()).env("LANG", lang).arg("cards").arg("content").args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{lang}");
        String::from_utf8(out.stdout).unwrap()
    };
    let true_false = ["--kind", "true_false", "--claim", "bt-rason-port"];
    let timeline = ["--kind", "timeline", "--claim", "mnk-may-2014-meeting"];
    let cases = [
        ("C.UTF-8", ["- True", "=> False", "21 May 2014", "Put these in order"]),
        ("ko_KR.UTF-8", ["- 참", "=> 거짓", "2014년 5월 21일", "이른 것부터"]),
        ("mn_MN.UTF-8", ["- Үнэн", "=> Худал", "2014 оны 5-р сарын 21", "он дараалалд"]),
    ];
    for (lang, says) in cases {
        let shown = cards(lang, &true_false) + &cards(lang, &timeline);
        for said in says {
            assert!(shown.contains(said), "{lang}: `{said}` in {shown}");
        }
        // The deck's words as written.
        assert!(shown.contains("Mongolia arranges a meeting between Ri Yong-ho"), "{lang}: {shown}");
        if lang != "C.UTF-8" {
            for english in ["True", "False", "May 2014", "Put these"] {
                assert!(!shown.contains(english), "{lang}: no English `{english}` in {shown}");
            }
        }
    }
}
