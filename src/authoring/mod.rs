//! Editing a user deck's folder: readings and claims as drafts, checked by the same rules as
//! `steppe check` (the deck is compiled in memory with the draft applied), a preview of the cards
//! a claim makes, a coverage report per reading, and saving that rewrites only what changed,
//! atomically.

mod claims_file;
pub mod context;
pub mod coverage;
mod reading_file;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::TS;

use crate::cards::{self, CardKind};
use crate::content::{self, BlockKind, ContentProblem, SourceFile, anchor};
use crate::error::{Error, Result};
use crate::files::write_text;
use crate::ids::ClaimId;

pub use context::Selection;
pub use coverage::{Candidate, Sentence};
pub use reading_file::ReadingDraft;

/// Candidate sentences the author dismissed, per reading; kept in the deck folder (ignored by
/// the compiler) so that a dismissal travels with the deck.
const DISMISSED_FILE: &str = "dismissed.toml";

/// A claim as the form edits it. Empty strings stand for absent optional fields.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ClaimDraft {
    /// The id the claim had when it was opened; `None` for a new claim.
    pub original_id: Option<String>,
    pub reading: String,
    pub id: String,
    pub quote: String,
    pub prefix: String,
    pub suffix: String,
    pub text: String,
    pub answer: String,
    pub question: String,
    pub kind: String,
    pub date: String,
    pub tags: Vec<String>,
    pub conflicts_with: Vec<String>,
    /// What the answer is, finer than `kind` (`mongolian-president`); empty for none.
    pub role: String,
    /// A dated claim's event without its date, for timelines; empty for none.
    pub event: String,
    /// Wrong options and false statements written by the author.
    pub distractors: Vec<String>,
    pub false_statements: Vec<String>,
    /// `Some(false)`: the question is never asked as a typed card (`typed = false` in the file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub typed: Option<bool>,
}

/// A problem of the deck with a draft applied: what `steppe check` would say, plus the claim
/// and the field it is about when it is in a claims file, or the field of a reading's form
/// (`published`, `body`) when it is in a reading file.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DraftProblem {
    pub rule: String,
    /// What the problem is: the interface words it from the code and `args`.
    pub code: content::ProblemCode,
    pub args: BTreeMap<String, content::ProblemArg>,
    /// The problem in English, as `steppe check` says it.
    pub message: String,
    pub hint: Option<String>,
    /// `path:line:col`, relative to the deck folder.
    pub location: String,
    pub claim: Option<String>,
    pub field: Option<String>,
}

/// A card as the preview shows it.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct CardPreview {
    pub id: String,
    pub kind: CardKind,
    /// The prompt; where `frame` is set, its English (the app words the frame instead).
    pub prompt: String,
    /// The fixed sentence of a timeline's or a disagreement's prompt, for the app to word.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub frame: Option<crate::cards::PromptFrame>,
    /// The right answer; a timeline's with its dates in English (the app words its `choices` in
    /// `correct_order` with their `dates` instead).
    pub answer: String,
    pub choices: Vec<String>,
    /// Timeline: the right order as indices into `choices` (earliest first) and each item's
    /// date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); empty for the other kinds.
    pub correct_order: Vec<u32>,
    pub dates: Vec<String>,
}

/// What the claim form shows as the author types.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct DraftCheck {
    /// Every problem of the deck with the draft applied.
    pub problems: Vec<DraftProblem>,
    /// The cards the claim makes; empty while the deck has problems.
    pub cards: Vec<CardPreview>,
}

/// Where the author selected text in the reading view: a block and the UTF-16 offset (as the
/// browser counts) of the selection's start in the block's text.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TextSelection {
    pub block: u32,
    pub utf16_offset: u32,
}

/// A claim in the deck outline.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ClaimSummary {
    pub id: String,
    pub text: String,
    pub kind: String,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ReadingOutline {
    pub id: String,
    pub title: String,
    pub claims: Vec<ClaimSummary>,
}

/// The Author view's table of contents.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct DeckOutline {
    pub id: String,
    pub title: String,
    pub readings: Vec<ReadingOutline>,
    pub problems: Vec<DraftProblem>,
}

/// A quote's place in a block's plain text.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct QuoteSpan {
    pub start: u32,
    pub end: u32,
    pub claim: String,
}

/// A block of a reading as plain text, with the quotes of its claims.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct AuthorBlock {
    pub kind: BlockKind,
    pub text: String,
    pub quotes: Vec<QuoteSpan>,
}

/// A reading for the Author view: the draft to edit and its text to select claims from.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct AuthorReading {
    pub draft: ReadingDraft,
    pub blocks: Vec<AuthorBlock>,
}

/// How much of a reading its claims cover, and the claims proposed for the rest.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct Coverage {
    pub reading: String,
    pub sentences: u32,
    pub covered: u32,
    pub uncovered: Vec<Sentence>,
    /// For uncovered sentences with a date, number or name, minus the dismissed ones.
    pub candidates: Vec<Candidate>,
}

#[derive(Deserialize)]
struct RawClaimsFile {
    reading: String,
    #[serde(default)]
    claim: Vec<RawClaim>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct RawClaim {
    id: String,
    quote: String,
    prefix: String,
    suffix: String,
    text: String,
    answer: String,
    question: String,
    kind: String,
    date: String,
    tags: Vec<String>,
    conflicts_with: Vec<String>,
    role: String,
    event: String,
    distractors: Vec<String>,
    #[serde(rename = "false")]
    false_statements: Vec<String>,
    typed: Option<bool>,
}

/// A user deck's folder, loaded for editing.
pub struct AuthorDeck {
    root: PathBuf,
    files: Vec<SourceFile>,
    /// How each file was saved (byte-order mark, line endings), to save it the same way.
    styles: std::collections::HashMap<String, content::TextStyle>,
}

impl AuthorDeck {
    /// Loads the deck folder `root` (one with `deck.toml`).
    pub fn open(root: &Path) -> Result<Self> {
        if !root.join("deck.toml").is_file() {
            return Err(Error::NotFound(crate::notice!(MissingDeckFolder, path = root.display().to_string())));
        }
        let read = content::read_dir(root)?;
        let styles = read.iter().map(|f| (f.path.clone(), f.style)).collect();
        let files = read.into_iter().map(|f| SourceFile::new(f.path.clone(), f.text.as_str())).collect();
        Ok(Self { root: root.to_owned(), files, styles })
    }

    fn file(&self, path: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.path == path)
    }

    fn claims_files(&self) -> impl Iterator<Item = (&SourceFile, RawClaimsFile)> {
        self.files
            .iter()
            .filter(|f| f.path.starts_with("claims/"))
            .filter_map(|f| Some((f, toml::from_str::<RawClaimsFile>(&f.text).ok()?)))
    }

    /// The path of a reading's file, found by the id in its front matter.
    fn reading_path(&self, id: &str) -> Result<String> {
        self.files
            .iter()
            .filter(|f| f.path.starts_with("readings/"))
            .find(|f| {
                reading_file::split(&f.text)
                    .and_then(|(front, _)| toml::from_str::<toml::Table>(front).ok())
                    .is_some_and(|t| t.get("id").and_then(|v| v.as_str()) == Some(id))
            })
            .map(|f| f.path.clone())
            .ok_or_else(|| Error::NotFound(crate::notice!(MissingReading, id = id)))
    }

    /// The claims file of a reading: the existing one, or `claims/<reading file stem>.toml`.
    fn claims_path(&self, reading: &str) -> Result<String> {
        if let Some((file, _)) = self.claims_files().find(|(_, parsed)| parsed.reading == reading) {
            return Ok(file.path.clone());
        }
        let reading_path = self.reading_path(reading)?;
        let stem = reading_path.trim_start_matches("readings/").trim_end_matches(".md");
        Ok(format!("claims/{stem}.toml"))
    }

    pub fn outline(&self) -> DeckOutline {
        let info = self.file("deck.toml").and_then(|f| toml::from_str::<content::DeckInfo>(&f.text).ok());
        let mut readings = Vec::new();
        for file in self.files.iter().filter(|f| f.path.starts_with("readings/")) {
            let Ok(draft) = reading_file::draft_of(&file.text, &file.path) else { continue };
            let claims = self
                .claims_files()
                .filter(|(_, parsed)| parsed.reading == draft.id)
                .flat_map(|(_, parsed)| parsed.claim)
                .map(|c| ClaimSummary { id: c.id, text: c.text, kind: c.kind })
                .collect();
            readings.push(ReadingOutline { id: draft.id, title: draft.title, claims });
        }
        if let Some(info) = &info {
            let order = |id: &str| info.readings.iter().position(|r| r.as_str() == id).unwrap_or(usize::MAX);
            readings.sort_by_key(|r| order(&r.id));
        }
        DeckOutline {
            id: info.as_ref().map(|i| i.id.clone()).unwrap_or_default(),
            title: info.map(|i| i.title).unwrap_or_default(),
            readings,
            problems: self.problems_of(&self.files),
        }
    }

    /// A claim of the deck as a draft.
    pub fn claim(&self, id: &str) -> Result<ClaimDraft> {
        for (_, parsed) in self.claims_files() {
            if let Some(raw) = parsed.claim.into_iter().find(|c| c.id == id) {
                return Ok(ClaimDraft {
                    original_id: Some(raw.id.clone()),
                    reading: parsed.reading,
                    id: raw.id,
                    quote: raw.quote,
                    prefix: raw.prefix,
                    suffix: raw.suffix,
                    text: raw.text,
                    answer: raw.answer,
                    question: raw.question,
                    kind: raw.kind,
                    date: raw.date,
                    tags: raw.tags,
                    conflicts_with: raw.conflicts_with,
                    role: raw.role,
                    event: raw.event,
                    distractors: raw.distractors,
                    false_statements: raw.false_statements,
                    typed: raw.typed,
                });
            }
        }
        Err(Error::NotFound(crate::notice!(MissingClaim, id = id)))
    }

    /// A reading's blocks, as the compiler reads them, normalised for quote matching.
    fn reading_blocks(&self, reading: &str) -> Result<(content::Reading, Vec<anchor::Normalized>)> {
        let path = self.reading_path(reading)?;
        let file = self.file(&path).expect("the path was just found");
        let parsed =
            content::parse_reading(file).map_err(|p| Error::Content(content::ContentProblems { problems: vec![p] }))?;
        let norms = parsed.blocks.iter().map(|b| anchor::normalize(&b.plain_text())).collect();
        Ok((parsed, norms))
    }

    /// A new claim draft for text selected in a reading, with the prefix or suffix that makes
    /// the quote unique when it occurs more than once.
    pub fn claim_from_selection(&self, reading: &str, quote: &str, near: Option<Selection>) -> Result<ClaimDraft> {
        let (_, norms) = self.reading_blocks(reading)?;
        let quote = quote.split_whitespace().collect::<Vec<_>>().join(" ");
        let (prefix, suffix) = context::disambiguate(&norms, &quote, near)
            .ok_or_else(|| Error::InvalidDeck(crate::notice!(SelectionNotInReading, reading = reading)))?;
        Ok(ClaimDraft {
            reading: reading.to_owned(),
            id: self.unused_id(&suggest_id(reading, &quote)),
            text: quote.clone(),
            quote,
            prefix,
            suffix,
            kind: "event".into(),
            ..ClaimDraft::default()
        })
    }

    /// [`AuthorDeck::claim_from_selection`] for a selection made in the app.
    pub fn claim_from_text_selection(&self, reading: &str, quote: &str, at: TextSelection) -> Result<ClaimDraft> {
        let (parsed, _) = self.reading_blocks(reading)?;
        let text = parsed.blocks.get(at.block as usize).map(|b| b.plain_text()).unwrap_or_default();
        let mut units = 0;
        let offset = text
            .char_indices()
            .find(|(_, c)| {
                units += c.len_utf16();
                units > at.utf16_offset as usize
            })
            .map_or(text.len(), |(i, _)| i);
        self.claim_from_selection(reading, quote, Some(Selection { block: at.block as usize, offset }))
    }

    fn unused_id(&self, base: &str) -> String {
        let taken: Vec<String> =
            self.claims_files().flat_map(|(_, parsed)| parsed.claim.into_iter().map(|c| c.id)).collect();
        let mut id = base.to_owned();
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    /// The deck's files with the draft written in, and the other sides of its conflicts in sync.
    fn apply(&self, draft: &ClaimDraft) -> Result<Vec<SourceFile>> {
        let path = self.claims_path(&draft.reading)?;
        let mut files = self.files.clone();
        let existing = files.iter().position(|f| f.path == path);
        let text = existing.map_or_else(|| format!("reading = \"{}\"\n", draft.reading), |i| files[i].text.to_string());
        let new_text = claims_file::put_claim(&text, &path, draft.original_id.as_deref(), draft)?;
        match existing {
            Some(i) => files[i] = SourceFile::new(path, new_text),
            None => files.push(SourceFile::new(path, new_text)),
        }
        let old_id = draft.original_id.as_deref().unwrap_or(&draft.id);
        sync_conflicts(&mut files, &draft.id, old_id, Some(&draft.conflicts_with))?;
        Ok(files)
    }

    /// Every problem `steppe check` reports for the deck with `draft` applied, and the cards the
    /// claim makes when the deck compiles.
    pub fn check_claim(&self, draft: &ClaimDraft) -> Result<DraftCheck> {
        let files = self.apply(draft)?;
        match content::compile(&files) {
            Ok(deck) => {
                let cards = cards::generate_for_claim(&deck, &ClaimId(draft.id.clone()))
                    .into_iter()
                    .map(|c| CardPreview {
                        id: c.id.0,
                        kind: c.kind,
                        prompt: c.prompt,
                        frame: c.frame,
                        answer: c.answer,
                        choices: c.choices,
                        correct_order: c.correct_order,
                        dates: c.dates,
                    })
                    .collect();
                Ok(DraftCheck { problems: Vec::new(), cards })
            }
            Err(problems) => Ok(DraftCheck { problems: map_problems(&files, &problems.problems), cards: Vec::new() }),
        }
    }

    /// The problems of the deck with the draft applied (see [`AuthorDeck::check_claim`]).
    pub fn validate_draft(&self, draft: &ClaimDraft) -> Result<Vec<DraftProblem>> {
        Ok(self.check_claim(draft)?.problems)
    }

    /// The cards the draft claim makes (empty while the deck has problems).
    pub fn preview_cards(&self, draft: &ClaimDraft) -> Result<Vec<CardPreview>> {
        Ok(self.check_claim(draft)?.cards)
    }

    /// Saves a claim: refused, with nothing written, while the claim itself has problems.
    /// Returns the problems left elsewhere in the deck.
    pub fn save_claim(&mut self, draft: &ClaimDraft) -> Result<Vec<DraftProblem>> {
        let files = self.apply(draft)?;
        let problems = self.problems_of(&files);
        let own: Vec<&DraftProblem> = problems.iter().filter(|p| p.claim.as_deref() == Some(&draft.id)).collect();
        if let Some(first) = own.first() {
            return Err(Error::InvalidDeck(crate::notice!(
                ClaimHasProblems,
                claim = draft.id.as_str(),
                count = own.len(),
                first = first.message.as_str(),
            )));
        }
        self.write(files)?;
        Ok(problems)
    }

    /// Deletes a claim and takes its id out of the `conflicts_with` of other claims.
    pub fn delete_claim(&mut self, id: &str) -> Result<()> {
        let mut files = self.files.clone();
        let mut found = false;
        for file in files.iter_mut().filter(|f| f.path.starts_with("claims/")) {
            if let Some(text) = claims_file::remove_claim(&file.text, &file.path, id)? {
                *file = SourceFile::new(file.path.clone(), text);
                found = true;
            }
        }
        if !found {
            return Err(Error::NotFound(crate::notice!(MissingClaim, id = id)));
        }
        sync_conflicts(&mut files, id, id, None)?;
        self.write(files)
    }

    /// Writes the files whose text changed, each atomically, and keeps them as the new state.
    fn write(&mut self, files: Vec<SourceFile>) -> Result<()> {
        for file in &files {
            if self.file(&file.path).is_none_or(|old| old.text != file.text) {
                let style = self.styles.get(&file.path).copied().unwrap_or_default();
                write_text(&self.root.join(&file.path), &style.write(&file.text))?;
            }
        }
        self.files = files;
        Ok(())
    }

    fn problems_of(&self, files: &[SourceFile]) -> Vec<DraftProblem> {
        match content::compile(files) {
            Ok(_) => Vec::new(),
            Err(problems) => map_problems(files, &problems.problems),
        }
    }

    /// A reading for the editor; `None` id gives an empty draft for a new reading.
    pub fn reading(&self, id: &str) -> Result<AuthorReading> {
        let path = self.reading_path(id)?;
        let draft = reading_file::draft_of(&self.file(&path).expect("found").text, &path)?;
        let (parsed, norms) = self.reading_blocks(id)?;
        let anchors = self.anchors(id, &norms);
        let blocks = parsed
            .blocks
            .iter()
            .enumerate()
            .map(|(index, block)| AuthorBlock {
                kind: block.kind.clone(),
                text: block.plain_text(),
                quotes: anchors
                    .iter()
                    .filter(|(_, a)| a.block == index)
                    .map(|(claim, a)| QuoteSpan { start: a.start as u32, end: a.end as u32, claim: claim.clone() })
                    .collect(),
            })
            .collect();
        Ok(AuthorReading { draft, blocks })
    }

    /// Where each claim of a reading that can be placed sits, found as the compiler finds it.
    fn anchors(&self, reading: &str, norms: &[anchor::Normalized]) -> Vec<(String, anchor::Anchor)> {
        self.claims_files()
            .filter(|(_, parsed)| parsed.reading == reading)
            .flat_map(|(_, parsed)| parsed.claim)
            .filter_map(|c| match anchor::find(norms, &c.quote, &c.prefix, &c.suffix) {
                anchor::Found::One(a) => Some((c.id, a)),
                _ => None,
            })
            .collect()
    }

    /// Problems of the deck with a reading draft applied (front matter, dates, missing claims).
    pub fn check_reading(&self, draft: &ReadingDraft) -> Result<Vec<DraftProblem>> {
        let files = self.apply_reading(draft)?;
        Ok(self.problems_of(&files))
    }

    fn apply_reading(&self, draft: &ReadingDraft) -> Result<Vec<SourceFile>> {
        let mut files = self.files.clone();
        if !draft.is_new {
            let path = self.reading_path(&draft.id)?;
            let i = files.iter().position(|f| f.path == path).expect("found");
            files[i] = SourceFile::new(path, reading_file::write(Some(&files[i].text), draft)?);
            return Ok(files);
        }
        if !content::is_kebab_id(&draft.id) {
            return Err(Error::InvalidDeck(crate::notice!(ReadingIdNotKebab, id = draft.id.as_str())));
        }
        if self.reading_path(&draft.id).is_ok() {
            return Err(Error::InvalidDeck(crate::notice!(ReadingExists, id = draft.id.as_str())));
        }
        let number = files.iter().filter(|f| f.path.starts_with("readings/")).count() + 1;
        files.push(SourceFile::new(format!("readings/{number:03}-{}.md", draft.id), reading_file::write(None, draft)?));
        let deck = files.iter_mut().find(|f| f.path == "deck.toml").expect("a deck folder has deck.toml");
        let mut doc: toml_edit::DocumentMut = deck
            .text
            .parse::<toml_edit::DocumentMut>()
            .map_err(|e| Error::InvalidDeck(crate::notice!(DeckTomlBad, error = e.to_string())))?;
        if doc.get("readings").and_then(|i| i.as_array()).is_none() {
            doc["readings"] = toml_edit::value(toml_edit::Array::new());
        }
        doc["readings"].as_array_mut().expect("just made").push(draft.id.as_str());
        *deck = SourceFile::new("deck.toml", doc.to_string());
        Ok(files)
    }

    /// Saves a reading (a new one is added to `deck.toml`) and returns the deck's problems;
    /// a new reading has one until its first claim is saved.
    pub fn save_reading(&mut self, draft: &ReadingDraft) -> Result<Vec<DraftProblem>> {
        let files = self.apply_reading(draft)?;
        let problems = self.problems_of(&files);
        self.write(files)?;
        Ok(problems)
    }

    /// Which sentences of a reading no claim's quote touches, and candidate claims for them.
    pub fn coverage(&self, reading: &str) -> Result<Coverage> {
        let (parsed, norms) = self.reading_blocks(reading)?;
        let anchors = self.anchors(reading, &norms);
        let sentences = coverage::sentences(&parsed);
        let dismissed = self.dismissed().remove(reading).unwrap_or_default();
        let uncovered: Vec<Sentence> = sentences
            .iter()
            .filter(|s| {
                !anchors
                    .iter()
                    .any(|(_, a)| a.block as u32 == s.block && (a.start as u32) < s.end && s.start < a.end as u32)
            })
            .cloned()
            .collect();
        let candidates = uncovered
            .iter()
            .filter(|s| !dismissed.contains(&anchor::normalized(&s.text)))
            .filter_map(coverage::propose)
            .collect();
        Ok(Coverage {
            reading: reading.to_owned(),
            sentences: sentences.len() as u32,
            covered: (sentences.len() - uncovered.len()) as u32,
            uncovered,
            candidates,
        })
    }

    /// A claim draft from a candidate: the sentence as quote and text, the proposed answer,
    /// kind and date.
    pub fn accept_candidate(&self, reading: &str, candidate: &Candidate) -> Result<ClaimDraft> {
        let near = Selection { block: candidate.sentence.block as usize, offset: candidate.sentence.start as usize };
        let mut draft = self.claim_from_selection(reading, &candidate.sentence.text, Some(near))?;
        draft.answer = candidate.answer.clone();
        draft.kind = candidate.kind.name().to_owned();
        draft.date = candidate.date.clone().unwrap_or_default();
        Ok(draft)
    }

    fn dismissed(&self) -> BTreeMap<String, Vec<String>> {
        std::fs::read_to_string(self.root.join(DISMISSED_FILE))
            .ok()
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Remembers that a sentence's candidate is not wanted, in `dismissed.toml` in the deck folder.
    pub fn dismiss(&self, reading: &str, sentence: &str) -> Result<()> {
        let mut all = self.dismissed();
        let list = all.entry(reading.to_owned()).or_default();
        let key = anchor::normalized(sentence);
        if !list.contains(&key) {
            list.push(key);
        }
        let text = toml::to_string(&all)
            .map_err(|e| Error::InvalidDeck(crate::notice!(DismissalsUnwritable, error = e.to_string())))?;
        write_text(
            &self.root.join(DISMISSED_FILE),
            &format!("# Candidate claims dismissed in the coverage view.\n{text}"),
        )
    }
}

/// Keeps both sides of conflicts in step after claim `id` (formerly `old_id`) was written with
/// `conflicts` (`None`: deleted): every other claim lists it exactly when it lists them.
fn sync_conflicts(files: &mut [SourceFile], id: &str, old_id: &str, conflicts: Option<&[String]>) -> Result<()> {
    for file in files.iter_mut().filter(|f| f.path.starts_with("claims/")) {
        let mut text = file.text.to_string();
        for (other, list) in claims_file::conflicts(&text, &file.path)? {
            if other == id || other == old_id {
                continue;
            }
            let wanted = conflicts.is_some_and(|c| c.contains(&other));
            let mut new: Vec<String> = Vec::new();
            for item in &list {
                if item == id || item == old_id {
                    if wanted && !new.iter().any(|n| n == id) {
                        new.push(id.to_owned());
                    }
                } else {
                    new.push(item.clone());
                }
            }
            if wanted && !new.iter().any(|n| n == id) {
                new.push(id.to_owned());
            }
            if new != list {
                text = claims_file::set_conflicts(&text, &file.path, &other, &new)?;
            }
        }
        if text != *file.text {
            *file = SourceFile::new(file.path.clone(), text);
        }
    }
    Ok(())
}

/// Names a problem's claim and field by where it points in its claims file.
fn map_problems(files: &[SourceFile], problems: &[ContentProblem]) -> Vec<DraftProblem> {
    problems
        .iter()
        .map(|p| {
            let file = files.iter().find(|f| f.shown == p.path);
            let (claim, field) = match file {
                Some(f) if f.path.starts_with("claims/") => {
                    locate(&f.text, p.offset()).map_or((None, None), |(c, f)| (Some(c), f))
                }
                Some(f) if f.path.starts_with("readings/") => (None, reading_field(&f.text, p.offset())),
                _ => (None, None),
            };
            DraftProblem {
                rule: p.rule.to_owned(),
                code: p.code,
                args: p.args_map(),
                message: p.message.clone(),
                hint: p.hint.clone(),
                location: format!("{}:{}:{}", file.map_or(p.path.as_str(), |f| f.path.as_str()), p.line, p.column),
                claim,
                field,
            }
        })
        .collect()
}

/// The field of a reading file at a byte offset: the front-matter key on that line
/// (`published`), or `body` past the front matter.
fn reading_field(text: &str, offset: usize) -> Option<String> {
    let front_end = text.strip_prefix("+++\n").and_then(|rest| rest.find("\n+++")).map(|close| 4 + close)?;
    if offset > front_end {
        return Some("body".to_owned());
    }
    let line_start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let (key, _) = text[line_start..].split_once('=')?;
    let key = key.trim();
    (!key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')).then(|| key.to_owned())
}

/// The claim (and field, when the offset is on one) at a byte offset of a claims file.
fn locate(text: &str, offset: usize) -> Option<(String, Option<String>)> {
    let doc = toml_edit::Document::parse(text).ok()?;
    let claims = doc.get("claim")?.as_array_of_tables()?;
    for table in claims.iter() {
        let id = table.get("id").and_then(|i| i.as_str())?.to_owned();
        let mut region: Option<(usize, usize)> = None;
        for (key, item) in table.iter() {
            let (Some(k), Some(v)) = (table.key(key).and_then(|k| k.span()), item.span()) else { continue };
            if (k.start..v.end.max(k.end)).contains(&offset) {
                return Some((id, Some(key.to_owned())));
            }
            region = Some(region.map_or((k.start, v.end), |(s, e)| (s.min(k.start), e.max(v.end))));
        }
        if region.is_some_and(|(s, e)| (s..e).contains(&offset)) {
            return Some((id, None));
        }
    }
    None
}

/// A kebab-case id from the reading's id and the first words of the quote.
fn suggest_id(reading: &str, quote: &str) -> String {
    let head: String = reading.split('-').next().unwrap_or("claim").to_owned();
    let words: Vec<String> = quote
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() > 2)
        .take(4)
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() { format!("{head}-claim") } else { format!("{head}-{}", words.join("-")) }
}
