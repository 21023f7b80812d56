//! Typed answers: the normal form of an answer and the tolerant matcher that grades what a
//! student typed. Distractors use the same normal form, so an option is never one the matcher
//! would accept.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt::Write;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::{Card, CardKind};
use crate::content::Claim;

/// How well a typed answer matches the expected one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AnswerMatch {
    /// The same answer once case, accents, punctuation, spacing, number words and a leading
    /// article are set aside.
    Exact,
    /// Nearly right: a small typo in a long answer, or words run together or split apart.
    Close,
    Wrong,
}

/// The typed-answer card of a claim with a question: the question, answered by typing.
pub(super) fn card(claim: &Claim) -> Option<Card> {
    let question = claim.question.as_ref()?;
    has_card(claim).then(|| Card::single(claim, CardKind::Typed, question.clone()))
}

/// Whether the claim has a typed-answer card ([`card`]), without making it.
pub(super) fn has_card(claim: &Claim) -> bool {
    claim.question.as_deref().is_some_and(|question| {
        claim.typed
            && is_short(&claim.answer)
            && !asks_how(question)
            && !asks_for_a_stance(question)
            && !characterises(&claim.answer)
    })
}

/// Whether `answer` is an indefinite phrase with no name or number in it ("a moderate shift",
/// "an honest broker"): how the author characterised something, which a student may well put in
/// other words; its Q&A card asks for it instead.
fn characterises(answer: &str) -> bool {
    let mut words = answer.split_whitespace();
    words.next().is_some_and(|first| ["a", "an"].contains(&first.to_lowercase().as_str()))
        && !words.any(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
}

/// Whether `question` asks for someone's attitude, stance, view or tone ("what had North
/// Korea's attitude toward Japanese overtures been?" → "cool"): again the author's word for it.
fn asks_for_a_stance(question: &str) -> bool {
    const STANCES: [&str; 5] = ["attitude", "stance", "view", "tone", "mood"];
    question.split(|c: char| !c.is_alphanumeric()).any(|w| STANCES.contains(&w.to_lowercase().as_str()))
}

/// Whether `question` asks how something was done, described or received ("How does Campi
/// (2019) describe the peace process?" → "moribund"): its answer is the author's word for it,
/// which a student who knows the fact may well put otherwise, so it is asked on the Q&A card
/// alone. "How many", "how long" and the like ask for an amount and are typed.
fn asks_how(question: &str) -> bool {
    const INTERROGATIVES: [&str; 9] = ["how", "what", "which", "who", "whom", "whose", "when", "where", "why"];
    const AMOUNTS: [&str; 12] =
        ["many", "much", "long", "old", "often", "far", "large", "big", "high", "soon", "early", "late"];
    let mut words = question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .skip_while(|w| !INTERROGATIVES.contains(&w.as_str()));
    words.next().as_deref() == Some("how") && !words.next().is_some_and(|w| AMOUNTS.contains(&w.as_str()))
}

/// The most words a typed answer may have: a longer phrase is for a Q&A card, where the student
/// judges their own answer.
pub const MAX_TYPED_WORDS: usize = 3;

/// Whether an answer is short enough to be typed: a name, a number, a year, or two words. Three
/// words are typed only with a name or a number among them ("the Ulaanbaatar Dialogue", "the
/// late 20th century"): a three-word common phrase ("a resolutely middle road") is the author's
/// wording, which a Q&A card asks for without demanding it letter by letter.
pub fn is_short(answer: &str) -> bool {
    let words = normalize(answer).split(' ').filter(|w| !w.is_empty()).count();
    words <= 2 || (words <= MAX_TYPED_WORDS && names_or_counts(answer))
}

/// Whether a word of `answer` (a leading article aside) is capitalised or starts with a digit.
fn names_or_counts(answer: &str) -> bool {
    let mut words = answer.split_whitespace().peekable();
    if words.peek().is_some_and(|w| ["a", "an", "the"].contains(&w.to_lowercase().as_str())) {
        words.next();
    }
    words.any(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
}

/// Grades `given` against `expected`.
///
/// `Exact` when both have the same [`normalize`]d form, an ordinal word and its digits alike
/// (`second`, `2nd`). `Close` when the numbers in them agree
/// and either they differ only in spacing or, for answers of 6 or more letters, by a small typo
/// (Damerau–Levenshtein distance 1 for 6–9 letters, 2 for 10 or more) that leaves the first
/// letter of every word as it was. A number is never
/// forgiven as a typo: `1948` for `1949` is wrong. Anything else, including an empty answer,
/// is `Wrong`.
pub fn check(expected: &str, given: &str) -> AnswerMatch {
    let e = normalize(expected);
    let g = normalize(given);
    if e.is_empty() || g.is_empty() {
        // Nothing left to compare (an answer of punctuation only): only the same text counts.
        let same = expected.trim().to_lowercase() == given.trim().to_lowercase();
        return if same { AnswerMatch::Exact } else { AnswerMatch::Wrong };
    }
    compare_normal(&ordinals_as_digits(&e), &ordinals_as_digits(&g))
}

/// Ordinal words as digits (`second` → `2nd`, `seventieth` → `70th`), so that a typed `2nd` is
/// the answer `second`. For grading only: the normal forms that tell answers apart keep them.
fn ordinals_as_digits(normal: &str) -> Cow<'_, str> {
    const ORDINALS: [(&str, &str); 28] = [
        ("first", "1st"),
        ("second", "2nd"),
        ("third", "3rd"),
        ("fourth", "4th"),
        ("fifth", "5th"),
        ("sixth", "6th"),
        ("seventh", "7th"),
        ("eighth", "8th"),
        ("ninth", "9th"),
        ("tenth", "10th"),
        ("eleventh", "11th"),
        ("twelfth", "12th"),
        ("thirteenth", "13th"),
        ("fourteenth", "14th"),
        ("fifteenth", "15th"),
        ("sixteenth", "16th"),
        ("seventeenth", "17th"),
        ("eighteenth", "18th"),
        ("nineteenth", "19th"),
        ("twentieth", "20th"),
        ("thirtieth", "30th"),
        ("fortieth", "40th"),
        ("fiftieth", "50th"),
        ("sixtieth", "60th"),
        ("seventieth", "70th"),
        ("eightieth", "80th"),
        ("ninetieth", "90th"),
        ("hundredth", "100th"),
    ];
    let digits = |word: &str| ORDINALS.iter().find(|(w, _)| *w == word).map(|(_, d)| *d);
    if !normal.split(' ').any(|w| digits(w).is_some()) {
        return Cow::Borrowed(normal);
    }
    Cow::Owned(normal.split(' ').map(|w| digits(w).unwrap_or(w)).collect::<Vec<_>>().join(" "))
}

/// [`check`], where the common words that `prompt` already says may be left out of `expected`
/// or added to `given`: to "How many times …?" the number alone answers "three times", to "What
/// kind of partnership …?" "strategic" answers "strategic partnership", and to "For how many
/// years …?" "5 years" answers "five". A name (a capitalised word of `expected`), a number and a
/// word under four letters stay, and so does at least one word of each.
pub fn check_in_context(expected: &str, given: &str, prompt: &str) -> AnswerMatch {
    let whole = check(expected, given);
    if whole == AnswerMatch::Exact {
        return whole;
    }
    let said = normalize(prompt);
    let said: Vec<&str> = said.split(' ').collect();
    let common_and_said = |word: &str| {
        let normal = normalize(word);
        normal.chars().count() >= 4 && normal.chars().all(|c| c.is_ascii_lowercase()) && said.contains(&normal.as_str())
    };
    // What is left of `text` without the words `drop` picks, unless that is all of it or none.
    let without = |text: &str, drop: &dyn Fn(&str) -> bool| {
        let words: Vec<&str> = text.split_whitespace().collect();
        let kept: Vec<&str> = words.iter().copied().filter(|w| !drop(w)).collect();
        (!kept.is_empty() && kept.len() < words.len()).then(|| kept.join(" "))
    };
    let expected_words = normalize(expected);
    let expected_words: Vec<&str> = expected_words.split(' ').collect();
    let short_expected = without(expected, &|w| w.chars().next().is_some_and(char::is_lowercase) && common_and_said(w));
    let short_given = without(given, &|w| common_and_said(w) && !expected_words.contains(&normalize(w).as_str()));
    if short_expected.is_none() && short_given.is_none() {
        return whole;
    }
    let reduced = check(short_expected.as_deref().unwrap_or(expected), short_given.as_deref().unwrap_or(given));
    match (whole, reduced) {
        (_, AnswerMatch::Exact) => AnswerMatch::Exact,
        (AnswerMatch::Close, _) | (_, AnswerMatch::Close) => AnswerMatch::Close,
        _ => AnswerMatch::Wrong,
    }
}

/// [`check`] on answers already in normal form.
pub(super) fn compare_normal(e: &str, g: &str) -> AnswerMatch {
    if e == g {
        return AnswerMatch::Exact;
    }
    if e.is_empty() || g.is_empty() || !numbers(e).eq(numbers(g)) {
        return AnswerMatch::Wrong;
    }
    let not_space = |c: &char| *c != ' ';
    if e.chars().filter(not_space).eq(g.chars().filter(not_space)) {
        return AnswerMatch::Close;
    }
    let letters = e.chars().filter(|c| c.is_alphabetic()).count();
    let allowed = match letters {
        0..=5 => 0,
        6..=9 => 1,
        _ => 2,
    };
    let (le, lg) = (e.chars().count(), g.chars().count());
    // A slip of the finger keeps each word's first letter: `southeast` for `northeast` is
    // another word, not a typo.
    let (mut ew, mut gw) = (e.split(' '), g.split(' '));
    let same_starts = loop {
        match (ew.next(), gw.next()) {
            (None, None) => break true,
            (Some(a), Some(b)) if a.chars().next() == b.chars().next() => {}
            _ => break false,
        }
    };
    if allowed > 0 && same_starts && le.abs_diff(lg) <= allowed && strsim::damerau_levenshtein(e, g) <= allowed {
        return AnswerMatch::Close;
    }
    AnswerMatch::Wrong
}

/// The normal form of an answer: lowercase words separated by single spaces, without accents,
/// punctuation, quotes or dashes; digit grouping removed (`1,200` → `1200`), simple number
/// words as digits (`two thousand` → `2000`), `%` as `percent`, and a leading `the`, `a` or
/// `an` dropped. Two answers with the same normal form are the same answer.
pub fn normalize(s: &str) -> String {
    let folded = fold_words(s);
    // Folding leaves no whitespace but the plain space.
    let words: Vec<&str> = folded.split_ascii_whitespace().collect();
    // An article is no number word, so it stays a word of its own and the rest makes at least
    // one more.
    let first = usize::from(words.len() > 1 && matches!(words[0], "the" | "a" | "an"));
    let mut normal = String::with_capacity(folded.len());
    push_number_words(&words, first, &mut normal);
    normal
}

/// A hash of the numbers of a normal form, in order: two normal forms whose hashes differ have
/// different numbers, so [`compare_normal`] finds them wrong unless they are equal. Worked out
/// once per answer, it spares comparing the numbers of every pair of answers again.
pub(super) fn numbers_hash(normal: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    for number in numbers(normal) {
        hasher.write(number.as_bytes());
        hasher.write_u8(b' ');
    }
    hasher.finish()
}

/// The numbers in a normal form, in order (`may 21 2014` → `["21", "2014"]`).
fn numbers(normal: &str) -> impl Iterator<Item = &str> {
    normal.split(|c: char| !(c.is_ascii_digit() || c == '.')).map(|n| n.trim_matches('.')).filter(|n| !n.is_empty())
}

const APOSTROPHES: [char; 6] = ['\'', '’', '‘', 'ʼ', '`', '′'];
const GROUP_SEPARATORS: [char; 6] = [',', '\u{a0}', '\u{202f}', '\u{2009}', '_', ' '];

/// Folds case and accents, drops digit-group separators and apostrophes, and splits the rest
/// into words of letters and digits separated by spaces (a decimal point between digits stays).
fn fold_words(s: &str) -> String {
    let s = ungroup_digits(s);
    let mut out = String::with_capacity(s.len());
    let mut previous = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // Letters and digits first: most characters are, and none of the others below is.
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if APOSTROPHES.contains(&c) {
            // Dropped.
        } else if c == '.'
            && previous.is_some_and(|p: char| p.is_ascii_digit())
            && chars.peek().is_some_and(char::is_ascii_digit)
        {
            out.push('.');
        } else if c == '%' {
            out.push_str(" percent ");
        } else if c == '&' {
            out.push_str(" and ");
        } else if c.is_alphanumeric() {
            fold_into(c, &mut out);
        } else {
            out.push(' ');
        }
        previous = Some(c);
    }
    out
}

/// Lowercase, without combining marks; the few Latin letters that do not decompose are spelled out.
fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for d in std::iter::once(c).nfkd().filter(|d| !is_combining_mark(*d)) {
        for l in d.to_lowercase() {
            match l {
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'đ' | 'ð' => out.push('d'),
                'ı' => out.push('i'),
                'þ' => out.push_str("th"),
                // NFKD can yield punctuation or spaces (e.g. `¼` → `1⁄4`); keep words apart.
                l if l.is_alphanumeric() => out.push(l),
                _ => out.push(' '),
            }
        }
    }
}

/// Removes digit-group separators: `1,200` → `1200`, `10 000` → `10000`, `1,234,567` →
/// `1234567`. A separator counts only between a head of 1–3 digits and groups of exactly three
/// digits, all with the same separator, so `May 21, 2014` and `2007,2012` keep theirs.
fn ungroup_digits(s: &str) -> Cow<'_, str> {
    // A group starts where a separator stands between two digits; without one, nothing changes.
    let (mut after_digit, mut after_separator) = (false, false);
    let grouped = s.chars().any(|c| {
        let digit = c.is_ascii_digit();
        let groups = after_separator && digit;
        after_separator = after_digit && GROUP_SEPARATORS.contains(&c);
        after_digit = digit;
        groups
    });
    if !grouped {
        return Cow::Borrowed(s);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars[i].is_ascii_digit()
            && !i.checked_sub(1).is_some_and(|p| chars[p].is_ascii_digit() || chars[p] == '.');
        if starts_number {
            let head_end = run_end(&chars, i);
            let mut end = head_end;
            let mut groups = 0;
            let mut sep = None;
            if head_end - i <= 3 {
                while let Some(&c) = chars.get(end) {
                    if !GROUP_SEPARATORS.contains(&c) || sep.is_some_and(|s| s != c) {
                        break;
                    }
                    let group_end = run_end(&chars, end + 1);
                    if group_end - (end + 1) != 3 {
                        break;
                    }
                    sep = Some(c);
                    end = group_end;
                    groups += 1;
                }
            }
            let followed_by_decimal =
                chars.get(end) == Some(&'.') && chars.get(end + 1).is_some_and(char::is_ascii_digit);
            // `1,200.5` groups as well; a space-grouped number must not run into a decimal.
            if groups > 0 && !(sep == Some(' ') && followed_by_decimal) {
                out.extend(chars[i..end].iter().filter(|c| c.is_ascii_digit()));
            } else {
                out.extend(&chars[i..head_end]);
                end = head_end;
            }
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    Cow::Owned(out)
}

fn run_end(chars: &[char], from: usize) -> usize {
    let mut end = from;
    while chars.get(end).is_some_and(char::is_ascii_digit) {
        end += 1;
    }
    end
}

/// Whether `word` may be a number word: every one is 3 to 9 lowercase letters.
fn maybe_number_word(word: &str) -> bool {
    (3..=9).contains(&word.len()) && word.as_bytes()[0].is_ascii_lowercase()
}

fn small_number(word: &str) -> Option<u64> {
    if !maybe_number_word(word) {
        return None;
    }
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    UNITS.iter().position(|u| *u == word).map(|n| n as u64)
}

fn tens(word: &str) -> Option<u64> {
    if !maybe_number_word(word) {
        return None;
    }
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    TENS.iter().position(|t| *t == word).map(|n| 20 + 10 * n as u64)
}

/// A whole number of up to three digits written as digits, which number words can scale.
fn digits_value(word: &str) -> Option<u64> {
    (word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok()).flatten()
}

/// Parses `0..=99` in words (`seven`, `forty`, `forty two`) at `words[i..]`.
fn below_hundred(words: &[&str], i: usize) -> Option<(u64, usize)> {
    let w = words.get(i)?;
    if let Some(n) = small_number(w) {
        return Some((n, 1));
    }
    let t = tens(w)?;
    match words.get(i + 1).and_then(|u| small_number(u)) {
        Some(u) if (1..=9).contains(&u) => Some((t + u, 2)),
        _ => Some((t, 1)),
    }
}

/// Parses `0..=999` at `words[i..]`: `three`, `two hundred`, `2 hundred and five`, or bare
/// digits. Returns the value, the words used and whether any was a number word.
fn below_thousand(words: &[&str], i: usize) -> Option<(u64, usize, bool)> {
    let (head, used, worded) = match below_hundred(words, i) {
        Some((n, used)) => (n, used, true),
        None => (digits_value(words.get(i)?)?, 1, false),
    };
    if words.get(i + used).copied() != Some("hundred") || !(1..=99).contains(&head) {
        return Some((head, used, worded));
    }
    let mut value = head * 100;
    let mut used = used + 1;
    if let Some((rest, n)) = after_and(words, i + used, below_hundred) {
        value += rest;
        used += n;
    }
    Some((value, used, true))
}

/// Reads a number at a position of a word list: its value and the words it used.
type Parser = fn(&[&str], usize) -> Option<(u64, usize)>;

/// Parses what `parse` reads at `i`, optionally after an `and`, as in `hundred and five`.
fn after_and(words: &[&str], i: usize, parse: Parser) -> Option<(u64, usize)> {
    if let Some((n, used)) = parse(words, i) {
        return (n > 0).then_some((n, used));
    }
    if words.get(i).copied() == Some("and") {
        let (n, used) = parse(words, i + 1)?;
        return (n > 0).then_some((n, used + 1));
    }
    None
}

/// Parses a whole number with at least one number word at `i`: up to `999 thousand 999`, or
/// a bare `hundred` or `thousand`. Bare digits are not a match.
fn number_at(words: &[&str], i: usize) -> Option<(u64, usize)> {
    match words[i] {
        "hundred" => return Some((100, 1)),
        "thousand" => return Some((1000, 1)),
        _ => {}
    }
    let (head, used, worded) = below_thousand(words, i)?;
    if words.get(i + used).copied() != Some("thousand") || head == 0 {
        return worded.then_some((head, used));
    }
    let mut value = head * 1000;
    let mut used = used + 1;
    let worded_hundreds =
        |w: &[&str], j: usize| below_thousand(w, j).and_then(|(n, u, worded)| worded.then_some((n, u)));
    if let Some((rest, n)) = after_and(words, i + used, worded_hundreds) {
        value += rest;
        used += n;
    }
    Some((value, used))
}

/// Whether a number can start at `word`: only a digit or the first letter of a number word
/// can, which spares most words of a text every comparison of [`number_at`].
fn may_start_number(word: &str) -> bool {
    matches!(word.as_bytes().first(), Some(b'0'..=b'9' | b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h'))
}

/// Adds `words` from `first` on to `out`, separated by spaces, with runs of number words
/// replaced by their value in digits (`twenty five` → `25`, `2 thousand` → `2000`); bare digits
/// are left as they are.
fn push_number_words(words: &[&str], first: usize, out: &mut String) {
    let mut i = first;
    while i < words.len() {
        if i > first {
            out.push(' ');
        }
        match may_start_number(words[i]).then(|| number_at(words, i)).flatten() {
            Some((value, used)) => {
                write!(out, "{value}").expect("writing to a string cannot fail");
                i += used;
            }
            None => {
                out.push_str(words[i]);
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AnswerMatch::*;

    #[test]
    fn an_ordinal_may_be_typed_in_digits() {
        assert_eq!(check("second", "2nd"), AnswerMatch::Exact);
        assert_eq!(check("the sixth", "6th"), AnswerMatch::Exact);
        assert_eq!(check("70th anniversary", "seventieth anniversary"), AnswerMatch::Exact);
        assert_eq!(check("sixth", "7th"), AnswerMatch::Wrong);
        assert_eq!(check("second", "2"), AnswerMatch::Wrong);
    }

    #[test]
    fn a_common_word_the_question_says_may_be_left_out() {
        let times = "According to Campi (2019), how many times had North Korea participated in the Ulaanbaatar Dialogue by early 2019?";
        for given in ["3", "three", "three times", "3 times", "Three"] {
            assert_ne!(check_in_context("three times", given, times), AnswerMatch::Wrong, "{given}");
        }
        assert_eq!(check_in_context("three times", "3", times), AnswerMatch::Exact);
        for given in ["4", "times", "", "four times"] {
            assert_eq!(check_in_context("three times", given, times), AnswerMatch::Wrong, "{given}");
        }
        let kind = "According to Mendee (2015), what kind of newly-declared partnership was Mongolia developing with South Korea in early 2015?";
        assert_eq!(check_in_context("strategic partnership", "strategic", kind), AnswerMatch::Exact);
        assert_eq!(check_in_context("strategic partnership", "partnership", kind), AnswerMatch::Wrong);
        // Names, short words and the last word stay.
        let korea = "Which Korea did Mongolia recognise first?";
        assert_eq!(check_in_context("North Korea", "North", korea), AnswerMatch::Wrong);
        assert_eq!(check_in_context("talks", "", "Which talks were held?"), AnswerMatch::Wrong);
        assert_eq!(check_in_context("Bank of the North", "Bank North", "Which bank of the north?"), AnswerMatch::Wrong);
        // Words the question says, added to the answer given.
        let years = "For how many years could North Korea send workers under the agreement?";
        assert_eq!(check_in_context("five", "5 years", years), AnswerMatch::Exact);
        assert_eq!(check_in_context("five", "five years", years), AnswerMatch::Exact);
        assert_eq!(check_in_context("five", "5 months", years), AnswerMatch::Wrong);
        assert_eq!(check_in_context("five", "years", years), AnswerMatch::Wrong);
        assert_eq!(check_in_context("strategic partnership", "comprehensive partnership", kind), AnswerMatch::Wrong);
        // Without the question's help, as before.
        assert_eq!(check_in_context("three times", "3", "How often?"), AnswerMatch::Wrong);
        assert_eq!(check_in_context("three times", "three times", "How often?"), AnswerMatch::Exact);
    }

    #[test]
    fn answers_with_other_numbers_by_their_hash_are_wrong() {
        let answers =
            ["1948", "1,948", "may 21 2014", "21 may 2014", "2014", "12.5 percent", "12.50", "ulaanbaatar", ""];
        for e in answers.map(normalize) {
            for g in answers.map(normalize) {
                if numbers_hash(&e) != numbers_hash(&g) && e != g {
                    assert_eq!(compare_normal(&e, &g), Wrong, "{e:?} {g:?}");
                }
                if numbers(&e).eq(numbers(&g)) {
                    assert_eq!(numbers_hash(&e), numbers_hash(&g), "{e:?} {g:?}");
                }
            }
        }
    }

    #[test]
    fn names_numbers_and_two_words_are_typed_but_not_a_three_word_phrase() {
        for typed in ["Elbegdorj", "1948", "rare earths", "the Ulaanbaatar Dialogue", "the late 20th century"] {
            assert!(is_short(typed), "{typed}");
        }
        for asked in ["a resolutely middle road", "seldom seriously considered", "The benefits of democracy"] {
            assert!(!is_short(asked), "{asked}");
        }
        assert!(!is_short("the Ulaanbaatar Dialogue on Security"), "four words are never typed");
    }

    #[test]
    fn a_question_of_how_is_not_typed_but_one_of_how_many_is() {
        for manner in [
            "How does Campi (2019) describe the Korean peace process?",
            "According to Mendee (2015), how had the two Koreas felt about it?",
            "Besides being geographically remote, how does NK News (2019) describe Mongolia?",
        ] {
            assert!(asks_how(manner), "{manner}");
        }
        for amount_or_fact in [
            "How many rounds of talks did Mongolia host?",
            "According to Campi (2019), how long was the visit?",
            "In what place did Mongolia come? How was it reported?",
            "Which city is the capital?",
        ] {
            assert!(!asks_how(amount_or_fact), "{amount_or_fact}");
        }
    }

    #[test]
    fn a_question_of_attitude_or_stance_is_not_typed() {
        assert!(asks_for_a_stance("According to NK News (2019), what had North Korea’s attitude toward Japan been?"));
        assert!(asks_for_a_stance("What stance has Mongolia taken toward the program?"));
        assert!(!asks_for_a_stance("In which city did the talks take place?"));
        assert!(!asks_for_a_stance("Which review did the ministry publish?"), "a word that contains one is not it");
    }

    #[test]
    fn an_indefinite_phrase_without_a_name_or_number_is_not_typed() {
        for phrase in ["a moderate shift", "an honest broker", "A mediating role"] {
            assert!(characterises(phrase), "{phrase}");
        }
        for fact in ["a 2011 agreement", "a Japanese delegation", "the Ulaanbaatar Dialogue", "sanctions", "3"] {
            assert!(!characterises(fact), "{fact}");
        }
    }

    #[test]
    fn normal_form_sets_aside_case_accents_punctuation_and_articles() {
        for (raw, normal) in [
            ("The Republic of Korea", "republic of korea"),
            ("Ukhnaa Khürelsükh", "ukhnaa khurelsukh"),
            ("North Korea’s abductions", "north koreas abductions"),
            ("2007–2012", "2007 2012"),
            ("2014 to 2019", "2014 to 2019"),
            ("de-nuclearizing  North Korea", "de nuclearizing north korea"),
            ("“regionless”", "regionless"),
            ("48%", "48 percent"),
            ("Straße", "strasse"),
            ("the", "the"),
        ] {
            assert_eq!(normalize(raw), normal, "normal form of {raw:?}");
        }
    }

    #[test]
    fn digit_grouping_is_removed_only_where_it_is_grouping() {
        for (raw, normal) in [
            ("1,200", "1200"),
            ("10 000 tons", "10000 tons"),
            ("1,234,567", "1234567"),
            ("1,200.5", "1200.5"),
            ("51.9 million", "51.9 million"),
            ("May 21, 2014", "may 21 2014"),
            ("2007,2012", "2007 2012"),
            ("1,20", "1 20"),
            ("1,2345", "1 2345"),
            ("US$15 billion", "us 15 billion"),
        ] {
            assert_eq!(normalize(raw), normal, "normal form of {raw:?}");
        }
    }

    #[test]
    fn number_words_become_digits() {
        for (raw, normal) in [
            ("three", "3"),
            ("zero", "0"),
            ("twenty", "20"),
            ("twenty-five", "25"),
            ("ninety nine", "99"),
            ("two thousand", "2000"),
            ("two thousand and five", "2005"),
            ("three hundred twenty", "320"),
            ("one hundred and one", "101"),
            ("thirty thousand hectares", "30000 hectares"),
            ("30 thousand", "30000"),
            ("thousand", "1000"),
            ("hundred", "100"),
            ("five year", "5 year"),
            ("two three", "2 3"),
            ("thousands", "thousands"),
            ("the three rounds", "3 rounds"),
        ] {
            assert_eq!(normalize(raw), normal, "normal form of {raw:?}");
        }
    }

    #[test]
    fn the_matcher_forgives_form_but_not_substance() {
        let cases = [
            ("three", "3", Exact, "a number word is its number"),
            ("1,200", "1200", Exact, "digit grouping"),
            ("10,000", "ten thousand", Exact, "grouping and words"),
            ("Ukhnaa Khürelsükh", "ukhnaa khurelsukh", Exact, "diacritics and case"),
            ("the Republic of Korea", "Republic of Korea", Exact, "leading article"),
            ("2007–2012", "2007-2012", Exact, "dash kinds"),
            ("North Korea’s", "North Korea's", Exact, "quote kinds"),
            ("Xi Jinping", "  xi   jinping. ", Exact, "whitespace and punctuation"),
            ("Shinzo Abe", "Shinzo Abee", Close, "one typo in 9 letters"),
            ("Shinzo Abe", "Shnzo Abee", Wrong, "two typos in 9 letters"),
            ("Shinzo Abe", "Shinzo Aeb", Close, "a transposition is one typo"),
            ("Tsedendamba Batbayar", "Tsedendamba Batbyar", Close, "10+ letters"),
            ("Tsedendamba Batbayar", "Tsedndamba Batbyar", Close, "two typos in 10+ letters"),
            ("Tsedendamba Batbayar", "Tsdndamba Batbyar", Wrong, "three typos"),
            ("Japan", "Japn", Wrong, "no typos forgiven under 6 letters"),
            ("Rason", "Rajin", Wrong, "a different short answer"),
            ("1948", "1949", Wrong, "a year is never a typo"),
            ("51.9 million", "51.8 milion", Wrong, "numbers must agree"),
            ("51.9 million", "51.9 milion", Close, "the word may have a typo"),
            ("2007–2012", "20072012", Wrong, "two years are not one number"),
            ("de-nuclearizing", "denuclearizing", Close, "joined words"),
            ("Kim Jong Un", "Kim Jong-un", Exact, "a dash is a space"),
            ("Kim Jong Un", "Kim Jongun", Close, "run together"),
            ("Japan", "", Wrong, "nothing typed"),
            ("Japan", "?!", Wrong, "punctuation only"),
            ("48%", "48 percent", Exact, "percent sign"),
            ("Northeast Asia", "Southeast Asia", Wrong, "another word, not a typo"),
            ("Tsedendamba Batbayar", "Tsedendamba", Wrong, "a word left out"),
        ];
        for (expected, given, want, why) in cases {
            assert_eq!(check(expected, given), want, "{expected:?} vs {given:?}: {why}");
        }
    }

    #[test]
    fn an_answer_with_no_words_matches_only_itself() {
        assert_eq!(check("—", "—"), Exact, "the same text is exact");
        assert_eq!(check("—", "-"), Wrong, "different text");
        assert_eq!(check("—", ""), Wrong, "nothing typed");
    }

    #[test]
    fn every_number_word_may_start_a_number() {
        let units = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen";
        let more = "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety";
        for word in units.split(' ').chain(more.split(' ')).chain(["hundred", "thousand", "7", "300"]) {
            assert!(number_at(&[word, "thousand"], 0).is_some(), "{word} is a number");
            assert!(may_start_number(word), "{word}");
        }
        assert!(!may_start_number("delegation") && !may_start_number("mongolia"));
    }
}
