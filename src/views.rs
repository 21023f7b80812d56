//! What the shells show: ready-made data for the app's views and the CLI. Defined once here
//! and generated for TypeScript, so the UI computes nothing.

use serde::Serialize;
use ts_rs::TS;

use crate::cards::{AnswerMatch, CardKind};
use crate::content::{BlockKind, Citation};
use crate::ids::{CardId, ClaimId, ReadingId};
use crate::schedule::{Phase, Rating};

/// Cards to study today.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DueCounts {
    pub new: u32,
    pub learning: u32,
    pub review: u32,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ReadingSummary {
    pub citation: Citation,
    pub claims: u32,
    /// Claims with at least one studied card.
    pub claims_seen: u32,
    /// Claims with a card remembered for three weeks or more.
    pub claims_mastered: u32,
    pub cards: u32,
    pub due: DueCounts,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct LibraryView {
    pub deck_title: String,
    pub deck_description: String,
    /// The language of the deck's readings and claims (a BCP 47 tag such as `en`), which the
    /// interface's language does not change.
    pub deck_language: String,
    pub today: DueCounts,
    /// New cards allowed today (the daily limit, raised by an exam plan that needs more): why a
    /// reading's new cards can be more than today's.
    pub new_limit: u32,
    pub readings: Vec<ReadingSummary>,
}

/// A piece of a block's text with everything needed to draw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Segment {
    pub text: String,
    pub emphasis: bool,
    pub strong: bool,
    pub link: Option<String>,
    /// Set on a footnote reference: the footnote's label.
    pub footnote: Option<String>,
    /// Claims whose quote covers this text (highlighted).
    pub claims: Vec<ClaimId>,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct BlockView {
    pub kind: BlockKind,
    pub segments: Vec<Segment>,
    /// The average probability of recall now of the studied cards of the claims quoted in this
    /// block (suspended cards left out); `None` when none is studied.
    pub recall: Option<f32>,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ClaimNote {
    pub id: ClaimId,
    pub text: String,
    /// Index of the block that holds the claim's quote.
    pub block: u32,
    /// Other readings' versions, where the sources disagree.
    pub conflicts: Vec<ConflictNote>,
    /// The cards made from this claim and where each stands.
    pub cards: Vec<CardStatus>,
}

/// One card of a claim, as the reading view lists it.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct CardStatus {
    pub id: CardId,
    pub kind: CardKind,
    pub phase: Phase,
    /// When it is next due (RFC 3339, local time); `None` for a new card.
    pub due: Option<String>,
    pub suspended: bool,
    pub leech: bool,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ReadingView {
    /// The language the reading is written in (the deck's), for the text's `lang`.
    pub language: String,
    pub citation: Citation,
    pub blocks: Vec<BlockView>,
    pub claims: Vec<ClaimNote>,
    /// Whether the reader marks the quotes of claims (the app-wide preference), so the view
    /// draws from this one reply.
    pub highlights: bool,
}

/// Where a card's fact comes from.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct SourceRef {
    pub reading: ReadingId,
    pub reading_title: String,
    pub claim: ClaimId,
    pub quote: String,
}

/// For each answer button, in seconds: how long until the card would come back. The interface
/// words it in its own language.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct GradeIntervals {
    pub again: i64,
    pub hard: i64,
    pub good: i64,
    pub easy: i64,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct StudyCard {
    pub id: CardId,
    pub kind: CardKind,
    /// The prompt; where `frame` is set, its English (the app words the frame instead).
    pub prompt: String,
    /// The fixed sentence of a timeline's or a disagreement's prompt, for the app to word.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub frame: Option<crate::cards::PromptFrame>,
    pub answer: String,
    /// The whole claim shown with the answer (a timeline: its items in order, with dates).
    pub statement: String,
    /// Multiple choice: four options; true/false: `True`, `False`; timeline: items to order.
    pub choices: Vec<String>,
    /// Multiple choice and true/false: index of the right option.
    pub correct_choice: Option<u32>,
    /// Timeline: indices into `choices`, earliest first.
    pub correct_order: Vec<u32>,
    /// Timeline: each item's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), in the order of `choices`,
    /// shown after answering in the interface's words.
    pub dates: Vec<String>,
    pub source: SourceRef,
    /// Where other readings say otherwise ("Sources differ").
    pub conflicts: Vec<ConflictNote>,
    pub intervals: GradeIntervals,
}

/// Another reading's version of a fact.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ConflictNote {
    pub claim: ClaimId,
    pub reading: ReadingId,
    pub reading_title: String,
    /// How cards name the reading: `Mendee (2015)`.
    pub cited_as: String,
    pub text: String,
    pub quote: String,
    /// The question the readings answer differently, and this version's answer in a few words;
    /// empty where the claims are linked only by `conflicts_with`.
    pub question: String,
    pub says: String,
    /// The editor's note on the evidence each version cites.
    pub note: Option<String>,
}

/// How an answer to a card was graded, and the rating it suggests for the scheduler.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct AnswerCheck {
    pub outcome: AnswerMatch,
    pub suggested: Rating,
    pub correct_answer: String,
}

/// The review screen's state: the next card, or none left today and when more come due.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct Session {
    pub card: Option<StudyCard>,
    pub today: DueCounts,
    pub reviewed_today: u32,
    /// When the next studied card comes due (RFC 3339, local time), when nothing is due now.
    pub next_due: Option<String>,
    /// The reading being studied on its own, if any.
    pub focus: Option<ReadingId>,
    /// After a lapse (Again on a card in review): the paragraph its quote stands in, to read
    /// again before the next card.
    pub reread: Option<Passage>,
}

/// One paragraph of a reading with one claim's quote marked in it.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct Passage {
    pub reading: ReadingId,
    pub reading_title: String,
    pub claim: ClaimId,
    /// The paragraph (or heading, or list item) as styled text; only `claim` is marked.
    pub block: BlockView,
}

/// One answer taken back by an undo.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct UndoneAnswer {
    pub card: CardId,
    /// The prompt; where `frame` is set, its English (the app words the frame instead).
    pub prompt: String,
    /// The fixed sentence of a timeline's or a disagreement's prompt, for the app to word.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub frame: Option<crate::cards::PromptFrame>,
}

/// What an undo took back (`None`: there was no answer to undo) and the review screen after it.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct UndoResult {
    pub undone: Option<UndoneAnswer>,
    pub session: Session,
}

/// A card kept out of study, by the student or as a leech.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct SuspendedCard {
    pub id: CardId,
    pub kind: CardKind,
    /// The prompt; where `frame` is set, its English (the app words the frame instead).
    pub prompt: String,
    /// The fixed sentence of a timeline's or a disagreement's prompt, for the app to word.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub frame: Option<crate::cards::PromptFrame>,
    pub reading: ReadingId,
    pub reading_title: String,
    /// Suspended by the leech rule after repeated lapses.
    pub leech: bool,
    pub lapses: u32,
}

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct Stats {
    pub cards: u32,
    pub new: u32,
    pub learning: u32,
    pub review: u32,
    pub due_today: DueCounts,
    pub reviews_today: u32,
    pub reviews_total: u32,
}

/// Answers given on one study day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DayCount {
    /// `YYYY-MM-DD`, the local date the study day starts on.
    pub date: String,
    pub count: u32,
}

/// Reviews of graduated cards in a week and how many were recalled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RetentionWeek {
    /// `YYYY-MM-DD` of the week's Monday.
    pub week_of: String,
    pub reviews: u32,
    pub recalled: u32,
}

/// How far a student has got with one reading's claims.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReadingMastery {
    pub reading: ReadingId,
    pub title: String,
    pub claims: u32,
    /// Claims with at least one studied card.
    pub seen: u32,
    /// Claims with a card remembered for three weeks or more.
    pub mastered: u32,
}

/// Everything the progress screen draws.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ProgressView {
    /// The last 365 study days, oldest first, days without answers included.
    pub reviews_per_day: Vec<DayCount>,
    /// Cards due on each of the next 30 days (overdue ones today).
    pub forecast: Vec<DayCount>,
    /// The last 26 weeks with reviews.
    pub retention: Vec<RetentionWeek>,
    pub stats: Stats,
    pub suspended: u32,
    pub leeches: u32,
    pub readings: Vec<ReadingMastery>,
    pub desired_retention: f32,
}

/// A copy of the study data in the data folder's `backups/`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    /// File name, e.g. `steppe-20260105T010000-manual.sqlite`; sorts by time.
    pub name: String,
    pub size: u64,
}

/// Where an answer in a card's history was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AnswerSource {
    /// Studying.
    Review,
    /// A question of a quiz, missed (a miss counts as Again).
    Quiz,
}

/// One answer to a card, as its history lists it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct HistoryAnswer {
    /// When it was given (RFC 3339, local time).
    pub at: String,
    pub rating: Rating,
    pub source: AnswerSource,
    /// The card's phase before the answer.
    pub phase: Phase,
    /// Seconds from the answer until the card came due again; `None` if it was given no due time.
    pub interval: Option<i64>,
    /// The memory after the answer: stability in days and difficulty (1 to 10).
    pub stability: Option<f32>,
    pub difficulty: Option<f32>,
    /// The probability of recall at the moment of the answer; `None` for a card not studied before.
    pub recall: Option<f32>,
}

/// A card's memory now.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MemoryNow {
    pub phase: Phase,
    /// Days, and 1 to 10; `None` for a new card.
    pub stability: Option<f32>,
    pub difficulty: Option<f32>,
    /// RFC 3339, local time; `None` for a new card.
    pub due: Option<String>,
    pub last_review: Option<String>,
    /// The probability of recall now; `None` for a new card.
    pub recall: Option<f32>,
    pub reps: u32,
    pub lapses: u32,
    pub suspended: bool,
    pub leech: bool,
}

/// A point of a forgetting curve: the probability of recall some days from now.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CurvePoint {
    pub days: f32,
    pub recall: f32,
}

/// Everything about one card: its claim and source, every answer, its memory now and how that
/// memory fades from now to its next due date and beyond.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CardHistory {
    /// The language of the deck's prompts, claims and quotes (a BCP 47 tag such as `en`).
    pub language: String,
    pub card: CardId,
    pub kind: CardKind,
    /// The prompt; where `frame` is set, its English (the app words the frame instead).
    pub prompt: String,
    /// The fixed sentence of a timeline's or a disagreement's prompt, for the app to word.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub frame: Option<crate::cards::PromptFrame>,
    pub claim: ClaimId,
    pub claim_text: String,
    pub quote: String,
    pub reading: ReadingId,
    pub reading_title: String,
    /// Now, when the history was read (RFC 3339, local time).
    pub now: String,
    pub memory: MemoryNow,
    /// Oldest first.
    pub answers: Vec<HistoryAnswer>,
    /// The probability of recall from now (day 0) to past the next due date; empty for a new card.
    pub curve: Vec<CurvePoint>,
    /// Days from now to the next due date (negative when overdue); `None` for a new card.
    pub due_in_days: Option<f32>,
    /// The recall the scheduler aims for at the due date.
    pub desired_retention: f32,
}
