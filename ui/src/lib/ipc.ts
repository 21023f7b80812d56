// The only module that talks to the Rust side.
import { Channel, invoke, type InvokeArgs } from '@tauri-apps/api/core'
import type { BackupInfo } from './bindings/BackupInfo'
import type { AnswerCheck } from './bindings/AnswerCheck'
import type { Given } from './bindings/Given'
import type { LibraryView } from './bindings/LibraryView'
import type { ProgressView } from './bindings/ProgressView'
import type { QuizFeedback } from './bindings/QuizFeedback'
import type { QuizResult } from './bindings/QuizResult'
import type { QuizScope } from './bindings/QuizScope'
import type { QuizView } from './bindings/QuizView'
import type { Rating } from './bindings/Rating'
import type { ReadingView } from './bindings/ReadingView'
import type { Session } from './bindings/Session'
import type { Settings } from './bindings/Settings'
import type { SuspendedCard } from './bindings/SuspendedCard'
import type { TagCount } from './bindings/TagCount'
import type { UndoResult } from './bindings/UndoResult'
import { asErrorReport } from './errors'

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

export function settings(): Promise<Settings> {
  return call('settings')
}

/** Rejects with code `invalid_setting` and a message to show when a value is out of range. */
export function setSettings(settings: Settings): Promise<void> {
  return call('set_settings', { settings })
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

/** Limits studying to one reading, or to everything again with `null`. */
export function setStudyFocus(reading: string | null): Promise<Session> {
  return call('set_study_focus', { reading })
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
