//! The card lint: what makes a valid deck give cards a teacher would not sign. A finding is
//! not an error (the deck compiles and can be studied), but `steppe check` reports every one,
//! located like a content problem, and the built-in deck has none.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

use toml::Spanned;

use super::claim::{RawClaim, parse_claims_file};
use super::problem::ContentProblem;
use super::source::SourceFile;
use super::{Block, Claim, Collector, Deck, MONTHS, ProblemCode, Reading, loose, loose_into};

/// Words that carry no fact: a cloze gap on one of them teaches nothing.
const FUNCTION_WORDS: [&str; 40] = [
    "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "was",
    "are", "were", "be", "been", "it", "its", "this", "that", "these", "those", "not", "no", "has", "have", "had",
    "do", "did", "which", "who", "whom", "than", "then",
];

/// Phrases that send the student to an article they do not have open.
const NEEDS_ARTICLE: [&str; 10] = [
    "the article",
    "this article",
    "the author",
    "the reading",
    "this reading",
    "the report",
    "the writer",
    "last year",
    "this year",
    "the piece",
];

/// More claims than this on one sentence with the same answer repeat one fact.
const MAX_ON_ONE_SENTENCE: usize = 2;

/// An answer this many times longer than every distractor (or shorter than every one), and by
/// at least `LENGTH_CUE_CHARS` characters, is picked by its length alone.
const LENGTH_CUE_RATIO: f64 = 1.4;
const LENGTH_CUE_CHARS: usize = 12;

/// How many claims are linted at once, on every core, before their findings are gathered in
/// deck order: a big deck's results are not all held at once.
const CLAIMS_AT_ONCE: usize = 4096;

/// Every finding of the lint on a compiled deck and the files it was compiled from.
pub fn lint(deck: &Deck, files: &[SourceFile]) -> Vec<ContentProblem> {
    let sites = claim_sites(files);
    let aligned: Vec<Option<&Site>> = deck.claims.iter().map(|c| sites.get(c.id.as_str())).collect();
    lint_at(deck, &aligned)
}

/// Where a claim's fields are written in its claims file: what the lint points at. The compiler
/// keeps them as it reads the file, so that a check does not parse every file twice.
pub(super) struct Site<'f> {
    pub file: &'f SourceFile,
    pub id: Range<usize>,
    pub text: Range<usize>,
    pub answer: Range<usize>,
    pub question: Option<Range<usize>>,
    pub event: Option<Range<usize>>,
    /// A question or event written blank: the claim has none, but the lint reads what is written.
    pub blank_question: Option<String>,
    pub blank_event: Option<String>,
    pub distractors: Vec<Range<usize>>,
    pub false_statements: Vec<Range<usize>>,
}

impl<'f> Site<'f> {
    pub fn of(file: &'f SourceFile, raw: &RawClaim) -> Site<'f> {
        let blank = |field: &Option<Spanned<String>>| {
            field.as_ref().map(|f| f.get_ref()).filter(|text| text.trim().is_empty()).cloned()
        };
        Site {
            file,
            id: raw.id.span(),
            text: raw.text.span(),
            answer: raw.answer.span(),
            question: raw.question.as_ref().map(Spanned::span),
            event: raw.event.as_ref().map(Spanned::span),
            blank_question: blank(&raw.question),
            blank_event: blank(&raw.event),
            distractors: raw.distractors.iter().map(Spanned::span).collect(),
            false_statements: raw.false_statements.iter().map(Spanned::span).collect(),
        }
    }
}

/// The lint of `deck` with the site of each of its claims (`sites[k]` of `deck.claims[k]`; a
/// claim without one is not linted).
pub(super) fn lint_at(deck: &Deck, sites: &[Option<&Site>]) -> Vec<ContentProblem> {
    // Looked up once per claim: a map, not a scan of every reading and dispute (reversed, so
    // that of two readings with one id the first is found, as `Deck::reading` finds it).
    let readings: FxHashMap<&str, &Reading> =
        deck.readings.iter().rev().map(|r| (r.citation.id.0.as_str(), r)).collect();
    let disputed: FxHashSet<&str> =
        deck.disputes.iter().flat_map(|d| &d.versions).flat_map(|v| &v.claims).map(|c| c.as_str()).collect();
    // What a claim says on its own does not depend on the others: worked out on every core, then
    // compared across claims in deck order, so the findings come in the same order as one pass.
    let positions: Vec<usize> = (0..deck.claims.len()).collect();
    let mut findings = Collector(Vec::new());
    let mut texts: FxHashMap<String, &str> = FxHashMap::default();
    // The claims of each sentence with each answer, by their place in the deck.
    let mut sentences: FxHashMap<(&str, usize, usize, String), Vec<usize>> = FxHashMap::default();
    for batch in positions.chunks(CLAIMS_AT_ONCE) {
        let linted = crate::cards::parallel::map(batch, |&k| {
            let claim = &deck.claims[k];
            sites[k].map(|site| lint_claim(claim, site, readings.get(claim.reading.as_str()).copied(), &disputed))
        });
        for (&k, linted) in batch.iter().zip(linted) {
            let (Some(site), Some(linted)) = (sites[k], linted) else { continue };
            let claim = &deck.claims[k];
            findings.0.extend(linted.findings);
            if let Some(first) = texts.insert(linted.text, claim.id.as_str()) {
                findings.add(
                    "duplicate-text",
                    site.file,
                    site.id.clone(),
                    ProblemCode::DuplicateText,
                    vec![("claim", claim.id.as_str().into()), ("first", first.into())],
                );
            }
            let sentence = (claim.reading.as_str(), claim.anchor.block, linted.sentence, linted.answer);
            sentences.entry(sentence).or_default().push(k);
        }
    }
    let ids = |claims: &Vec<usize>| claims.iter().map(|&k| deck.claims[k].id.as_str()).collect::<Vec<&str>>();
    let mut crowded: Vec<Vec<&str>> =
        sentences.values().filter(|claims| claims.len() > MAX_ON_ONE_SENTENCE).map(ids).collect();
    crowded.sort();
    let at: FxHashMap<&str, usize> = if crowded.is_empty() {
        FxHashMap::default()
    } else {
        deck.claims.iter().enumerate().map(|(k, c)| (c.id.as_str(), k)).collect()
    };
    for ids in crowded {
        let last = ids[ids.len() - 1];
        if let Some(&k) = at.get(last)
            && let Some(site) = sites[k]
        {
            let claim = &deck.claims[k];
            findings.add(
                "repeated-fact",
                site.file,
                site.id.clone(),
                ProblemCode::RepeatedFact,
                vec![
                    ("count", ids.len().into()),
                    ("claims", ids.join(", ").into()),
                    ("answer", claim.answer.as_str().into()),
                ],
            );
        }
    }
    findings.0
}

/// What the lint finds in one claim alone, and what it compares across claims.
struct Linted {
    findings: Vec<ContentProblem>,
    /// The claim's text and answer in loose form.
    text: String,
    answer: String,
    /// The sentence of its block its quote starts in.
    sentence: usize,
}

/// The findings of one claim that depend on no other claim; `reading` is its reading.
fn lint_claim(claim: &Claim, site: &Site, reading: Option<&Reading>, disputed: &FxHashSet<&str>) -> Linted {
    let mut findings = Collector(Vec::new());
    let mut normal = String::new();
    let file = site.file;
    let question = claim.question.as_deref().or(site.blank_question.as_deref()).zip(site.question.clone());
    let event = claim.event.as_deref().or(site.blank_event.as_deref()).zip(site.event.clone());
    let mut fields: Vec<(&str, Range<usize>)> = vec![(claim.text.as_str(), site.text.clone())];
    fields.extend(question.clone());
    fields.extend(event.clone());
    let authored = claim.distractors.iter().zip(&site.distractors);
    fields.extend(
        authored
            .chain(claim.false_statements.iter().zip(&site.false_statements))
            .map(|(d, span)| (d.as_str(), span.clone())),
    );
    for (text, span) in &fields {
        if let Some(word) = doubled_word(text) {
            findings.add(
                "doubled-word",
                file,
                span.clone(),
                ProblemCode::DoubledWord,
                vec![("word", word.as_str().into())],
            );
        }
    }
    let answer = loose(&claim.answer);
    if let Some((q, span)) = &question {
        loose_into(q, &mut normal);
        if contains_words(&normal, &answer) {
            findings.add(
                "answer-in-prompt",
                file,
                span.clone(),
                ProblemCode::QuestionNamesAnswer,
                vec![("answer", claim.answer.as_str().into())],
            );
        }
    }
    if let Some(giveaway) = giveaway_in_text(&claim.text, &claim.answer, &answer) {
        findings.add(
            "answer-in-prompt",
            file,
            site.text.clone(),
            ProblemCode::TextGivesAnswerAway,
            vec![("answer", claim.answer.as_str().into()), ("giveaway", giveaway.as_str().into())],
        );
    }
    if !answer.is_empty() && answer.split(' ').all(|w| FUNCTION_WORDS.contains(&w)) {
        findings.add(
            "function-word-gap",
            file,
            site.answer.clone(),
            ProblemCode::FunctionWordGap,
            vec![("answer", claim.answer.as_str().into())],
        );
    }
    if let Some(first) = site.distractors.first()
        && let Some((length, other)) = length_cue(&claim.answer, claim.distractors.iter().map(String::as_str))
    {
        findings.add(
            "length-cue",
            file,
            first.clone(),
            ProblemCode::LengthCue,
            vec![("answer", claim.answer.as_str().into()), ("length", length.into()), ("other", other.into())],
        );
    }
    if let Some((event, span)) = &event
        && states_a_date(event)
    {
        findings.add("dated-event", file, span.clone(), ProblemCode::DatedEvent, vec![("event", (*event).into())]);
    }
    if let Some((q, span)) = &question {
        let lower = q.to_lowercase();
        if let Some(phrase) = NEEDS_ARTICLE.iter().find(|p| lower.contains(*p)) {
            findings.add(
                "needs-context",
                file,
                span.clone(),
                ProblemCode::NeedsContext,
                vec![("phrase", (*phrase).into())],
            );
        }
    }
    let text = loose(&claim.text);
    if !claim.false_statements.is_empty() {
        for (statement, span) in claim.false_statements.iter().zip(&site.false_statements) {
            loose_into(statement, &mut normal);
            if normal == text {
                findings.add("true-false-statement", file, span.clone(), ProblemCode::FalseStatementIsOwnText, vec![]);
            }
        }
    }
    if disputed.contains(claim.id.as_str()) {
        let source = reading.map(|r| r.citation.short()).unwrap_or_default();
        let name = source.split(" (").next().unwrap_or(&source).to_lowercase();
        let unattributed: Vec<(&str, Range<usize>)> =
            fields.iter().take(if question.is_some() { 2 } else { 1 }).cloned().collect();
        for (text, span) in unattributed {
            if !text.to_lowercase().contains(&name) {
                findings.add(
                    "unattributed-version",
                    file,
                    span,
                    ProblemCode::UnattributedVersion,
                    vec![("claim", claim.id.as_str().into()), ("source", source.as_str().into())],
                );
            }
        }
    }
    Linted { findings: findings.0, text, answer, sentence: sentence_of(reading, claim) }
}

/// Each claim's file and the places of its fields, by id.
fn claim_sites(files: &[SourceFile]) -> FxHashMap<String, Site<'_>> {
    let mut sites = FxHashMap::default();
    for file in files.iter().filter(|f| f.path.starts_with("claims/")) {
        if let Ok(parsed) = parse_claims_file(file) {
            for raw in parsed.claim {
                sites.entry(raw.id.get_ref().clone()).or_insert_with(|| Site::of(file, &raw));
            }
        }
    }
    sites
}

/// The first word said twice in a row, ignoring case and punctuation between them.
/// The answer's length and the nearest distractor's, in characters, when the answer is far longer
/// than every distractor or far shorter than every one.
fn length_cue<'a>(answer: &str, distractors: impl Iterator<Item = &'a str>) -> Option<(usize, usize)> {
    let lengths: Vec<usize> = distractors.map(|d| d.chars().count()).collect();
    let (shortest, longest) = (*lengths.iter().min()?, *lengths.iter().max()?);
    let own = answer.chars().count();
    let stands_out =
        |long: usize, short: usize| long as f64 >= LENGTH_CUE_RATIO * short as f64 && long - short >= LENGTH_CUE_CHARS;
    if own > longest && stands_out(own, longest) {
        Some((own, longest))
    } else if own < shortest && stands_out(shortest, own) {
        Some((own, shortest))
    } else {
        None
    }
}

fn doubled_word(text: &str) -> Option<String> {
    let text = loose(text);
    let mut words = text.split(' ');
    let mut previous = words.next()?;
    for word in words {
        if word == previous && word.chars().any(char::is_alphabetic) {
            return Some(word.to_owned());
        }
        previous = word;
    }
    None
}

/// Whether the loose text `haystack` holds the loose words `needle` as whole words.
fn contains_words(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    // Every place it occurs, overlapping ones too, until one stands between spaces or ends.
    let (bytes, mut from) = (haystack.as_bytes(), 0);
    while let Some(found) = haystack[from..].find(needle) {
        let (at, end) = (from + found, from + found + needle.len());
        if (at == 0 || bytes[at - 1] == b' ') && (end == bytes.len() || bytes[end] == b' ') {
            return true;
        }
        from = at + haystack[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// What still gives the answer away once it is hidden in `text`: the answer said a second
/// time, or its initials (`Republic of Korea` beside `(ROK)`). `loose_answer` is the answer's
/// [`loose`] form.
fn giveaway_in_text(text: &str, answer: &str, loose_answer: &str) -> Option<String> {
    let at = text.find(answer)?;
    let rest = format!("{} {}", &text[..at], &text[at + answer.len()..]);
    if contains_words(&loose(&rest), loose_answer) {
        return Some(answer.to_owned());
    }
    // Initials give a name away where they stand for it: in brackets or after a dash.
    let named: Vec<&str> = answer.split_whitespace().collect();
    if named.len() >= 2 {
        for (at, _) in rest.match_indices(['(', '—', '–']) {
            let after = &rest[at..];
            let word: String = after.chars().skip(1).take_while(|c| c.is_alphanumeric()).collect();
            if word.chars().count() >= 2 && word.chars().all(char::is_uppercase) && is_initials_of(&word, &named) {
                return Some(word);
            }
        }
    }
    None
}

/// Whether `acronym` is made of the initials of `words`, small words optional (`ROK` for
/// `Republic of Korea`).
fn is_initials_of(acronym: &str, words: &[&str]) -> bool {
    let all: String = words.iter().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    let capitals: String = words.iter().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    acronym == all || acronym == capitals
}

/// Whether an event names a year, a month or a day.
fn states_a_date(event: &str) -> bool {
    let lower = event.to_lowercase();
    let years = lower
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    // `may` is a month only when written `May`.
    let month = event.split(|c: char| !c.is_alphabetic()).any(|w| {
        let lower = w.to_lowercase();
        MONTHS.contains(&lower.as_str()) && (lower != "may" || w.starts_with('M'))
    });
    years || month
}

/// Which sentence of its block (in its `reading`) a claim's quote starts in: how many `. `, `? `
/// and `! ` stand before it in the block's plain text.
fn sentence_of(reading: Option<&Reading>, claim: &Claim) -> usize {
    reading
        .and_then(|r| r.blocks.get(claim.anchor.block))
        .map_or(0, |block| sentences_before(block, claim.anchor.start))
}

/// How many sentences of `block` end before byte `start` of its plain text.
fn sentences_before(block: &Block, start: usize) -> usize {
    let before = block.plain_pieces().flat_map(str::bytes).take(start);
    let mut ends = 0;
    let mut previous = 0;
    for byte in before {
        if byte == b' ' && matches!(previous, b'.' | b'?' | b'!') {
            ends += 1;
        }
        previous = byte;
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_linted_on_every_core_give_the_findings_of_one_pass_in_deck_order() {
        // More claims than are linted at once.
        let spec = crate::synth::DeckSpec { claims: CLAIMS_AT_ONCE + 500, claims_per_reading: 20, seed: 7 };
        let mut files = crate::synth::deck_files(&spec);
        // A doubled word in a claim of every third claims file, spread over the whole deck.
        let mut doubled = 0;
        for (n, file) in files.iter_mut().filter(|f| f.path.starts_with("claims/")).enumerate() {
            if n % 3 == 0 && file.text.contains("text = \"Delegation") {
                let text = file.text.replacen("text = \"Delegation", "text = \"Delegation delegation", 1);
                *file = SourceFile::new(file.path.clone(), text);
                doubled += 1;
            }
        }
        let (deck, findings) = super::super::check(&files, true).expect("a valid deck");
        let sites = claim_sites(&files);
        let readings: FxHashMap<&str, &Reading> = deck.readings.iter().map(|r| (r.citation.id.0.as_str(), r)).collect();
        let one_pass: Vec<ContentProblem> = deck
            .claims
            .iter()
            .flat_map(|c| {
                let reading = readings.get(c.reading.as_str()).copied();
                lint_claim(c, &sites[c.id.as_str()], reading, &FxHashSet::default()).findings
            })
            .collect();
        let lines = |found: &[ContentProblem]| found.iter().map(ContentProblem::one_line).collect::<Vec<_>>();
        assert!(doubled > 50);
        assert_eq!(findings.len(), doubled);
        assert_eq!(lines(&findings), lines(&one_pass));
    }

    #[test]
    fn sentences_are_counted_across_runs_as_in_the_plain_text() {
        let file = SourceFile::new(
            "readings/r.md",
            "+++\nid = \"r\"\ntitle = \"T\"\npublisher = \"P\"\npublished = \"2020\"\n+++\n\n\
             One. *Two* three! Four?[^1] *Five.* Six. Seven [link](https://x.org). End\n\n[^1]: A note. Here.\n",
        );
        let reading = super::super::parse_reading(&file).expect("a reading");
        for block in &reading.blocks {
            let text = block.plain_text();
            for start in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                let before = &text[..start];
                let counted =
                    before.matches(". ").count() + before.matches("? ").count() + before.matches("! ").count();
                assert_eq!(sentences_before(block, start), counted, "{before:?}");
            }
        }
        assert!(reading.blocks[0].runs.len() > 3, "runs to count across");
    }

    #[test]
    fn doubled_words_are_found_across_punctuation_and_case() {
        assert_eq!(doubled_word("It remained remained strong.").as_deref(), Some("remained"));
        assert_eq!(doubled_word("its Its own standing").as_deref(), Some("its"));
        assert_eq!(doubled_word("in 2014, 2014 talks"), None, "numbers may repeat");
        assert_eq!(doubled_word("a plain sentence"), None);
    }

    #[test]
    fn an_answer_shown_twice_or_by_its_initials_is_a_giveaway() {
        assert_eq!(
            giveaway_in_text(
                "South Korea's official name is the Republic of Korea (ROK).",
                "Republic of Korea",
                "republic of korea"
            )
            .as_deref(),
            Some("ROK")
        );
        assert_eq!(giveaway_in_text("Japan met Japan's envoy.", "Japan", "japan").as_deref(), Some("Japan"));
        assert_eq!(giveaway_in_text("Mongolia hosted the talks in Ulaanbaatar.", "Ulaanbaatar", "ulaanbaatar"), None);
    }

    #[test]
    fn words_are_found_whole_where_they_overlap_a_part() {
        let padded = |h: &str, n: &str| !n.is_empty() && format!(" {h} ").contains(&format!(" {n} "));
        for (haystack, needle) in [
            ("ba a a", "a a"),
            ("north korea", "korea"),
            ("north korean", "korea"),
            ("korea", "korea"),
            ("a", ""),
            ("", "a"),
            ("mongolia s role", "mongolia"),
            ("xa a", "a a"),
            ("café au lait", "au"),
        ] {
            assert_eq!(contains_words(haystack, needle), padded(haystack, needle), "{needle:?} in {haystack:?}");
        }
    }

    #[test]
    fn events_that_state_a_date_are_found() {
        assert!(states_a_date("Mongolia expels workers in 2017"));
        assert!(states_a_date("the March talks"));
        assert!(!states_a_date("Mongolia expels North Korean workers"));
        assert!(!states_a_date("5,300 workers arrive"), "a count is not a year");
    }
}
