export type Route =
  | { name: 'library' }
  | { name: 'reading'; id: string; focusClaim?: string; from: 'library' | 'review' }
  | { name: 'review' }
  /** `reading` preselects that reading as the quiz's scope. */
  | { name: 'quiz'; reading?: string }
  | { name: 'progress' }
  | { name: 'settings' }
  | { name: 'decks' }
  /** Edits a user deck; `claim` opens that claim in the form. */
  | { name: 'author'; deck?: string; claim?: string }
