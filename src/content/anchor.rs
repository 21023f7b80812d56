//! Finding a claim's quote in a reading: normalised matching, prefix/suffix disambiguation,
//! and the nearest passage to show when a quote is not found.

use serde::Serialize;

/// Where a quote sits: a block of the reading and a byte range of that block's plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Anchor {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// Text with whitespace collapsed and quote marks and dashes folded, remembering for every byte
/// which byte range of the original it came from (its start and length, kept small: a deck holds
/// the normal form of every reading at once).
pub struct Normalized {
    pub text: String,
    source_start: Vec<u32>,
    source_len: Vec<u8>,
}

fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        other => other,
    }
}

/// `s` normalised. Offsets into `s` are kept as 32 bits: a reading's block is never 4 GiB.
pub fn normalize(s: &str) -> Normalized {
    let mut source_start = Vec::with_capacity(s.len());
    let mut source_len = Vec::with_capacity(s.len());
    let text = fold_text(s, |text, c, at, len| {
        let before = text.len();
        text.push(c);
        for _ in before..text.len() {
            source_start.push(at as u32);
            source_len.push(len as u8);
        }
    });
    Normalized { text, source_start, source_len }
}

/// Shorthand for the normalised text alone.
pub fn normalized(s: &str) -> String {
    fold_text(s, |text, c, _, _| text.push(c))
}

/// Collapses whitespace and folds characters, handing `push` each character of the result with
/// the byte range of `s` it stands for.
fn fold_text(s: &str, mut push: impl FnMut(&mut String, char, usize, usize)) -> String {
    let mut text = String::with_capacity(s.len());
    let mut space_at: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if !text.is_empty() && space_at.is_none() {
                space_at = Some(i);
            }
            continue;
        }
        if let Some(at) = space_at.take() {
            push(&mut text, ' ', at, 1);
        }
        push(&mut text, fold(c), i, c.len_utf8());
    }
    text
}

impl Normalized {
    /// Maps a byte range of the normalised text back to the original text.
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        let last = end - 1;
        (self.source_start[start] as usize, self.source_start[last] as usize + usize::from(self.source_len[last]))
    }
}

/// The outcome of looking for a quote in a reading's blocks.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    One(Anchor),
    /// The quote (with its prefix/suffix, if any) matches this many places.
    Ambiguous(usize),
    NotFound,
}

/// Looks for `quote` in the plain text of `blocks`, narrowed by the optional prefix and suffix.
pub fn find(blocks: &[Normalized], quote: &str, prefix: &str, suffix: &str) -> Found {
    let quote = normalized(quote);
    let prefix = normalized(prefix);
    let suffix = normalized(suffix);
    if quote.is_empty() {
        return Found::NotFound;
    }
    // Looking for a short head of the quote is quick; only blocks that have it are searched in full.
    let head_len = (1..=32.min(quote.len())).rev().find(|&n| quote.is_char_boundary(n)).unwrap_or(quote.len());
    let head = &quote[..head_len];
    let mut hits = Vec::new();
    for (block, norm) in blocks.iter().enumerate().filter(|(_, norm)| norm.text.contains(head)) {
        for (at, _) in norm.text.match_indices(&quote) {
            let end = at + quote.len();
            let before_ok = norm.text[..at].trim_end().ends_with(&prefix);
            let after_ok = norm.text[end..].trim_start().starts_with(&suffix);
            if before_ok && after_ok {
                let (start, end) = norm.source_range(at, end);
                hits.push(Anchor { block, start, end });
            }
        }
    }
    match hits.len() {
        0 => Found::NotFound,
        1 => Found::One(hits[0]),
        n => Found::Ambiguous(n),
    }
}

/// The longest quote, in characters, for which the nearest passage is looked for: comparing a
/// quote with every passage of its length costs the square of its length per passage.
pub const MAX_HINTED_QUOTE_CHARS: usize = 400;

/// How much comparing the nearest-passage search may do for one quote (character pairs): a
/// huge reading gets the best passage of its first part rather than a check that never ends.
const HINT_BUDGET: usize = 200_000_000;

/// The passage of the reading most like `quote` (same number of words, smallest edit distance),
/// for a hint when a quote is not found. `None` for an empty reading or a quote longer than
/// [`MAX_HINTED_QUOTE_CHARS`].
pub fn nearest_passage(blocks: &[Normalized], quote: &str) -> Option<String> {
    let quote = normalized(quote);
    if quote.chars().count() > MAX_HINTED_QUOTE_CHARS {
        return None;
    }
    let width = quote.split(' ').count().max(1);
    let mut best: Option<(f64, String)> = None;
    let mut spent = 0usize;
    for norm in blocks {
        let words: Vec<&str> = norm.text.split(' ').collect();
        let windows = words.len().saturating_sub(width) + 1;
        for start in 0..windows {
            let candidate = words[start..(start + width).min(words.len())].join(" ");
            spent += quote.len() * candidate.len();
            if spent > HINT_BUDGET {
                return best.map(|(_, passage)| passage);
            }
            let score = strsim::normalized_levenshtein(&quote, &candidate);
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                best = Some((score, candidate));
            }
        }
    }
    best.map(|(_, passage)| passage)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(texts: &[&str]) -> Vec<Normalized> {
        texts.iter().map(|t| normalize(t)).collect()
    }

    #[test]
    fn quote_marks_dashes_and_spacing_are_folded() {
        let text = "Mongolia’s  role in 2007–2012\nwas “unique”.";
        let b = blocks(&[text]);
        assert_eq!(
            find(&b, "Mongolia's role in 2007-2012 was \"unique\"", "", ""),
            Found::One(Anchor { block: 0, start: 0, end: text.len() - 1 }),
            "typographic and straight forms match; the range covers the original bytes"
        );
    }

    #[test]
    fn prefix_and_suffix_pick_one_of_several() {
        let b = blocks(&["the North and the South", "again the North"]);
        assert_eq!(find(&b, "the North", "", ""), Found::Ambiguous(2));
        assert_eq!(find(&b, "the North", "again", ""), Found::One(Anchor { block: 1, start: 6, end: 15 }));
        assert_eq!(find(&b, "the North", "", "and"), Found::One(Anchor { block: 0, start: 0, end: 9 }));
    }

    #[test]
    fn missing_quote_reports_the_closest_words() {
        let b = blocks(&["Mongolia hosted three rounds of meetings in Ulaanbaatar."]);
        assert_eq!(find(&b, "hosted four rounds", "", ""), Found::NotFound);
        assert_eq!(nearest_passage(&b, "hosted four rounds").as_deref(), Some("hosted three rounds"));
    }
}
