import type { AnswerCheck } from '../../lib/bindings/AnswerCheck'
import type { Given } from '../../lib/bindings/Given'
import type { StudyCard } from '../../lib/bindings/StudyCard'

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
}

/** Headings of the kinds, shown above the prompt. */
export const KIND_LABELS = {
  cloze: 'Fill the gap',
  qa: 'Question',
  multiple_choice: 'Multiple choice',
  true_false: 'True or false?',
  typed: 'Type the answer',
  timeline: 'Timeline',
  sources: 'Sources differ: who says it?',
  versions: 'Sources differ: every version',
} as const
