//! Multiple-choice cards and the distractors they (and false true/false statements) are made of.
//!
//! A distractor is the answer of another claim of the same kind. It is never the answer in
//! disguise: the matcher must call it wrong both ways, neither may contain the other, it may not
//! be a near-spelling of the answer, nor be named in the claim's own text or question, nor come
//! from a claim that conflicts with this one. It must have the answer's shape (a year for a year,
//! days for days). Among those, the plausible come first: the same grammatical form or unit,
//! then the same reading, then a shared tag, then nearer in size or length.

use rand::seq::SliceRandom;
use rand::{Rng, RngExt};
use rand_chacha::ChaCha8Rng;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

use super::shape::Shape;
use super::typed::{self, AnswerMatch, normalize};
use super::{Card, CardKind, card_id, card_rng};
use crate::content::{Claim, ClaimKind, Deck, Reading};
use crate::ids::ClaimId;

/// The options of a multiple-choice card.
pub const OPTIONS: usize = 4;

/// An answer named in more than one claim text in this many is the deck's subject.
const UBIQUITOUS: usize = 4;

/// Distractors come from the claims nearest in deck order (the same reading first of all), at
/// most this many; in a bigger deck, comparing every pair of answers would take hours.
const NEIGHBOURS: usize = 512;
// A position in the neighbourhood is kept in 16 bits, and their pairs in words of 64 bits.
const _: () = assert!(NEIGHBOURS <= 1 << 16 && NEIGHBOURS.is_multiple_of(64));

/// A bit for each of an entry's [`NEIGHBOURS`], in deck order.
type Paired = [u64; NEIGHBOURS / 64];

/// Every claim's answer, prepared once per deck for choosing distractors. Words are compared as
/// numbers: each distinct word (and stem, tag, reading) of the deck gets one.
pub struct Pool<'a> {
    entries: Vec<Entry<'a>>,
    /// For each entry, the entries whose answers may be its distractors, in deck order; worked
    /// out when first asked for, so that the cards of one claim need only its own.
    usable: Vec<OnceLock<Vec<u32>>>,
    /// Every entry's usable distractors at once, one entry's after the other, and where each
    /// entry's end: when the cards of the whole deck are made.
    all_usable: OnceLock<(Vec<u32>, Vec<u32>)>,
    /// For each entry, whether it may pair with each of its neighbours (a bit each, as
    /// [`Pool::prepare_all`] works them out): two answers that may pair are distinct, so ranking
    /// distractors need not compare them again.
    paired: OnceLock<Vec<Paired>>,
    index: FxHashMap<&'a ClaimId, usize>,
    /// The positions of the entries in the order of their texts' normal forms, to tell a false
    /// statement from a true one.
    by_text: Vec<u32>,
}

struct Entry<'a> {
    claim: &'a Claim,
    /// The claim's id and those it conflicts with.
    id: u32,
    /// The numbered lists of [`List`], one after the other, each ending where `ends` says: one
    /// allocation for all of them.
    lists: Box<[u32]>,
    ends: [u32; LISTS],
    /// The answer's normal form, as is and (numbered) without spaces.
    normal: String,
    compact: u32,
    /// [`typed::numbers_hash`] of the normal form.
    numbers: u64,
    chars: usize,
    /// How often each letter and digit occurs: a cheap lower bound on edit distances.
    histogram: [u16; 37],
    shape: Shape,
    /// The normal form of the claim's text.
    text: String,
    /// The question's interrogative and the word after it (`which country`, `how many`): answers
    /// to questions that start alike fit each other's grammar. Numbered, as words are.
    asks: Option<u32>,
    /// Whether the answer is named in so many claims that it is the deck's subject (`Mongolia`):
    /// never a distractor, since it may well be true (a meeting in Ulaanbaatar was in Mongolia).
    ubiquitous: bool,
    reading: u32,
    /// The claim's role, numbered; `None` without one.
    role: Option<u32>,
}

/// The numbered lists of an [`Entry`].
#[derive(Clone, Copy)]
enum List {
    /// The claims this one conflicts with.
    ConflictsWith,
    /// The words of the answer's normal form; none for an empty one.
    Words,
    /// Those of four or more letters, which name a person.
    LongWords,
    /// The words of the claim's text, in normal form: the first of its mentions.
    TextWords,
    /// The words of the claim's text, question and (for a name) paragraph, in normal form.
    Mentions,
    /// The answer's content words, cut to four letters (`japanese citizens` → `japa citi`),
    /// sorted and without repeats.
    Stems,
    Tags,
}

const LISTS: usize = 7;

impl Entry<'_> {
    fn list(&self, list: List) -> &[u32] {
        let n = list as usize;
        let start = if n == 0 { 0 } else { self.ends[n - 1] as usize };
        &self.lists[start..self.ends[n] as usize]
    }

    fn conflicts_with(&self) -> &[u32] {
        self.list(List::ConflictsWith)
    }

    fn words(&self) -> &[u32] {
        self.list(List::Words)
    }

    fn long_words(&self) -> &[u32] {
        self.list(List::LongWords)
    }

    fn text_words(&self) -> &[u32] {
        self.list(List::TextWords)
    }

    /// The text's words and the rest of the mentions: two lists in a row.
    fn mentions(&self) -> &[u32] {
        let start = self.ends[List::LongWords as usize] as usize;
        &self.lists[start..self.ends[List::Mentions as usize] as usize]
    }

    fn stems(&self) -> &[u32] {
        self.list(List::Stems)
    }

    fn tags(&self) -> &[u32] {
        self.list(List::Tags)
    }
}

/// Gives each distinct string a number, the same each time it is met.
#[derive(Default)]
struct Numbers(FxHashMap<String, u32>);

impl Numbers {
    fn of(&mut self, s: &str) -> u32 {
        if let Some(&n) = self.0.get(s) {
            return n;
        }
        let n = self.0.len() as u32;
        self.0.insert(s.to_owned(), n);
        n
    }

    /// Adds the words of a normal form to `out` (no words for an empty one). A normal form has
    /// no whitespace but the plain space.
    fn push_words(&mut self, normal: &str, out: &mut Vec<u32>) {
        out.extend(normal.split_ascii_whitespace().map(|w| self.of(w)));
    }
}

/// Whether the words `needle` occur in a row in `haystack`: for normal forms, whether the padded
/// one contains the other padded (` north korea ` in ` talks with north korea `).
fn says(haystack: &[u32], needle: &[u32]) -> bool {
    if needle.is_empty() {
        // Two spaces are only found in another empty normal form, padded.
        return haystack.is_empty();
    }
    haystack.windows(needle.len()).any(|w| w[0] == needle[0] && w == needle)
}

impl<'a> Pool<'a> {
    pub fn new(deck: &'a Deck) -> Pool<'a> {
        let mut numbers = Numbers::default();
        let mut words = Numbers::default();
        // Each entry's lists are gathered here, then copied out at their exact size.
        let mut lists = Vec::new();
        // Normal forms take most of the time and need nothing but their claim, so they are made
        // on every core; numbering their words, in deck order, follows.
        // Reversed, so that of two readings with one id the first is found, as `Deck::reading` does.
        let readings: FxHashMap<&str, &Reading> =
            deck.readings.iter().rev().map(|r| (r.citation.id.as_str(), r)).collect();
        let normals = super::parallel::map(&deck.claims, |claim| Normals::of(&readings, claim));
        let mut entries: Vec<Entry> = deck
            .claims
            .iter()
            .zip(normals)
            .map(|(claim, normals)| {
                let Normals { answer: normal, compact, text, question, paragraph, asks } = normals;
                let mut ends = [0; LISTS];
                let mut end = |list: List, lists: &[u32]| ends[list as usize] = lists.len() as u32;
                lists.clear();
                lists.extend(claim.conflicts_with.iter().map(|c| numbers.of(c.as_str())));
                end(List::ConflictsWith, &lists);
                let first_word = lists.len();
                words.push_words(&normal, &mut lists);
                end(List::Words, &lists);
                for (word, at) in normal.split(' ').zip(first_word..lists.len()) {
                    if word.chars().count() >= 4 {
                        lists.push(lists[at]);
                    }
                }
                end(List::LongWords, &lists);
                // What the claim mentions: each part normalised alone, so that no number or
                // article runs from one into the next.
                words.push_words(&text, &mut lists);
                end(List::TextWords, &lists);
                for part in [&question, &paragraph] {
                    words.push_words(part, &mut lists);
                }
                end(List::Mentions, &lists);
                push_stems(&normal, &mut numbers, &mut lists);
                end(List::Stems, &lists);
                lists.extend(claim.tags.iter().map(|t| numbers.of(t)));
                end(List::Tags, &lists);
                Entry {
                    claim,
                    id: numbers.of(claim.id.as_str()),
                    lists: lists.as_slice().into(),
                    ends,
                    compact: numbers.of(&compact),
                    numbers: typed::numbers_hash(&normal),
                    chars: normal.chars().count(),
                    histogram: histogram(&normal),
                    shape: Shape::of_normal(claim.kind, &claim.answer, &normal),
                    normal,
                    text,
                    asks: asks.map(|a| numbers.of(&a)),
                    ubiquitous: false,
                    reading: numbers.of(claim.reading.as_str()),
                    role: claim.role.as_deref().map(|r| numbers.of(r)),
                }
            })
            .collect();
        let texts = || entries.iter().map(Entry::text_words);
        // A text naming the answer has each of its words, so the answer's rarest word bounds how
        // many texts name it; only answers whose every word is common are searched for.
        let mut texts_with_word = vec![0usize; words.0.len()];
        let mut seen = Vec::new();
        for text in texts() {
            seen.clear();
            seen.extend_from_slice(text);
            seen.sort_unstable();
            seen.dedup();
            for &word in &seen {
                texts_with_word[word as usize] += 1;
            }
        }
        let ubiquitous: Vec<bool> = entries
            .iter()
            .map(|entry| {
                let bound = entry.words().iter().map(|&w| texts_with_word[w as usize]).min().unwrap_or(0);
                bound * UBIQUITOUS > entries.len()
                    && texts().filter(|t| says(t, entry.words())).count() * UBIQUITOUS > entries.len()
            })
            .collect();
        for (entry, ubiquitous) in entries.iter_mut().zip(ubiquitous) {
            entry.ubiquitous = ubiquitous;
        }
        let usable = entries.iter().map(|_| OnceLock::new()).collect();
        let index = deck.claims.iter().enumerate().map(|(k, c)| (&c.id, k)).collect();
        let mut by_text: Vec<u32> = (0..entries.len() as u32).collect();
        by_text.sort_unstable_by(|&a, &b| entries[a as usize].text.cmp(&entries[b as usize].text));
        Pool { entries, usable, all_usable: OnceLock::new(), paired: OnceLock::new(), index, by_text }
    }

    /// Works out every claim's usable distractors at once, before the cards of the whole deck
    /// are made.
    pub(super) fn prepare_all(&self) {
        let len = self.entries.len();
        let entries = &self.entries;
        let positions: Vec<usize> = (0..len).collect();
        // Whether two answers may stand beside each other does not depend on which of them is
        // asked about, so each pair is judged once, by the earlier of the two (or by the later,
        // where the earlier's neighbourhood leaves it out), and the verdict kept for both: a bit
        // for each neighbour. The judging is shared out over the cores.
        let mut paired = super::parallel::map(&positions, |&at| {
            let near = neighbours(at, len);
            let mut bits: Paired = [0; NEIGHBOURS / 64];
            let mut mark = |k: usize| bits[(k - near.start) / 64] |= 1 << ((k - near.start) % 64);
            for k in (at + 1).max(near.start)..near.end {
                if may_pair(&entries[at], &entries[k]) {
                    mark(k);
                }
            }
            for k in near.start..at {
                if !neighbours(k, len).contains(&at) && may_pair(&entries[k], &entries[at]) {
                    mark(k);
                }
            }
            bits
        });
        // The verdicts of the earlier on later neighbours, given to the later ones as well.
        for at in 0..len {
            let start = neighbours(at, len).start;
            let row = paired[at];
            for k in ones(&row).map(|bit| start + bit).filter(|&k| k > at) {
                let their = neighbours(k, len);
                if their.contains(&at) {
                    let bit = at - their.start;
                    paired[k][bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        // Each run's lists one after the other, and how many each entry has.
        let runs = super::parallel::runs(&positions, |run| {
            let (mut found, mut counts) = (Vec::new(), Vec::with_capacity(run.len()));
            for &at in run {
                let (target, start, before) = (&entries[at], neighbours(at, len).start, found.len());
                found.extend(
                    ones(&paired[at])
                        .filter(|&bit| usable_beside(target, &entries[start + bit]))
                        .map(|bit| (plausibility(target, &entries[start + bit]) << 16) | bit as u32),
                );
                counts.push((found.len() - before) as u32);
            }
            (found, counts)
        });
        let ends = runs.iter().flat_map(|(_, counts)| counts).scan(0, |end, &n| {
            *end += n;
            Some(*end)
        });
        let ends: Vec<u32> = ends.collect();
        let all = super::parallel::joined(runs.into_iter().map(|(found, _)| found).collect());
        // Already prepared, it stays as it was: the same lists.
        let _ = self.all_usable.set((all, ends));
        let _ = self.paired.set(paired);
    }

    /// Whether the answers of the entries at `a` and `b` are [`distinct`], read from whether
    /// they may pair where [`Pool::prepare_all`] has found that they do.
    fn distinct_at(&self, a: usize, b: usize) -> bool {
        let (first, second) = (&self.entries[a], &self.entries[b]);
        // Either's row holds the pair's verdict, where the other is among its neighbours.
        let paired_in = |row: usize, other: usize| {
            let near = neighbours(row, self.entries.len());
            let bit = other.wrapping_sub(near.start);
            let paired = self.paired.get().filter(|_| near.contains(&other));
            paired.map(|paired| paired[row][bit / 64] >> (bit % 64) & 1 == 1)
        };
        // Two answers are distinct or not whichever of them is asked about.
        match paired_in(a, b).or_else(|| paired_in(b, a)) {
            Some(true) => true,
            // Kept apart by nothing but their answers.
            Some(false) if may_stand_together(first, second) => false,
            _ => distinct(first, second),
        }
    }

    fn position(&self, claim: &Claim) -> Option<usize> {
        self.index.get(&claim.id).copied()
    }

    /// The entries whose answers may be distractors for the entry at `at`.
    /// Each is its [`plausibility`] beside the answer at `at` in the high half and its position
    /// from the start of the neighbourhood in the low half.
    fn usable(&self, at: usize) -> &[u32] {
        if let Some((all, ends)) = self.all_usable.get() {
            let start = if at == 0 { 0 } else { ends[at - 1] as usize };
            return &all[start..ends[at] as usize];
        }
        self.usable[at].get_or_init(|| {
            let target = &self.entries[at];
            let near = neighbours(at, self.entries.len());
            let start = near.start;
            near.filter(|&k| usable_for(target, &self.entries[k]))
                .map(|k| (plausibility(target, &self.entries[k]) << 16) | (k - start) as u32)
                .collect()
        })
    }

    /// Whether some claim of the deck says exactly `statement`, given in normal form.
    pub(super) fn is_stated(&self, normal: &str) -> bool {
        self.by_text.binary_search_by(|&k| self.entries[k as usize].text.as_str().cmp(normal)).is_ok()
    }

    /// Up to `limit` good distractors for `claim`, best first, pairwise distinct, each with its
    /// normal form. Ties in plausibility are broken by `rng`. Empty for a claim not in the deck.
    pub fn distractors<R: Rng>(&self, claim: &Claim, limit: usize, rng: &mut R) -> Vec<(&'a str, &str)> {
        self.ranked(claim, limit, rng).into_iter().map(|e| (e.claim.answer.as_str(), e.normal.as_str())).collect()
    }

    /// Like [`Pool::distractors`], but only those of the answer's exact grammatical form or
    /// unit: what can replace the answer inside its sentence.
    /// Each comes with its normal form.
    pub(super) fn replacements<R: Rng>(&self, claim: &Claim, limit: usize, rng: &mut R) -> Vec<(&'a str, &str)> {
        let Some(target) = self.position(claim).map(|k| &self.entries[k]) else {
            return Vec::new();
        };
        // Phrases only swap into a sentence cleanly when their questions ask alike.
        let phrase = matches!(claim.kind, ClaimKind::Event | ClaimKind::Relation | ClaimKind::Cause);
        self.ranked(claim, limit, rng)
            .into_iter()
            .filter(|e| target.shape.same_form(&e.shape))
            .filter(|e| !phrase || (target.asks.is_some() && target.asks == e.asks))
            .map(|e| (e.claim.answer.as_str(), e.normal.as_str()))
            .collect()
    }

    /// The normal forms of a claim's answer and of its text; none for a claim not in the deck.
    pub(super) fn normal_forms(&self, claim: &Claim) -> Option<(&str, &str)> {
        self.position(claim).map(|k| (self.entries[k].normal.as_str(), self.entries[k].text.as_str()))
    }

    fn ranked<R: Rng>(&self, claim: &Claim, limit: usize, rng: &mut R) -> Vec<&Entry<'a>> {
        let Some(at) = self.position(claim) else {
            return Vec::new();
        };
        let start = neighbours(at, self.entries.len()).start;
        // Each candidate as one number: its plausibility, then a random tie-break, then its
        // position, so that ordering the numbers orders the candidates by all three. Positions
        // differ, so no two numbers are equal.
        let mut keys: Vec<u64> = self
            .usable(at)
            .iter()
            .map(|&usable| {
                let plausibility = u64::from(usable >> 16);
                (plausibility << 48) | (u64::from(rng.random::<u32>()) << 16) | u64::from(usable & 0xffff)
            })
            .collect();
        // By their positions.
        let mut chosen: Vec<usize> = Vec::with_capacity(limit);
        // Only the best few are usually needed: they are sorted a few at a time, as needed.
        let mut sorted = 0;
        for at in 0..keys.len() {
            if chosen.len() == limit {
                break;
            }
            if at == sorted {
                let rest = &mut keys[at..];
                let next = rest.len().min(16);
                if next < rest.len() {
                    rest.select_nth_unstable(next);
                }
                rest[..next].sort_unstable();
                sorted += next;
            }
            let k = start + (keys[at] & 0xffff) as usize;
            if chosen.iter().all(|&c| self.distinct_at(c, k)) {
                chosen.push(k);
            }
        }
        chosen.into_iter().map(|k| &self.entries[k]).collect()
    }
}

/// The normal forms of a claim's answer, text and question, and what is read from them.
struct Normals {
    answer: String,
    /// The answer without spaces.
    compact: String,
    text: String,
    question: String,
    /// For a name, the paragraph its quote is in (else empty).
    paragraph: String,
    asks: Option<String>,
}

impl Normals {
    /// `readings` by id: looking one up in the deck would scan them all for every claim.
    fn of(readings: &FxHashMap<&str, &Reading>, claim: &Claim) -> Normals {
        let answer = normalize(&claim.answer);
        // A name in the same paragraph as the quote may well be part of the answer (the other
        // officials at the same meeting): never a wrong option.
        let paragraph = match claim.kind {
            ClaimKind::Person | ClaimKind::Place | ClaimKind::Organization => readings
                .get(claim.reading.as_str())
                .and_then(|r| r.blocks.get(claim.anchor.block))
                .map(|b| normalize(&b.plain_text()))
                .unwrap_or_default(),
            _ => String::new(),
        };
        let question = normalize(claim.question.as_deref().unwrap_or(""));
        Normals {
            compact: answer.replace(' ', ""),
            answer,
            text: normalize(&claim.text),
            asks: asks(&question),
            question,
            paragraph,
        }
    }
}

/// The positions of the [`NEIGHBOURS`] claims nearest to `at` in a deck of `len`, in deck order.
/// The positions of the set bits of `words`, lowest first.
fn ones(words: &[u64]) -> impl Iterator<Item = usize> + '_ {
    words.iter().enumerate().flat_map(|(n, &word)| {
        std::iter::successors(Some(word).filter(|&w| w != 0), |&w| Some(w & (w - 1)).filter(|&w| w != 0))
            .map(move |w| n * 64 + w.trailing_zeros() as usize)
    })
}

fn neighbours(at: usize, len: usize) -> std::ops::Range<usize> {
    let start = at.saturating_sub(NEIGHBOURS / 2).min(len.saturating_sub(NEIGHBOURS));
    start..len.min(start + NEIGHBOURS)
}

/// The interrogative of a question (in normal form) and the word after it, if it has one.
fn asks(normal: &str) -> Option<String> {
    const WH: [&str; 9] = ["which", "what", "who", "whom", "whose", "when", "where", "why", "how"];
    const AUXILIARIES: [&str; 10] = ["did", "does", "do", "is", "was", "were", "are", "has", "have", "had"];
    let words: Vec<&str> = normal.split(' ').collect();
    let at = words.iter().position(|w| WH.contains(w))?;
    // `what did` says little; `what did mongolia` a little more.
    let len = if words.get(at + 1).is_some_and(|w| AUXILIARIES.contains(w)) { 3 } else { 2 };
    Some(words[at..words.len().min(at + len)].join(" "))
}

/// Words that say little about what an answer is.
const STOP_WORDS: [&str; 12] = ["the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "its", "their"];

/// Adds the distinct stems of an answer's content words to `out`, numbered and sorted.
fn push_stems(normal: &str, numbers: &mut Numbers, out: &mut Vec<u32>) {
    let first = out.len();
    out.extend(
        normal
            .split(' ')
            .filter(|w| !STOP_WORDS.contains(w))
            .map(|w| numbers.of(&w[..w.char_indices().nth(4).map_or(w.len(), |(at, _)| at)])),
    );
    out[first..].sort_unstable();
    let mut kept = first;
    for at in first..out.len() {
        if kept == first || out[at] != out[kept - 1] {
            out[kept] = out[at];
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// How plausible `candidate`'s answer is beside `target`'s, in one byte, smaller first: the same
/// grammatical form or unit, then the same reading, then a shared tag, then nearer in size or
/// length. A number or a date is judged by its size first; words by their grammar and their
/// source.
fn plausibility(target: &Entry, candidate: &Entry) -> u32 {
    let tier = if candidate.reading == target.reading {
        0
    } else if candidate.tags().iter().any(|t| target.tags().contains(t)) {
        1
    } else {
        2
    };
    let form = u32::from(!target.shape.same_form(&candidate.shape));
    let asks = u32::from(target.asks.is_none() || target.asks != candidate.asks);
    let distance = target.shape.distance(&candidate.shape).min(8);
    // Fields of 1, 4, 2 and 1 bits (form, distance, tier, asks), or 1, 1, 2 and 4 bits.
    if target.shape.is_numeric() {
        (form << 7) | (distance << 3) | (tier << 1) | asks
    } else {
        (form << 7) | (asks << 6) | (tier << 4) | distance
    }
}

/// Whether `candidate`'s answer may stand as a wrong option beside `target`'s answer.
fn usable_for(target: &Entry, candidate: &Entry) -> bool {
    may_pair(target, candidate) && usable_beside(target, candidate)
}

/// The part of [`usable_for`] that is the same both ways: answers of one kind and class, from
/// claims that do not conflict, that are surely different answers.
fn may_pair(a: &Entry, b: &Entry) -> bool {
    may_stand_together(a, b) && distinct(a, b)
}

/// Whether two claims' answers may be options of one card, their answers aside: the same kind,
/// role and class of shape, and neither the other nor in conflict with it. The same both ways round.
fn may_stand_together(a: &Entry, b: &Entry) -> bool {
    a.claim.kind == b.claim.kind
        && same_role(a, b)
        && a.shape.same_class(&b.shape)
        && a.id != b.id
        && !a.conflicts_with().contains(&b.id)
        && !b.conflicts_with().contains(&a.id)
}

/// Whether one answer may stand for the other in the same role. Names stand only for names of
/// the same declared role (a Mongolian president for a Mongolian president); a phrase (an
/// event, a relation, a cause) never stands for another, since no rule tells which phrases
/// answer alike; numbers and dates go by their shape and, when they have one, their role.
fn same_role(a: &Entry, b: &Entry) -> bool {
    match a.claim.kind {
        ClaimKind::Date | ClaimKind::Number => a.role == b.role,
        ClaimKind::Person | ClaimKind::Place | ClaimKind::Organization => a.role.is_some() && a.role == b.role,
        ClaimKind::Event | ClaimKind::Relation | ClaimKind::Cause => false,
    }
}

/// The part of [`usable_for`] that depends on which answer is asked about: the candidate is an
/// answer, not the deck's subject, and is not named in the target's text or question.
fn usable_beside(target: &Entry, candidate: &Entry) -> bool {
    !candidate.normal.is_empty() && !candidate.ubiquitous && !says(target.mentions(), candidate.words())
}

/// Whether two answers are surely different answers, not one answer written two ways; for two
/// answers of one kind, the same whichever is asked about.
fn distinct(a: &Entry, b: &Entry) -> bool {
    if a.compact == b.compact || says(a.words(), b.words()) || says(b.words(), a.words()) {
        return false;
    }
    let edits = min_edits(a, b);
    !spelled_alike(a, b, edits)
        && !rephrases(a.stems(), b.stems())
        && (a.claim.kind != ClaimKind::Person || !a.long_words().iter().any(|w| b.words().contains(w)))
        && matcher_says_wrong(a, b, edits)
        && matcher_says_wrong(b, a, edits)
}

/// Whether the typed-answer matcher grades `given` wrong for `expected`, the two being at
/// least `edits` apart ([`min_edits`]). It forgives at most two edits, so answers surely further
/// apart are wrong without asking it.
fn matcher_says_wrong(expected: &Entry, given: &Entry, edits: usize) -> bool {
    edits > 2
        || (expected.numbers != given.numbers && expected.normal != given.normal)
        || typed::compare_normal(&expected.normal, &given.normal) == AnswerMatch::Wrong
}

fn histogram(normal: &str) -> [u16; 37] {
    let mut counts = [0u16; 37];
    for c in normal.chars().filter(|c| *c != ' ') {
        let bucket = match c {
            'a'..='z' => c as usize - 'a' as usize,
            '0'..='9' => 26 + c as usize - '0' as usize,
            _ => 36,
        };
        counts[bucket] = counts[bucket].saturating_add(1);
    }
    counts
}

/// A lower bound on the edits between two answers: an insertion or deletion changes one count
/// of the histogram, a substitution two, a transposition none; and spaces count by length.
fn min_edits(a: &Entry, b: &Entry) -> usize {
    let changed: usize = a.histogram.iter().zip(&b.histogram).map(|(x, y)| usize::from(x.abs_diff(*y))).sum();
    changed.div_ceil(2).max(a.chars.abs_diff(b.chars))
}

/// Whether two answers are one spelt two ways (`ukhnaagiin khurelsukh`, `ukhnaa khurelsukh`):
/// at least 80% alike, being at least `edits` apart ([`min_edits`]).
fn spelled_alike(a: &Entry, b: &Entry, edits: usize) -> bool {
    // The distance is at least the lower bound; skip the work when that decides it.
    edits * 5 <= a.chars.max(b.chars) && strsim::normalized_levenshtein(&a.normal, &b.normal) >= 0.8
}

/// Whether two answers say the same in other words: three or more content words in common,
/// making up more than half of the shorter answer (`North Korea’s abductions of Japanese
/// citizens` and `Japanese citizens abducted by North Korea`).
fn rephrases(a: &[u32], b: &[u32]) -> bool {
    // The same words in another order (`Russia and China`, `China and Russia`) are one answer.
    if !a.is_empty() && a == b {
        return true;
    }
    let common = a.iter().filter(|s| b.contains(s)).count();
    common >= 3 && common * 2 > a.len().min(b.len())
}

/// The multiple-choice card of a claim with a question and at least three good distractors:
/// the answer and three distractors, the author's first, then the best generated ones, in
/// random order.
pub(super) fn card(pool: &Pool, claim: &Claim, seed: u64) -> Option<Card> {
    let question = claim.question.as_ref()?;
    let (distractors, mut rng) = distractors_for_card(pool, claim, seed)?;
    let mut options: Vec<(bool, &str)> =
        std::iter::once((true, claim.answer.as_str())).chain(distractors.iter().map(|d| (false, *d))).collect();
    options.shuffle(&mut rng);
    let correct = options.iter().position(|(right, _)| *right).unwrap_or(0);
    let mut card = Card::single(claim, CardKind::MultipleChoice, question.clone());
    card.choices = options.into_iter().map(|(_, o)| o.to_owned()).collect();
    card.correct_choice = Some(correct as u32);
    Some(card)
}

/// Whether the claim has a multiple-choice card ([`card`]), without making it.
pub(super) fn has_card(pool: &Pool, claim: &Claim, seed: u64) -> bool {
    claim.question.is_some() && distractors_for_card(pool, claim, seed).is_some()
}

/// The three distractors of the claim's multiple-choice card, and the card's random generator
/// as they leave it; none when there are not three.
fn distractors_for_card<'p>(pool: &'p Pool, claim: &'p Claim, seed: u64) -> Option<(Vec<&'p str>, ChaCha8Rng)> {
    let id = card_id(&claim.id, CardKind::MultipleChoice);
    let mut rng = card_rng(seed, id.as_str());
    let mut distractors: Vec<&str> = Vec::with_capacity(OPTIONS - 1);
    // Options are told apart by the normal form the answer matcher uses, which the pool holds
    // for the deck's answers.
    let answer =
        pool.normal_forms(claim).map_or_else(|| Cow::Owned(normalize(&claim.answer)), |(a, _)| Cow::Borrowed(a));
    let mut taken = vec![answer];
    let generated =
        if claim.distractors.len() < OPTIONS - 1 { pool.distractors(claim, OPTIONS - 1, &mut rng) } else { Vec::new() };
    let authored = claim.distractors.iter().map(|d| (d.as_str(), Cow::Owned(normalize(d))));
    for (option, normal) in authored.chain(generated.into_iter().map(|(d, normal)| (d, Cow::Borrowed(normal)))) {
        if distractors.len() == OPTIONS - 1 {
            break;
        }
        if !taken.contains(&normal) {
            taken.push(normal);
            distractors.push(option);
        }
    }
    (distractors.len() == OPTIONS - 1).then_some((distractors, rng))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claim_toml, deck_from};
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    fn deck(claims: &[(&str, &str, &str, &str)]) -> Deck {
        let toml: String = claims
            .iter()
            .enumerate()
            .map(|(n, (id, answer, kind, extra))| {
                claim_toml(
                    id,
                    n,
                    &format!(
                        "text = \"It was {answer}.\"\nanswer = \"{answer}\"\nquestion = \"What?\"\nkind = \"{kind}\"\n{extra}"
                    ),
                )
            })
            .collect();
        deck_from(&toml)
    }

    fn distractors_of(deck: &Deck, claim: usize) -> Vec<String> {
        let pool = Pool::new(deck);
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        pool.distractors(&deck.claims[claim], 10, &mut rng).into_iter().map(|(d, _)| d.to_owned()).collect()
    }

    /// Ranking reads whether two answers are distinct from the pairs `prepare_all` kept, where
    /// it can; it must choose what comparing them again chooses. A synthetic deck bigger than a
    /// neighbourhood has pairs that only one of the two rows holds, and names of people.
    #[test]
    fn distractors_ranked_from_the_kept_pairs_are_those_ranked_by_comparing_again() {
        let spec = crate::synth::DeckSpec { claims: NEIGHBOURS + 200, claims_per_reading: 20, seed: 3 };
        // People with a role, so that their names are distractors for each other.
        let files: Vec<_> = crate::synth::deck_files(&spec)
            .into_iter()
            .map(|f| {
                crate::content::SourceFile::new(
                    f.path.clone(),
                    f.text.replace("kind = \"person\"", "kind = \"person\"\nrole = \"envoy\""),
                )
            })
            .collect();
        let synthetic = crate::content::compile(&files).expect("a valid deck");
        let mut names = 0;
        for deck in [Deck::builtin().unwrap(), synthetic] {
            let (compared, prepared) = (Pool::new(&deck), Pool::new(&deck));
            prepared.prepare_all();
            assert!(prepared.paired.get().is_some() && compared.paired.get().is_none());
            for claim in &deck.claims {
                let ranked = |pool: &Pool| {
                    let mut rng = ChaCha8Rng::seed_from_u64(11);
                    pool.distractors(claim, 10, &mut rng).into_iter().map(|(d, _)| d.to_owned()).collect::<Vec<_>>()
                };
                let chosen = ranked(&prepared);
                assert_eq!(chosen, ranked(&compared), "claim `{}`", claim.id);
                names += usize::from(claim.kind == ClaimKind::Person && chosen.len() > 1);
            }
        }
        assert!(names > 50, "people's names were ranked ({names})");
    }

    #[test]
    fn the_pool_holds_the_matchers_normal_form_of_every_answer() {
        // Options of a card are told apart by these, as by normalising each again.
        let deck = deck(&[
            ("a", "10,000", "number", ""),
            ("b", "The Hague", "place", ""),
            ("c", "two thousand", "number", ""),
            ("d", "Ulaanbaatar’s", "place", ""),
        ]);
        let pool = Pool::new(&deck);
        for claim in &deck.claims {
            assert_eq!(pool.normal_forms(claim).map(|(answer, _)| answer.to_owned()), Some(normalize(&claim.answer)));
        }
    }

    #[test]
    fn the_answer_in_disguise_is_never_a_distractor() {
        let deck = deck(&[
            ("a", "10,000", "number", ""),
            ("b", "10000", "number", ""),
            ("c", "ten thousand", "number", ""),
            ("d", "about 10,000", "number", ""),
            ("e", "3", "number", ""),
            ("f", "20", "number", ""),
        ]);
        assert_eq!(distractors_of(&deck, 0), ["20", "3"], "grouping, number words and containment are the same answer");
    }

    #[test]
    fn the_answers_words_in_another_order_are_not_a_distractor() {
        let deck = deck(&[
            ("a", "Russia and China", "place", "role = \"countries\""),
            ("b", "China and Russia", "place", "role = \"countries\""),
            ("c", "Japan and Korea", "place", "role = \"countries\""),
            ("d", "Norway and Sweden", "place", "role = \"countries\""),
            ("e", "Chile and Peru", "place", "role = \"countries\""),
            ("f", "Egypt and Sudan", "place", "role = \"countries\""),
        ]);
        let mut found = distractors_of(&deck, 0);
        found.sort();
        assert_eq!(found, ["Chile and Peru", "Egypt and Sudan", "Japan and Korea", "Norway and Sweden"]);
    }

    #[test]
    fn a_distractor_has_the_answers_shape() {
        let deck = deck(&[
            ("a", "1948", "date", ""),
            ("b", "March 2014", "date", ""),
            ("c", "2007–2012", "date", ""),
            ("d", "1990", "date", ""),
            ("e", "the late 20th century", "date", ""),
            ("f", "2014", "date", ""),
            ("g", "1924", "date", ""),
            ("h", "Japan", "place", ""),
        ]);
        let mut years = distractors_of(&deck, 0);
        assert_eq!(years[0], "1924", "the nearest year first");
        years.sort();
        assert_eq!(years, ["1924", "1990", "2014"], "only years");
    }

    #[test]
    fn conflicting_claims_and_spelling_variants_are_left_out() {
        let deck = deck(&[
            ("a", "Ukhnaagiin Khurelsukh", "person", "conflicts_with = [\"b\"]\nrole = \"leader\""),
            ("b", "Kim Jong Un", "person", "conflicts_with = [\"a\"]\nrole = \"leader\""),
            ("c", "Ukhnaa Khürelsükh", "person", "role = \"leader\""),
            ("d", "Shinzo Abe", "person", "role = \"leader\""),
        ]);
        assert_eq!(distractors_of(&deck, 0), ["Shinzo Abe"]);
    }

    #[test]
    fn a_claim_with_too_few_distractors_has_no_multiple_choice_card() {
        let few = deck(&[("a", "1948", "date", ""), ("b", "1990", "date", ""), ("c", "2014", "date", "")]);
        assert_eq!(card(&Pool::new(&few), &few.claims[0], 1), None);
        let enough = deck(&[
            ("a", "1948", "date", ""),
            ("b", "1990", "date", ""),
            ("c", "2014", "date", ""),
            ("d", "1924", "date", ""),
        ]);
        let card = card(&Pool::new(&enough), &enough.claims[0], 1).expect("three distractors");
        assert_eq!(card.id.as_str(), "a:multiple_choice");
        assert_eq!(card.choices.len(), OPTIONS);
        let correct = card.correct_choice.expect("a right option") as usize;
        assert_eq!(card.choices[correct], "1948", "correct_choice points at the answer");
    }

    #[test]
    fn names_stand_only_for_names_of_the_same_role() {
        let president = "role = \"mongolian-president\"";
        let deck = deck(&[
            ("a", "Elbegdorj", "person", president),
            ("b", "Battulga", "person", president),
            ("c", "Khurelsukh", "person", president),
            ("d", "Robert Einhorn", "person", "role = \"us-official\""),
            ("e", "Enkhbayar", "person", ""),
            ("f", "Enkhsaikhan", "person", president),
        ]);
        let mut found = distractors_of(&deck, 0);
        found.sort();
        assert_eq!(found, ["Battulga", "Enkhsaikhan", "Khurelsukh"], "no US official, nothing without a role");
        assert!(distractors_of(&deck, 4).is_empty(), "a name without a role gets no generated distractor");
    }

    #[test]
    fn phrases_get_no_generated_distractors_but_authored_ones_come_first() {
        let deck = deck(&[
            ("a", "a resolutely middle road", "relation", ""),
            ("b", "changing their attitude", "relation", ""),
            ("c", "long-standing", "relation", ""),
            ("d", "strategic partnership", "relation", ""),
            ("e", "1948", "date", "distractors = [\"1924\", \"1961\"]"),
            ("f", "1990", "date", ""),
            ("g", "2014", "date", ""),
        ]);
        assert!(distractors_of(&deck, 0).is_empty(), "no rule tells which phrases answer alike");
        let pool = Pool::new(&deck);
        assert_eq!(card(&pool, &deck.claims[0], 1), None, "a missing card beats a bad one");
        let dated = card(&pool, &deck.claims[4], 1).expect("two authored and one generated");
        let mut options = dated.choices.clone();
        options.sort();
        assert_eq!(options.len(), OPTIONS);
        assert!(options.contains(&"1924".to_owned()) && options.contains(&"1961".to_owned()), "{options:?}");
        let authored = deck_from(&claim_toml(
            "x",
            0,
            "text = \"It took a middle road.\"\nanswer = \"a middle road\"\nquestion = \"What?\"\nkind = \"relation\"\n\
             distractors = [\"a pro-Beijing course\", \"a pro-Seoul course\", \"a pro-Pyongyang course\"]",
        ));
        let card = card(&Pool::new(&authored), &authored.claims[0], 3).expect("three authored distractors");
        let mut options = card.choices.clone();
        options.sort();
        assert_eq!(options, ["a middle road", "a pro-Beijing course", "a pro-Pyongyang course", "a pro-Seoul course"]);
    }
}
