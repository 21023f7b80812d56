//! A problem found in deck files, with the file, the place in it and a hint.
//! The core only collects problems; the CLI renders them with miette.

use miette::{Diagnostic, MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use ts_rs::TS;

use super::source::SourceFile;
use crate::messages::{FluentValue, Messages};

/// The most characters of the input a message quotes between backticks or quote marks.
pub const EXCERPT_CHARS: usize = 80;
/// The longest message, and the longest hint, in characters: whatever the input, a problem is a
/// few lines.
const MESSAGE_CHARS: usize = 400;
const HINT_CHARS: usize = 700;
/// The longest line of a file shown under a problem; a longer one is shown around the problem.
const SHOWN_LINE_CHARS: usize = 160;

/// `text` cut to at most `max` characters, an ellipsis marking the cut.
pub fn excerpt(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some(_) => {
            let keep = text.char_indices().nth(max.saturating_sub(1)).map_or(text.len(), |(at, _)| at);
            Cow::Owned(format!("{}…", &text[..keep]))
        }
    }
}

/// `message` with every part quoted between backticks or double quotes cut to an excerpt, and
/// the whole cut to `max` characters: a message never repeats a long field of the input.
pub fn bounded_message(message: &str, max: usize) -> String {
    let mut out = String::with_capacity(message.len().min(max * 4));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let mark = &rest[open..open + 1];
        out.push_str(&rest[..open + 1]);
        rest = &rest[open + 1..];
        let Some(close) = rest.find(mark) else { break };
        out.push_str(&excerpt(&rest[..close], EXCERPT_CHARS));
        out.push_str(mark);
        rest = &rest[close + 1..];
        if out.len() > max * 4 {
            break;
        }
    }
    out.push_str(rest);
    excerpt(&out, max).into_owned()
}

/// Defines [`ProblemCode`] from one table, so that [`ProblemCode::ALL`] and the names cannot
/// miss a code.
macro_rules! problem_codes {
    ($($variant:ident = $name:literal,)*) => {
        /// What a problem in deck files is, one code per sentence: the interface words it in its
        /// language (`problem-<name>` and `problem-<name>-hint` in `locales/<language>/validator.ftl`)
        /// with the problem's arguments.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[ts(export)]
        pub enum ProblemCode {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl ProblemCode {
            /// Every code, in the order of the table.
            pub const ALL: &[ProblemCode] = &[$(ProblemCode::$variant),*];

            /// The kebab-case name, as serialised and in the message ids.
            pub fn name(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $name,)*
                }
            }
        }
    };
}

problem_codes! {
    DeckFileMissing = "deck-file-missing",
    DeckFileBad = "deck-file-bad",
    ReadingIdTwice = "reading-id-twice",
    UnknownReading = "unknown-reading",
    ClaimIdNotKebab = "claim-id-not-kebab",
    ClaimIdTwice = "claim-id-twice",
    UnknownKind = "unknown-kind",
    AnswerNotInText = "answer-not-in-text",
    BadDate = "bad-date",
    RoleNotKebab = "role-not-kebab",
    EmptyField = "empty-field",
    ControlCharacter = "control-character",
    AmbiguousQuote = "ambiguous-quote",
    QuoteNotFound = "quote-not-found",
    DanglingConflict = "dangling-conflict",
    OneSidedConflict = "one-sided-conflict",
    DeckListsUnknownReading = "deck-lists-unknown-reading",
    ReadingNotInDeck = "reading-not-in-deck",
    ReadingWithoutClaims = "reading-without-claims",
    DistractorIsAnswer = "distractor-is-answer",
    DistractorIsVersion = "distractor-is-version",
    FalseStatementIsClaim = "false-statement-is-claim",
    DisputesFileBad = "disputes-file-bad",
    DisputeIdNotKebab = "dispute-id-not-kebab",
    DisputeIdTwice = "dispute-id-twice",
    DisputeEmptyQuestion = "dispute-empty-question",
    DisputeTooFewVersions = "dispute-too-few-versions",
    VersionSaysNothing = "version-says-nothing",
    VersionWithoutClaims = "version-without-claims",
    DisputeUnknownClaim = "dispute-unknown-claim",
    ClaimInTwoDisputes = "claim-in-two-disputes",
    VersionMixesReadings = "version-mixes-readings",
    VersionsSameReading = "versions-same-reading",
    InternalManyReadings = "internal-many-readings",
    NoFrontMatter = "no-front-matter",
    FrontMatterNotClosed = "front-matter-not-closed",
    FrontMatterBad = "front-matter-bad",
    ClaimsFileBad = "claims-file-bad",
    DoubledWord = "doubled-word",
    QuestionNamesAnswer = "question-names-answer",
    TextGivesAnswerAway = "text-gives-answer-away",
    FunctionWordGap = "function-word-gap",
    DatedEvent = "dated-event",
    NeedsContext = "needs-context",
    FalseStatementIsOwnText = "false-statement-is-own-text",
    UnattributedVersion = "unattributed-version",
    DuplicateText = "duplicate-text",
    RepeatedFact = "repeated-fact",
    LengthCue = "length-cue",
}

/// One argument of a problem's message: a number (Fluent chooses plural forms by it) or a text
/// quoted from the deck, never translated.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(untagged)]
#[ts(export)]
pub enum ProblemArg {
    Number(i64),
    Text(String),
}

impl From<usize> for ProblemArg {
    fn from(n: usize) -> Self {
        ProblemArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<&str> for ProblemArg {
    fn from(text: &str) -> Self {
        ProblemArg::Text(text.to_owned())
    }
}

impl From<String> for ProblemArg {
    fn from(text: String) -> Self {
        ProblemArg::Text(text)
    }
}

/// The most characters an argument keeps: quoted parts of the input are cut to an excerpt as
/// the message would cut them; the parser's error, lists and the nearest passage may be longer.
fn arg_chars(name: &str) -> usize {
    match name {
        "error" | "kinds" | "claims" | "source" => MESSAGE_CHARS,
        "near" => HINT_CHARS,
        _ => EXCERPT_CHARS,
    }
}

/// The message and the hint of a problem in `messages`' language.
fn worded(messages: &Messages, code: ProblemCode, args: &[(&'static str, ProblemArg)]) -> (String, String) {
    let values: Vec<(&str, FluentValue)> = args
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                ProblemArg::Number(n) => FluentValue::from(*n),
                ProblemArg::Text(text) => FluentValue::from(text.clone()),
            };
            (*name, value)
        })
        .collect();
    let message = messages.get(&format!("problem-{}", code.name()), &values);
    let hint = messages.get(&format!("problem-{}-hint", code.name()), &values);
    (bounded_message(&message, MESSAGE_CHARS), excerpt(&hint, HINT_CHARS).into_owned())
}

/// A problem of a deck as the interface receives it with an error: where it is, its code and
/// arguments, for the interface to word in its language.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProblemReport {
    /// `path:line:col`.
    pub location: String,
    pub code: ProblemCode,
    pub args: BTreeMap<String, ProblemArg>,
}

/// One problem in one content file. `line` and `column` are 1-based.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{message}")]
pub struct ContentProblem {
    /// Stable kebab-case name of the rule, e.g. `quote-not-found`.
    pub rule: &'static str,
    /// What the problem is, for the interface to word in its language.
    pub code: ProblemCode,
    /// The arguments of the code's message, by name: ids, counts and parts of the input (cut to
    /// excerpts).
    pub args: Vec<(&'static str, ProblemArg)>,
    /// The message in English (see [`ContentProblem::translate`]).
    pub message: String,
    #[help]
    pub hint: Option<String>,
    pub path: String,
    pub line: usize,
    pub column: usize,
    #[source_code]
    source_code: Snippet,
    #[label("{label}")]
    span: SourceSpan,
    /// The word marking the place in the lines shown.
    label: String,
    /// Byte offset in the file where the problem is.
    offset: usize,
}

impl ContentProblem {
    /// The problem `code` with its `args` at `span` of `file`, worded in English.
    pub fn new(
        rule: &'static str,
        file: &SourceFile,
        span: std::ops::Range<usize>,
        code: ProblemCode,
        args: Vec<(&'static str, ProblemArg)>,
    ) -> Self {
        let start = span.start.min(file.text.len());
        let end = span.end.min(file.text.len()).max(start);
        let (line, column) = file.line_and_column(start);
        let (source_code, span) = Snippet::around(file, start..end, line);
        let args: Vec<(&'static str, ProblemArg)> = args
            .into_iter()
            .map(|(name, arg)| match arg {
                ProblemArg::Text(text) => (name, ProblemArg::Text(excerpt(&text, arg_chars(name)).into_owned())),
                number => (name, number),
            })
            .collect();
        let (message, hint) = worded(crate::messages::english(), code, &args);
        Self {
            rule,
            code,
            args,
            message,
            hint: Some(hint),
            path: file.shown.clone(),
            line,
            column,
            source_code,
            span,
            label: "here".to_owned(),
            offset: start,
        }
    }

    /// The message and the hint worded in `messages`' language instead (the command line's),
    /// the place marked with `label`.
    pub fn translate(&mut self, messages: &Messages, label: String) {
        let (message, hint) = worded(messages, self.code, &self.args);
        self.message = message;
        self.hint = Some(hint);
        self.label = label;
    }

    /// Where the problem is and what, for the interface.
    pub fn report(&self) -> ProblemReport {
        ProblemReport {
            location: format!("{}:{}:{}", self.path, self.line, self.column),
            code: self.code,
            args: self.args_map(),
        }
    }

    /// The arguments by name, as the interface formats them.
    pub fn args_map(&self) -> BTreeMap<String, ProblemArg> {
        self.args.iter().map(|(name, arg)| ((*name).to_owned(), arg.clone())).collect()
    }

    /// Byte offset in the file where the problem is.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// `path:line:col: message`, the one-line form for logs and the app.
    pub fn one_line(&self) -> String {
        format!("{}:{}:{}: {}", self.path, self.line, self.column, self.message)
    }
}

/// The lines of a file around a problem, as shown under it: a few lines before and after, each
/// cut to [`SHOWN_LINE_CHARS`] around the problem, so that a problem on a line of megabytes shows
/// a line of the screen. Line numbers are the file's.
#[derive(Debug)]
struct Snippet {
    name: String,
    text: String,
    /// The file's 0-based line number of the snippet's first line.
    first_line: usize,
    /// For each line of the snippet, the bytes of the file's line cut from its start (less the
    /// ellipsis shown instead), so that columns are the file's.
    cut: Vec<usize>,
}

impl Snippet {
    /// Lines shown before and after the problem's.
    const CONTEXT: usize = 2;
    /// Lines of a problem spanning many.
    const SPAN_LINES: usize = 6;

    /// The snippet around `span` of `file`, which starts on the 1-based `line`, and the span in
    /// the snippet.
    fn around(file: &SourceFile, span: std::ops::Range<usize>, line: usize) -> (Self, SourceSpan) {
        let text = file.text.as_str();
        let starts = file.line_starts.get().expect("made by line_and_column");
        let line_range = |n: usize| starts[n]..starts.get(n + 1).map_or(text.len(), |&next| next - 1);
        let span_line = line - 1;
        let first_line = span_line.saturating_sub(Self::CONTEXT);
        let last_span_line = starts.partition_point(|&at| at <= span.end.saturating_sub(1).max(span.start)) - 1;
        let last_line = (last_span_line.min(span_line + Self::SPAN_LINES) + Self::CONTEXT).min(starts.len() - 1);
        let (mut shown, mut cut) = (String::new(), Vec::new());
        let (mut span_start, mut span_end) = (None, None);
        for n in first_line..=last_line {
            let range = line_range(n);
            let whole = &text[range.clone()];
            // The window of the line shown: around the span's start on its line, else its start.
            let from = if n == span_line {
                let before = text[range.start..span.start].chars().count();
                let skip = before.saturating_sub(SHOWN_LINE_CHARS / 4);
                whole.char_indices().nth(skip).map_or(whole.len(), |(at, _)| at)
            } else {
                0
            };
            let to = whole[from..].char_indices().nth(SHOWN_LINE_CHARS).map_or(whole.len(), |(at, _)| from + at);
            let line_start = shown.len();
            if from > 0 {
                shown.push('…');
            }
            let window_start = shown.len();
            shown.push_str(&whole[from..to]);
            if to < whole.len() {
                shown.push('…');
            }
            // Columns as the report counts them, in bytes; the ellipsis stands for part of the cut.
            cut.push(from.saturating_sub(if from > 0 { '…'.len_utf8() } else { 0 }));
            // Where the file's offsets `at` fall in the snippet, if they are in the window.
            let map = |at: usize| {
                (range.start + from..=range.start + to).contains(&at).then(|| window_start + at - range.start - from)
            };
            if span_start.is_none() && n >= span_line {
                span_start = map(span.start).or(Some(line_start));
            }
            if n <= last_span_line {
                span_end = map(span.end).or(Some(shown.len()));
            }
            shown.push('\n');
        }
        let start = span_start.unwrap_or(0);
        let end = span_end.unwrap_or(start).max(start);
        let snippet = Self { name: file.shown.clone(), text: shown, first_line, cut };
        (snippet, (start, end - start).into())
    }
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, context_lines_before, context_lines_after)?;
        let cut = self.cut.get(inner.line()).copied().unwrap_or(0);
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            self.first_line + inner.line(),
            inner.column() + cut,
            inner.line_count(),
        )))
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

    #[test]
    fn an_excerpt_is_cut_with_an_ellipsis_and_a_message_quotes_only_excerpts() {
        assert_eq!(super::excerpt("short", 80), "short");
        assert_eq!(super::excerpt("ééééé", 3), "éé…");
        let long = "x".repeat(5_000);
        let message = super::bounded_message(&format!("answer `{long}` is not part of \"{long}\" and `ok`"), 400);
        assert_eq!(message, format!("answer `{}…` is not part of \"{}…\" and `ok`", "x".repeat(79), "x".repeat(79)));
        assert_eq!(super::bounded_message(&"y".repeat(1_000), 400).chars().count(), 400);
    }

    /// A problem deep inside a line of 300,000 characters is shown on a line of the screen, with
    /// the file's line and column, and its lines around it.
    #[test]
    fn a_problem_on_a_huge_line_shows_an_excerpt_of_it_at_the_files_line_and_column() {
        use miette::{GraphicalReportHandler, GraphicalTheme};
        let long = "a".repeat(150_000) + "NEEDLE" + &"b".repeat(150_000);
        let file = SourceFile::new("claims/x.toml", format!("one\ntwo\nthree = \"{long}\"\nfour\n"));
        let start = file.text.find("NEEDLE").unwrap();
        let problem = super::ContentProblem::new(
            "rule",
            &file,
            start..start + 6,
            super::ProblemCode::BadDate,
            vec![("date", long.into())],
        );
        assert_eq!((problem.line, problem.column, problem.offset()), (3, 150_010, start));
        let mut shown = String::new();
        GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
            .render_report(&mut shown, &problem)
            .unwrap();
        assert!(shown.len() < 2_000, "{shown}");
        assert!(shown.contains("[claims/x.toml:3:150010]"), "{shown}");
        assert!(shown.contains(&format!("…{}NEEDLE{}…", "a".repeat(40), "b".repeat(114))), "{shown}");
        for line in [" 2 │ two", " 4 │ four"] {
            assert!(shown.contains(line), "{line}: {shown}");
        }
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
