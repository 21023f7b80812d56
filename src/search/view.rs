//! What the browse view and `steppe search` receive: ready rows, counts and bulk actions.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::QueryError;
use crate::cards::CardKind;
use crate::ids::{CardId, ClaimId, ReadingId};
use crate::schedule::Phase;

/// The column a search is sorted by; `deck` is the order of the deck (new cards: the order
/// they are introduced in).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SortColumn {
    #[default]
    Deck,
    Card,
    Text,
    Reading,
    Kind,
    State,
    Due,
    Lapses,
    Recall,
}

impl SortColumn {
    pub const ALL: [SortColumn; 9] = [
        SortColumn::Deck,
        SortColumn::Card,
        SortColumn::Text,
        SortColumn::Reading,
        SortColumn::Kind,
        SortColumn::State,
        SortColumn::Due,
        SortColumn::Lapses,
        SortColumn::Recall,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SortColumn::Deck => "deck",
            SortColumn::Card => "card",
            SortColumn::Text => "text",
            SortColumn::Reading => "reading",
            SortColumn::Kind => "kind",
            SortColumn::State => "state",
            SortColumn::Due => "due",
            SortColumn::Lapses => "lapses",
            SortColumn::Recall => "recall",
        }
    }
}

/// How to order a search's results. Cards without a value (a new card's due date or recall)
/// come last either way; ties keep the deck's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BrowseSort {
    pub column: SortColumn,
    pub descending: bool,
}

/// One card of a search, ready to show.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BrowseRow {
    pub card: CardId,
    pub claim: ClaimId,
    pub reading: ReadingId,
    pub reading_title: String,
    pub kind: CardKind,
    /// The card's prompt, shortened to one line; where `frame` is set, its English (the app
    /// words the frame instead).
    pub text: String,
    /// The fixed sentence of a timeline's or a disagreement's prompt, for the app to word.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub frame: Option<crate::cards::PromptFrame>,
    pub phase: Phase,
    pub suspended: bool,
    pub leech: bool,
    /// The card's claim is one version of a disagreement between sources.
    pub disputed: bool,
    /// When a studied card is due (RFC 3339), and in how many study days (0: today; negative:
    /// overdue).
    pub due: Option<String>,
    pub due_in_days: Option<i32>,
    /// A new card's place in the order new cards are introduced.
    pub position: Option<u32>,
    pub reps: u32,
    pub lapses: u32,
    /// The probability of recalling the card now; none for a new card.
    pub recall: Option<f32>,
}

/// A page of a search's results.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BrowsePage {
    /// The query in its canonical form (empty for a bad query).
    pub query: String,
    /// Why the query could not be read; then nothing was searched.
    pub error: Option<QueryError>,
    /// Cards that match.
    pub total: u32,
    /// Claims with at least one card that matches.
    pub claims: u32,
    /// Every current card of the deck.
    pub cards: u32,
    /// The index of the first row in the results.
    pub offset: u32,
    pub rows: Vec<BrowseRow>,
}

/// A change to many cards at once, done in one transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "action", rename_all = "snake_case")]
#[ts(export)]
pub enum BulkAction {
    Suspend,
    /// Unsuspending a leech also clears its leech tag.
    Unsuspend,
    /// Back to new: the memory state, reps and lapses are reset; the review log is kept.
    Forget,
    /// Due on a study day from `from_days` to `to_days` after today (each card's day is picked
    /// by its id, so the cards spread over the range). Only studied cards; new ones are skipped.
    Reschedule {
        from_days: u32,
        to_days: u32,
    },
    /// New cards are introduced in the order given, from `start` on, `step` apart; the other new
    /// cards from `start` on move back to make room. Only new cards; others are skipped.
    Reposition {
        start: u32,
        step: u32,
    },
}

/// What a bulk action did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BulkDone {
    pub changed: u32,
    /// Cards the action does not apply to (unknown ids, new cards to reschedule, studied cards
    /// to reposition).
    pub skipped: u32,
}
