//! The desktop shell: each command hands its arguments to one core call and returns the result
//! or an `{ code, message }` error. No domain logic lives here.

use std::sync::Mutex;

use steppe::cards::Given;
use steppe::clock::SystemClock;
use steppe::content::Deck;
use steppe::ids::{CardId, ReadingId};
use steppe::quiz::{DEFAULT_QUIZ_LENGTH, QuizFeedback, QuizResult, QuizScope, QuizView, TagCount};
use steppe::schedule::Rating;
use steppe::settings::Settings;
use steppe::views::{
    AnswerCheck, BackupInfo, LibraryView, ProgressView, ReadingView, Session, SuspendedCard, UndoResult,
};
use steppe::{Collection, ErrorReport};
use tauri::ipc::Channel;
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
fn undo(state: State<'_, AppState>) -> Result<UndoResult, ErrorReport> {
    state.with(|c| c.undo_and_continue())
}

#[tauri::command(async)]
fn set_suspended(state: State<'_, AppState>, card_id: CardId, suspended: bool) -> Result<Session, ErrorReport> {
    state.with(|c| c.suspend_and_continue(&card_id, suspended))
}

#[tauri::command(async)]
fn suspended_cards(state: State<'_, AppState>) -> Result<Vec<SuspendedCard>, ErrorReport> {
    state.with(|c| c.suspended_cards())
}

#[tauri::command(async)]
fn unsuspend(state: State<'_, AppState>, card_id: CardId) -> Result<Vec<SuspendedCard>, ErrorReport> {
    state.with(|c| c.unsuspend(&card_id))
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
fn unfinished_quiz(state: State<'_, AppState>) -> Result<Option<QuizView>, ErrorReport> {
    state.with(|c| c.unfinished_quiz())
}

#[tauri::command(async)]
fn abandon_quiz(state: State<'_, AppState>, quiz_id: i64) -> Result<(), ErrorReport> {
    state.with(|c| c.abandon_quiz(quiz_id))
}

#[tauri::command(async)]
fn quiz_tags(state: State<'_, AppState>) -> Result<Vec<TagCount>, ErrorReport> {
    state.with(|c| Ok(c.tags()))
}

#[tauri::command(async)]
fn progress(state: State<'_, AppState>) -> Result<ProgressView, ErrorReport> {
    state.with(|c| c.progress())
}

#[tauri::command(async)]
fn settings(state: State<'_, AppState>) -> Result<Settings, ErrorReport> {
    state.with(|c| Ok(c.settings().clone()))
}

#[tauri::command(async)]
fn set_settings(state: State<'_, AppState>, settings: Settings) -> Result<(), ErrorReport> {
    state.with(|c| c.set_settings(settings))
}

#[tauri::command(async)]
fn backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, ErrorReport> {
    state.with(|c| c.backups())
}

#[tauri::command(async)]
fn backup_now(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, ErrorReport> {
    state.with(|c| c.backup_now().and_then(|_| c.backups()))
}

#[tauri::command(async)]
fn restore_backup(state: State<'_, AppState>, name: String) -> Result<(), ErrorReport> {
    state.with(|c| c.restore_backup(&name))
}

/// Fits the scheduler to the review log, sending `[done, total]` to `progress` as it goes.
#[tauri::command(async)]
fn optimize(state: State<'_, AppState>, progress: Channel<(usize, usize)>) -> Result<Vec<f32>, ErrorReport> {
    state.with(|c| {
        c.optimize(&mut |done, total| {
            let _ = progress.send((done, total));
        })
    })
}

#[tauri::command(async)]
fn set_study_focus(state: State<'_, AppState>, reading: Option<ReadingId>) -> Result<Session, ErrorReport> {
    state.with(|c| c.set_study_focus(reading))
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
        progress,
        settings,
        set_settings,
        backups,
        backup_now,
        restore_backup,
        optimize,
        set_study_focus,
        suspended_cards,
        unsuspend,
        unfinished_quiz,
        abandon_quiz,
        quiz_tags
    ])
}

pub fn run() {
    builder(Builder::default())
        .manage(AppState::new(open_collection()))
        .run(tauri::generate_context!())
        .expect("error while running the Steppe window");
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{INVOKE_KEY, get_ipc_response, mock_builder, mock_context, noop_assets};
    use tauri::webview::InvokeRequest;

    fn invoke(
        webview: &tauri::WebviewWindow<tauri::test::MockRuntime>,
        cmd: &str,
        args: Value,
    ) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(webview, request).map(|body| body.deserialize::<Value>().unwrap())
    }

    /// The commands as the UI calls them (camelCase arguments), over a real SQLite file.
    #[test]
    fn the_ui_can_study_a_card_and_gets_errors_as_code_and_message() {
        let dir = tempfile::tempdir().unwrap();
        let collection = Collection::open(dir.path(), Deck::builtin().unwrap(), Box::new(SystemClock));
        let app = builder(mock_builder()).manage(AppState::new(collection)).build(mock_context(noop_assets())).unwrap();
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();

        let session = invoke(&webview, "session", json!({})).unwrap();
        let card = session["card"]["id"].as_str().unwrap().to_owned();
        let after = invoke(&webview, "answer", json!({ "cardId": card, "rating": "good" })).unwrap();
        assert_eq!(after["reviewed_today"], 1, "the answer was recorded");
        let undone = invoke(&webview, "undo", json!({})).unwrap();
        assert_eq!(undone["session"]["reviewed_today"], 0, "and undone");
        assert_eq!(undone["undone"]["card"], card.as_str(), "the undo names the card");
        assert_eq!(invoke(&webview, "undo", json!({})).unwrap()["undone"], Value::Null, "then nothing is left to undo");

        invoke(&webview, "set_suspended", json!({ "cardId": card, "suspended": true })).unwrap();
        let suspended = invoke(&webview, "suspended_cards", json!({})).unwrap();
        assert_eq!(suspended[0]["id"], card.as_str(), "the suspended card is listed");
        assert_eq!(invoke(&webview, "unsuspend", json!({ "cardId": card })).unwrap(), json!([]));

        let quiz = invoke(&webview, "start_quiz", json!({ "scope": { "type": "all" }, "length": 3 })).unwrap();
        assert_eq!(invoke(&webview, "unfinished_quiz", json!({})).unwrap()["id"], quiz["id"]);
        invoke(&webview, "abandon_quiz", json!({ "quizId": quiz["id"] })).unwrap();
        assert_eq!(invoke(&webview, "unfinished_quiz", json!({})).unwrap(), Value::Null);
        assert!(invoke(&webview, "quiz_tags", json!({})).unwrap()[0]["claims"].as_u64().unwrap() > 0);

        let err = invoke(&webview, "reading", json!({ "id": "no-such-reading" })).unwrap_err();
        assert_eq!(err, json!({ "code": "not_found", "message": "reading `no-such-reading` not found" }));
        let err = invoke(&webview, "start_quiz", json!({ "scope": { "type": "weak" } })).unwrap_err();
        assert_eq!(err["code"], "empty_quiz");
    }
}
