//! A problem found in deck files, with the file, the place in it and a hint.
//! The core only collects problems; the CLI renders them with miette.

use miette::{Diagnostic, NamedSource, SourceSpan};
use std::sync::Arc;

use super::source::SourceFile;

/// One problem in one content file. `line` and `column` are 1-based.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{message}")]
pub struct ContentProblem {
    /// Stable kebab-case name of the rule, e.g. `quote-not-found`.
    pub rule: &'static str,
    pub message: String,
    #[help]
    pub hint: Option<String>,
    pub path: String,
    pub line: usize,
    pub column: usize,
    #[source_code]
    source_code: NamedSource<Arc<String>>,
    #[label("here")]
    span: SourceSpan,
}

impl ContentProblem {
    pub fn new(rule: &'static str, file: &SourceFile, span: std::ops::Range<usize>, message: String) -> Self {
        let start = span.start.min(file.text.len());
        let (line, column) = file.line_and_column(start);
        Self {
            rule,
            message,
            hint: None,
            path: file.shown.clone(),
            line,
            column,
            source_code: NamedSource::new(file.shown.clone(), file.text.clone()),
            span: (start, span.end.min(file.text.len()).saturating_sub(start)).into(),
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Byte offset in the file where the problem is.
    pub fn offset(&self) -> usize {
        self.span.offset()
    }

    /// `path:line:col: message`, the one-line form for logs and the app.
    pub fn one_line(&self) -> String {
        format!("{}:{}:{}: {}", self.path, self.line, self.column, self.message)
    }
}

/// Every problem of a check run, reported together.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("the deck has {} problem{}", problems.len(), if problems.len() == 1 { "" } else { "s" })]
pub struct ContentProblems {
    #[related]
    pub problems: Vec<ContentProblem>,
}

#[cfg(test)]
mod tests {
    use super::SourceFile;

    #[test]
    fn lines_and_columns_are_one_based_and_count_characters() {
        let file = SourceFile::new("f", "ab\nçd\nx");
        assert_eq!(file.line_and_column(5), (2, 2), "ç is one column of two bytes");
        assert_eq!(file.line_and_column(4), (2, 1), "inside ç: the column of its start");
        assert_eq!(file.line_and_column(0), (1, 1));
        assert_eq!(file.line_and_column(7), (3, 1));
        assert_eq!(file.line_and_column(99), (3, 2), "past the end: the end");
    }
}

/// What the card lint found in a valid deck, reported together.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("the deck's cards have {} lint finding{}", findings.len(), if findings.len() == 1 { "" } else { "s" })]
#[diagnostic(help("fix them, or run `steppe check --no-lint` to check validity only"))]
pub struct LintFindings {
    #[related]
    pub findings: Vec<ContentProblem>,
}
