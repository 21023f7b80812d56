//! The desktop shell: each command hands its arguments to one core call and returns the result
//! or an `{ code, message }` error. No domain logic lives here.

use std::sync::Mutex;

use steppe::cards::Given;
use steppe::clock::SystemClock;
use steppe::content::Deck;
use steppe::ids::{CardId, ReadingId};
use steppe::quiz::{DEFAULT_QUIZ_LENGTH, QuizFeedback, QuizResult, QuizScope, QuizView};
use steppe::schedule::Rating;
use steppe::views::{AnswerCheck, LibraryView, ProgressView, ReadingView, Session};
use steppe::{Collection, ErrorReport};
use tauri::{Builder, Runtime, State};

/// The open collection, or why it could not be opened (shown by every view).
pub struct AppState(Mutex<Result<Collection, ErrorReport>>);

impl AppState {
    pub fn new(collection: steppe::Result<Collection>) -> Self {
        Self(Mutex::new(collection.map_err(|e| e.report())))
    }

    fn with<T>(&self, f: impl FnOnce(&mut Collection) -> steppe::Result<T>) -> Result<T, ErrorReport> {
        let mut guard = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let collection = guard.as_mut().map_err(|report| report.clone())?;
        f(collection).map_err(|e| e.report())
    }
}

/// Opens the built-in deck and the student's database in the shared data folder.
pub fn open_collection() -> steppe::Result<Collection> {
    let data_dir = steppe::default_data_dir();
    eprintln!("steppe data dir: {}", data_dir.display());
    Collection::open(&data_dir, Deck::builtin()?, Box::new(SystemClock))
}

#[tauri::command(async)]
fn library(state: State<'_, AppState>) -> Result<LibraryView, ErrorReport> {
    state.with(|c| c.library())
}

#[tauri::command(async)]
fn reading(state: State<'_, AppState>, id: ReadingId) -> Result<ReadingView, ErrorReport> {
    state.with(|c| c.reading(&id))
}

#[tauri::command(async)]
fn session(state: State<'_, AppState>) -> Result<Session, ErrorReport> {
    state.with(|c| c.session())
}

#[tauri::command(async)]
fn answer(state: State<'_, AppState>, card_id: CardId, rating: Rating) -> Result<Session, ErrorReport> {
    state.with(|c| c.answer(&card_id, rating))
}

#[tauri::command(async)]
fn undo(state: State<'_, AppState>) -> Result<Session, ErrorReport> {
    state.with(|c| c.undo_and_continue())
}

#[tauri::command(async)]
fn set_suspended(state: State<'_, AppState>, card_id: CardId, suspended: bool) -> Result<Session, ErrorReport> {
    state.with(|c| c.suspend_and_continue(&card_id, suspended))
}

#[tauri::command(async)]
fn check_answer(state: State<'_, AppState>, card_id: CardId, given: Given) -> Result<AnswerCheck, ErrorReport> {
    state.with(|c| c.check_answer(&card_id, &given))
}

#[tauri::command(async)]
fn start_quiz(
    state: State<'_, AppState>,
    scope: QuizScope,
    length: Option<u32>,
    seed: Option<u64>,
) -> Result<QuizView, ErrorReport> {
    state.with(|c| c.start_quiz(scope, length.unwrap_or(DEFAULT_QUIZ_LENGTH), seed))
}

#[tauri::command(async)]
fn answer_quiz(
    state: State<'_, AppState>,
    quiz_id: i64,
    position: u32,
    given: Given,
) -> Result<QuizFeedback, ErrorReport> {
    state.with(|c| c.answer_quiz(quiz_id, position, &given))
}

#[tauri::command(async)]
fn finish_quiz(state: State<'_, AppState>, quiz_id: i64) -> Result<QuizResult, ErrorReport> {
    state.with(|c| c.finish_quiz(quiz_id))
}

#[tauri::command(async)]
fn progress(state: State<'_, AppState>) -> Result<ProgressView, ErrorReport> {
    state.with(|c| c.progress())
}

/// Registers the commands; shared by `run` and the tests' mock runtime.
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        library,
        reading,
        session,
        answer,
        undo,
        set_suspended,
        check_answer,
        start_quiz,
        answer_quiz,
        finish_quiz,
        progress
    ])
}

pub fn run() {
    builder(Builder::default())
        .manage(AppState::new(open_collection()))
        .run(tauri::generate_context!())
        .expect("error while running the Steppe window");
}
