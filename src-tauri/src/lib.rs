//! The desktop shell: each command hands its arguments to one core call and returns the result
//! or an `{ code, message }` error. No domain logic lives here.

mod dialogs;

use std::path::PathBuf;
use std::sync::Mutex;

use steppe::cards::Given;
use steppe::clock::SystemClock;
use steppe::content::{self, Deck};
use steppe::exchange::{self, ExportDone, ExportFormat, ImportReport};
use steppe::ids::{CardId, ReadingId};
use steppe::quiz::{DEFAULT_QUIZ_LENGTH, QuizFeedback, QuizResult, QuizScope, QuizView};
use steppe::recovery::{OpenProblem, Recovery};
use steppe::schedule::Rating;
use steppe::settings::Settings;
use steppe::views::{AnswerCheck, BackupInfo, LibraryView, ProgressView, ReadingView, Session};
use steppe::{Collection, ErrorReport};
use tauri::ipc::Channel;
use tauri::{AppHandle, Builder, Runtime, State};

/// The open collection, or why it could not be opened (shown by every view), with what is
/// needed to open it again after a recovery.
pub struct AppState {
    collection: Mutex<Result<Collection, ErrorReport>>,
    data_dir: PathBuf,
    deck: Option<Deck>,
}

impl AppState {
    /// The state for a collection opened in the default data folder with the built-in deck.
    pub fn new(collection: steppe::Result<Collection>) -> Self {
        Self::from_parts(collection, steppe::default_data_dir(), Deck::builtin().ok())
    }

    fn from_parts(collection: steppe::Result<Collection>, data_dir: PathBuf, deck: Option<Deck>) -> Self {
        Self { collection: Mutex::new(collection.map_err(|e| e.report())), data_dir, deck }
    }

    /// Opens the deck the app studies (the built-in one, or `$STEPPE_DECK_DIR`) and its database.
    pub fn open() -> Self {
        let base = steppe::default_data_dir();
        match steppe::startup::deck_and_data_dir(&base, steppe::startup::deck_dir_from_env().as_deref()) {
            Ok((deck, data_dir)) => {
                eprintln!("steppe data dir: {}", data_dir.display());
                Self::from_parts(open_collection(&data_dir, deck.clone()), data_dir, Some(deck))
            }
            Err(e) => Self::from_parts(Err(e), base, None),
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut Collection) -> steppe::Result<T>) -> Result<T, ErrorReport> {
        let mut guard = self.collection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let collection = guard.as_mut().map_err(|report| report.clone())?;
        f(collection).map_err(|e| e.report())
    }

    fn problem(&self) -> Option<OpenProblem> {
        let guard = self.collection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        guard.as_ref().err().map(|report| steppe::recovery::problem(&self.data_dir, report))
    }

    /// Carries out the student's choice on the recovery screen, then opens the collection again.
    fn recover(&self, how: Recovery) -> Result<(), ErrorReport> {
        let mut guard = self.collection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let refuse = |message: &str| ErrorReport { code: "nothing_to_recover".into(), message: message.into() };
        if guard.is_ok() {
            return Err(refuse("The study database is open and sound; there is nothing to recover."));
        }
        let Some(deck) = self.deck.clone() else {
            return Err(refuse("The deck could not be loaded; fix the deck, then start Steppe again."));
        };
        steppe::recovery::recover(&self.data_dir, how).map_err(|e| e.report())?;
        *guard = open_collection(&self.data_dir, deck).map_err(|e| e.report());
        guard.as_ref().map(|_| ()).map_err(|report| report.clone())
    }
}

fn open_collection(data_dir: &std::path::Path, deck: Deck) -> steppe::Result<Collection> {
    Collection::open(data_dir, deck, Box::new(SystemClock))
}

/// Why the collection could not be opened and the ways out, or `None` when it is open.
#[tauri::command(async)]
fn open_problem(state: State<'_, AppState>) -> Option<OpenProblem> {
    state.problem()
}

#[tauri::command(async)]
fn recover(state: State<'_, AppState>, how: Recovery) -> Result<(), ErrorReport> {
    state.recover(how)
}

/// Closes the app (from the screen that says Steppe is already open).
#[tauri::command]
fn quit<R: Runtime>(app: AppHandle<R>) {
    app.exit(0)
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

/// Exports the open deck to a file picked in a native save dialog; `None` when cancelled.
#[tauri::command(async)]
fn export_deck<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: ExportFormat,
) -> Result<Option<ExportDone>, ErrorReport> {
    let deck_id = state.with(|c| Ok(c.deck().info.id.clone()))?;
    let Some(path) = dialogs::export_path(&app, &deck_id, format) else { return Ok(None) };
    state.with(|c| Ok(exchange::export_to_file(format, c.deck(), &content::builtin_files(), &path)?)).map(Some)
}

/// Imports a package or table picked in a native open dialog into the data folder's decks/;
/// `None` when cancelled.
#[tauri::command(async)]
fn import_deck<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<ImportReport>, ErrorReport> {
    let Some(path) = dialogs::package_to_import(&app) else { return Ok(None) };
    state
        .with(|c| {
            let decks = exchange::decks_dir(c.data_dir());
            Ok(exchange::import_file(&path, &decks, false, None, &content::builtin_files())?)
        })
        .map(Some)
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
        export_deck,
        import_deck,
        open_problem,
        recover,
        quit
    ])
}

pub fn run() {
    builder(Builder::default())
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::open())
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
        assert_eq!(invoke(&webview, "undo", json!({})).unwrap()["reviewed_today"], 0, "and undone");

        let err = invoke(&webview, "reading", json!({ "id": "no-such-reading" })).unwrap_err();
        assert_eq!(err, json!({ "code": "not_found", "message": "reading `no-such-reading` not found" }));
        let err = invoke(&webview, "start_quiz", json!({ "scope": { "type": "weak" } })).unwrap_err();
        assert_eq!(err["code"], "empty_quiz");
    }

    /// Whatever the web view sends, a command answers with an error, never a panic or a file
    /// outside the data folder.
    #[test]
    fn every_command_refuses_input_no_screen_would_send() {
        let dir = tempfile::tempdir().unwrap();
        let collection = Collection::open(dir.path(), Deck::builtin().unwrap(), Box::new(SystemClock));
        let app = builder(mock_builder()).manage(AppState::new(collection)).build(mock_context(noop_assets())).unwrap();
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        let code = |cmd: &str, args: Value| invoke(&webview, cmd, args).unwrap_err()["code"].clone();

        assert_eq!(code("answer", json!({ "cardId": "no-such:card", "rating": "good" })), "not_found");
        assert_eq!(code("set_suspended", json!({ "cardId": "../x", "suspended": true })), "not_found");
        assert_eq!(
            code("check_answer", json!({ "cardId": "x", "given": { "type": "choice", "index": 7 } })),
            "not_found"
        );
        assert_eq!(code("set_study_focus", json!({ "reading": "nowhere" })), "not_found");
        for length in [0, 201, 4_000_000_000u32] {
            assert_eq!(code("start_quiz", json!({ "scope": { "type": "all" }, "length": length })), "invalid_input");
        }
        assert_eq!(code("start_quiz", json!({ "scope": { "type": "reading", "id": "nowhere" } })), "empty_quiz");
        assert_eq!(
            code("answer_quiz", json!({ "quizId": 999, "position": 0, "given": { "type": "text", "text": "" } })),
            "not_found"
        );
        assert_eq!(code("finish_quiz", json!({ "quizId": -1 })), "not_found");
        let quiz =
            invoke(&webview, "start_quiz", json!({ "scope": { "type": "all" }, "length": 5, "seed": 1 })).unwrap();
        let id = quiz["id"].clone();
        let err =
            code("answer_quiz", json!({ "quizId": id, "position": 99, "given": { "type": "order", "order": [9, 9] } }));
        assert_eq!(err, "not_found");
        let huge = "x".repeat(1_000_000);
        let feedback = invoke(
            &webview,
            "answer_quiz",
            json!({ "quizId": id, "position": 0, "given": { "type": "text", "text": huge } }),
        );
        assert!(feedback.is_ok_and(|f| f["outcome"] == "wrong"), "a megabyte of text is simply a wrong answer");

        let mut settings = invoke(&webview, "settings", json!({})).unwrap();
        settings["desired_retention"] = json!(5.0);
        settings["rollover_hour"] = json!(99);
        assert_eq!(code("set_settings", json!({ "settings": settings })), "invalid_setting");
        for name in ["../steppe.sqlite", "/etc/passwd", "steppe-none.sqlite"] {
            assert_eq!(code("restore_backup", json!({ "name": name })), "not_found");
        }
        assert_eq!(code("recover", json!({ "how": "start_fresh" })), "nothing_to_recover");
        assert_eq!(invoke(&webview, "open_problem", json!({})).unwrap(), Value::Null);
        // Values of the wrong type or outside an enum never reach the core.
        assert!(invoke(&webview, "answer", json!({ "cardId": "x", "rating": "superb" })).unwrap_err().is_string());
        assert!(invoke(&webview, "recover", json!({ "how": "delete_everything" })).unwrap_err().is_string());
        assert!(
            invoke(&webview, "answer_quiz", json!({ "quizId": "1; DROP TABLE", "position": 0 }))
                .unwrap_err()
                .is_string()
        );
        let reviewed = invoke(&webview, "session", json!({})).unwrap()["reviewed_today"].clone();
        assert_eq!(reviewed, 1, "only the quiz miss was recorded");
    }
}
