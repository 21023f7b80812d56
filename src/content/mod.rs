//! Deck content: readings (Markdown + front matter) and claims (TOML), parsed, anchored,
//! validated and compiled into a [`Deck`].

pub mod anchor;
mod claim;
mod dispute;
mod lint;
mod problem;
mod reading;
mod source;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::ops::Range;

pub use anchor::Anchor;
pub use claim::ClaimKind;
pub use dispute::{DISPUTES_FILE, Dispute, Version};
pub use lint::lint;
pub use problem::{
    ContentProblem, ContentProblems, EXCERPT_CHARS, LintFindings, ProblemArg, ProblemCode, ProblemReport,
    bounded_message, excerpt,
};
pub use reading::{Block, BlockKind, Citation, Reading, Run, parse_reading};
pub use source::{ReadDeckError, SourceFile, TextStyle, builtin_files, read_dir};

use crate::ids::{ClaimId, ReadingId};

/// `deck.toml`: what the deck is and the order of its readings.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeckInfo {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub authors: Vec<String>,
    pub version: String,
    #[serde(default = "english")]
    pub language: String,
    pub readings: Vec<ReadingId>,
}

fn english() -> String {
    "en".into()
}

/// A fact from a reading, anchored to the quote that supports it.
#[derive(Clone, Debug, Serialize)]
pub struct Claim {
    pub id: ClaimId,
    pub reading: ReadingId,
    pub quote: String,
    pub anchor: Anchor,
    pub text: String,
    pub answer: String,
    pub question: Option<String>,
    pub kind: ClaimKind,
    pub date: Option<String>,
    pub tags: Vec<String>,
    /// The claims that give another version of what this one says: those named in its
    /// `conflicts_with` and the other versions of its dispute.
    pub conflicts_with: Vec<ClaimId>,
    /// What the answer is, finer than `kind` (`mongolian-president`, `port`): generated
    /// distractors and false statements come only from claims of the same role.
    pub role: Option<String>,
    /// The event in a few words without its date (`Mongolia expels North Korean workers`): a
    /// dated claim with one is an item of its reading's timelines.
    pub event: Option<String>,
    /// Wrong options written by the deck's author; they come before generated ones.
    pub distractors: Vec<String>,
    /// False statements written by the deck's author, used before generated ones.
    pub false_statements: Vec<String>,
    /// Whether the question may be asked as a typed card (`typed = false` in the claims file
    /// says never: the answer is the author's wording, which a student may put otherwise).
    pub typed: bool,
}

/// A checked deck: every quote found exactly once, every reference resolved.
#[derive(Clone, Debug)]
pub struct Deck {
    pub info: DeckInfo,
    /// In the order of `deck.toml`.
    pub readings: Vec<Reading>,
    /// Grouped by reading in deck order, then in file order.
    pub claims: Vec<Claim>,
    /// In the order of `disputes.toml`.
    pub disputes: Vec<Dispute>,
    /// A hash of the source files the deck was compiled from (names and text): equal for the
    /// same files, so what was made from the deck before can be used again.
    pub fingerprint: u64,
}

impl Deck {
    pub fn reading(&self, id: &ReadingId) -> Option<&Reading> {
        self.readings.iter().find(|r| &r.citation.id == id)
    }

    pub fn claim(&self, id: &ClaimId) -> Option<&Claim> {
        self.claims.iter().find(|c| &c.id == id)
    }

    /// The dispute that claim `id` is a version of, if any.
    pub fn dispute_of(&self, id: &ClaimId) -> Option<&Dispute> {
        self.disputes.iter().find(|d| d.versions.iter().any(|v| v.claims.contains(id)))
    }

    /// The built-in deck, compiled from the copy embedded in the binary.
    pub fn builtin() -> Result<Deck, ContentProblems> {
        compile(&builtin_files())
    }
}

/// The months' English names in lower case, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date.
pub fn is_valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, d] => {
            digits(y, 4) && digits(m, 2) && digits(d, 2) && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
        }
        _ => false,
    }
}

pub fn is_kebab_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

struct Collector(Vec<ContentProblem>);

impl Collector {
    fn add(
        &mut self,
        rule: &'static str,
        file: &SourceFile,
        span: Range<usize>,
        code: ProblemCode,
        args: Vec<(&'static str, ProblemArg)>,
    ) {
        self.0.push(ContentProblem::new(rule, file, span, code, args));
    }
}

/// What is found of a claim on its own, beside the parse of its file and on every core: its
/// kind, where its quote is, and its problems in the order they are reported. A duplicate id,
/// which needs the claims before it, is reported between `first` and `rest`.
struct ClaimAlone {
    kind: Option<ClaimKind>,
    anchor: Option<anchor::Anchor>,
    /// Nothing here keeps the claim out of the deck.
    ok: bool,
    first: Vec<ContentProblem>,
    rest: Vec<ContentProblem>,
}

impl ClaimAlone {
    fn check(file: &SourceFile, raw: &claim::RawClaim, reading: &Reading, norms: &[anchor::Normalized]) -> Self {
        let mut first = Collector(Vec::new());
        let mut problems = Collector(Vec::new());
        let mut ok = true;
        let id = raw.id.get_ref();
        if !is_kebab_id(id) {
            first.add("bad-id", file, raw.id.span(), ProblemCode::ClaimIdNotKebab, vec![("id", id.as_str().into())]);
            ok = false;
        }
        let kind = ClaimKind::parse(raw.kind.get_ref());
        if kind.is_none() {
            let names: Vec<_> = ClaimKind::ALL.iter().map(|k| k.name()).collect();
            problems.add(
                "unknown-kind",
                file,
                raw.kind.span(),
                ProblemCode::UnknownKind,
                vec![("kind", raw.kind.get_ref().as_str().into()), ("kinds", names.join(", ").into())],
            );
        }
        if !raw.text.get_ref().contains(raw.answer.get_ref().as_str()) || raw.answer.get_ref().trim().is_empty() {
            problems.add(
                "answer-not-in-text",
                file,
                raw.answer.span(),
                ProblemCode::AnswerNotInText,
                vec![("answer", raw.answer.get_ref().as_str().into())],
            );
            ok = false;
        }
        if let Some(date) = &raw.date
            && !is_valid_date(date.get_ref())
        {
            problems.add(
                "bad-date",
                file,
                date.span(),
                ProblemCode::BadDate,
                vec![("date", date.get_ref().as_str().into())],
            );
            ok = false;
        }
        if let Some(role) = &raw.role
            && !is_kebab_id(role.get_ref())
        {
            problems.add(
                "bad-role",
                file,
                role.span(),
                ProblemCode::RoleNotKebab,
                vec![("role", role.get_ref().as_str().into())],
            );
            ok = false;
        }
        for field in raw.distractors.iter().chain(&raw.false_statements) {
            if field.get_ref().trim().is_empty() {
                problems.add("empty-field", file, field.span(), ProblemCode::EmptyField, vec![]);
                ok = false;
            }
        }
        let fields = [Some(&raw.quote), Some(&raw.text), Some(&raw.answer), raw.question.as_ref(), raw.event.as_ref()];
        for field in fields.into_iter().flatten().chain(&raw.distractors).chain(&raw.false_statements) {
            if let Some(c) = control_character(field.get_ref()) {
                problems.add(
                    "control-character",
                    file,
                    field.span(),
                    ProblemCode::ControlCharacter,
                    vec![("char", format!("{:04X}", u32::from(c)).into())],
                );
                ok = false;
            }
        }
        let prefix = raw.prefix.as_deref().unwrap_or("");
        let suffix = raw.suffix.as_deref().unwrap_or("");
        let anchor = match anchor::find(norms, raw.quote.get_ref(), prefix, suffix) {
            anchor::Found::One(anchor) => Some(anchor),
            anchor::Found::Ambiguous(n) => {
                problems.add(
                    "ambiguous-quote",
                    file,
                    raw.quote.span(),
                    ProblemCode::AmbiguousQuote,
                    vec![("count", n.into()), ("path", reading.path.as_str().into())],
                );
                None
            }
            anchor::Found::NotFound => {
                let long = raw.quote.get_ref().chars().count();
                let affixed = if prefix.is_empty() && suffix.is_empty() { "no" } else { "yes" };
                let mut args = vec![("affixed", affixed.into()), ("path", reading.path.as_str().into())];
                match anchor::nearest_passage(norms, raw.quote.get_ref()) {
                    Some(near) => args.extend([("hint", "near".into()), ("near", near.into())]),
                    None if long > anchor::MAX_HINTED_QUOTE_CHARS => args.extend([
                        ("hint", "long".into()),
                        ("length", long.into()),
                        ("max", anchor::MAX_HINTED_QUOTE_CHARS.into()),
                    ]),
                    None => args.push(("hint", "empty".into())),
                }
                problems.add("quote-not-found", file, raw.quote.span(), ProblemCode::QuoteNotFound, args);
                None
            }
        };
        ClaimAlone { kind, anchor, ok, first: first.0, rest: problems.0 }
    }
}

/// The first control character of `text` other than a tab or a line break. Its bytes are looked
/// at first, a run of them at once: a control character (U+0000–U+001F, U+007F–U+009F) is a byte
/// under 0x20, 0x7F, or 0xC2 starting U+0080–U+009F, and most text has none of those.
fn control_character(text: &str) -> Option<char> {
    // Without stopping at the first, so that the bytes are looked at many at a time.
    let suspect =
        text.bytes().fold(false, |seen, b| seen | (b < 0x20 && b != b'\t' && b != b'\n') | (b == 0x7f) | (b == 0xc2));
    if !suspect {
        return None;
    }
    text.chars().find(|c| c.is_control() && !matches!(c, '\t' | '\n'))
}

/// A hash of the files' paths and texts in path order, which names the deck's files in the card
/// cache's key. That key also names the release, so a hash that changed with a new build would
/// only make the cards once more.
fn fingerprint(files: &[(String, std::sync::Arc<String>)]) -> u64 {
    use std::hash::Hasher;
    let mut sorted: Vec<&(String, std::sync::Arc<String>)> = files.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    // Eight bytes at a time, not one: this reads every byte of the deck.
    let mut hasher = rustc_hash::FxHasher::default();
    for (path, text) in sorted {
        for bytes in [path.as_bytes(), text.as_bytes()] {
            hasher.write(bytes);
            hasher.write_u8(0);
        }
    }
    hasher.finish()
}

/// Parses, anchors and validates a deck's files. Every problem of the run is returned at once;
/// a deck with any problem is never handed out half-built.
pub fn compile(files: &[SourceFile]) -> Result<Deck, ContentProblems> {
    build(files, false).map(|(deck, _)| deck)
}

/// What `steppe check` does: compiles the deck's files and, with `lint`, runs the card lint on
/// them ([`lint`]), its findings in the same order. The places of the claims' fields are kept
/// from compiling for the lint, so no file is parsed twice.
pub fn check(files: &[SourceFile], lint: bool) -> Result<(Deck, Vec<ContentProblem>), ContentProblems> {
    let (deck, sites) = build(files, lint)?;
    let findings = if lint {
        let sites: Vec<Option<&lint::Site>> = sites.iter().map(Some).collect();
        lint::lint_at(&deck, &sites)
    } else {
        Vec::new()
    };
    Ok((deck, findings))
}

/// A reading file as parsed on its own, with the normal form of each block for anchoring.
type ParsedReading = Result<(Reading, Vec<anchor::Normalized>), ContentProblem>;

/// How many claims files are parsed at once (on every core) before they are checked in order:
/// a big deck's claims are not all held twice, parsed and compiled.
const CLAIMS_FILES_AT_ONCE: usize = 256;

/// The deck and, with `keep_sites`, where each of its claims is written (in the order of the
/// deck's claims).
// A problem is rare and carries its source for rendering; boxing it would buy nothing.
#[allow(clippy::result_large_err)]
fn build(files: &[SourceFile], keep_sites: bool) -> Result<(Deck, Vec<lint::Site<'_>>), ContentProblems> {
    // The fingerprint reads every byte of every file, one after the other: it is worked out
    // beside the rest.
    let named: Vec<(String, std::sync::Arc<String>)> = files.iter().map(|f| (f.path.clone(), f.text.clone())).collect();
    let fingerprinted = std::thread::spawn(move || fingerprint(&named));
    // Each reading is parsed on its own, on every core; what needs several files follows in order.
    let reading_files: Vec<&SourceFile> = files.iter().filter(|f| f.path.starts_with("readings/")).collect();
    let parsed: Vec<ParsedReading> = crate::cards::parallel::map_shared(&reading_files, |file| {
        reading::parse_reading(file).map(|r| {
            let norms = r.blocks.iter().map(|b| anchor::normalize(&b.plain_text())).collect();
            (r, norms)
        })
    });
    let mut problems = Collector(Vec::new());
    let deck_file = files.iter().find(|f| f.path == "deck.toml");
    let info: Option<DeckInfo> = match deck_file {
        None => {
            let placeholder = SourceFile::new("deck.toml", "");
            problems.add("deck-file", &placeholder, 0..0, ProblemCode::DeckFileMissing, vec![]);
            None
        }
        Some(file) => match toml::from_str::<DeckInfo>(&file.text) {
            Ok(info) => Some(info),
            Err(e) => {
                problems.add(
                    "deck-file",
                    file,
                    e.span().unwrap_or(0..1),
                    ProblemCode::DeckFileBad,
                    vec![("error", e.message().into())],
                );
                None
            }
        },
    };

    let mut readings: Vec<(Reading, Vec<anchor::Normalized>, &SourceFile)> = Vec::new();
    let mut reading_at: FxHashMap<ReadingId, usize> = FxHashMap::default();
    for (file, result) in reading_files.into_iter().zip(parsed) {
        match result {
            Ok((r, norms)) => {
                if reading_at.contains_key(&r.citation.id) {
                    let at = file.text.find(r.citation.id.as_str()).unwrap_or(0);
                    problems.add(
                        "duplicate-id",
                        file,
                        at..at + r.citation.id.0.len(),
                        ProblemCode::ReadingIdTwice,
                        vec![("id", r.citation.id.as_str().into())],
                    );
                    continue;
                }
                reading_at.insert(r.citation.id.clone(), readings.len());
                readings.push((r, norms, file));
            }
            Err(p) => problems.0.push(p),
        }
    }

    let mut claims: Vec<Claim> = Vec::new();
    let mut claim_sites: FxHashMap<ClaimId, (&SourceFile, Range<usize>)> = FxHashMap::default();
    let mut pending_conflicts: Vec<(ClaimId, Vec<toml::Spanned<String>>, &SourceFile)> = Vec::new();
    let mut readings_with_claims: FxHashSet<ReadingId> = FxHashSet::default();
    let mut authored: Vec<Authored> = Vec::new();
    let claim_files: Vec<&SourceFile> = files.iter().filter(|f| f.path.starts_with("claims/")).collect();
    // About as many claims as tables are written: room for them at once.
    let written: usize = claim_files.iter().map(|f| f.text.matches("[[claim]]").count()).sum();
    let mut sites: Vec<lint::Site> = Vec::with_capacity(if keep_sites { written } else { 0 });
    claims.reserve_exact(written);
    // A claims file that cannot be read hides its claims: what names them, and its reading, would
    // be reported missing too. Those problems wait until every claims file reads.
    let mut claims_unread = false;
    for batch in claim_files.chunks(CLAIMS_FILES_AT_ONCE) {
        // Parsed and every quote looked for in its reading, on every core.
        // Parsed, and each claim checked on its own (its quote looked for in its reading), on
        // every core.
        let parsed = crate::cards::parallel::map_shared(batch, |file| {
            let parsed = claim::parse_claims_file(file);
            let reading = parsed.as_ref().ok().and_then(|p| reading_at.get(&ReadingId(p.reading.get_ref().clone())));
            let alone: Vec<ClaimAlone> = match (&parsed, reading) {
                (Ok(claims), Some(&at)) => {
                    let (reading, norms, _) = &readings[at];
                    claims.claim.iter().map(|raw| ClaimAlone::check(file, raw, reading, norms)).collect()
                }
                _ => Vec::new(),
            };
            (parsed, alone)
        });
        for (&file, (result, alone)) in batch.iter().zip(parsed) {
            let parsed = match result {
                Ok(parsed) => parsed,
                Err(p) => {
                    problems.0.push(p);
                    claims_unread = true;
                    continue;
                }
            };
            let reading_id = ReadingId(parsed.reading.get_ref().clone());
            if !reading_at.contains_key(&reading_id) {
                claims_unread = true;
                problems.add(
                    "unknown-reading",
                    file,
                    parsed.reading.span(),
                    ProblemCode::UnknownReading,
                    vec![("id", reading_id.as_str().into())],
                );
                continue;
            }
            readings_with_claims.insert(reading_id.clone());
            for (raw, alone) in parsed.claim.into_iter().zip(alone) {
                let id = ClaimId(raw.id.get_ref().clone());
                let ClaimAlone { kind, anchor, mut ok, first, rest } = alone;
                problems.0.extend(first);
                if let Some((first_file, _)) = claim_sites.get(&id) {
                    problems.add(
                        "duplicate-id",
                        file,
                        raw.id.span(),
                        ProblemCode::ClaimIdTwice,
                        vec![("id", id.as_str().into()), ("path", first_file.path.as_str().into())],
                    );
                    ok = false;
                }
                problems.0.extend(rest);
                if !raw.distractors.is_empty() || !raw.false_statements.is_empty() {
                    authored.push((id.clone(), file, raw.distractors.clone(), raw.false_statements.clone()));
                }
                claim_sites.entry(id.clone()).or_insert((file, raw.id.span()));
                if !raw.conflicts_with.is_empty() {
                    pending_conflicts.push((id.clone(), raw.conflicts_with.clone(), file));
                }
                if let (true, Some(kind), Some(anchor)) = (ok, kind, anchor) {
                    if keep_sites {
                        sites.push(lint::Site::of(file, &raw));
                    }
                    claims.push(Claim {
                        id,
                        reading: reading_id.clone(),
                        quote: raw.quote.into_inner(),
                        anchor,
                        text: raw.text.into_inner(),
                        answer: raw.answer.into_inner(),
                        question: raw.question.map(|q| q.into_inner()).filter(|q| !q.trim().is_empty()),
                        kind,
                        date: raw.date.map(|d| d.into_inner()),
                        tags: raw.tags,
                        conflicts_with: raw.conflicts_with.iter().map(|c| ClaimId(c.get_ref().clone())).collect(),
                        role: raw.role.map(|r| r.into_inner()),
                        event: raw.event.map(|e| e.into_inner()).filter(|e| !e.trim().is_empty()),
                        distractors: raw.distractors.into_iter().map(|d| d.into_inner()).collect(),
                        false_statements: raw.false_statements.into_iter().map(|f| f.into_inner()).collect(),
                        typed: raw.typed.unwrap_or(true),
                    });
                }
            }
        }
    }

    let conflicts_of: FxHashMap<&ClaimId, &Vec<ClaimId>> = claims.iter().map(|c| (&c.id, &c.conflicts_with)).collect();
    for (id, others, file) in &pending_conflicts {
        for other in others {
            let other_id = ClaimId(other.get_ref().clone());
            if !claim_sites.contains_key(&other_id) {
                if claims_unread {
                    continue;
                }
                problems.add(
                    "dangling-conflict",
                    file,
                    other.span(),
                    ProblemCode::DanglingConflict,
                    vec![("id", other_id.as_str().into())],
                );
            } else if conflicts_of.get(&other_id).is_some_and(|back| !back.contains(id)) {
                problems.add(
                    "one-sided-conflict",
                    file,
                    other.span(),
                    ProblemCode::OneSidedConflict,
                    vec![("other", other_id.as_str().into()), ("id", id.as_str().into())],
                );
            }
        }
    }

    let disputes = match files.iter().find(|f| f.path == DISPUTES_FILE) {
        Some(file) => dispute::parse(file, &claims, claims_unread, &mut problems),
        None => Vec::new(),
    };
    let mut rivals = dispute::rivals(&disputes);
    for claim in &mut claims {
        for rival in rivals.remove(&claim.id).unwrap_or_default() {
            if !claim.conflicts_with.contains(&rival) {
                claim.conflicts_with.push(rival);
            }
        }
    }
    check_authored(&claims, &authored, &mut problems);

    let mut ordered = Vec::new();
    if let (Some(info), Some(deck_file)) = (&info, deck_file) {
        let mut unlisted: Vec<Option<_>> = readings.into_iter().map(Some).collect();
        // Where each quoted string first stands in deck.toml, found in one pass: looking each
        // missing reading up in the whole text would take time growing with their square.
        let mut quoted: FxHashMap<&str, usize> = FxHashMap::default();
        let mut rest = deck_file.text.as_str();
        let mut offset = 0;
        while let Some(open) = rest.find('"') {
            let Some(len) = rest[open + 1..].find('"') else { break };
            quoted.entry(&rest[open + 1..open + 1 + len]).or_insert(offset + open);
            offset += open + len + 2;
            rest = &rest[open + len + 2..];
        }
        for id in &info.readings {
            match reading_at.get(id).and_then(|&i| unlisted[i].take()) {
                Some(reading) => ordered.push(reading),
                None => {
                    let at = quoted.get(id.as_str()).copied().unwrap_or(0);
                    problems.add(
                        "unknown-reading",
                        deck_file,
                        at..at + id.0.len() + 2,
                        ProblemCode::DeckListsUnknownReading,
                        vec![("id", id.as_str().into())],
                    );
                }
            }
        }
        for (r, _, file) in unlisted.iter().flatten() {
            problems.add(
                "reading-not-in-deck",
                file,
                0..3,
                ProblemCode::ReadingNotInDeck,
                vec![("id", r.citation.id.as_str().into())],
            );
        }
    }
    for (r, _, file) in &ordered {
        if !claims_unread && !readings_with_claims.contains(&r.citation.id) {
            problems.add(
                "reading-without-claims",
                file,
                0..3,
                ProblemCode::ReadingWithoutClaims,
                vec![("id", r.citation.id.as_str().into())],
            );
        }
    }

    match info {
        Some(info) if problems.0.is_empty() => {
            let readings: Vec<Reading> = ordered.into_iter().map(|(r, _, _)| r).collect();
            let order: FxHashMap<&ReadingId, usize> =
                readings.iter().enumerate().map(|(i, r)| (&r.citation.id, i)).collect();
            // Usually the claims files come in the order of their readings already.
            if !claims.is_sorted_by_key(|c| order[&c.reading]) {
                let mut moved: Vec<usize> = (0..claims.len()).collect();
                moved.sort_by_key(|&k| order[&claims[k].reading]);
                permute(&mut claims, &moved);
                if keep_sites {
                    permute(&mut sites, &moved);
                }
            }
            let fingerprint = fingerprinted.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok((Deck { info, readings, claims, disputes, fingerprint }, sites))
        }
        _ => Err(ContentProblems { problems: problems.0 }),
    }
}

/// Puts `items[moved[k]]` at `k` for every `k`, in place: a deck's claims are not held twice.
fn permute<T>(items: &mut [T], moved: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            if moved[at] == start {
                break;
            }
            items.swap(at, moved[at]);
            at = moved[at];
        }
    }
}

/// Lower case, letters and digits only, single spaces: two texts equal in this form say the same.
pub fn loose(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    loose_into(s, &mut out);
    out
}

/// [`loose`] written into `out`, which is emptied first: a loop over many texts reuses one string.
pub(crate) fn loose_into(s: &str, out: &mut String) {
    out.clear();
    out.reserve(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c.to_ascii_lowercase());
        } else {
            space = true;
        }
    }
}

/// A claim's authored distractors and false statements, with where they are written.
type Authored<'a> = (ClaimId, &'a SourceFile, Vec<toml::Spanned<String>>, Vec<toml::Spanned<String>>);

/// Authored distractors and false statements may not be true: a distractor is never the
/// claim's answer nor another version's answer to its disputed question, and a false statement
/// is never the text of any claim.
fn check_authored(claims: &[Claim], authored: &[Authored], problems: &mut Collector) {
    if authored.is_empty() {
        return;
    }
    let by_id: FxHashMap<&ClaimId, &Claim> = claims.iter().map(|c| (&c.id, c)).collect();
    // Every claim's text in loose form, only for a deck with false statements to compare.
    let texts: FxHashMap<String, &ClaimId> = if authored.iter().any(|(_, _, _, statements)| !statements.is_empty()) {
        claims.iter().map(|c| (loose(&c.text), &c.id)).collect()
    } else {
        FxHashMap::default()
    };
    for (id, file, distractors, false_statements) in authored {
        let Some(claim) = by_id.get(id) else { continue };
        for distractor in distractors {
            let d = loose(distractor.get_ref());
            let rival = claim.conflicts_with.iter().filter_map(|r| by_id.get(r)).find(|r| loose(&r.answer) == d);
            if d == loose(&claim.answer) {
                problems.add(
                    "true-distractor",
                    file,
                    distractor.span(),
                    ProblemCode::DistractorIsAnswer,
                    vec![("distractor", distractor.get_ref().as_str().into())],
                );
            } else if let Some(rival) = rival {
                problems.add(
                    "true-distractor",
                    file,
                    distractor.span(),
                    ProblemCode::DistractorIsVersion,
                    vec![("distractor", distractor.get_ref().as_str().into()), ("claim", rival.id.as_str().into())],
                );
            }
        }
        for statement in false_statements {
            if let Some(other) = texts.get(&loose(statement.get_ref())) {
                problems.add(
                    "true-false-statement",
                    file,
                    statement.span(),
                    ProblemCode::FalseStatementIsClaim,
                    vec![("claim", other.as_str().into())],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The loose form is the letters and digits of the text by Unicode's categories, ASCII
        /// lowercased, words single-spaced.
        #[test]
        fn the_loose_form_is_the_letters_and_digits_in_words(s in "(\\PC|[ .,'-]|[A-Za-z0-9]{1,6}){0,24}") {
            let words: Vec<String> = s
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.chars().map(|c| c.to_ascii_lowercase()).collect())
                .collect();
            proptest::prop_assert_eq!(loose(&s), words.join(" "));
        }
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        for ok in ["2015", "2015-03", "2015-03-02", "2016-02-29"] {
            assert!(is_valid_date(ok), "{ok}");
        }
        for bad in ["15", "2015-13", "2015-02-30", "2015/03/02", "March 2015", ""] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn control_characters_are_found_as_by_their_unicode_category() {
        let by_category = |text: &str| text.chars().find(|c| c.is_control() && !matches!(c, '\t' | '\n'));
        // Every character up to U+00FF and a few beyond, alone and inside plain text.
        let mut texts: Vec<String> =
            (0..=0xffu32).chain([0x2028, 0xfeff, 0x1f600]).filter_map(char::from_u32).map(String::from).collect();
        texts.extend(
            ["Ulaanbaatar\tSeoul\n", "a\u{85}b", "Ölziit\u{a0}sum", "Â ü ¢", "x\u{7f}", "\r\n", ""].map(String::from),
        );
        texts.extend(texts.clone().iter().map(|t| format!("A plain sentence of some length before {t} and after it.")));
        for text in &texts {
            assert_eq!(control_character(text), by_category(text), "{text:?}");
        }
        assert_eq!(control_character("a\u{85}b"), Some('\u{85}'));
        assert_eq!(control_character("Ölziit\u{a0}sum"), None, "a no-break space is no control character");
    }
}
