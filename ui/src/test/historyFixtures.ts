// A card's history as the core gives it, for the history dialog's tests.
import type { CardHistory } from '../lib/bindings/CardHistory'

/** A card answered Good, Good, Again and Good, due in 2.5 days, as the core gives it. */
export const history: CardHistory = {
  language: 'en',
  card: 'mnk-bolton-visit:cloze',
  kind: 'cloze',
  prompt: 'U.S. National Security advisor John Bolton was assigned to visit […] in 2019.',
  claim: 'mnk-bolton-visit',
  claim_text: 'U.S. National Security advisor John Bolton was assigned to visit Mongolia in 2019.',
  quote: 'John Bolton was assigned to visit Mongolia',
  reading: 'mongolia-north-korea-2019',
  reading_title: 'Mongolia and North Korea',
  now: '2026-01-10T09:00:00+08:00',
  memory: {
    phase: 'review',
    stability: 4.5,
    difficulty: 6.2,
    due: '2026-01-12T21:00:00+08:00',
    last_review: '2026-01-08T09:00:00+08:00',
    recall: 0.9613,
    reps: 4,
    lapses: 1,
    suspended: false,
    leech: false,
  },
  answers: [
    { at: '2026-01-05T09:00:00+08:00', rating: 'good', source: 'review', phase: 'new', interval: 600, stability: 2.31, difficulty: 2.12, recall: null },
    { at: '2026-01-05T09:10:00+08:00', rating: 'good', source: 'review', phase: 'learning', interval: 259_200, stability: 3.1, difficulty: 2.1, recall: 0.998 },
    { at: '2026-01-08T09:10:00+08:00', rating: 'again', source: 'quiz', phase: 'review', interval: 600, stability: 1.2, difficulty: 6.4, recall: 0.9012 },
    { at: '2026-01-08T09:20:00+08:00', rating: 'good', source: 'review', phase: 'relearning', interval: 388_800, stability: 4.5, difficulty: 6.2, recall: 0.999 },
  ],
  curve: [
    { days: 0, recall: 0.9613 },
    { days: 2.5, recall: 0.9 },
    { days: 7, recall: 0.81 },
  ],
  due_in_days: 2.5,
  desired_retention: 0.9,
}

export const newCard: CardHistory = {
  ...history,
  card: 'mnk-bolton-visit:qa',
  kind: 'qa',
  memory: { ...history.memory, phase: 'new', stability: null, difficulty: null, due: null, last_review: null, recall: null, reps: 0, lapses: 0 },
  answers: [],
  curve: [],
  due_in_days: null,
}
