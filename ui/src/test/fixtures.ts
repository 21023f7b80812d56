// Realistic answers from the Rust side, shaped by the generated bindings.
import type { DeckSummary } from '../lib/bindings/DeckSummary'
import type { ImportReport } from '../lib/bindings/ImportReport'
import type { LibraryView } from '../lib/bindings/LibraryView'
import type { ReadingView } from '../lib/bindings/ReadingView'
import type { Segment } from '../lib/bindings/Segment'
import type { Session } from '../lib/bindings/Session'
import type { Settings } from '../lib/bindings/Settings'
import type { StudyCard } from '../lib/bindings/StudyCard'

/** The settings as a new data folder has them. */
export const defaultSettings: Settings = {
  desired_retention: 0.9,
  new_per_day: 20,
  reviews_per_day: 200,
  rollover_hour: 4,
  easy_days: [false, false, false, false, false, false, false],
  theme: 'system',
  font_scale: 1,
  language: 'system',
  reading_highlights: true,
}

/** The built-in deck as the deck list shows it, studied and without problems; `more` changes it. */
export function deckSummary(more: Partial<DeckSummary> = {}): DeckSummary {
  return {
    id: 'mongolia-koreas',
    title: 'Mongolia and the Two Koreas',
    version: '1.0.0',
    builtin: true,
    active: true,
    readings: 5,
    claims: 230,
    cards: 1000,
    problems: [],
    ...more,
  }
}

/** A deck of the reader's own (`class-deck`), not the one studied; `more` changes it. */
export function userDeck(more: Partial<DeckSummary> = {}): DeckSummary {
  return deckSummary({ id: 'class-deck', title: 'Class deck', builtin: false, active: false, ...more })
}

/** What installing `class-deck` 1.0.0 for the first time did: no claim added, removed or
 * changed unless `more` says so. */
export function importReport(more: Partial<ImportReport> = {}): ImportReport {
  return {
    deck_id: 'class-deck',
    title: 'Class deck',
    version: '1.0.0',
    previous_version: null,
    folder: '/data/decks/class-deck',
    added: [],
    removed: [],
    changed: [],
    texts: [],
    ...more,
  }
}

export function text(value: string, more: Partial<Segment> = {}): Segment {
  return { text: value, emphasis: false, strong: false, link: null, footnote: null, claims: [], ...more }
}

export const libraryView: LibraryView = {
  deck_title: 'Mongolia and the Two Koreas',
  deck_language: 'en',
  deck_description:
    'Five sourced readings on Mongolia’s relations with North and South Korea, 2015–2022: diplomacy, trade, labour, energy and the Ulaanbaatar Dialogue.',
  today: { new: 20, learning: 3, review: 7 },
  new_limit: 20,
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
        cited_as: null,
        editor_added: [],
        editor_note: null,
      },
      claims: 31,
      claims_seen: 0,
      claims_mastered: 0,
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
        cited_as: null,
        editor_added: [],
        editor_note: null,
      },
      claims: 1,
      claims_seen: 0,
      claims_mastered: 0,
      cards: 2,
      due: { new: 8, learning: 1, review: 2 },
    },
  ],
}

export const readingView: ReadingView = {
  language: 'en',
  citation: {
    id: 'mongolia-north-korea-2019',
    title: 'Mongolia and North Korea',
    author: null,
    publisher: 'NSSA, Brigham Young University (nssa.byu.edu)',
    published: '2019-08',
    url: 'https://nssa.byu.edu/mongolia-and-north-korea',
    seed: '001_8251c0efdd0c9cf3.txt',
    cited_as: null,
    editor_added: [],
    editor_note: null,
  },
  blocks: [
    {
      kind: { type: 'paragraph' },
      recall: null,
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
    { kind: { type: 'heading', level: 2 }, segments: [text('Relations with the North')], recall: null },
    {
      kind: { type: 'paragraph' },
      recall: null,
      segments: [
        text('Each was the '),
        text('second country', { strong: true }),
        text(' to establish diplomatic relations with the other.'),
      ],
    },
    { kind: { type: 'quote' }, segments: [text('Mongolia is often considered a “regionless” state.')], recall: null },
    { kind: { type: 'list_item' }, segments: [text('trade')], recall: null },
    { kind: { type: 'list_item' }, segments: [text('labour')], recall: null },
    {
      kind: { type: 'footnote', label: '1' },
      recall: null,
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
      conflicts: [],
      cards: [],
    },
    {
      id: 'mnk-seldom-considered',
      text: 'The 2019 article “Mongolia and North Korea” says Mongolia is now seldom seriously considered in terms of current global politics.',
      block: 0,
      conflicts: [],
      cards: [],
    },
    {
      id: 'mnk-bolton-visit',
      text: 'U.S. National Security advisor John Bolton was assigned to visit Mongolia in 2019.',
      block: 0,
      conflicts: [],
      cards: [],
    },
    {
      id: 'mnk-bolton-visit-timing',
      text: 'U.S. National Security advisor John Bolton’s visit to Mongolia took place during President Trump’s meeting with Kim Jong Un.',
      block: 0,
      conflicts: [],
      cards: [],
    },
  ],
  highlights: true,
}

const noOptions = { choices: [], correct_choice: null, correct_order: [], dates: [], conflicts: [] }

const mongoliaNorthKorea = { reading: 'mongolia-north-korea-2019', reading_title: 'Mongolia and North Korea' }

export const clozeCard: StudyCard = {
  id: 'mnk-bolton-visit:cloze',
  kind: 'cloze',
  prompt: 'U.S. National Security advisor […] was assigned to visit Mongolia in 2019.',
  answer: 'John Bolton',
  statement: 'U.S. National Security advisor John Bolton was assigned to visit Mongolia in 2019.',
  ...noOptions,
  source: {
    ...mongoliaNorthKorea,
    claim: 'mnk-bolton-visit',
    quote: 'U.S. National Security advisor John Bolton was assigned to visit Mongolia',
  },
  intervals: { again: 60, hard: 360, good: 600, easy: 2 * 86_400 },
}

export const qaCard: StudyCard = {
  id: 'mnk-largest-contiguous-empire:qa',
  kind: 'qa',
  prompt: 'Mongolia was once the center of what, according to the 2019 NSSA article “Mongolia and North Korea”?',
  answer: 'the largest contiguous land empire of all time',
  statement: 'Mongolia was once the center of the largest contiguous land empire of all time.',
  ...noOptions,
  source: {
    ...mongoliaNorthKorea,
    claim: 'mnk-largest-contiguous-empire',
    quote: 'Mongolia, once the center of the largest contiguous land empire of all time',
  },
  intervals: { again: 60, hard: 480, good: 900, easy: 3 * 86_400 },
}

export const sessionWithCard: Session = {
  card: clozeCard,
  today: { new: 20, learning: 3, review: 7 },
  reviewed_today: 4,
  next_due: null,
  focus: null,
  reread: null,
}

export const sessionNextCard: Session = {
  card: qaCard,
  today: { new: 19, learning: 4, review: 7 },
  reviewed_today: 5,
  next_due: null,
  focus: null,
  reread: null,
}

export const sessionDone: Session = {
  card: null,
  today: { new: 0, learning: 0, review: 0 },
  reviewed_today: 30,
  next_due: '2026-03-02T09:30:00+08:00',
  focus: null,
  reread: null,
}

const breakthrough = {
  reading: 'breakthrough-2015',
  reading_title: 'A Potential Breakthrough in Mongolia’s Relations With North and South Korea',
}

export const multipleChoiceCard: StudyCard = {
  id: 'bt-middle-road:multiple_choice',
  kind: 'multiple_choice',
  prompt: 'What course does Mongolia take between North and South Korea, according to Mendee Jargalsaikhany (2015)?',
  answer: 'a resolutely middle road',
  statement: 'Mendee Jargalsaikhany describes Mongolia as taking a resolutely middle road between North and South Korea.',
  ...noOptions,
  choices: ['a moderate shift', 'a major gateway', 'a venue for dialogue on economic cooperation', 'a resolutely middle road'],
  correct_choice: 3,
  source: {
    ...breakthrough,
    claim: 'bt-middle-road',
    quote: 'Mongolia takes a resolutely middle road when it comes to North and South Korea',
  },
  intervals: { again: 60, hard: 360, good: 600, easy: 2 * 86_400 },
}

/** A false statement: another claim's answer swapped in. */
export const trueFalseCard: StudyCard = {
  id: 'bt-beyond-china-motive:true_false',
  kind: 'true_false',
  prompt:
    'According to Mendee Jargalsaikhany, engaging the two Koreas helps Mongolia expand its foreign economic and cultural interactions beyond Japan.',
  answer: 'False',
  statement:
    'According to Mendee Jargalsaikhany, engaging the two Koreas helps Mongolia expand its foreign economic and cultural interactions beyond China.',
  ...noOptions,
  choices: ['True', 'False'],
  correct_choice: 1,
  source: {
    ...breakthrough,
    claim: 'bt-beyond-china-motive',
    quote: 'expand its foreign economic and cultural interactions beyond China',
  },
  intervals: { again: 60, hard: 360, good: 600, easy: 2 * 86_400 },
}

export const typedCard: StudyCard = {
  id: 'bt-wedged-russia-china:typed',
  kind: 'typed',
  prompt: 'Between which two countries is Mongolia wedged?',
  answer: 'Russia and China',
  statement: 'Mongolia is wedged geographically between Russia and China.',
  ...noOptions,
  source: { ...breakthrough, claim: 'bt-wedged-russia-china', quote: 'wedged between Russia and China' },
  intervals: { again: 60, hard: 360, good: 600, easy: 2 * 86_400 },
}

const timelineInOrder = [
  '1924: The Mongolian People’s Republic was established in 1924.',
  '1949: Modern trade relationships between Mongolia and China began to develop.',
  '21 May 2014: Two former U.S. officials met North Korean Deputy Foreign Minister Ri Yong-ho in Ulaanbaatar.',
  '2018: Mongolia’s president invited Kim Jong Un to make a state visit to Ulaanbaatar.',
  '1 July 2019: Fred Kaplan wrote “Bolton of Mongolia” in Slate.',
].join('\n')

export const timelineCard: StudyCard = {
  id: 'timeline:mongolia-north-korea-2019:1',
  kind: 'timeline',
  prompt: 'Put these in order, earliest first.',
  answer: timelineInOrder,
  statement: timelineInOrder,
  ...noOptions,
  choices: [
    'Mongolia’s president invited Kim Jong Un to make a state visit to Ulaanbaatar.',
    'Modern trade relationships between Mongolia and China began to develop.',
    'Fred Kaplan wrote “Bolton of Mongolia” in Slate.',
    'Two former U.S. officials met North Korean Deputy Foreign Minister Ri Yong-ho in Ulaanbaatar.',
    'The Mongolian People’s Republic was established in 1924.',
  ],
  correct_order: [4, 1, 3, 0, 2],
  dates: ['2018', '1949', '2019-07-01', '2014-05-21', '1924'],
  source: {
    ...mongoliaNorthKorea,
    claim: 'mnk-bolton-kaplan-source',
    quote: 'Kaplan, Fred, “Bolton of Mongolia,” Slate. July 1, 2019.',
  },
  intervals: { again: 60, hard: 360, good: 600, easy: 2 * 86_400 },
}

/** A claim that another reading tells otherwise. */
export const conflictCard: StudyCard = {
  id: 'bt-strategic-partnership-south:cloze',
  kind: 'cloze',
  prompt: 'As of March 2015, Mongolia was developing a newly-declared […] with South Korea.',
  answer: 'strategic partnership',
  statement: 'As of March 2015, Mongolia was developing a newly-declared strategic partnership with South Korea.',
  ...noOptions,
  conflicts: [
    {
      claim: 'smy-strategic-partnership-2021',
      reading: 'seoul-mongolia-yoon-2022',
      reading_title: 'Why the Yoon administration sees a powerful partner in Mongolia',
      cited_as: 'NK News (2022)',
      question: '',
      says: '',
      note: null,
      text: 'South Korea and Mongolia elevated their ties to a “strategic partnership” in 2021.',
      quote: 'and then to a “strategic partnership” in 2021',
    },
    {
      claim: 'smy-strategic-partnership-label',
      reading: 'seoul-mongolia-yoon-2022',
      reading_title: 'Why the Yoon administration sees a powerful partner in Mongolia',
      cited_as: 'NK News (2022)',
      question: '',
      says: '',
      note: null,
      text: 'In 2021, after their 2011 comprehensive partnership, South Korea and Mongolia elevated their ties to a strategic partnership.',
      quote: 'and then to a “strategic partnership” in 2021',
    },
  ],
  source: {
    ...breakthrough,
    claim: 'bt-strategic-partnership-south',
    quote: 'developing its newly-declared strategic partnership with the South',
  },
  intervals: { again: 60, hard: 360, good: 600, easy: 2 * 86_400 },
}

/** Today's session showing `card`. */
export function sessionOf(card: StudyCard, more: Partial<Session> = {}): Session {
  return { card, today: { new: 12, learning: 2, review: 6 }, reviewed_today: 10, next_due: null, focus: null, reread: null, ...more }
}
