//! Coverage of a reading by its claims: its sentences, the ones no quote touches, and candidate
//! claims proposed from uncovered sentences that carry a date, a number or a proper name.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::{BlockKind, ClaimKind, Reading};

/// A sentence of a reading: the block it is in and its byte range in the block's plain text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Sentence {
    pub block: u32,
    pub start: u32,
    pub end: u32,
    pub text: String,
}

/// A claim the coverage view suggests for an uncovered sentence.
#[derive(Clone, Debug, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Candidate {
    pub sentence: Sentence,
    pub kind: ClaimKind,
    /// The words of the sentence that look like the answer.
    pub answer: String,
    /// `YYYY` or `YYYY-MM` when the sentence names one.
    pub date: Option<String>,
    pub reason: CandidateReason,
}

/// Why a sentence was proposed as a claim; the interface words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CandidateReason {
    NamesDate,
    NamesYear,
    HasNumber,
    /// A name of a person, a place or an organisation.
    NamesSomeone,
}

use crate::cards::timeline::MONTHS;

const ABBREVIATIONS: [&str; 14] =
    ["Mr", "Mrs", "Ms", "Dr", "St", "No", "vs", "etc", "e.g", "i.e", "U.S", "U.N", "Jr", "Prof"];

/// The sentences of the reading's paragraphs, quotes and list items (not headings or footnotes).
pub fn sentences(reading: &Reading) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (index, block) in reading.blocks.iter().enumerate() {
        if matches!(block.kind, BlockKind::Heading { .. } | BlockKind::Footnote { .. }) {
            continue;
        }
        let text = block.plain_text();
        for (start, end) in split_sentences(&text) {
            out.push(Sentence {
                block: index as u32,
                start: start as u32,
                end: end as u32,
                text: text[start..end].into(),
            });
        }
    }
    out
}

/// Byte ranges of the sentences of one paragraph, trimmed of surrounding spaces.
fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Closing quotes and brackets belong to the sentence they end.
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']') {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
        let next_starts_sentence = match (chars.get(j), chars.get(j + 1)) {
            (None, _) => true,
            (Some(&(_, space)), Some(&(_, next))) if space.is_whitespace() => {
                next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '\u{201C}' | '(')
            }
            _ => false,
        };
        if c == '.' && is_abbreviation(&text[start..at]) {
            continue;
        }
        if next_starts_sentence {
            push_trimmed(text, start, end, &mut ranges);
            start = end;
        }
    }
    push_trimmed(text, start, text.len(), &mut ranges);
    ranges
}

fn is_abbreviation(before_dot: &str) -> bool {
    let word = before_dot.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    ABBREVIATIONS.contains(&word) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// A candidate claim for a sentence, or `None` when it has no date, number or proper name.
pub fn propose(sentence: &Sentence) -> Option<Candidate> {
    let words: Vec<&str> = sentence.text.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%').to_owned();
    let year = |w: &str| {
        let b = bare(w);
        (b.len() == 4 && b.chars().all(|c| c.is_ascii_digit()) && (b.starts_with("19") || b.starts_with("20")))
            .then_some(b)
    };
    // A month followed (within two words) by a year, else a bare year.
    for (i, w) in words.iter().enumerate() {
        if let Some(month) = MONTHS.iter().position(|m| bare(w) == *m) {
            for (k, next) in words.iter().enumerate().skip(i + 1).take(2) {
                if let Some(y) = year(next) {
                    let answer = words[i..=k].iter().map(|w| bare(w)).collect::<Vec<_>>().join(" ");
                    let date = format!("{y}-{:02}", month + 1);
                    return Some(candidate(sentence, ClaimKind::Date, answer, Some(date), CandidateReason::NamesDate));
                }
            }
        }
    }
    if let Some(y) = words.iter().find_map(|w| year(w)) {
        return Some(candidate(sentence, ClaimKind::Date, y.clone(), Some(y), CandidateReason::NamesYear));
    }
    const NUMBER_WORDS: [&str; 14] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand",
        "million", "billion",
    ];
    for (i, w) in words.iter().enumerate() {
        let b = bare(w);
        let numeric = b.chars().next().is_some_and(|c| c.is_ascii_digit());
        if numeric || NUMBER_WORDS.contains(&b.to_lowercase().as_str()) {
            let mut answer = b.clone();
            if let Some(unit) = words.get(i + 1).map(|u| bare(u))
                && matches!(unit.as_str(), "percent" | "million" | "billion" | "thousand" | "hundred")
            {
                answer = format!("{answer} {unit}");
            }
            return Some(candidate(sentence, ClaimKind::Number, answer, None, CandidateReason::HasNumber));
        }
    }
    proper_name(&words).map(|name| {
        let kind = if ["Ministry", "University", "Party", "Bank", "Council", "Agency", "Institute", "Association"]
            .iter()
            .any(|k| name.contains(k))
        {
            ClaimKind::Organization
        } else if [
            "North", "South", "East", "West", "Republic", "Kingdom", "States", "Sea", "River", "City", "Province",
        ]
        .iter()
        .any(|k| name.split(' ').any(|w| w == *k))
        {
            ClaimKind::Place
        } else if name.split(' ').count() >= 2 {
            ClaimKind::Person
        } else {
            ClaimKind::Place
        };
        candidate(sentence, kind, name, None, CandidateReason::NamesSomeone)
    })
}

/// The first run of capitalised words that does not start the sentence.
fn proper_name(words: &[&str]) -> Option<String> {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut i = 1;
    while i < words.len() {
        if capital(words[i]) {
            let mut run = vec![words[i]];
            let mut j = i + 1;
            while j < words.len() && capital(words[j]) && !run.last().is_some_and(|w| w.ends_with([',', '.', ';'])) {
                run.push(words[j]);
                j += 1;
            }
            let name = run.join(" ");
            let name = name.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
            if !name.is_empty() {
                return Some(name);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    None
}

fn candidate(
    sentence: &Sentence,
    kind: ClaimKind,
    answer: String,
    date: Option<String>,
    reason: CandidateReason,
) -> Candidate {
    Candidate { sentence: sentence.clone(), kind, answer, date, reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_but_not_at_abbreviations_or_initials() {
        let text = "Mr. Kim met the U.S. envoy in J. Smith's office. Then he left! Did it work? “Yes.” It did.";
        let pieces: Vec<&str> = split_sentences(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            pieces,
            vec![
                "Mr. Kim met the U.S. envoy in J. Smith's office.",
                "Then he left!",
                "Did it work?",
                "“Yes.”",
                "It did."
            ]
        );
    }

    fn sentence(text: &str) -> Sentence {
        Sentence { block: 0, start: 0, end: text.len() as u32, text: text.into() }
    }

    #[test]
    fn dates_then_numbers_then_names_are_proposed() {
        let c = propose(&sentence("A meeting took place in March 2014 in the capital.")).unwrap();
        assert_eq!((c.kind, c.answer.as_str(), c.date.as_deref()), (ClaimKind::Date, "March 2014", Some("2014-03")));
        let c = propose(&sentence("Trade rose by 12 percent that year.")).unwrap();
        assert_eq!((c.kind, c.answer.as_str()), (ClaimKind::Number, "12 percent"));
        let c = propose(&sentence("The talks were led by Tsakhiagiin Elbegdorj himself.")).unwrap();
        assert_eq!((c.kind, c.answer.as_str()), (ClaimKind::Person, "Tsakhiagiin Elbegdorj"));
        assert!(propose(&sentence("Nothing here is special.")).is_none());
    }
}
