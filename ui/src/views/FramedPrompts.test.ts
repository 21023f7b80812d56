// A timeline's or a disagreement's prompt is a sentence of the interface around the deck's words:
// the core sends its frame, and every place that shows the prompt (the browse table, the list of
// suspended cards, the card history, the undo toast) words it in the interface language.
import { mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CardHistoryDialog from '../components/CardHistoryDialog.svelte'
import ClaimForm from '../components/author/ClaimForm.svelte'
import QuizResults from '../components/quiz/QuizResults.svelte'
import SuspendedList from '../components/SuspendedList.svelte'
import type { BrowsePage } from '../lib/bindings/BrowsePage'
import type { BrowseRow } from '../lib/bindings/BrowseRow'
import type { ClaimDraft } from '../lib/bindings/ClaimDraft'
import type { DraftCheck } from '../lib/bindings/DraftCheck'
import type { PromptFrame } from '../lib/bindings/PromptFrame'
import type { SuspendedCard } from '../lib/bindings/SuspendedCard'
import type { UndoResult } from '../lib/bindings/UndoResult'
import { setLocale } from '../lib/i18n.svelte'
import { sessionNextCard, sessionWithCard } from '../test/fixtures'
import { quizResult } from '../test/quizFixtures'
import { history } from '../test/historyFixtures'
import { allByTestId, byTestId, press, render, settle } from '../test/render'
import Browse from './Browse.svelte'
import Review from './Review.svelte'

vi.mock('../lib/charts', () => import('../test/fakeCharts'))

afterEach(() => setLocale('en'))

const sources: PromptFrame = { code: 'sources', question: 'When did Bolton visit?', says: 'in 2019' }
/** The English the core stores in the card, which the interface must not show in Korean or Mongolian. */
const sourcesEnglish = 'The readings disagree. When did Bolton visit? Which reading says “in 2019”?'
const timelineEnglish = 'Put these in order, earliest first.'

const browseRow = (card: string, kind: BrowseRow['kind'], text: string, frame?: PromptFrame): BrowseRow => ({
  card,
  claim: 'mnk-bolton-visit',
  reading: 'mongolia-north-korea-2019',
  reading_title: 'Mongolia and North Korea',
  kind,
  text,
  ...(frame ? { frame } : {}),
  phase: 'new',
  suspended: false,
  leech: false,
  disputed: kind === 'sources',
  due: null,
  due_in_days: null,
  position: 1,
  reps: 0,
  lapses: 0,
  recall: null,
})

describe('Framed prompts outside the review card', () => {
  it('are worded in Korean in the browse table, the deck’s own prompts as written', async () => {
    setLocale('ko')
    const rows = [
      browseRow('timeline:mongolia-north-korea-2019:1', 'timeline', timelineEnglish, { code: 'timeline' }),
      browseRow('dispute:bolton:sources:0', 'sources', sourcesEnglish, sources),
      browseRow('mnk-bolton-visit:cloze', 'cloze', 'John Bolton was assigned to visit […] in 2019.'),
    ]
    mockIPC((cmd) => {
      if (cmd === 'browse') {
        return { query: '', error: null, total: 3, claims: 2, cards: 3, offset: 0, rows } as BrowsePage
      }
      if (cmd === 'browse_ids') return rows.map((r) => r.card)
    })
    const root = render(Browse, { onopenreading: () => {} })
    await settle()
    const cells = allByTestId(root, 'browse-row').map((r) => r.querySelector<HTMLElement>('.cell.text')!)
    expect(cells[0].textContent).toBe('이른 것부터 순서대로 놓으세요.')
    expect(cells[0].title).toBe('이른 것부터 순서대로 놓으세요.')
    expect(cells[1].textContent).toContain('출처마다 다름: When did Bolton visit? “in 2019”라고 하는 읽기 자료는 어느 것인가요?')
    expect(cells[2].textContent).toBe('John Bolton was assigned to visit […] in 2019.')
    expect(root.textContent).not.toContain('The readings disagree')
    expect(root.textContent).not.toContain(timelineEnglish)
  })

  it('are worded in Mongolian in the list of suspended cards and its button and message', async () => {
    setLocale('mn')
    const card: SuspendedCard = {
      id: 'dispute:bolton:sources:0',
      kind: 'sources',
      prompt: sourcesEnglish,
      frame: sources,
      reading: 'mongolia-north-korea-2019',
      reading_title: 'Mongolia and North Korea',
      leech: false,
      lapses: 0,
    }
    let list = [card]
    mockIPC((cmd) => {
      if (cmd === 'suspended_cards') return list
      if (cmd === 'set_suspended' || cmd === 'unsuspend') {
        list = []
        return list
      }
    })
    const root = render(SuspendedList, {})
    await settle()
    const worded = 'Эх сурвалжууд зөрнө. When did Bolton visit? Аль эх бичвэр “in 2019” гэж хэлдэг вэ?'
    expect(byTestId(root, 'suspended-item').querySelector('.prompt')!.textContent).toBe(worded)
    const button = byTestId<HTMLButtonElement>(root, 'unsuspend')
    expect(button.getAttribute('aria-label')).toBe(`Давтлагад буцааж оруулах: ${worded}`)
    button.click()
    await settle()
    expect(byTestId(root, 'suspended-status').textContent).toBe(`Давтлагад буцаж орлоо: ${worded}`)
    expect(root.textContent).not.toContain('The readings disagree')
  })

  it('are worded in Korean in the card history, in the interface language', async () => {
    setLocale('ko')
    mockIPC((cmd) => {
      if (cmd === 'card_history') {
        return { ...history, kind: 'timeline', prompt: timelineEnglish, frame: { code: 'timeline' } }
      }
    })
    const root = render(CardHistoryDialog, { cardId: 'timeline:mongolia-north-korea-2019:1', onclose: vi.fn() })
    await settle()
    const prompt = byTestId(document.body, 'history-prompt')
    expect(prompt.textContent).toBe('이른 것부터 순서대로 놓으세요.')
    expect(prompt.getAttribute('lang')).toBe('ko')
    expect(root.textContent).not.toContain(timelineEnglish)
  })

  it('keeps a card history’s own prompt as the deck writes it, in the deck’s language', async () => {
    setLocale('ko')
    mockIPC((cmd) => (cmd === 'card_history' ? history : undefined))
    render(CardHistoryDialog, { cardId: history.card, onclose: vi.fn() })
    await settle()
    const prompt = byTestId(document.body, 'history-prompt')
    expect(prompt.textContent).toBe(history.prompt)
    expect(prompt.getAttribute('lang')).toBeNull()
  })

  it('are worded in Mongolian in the undo toast', async () => {
    setLocale('mn')
    const undone: UndoResult = {
      undone: { card: 'dispute:bolton:sources:0', prompt: sourcesEnglish, frame: sources },
      session: sessionWithCard,
    }
    mockIPC((cmd) => {
      if (cmd === 'session') return sessionNextCard
      if (cmd === 'undo') return undone
    })
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
    await settle()
    press('z')
    await settle()
    expect(byTestId(root, 'toast').textContent).toBe(
      'Буцаалаа: Эх сурвалжууд зөрнө. When did Bolton visit? Аль эх бичвэр “in 2019” гэж хэлдэг вэ?',
    )
  })

  it('words a missed timeline’s right order with its dates in Korean in the quiz results', () => {
    setLocale('ko')
    const timeline = quizResult.misses.find((m) => m.kind === 'timeline')!
    const root = render(QuizResults, { result: { ...quizResult, misses: [timeline] }, onreview: vi.fn(), onnew: vi.fn() })
    const lines = Array.from(byTestId(root, 'quiz-miss-correct').querySelectorAll('li')).map((li) => li.textContent?.trim())
    expect(lines).toEqual([
      '2013년 10월: Elbegdorj visits Pyongyang',
      '2014년 6월: The first Ulaanbaatar Dialogue',
      '2015: Mongolia and North Korea sign a trade deal',
    ])
    expect(byTestId(root, 'quiz-miss-correct').textContent).not.toContain('October 2013')
  })

  it('words the claim form’s preview in Mongolian: frames, True and False, a timeline’s dates', async () => {
    setLocale('mn')
    const draft: ClaimDraft = {
      original_id: 'mnk-may-2014-meeting',
      reading: 'mongolia-north-korea-2019',
      id: 'mnk-may-2014-meeting',
      quote: 'a meeting',
      prefix: '',
      suffix: '',
      text: 'Mongolia arranged a meeting in May 2014.',
      answer: 'a meeting',
      question: '',
      kind: 'event',
      date: '2014-05-21',
      tags: [],
      conflicts_with: [],
      role: '',
      event: 'Mongolia arranges a meeting',
      distractors: [],
      false_statements: [],
    }
    const check: DraftCheck = {
      problems: [],
      cards: [
        {
          id: 'mnk-may-2014-meeting:true_false',
          kind: 'true_false',
          prompt: 'Mongolia arranged a meeting in May 2014.',
          answer: 'True',
          choices: ['True', 'False'],
          correct_order: [],
          dates: [],
        },
        {
          id: 'timeline:mongolia-north-korea-2019:1',
          kind: 'timeline',
          prompt: timelineEnglish,
          frame: { code: 'timeline' },
          answer: '1949: China is established\n21 May 2014: Mongolia arranges a meeting',
          choices: ['Mongolia arranges a meeting', 'China is established'],
          correct_order: [1, 0],
          dates: ['2014-05-21', '1949'],
        },
      ],
    }
    mockIPC((cmd) => (cmd === 'check_claim' ? check : undefined))
    vi.useFakeTimers()
    const root = render(ClaimForm, { deck: 'mine', draft, onsaved: () => {}, onclose: () => {} })
    await vi.advanceTimersByTimeAsync(400)
    vi.useRealTimers()
    await settle()
    const [trueFalse, timeline] = allByTestId(root, 'preview-card')
    expect(trueFalse.textContent).toContain('Үнэн · Худал')
    expect(trueFalse.querySelector('.answer')!.textContent).toContain('Үнэн')
    expect(trueFalse.textContent).not.toContain('True')
    expect(timeline.querySelector('.prompt')!.textContent).toBe(
      'Эдгээрийг хамгийн эртнийхээс нь эхлэн он дараалалд оруулна уу.',
    )
    expect(timeline.querySelector('.answer')!.textContent).toContain('1949: China is established')
    expect(timeline.querySelector('.answer')!.textContent).toContain('Mongolia arranges a meeting')
    expect(timeline.querySelector('.answer')!.textContent).not.toContain('May 2014')
  })
})
