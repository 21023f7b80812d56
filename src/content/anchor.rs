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
/// which byte range of the original it came from. Most characters stand for one character of
/// the original of the same length, right after the one before: only where that stops (collapsed
/// whitespace, a folded quote mark) is a mark kept, so that a deck holding the normal form of
/// every reading at once holds little more than their text.
pub struct Normalized {
    pub text: String,
    /// In the order of `at`; the first at 0 for a text that is not empty.
    marks: Vec<Mark>,
}

/// From `at` in the normal text on (up to the next mark), byte `at + k` stands for byte
/// `from + k` of the original, with characters of the same length (`len` 0); or the one
/// character at `at` stands for `len` bytes at `from`.
#[derive(Clone, Copy)]
struct Mark {
    at: u32,
    from: u32,
    len: u8,
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
    let mut marks: Vec<Mark> = Vec::new();
    let text = fold_text(s, |text, piece, at, len| {
        let before = text.len();
        text.push_str(piece);
        let same_length = text.len() - before == len;
        let follows = marks.last().is_some_and(|m| m.len == 0 && m.from as usize + (before - m.at as usize) == at);
        if !(same_length && follows) {
            marks.push(Mark { at: before as u32, from: at as u32, len: if same_length { 0 } else { len as u8 } });
        }
    });
    Normalized { text, marks }
}

/// Shorthand for the normalised text alone.
pub fn normalized(s: &str) -> String {
    fold_text(s, |text, piece, _, _| text.push_str(piece))
}

/// Whether an ASCII byte stands for itself in the normal form: neither whitespace (as
/// `char::is_whitespace` has it) nor folded.
fn stays(b: u8) -> bool {
    b.is_ascii() && b != b' ' && !(b'\t'..=b'\r').contains(&b) && b != b'`'
}

/// Collapses whitespace and folds characters, handing `push` the result piece by piece with
/// where in `s` each stands (`at`, `len` bytes): one character of the result for `len` bytes of
/// `s`, or a run of ASCII characters that stand for themselves, byte for byte.
fn fold_text(s: &str, mut push: impl FnMut(&mut String, &str, usize, usize)) -> String {
    let mut text = String::with_capacity(s.len());
    let mut space_at: Option<usize> = None;
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        // Most of a text is such runs: handed over whole rather than character by character.
        let run = rest.bytes().position(|b| !stays(b)).unwrap_or(rest.len());
        if run > 0 {
            if let Some(at) = space_at.take() {
                push(&mut text, " ", at, 1);
            }
            push(&mut text, &rest[..run], i, run);
            i += run;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            if !text.is_empty() && space_at.is_none() {
                space_at = Some(i);
            }
        } else {
            if let Some(at) = space_at.take() {
                push(&mut text, " ", at, 1);
            }
            push(&mut text, fold(c).encode_utf8(&mut [0; 4]), i, c.len_utf8());
        }
        i += c.len_utf8();
    }
    text
}

impl Normalized {
    /// Maps a byte range of the normalised text back to the original text.
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        let (first, _) = self.source_of(start);
        let (last, len) = self.source_of(end - 1);
        (first, last + len)
    }

    /// Where the character holding byte `at` of the normal text starts in the original, and
    /// its length there.
    fn source_of(&self, at: usize) -> (usize, usize) {
        let mut at = at;
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let mark = self.marks[self.marks.partition_point(|m| m.at as usize <= at) - 1];
        if mark.len == 0 {
            let len = self.text[at..].chars().next().map_or(1, char::len_utf8);
            (mark.from as usize + (at - mark.at as usize), len)
        } else {
            (mark.from as usize, usize::from(mark.len))
        }
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
    fn every_range_maps_back_as_byte_by_byte() {
        let text = " Mongolia’s  role\n in 2007–2012 was “unique”, café\u{a0}\u{a0}`x` — ok\u{b}\t\u{c}a\r\nb  ";
        let (mut starts, mut lens) = (Vec::new(), Vec::new());
        let folded = fold_text(text, |out, piece, at, len| {
            out.push_str(piece);
            // One character for `len` bytes, or a run of characters of one byte each.
            for k in 0..piece.len() {
                let one = piece.chars().count() == 1;
                starts.push(if one { at } else { at + k });
                lens.push(if one { len } else { 1 });
            }
        });
        let by_char: String =
            text.split_whitespace().map(|w| w.chars().map(fold).collect::<String>()).collect::<Vec<_>>().join(" ");
        assert_eq!(folded, by_char, "whitespace collapsed, characters folded");
        let norm = normalize(text);
        assert_eq!(norm.text, folded);
        for start in (0..folded.len()).filter(|&at| folded.is_char_boundary(at)) {
            for end in (start + 1..=folded.len()).filter(|&at| folded.is_char_boundary(at)) {
                assert_eq!(norm.source_range(start, end), (starts[start], starts[end - 1] + lens[end - 1]));
            }
        }
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
