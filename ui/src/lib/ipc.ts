// The only module that talks to the Rust side.
import { Channel, invoke, type InvokeArgs } from '@tauri-apps/api/core'
import type { BackupInfo } from './bindings/BackupInfo'
import type { BrowsePage } from './bindings/BrowsePage'
import type { BrowseSort } from './bindings/BrowseSort'
import type { BulkAction } from './bindings/BulkAction'
import type { BulkDone } from './bindings/BulkDone'
import type { CardHistory } from './bindings/CardHistory'
import type { AnswerCheck } from './bindings/AnswerCheck'
import type { ExportDone } from './bindings/ExportDone'
import type { ExportFormat } from './bindings/ExportFormat'
import type { Given } from './bindings/Given'
import type { ImportReport } from './bindings/ImportReport'
import type { GitCheck } from './bindings/GitCheck'
import type { GitSource } from './bindings/GitSource'
import type { LibraryView } from './bindings/LibraryView'
import type { OpenProblem } from './bindings/OpenProblem'
import type { ProgressView } from './bindings/ProgressView'
import type { QuizFeedback } from './bindings/QuizFeedback'
import type { QuizPrinted } from './bindings/QuizPrinted'
import type { QuizResult } from './bindings/QuizResult'
import type { QuizScope } from './bindings/QuizScope'
import type { QuizView } from './bindings/QuizView'
import type { Rating } from './bindings/Rating'
import type { ReadingView } from './bindings/ReadingView'
import type { Recovery } from './bindings/Recovery'
import type { Session } from './bindings/Session'
import type { Settings } from './bindings/Settings'
import type { AuthorReading } from './bindings/AuthorReading'
import type { Candidate } from './bindings/Candidate'
import type { ClaimDraft } from './bindings/ClaimDraft'
import type { Coverage } from './bindings/Coverage'
import type { DeckOutline } from './bindings/DeckOutline'
import type { DeckSummary } from './bindings/DeckSummary'
import type { DraftCheck } from './bindings/DraftCheck'
import type { DraftProblem } from './bindings/DraftProblem'
import type { ReadingDraft } from './bindings/ReadingDraft'
import type { TextSelection } from './bindings/TextSelection'
import type { SuspendedCard } from './bindings/SuspendedCard'
import type { SyncOutcome } from './bindings/SyncOutcome'
import type { SyncStatus } from './bindings/SyncStatus'
import type { TagCount } from './bindings/TagCount'
import type { UndoResult } from './bindings/UndoResult'
import type { WorkloadView } from './bindings/WorkloadView'
import type { ExamPlan } from './bindings/ExamPlan'
import type { PlanCheck } from './bindings/PlanCheck'
import type { PlanProgress } from './bindings/PlanProgress'
import type { ClassReport } from './bindings/ClassReport'
import type { ClassView } from './bindings/ClassView'
import type { ReportSaved } from './bindings/ReportSaved'
import { asErrorReport } from './errors'
import { locale } from './i18n.svelte'

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args)
  } catch (error) {
    throw asErrorReport(error)
  }
}

export function library(): Promise<LibraryView> {
  return call('library')
}

export function reading(id: string): Promise<ReadingView> {
  return call('reading', { id })
}

export function session(): Promise<Session> {
  return call('session')
}

export function answer(cardId: string, rating: Rating): Promise<Session> {
  return call('answer', { cardId, rating })
}

/** Takes back the newest answer (`undone` is null when there was none); the session then shows that card again. */
export function undo(): Promise<UndoResult> {
  return call('undo')
}

/** One card's answers, its memory now and its forgetting curve, with its claim and reading. */
export function cardHistory(cardId: string): Promise<CardHistory> {
  return call('card_history', { cardId })
}

export function setSuspended(cardId: string, suspended: boolean): Promise<Session> {
  return call('set_suspended', { cardId, suspended })
}

/** Grades what the student gave without recording it, and suggests a rating. */
export function checkAnswer(cardId: string, given: Given): Promise<AnswerCheck> {
  return call('check_answer', { cardId, given })
}

export type QuizId = QuizView['id']

/** Draws a quiz from `scope`; rejects with code `empty_quiz` when the scope has no questions. */
export function startQuiz(scope: QuizScope, length: number, seed?: number): Promise<QuizView> {
  return call('start_quiz', seed === undefined ? { scope, length } : { scope, length, seed })
}

/** Grades one quiz answer; a wrong one is also logged as an Again review of the card. */
export function answerQuiz(quizId: QuizId, position: number, given: Given): Promise<QuizFeedback> {
  return call('answer_quiz', { quizId, position, given })
}

/** Ends a quiz (unanswered questions count as missed) and gives its score and misses. */
export function finishQuiz(quizId: QuizId): Promise<QuizResult> {
  return call('finish_quiz', { quizId })
}

export function progress(): Promise<ProgressView> {
  return call('progress')
}

/** Reviews, minutes and recall a day for each desired retention, simulated from the student's cards. */
export function workload(): Promise<WorkloadView> {
  return call('workload')
}

/** An exam plan's feasibility figures, simulated from the student's cards; nothing is saved. */
export function checkPlan(plan: ExamPlan): Promise<PlanCheck> {
  return call('check_plan', { plan })
}

/** Saves an exam plan (a plan of the same name is changed) and gives its figures. */
export function savePlan(plan: ExamPlan): Promise<PlanCheck> {
  return call('save_plan', { plan })
}

/** Drops an exam plan: normal intervals from each card's next answer, no history lost. */
export function dropPlan(name: string): Promise<void> {
  return call('drop_plan', { name })
}

/** The saved exam plans, each against what was done day by day. */
export function plans(): Promise<PlanProgress[]> {
  return call('plans')
}

export function settings(): Promise<Settings> {
  return call('settings')
}

/** Rejects with code `invalid_setting` and a message to show when a value is out of range. */
export function setSettings(settings: Settings): Promise<void> {
  return call('set_settings', { settings })
}

/** Shows or hides the highlights of readings, for every deck (today's study is left as it is). */
export function setReadingHighlights(on: boolean): Promise<void> {
  return call('set_reading_highlights', { on })
}

export function backups(): Promise<BackupInfo[]> {
  return call('backups')
}

/** Makes a backup now and lists them all again. */
export function backupNow(): Promise<BackupInfo[]> {
  return call('backup_now')
}

export function restoreBackup(name: string): Promise<void> {
  return call('restore_backup', { name })
}

/**
 * Fits the scheduler's parameters to the review log; `onprogress` gets `(done, total)` as it runs.
 * Rejects with code `not_enough_reviews` when there is too little history.
 */
export function optimize(onprogress: (done: number, total: number) => void): Promise<number[]> {
  const progress = new Channel<[number, number]>((message) => onprogress(message[0], message[1]))
  return call('optimize', { progress })
}

/** Studies now the cards learning that come due soon, such as a quiz's misses. */
export function learnAhead(): Promise<Session> {
  return call('learn_ahead')
}

/** Limits studying to one reading, or to everything again with `null`. */
export function setStudyFocus(reading: string | null): Promise<Session> {
  return call('set_study_focus', { reading })
}

/**
 * Exports the open deck; Rust asks where to save it in a native dialog, worded in `language`.
 * `null` when cancelled.
 */
export function exportDeck(format: ExportFormat, language: string = locale()): Promise<ExportDone | null> {
  return call('export_deck', { format, language })
}

/**
 * Prints the quiz `startQuiz` would draw with the same scope and length to a PDF with its answer
 * key, the headings in `language`; Rust asks where to save it in a native dialog. `null` when
 * cancelled.
 */
export function printQuiz(scope: QuizScope, length: number, language: string): Promise<QuizPrinted | null> {
  return call('print_quiz', { scope, length, language })
}

/**
 * Imports a .steppe package or .csv table into the decks folder; Rust asks which file in a
 * native dialog, worded in `language`. `null` when cancelled.
 */
export function importDeck(language: string = locale()): Promise<ImportReport | null> {
  return call('import_deck', { language })
}

/**
 * Reads the deck of a git repository (an https:// or file:// URL, or a folder) at `reference`
 * (a branch or tag; null for its HEAD) and what adding it would change. Nothing is installed.
 */
export function checkGitDeck(url: string, reference: string | null): Promise<GitCheck> {
  return call('check_git_deck', { url, reference })
}

/** Fetches the new version of a deck added from git and what installing it would change. */
export function checkGitUpdate(deck: string): Promise<GitCheck> {
  return call('check_git_update', { deck })
}

/** Installs the git deck version checked before (the same commit or nothing), keeping all progress. */
export function installGitDeck(source: GitSource, deck: string): Promise<ImportReport> {
  return call('install_git_deck', { source, deck })
}

/** Why the study data could not be opened and the ways out, or null when it is open. */
export function openProblem(): Promise<OpenProblem | null> {
  return call('open_problem')
}

/** Sets the refused database aside and restores the newest backup or starts fresh. */
export function recover(how: Recovery): Promise<void> {
  return call('recover', { how })
}

/** Closes the app. */
export function quit(): Promise<void> {
  return call('quit')
}

/** Every deck: the built-in one first, then the user's decks, with the active one marked. */
export function decks(): Promise<DeckSummary[]> {
  return call('decks')
}

export function createDeck(id: string, title: string): Promise<DeckSummary> {
  return call('create_deck', { id, title })
}

/** Copies the built-in deck into a new user deck that can be edited. */
export function forkBuiltinDeck(id: string, title: string): Promise<DeckSummary> {
  return call('fork_builtin_deck', { id, title })
}

/** Studies another deck from now on; rejects when that deck has problems. */
export function switchDeck(id: string): Promise<void> {
  return call('switch_deck', { id })
}

/** Moves a user deck to the trash folder. */
export function deleteDeck(id: string): Promise<void> {
  return call('delete_deck', { id })
}

export function authorOutline(deck: string): Promise<DeckOutline> {
  return call('author_outline', { deck })
}

export function authorReading(deck: string, reading: string): Promise<AuthorReading> {
  return call('author_reading', { deck, reading })
}

export function authorClaim(deck: string, id: string): Promise<ClaimDraft> {
  return call('author_claim', { deck, id })
}

/** A new claim for selected text, with prefix/suffix filled when the text occurs more than once. */
export function claimFromSelection(deck: string, reading: string, quote: string, at: TextSelection): Promise<ClaimDraft> {
  return call('claim_from_selection', { deck, reading, quote, at })
}

/** The deck's problems with the draft applied, and the cards the claim makes. */
export function checkClaim(deck: string, draft: ClaimDraft): Promise<DraftCheck> {
  return call('check_claim', { deck, draft })
}

/** Rejects with code `invalid_deck` while the claim has problems; resolves to the deck's other problems. */
export function saveClaim(deck: string, draft: ClaimDraft): Promise<DraftProblem[]> {
  return call('save_claim', { deck, draft })
}

export function deleteClaim(deck: string, id: string): Promise<void> {
  return call('delete_claim', { deck, id })
}

export function checkReading(deck: string, draft: ReadingDraft): Promise<DraftProblem[]> {
  return call('check_reading', { deck, draft })
}

export function saveReading(deck: string, draft: ReadingDraft): Promise<DraftProblem[]> {
  return call('save_reading', { deck, draft })
}

export function coverage(deck: string, reading: string): Promise<Coverage> {
  return call('coverage', { deck, reading })
}

export function acceptCandidate(deck: string, reading: string, candidate: Candidate): Promise<ClaimDraft> {
  return call('accept_candidate', { deck, reading, candidate })
}

export function dismissCandidate(deck: string, reading: string, sentence: string): Promise<void> {
  return call('dismiss_candidate', { deck, reading, sentence })
}

/** Suspended cards and leeches, in deck order. */
export function suspendedCards(): Promise<SuspendedCard[]> {
  return call('suspended_cards')
}

/** Brings a card back into study and lists the cards still suspended. */
export function unsuspend(cardId: string): Promise<SuspendedCard[]> {
  return call('unsuspend', { cardId })
}

/** The newest quiz if it was left unfinished, with the answers given so far. */
export function unfinishedQuiz(): Promise<QuizView | null> {
  return call('unfinished_quiz')
}

export function abandonQuiz(quizId: QuizId): Promise<void> {
  return call('abandon_quiz', { quizId })
}

/** The deck's tags by name, with how many claims carry each. */
export function quizTags(): Promise<TagCount[]> {
  return call('quiz_tags')
}

/** The sync folder, this device's name and when it last synced. */
export function syncStatus(): Promise<SyncStatus> {
  return call('sync_status')
}

/** Picks the sync folder in a native dialog titled in `language`; `null` when cancelled. */
export function chooseSyncFolder(language: string): Promise<SyncStatus | null> {
  return call('choose_sync_folder', { language })
}

export function forgetSyncFolder(): Promise<SyncStatus> {
  return call('forget_sync_folder')
}

/** Merges the other devices' progress from the sync folder and writes this device's. */
export function syncNow(): Promise<SyncOutcome> {
  return call('sync_now')
}

/** Saves all progress to a file picked in a native dialog: how many events; `null` when cancelled. */
export function exportProgress(language: string): Promise<number | null> {
  return call('export_progress', { language })
}

/** Merges a file of progress moved from another computer; `null` when cancelled. */
export function importProgress(language: string): Promise<SyncOutcome | null> {
  return call('import_progress', { language })
}

/** `limit` rows from `offset` of the cards `query` finds, sorted, with the counts; a query that cannot be read gives its error. */
export function browse(query: string, sort: BrowseSort, offset: number, limit: number): Promise<BrowsePage> {
  return call('browse', { query, sort, offset, limit })
}

/** Every card `query` finds, in the order of `sort`: the ids a selection of rows stands for. */
export function browseIds(query: string, sort: BrowseSort): Promise<string[]> {
  return call('browse_ids', { query, sort })
}

/** Suspends, unsuspends, forgets, reschedules or repositions cards, all in one transaction. */
export function bulkAction(cards: string[], action: BulkAction): Promise<BulkDone> {
  return call('bulk_action', { cards, action })
}

/**
 * Saves this student's progress report on the deck to a file picked in a native dialog (`title`
 * and `filter` are its words); the name goes on the report only when given. `null` when cancelled.
 */
export function exportProgressReport(name: string | null, title: string, filter: string): Promise<ReportSaved | null> {
  return call('export_progress_report', { name, title, filter })
}

/** The class on the studied deck from students' reports picked in a native dialog; `null` when cancelled. */
export function openClassReports(title: string, filter: string): Promise<ClassView | null> {
  return call('open_class_reports', { title, filter })
}

/** A reading shaded by the class's recall (each block's `recall`) instead of the reader's own. */
export function classReading(report: ClassReport, id: string): Promise<ReadingView> {
  return call('class_reading', { class: report, id })
}

/** Saves the class's table, one row per claim, to a file picked in a native dialog; `null` when cancelled. */
export function saveClassCsv(classReport: ClassReport, title: string, filter: string): Promise<ReportSaved | null> {
  return call('save_class_csv', { class: classReport, title, filter })
}
