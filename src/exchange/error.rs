//! What can go wrong taking a deck in or out, each saying which file, entry or line.

use crate::content::{ContentProblems, ReadDeckError};
use crate::notice::Notice;

#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    /// The file is not a package or a table Steppe can read, or breaks one of its limits.
    #[error("`{file}`: {notice}")]
    Refused { file: String, notice: Notice },
    /// The files were read but the deck in them does not pass `steppe check`.
    #[error("`{file}` holds a deck with problems: {problems}")]
    InvalidDeck { file: String, problems: ContentProblems },
    #[error(transparent)]
    ReadDeck(#[from] ReadDeckError),
    #[error("cannot write `{path}`: {source}")]
    Write { path: String, source: std::io::Error },
    #[error("cannot read `{path}`: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("cannot read the study database: {0}")]
    Database(String),
    /// A repository could not be reached or fetched (offline, moved, a disk not plugged in);
    /// nothing was changed.
    #[error("cannot fetch `{url}`: {message}")]
    Fetch { url: String, message: String },
}

impl ExchangeError {
    /// A refusal; its sentence is a few lines, quoting at most an excerpt of the input.
    pub(crate) fn refused(file: &str, notice: impl Into<Notice>) -> Self {
        ExchangeError::Refused { file: file.to_owned(), notice: notice.into() }
    }

    pub(crate) fn write(path: &std::path::Path, source: std::io::Error) -> Self {
        ExchangeError::Write { path: path.display().to_string(), source }
    }
}
