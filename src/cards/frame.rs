//! The fixed sentence a card puts around its deck's words ("Put these in order, earliest first.",
//! "The readings disagree. … Which reading says “…”?"): interface text, not the deck's.
//!
//! A card keeps its prompt in English, the language of its exports (Anki, CSV, the printed quiz
//! and the compiled JSON are read outside the app), and carries the frame as a code with the
//! deck's words as arguments, so that the app words it in the interface language
//! (`frame-<name>` in `locales/<language>/prompts.ftl`). The question, the version and the
//! citation stay as the deck writes them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::messages::{FluentValue, Messages};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "code", rename_all = "snake_case")]
#[ts(export)]
pub enum PromptFrame {
    /// "Put these in order, earliest first."
    Timeline,
    /// "The readings disagree. {question} Which reading says “{says}”?"
    Sources { question: String, says: String },
    /// "The readings disagree. {question} What does each say?"
    Versions { question: String },
    /// "{reading} gives more than one answer. {question} What are its versions?"
    InternalVersions { reading: String, question: String },
}

impl PromptFrame {
    /// The message id and its arguments.
    fn id_and_args(&self) -> (&'static str, Vec<(&'static str, FluentValue<'static>)>) {
        let text = |s: &String| FluentValue::from(s.clone());
        match self {
            PromptFrame::Timeline => ("frame-timeline", vec![]),
            PromptFrame::Sources { question, says } => {
                ("frame-sources", vec![("question", text(question)), ("says", text(says))])
            }
            PromptFrame::Versions { question } => ("frame-versions", vec![("question", text(question))]),
            PromptFrame::InternalVersions { reading, question } => {
                ("frame-internal-versions", vec![("reading", text(reading)), ("question", text(question))])
            }
        }
    }

    /// The prompt in `messages`' language.
    pub fn prompt(&self, messages: &Messages) -> String {
        let (id, args) = self.id_and_args();
        messages.get(id, &args)
    }

    /// The prompt in English, as cards store and export it.
    pub fn english(&self) -> String {
        self.prompt(crate::messages::english())
    }

    /// Every message id a frame is worded with.
    pub const IDS: [&'static str; 4] = ["frame-timeline", "frame-sources", "frame-versions", "frame-internal-versions"];
}
