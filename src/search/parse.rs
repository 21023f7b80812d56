//! The query parser: a small recursive descent over the characters of the query.

use super::{Compare, Filter, Kind, NumField, NumberKind, Op, Query, QueryError, QueryProblem, State};

/// How deeply parentheses may nest.
const MAX_DEPTH: u32 = 32;

/// Reads a query. The empty query (or only spaces) is [`Query::All`].
pub fn parse(input: &str) -> Result<Query, QueryError> {
    let mut p = Parser { chars: input.chars().collect(), at: 0, depth: 0 };
    p.skip_spaces();
    if p.at_end() {
        return Ok(Query::All);
    }
    let query = p.or_expr()?;
    p.skip_spaces();
    if !p.at_end() {
        // `or_expr` stops only at the end or at a `)`.
        return Err(p.error(p.at, QueryProblem::UnexpectedParen));
    }
    Ok(query)
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    depth: u32,
}

type Parsed<T> = Result<T, QueryError>;

impl Parser {
    fn error(&self, at: usize, problem: QueryProblem) -> QueryError {
        QueryError { column: u32::try_from(at + 1).unwrap_or(u32::MAX), problem }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn at_end(&self) -> bool {
        self.at >= self.chars.len()
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    /// Whether `word` (`or`, `and`) stands here on its own, in any case.
    fn keyword(&self, word: &str) -> bool {
        let n = word.chars().count();
        let Some(here) = self.chars.get(self.at..self.at + n) else { return false };
        let same = here.iter().zip(word.chars()).all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()));
        same && self.chars.get(self.at + n).is_none_or(|c| c.is_whitespace() || matches!(c, '(' | ')' | '"'))
    }

    fn or_expr(&mut self) -> Parsed<Query> {
        let mut parts = vec![self.and_expr()?];
        loop {
            self.skip_spaces();
            if !self.keyword("or") {
                break;
            }
            self.at += 2;
            parts.push(self.and_expr()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Query::Or(parts) })
    }

    fn and_expr(&mut self) -> Parsed<Query> {
        let mut parts = vec![self.unary()?];
        loop {
            self.skip_spaces();
            if self.at_end() || self.peek() == Some(')') || self.keyword("or") {
                break;
            }
            if self.keyword("and") {
                self.at += 3;
            }
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Query::And(parts) })
    }

    /// A term with its `-` signs; two of them cancel out.
    fn unary(&mut self) -> Parsed<Query> {
        self.skip_spaces();
        let mut negated = false;
        while self.peek() == Some('-') {
            self.at += 1;
            negated = !negated;
        }
        let query = self.atom()?;
        Ok(if negated { Query::Not(Box::new(query)) } else { query })
    }

    fn atom(&mut self) -> Parsed<Query> {
        let start = self.at;
        match self.peek() {
            None => Err(self.error(start, QueryProblem::ExpectedTerm)),
            Some(c) if c.is_whitespace() || c == ')' => Err(self.error(start, QueryProblem::ExpectedTerm)),
            Some(_) if self.keyword("or") || self.keyword("and") => Err(self.error(start, QueryProblem::ExpectedTerm)),
            Some('(') => {
                if self.depth >= MAX_DEPTH {
                    return Err(self.error(start, QueryProblem::TooDeep));
                }
                self.depth += 1;
                self.at += 1;
                self.skip_spaces();
                let inner = self.or_expr()?;
                self.skip_spaces();
                if self.peek() != Some(')') {
                    return Err(self.error(start, QueryProblem::UnclosedParen));
                }
                self.at += 1;
                self.depth -= 1;
                Ok(inner)
            }
            Some('"') => {
                let text = self.quoted()?;
                if text.is_empty() {
                    return Err(self.error(start, QueryProblem::ExpectedTerm));
                }
                Ok(Query::Text(text))
            }
            Some(_) => self.word(),
        }
    }

    /// A quoted phrase starting at the current `"`; `\"` and `\\` stand for `"` and `\`.
    fn quoted(&mut self) -> Parsed<String> {
        let start = self.at;
        self.at += 1;
        let mut text = String::new();
        while let Some(c) = self.peek() {
            self.at += 1;
            match c {
                '"' => return Ok(text),
                '\\' if matches!(self.peek(), Some('"' | '\\')) => {
                    text.extend(self.peek());
                    self.at += 1;
                }
                _ => text.push(c),
            }
        }
        Err(self.error(start, QueryProblem::UnclosedQuote))
    }

    /// A bare word: text, `field:value` or a comparison.
    fn word(&mut self) -> Parsed<Query> {
        let start = self.at;
        while self.peek().is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | ')' | '"')) {
            self.at += 1;
        }
        let word: String = self.chars[start..self.at].iter().collect();
        if let Some(colon) = word.find(':') {
            let name = &word[..colon];
            let value_at = start + name.chars().count() + 1;
            let mut value = word[colon + 1..].to_owned();
            if value.is_empty() && self.peek() == Some('"') {
                value = self.quoted()?;
            }
            if value.is_empty() {
                return Err(self.error(value_at, QueryProblem::ExpectedValue { field: name.to_owned() }));
            }
            return self.field(start, name, value, value_at);
        }
        let lower = word.to_lowercase();
        let compares = [NumField::Due, NumField::Lapses, NumField::Reps]
            .iter()
            .any(|f| lower.strip_prefix(f.name()).is_some_and(|rest| rest.starts_with(['<', '>', '=', '!'])));
        if compares {
            return self.compare(&word, start).map(Query::Compare);
        }
        Ok(Query::Text(word))
    }

    fn field(&self, start: usize, name: &str, value: String, value_at: usize) -> Parsed<Query> {
        let filter = match name.to_lowercase().as_str() {
            "tag" => Filter::Tag(value),
            "reading" => Filter::Reading(value),
            "claim" => Filter::Claim(value),
            "card" => Filter::Card(value),
            "kind" => match Kind::parse(&value) {
                Some(kind) => Filter::Kind(kind),
                None => return Err(self.error(value_at, QueryProblem::UnknownKind { found: value })),
            },
            "is" => {
                let lower = value.to_lowercase();
                match State::ALL.into_iter().find(|s| s.name() == lower) {
                    Some(state) => Filter::Is(state),
                    None => return Err(self.error(value_at, QueryProblem::UnknownState { found: value })),
                }
            }
            "prop" => return self.compare(&value, value_at).map(Query::Compare),
            _ => return Err(self.error(start, QueryProblem::UnknownField { found: name.to_owned() })),
        };
        Ok(Query::Filter(filter))
    }

    /// `name op number`, where `text` starts at column `at`.
    fn compare(&self, text: &str, at: usize) -> Parsed<Compare> {
        let name_len = text.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(text.len());
        let name = text[..name_len].to_lowercase();
        let Some(field) = NumField::ALL.into_iter().find(|f| f.name() == name) else {
            return Err(self.error(at, QueryProblem::ExpectedComparison));
        };
        let rest = &text[name_len..];
        let Some(op) = Op::ALL.into_iter().find(|op| rest.starts_with(op.symbol())) else {
            return Err(self.error(at + name_len, QueryProblem::ExpectedComparison));
        };
        let number = &rest[op.symbol().len()..];
        let number_at = at + name_len + op.symbol().len();
        let expected = if field == NumField::Recall { NumberKind::Probability } else { NumberKind::Whole };
        let bad = || self.error(number_at, QueryProblem::BadNumber { field: field.name().to_owned(), expected });
        // Only plain decimals: no `inf`, `NaN` or exponents.
        if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+')) {
            return Err(bad());
        }
        let value: f64 = number.parse().map_err(|_| bad())?;
        let fits = match expected {
            NumberKind::Probability => (0.0..=1.0).contains(&value),
            NumberKind::Whole => value.fract() == 0.0 && value.abs() <= 1e9,
        };
        if !value.is_finite() || !fits {
            return Err(bad());
        }
        Ok(Compare { field, op, value })
    }
}
