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
        "error" | "first" | "text" => NOTICE_CHARS,
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
