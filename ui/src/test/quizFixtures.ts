// Realistic quiz and progress answers from the Rust side, shaped by the generated bindings.
import type { DayCount } from '../lib/bindings/DayCount'
import type { ProgressView } from '../lib/bindings/ProgressView'
import type { QuizFeedback } from '../lib/bindings/QuizFeedback'
import type { QuizResult } from '../lib/bindings/QuizResult'
import type { QuizView } from '../lib/bindings/QuizView'
import type { SourceRef } from '../lib/bindings/SourceRef'

export const breakthroughSource: SourceRef = {
  reading: 'breakthrough-2015',
  reading_title: 'A Potential Breakthrough in Mongolia’s Relations With North and South Korea',
  claim: 'bt-middle-road',
  quote: 'Mongolia has pursued a “middle road” policy toward the two Koreas',
}

const timelineSource: SourceRef = {
  reading: 'breakthrough-2015',
  reading_title: 'A Potential Breakthrough in Mongolia’s Relations With North and South Korea',
  claim: 'bt-elbegdorj-visit',
  quote: 'President Elbegdorj visited Pyongyang in October 2013',
}

/** One question of each kind a quiz asks (never Q&A), in the order drawn. */
export const quizView: QuizView = {
  id: 7,
  scope: { type: 'reading', id: 'breakthrough-2015' },
  questions: [
    {
      position: 0,
      card: 'bt-middle-road:multiple_choice',
      kind: 'multiple_choice',
      prompt: 'What policy has Mongolia pursued toward the two Koreas?',
      choices: ['Strict neutrality', 'A “middle road” policy', 'Alignment with Seoul', 'Isolation'],
      outcome: null,
    },
    {
      position: 1,
      card: 'bt-trade-partner:true_false',
      kind: 'true_false',
      prompt: 'South Korea is one of Mongolia’s largest trading partners.',
      choices: ['True', 'False'],
      outcome: null,
    },
    {
      position: 2,
      card: 'bt-capital:cloze',
      kind: 'cloze',
      prompt: 'The Ulaanbaatar Dialogue is held in […] every year.',
      choices: [],
      outcome: null,
    },
    {
      position: 3,
      card: 'bt-wedged-russia-china:typed',
      kind: 'typed',
      prompt: 'Which two countries is Mongolia wedged between?',
      choices: [],
      outcome: null,
    },
    {
      position: 4,
      card: 'timeline:breakthrough-2015:1',
      kind: 'timeline',
      prompt: 'Put these events in order, earliest first.',
      choices: ['Elbegdorj visits Pyongyang', 'Mongolia and North Korea sign a trade deal', 'The first Ulaanbaatar Dialogue'],
      outcome: null,
    },
  ],
}

/** The feedback for each question of `quizView`, by position. */
export const quizFeedback: QuizFeedback[] = [
  { outcome: 'wrong', correct_answer: 'A “middle road” policy', correct_order: [], dates: [], source: breakthroughSource },
  { outcome: 'exact', correct_answer: 'True', correct_order: [], dates: [], source: breakthroughSource },
  { outcome: 'close', correct_answer: 'Ulaanbaatar', correct_order: [], dates: [], source: breakthroughSource },
  { outcome: 'wrong', correct_answer: 'Russia and China', correct_order: [], dates: [], source: breakthroughSource },
  {
    outcome: 'wrong',
    correct_answer:
      'October 2013: Elbegdorj visits Pyongyang\nJune 2014: The first Ulaanbaatar Dialogue\n2015: Mongolia and North Korea sign a trade deal',
    correct_order: [0, 2, 1],
    dates: ['2013-10', '2015', '2014-06'],
    source: timelineSource,
  },
]

export const quizResult: QuizResult = {
  id: 7,
  score: 2,
  total: 5,
  answered: 5,
  misses: [
    {
      position: 0,
      card: 'bt-middle-road:multiple_choice',
      kind: 'multiple_choice',
      prompt: quizView.questions[0].prompt,
      given: 'Strict neutrality',
      correct_answer: 'A “middle road” policy',
      choices: [],
      correct_order: [],
      dates: [],
      source: breakthroughSource,
    },
    {
      position: 3,
      card: 'bt-wedged-russia-china:typed',
      kind: 'typed',
      prompt: quizView.questions[3].prompt,
      given: 'x',
      correct_answer: 'Russia and China',
      choices: [],
      correct_order: [],
      dates: [],
      source: breakthroughSource,
    },
    {
      position: 4,
      card: 'timeline:breakthrough-2015:1',
      kind: 'timeline',
      prompt: quizView.questions[4].prompt,
      given: 'Mongolia and North Korea sign a trade deal\nElbegdorj visits Pyongyang\nThe first Ulaanbaatar Dialogue',
      correct_answer: quizFeedback[4].correct_answer,
      choices: quizView.questions[4].choices,
      correct_order: quizFeedback[4].correct_order,
      dates: quizFeedback[4].dates,
      source: timelineSource,
    },
  ],
}

/** A quiz finished before any answer. */
export const unansweredResult: QuizResult = {
  id: 7,
  score: 0,
  total: 5,
  answered: 0,
  misses: quizView.questions.map((q) => ({
    position: q.position,
    card: q.card,
    kind: q.kind,
    prompt: q.prompt,
    given: null,
    correct_answer: quizFeedback[q.position].correct_answer,
    choices: q.kind === 'timeline' ? q.choices : [],
    correct_order: quizFeedback[q.position].correct_order,
    dates: quizFeedback[q.position].dates,
    source: quizFeedback[q.position].source,
  })),
}

function days(count: number, from: string, value: (i: number) => number): DayCount[] {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)))
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    count: value(i),
  }))
}

/** A fresh deck: nothing studied yet. */
export const emptyProgress: ProgressView = {
  reviews_per_day: days(365, '2024-06-02', () => 0),
  forecast: days(30, '2025-06-01', () => 0),
  retention: [],
  stats: {
    cards: 310,
    new: 310,
    learning: 0,
    review: 0,
    due_today: { new: 20, learning: 0, review: 0 },
    reviews_today: 0,
    reviews_total: 0,
  },
  suspended: 0,
  leeches: 0,
  readings: [
    { reading: 'breakthrough-2015', title: breakthroughSource.reading_title, claims: 31, seen: 0, mastered: 0 },
    { reading: 'mongolia-north-korea-2019', title: 'Mongolia and North Korea', claims: 12, seen: 0, mastered: 0 },
  ],
  desired_retention: 0.9,
}

/** A few weeks of study. */
export const someProgress: ProgressView = {
  // 42 reviews in all: 20 on 2025-05-20, 10 on 2025-05-31 (today), 12 on 2025-05-25.
  reviews_per_day: days(365, '2024-06-01', (i) => ({ 353: 20, 358: 12, 364: 10 })[i] ?? 0),
  forecast: days(30, '2025-05-31', (i) => [4, 0, 7, 0, 12][i] ?? 1),
  retention: [
    { week_of: '2025-05-12', reviews: 0, recalled: 0 },
    { week_of: '2025-05-19', reviews: 20, recalled: 17 },
    { week_of: '2025-05-26', reviews: 10, recalled: 9 },
  ],
  stats: {
    cards: 40,
    new: 25,
    learning: 6,
    review: 9,
    due_today: { new: 10, learning: 2, review: 4 },
    reviews_today: 10,
    reviews_total: 42,
  },
  suspended: 2,
  leeches: 1,
  readings: [
    { reading: 'breakthrough-2015', title: breakthroughSource.reading_title, claims: 31, seen: 12, mastered: 3 },
    { reading: 'mongolia-north-korea-2019', title: 'Mongolia and North Korea', claims: 12, seen: 0, mastered: 0 },
  ],
  desired_retention: 0.9,
}
