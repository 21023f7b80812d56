//! The browse view's query language, close to Anki's: words and `"exact phrases"` search the
//! text, `field:value` filters (`tag:energy`, `reading:bt-*`, `kind:cloze`, `is:due`),
//! comparisons (`lapses>2`, `due<7`, `prop:r<0.8`), AND by default, `or`, negation with `-` and
//! parentheses.
//!
//! [`parse`] never panics and reports a bad query with its column and what was expected;
//! [`Query`]'s `Display` is the canonical form, which parses back to the same query.

mod parse;
mod view;

use std::fmt;

use serde::Serialize;
use ts_rs::TS;

use crate::cards::CardKind;
use crate::content::ClaimKind;

pub use parse::parse;
pub use view::{BrowsePage, BrowseRow, BrowseSort, BulkAction, BulkDone, SortColumn};

/// A parsed query.
#[derive(Clone, Debug, PartialEq)]
pub enum Query {
    /// The empty query: every card.
    All,
    /// Words or a phrase in the claim's statement, quote or question, or the card's prompt
    /// (case-insensitive).
    Text(String),
    Filter(Filter),
    Compare(Compare),
    Not(Box<Query>),
    /// Every part matches (two or more parts).
    And(Vec<Query>),
    /// At least one part matches (two or more parts).
    Or(Vec<Query>),
}

/// A `field:value` filter. Tag, reading, claim and card values may hold `*` wildcards and are
/// matched regardless of case.
#[derive(Clone, Debug, PartialEq)]
pub enum Filter {
    Tag(String),
    Reading(String),
    Claim(String),
    Card(String),
    Kind(Kind),
    Is(State),
}

/// A card kind or a claim kind (`kind:cloze`, `kind:date`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Card(CardKind),
    Claim(ClaimKind),
}

/// `is:` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Studied, not suspended, due by the end of today.
    Due,
    New,
    /// Learning or relearning.
    Learning,
    Review,
    Suspended,
    Leech,
    /// The card's claim is one version of a disagreement between sources.
    Disputed,
}

impl State {
    pub const ALL: [State; 7] =
        [State::Due, State::New, State::Learning, State::Review, State::Suspended, State::Leech, State::Disputed];

    pub fn name(self) -> &'static str {
        match self {
            State::Due => "due",
            State::New => "new",
            State::Learning => "learning",
            State::Review => "review",
            State::Suspended => "suspended",
            State::Leech => "leech",
            State::Disputed => "disputed",
        }
    }
}

/// A comparison of a number of the card.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compare {
    pub field: NumField,
    pub op: Op,
    /// A whole number for `due`, `lapses` and `reps`; from 0 to 1 for `r`.
    pub value: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumField {
    /// Days from today to the due date (negative: overdue). New cards have none.
    Due,
    Lapses,
    Reps,
    /// The probability of recalling the card now. New cards have none.
    Recall,
}

impl NumField {
    pub const ALL: [NumField; 4] = [NumField::Due, NumField::Lapses, NumField::Reps, NumField::Recall];

    /// The name after `prop:` (and, but for `r`, on its own).
    pub fn name(self) -> &'static str {
        match self {
            NumField::Due => "due",
            NumField::Lapses => "lapses",
            NumField::Reps => "reps",
            NumField::Recall => "r",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Op {
    pub const ALL: [Op; 6] = [Op::Le, Op::Ge, Op::Ne, Op::Lt, Op::Gt, Op::Eq];

    pub fn symbol(self) -> &'static str {
        match self {
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Eq => "=",
            Op::Ne => "!=",
        }
    }

    pub fn holds(self, left: f64, right: f64) -> bool {
        match self {
            Op::Lt => left < right,
            Op::Le => left <= right,
            Op::Gt => left > right,
            Op::Ge => left >= right,
            Op::Eq => left == right,
            Op::Ne => left != right,
        }
    }
}

/// The names `kind:` takes: card kinds, then claim kinds.
pub fn kind_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = CARD_KINDS.iter().map(|(n, _)| *n).collect();
    names.extend(ClaimKind::ALL.iter().map(|k| claim_kind_name(*k)));
    names
}

pub(crate) const CARD_KINDS: [(&str, CardKind); 8] = [
    ("cloze", CardKind::Cloze),
    ("qa", CardKind::Qa),
    ("multiple_choice", CardKind::MultipleChoice),
    ("true_false", CardKind::TrueFalse),
    ("typed", CardKind::Typed),
    ("timeline", CardKind::Timeline),
    ("sources", CardKind::Sources),
    ("versions", CardKind::Versions),
];

pub(crate) fn claim_kind_name(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Date => "date",
        ClaimKind::Number => "number",
        ClaimKind::Person => "person",
        ClaimKind::Place => "place",
        ClaimKind::Organization => "organization",
        ClaimKind::Event => "event",
        ClaimKind::Relation => "relation",
        ClaimKind::Cause => "cause",
    }
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Card(k) => CARD_KINDS.iter().find(|(_, c)| *c == k).map_or("", |(n, _)| n),
            Kind::Claim(k) => claim_kind_name(k),
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        let name = name.to_lowercase();
        CARD_KINDS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, k)| Kind::Card(*k))
            .or_else(|| ClaimKind::ALL.iter().find(|k| claim_kind_name(**k) == name).map(|k| Kind::Claim(*k)))
    }
}

/// Why a query could not be read: where (1-based column, in characters) and what was expected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[ts(export)]
#[error("column {column}: {problem}")]
pub struct QueryError {
    pub column: u32,
    pub problem: QueryProblem,
}

/// What was wrong; the shells word it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
#[ts(export)]
pub enum QueryProblem {
    /// A search term was expected (after `-`, `or`, `and`, `(` or at the start).
    #[error("expected a search term")]
    ExpectedTerm,
    /// A quoted phrase was not closed.
    #[error("expected a closing quote")]
    UnclosedQuote,
    /// A `(` was not closed.
    #[error("expected `)`")]
    UnclosedParen,
    /// A `)` with no `(` before it.
    #[error("unexpected `)`")]
    UnexpectedParen,
    /// `name:` with a name that is not a field.
    #[error("unknown field `{found}` (expected tag, reading, kind, is, claim, card or prop)")]
    UnknownField { found: String },
    /// A field with nothing after the colon.
    #[error("expected a value after `{field}:`")]
    ExpectedValue { field: String },
    /// `is:` with an unknown state.
    #[error("unknown state `{found}` (expected due, new, learning, review, suspended, leech or disputed)")]
    UnknownState { found: String },
    /// `kind:` with an unknown kind.
    #[error("unknown kind `{found}`")]
    UnknownKind { found: String },
    /// `prop:` not followed by `due`, `lapses`, `reps` or `r` and a comparison.
    #[error("expected a comparison such as `r<0.8` or `lapses>2`")]
    ExpectedComparison,
    /// The number of a comparison is missing, not a number, or out of range.
    #[error("expected {expected} after `{field}`")]
    BadNumber { field: String, expected: NumberKind },
    /// Parentheses nested deeper than anyone types.
    #[error("parentheses nested too deeply")]
    TooDeep,
}

/// The numbers a comparison takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum NumberKind {
    /// A whole number (days, lapses, reps).
    Whole,
    /// A probability from 0 to 1.
    Probability,
}

impl fmt::Display for NumberKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumberKind::Whole => "a whole number",
            NumberKind::Probability => "a number from 0 to 1",
        })
    }
}

// ---- the canonical printer ----

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Query::All => Ok(()),
            Query::Text(text) => write_text(f, text),
            Query::Filter(filter) => {
                let (name, value) = match filter {
                    Filter::Tag(v) => ("tag", v.as_str()),
                    Filter::Reading(v) => ("reading", v.as_str()),
                    Filter::Claim(v) => ("claim", v.as_str()),
                    Filter::Card(v) => ("card", v.as_str()),
                    Filter::Kind(k) => ("kind", k.name()),
                    Filter::Is(s) => ("is", s.name()),
                };
                write!(f, "{name}:")?;
                write_value(f, value)
            }
            Query::Compare(c) => {
                let prefix = if c.field == NumField::Recall { "prop:" } else { "" };
                write!(f, "{prefix}{}{}{}", c.field.name(), c.op.symbol(), c.value)
            }
            Query::Not(inner) => {
                f.write_str("-")?;
                write_grouped(f, inner, matches!(**inner, Query::And(_) | Query::Or(_)))
            }
            Query::And(parts) => write_joined(f, parts, " ", |q| matches!(q, Query::And(_) | Query::Or(_))),
            Query::Or(parts) => write_joined(f, parts, " or ", |q| matches!(q, Query::Or(_))),
        }
    }
}

fn write_joined(
    f: &mut fmt::Formatter<'_>,
    parts: &[Query],
    separator: &str,
    grouped: impl Fn(&Query) -> bool,
) -> fmt::Result {
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            f.write_str(separator)?;
        }
        write_grouped(f, part, grouped(part))?;
    }
    Ok(())
}

fn write_grouped(f: &mut fmt::Formatter<'_>, q: &Query, grouped: bool) -> fmt::Result {
    if grouped { write!(f, "({q})") } else { write!(f, "{q}") }
}

/// Characters that end a bare word or that the parser reads specially inside one.
fn special(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '(' | ')' | '\\')
}

fn write_text(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    let lower = text.to_lowercase();
    let bare = !text.is_empty()
        && !text.starts_with('-')
        && lower != "or"
        && lower != "and"
        && !text.chars().any(|c| special(c) || matches!(c, ':' | '<' | '>' | '=' | '!'));
    if bare { f.write_str(text) } else { write_quoted(f, text) }
}

fn write_value(f: &mut fmt::Formatter<'_>, value: &str) -> fmt::Result {
    if !value.is_empty() && !value.chars().any(special) { f.write_str(value) } else { write_quoted(f, value) }
}

fn write_quoted(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in text.chars() {
        if matches!(c, '"' | '\\') {
            f.write_str("\\")?;
        }
        write!(f, "{c}")?;
    }
    f.write_str("\"")
}

/// Whether `text` matches `pattern`, where `*` in the pattern stands for any run of characters.
/// Both are expected in lower case.
pub fn glob(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else { return rest.is_empty() };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("bt-*", "bt-2015"));
        assert!(glob("*", ""));
        assert!(glob("a*b*c", "aXbYc"));
        assert!(!glob("a*b*c", "aXbY"));
        assert!(glob("energy", "energy"));
        assert!(!glob("energy", "energy2"));
        assert!(!glob("ab*ba", "aba"));
    }
}
