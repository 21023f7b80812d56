//! The crate's error: one variant per area, each with a stable code the app can branch on.

use serde::Serialize;
use ts_rs::TS;

use crate::content::{ContentProblem, ContentProblems, ProblemReport, ReadDeckError};
use crate::exchange::ExchangeError;
use crate::notice::Notice;
use crate::schedule::ScheduleError;
use crate::settings::SettingProblem;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Content(#[from] ContentProblems),
    #[error(transparent)]
    ReadDeck(#[from] ReadDeckError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Schedule(#[from] ScheduleError),
    #[error(transparent)]
    Exchange(#[from] ExchangeError),
    #[error("{0}")]
    NotFound(Notice),
    #[error("{0}")]
    InvalidSetting(String),
    /// Settings with values out of range, each with its code for the interface.
    #[error("{}", .0.iter().map(|p| p.message(crate::messages::english())).collect::<Vec<_>>().join("; "))]
    OutOfRange(Vec<SettingProblem>),
    #[error("{0}")]
    NotEnoughReviews(Notice),
    #[error("{0}")]
    EmptyQuiz(Notice),
    #[error("{0}")]
    AlreadyAnswered(Notice),
    #[error("{0}")]
    InvalidDeck(Notice),
    /// A file that cannot be written (or made).
    #[error("{0}")]
    Io(Notice),
    /// A request with a value no screen offers (a quiz of a million questions, say).
    #[error("{0}")]
    InvalidInput(Notice),
    /// A study folder opened with a deck other than the one its progress belongs to: opening it
    /// would archive every card of its own deck.
    #[error(
        "the study data in `{dir}` belongs to deck `{holds}`, not to `{opened}`; open it with deck `{holds}` (steppe … --deck {holds})"
    )]
    OtherDeck { dir: String, holds: String, opened: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Every code an [`ErrorReport`] may carry: [`Error::code`]'s, the workspace's own (`closed`,
/// `nothing_to_recover`) and the UI's for failures outside the core (`ipc`, `unknown`).
pub const ERROR_CODES: [&str; 27] = [
    "invalid_content",
    "not_a_steppe_database",
    "db_newer_than_app",
    "db_corrupt",
    "data_dir_unusable",
    "already_open",
    "opened_twice",
    "read_only",
    "no_backup",
    "disk_full",
    "storage",
    "scheduler",
    "refused_import",
    "exchange",
    "not_found",
    "invalid_setting",
    "not_enough_reviews",
    "empty_quiz",
    "already_answered",
    "invalid_deck",
    "io",
    "invalid_input",
    "other_deck",
    "closed",
    "nothing_to_recover",
    "ipc",
    "unknown",
];

/// An error as the app receives it: a stable snake_case code and a sentence for people.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ErrorReport {
    /// One of [`ERROR_CODES`], so the UI can branch on it.
    #[ts(
        type = "'invalid_content' | 'not_a_steppe_database' | 'db_newer_than_app' | 'db_corrupt' | 'data_dir_unusable' | 'already_open' | 'opened_twice' | 'read_only' | 'no_backup' | 'disk_full' | 'storage' | 'scheduler' | 'refused_import' | 'exchange' | 'not_found' | 'invalid_setting' | 'not_enough_reviews' | 'empty_quiz' | 'already_answered' | 'invalid_deck' | 'io' | 'invalid_input' | 'other_deck' | 'closed' | 'nothing_to_recover' | 'ipc' | 'unknown'"
    )]
    pub code: String,
    pub message: String,
    /// The deck's problems behind an `invalid_content` or `refused_import` error, for the
    /// interface to word in its language (`message` holds them in English).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub problems: Option<Vec<ProblemReport>>,
    /// The settings out of range behind an `invalid_setting` error, likewise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub settings: Option<Vec<SettingProblem>>,
    /// What was refused and why, behind a `not_found`, `invalid_input`, `invalid_deck`,
    /// `not_enough_reviews`, `empty_quiz`, `already_answered`, `io`, `refused_import`,
    /// `exchange`, `other_deck` or a study database's error, likewise (with the file, for a
    /// refused import).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub notice: Option<Box<Notice>>,
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Content(_) | Error::ReadDeck(_) => "invalid_content",
            Error::Store(StoreError::NotSqlite { .. } | StoreError::Foreign { .. }) => "not_a_steppe_database",
            Error::Store(StoreError::Newer { .. }) => "db_newer_than_app",
            Error::Store(StoreError::Corrupt { .. }) => "db_corrupt",
            Error::Store(StoreError::DataDir { .. } | StoreError::DataDirIsFile { .. }) => "data_dir_unusable",
            Error::Store(StoreError::AlreadyOpen { .. }) => "already_open",
            Error::Store(StoreError::OpenedTwice { .. }) => "opened_twice",
            Error::Store(StoreError::ReadOnly { .. }) => "read_only",
            Error::Store(StoreError::NoBackup { .. }) => "no_backup",
            Error::Store(StoreError::Sqlite(e)) => match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DiskFull) => "disk_full",
                Some(rusqlite::ErrorCode::ReadOnly) => "read_only",
                _ => "storage",
            },
            Error::Store(_) => "storage",
            Error::Schedule(_) => "scheduler",
            Error::Exchange(ExchangeError::Refused { .. } | ExchangeError::InvalidDeck { .. }) => "refused_import",
            Error::Exchange(_) => "exchange",
            Error::NotFound(_) => "not_found",
            Error::InvalidSetting(_) | Error::OutOfRange(_) => "invalid_setting",
            Error::NotEnoughReviews(_) => "not_enough_reviews",
            Error::EmptyQuiz(_) => "empty_quiz",
            Error::AlreadyAnswered(_) => "already_answered",
            Error::InvalidDeck(_) => "invalid_deck",
            Error::Io(_) => "io",
            Error::InvalidInput(_) => "invalid_input",
            Error::OtherDeck { .. } => "other_deck",
        }
    }

    pub fn report(&self) -> ErrorReport {
        let message = match self {
            Error::Content(problems) => {
                let lines: Vec<String> = problems.problems.iter().map(|p| p.one_line()).collect();
                format!("{}:\n{}", problems, lines.join("\n"))
            }
            other => match other.code() {
                "disk_full" => "The disk is full, so this was not saved; everything saved before it is intact. \
                                Free some space, then try again."
                    .to_owned(),
                "read_only" if matches!(other, Error::Store(StoreError::Sqlite(_))) => {
                    "The study database is read-only, so this was not saved; everything saved before it is intact."
                        .to_owned()
                }
                _ => other.to_string(),
            },
        };
        let problems = match self {
            Error::Content(problems) | Error::Exchange(ExchangeError::InvalidDeck { problems, .. }) => {
                Some(problems.problems.iter().map(ContentProblem::report).collect())
            }
            _ => None,
        };
        let settings = match self {
            Error::OutOfRange(settings) => Some(settings.clone()),
            _ => None,
        };
        let notice = match self {
            Error::NotFound(notice)
            | Error::InvalidInput(notice)
            | Error::InvalidDeck(notice)
            | Error::NotEnoughReviews(notice)
            | Error::EmptyQuiz(notice)
            | Error::AlreadyAnswered(notice)
            | Error::Io(notice) => Some(Box::new(notice.clone())),
            Error::Store(store) => store.notice().map(Box::new),
            Error::ReadDeck(read) | Error::Exchange(ExchangeError::ReadDeck(read)) => Some(Box::new(read_notice(read))),
            Error::Exchange(ExchangeError::Write { path, source }) => {
                Some(Box::new(crate::notice!(CannotWrite, path = path.as_str(), error = source.to_string())))
            }
            Error::Exchange(ExchangeError::Read { path, source }) => {
                Some(Box::new(crate::notice!(CannotRead, path = path.as_str(), error = source.to_string())))
            }
            Error::Exchange(ExchangeError::Database(error)) => {
                Some(Box::new(crate::notice!(CannotReadDatabase, error = error.as_str())))
            }
            Error::Exchange(ExchangeError::Fetch { url, message }) => {
                Some(Box::new(crate::notice!(CannotFetch, url = url.as_str(), error = message.as_str())))
            }
            Error::OtherDeck { dir, holds, opened } => Some(Box::new(crate::notice!(
                OtherDeck,
                dir = dir.as_str(),
                holds = holds.as_str(),
                opened = opened.as_str()
            ))),
            Error::Exchange(ExchangeError::Refused { file, notice }) => {
                Some(Box::new(Notice { file: Some(file.clone()), ..notice.clone() }))
            }
            _ => None,
        };
        ErrorReport { code: self.code().to_owned(), message, problems, settings, notice }
    }
}

/// A deck folder that cannot be read, as a notice (its English is the error's sentence).
fn read_notice(error: &ReadDeckError) -> Notice {
    match error {
        ReadDeckError::Io { path, source } => {
            crate::notice!(CannotRead, path = path.as_str(), error = source.to_string())
        }
        ReadDeckError::NotAFolder { path } => crate::notice!(DeckNotAFolder, path = path.as_str()),
        ReadDeckError::NotUtf8 { path } => crate::notice!(DeckFileNotUtf8, path = path.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typescript_union_names_every_code_and_only_those() {
        let declared = ErrorReport::decl(&ts_rs::Config::default());
        let union: Vec<&str> = declared
            .split("code: ")
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .expect("a code field")
            .split(" | ")
            .map(|c| c.trim().trim_matches('\''))
            .collect();
        assert_eq!(union, ERROR_CODES, "{declared}");
        let errors = [
            Error::NotFound(crate::notice!(MissingCard, id = "x")),
            Error::InvalidSetting("x".into()),
            Error::NotEnoughReviews("x".into()),
            Error::EmptyQuiz("x".into()),
            Error::AlreadyAnswered("x".into()),
            Error::InvalidDeck(crate::notice!(DeckNeedsTitle)),
            Error::Io(crate::notice!(CannotWrite, path = "x", error = "y")),
            Error::InvalidInput(crate::notice!(PlanNoName)),
            Error::OtherDeck { dir: "d".into(), holds: "a".into(), opened: "b".into() },
        ];
        for error in errors {
            assert!(ERROR_CODES.contains(&error.code()), "{}", error.code());
        }
    }
}
