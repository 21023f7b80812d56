//! Every type that crosses between the core and the app's window, gathered in one place: the
//! shell takes them from here, and ts-rs writes each of them to `ui/src/lib/bindings`.

pub use crate::authoring::{
    AuthorReading, Candidate, ClaimDraft, Coverage, DeckOutline, DraftCheck, DraftProblem, ReadingDraft, TextSelection,
};
pub use crate::cards::{CardKind, Given};
pub use crate::decks::DeckSummary;
pub use crate::error::ErrorReport;
pub use crate::exchange::{ExportDone, ExportFormat, ImportReport};
pub use crate::ids::{CardId, ClaimId, ReadingId};
pub use crate::print::QuizPrinted;
pub use crate::quiz::{DEFAULT_QUIZ_LENGTH, QuizFeedback, QuizResult, QuizScope, QuizView, TagCount};
pub use crate::recovery::{OpenProblem, Recovery};
pub use crate::schedule::{
    ExamPlan, PlanCheck, PlanDay, PlanDayProgress, PlanFigures, PlanProgress, PlanVerdict, Rating, WorkloadPoint,
    WorkloadView,
};
pub use crate::settings::Settings;
pub use crate::sync::{SyncOutcome, SyncProblem, SyncStatus};
pub use crate::views::{
    AnswerCheck, BackupInfo, CardHistory, LibraryView, ProgressView, ReadingView, Session, SuspendedCard, UndoResult,
};
