//! The desktop shell: each command hands its arguments to one core call and returns the result
//! or an `{ code, message }` error. No domain logic lives here.

mod dialogs;
pub mod rendering;
pub mod session_bus;
mod trace;
mod window;

use std::sync::{Mutex, MutexGuard, OnceLock};
use std::thread::JoinHandle;

use steppe::Collection;
use steppe::clock::SystemClock;
use steppe::exchange::{GitCheck, GitSource};
use steppe::ipc::{
    AnswerCheck, AuthorReading, BackupInfo, Candidate, CardHistory, CardId, ClaimDraft, Coverage, DEFAULT_QUIZ_LENGTH,
    DeckOutline, DeckSummary, DraftCheck, DraftProblem, ErrorReport, ExportDone, ExportFormat, Given, ImportReport,
    LibraryView, OpenProblem, ProgressView, QuizFeedback, QuizPrinted, QuizResult, QuizScope, QuizView, Rating,
    ReadingDraft, ReadingId, ReadingView, Recovery, Session, Settings, SuspendedCard, SyncOutcome, SyncStatus,
    TagCount, TextSelection, UndoResult,
};
use steppe::report::{ClassReport, ClassView, ReportSaved};
use steppe::search::{BrowsePage, BrowseSort, BulkAction, BulkDone};
use steppe::workspace::{AuthorDeck, Workspace};
use tauri::ipc::Channel;
use tauri::{AppHandle, Builder, Runtime, State};

/// The data folder and the deck studied in it (the library's active deck, or a deck folder
/// previewed through `$STEPPE_DECK_DIR`), with its open collection.
pub struct AppState {
    workspace: OnceLock<Mutex<Workspace>>,
    /// The workspace being opened on a thread of its own, taken by the first command.
    opening: Mutex<Option<JoinHandle<Workspace>>>,
}

impl AppState {
    pub fn new(workspace: Workspace) -> Self {
        Self { workspace: OnceLock::from(Mutex::new(workspace)), opening: Mutex::new(None) }
    }

    /// Opens the data folder the app studies in, on a thread of its own: the deck is compiled
    /// and the database opened while the window and the web view start. The first command waits
    /// for it.
    pub fn open() -> Self {
        let data_dir = steppe::default_data_dir();
        eprintln!("steppe data dir: {}", data_dir.display());
        let preview = steppe::startup::deck_dir_from_env();
        let opening = std::thread::spawn(move || {
            let workspace = Workspace::open(&data_dir, preview, Box::new(|| Box::new(SystemClock)));
            trace::mark("workspace opened");
            workspace
        });
        Self { workspace: OnceLock::new(), opening: Mutex::new(Some(opening)) }
    }

    fn workspace(&self) -> MutexGuard<'_, Workspace> {
        let workspace = self.workspace.get_or_init(|| {
            let opening = self.opening.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
            let opened = opening.expect("the workspace is being opened").join();
            trace::mark("first command has the workspace");
            Mutex::new(opened.unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        });
        workspace.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn with<T>(&self, f: impl FnOnce(&mut Collection) -> steppe::Result<T>) -> Result<T, ErrorReport> {
        self.workspace().with(f)
    }
}

/// Reads and checks the deck of a git repository (a URL or a folder) at `reference` (default:
/// its HEAD) and what adding it would change; nothing is installed. The fetch runs without
/// holding the workspace.
#[tauri::command(async)]
fn check_git_deck(state: State<'_, AppState>, url: String, reference: Option<String>) -> Result<GitCheck, ErrorReport> {
    let data_dir = state.workspace().data_dir().to_owned();
    report(steppe::exchange::git_check(&data_dir, &url, reference.as_deref(), None).map_err(Into::into))
}

/// Fetches the new version of a deck added from git and what installing it would change.
#[tauri::command(async)]
fn check_git_update(state: State<'_, AppState>, deck: String) -> Result<GitCheck, ErrorReport> {
    let data_dir = state.workspace().data_dir().to_owned();
    report(steppe::exchange::git_check_update(&data_dir, &deck, None).map_err(Into::into))
}

/// Installs the git deck version checked before, keeping all progress.
#[tauri::command(async)]
fn install_git_deck(state: State<'_, AppState>, source: GitSource, deck: String) -> Result<ImportReport, ErrorReport> {
    report(state.workspace().install_git_deck(&source, &deck))
}

/// Why the collection could not be opened and the ways out, or `None` when it is open.
#[tauri::command(async)]
fn open_problem(state: State<'_, AppState>) -> Option<OpenProblem> {
    state.workspace().problem()
}

#[tauri::command(async)]
fn recover(state: State<'_, AppState>, how: Recovery) -> Result<(), ErrorReport> {
    state.workspace().recover(how)
}

/// Closes the app (from the screen that says Steppe is already open).
#[tauri::command]
fn quit<R: Runtime>(app: AppHandle<R>) {
    app.exit(0)
}

fn author(state: &AppState, deck: &str) -> Result<AuthorDeck, ErrorReport> {
    report(state.workspace().author(deck))
}

fn report<T>(result: steppe::Result<T>) -> Result<T, ErrorReport> {
    result.map_err(|e| e.report())
}

#[tauri::command(async)]
fn decks(state: State<'_, AppState>) -> Result<Vec<DeckSummary>, ErrorReport> {
    report(state.workspace().decks())
}

#[tauri::command(async)]
fn create_deck(state: State<'_, AppState>, id: String, title: String) -> Result<DeckSummary, ErrorReport> {
    report(state.workspace().library().create(&id, &title))
}

#[tauri::command(async)]
fn fork_builtin_deck(state: State<'_, AppState>, id: String, title: String) -> Result<DeckSummary, ErrorReport> {
    report(state.workspace().library().fork_builtin(&id, &title))
}

#[tauri::command(async)]
fn switch_deck(state: State<'_, AppState>, id: String) -> Result<(), ErrorReport> {
    report(state.workspace().switch(&id))
}

#[tauri::command(async)]
fn delete_deck(state: State<'_, AppState>, id: String) -> Result<(), ErrorReport> {
    report(state.workspace().delete_deck(&id)).map(|_| ())
}

#[tauri::command(async)]
fn author_outline(state: State<'_, AppState>, deck: String) -> Result<DeckOutline, ErrorReport> {
    Ok(author(&state, &deck)?.outline())
}

#[tauri::command(async)]
fn author_reading(state: State<'_, AppState>, deck: String, reading: String) -> Result<AuthorReading, ErrorReport> {
    report(author(&state, &deck)?.reading(&reading))
}

#[tauri::command(async)]
fn author_claim(state: State<'_, AppState>, deck: String, id: String) -> Result<ClaimDraft, ErrorReport> {
    report(author(&state, &deck)?.claim(&id))
}

#[tauri::command(async)]
fn claim_from_selection(
    state: State<'_, AppState>,
    deck: String,
    reading: String,
    quote: String,
    at: TextSelection,
) -> Result<ClaimDraft, ErrorReport> {
    report(author(&state, &deck)?.claim_from_text_selection(&reading, &quote, at))
}

#[tauri::command(async)]
fn check_claim(state: State<'_, AppState>, deck: String, draft: ClaimDraft) -> Result<DraftCheck, ErrorReport> {
    report(author(&state, &deck)?.check_claim(&draft))
}

#[tauri::command(async)]
fn save_claim(state: State<'_, AppState>, deck: String, draft: ClaimDraft) -> Result<Vec<DraftProblem>, ErrorReport> {
    report(state.workspace().save_claim(&deck, &draft))
}

#[tauri::command(async)]
fn delete_claim(state: State<'_, AppState>, deck: String, id: String) -> Result<(), ErrorReport> {
    report(state.workspace().delete_claim(&deck, &id))
}

#[tauri::command(async)]
fn check_reading(
    state: State<'_, AppState>,
    deck: String,
    draft: ReadingDraft,
) -> Result<Vec<DraftProblem>, ErrorReport> {
    report(author(&state, &deck)?.check_reading(&draft))
}

#[tauri::command(async)]
fn save_reading(
    state: State<'_, AppState>,
    deck: String,
    draft: ReadingDraft,
) -> Result<Vec<DraftProblem>, ErrorReport> {
    report(state.workspace().save_reading(&deck, &draft))
}

#[tauri::command(async)]
fn coverage(state: State<'_, AppState>, deck: String, reading: String) -> Result<Coverage, ErrorReport> {
    report(author(&state, &deck)?.coverage(&reading))
}

#[tauri::command(async)]
fn accept_candidate(
    state: State<'_, AppState>,
    deck: String,
    reading: String,
    candidate: Candidate,
) -> Result<ClaimDraft, ErrorReport> {
    report(author(&state, &deck)?.accept_candidate(&reading, &candidate))
}

#[tauri::command(async)]
fn dismiss_candidate(
    state: State<'_, AppState>,
    deck: String,
    reading: String,
    sentence: String,
) -> Result<(), ErrorReport> {
    report(author(&state, &deck)?.dismiss(&reading, &sentence))
}

#[tauri::command(async)]
fn library(state: State<'_, AppState>) -> Result<LibraryView, ErrorReport> {
    let view = state.with(|c| c.library());
    trace::mark("library view made");
    view
}

#[tauri::command(async)]
fn reading(state: State<'_, AppState>, id: ReadingId) -> Result<ReadingView, ErrorReport> {
    state.workspace().reading(&id)
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
fn card_history(state: State<'_, AppState>, card_id: CardId) -> Result<CardHistory, ErrorReport> {
    state.with(|c| c.card_history(&card_id))
}

/// A page of the cards a browse query finds (or the query's error).
#[tauri::command(async)]
fn browse(
    state: State<'_, AppState>,
    query: String,
    sort: BrowseSort,
    offset: u32,
    limit: u32,
) -> Result<BrowsePage, ErrorReport> {
    state.with(|c| c.browse(&query, sort, offset, limit))
}

/// Every card a browse query finds, in order: what a bulk action over a selection takes.
#[tauri::command(async)]
fn browse_ids(state: State<'_, AppState>, query: String, sort: BrowseSort) -> Result<Vec<CardId>, ErrorReport> {
    state.with(|c| c.browse_ids(&query, sort))
}

#[tauri::command(async)]
fn bulk_action(state: State<'_, AppState>, cards: Vec<CardId>, action: BulkAction) -> Result<BulkDone, ErrorReport> {
    state.with(|c| c.bulk(&cards, action))
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
fn check_plan(state: State<'_, AppState>, plan: steppe::ipc::ExamPlan) -> Result<steppe::ipc::PlanCheck, ErrorReport> {
    state.with(|c| c.check_plan(&plan))
}

#[tauri::command(async)]
fn save_plan(state: State<'_, AppState>, plan: steppe::ipc::ExamPlan) -> Result<steppe::ipc::PlanCheck, ErrorReport> {
    state.with(|c| c.save_plan(plan))
}

#[tauri::command(async)]
fn drop_plan(state: State<'_, AppState>, name: String) -> Result<(), ErrorReport> {
    state.with(|c| c.drop_plan(&name))
}

#[tauri::command(async)]
fn plans(state: State<'_, AppState>) -> Result<Vec<steppe::ipc::PlanProgress>, ErrorReport> {
    state.with(|c| c.plans())
}

#[tauri::command(async)]
fn workload(state: State<'_, AppState>) -> Result<steppe::ipc::WorkloadView, ErrorReport> {
    // Simulated after the study data is let go: answers are not kept waiting for the chart.
    let snapshot = state.with(|c| c.workload_snapshot())?;
    snapshot.simulate().map_err(|e| e.report())
}

#[tauri::command(async)]
fn settings(state: State<'_, AppState>) -> Result<Settings, ErrorReport> {
    state.workspace().settings()
}

#[tauri::command(async)]
fn set_settings(state: State<'_, AppState>, settings: Settings) -> Result<(), ErrorReport> {
    state.workspace().set_settings(settings)
}

#[tauri::command(async)]
fn set_reading_highlights(state: State<'_, AppState>, on: bool) -> Result<(), ErrorReport> {
    state.workspace().set_reading_highlights(on)
}

#[tauri::command(async)]
fn backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, ErrorReport> {
    state.with(|c| c.backups())
}

#[tauri::command(async)]
fn backup_now(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, ErrorReport> {
    // Made without holding the collection, so answers are saved while it runs.
    state.with(|c| Ok(c.backup_maker()))?.make().map_err(|e| e.report())?;
    state.with(|c| c.backups())
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

/// Studies a quiz's misses (and any card learning now that comes due soon) at once.
#[tauri::command(async)]
fn learn_ahead(state: State<'_, AppState>) -> Result<Session, ErrorReport> {
    state.with(|c| c.learn_ahead())
}

#[tauri::command(async)]
fn set_study_focus(state: State<'_, AppState>, reading: Option<ReadingId>) -> Result<Session, ErrorReport> {
    state.with(|c| c.set_study_focus(reading))
}

/// Exports the open deck to a file picked in a native save dialog (worded in `language`);
/// `None` when cancelled.
#[tauri::command(async)]
fn export_deck<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    format: ExportFormat,
    language: String,
) -> Result<Option<ExportDone>, ErrorReport> {
    let deck_id = state.with(|c| Ok(c.deck().info.id.clone()))?;
    let words = steppe::messages::Messages::new(&language);
    let Some(path) = dialogs::export_path(&app, &deck_id, format, &words) else { return Ok(None) };
    state.workspace().export(format, &path).map(Some)
}

/// Prints the quiz `start_quiz` would draw (same scope, length and seed) to a PDF picked in a
/// native save dialog, its headings in `language`; `None` when cancelled.
#[tauri::command(async)]
fn print_quiz<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    scope: QuizScope,
    length: Option<u32>,
    seed: Option<u64>,
    language: String,
) -> Result<Option<QuizPrinted>, ErrorReport> {
    let deck_id = state.with(|c| Ok(c.deck().info.id.clone()))?;
    let words = steppe::messages::Messages::new(&language);
    let (title, filter) = (words.get("print-save-title", &[]), words.get("print-pdf-filter", &[]));
    let Some(path) = dialogs::quiz_pdf_path(&app, &format!("{deck_id}-quiz.pdf"), &title, &filter) else {
        return Ok(None);
    };
    state.with(|c| c.print_quiz(scope, length.unwrap_or(DEFAULT_QUIZ_LENGTH), seed, &language, &path)).map(Some)
}

/// Imports a package or table picked in a native open dialog (worded in `language`) into the data
/// folder's decks/; `None` when cancelled.
#[tauri::command(async)]
fn import_deck<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
) -> Result<Option<ImportReport>, ErrorReport> {
    let words = steppe::messages::Messages::new(&language);
    let Some(path) = dialogs::package_to_import(&app, &words) else { return Ok(None) };
    report(state.workspace().import(&path, false, None)).map(Some)
}

#[tauri::command(async)]
fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus, ErrorReport> {
    state.with(|c| c.sync_status())
}

/// Picks the sync folder in a native dialog (its title in `language`); `None` when cancelled.
#[tauri::command(async)]
fn choose_sync_folder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
) -> Result<Option<SyncStatus>, ErrorReport> {
    let title = steppe::messages::Messages::new(&language).get("sync-folder-title", &[]);
    let Some(folder) = dialogs::sync_folder(&app, &title) else { return Ok(None) };
    state.with(|c| c.set_sync_folder(Some(&folder))).map(Some)
}

#[tauri::command(async)]
fn forget_sync_folder(state: State<'_, AppState>) -> Result<SyncStatus, ErrorReport> {
    state.with(|c| c.set_sync_folder(None))
}

#[tauri::command(async)]
fn sync_now(state: State<'_, AppState>) -> Result<SyncOutcome, ErrorReport> {
    state.with(|c| c.sync_now())
}

/// Writes all progress to a file picked in a native save dialog; the number of events, or
/// `None` when cancelled.
#[tauri::command(async)]
fn export_progress<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
) -> Result<Option<u32>, ErrorReport> {
    let words = steppe::messages::Messages::new(&language);
    let (title, filter) = (words.get("sync-export-title", &[]), words.get("sync-file-filter", &[]));
    let deck_id = state.with(|c| Ok(c.deck().info.id.clone()))?;
    let name = format!("{deck_id}.steppe-progress");
    let Some(path) = dialogs::progress_to_save(&app, &name, &title, &filter) else { return Ok(None) };
    state.with(|c| c.export_progress(&path)).map(Some)
}

/// Merges a file of moved progress picked in a native dialog; `None` when cancelled.
#[tauri::command(async)]
fn import_progress<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: String,
) -> Result<Option<SyncOutcome>, ErrorReport> {
    let words = steppe::messages::Messages::new(&language);
    let (title, filter) = (words.get("sync-import-title", &[]), words.get("sync-file-filter", &[]));
    let Some(path) = dialogs::progress_to_open(&app, &title, &filter) else { return Ok(None) };
    state.with(|c| c.import_progress(&path)).map(Some)
}

/// Writes this data folder's progress report on the deck (the name on it only if one is given) to
/// a file picked in a native save dialog (`title`, `filter` in the interface language); `None`
/// when cancelled.
#[tauri::command(async)]
fn export_progress_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    name: Option<String>,
    title: String,
    filter: String,
) -> Result<Option<ReportSaved>, ErrorReport> {
    let student = state.with(|c| c.progress_report(name.as_deref()))?;
    let Some(path) = dialogs::report_to_save(&app, &student.file_name(), "json", &title, &filter) else {
        return Ok(None);
    };
    report(student.save(&path)).map(Some)
}

/// The class on the studied deck from students' reports picked in a native open dialog; `None`
/// when cancelled.
#[tauri::command(async)]
fn open_class_reports<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    title: String,
    filter: String,
) -> Result<Option<ClassView>, ErrorReport> {
    let Some(files) = dialogs::reports_to_open(&app, &title, &filter) else { return Ok(None) };
    state.with(|c| Ok(steppe::report::class_from_files(c.deck(), &files))).map(Some)
}

/// A reading of the studied deck shaded by the class's recall instead of the reader's own.
#[tauri::command(async)]
fn class_reading(state: State<'_, AppState>, class: ClassReport, id: ReadingId) -> Result<ReadingView, ErrorReport> {
    state.workspace().reading(&id).map(|view| class.shade(view))
}

/// Writes the class's table (one row per claim) to a file picked in a native save dialog; `None`
/// when cancelled.
#[tauri::command(async)]
fn save_class_csv<R: Runtime>(
    app: AppHandle<R>,
    class: ClassReport,
    title: String,
    filter: String,
) -> Result<Option<ReportSaved>, ErrorReport> {
    let name = format!("{}-class.csv", class.deck_id);
    let Some(path) = dialogs::report_to_save(&app, &name, "csv", &title, &filter) else { return Ok(None) };
    report(class.save_csv(&path)).map(Some)
}

/// Registers the commands; shared by `run` and the tests' mock runtime.
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    let handler: Box<dyn Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync> = Box::new(tauri::generate_handler![
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
        check_plan,
        save_plan,
        drop_plan,
        plans,
        workload,
        settings,
        set_settings,
        set_reading_highlights,
        backups,
        backup_now,
        restore_backup,
        optimize,
        set_study_focus,
        learn_ahead,
        export_deck,
        print_quiz,
        import_deck,
        check_git_deck,
        check_git_update,
        install_git_deck,
        open_problem,
        recover,
        quit,
        decks,
        create_deck,
        fork_builtin_deck,
        switch_deck,
        delete_deck,
        author_outline,
        author_reading,
        author_claim,
        claim_from_selection,
        check_claim,
        save_claim,
        delete_claim,
        check_reading,
        save_reading,
        coverage,
        accept_candidate,
        dismiss_candidate,
        suspended_cards,
        unsuspend,
        card_history,
        browse,
        browse_ids,
        bulk_action,
        unfinished_quiz,
        abandon_quiz,
        quiz_tags,
        sync_status,
        choose_sync_folder,
        forget_sync_folder,
        sync_now,
        export_progress,
        import_progress,
        export_progress_report,
        open_class_reports,
        class_reading,
        save_class_csv,
        startup_marks
    ]);
    builder.invoke_handler(move |invoke| {
        if trace::on() {
            trace::mark(&format!("command {}", invoke.message.command()));
        }
        handler(invoke)
    })
}

/// The page's launch marks (ms since the Unix epoch), printed when the launch is traced.
#[tauri::command]
fn startup_marks(marks: Vec<(String, f64)>) {
    for (step, at) in marks {
        trace::page_mark(&step, at);
    }
}

/// Syncs through the sync folder, if one is set, soon after the app opens and then every few
/// minutes; a folder out of reach is tried again next time.
fn sync_in_background<R: Runtime>(app: AppHandle<R>) {
    use tauri::Manager;
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(2));
        loop {
            let _ = app.state::<AppState>().with(|c| c.sync_now());
            std::thread::sleep(std::time::Duration::from_secs(5 * 60));
        }
    });
}

pub fn run() {
    trace::start();
    // First, while the process has one thread and before GTK and WebKit initialise.
    let rendering = rendering::choose_at_start();
    eprintln!("steppe rendering: {rendering:?}");
    if session_bus::skip_autolaunch_at_start() {
        eprintln!("steppe session bus: none to reach ({}={})", session_bus::ADDRESS, session_bus::NO_BUS);
    }
    let mut context = tauri::generate_context!();
    window::hide_until_loaded(&mut context, rendering::compositing_off(|name| std::env::var_os(name)));
    let mut app = builder(Builder::default()).plugin(tauri_plugin_dialog::init());
    if trace::on() {
        app = app.plugin(trace::plugin());
    }
    app.manage(AppState::open())
        .on_page_load(window::on_page_load)
        .setup(|app| {
            trace::mark("setup");
            window::show_at_the_latest(app.handle().clone());
            sync_in_background(app.handle().clone());
            Ok(())
        })
        .run(context)
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

    /// The app over the data folder `dir`, in the mock runtime, and its window.
    fn window(
        dir: &std::path::Path,
    ) -> (tauri::App<tauri::test::MockRuntime>, tauri::WebviewWindow<tauri::test::MockRuntime>) {
        let app = builder(mock_builder())
            .manage(AppState::new(Workspace::open(dir, None, Box::new(|| Box::new(SystemClock)))))
            .build(mock_context(noop_assets()))
            .unwrap();
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        (app, webview)
    }

    /// The commands as the UI calls them (camelCase arguments), over a real SQLite file.
    #[test]
    fn the_ui_can_study_a_card_and_gets_errors_as_code_and_message() {
        let dir = tempfile::tempdir().unwrap();
        let (_app, webview) = window(dir.path());

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
        let notice = json!({ "code": "missing-reading", "args": { "id": "no-such-reading" } });
        assert_eq!(
            err,
            json!({ "code": "not_found", "message": "reading `no-such-reading` not found", "notice": notice })
        );
        let err = invoke(&webview, "start_quiz", json!({ "scope": { "type": "weak" } })).unwrap_err();
        assert_eq!(err["code"], "empty_quiz");
    }

    /// The instructor's path that used to lock every view: fork, study the fork, save a claim,
    /// then study, open the library and progress.
    #[test]
    fn saving_a_claim_of_the_studied_deck_keeps_every_view_working() {
        let dir = tempfile::tempdir().unwrap();
        let (_app, webview) = window(dir.path());
        invoke(&webview, "fork_builtin_deck", json!({ "id": "mine", "title": "Mine" })).unwrap();
        invoke(&webview, "switch_deck", json!({ "id": "mine" })).unwrap();
        let outline = invoke(&webview, "author_outline", json!({ "deck": "mine" })).unwrap();
        let id = outline["readings"][0]["claims"][0]["id"].as_str().unwrap().to_owned();
        let mut draft = invoke(&webview, "author_claim", json!({ "deck": "mine", "id": id })).unwrap();
        draft["text"] = json!(format!("{} Edited.", draft["text"].as_str().unwrap()));
        assert_eq!(invoke(&webview, "save_claim", json!({ "deck": "mine", "draft": draft })).unwrap(), json!([]));
        for _ in 0..3 {
            let session = invoke(&webview, "session", json!({})).unwrap();
            let card = session["card"]["id"].as_str().unwrap().to_owned();
            invoke(&webview, "answer", json!({ "cardId": card, "rating": "good" })).unwrap();
        }
        assert!(invoke(&webview, "library", json!({})).is_ok());
        assert!(invoke(&webview, "progress", json!({})).is_ok());
        assert_eq!(invoke(&webview, "open_problem", json!({})).unwrap(), Value::Null);
    }

    /// Whatever the web view sends, a command answers with an error, never a panic or a file
    /// outside the data folder.
    #[test]
    fn every_command_refuses_input_no_screen_would_send() {
        let dir = tempfile::tempdir().unwrap();
        let (_app, webview) = window(dir.path());
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
        // A class table to save that is not a class never reaches a save dialog.
        let not_a_class = json!({ "class": { "deck_id": "../x" }, "title": "", "filter": "" });
        assert!(invoke(&webview, "save_class_csv", not_a_class).unwrap_err().is_string());
        let reviewed = invoke(&webview, "session", json!({})).unwrap()["reviewed_today"].clone();
        assert_eq!(reviewed, 1, "only the quiz miss was recorded");
    }
}
