import type { AnswerCheck } from '../../lib/bindings/AnswerCheck'
import type { CardKind } from '../../lib/bindings/CardKind'
import type { Given } from '../../lib/bindings/Given'
import type { StudyCard } from '../../lib/bindings/StudyCard'
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
