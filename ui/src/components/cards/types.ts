import type { AnswerCheck } from '../../lib/bindings/AnswerCheck'
import type { CardKind } from '../../lib/bindings/CardKind'
import type { Given } from '../../lib/bindings/Given'
import type { Phase } from '../../lib/bindings/Phase'
import type { Rating } from '../../lib/bindings/Rating'
import type { StudyCard } from '../../lib/bindings/StudyCard'
import { formatPublished } from '../../lib/format'
import { t } from '../../lib/i18n.svelte'

/**
 * What the review screen gives every kind of card. A card asks in its own way and reports the
 * student's answer with `onanswer` (`null`: just show the answer); the screen then reveals it,
 * checks it with the core and passes the result back as `check`.
 */
export type CardProps = {
  card: StudyCard
  revealed: boolean
  /** What the student answered, once revealed (null for cards that are only revealed). */
  given: Given | null
  /** The core's verdict on `given`, when it has come. */
  check: AnswerCheck | null
  onanswer: (given: Given | null) => void
  /** A typed answer the check did not take, counted as right by the student. */
  accepted?: boolean
  /** Offered on a typed answer the check did not take as exact: "I was right". */
  onaccept?: () => void
}

/** The heading of a kind, shown above the prompt, in the interface language. */
export function kindLabel(kind: CardKind): string {
  switch (kind) {
    case 'cloze':
      return t('cards-kind-cloze')
    case 'qa':
      return t('cards-kind-qa')
    case 'multiple_choice':
      return t('cards-kind-multiple-choice')
    case 'true_false':
      return t('cards-kind-true-false')
    case 'typed':
      return t('cards-kind-typed')
    case 'timeline':
      return t('cards-kind-timeline')
    case 'sources':
      return t('cards-kind-sources')
    case 'versions':
      return t('cards-kind-versions')
  }
}

/** A card's phase (new, learning, review, relearning) in the interface language. */
export function phaseLabel(phase: Phase): string {
  switch (phase) {
    case 'new':
      return t('reading-phase-new')
    case 'learning':
      return t('reading-phase-learning')
    case 'review':
      return t('reading-phase-review')
    case 'relearning':
      return t('reading-phase-relearning')
  }
}

/** A grade's name (Again, Hard, Good, Easy) in the interface language. */
export function gradeName(rating: Rating): string {
  switch (rating) {
    case 'again':
      return t('review-grade-again')
    case 'hard':
      return t('review-grade-hard')
    case 'good':
      return t('review-grade-good')
    case 'easy':
      return t('review-grade-easy')
  }
}

/**
 * A timeline's answer, its events in the right order, each with its date in the interface's
 * words (empty when the core sent none).
 */
export function timelineLines(order: number[], dates: string[], choices: string[]): { date: string; text: string }[] {
  return order.map((k) => ({ date: dates[k] ? formatPublished(dates[k]) : '', text: choices[k] ?? '' }))
}

/** An answer or option as shown: a true-or-false card's True and False in the interface language. */
export function shownAnswer(kind: CardKind, text: string): string {
  if (kind !== 'true_false') return text
  if (text === 'True') return t('cards-true')
  if (text === 'False') return t('cards-false')
  return text
}

/**
 * A placeable's stand-in, for a message that holds an element (a `<cite>`, an `<ins>`): pass
 * `{ title: slot('title') }` among the message arguments, then lay the message out with `pieces`.
 */
export function slot(name: string): string {
  return `\uE000${name}\uE001`
}

/**
 * A message made with `slot`s, cut at them: text at even places, a slot's name at odd places, in
 * the order the translation puts them.
 */
export function pieces(message: string): string[] {
  return message.split(/\uE000(\w+)\uE001/)
}
