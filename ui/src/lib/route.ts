import type { AnswerCheck } from './bindings/AnswerCheck'
import type { ClassView } from './bindings/ClassView'
import type { Given } from './bindings/Given'

/**
 * A card left revealed to open its source (O): Review comes back to it as it was left, answer
 * shown, when that card is still the one to study.
 */
export type RevealedCard = { card: string; given: Given | null; check: AnswerCheck | null; accepted: boolean }

export type Route =
  | { name: 'library' }
  | { name: 'reading'; id: string; focusClaim?: string; from: 'library' | 'review' | 'browse'; resume?: RevealedCard }
  /** A reading shaded by the class's recall, opened from the class report, which Decks shows again on the way back. */
  | { name: 'class-reading'; id: string; class: ClassView }
  | { name: 'review'; resume?: RevealedCard }
  /** `reading` preselects that reading as the quiz's scope. */
  | { name: 'quiz'; reading?: string }
  | { name: 'progress' }
  | { name: 'browse' }
  | { name: 'settings' }
  /** `class` shows that class report again. */
  | { name: 'decks'; class?: ClassView }
  /** Edits a user deck; `claim` opens that claim in the form. */
  | { name: 'author'; deck?: string; claim?: string }
