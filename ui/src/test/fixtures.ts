// Realistic answers from the Rust side, shaped by the generated bindings.
import type { LibraryView } from '../lib/bindings/LibraryView'
import type { ReadingView } from '../lib/bindings/ReadingView'
import type { Segment } from '../lib/bindings/Segment'
import type { Session } from '../lib/bindings/Session'
import type { StudyCard } from '../lib/bindings/StudyCard'

export function text(value: string, more: Partial<Segment> = {}): Segment {
  return { text: value, emphasis: false, strong: false, link: null, footnote: null, claims: [], ...more }
}

export const libraryView: LibraryView = {
  deck_title: 'Mongolia and the Two Koreas',
  deck_description:
    'Five sourced readings on Mongolia’s relations with North and South Korea, 2015–2022: diplomacy, trade, labour, energy and the Ulaanbaatar Dialogue.',
  today: { new: 20, learning: 3, review: 7 },
  readings: [
    {
      citation: {
        id: 'breakthrough-2015',
        title: 'A Potential Breakthrough in Mongolia’s Relations With North and South Korea',
        author: 'Mendee Jargalsaikhany',
        publisher: 'The Jamestown Foundation, Eurasia Daily Monitor, Volume 12, Issue 38',
        published: '2015-03-02',
        url: null,
        seed: '000_757d28ad6d78aa51.txt',
      },
      claims: 31,
      cards: 62,
      due: { new: 12, learning: 2, review: 5 },
    },
    {
      citation: {
        id: 'mongolia-north-korea-2019',
        title: 'Mongolia and North Korea',
        author: null,
        publisher: 'NSSA, Brigham Young University (nssa.byu.edu)',
        published: '2019-08',
        url: null,
        seed: '001_8251c0efdd0c9cf3.txt',
      },
      claims: 1,
      cards: 2,
      due: { new: 8, learning: 1, review: 2 },
    },
  ],
}

export const readingView: ReadingView = {
  citation: {
    id: 'mongolia-north-korea-2019',
    title: 'Mongolia and North Korea',
    author: null,
    publisher: 'NSSA, Brigham Young University (nssa.byu.edu)',
    published: '2019-08',
    url: 'https://nssa.byu.edu/mongolia-and-north-korea',
    seed: '001_8251c0efdd0c9cf3.txt',
  },
  blocks: [
    {
      kind: { type: 'paragraph' },
      segments: [
        text('Mongolia, once the center of the largest contiguous land empire of all time', {
          claims: ['mnk-largest-contiguous-empire'],
        }),
        text(', '),
        text('is now seldom seriously considered in terms of current global politics', {
          claims: ['mnk-seldom-considered'],
        }),
        text('. In fact, when '),
        text('U.S. National Security advisor John Bolton ', { claims: ['mnk-bolton-visit'] }),
        text('was assigned to visit Mongolia', { claims: ['mnk-bolton-visit', 'mnk-bolton-visit-timing'] }),
        text(' during President Trump’s meeting with Kim Jong Un', { claims: ['mnk-bolton-visit-timing'] }),
        text(', it was reported as a “'),
        text('banishment', { emphasis: true }),
        text('”.'),
        text('1', { footnote: '1' }),
      ],
    },
    { kind: { type: 'heading', level: 2 }, segments: [text('Relations with the North')] },
    {
      kind: { type: 'paragraph' },
      segments: [
        text('Each was the '),
        text('second country', { strong: true }),
        text(' to establish diplomatic relations with the other.'),
      ],
    },
    { kind: { type: 'quote' }, segments: [text('Mongolia is often considered a “regionless” state.')] },
    { kind: { type: 'list_item' }, segments: [text('trade')] },
    { kind: { type: 'list_item' }, segments: [text('labour')] },
    {
      kind: { type: 'footnote', label: '1' },
      segments: [
        text('Kaplan, Fred, “Bolton of Mongolia,” Slate. July 1, 2019. '),
        text('Slate', { link: 'https://slate.com/news-and-politics/2019/07/trump-bolton-north-korea-mongolia.html' }),
      ],
    },
  ],
  claims: [
    {
      id: 'mnk-largest-contiguous-empire',
      text: 'Mongolia was once the center of the largest contiguous land empire of all time.',
      block: 0,
    },
    {
      id: 'mnk-seldom-considered',
      text: 'The 2019 article “Mongolia and North Korea” says Mongolia is now seldom seriously considered in terms of current global politics.',
      block: 0,
    },
    {
      id: 'mnk-bolton-visit',
      text: 'U.S. National Security advisor John Bolton was assigned to visit Mongolia in 2019.',
      block: 0,
    },
    {
      id: 'mnk-bolton-visit-timing',
      text: 'U.S. National Security advisor John Bolton’s visit to Mongolia took place during President Trump’s meeting with Kim Jong Un.',
      block: 0,
    },
  ],
}

export const clozeCard: StudyCard = {
  id: 'mnk-bolton-visit:cloze',
  kind: 'cloze',
  prompt: 'U.S. National Security advisor […] was assigned to visit Mongolia in 2019.',
  answer: 'John Bolton',
  statement: 'U.S. National Security advisor John Bolton was assigned to visit Mongolia in 2019.',
  choices: [],
  correct_choice: null,
  correct_order: [],
  dates: [],
  conflicts: [],
  source: {
    reading: 'mongolia-north-korea-2019',
    reading_title: 'Mongolia and North Korea',
    claim: 'mnk-bolton-visit',
    quote: 'U.S. National Security advisor John Bolton was assigned to visit Mongolia',
  },
  intervals: { again: '1m', hard: '6m', good: '10m', easy: '2d' },
}

export const qaCard: StudyCard = {
  id: 'mnk-largest-contiguous-empire:qa',
  kind: 'qa',
  prompt: 'Mongolia was once the center of what, according to the 2019 NSSA article “Mongolia and North Korea”?',
  answer: 'the largest contiguous land empire of all time',
  statement: 'Mongolia was once the center of the largest contiguous land empire of all time.',
  choices: [],
  correct_choice: null,
  correct_order: [],
  dates: [],
  conflicts: [],
  source: {
    reading: 'mongolia-north-korea-2019',
    reading_title: 'Mongolia and North Korea',
    claim: 'mnk-largest-contiguous-empire',
    quote: 'Mongolia, once the center of the largest contiguous land empire of all time',
  },
  intervals: { again: '1m', hard: '8m', good: '15m', easy: '3d' },
}

export const sessionWithCard: Session = {
  card: clozeCard,
  today: { new: 20, learning: 3, review: 7 },
  reviewed_today: 4,
  next_due: null,
}

export const sessionNextCard: Session = {
  card: qaCard,
  today: { new: 19, learning: 4, review: 7 },
  reviewed_today: 5,
  next_due: null,
}

export const sessionDone: Session = {
  card: null,
  today: { new: 0, learning: 0, review: 0 },
  reviewed_today: 30,
  next_due: '2026-03-02T09:30:00+08:00',
}
