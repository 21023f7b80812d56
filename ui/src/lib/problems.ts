import type { ProblemArg } from './bindings/ProblemArg'
import type { ProblemCode } from './bindings/ProblemCode'
import type { SettingProblem } from './bindings/SettingProblem'
import { t } from './i18n.svelte'

/** A problem of a deck's files as the core reports it: a code and its arguments. */
export type CodedProblem = { code: ProblemCode; args: { [key in string]?: ProblemArg } }

/** The arguments as Fluent takes them: numbers stay numbers (plural forms), quoted parts of the deck as written. */
function argsOf(problem: CodedProblem): Record<string, string | number> {
  const args: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(problem.args)) if (value !== undefined) args[name] = value
  return args
}

/** What the problem is, in the interface language (the core's `message` is the English of it). */
export function problemMessage(problem: CodedProblem): string {
  const args = argsOf(problem)
  switch (problem.code) {
    case 'deck-file-missing':
      return t('problem-deck-file-missing', args)
    case 'deck-file-bad':
      return t('problem-deck-file-bad', args)
    case 'reading-id-twice':
      return t('problem-reading-id-twice', args)
    case 'unknown-reading':
      return t('problem-unknown-reading', args)
    case 'claim-id-not-kebab':
      return t('problem-claim-id-not-kebab', args)
    case 'claim-id-twice':
      return t('problem-claim-id-twice', args)
    case 'unknown-kind':
      return t('problem-unknown-kind', args)
    case 'answer-not-in-text':
      return t('problem-answer-not-in-text', args)
    case 'bad-date':
      return t('problem-bad-date', args)
    case 'role-not-kebab':
      return t('problem-role-not-kebab', args)
    case 'empty-field':
      return t('problem-empty-field', args)
    case 'control-character':
      return t('problem-control-character', args)
    case 'ambiguous-quote':
      return t('problem-ambiguous-quote', args)
    case 'quote-not-found':
      return t('problem-quote-not-found', args)
    case 'dangling-conflict':
      return t('problem-dangling-conflict', args)
    case 'one-sided-conflict':
      return t('problem-one-sided-conflict', args)
    case 'deck-lists-unknown-reading':
      return t('problem-deck-lists-unknown-reading', args)
    case 'reading-not-in-deck':
      return t('problem-reading-not-in-deck', args)
    case 'reading-without-claims':
      return t('problem-reading-without-claims', args)
    case 'distractor-is-answer':
      return t('problem-distractor-is-answer', args)
    case 'distractor-is-version':
      return t('problem-distractor-is-version', args)
    case 'false-statement-is-claim':
      return t('problem-false-statement-is-claim', args)
    case 'disputes-file-bad':
      return t('problem-disputes-file-bad', args)
    case 'dispute-id-not-kebab':
      return t('problem-dispute-id-not-kebab', args)
    case 'dispute-id-twice':
      return t('problem-dispute-id-twice', args)
    case 'dispute-empty-question':
      return t('problem-dispute-empty-question', args)
    case 'dispute-too-few-versions':
      return t('problem-dispute-too-few-versions', args)
    case 'version-says-nothing':
      return t('problem-version-says-nothing', args)
    case 'version-without-claims':
      return t('problem-version-without-claims', args)
    case 'dispute-unknown-claim':
      return t('problem-dispute-unknown-claim', args)
    case 'claim-in-two-disputes':
      return t('problem-claim-in-two-disputes', args)
    case 'version-mixes-readings':
      return t('problem-version-mixes-readings', args)
    case 'versions-same-reading':
      return t('problem-versions-same-reading', args)
    case 'internal-many-readings':
      return t('problem-internal-many-readings', args)
    case 'no-front-matter':
      return t('problem-no-front-matter', args)
    case 'front-matter-not-closed':
      return t('problem-front-matter-not-closed', args)
    case 'front-matter-bad':
      return t('problem-front-matter-bad', args)
    case 'claims-file-bad':
      return t('problem-claims-file-bad', args)
    case 'doubled-word':
      return t('problem-doubled-word', args)
    case 'question-names-answer':
      return t('problem-question-names-answer', args)
    case 'text-gives-answer-away':
      return t('problem-text-gives-answer-away', args)
    case 'function-word-gap':
      return t('problem-function-word-gap', args)
    case 'dated-event':
      return t('problem-dated-event', args)
    case 'needs-context':
      return t('problem-needs-context', args)
    case 'false-statement-is-own-text':
      return t('problem-false-statement-is-own-text', args)
    case 'unattributed-version':
      return t('problem-unattributed-version', args)
    case 'duplicate-text':
      return t('problem-duplicate-text', args)
    case 'repeated-fact':
      return t('problem-repeated-fact', args)
    case 'length-cue':
      return t('problem-length-cue', args)
  }
}

/** How to fix the problem, in the interface language. */
export function problemHint(problem: CodedProblem): string {
  const args = argsOf(problem)
  switch (problem.code) {
    case 'deck-file-missing':
      return t('problem-deck-file-missing-hint', args)
    case 'deck-file-bad':
      return t('problem-deck-file-bad-hint', args)
    case 'reading-id-twice':
      return t('problem-reading-id-twice-hint', args)
    case 'unknown-reading':
      return t('problem-unknown-reading-hint', args)
    case 'claim-id-not-kebab':
      return t('problem-claim-id-not-kebab-hint', args)
    case 'claim-id-twice':
      return t('problem-claim-id-twice-hint', args)
    case 'unknown-kind':
      return t('problem-unknown-kind-hint', args)
    case 'answer-not-in-text':
      return t('problem-answer-not-in-text-hint', args)
    case 'bad-date':
      return t('problem-bad-date-hint', args)
    case 'role-not-kebab':
      return t('problem-role-not-kebab-hint', args)
    case 'empty-field':
      return t('problem-empty-field-hint', args)
    case 'control-character':
      return t('problem-control-character-hint', args)
    case 'ambiguous-quote':
      return t('problem-ambiguous-quote-hint', args)
    case 'quote-not-found':
      return t('problem-quote-not-found-hint', args)
    case 'dangling-conflict':
      return t('problem-dangling-conflict-hint', args)
    case 'one-sided-conflict':
      return t('problem-one-sided-conflict-hint', args)
    case 'deck-lists-unknown-reading':
      return t('problem-deck-lists-unknown-reading-hint', args)
    case 'reading-not-in-deck':
      return t('problem-reading-not-in-deck-hint', args)
    case 'reading-without-claims':
      return t('problem-reading-without-claims-hint', args)
    case 'distractor-is-answer':
      return t('problem-distractor-is-answer-hint', args)
    case 'distractor-is-version':
      return t('problem-distractor-is-version-hint', args)
    case 'false-statement-is-claim':
      return t('problem-false-statement-is-claim-hint', args)
    case 'disputes-file-bad':
      return t('problem-disputes-file-bad-hint', args)
    case 'dispute-id-not-kebab':
      return t('problem-dispute-id-not-kebab-hint', args)
    case 'dispute-id-twice':
      return t('problem-dispute-id-twice-hint', args)
    case 'dispute-empty-question':
      return t('problem-dispute-empty-question-hint', args)
    case 'dispute-too-few-versions':
      return t('problem-dispute-too-few-versions-hint', args)
    case 'version-says-nothing':
      return t('problem-version-says-nothing-hint', args)
    case 'version-without-claims':
      return t('problem-version-without-claims-hint', args)
    case 'dispute-unknown-claim':
      return t('problem-dispute-unknown-claim-hint', args)
    case 'claim-in-two-disputes':
      return t('problem-claim-in-two-disputes-hint', args)
    case 'version-mixes-readings':
      return t('problem-version-mixes-readings-hint', args)
    case 'versions-same-reading':
      return t('problem-versions-same-reading-hint', args)
    case 'internal-many-readings':
      return t('problem-internal-many-readings-hint', args)
    case 'no-front-matter':
      return t('problem-no-front-matter-hint', args)
    case 'front-matter-not-closed':
      return t('problem-front-matter-not-closed-hint', args)
    case 'front-matter-bad':
      return t('problem-front-matter-bad-hint', args)
    case 'claims-file-bad':
      return t('problem-claims-file-bad-hint', args)
    case 'doubled-word':
      return t('problem-doubled-word-hint', args)
    case 'question-names-answer':
      return t('problem-question-names-answer-hint', args)
    case 'text-gives-answer-away':
      return t('problem-text-gives-answer-away-hint', args)
    case 'function-word-gap':
      return t('problem-function-word-gap-hint', args)
    case 'dated-event':
      return t('problem-dated-event-hint', args)
    case 'needs-context':
      return t('problem-needs-context-hint', args)
    case 'false-statement-is-own-text':
      return t('problem-false-statement-is-own-text-hint', args)
    case 'unattributed-version':
      return t('problem-unattributed-version-hint', args)
    case 'duplicate-text':
      return t('problem-duplicate-text-hint', args)
    case 'repeated-fact':
      return t('problem-repeated-fact-hint', args)
    case 'length-cue':
      return t('problem-length-cue-hint', args)
  }
}

/** The problem with its message and hint in the interface language, for views that show `message` and `hint`. */
export function worded<P extends CodedProblem & { message: string; hint: string | null }>(problem: P): P {
  return { ...problem, message: problemMessage(problem), hint: problemHint(problem) }
}

/** A setting out of range, in the interface language (the value as the core wrote it). */
export function settingMessage(problem: SettingProblem): string {
  const args = { value: problem.value }
  switch (problem.code) {
    case 'desired-retention':
      return t('setting-problem-desired-retention', args)
    case 'new-per-day':
      return t('setting-problem-new-per-day', args)
    case 'reviews-per-day':
      return t('setting-problem-reviews-per-day', args)
    case 'rollover-hour':
      return t('setting-problem-rollover-hour', args)
    case 'font-scale':
      return t('setting-problem-font-scale', args)
  }
}
