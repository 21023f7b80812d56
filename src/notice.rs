//! What the core says when it refuses a request or a file: a code and its arguments, worded at
//! the edge (`notice-<name>` in `locales/<language>/notices.ftl`): the app with `t()`, the
//! command line with the process's catalogue. The English wording is kept with it for logs,
//! tests and `Display`.

use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use ts_rs::TS;

use crate::content::{EXCERPT_CHARS, ProblemArg, bounded_message, excerpt};
use crate::messages::{FluentValue, Messages};

/// The longest notice, in characters: whatever the input, a notice is a few lines.
const NOTICE_CHARS: usize = 400;

/// Defines [`NoticeCode`] from one table, so that [`NoticeCode::ALL`] and the names cannot miss
/// a code.
macro_rules! notice_codes {
    ($($variant:ident = $name:literal,)*) => {
        /// What the core refused and why, one code per sentence (`notice-<name>` in
        /// `notices.ftl`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, TS)]
        #[ts(export)]
        pub enum NoticeCode {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl NoticeCode {
            /// Every code, in the order of the table.
            pub const ALL: &[NoticeCode] = &[$(NoticeCode::$variant),*];

            /// The kebab-case name, as serialised and in the message ids.
            pub fn name(self) -> &'static str {
                match self {
                    $(NoticeCode::$variant => $name,)*
                }
            }
        }
    };
}

notice_codes! {
    // A .steppe package refused on import.
    PackageTooLarge = "package-too-large",
    NotAZip = "not-a-zip",
    TooManyEntries = "too-many-entries",
    EntryUnreadable = "entry-unreadable",
    EntryNameNotUtf8 = "entry-name-not-utf8",
    EntryOutside = "entry-outside",
    EntryNotDeckFile = "entry-not-deck-file",
    EntryTwice = "entry-twice",
    EntryTooLarge = "entry-too-large",
    EntryRatio = "entry-ratio",
    EntriesTooLarge = "entries-too-large",
    EntryCannotUnpack = "entry-cannot-unpack",
    EntryWrongSize = "entry-wrong-size",
    NoManifest = "no-manifest",
    BadManifest = "bad-manifest",
    WrongFormat = "wrong-format",
    FormatVersion = "format-version",
    EntryNotListed = "entry-not-listed",
    EntryChecksum = "entry-checksum",
    EntryNotUtf8 = "entry-not-utf8",
    ListedMissing = "listed-missing",
    ManifestOtherDeck = "manifest-other-deck",
    FileTooLarge = "file-too-large",
    // A .csv/.tsv table refused on import.
    TableNotUtf8 = "table-not-utf8",
    TableUnknownSeparator = "table-unknown-separator",
    TableHtml = "table-html",
    TableNoColumns = "table-no-columns",
    TableMissingColumn = "table-missing-column",
    TableUnknownColumn = "table-unknown-column",
    TableBadRow = "table-bad-row",
    TableFieldCount = "table-field-count",
    TableFieldTooLong = "table-field-too-long",
    TableEmptyReading = "table-empty-reading",
    TableNotTrueOrFalse = "table-not-true-or-false",
    TableNoDeck = "table-no-deck",
    TableUnknownDeck = "table-unknown-deck",
    // Any imported deck.
    DeckIdNotKebab = "deck-id-not-kebab",
    FieldTooLong = "field-too-long",
    FieldTooLongNamed = "field-too-long-named",
    FieldTooLongUnnamed = "field-too-long-unnamed",
    ClaimFieldTooLong = "claim-field-too-long",
    OlderVersion = "older-version",
    // Something asked for that is not there.
    MissingReading = "missing-reading",
    MissingBackup = "missing-backup",
    MissingQuiz = "missing-quiz",
    MissingQuestion = "missing-question",
    MissingCard = "missing-card",
    MissingClaim = "missing-claim",
    MissingPlan = "missing-plan",
    MissingDeck = "missing-deck",
    MissingDeckFolder = "missing-deck-folder",
    MissingTag = "missing-tag",
    // A request with a value no screen offers.
    QuizLength = "quiz-length",
    PlanBadDate = "plan-bad-date",
    PlanNoName = "plan-no-name",
    PlanTarget = "plan-target",
    PlanMinutes = "plan-minutes",
    PlanDatePast = "plan-date-past",
    PreviewDeckId = "preview-deck-id",
    FolderDeckId = "folder-deck-id",
    BadQuery = "bad-query",
    // A quiz or an optimisation with nothing to work on.
    QuizNoQuestions = "quiz-no-questions",
    QuizNoWeakCards = "quiz-no-weak-cards",
    QuizWeakNeedsStudyData = "quiz-weak-needs-study-data",
    QuestionAnswered = "question-answered",
    TooFewReviews = "too-few-reviews",
    // A deck that cannot be made, changed or deleted so.
    DeckTomlUnwritable = "deck-toml-unwritable",
    BuiltinDeckTomlBad = "builtin-deck-toml-bad",
    NewDeckIdNotKebab = "new-deck-id-not-kebab",
    DeckNeedsTitle = "deck-needs-title",
    DeckExists = "deck-exists",
    BuiltinNotDeletable = "builtin-not-deletable",
    BuiltinReadOnly = "builtin-read-only",
    SelectionNotInReading = "selection-not-in-reading",
    ClaimHasProblems = "claim-has-problems",
    ReadingIdNotKebab = "reading-id-not-kebab",
    ReadingExists = "reading-exists",
    DeckTomlBad = "deck-toml-bad",
    DismissalsUnwritable = "dismissals-unwritable",
    ClaimsFileNotToml = "claims-file-not-toml",
    NoFrontMatter = "no-front-matter",
    FrontMatterBadIn = "front-matter-bad-in",
    FrontMatterBad = "front-matter-bad",
    // A deck from a git repository refused.
    GitUrlScheme = "git-url-scheme",
    GitNoUrl = "git-no-url",
    GitNotARepository = "git-not-a-repository",
    GitNoHead = "git-no-head",
    GitNoCommit = "git-no-commit",
    GitNoReference = "git-no-reference",
    GitFetchedTooLarge = "git-fetched-too-large",
    GitFetchedNoCommit = "git-fetched-no-commit",
    GitNoHttps = "git-no-https",
    GitUnreadable = "git-unreadable",
    GitTooManyFiles = "git-too-many-files",
    GitLinkOut = "git-link-out",
    GitLink = "git-link",
    GitNotAFile = "git-not-a-file",
    GitOddName = "git-odd-name",
    GitNoDeckToml = "git-no-deck-toml",
    GitFileTooLarge = "git-file-too-large",
    GitFilesTooLarge = "git-files-too-large",
    GitNotUtf8 = "git-not-utf8",
    GitBuiltinId = "git-builtin-id",
    GitOtherDeckNow = "git-other-deck-now",
    GitIdTaken = "git-id-taken",
    GitNotFromGit = "git-not-from-git",
    GitMoved = "git-moved",
    GitHoldsOtherDeck = "git-holds-other-deck",
    // The study database or its folder refused.
    DbNotSqlite = "db-not-sqlite",
    DbForeign = "db-foreign",
    DbNewer = "db-newer",
    DbCorrupt = "db-corrupt",
    DataDirUnusable = "data-dir-unusable",
    DataDirIsFile = "data-dir-is-file",
    AlreadyOpen = "already-open",
    AlreadyOpenProcess = "already-open-process",
    AlreadyOpenProgram = "already-open-program",
    OpenedTwice = "opened-twice",
    DataReadOnly = "data-read-only",
    NoBackup = "no-backup",
    BadBackup = "bad-backup",
    NotDamaged = "not-damaged",
    // A file that cannot be written.
    CannotWrite = "cannot-write",
    CannotTrash = "cannot-trash",
    CannotMakePdf = "cannot-make-pdf",
    // A file, a deck folder, a repository or study data that cannot be read or used.
    CannotRead = "cannot-read",
    CannotReadDatabase = "cannot-read-database",
    CannotFetch = "cannot-fetch",
    DeckNotAFolder = "deck-not-a-folder",
    DeckFileNotUtf8 = "deck-file-not-utf8",
    OtherDeck = "other-deck",
    // A sentence not yet given a code of its own: the English text, shown as it is.
    Untranslated = "untranslated",
}

/// A refusal as the interface receives it: its code and arguments (numbers, and texts quoted
/// from the input or from a parser, never translated).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Notice {
    pub code: NoticeCode,
    pub args: BTreeMap<String, ProblemArg>,
    /// The file a refused import is about, when the notice comes with an error (the sentence
    /// says what is wrong in it).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub file: Option<String>,
}

/// The most characters an argument keeps: quoted parts of the input are cut to an excerpt; a
/// parser's error may be longer.
fn arg_chars(name: &str) -> usize {
    match name {
        "error" | "first" | "text" | "detail" => NOTICE_CHARS,
        _ => EXCERPT_CHARS,
    }
}

impl Notice {
    pub fn new(code: NoticeCode, args: impl IntoIterator<Item = (&'static str, ProblemArg)>) -> Self {
        let args = args
            .into_iter()
            .map(|(name, arg)| {
                let arg = match arg {
                    ProblemArg::Text(text) => ProblemArg::Text(excerpt(&text, arg_chars(name)).into_owned()),
                    number => number,
                };
                (name.to_owned(), arg)
            })
            .collect();
        Notice { code, args, file: None }
    }

    /// The notice in `messages`' language.
    pub fn message(&self, messages: &Messages) -> String {
        let values: Vec<(&str, FluentValue)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    ProblemArg::Number(n) => FluentValue::from(*n),
                    ProblemArg::Text(text) => FluentValue::from(text.clone()),
                };
                (name.as_str(), value)
            })
            .collect();
        bounded_message(&messages.get(&format!("notice-{}", self.code.name()), &values), NOTICE_CHARS)
    }
}

/// The notice in English.
impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::messages::english()))
    }
}

/// A sentence in English without a code yet ([`NoticeCode::Untranslated`]), its quoted parts cut
/// to excerpts.
impl From<String> for Notice {
    fn from(text: String) -> Self {
        Notice::new(NoticeCode::Untranslated, [("text", ProblemArg::Text(bounded_message(&text, NOTICE_CHARS)))])
    }
}

impl From<&str> for Notice {
    fn from(text: &str) -> Self {
        Notice::from(text.to_owned())
    }
}

impl From<u64> for ProblemArg {
    fn from(n: u64) -> Self {
        ProblemArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for ProblemArg {
    fn from(n: i64) -> Self {
        ProblemArg::Number(n)
    }
}

impl From<u32> for ProblemArg {
    fn from(n: u32) -> Self {
        ProblemArg::Number(i64::from(n))
    }
}

/// `notice!(EntryTwice, entry = name)`: the notice of that code with its arguments.
#[macro_export]
macro_rules! notice {
    ($code:ident $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::notice::Notice::new(
            $crate::notice::NoticeCode::$code,
            [$((stringify!($name), $crate::content::ProblemArg::from($value))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::messages::{Messages, english};
    use crate::store::{LockHolder, StoreError};

    /// Every refusal of the study database, as the interface receives it.
    fn store_errors() -> Vec<StoreError> {
        let path = PathBuf::from("/home/a/.local/share/steppe/steppe.sqlite");
        let dir = PathBuf::from("/home/a/.local/share/steppe");
        let holder = |program: Option<&str>| Some(LockHolder { pid: 4242, program: program.map(str::to_owned) });
        vec![
            StoreError::NotSqlite { path: path.clone() },
            StoreError::Foreign { path: path.clone() },
            StoreError::Newer { path: path.clone(), found: 12, supported: 9 },
            StoreError::Corrupt { path: path.clone(), detail: "database disk image is malformed".into() },
            StoreError::DataDir { path: dir.clone(), source: std::io::Error::other("Input/output error") },
            StoreError::DataDirIsFile { path: dir.clone() },
            StoreError::AlreadyOpen { dir: dir.clone(), holder: None },
            StoreError::AlreadyOpen { dir: dir.clone(), holder: holder(None) },
            StoreError::AlreadyOpen { dir: dir.clone(), holder: holder(Some("steppe")) },
            StoreError::OpenedTwice { dir: dir.clone() },
            StoreError::ReadOnly { dir: dir.clone() },
            StoreError::NoBackup { dir: dir.clone() },
            StoreError::BadBackup { path: path.clone(), detail: "file is not a database".into() },
            StoreError::NotDamaged { path },
        ]
    }

    /// The English of a store error's notice is its sentence as before, word for word; in Korean
    /// and Mongolian it is another sentence that keeps the path, numbers and quoted texts.
    #[test]
    fn a_store_error_is_worded_from_its_notice_in_english_korean_and_mongolian() {
        for error in store_errors() {
            let notice = error.notice().expect("a notice");
            assert_eq!(notice.message(english()), error.to_string());
            for language in ["ko", "mn"] {
                let worded = notice.message(&Messages::new(language));
                assert_ne!(worded, error.to_string(), "{language}: {worded}");
                assert!(!worded.contains("Steppe leaves") && !worded.contains("nothing was changed"), "{worded}");
                for arg in notice.args.values() {
                    let arg = match arg {
                        crate::content::ProblemArg::Text(text) => text.clone(),
                        crate::content::ProblemArg::Number(n) => n.to_string(),
                    };
                    assert!(worded.contains(&arg), "{language}: `{arg}` in {worded}");
                }
            }
        }
        assert!(StoreError::BadState("x".into()).notice().is_none());
    }

    /// A deck folder, a package, a repository or study data that cannot be read: the English of
    /// the notice is the error's sentence, and Korean and Mongolian have their own.
    #[test]
    fn read_fetch_and_other_deck_errors_are_worded_from_their_notice() {
        use crate::content::ReadDeckError;
        use crate::exchange::ExchangeError;
        let io = || std::io::Error::other("Permission denied");
        let errors = [
            crate::Error::ReadDeck(ReadDeckError::Io { path: "deck/claims/a.toml".into(), source: io() }),
            crate::Error::ReadDeck(ReadDeckError::NotAFolder { path: "notes.txt".into() }),
            crate::Error::Exchange(ExchangeError::ReadDeck(ReadDeckError::NotUtf8 { path: "deck/deck.toml".into() })),
            crate::Error::Exchange(ExchangeError::Write { path: "deck.steppe".into(), source: io() }),
            crate::Error::Exchange(ExchangeError::Read { path: "deck.steppe".into(), source: io() }),
            crate::Error::Exchange(ExchangeError::Database("no such table: cards".into())),
            crate::Error::Exchange(ExchangeError::Fetch {
                url: "https://example.org/deck.git".into(),
                message: "could not resolve host".into(),
            }),
            crate::Error::OtherDeck { dir: "/data/study".into(), holds: "deck-a".into(), opened: "deck-b".into() },
        ];
        for error in errors {
            let notice = error.report().notice.expect("a notice");
            assert_eq!(notice.message(english()), error.to_string());
            for language in ["ko", "mn"] {
                let worded = notice.message(&Messages::new(language));
                assert_ne!(worded, error.to_string(), "{language}: {worded}");
            }
        }
    }

    /// A file that cannot be written is one notice whatever wrote it, with the system's reason.
    #[test]
    fn cannot_write_is_worded_in_english_korean_and_mongolian() {
        let error = crate::Error::Io(crate::notice!(CannotWrite, path = "/tmp/quiz.pdf", error = "Permission denied"));
        assert_eq!(error.to_string(), "cannot write `/tmp/quiz.pdf`: Permission denied");
        let report = error.report();
        assert_eq!(report.code, "io");
        let notice = report.notice.expect("a notice");
        assert_eq!(notice.message(&Messages::new("ko")), "`/tmp/quiz.pdf`에 쓸 수 없어요: Permission denied");
        assert_eq!(notice.message(&Messages::new("mn")), "`/tmp/quiz.pdf`-д бичиж чадсангүй: Permission denied");
    }
}
