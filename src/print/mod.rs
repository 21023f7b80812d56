//! Printed quizzes: the questions a quiz draws (the same draw as the app's, see
//! [`crate::quiz::draw`]) laid out on paper, then an answer key in which every answer cites its
//! reading and quotes it. The questions are in the deck's language; the headings in the user's,
//! from the command line's catalogue (`locales/*/cli.ftl`, ids `print-…`).

mod fonts;
mod pdf;

use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashSet;
use std::path::Path;
use ts_rs::TS;

use crate::cards::{CLOZE_GAP, Card, CardKind, timeline};
use crate::content::Deck;
use crate::error::{Error, Result};
use crate::ids::{CardId, ClaimId, ReadingId};
use crate::messages::{FluentValue, Messages};
use crate::quiz::{self, QuizScope};

/// A quiz ready to print: what it is, and its questions in order.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintedQuiz {
    pub deck_id: String,
    pub deck_title: String,
    pub deck_version: String,
    /// The language the deck is written in (`deck.toml`'s `language`).
    pub deck_language: String,
    pub scope: QuizScope,
    /// The reading's title for a reading quiz, the tag for a tag quiz; empty otherwise.
    pub scope_name: String,
    pub seed: u64,
    /// The day it is printed.
    pub date: NaiveDate,
    pub questions: Vec<PrintedQuestion>,
}

/// One question and its answer as printed.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintedQuestion {
    /// From 1.
    pub number: u32,
    pub card: CardId,
    pub kind: CardKind,
    /// A cloze's gap is [`BLANK`]; the rest is the card's prompt.
    pub prompt: String,
    /// Multiple choice, sources and timelines: the options (items) as shown, lettered A, B, C…
    /// True/false: the deck's words for true and false.
    pub choices: Vec<String>,
    /// The answer in the key: `B. Ulaanbaatar`, `False`, `C, A, D, B`, or the text to write.
    pub answer: String,
    /// A timeline's items in order with their dates, for the key; empty for other kinds.
    pub order: Vec<String>,
    /// Where the answer comes from: each reading once, with the quotes of the claims asked.
    pub sources: Vec<PrintedSource>,
}

/// What printing a quiz wrote, for the app to say.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct QuizPrinted {
    pub path: String,
    pub questions: u32,
    /// The seed that drew it: the same seed prints the same quiz.
    #[ts(type = "number")]
    pub seed: u64,
    pub bytes: u64,
}

/// A reading cited in the key, with the exact quotes the answer rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintedSource {
    pub reading: ReadingId,
    /// The author, or the publisher when the reading names no author.
    pub author: String,
    pub year: String,
    pub title: String,
    pub quotes: Vec<String>,
}

impl PrintedSource {
    /// `Author (2015). Title.`
    pub fn citation(&self) -> String {
        let title = self.title.trim_end_matches('.');
        format!("{} ({}). {title}.", self.author, self.year)
    }
}

/// What a printed cloze shows for the hidden answer.
pub const BLANK: &str = "__________";

/// The letter of the n-th option: A, B, C…
pub fn letter(n: usize) -> char {
    char::from(b'A' + (n % 26) as u8)
}

/// The cards of `cards` in `scope`: every card, a reading's, or those about a claim with the
/// tag. The weak cards need the study history: only a collection knows them.
pub fn in_scope<'c>(deck: &Deck, cards: &'c [Card], scope: &QuizScope) -> Result<Vec<&'c Card>> {
    Ok(match scope {
        QuizScope::All => cards.iter().collect(),
        QuizScope::Reading { id } if deck.reading(id).is_none() => {
            return Err(Error::NotFound(crate::notice!(MissingReading, id = id.as_str())));
        }
        QuizScope::Reading { id } => cards.iter().filter(|c| &c.reading == id).collect(),
        QuizScope::Tag { tag } if !deck.claims.iter().any(|claim| claim.tags.contains(tag)) => {
            return Err(Error::NotFound(crate::notice!(MissingTag, tag = tag.as_str())));
        }
        QuizScope::Tag { tag } => {
            let tagged: HashSet<&ClaimId> =
                deck.claims.iter().filter(|claim| claim.tags.contains(tag)).map(|claim| &claim.id).collect();
            cards.iter().filter(|c| c.claims.iter().any(|id| tagged.contains(id))).collect()
        }
        QuizScope::Weak => {
            return Err(Error::InvalidInput(crate::notice!(QuizWeakNeedsStudyData)));
        }
    })
}

/// The quiz `seed` draws from `candidates` (at most `length` questions, as
/// [`crate::Collection::start_quiz`] draws them), ready to print.
pub fn prepare(
    deck: &Deck,
    candidates: Vec<&Card>,
    scope: QuizScope,
    length: u32,
    seed: u64,
    date: NaiveDate,
) -> Result<PrintedQuiz> {
    if !(1..=quiz::MAX_QUIZ_LENGTH).contains(&length) {
        let most = quiz::MAX_QUIZ_LENGTH;
        return Err(Error::InvalidInput(crate::notice!(QuizLength, most = most, length = length)));
    }
    let drawn = quiz::draw(candidates, length, seed);
    if drawn.is_empty() {
        return Err(Error::EmptyQuiz(crate::notice!(QuizNoQuestions)));
    }
    let words = Messages::new(&deck.info.language);
    let questions = drawn.into_iter().enumerate().map(|(n, card)| question(deck, &words, n as u32 + 1, card)).collect();
    let scope_name = match &scope {
        QuizScope::Reading { id } => deck.reading(id).map(|r| r.citation.title.clone()).unwrap_or_default(),
        QuizScope::Tag { tag } => tag.clone(),
        QuizScope::All | QuizScope::Weak => String::new(),
    };
    Ok(PrintedQuiz {
        deck_id: deck.info.id.clone(),
        deck_title: deck.info.title.clone(),
        deck_version: deck.info.version.clone(),
        deck_language: deck.info.language.clone(),
        scope,
        scope_name,
        seed,
        date,
        questions,
    })
}

fn question(deck: &Deck, words: &Messages, number: u32, card: &Card) -> PrintedQuestion {
    let lettered = |n: u32| card.choices.get(n as usize).map(|c| format!("{}. {c}", letter(n as usize)));
    let (choices, answer, order) = match card.kind {
        CardKind::TrueFalse => {
            let word = |value: &str| {
                let id = if value == "True" { "print-true" } else { "print-false" };
                words.get(id, &[])
            };
            (card.choices.iter().map(|c| word(c)).collect(), word(&card.answer), Vec::new())
        }
        CardKind::MultipleChoice | CardKind::Sources => {
            let answer = card.correct_choice.and_then(lettered).unwrap_or_else(|| card.answer.clone());
            (card.choices.clone(), answer, Vec::new())
        }
        CardKind::Timeline => {
            let letters: Vec<String> = card.correct_order.iter().map(|&n| letter(n as usize).to_string()).collect();
            let order = card
                .correct_order
                .iter()
                .filter_map(|&n| {
                    let item = lettered(n)?;
                    let date = card.dates.get(n as usize).map(|d| timeline::worded_date(d, words)).unwrap_or_default();
                    Some(format!("{item} ({date})"))
                })
                .collect();
            (card.choices.clone(), letters.join(", "), order)
        }
        _ => (Vec::new(), card.answer.clone(), Vec::new()),
    };
    PrintedQuestion {
        number,
        card: card.id.clone(),
        kind: card.kind,
        // A timeline's or a disagreement's frame in the deck's language, as the questions are.
        prompt: card.frame.as_ref().map_or_else(|| card.prompt.clone(), |f| f.prompt(words)).replace(CLOZE_GAP, BLANK),
        choices,
        answer,
        order,
        sources: sources(deck, card),
    }
}

/// The readings of the card's claims, each once in the order first met, with their quotes.
fn sources(deck: &Deck, card: &Card) -> Vec<PrintedSource> {
    let mut sources: Vec<PrintedSource> = Vec::new();
    for claim in card.claims.iter().filter_map(|id| deck.claim(id)) {
        if let Some(source) = sources.iter_mut().find(|s| s.reading == claim.reading) {
            if !source.quotes.contains(&claim.quote) {
                source.quotes.push(claim.quote.clone());
            }
            continue;
        }
        let Some(reading) = deck.reading(&claim.reading) else { continue };
        let citation = &reading.citation;
        sources.push(PrintedSource {
            reading: claim.reading.clone(),
            author: citation.author.clone().unwrap_or_else(|| citation.publisher.clone()),
            year: citation.published.get(..4).unwrap_or(&citation.published).to_owned(),
            title: citation.title.clone(),
            quotes: vec![claim.quote.clone()],
        });
    }
    sources
}

/// The words of the page that are not the deck's: headings and instructions, in one language.
pub struct Labels {
    messages: Messages,
}

impl Labels {
    /// `language` is one of [`crate::messages::LANGUAGES`]; anything else gives English.
    pub fn new(language: &str) -> Labels {
        Labels { messages: Messages::new(language) }
    }

    pub fn language(&self) -> &'static str {
        self.messages.language()
    }

    fn get(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.messages.get(id, args)
    }

    fn instruction(&self, kind: CardKind) -> String {
        let id = match kind {
            CardKind::MultipleChoice => "print-choose-one",
            CardKind::Sources => "print-choose-reading",
            CardKind::TrueFalse => "print-true-or-false",
            CardKind::Cloze => "print-fill-blank",
            _ => "print-write-answer",
        };
        self.get(id, &[])
    }
}

/// The quiz as a PDF: the questions, then (from a new page) the answer key.
pub fn render(quiz: &PrintedQuiz, labels: &Labels) -> Result<Vec<u8>> {
    pdf::render(quiz, labels)
}

/// Renders the quiz and writes it to `path` whole or not at all (see
/// [`crate::exchange::write_atomically`]); says what it wrote.
pub fn write(quiz: &PrintedQuiz, labels: &Labels, path: &Path) -> Result<QuizPrinted> {
    let bytes = render(quiz, labels)?;
    crate::files::write_atomically(path, &bytes).map_err(|e| {
        Error::Io(crate::notice!(CannotWrite, path = path.display().to_string(), error = e.to_string()))
    })?;
    Ok(QuizPrinted {
        path: path.display().to_string(),
        questions: quiz.questions.len() as u32,
        seed: quiz.seed,
        bytes: bytes.len() as u64,
    })
}
