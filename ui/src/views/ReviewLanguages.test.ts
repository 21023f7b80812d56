// The review screen and its cards in Korean and Mongolian, and its counts in each language.
import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import OrderList from '../components/OrderList.svelte'
import ReviewDone from '../components/ReviewDone.svelte'
import SourcesDiffer from '../components/SourcesDiffer.svelte'
import SuspendedList from '../components/SuspendedList.svelte'
import TypedDiff from '../components/cards/TypedDiff.svelte'
import type { AnswerCheck } from '../lib/bindings/AnswerCheck'
import type { ConflictNote } from '../lib/bindings/ConflictNote'
import type { Session } from '../lib/bindings/Session'
import type { SuspendedCard } from '../lib/bindings/SuspendedCard'
import { setLocale } from '../lib/i18n.svelte'
import {
  conflictCard,
  multipleChoiceCard,
  sessionDone,
  sessionNextCard,
  sessionOf,
  sessionWithCard,
  trueFalseCard,
  typedCard,
} from '../test/fixtures'
import { allByTestId, byTestId, press, render, settle, visibleText } from '../test/render'
import Review from './Review.svelte'

afterEach(() => {
  vi.useRealTimers()
})

async function start(first: Session, check?: AnswerCheck) {
  mockIPC((cmd) => {
    if (cmd === 'session') return first
    if (cmd === 'check_answer') return check
    if (cmd === 'set_suspended') return sessionNextCard
    if (cmd === 'undo') return { undone: null, session: first }
  })
  const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
  await settle()
  return root
}

/** Text with its runs of white space made one space. */
const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? ''
/** Each of today's counts as it reads. */
const counts = (root: HTMLElement) => Array.from(root.querySelectorAll('ul.counts li')).map(text)
const done = (reviewed: number, next_due: string | null = null) =>
  render(ReviewDone, { session: { ...sessionDone, reviewed_today: reviewed, next_due }, onlibrary: vi.fn() })
const leech = (lapses: number): SuspendedCard => ({
  id: `leech-${lapses}:typed`,
  kind: 'typed',
  prompt: `Leech with ${lapses}`,
  reading: 'mongolia-north-korea-2019',
  reading_title: 'Mongolia and North Korea',
  leech: true,
  lapses,
})

async function suspendedList(cards: SuspendedCard[]) {
  mockIPC((cmd) => (cmd === 'suspended_cards' ? cards : undefined))
  const root = render(SuspendedList, {})
  await settle()
  return root
}

describe('Review in Korean', () => {
  it('asks, reveals and grades in Korean, the counts named before their numbers', async () => {
    setLocale('ko')
    const root = await start(sessionWithCard)
    expect(byTestId(root, 'card-kind').textContent).toBe('빈칸 채우기')
    expect(byTestId(root, 'show-answer').textContent).toContain('정답 보기')
    expect(byTestId(root, 'prompt').querySelector('.visually-hidden')?.textContent).toBe('빈칸')
    expect(byTestId(root, 'card').getAttribute('aria-label')).toBe('카드')
    expect(root.querySelector('ul.counts')?.getAttribute('aria-label')).toBe('오늘 공부할 카드')
    expect(counts(root)).toEqual(['새 카드 20', '학습 중 3', '복습할 차례 7'])
    expect(byTestId(root, 'count-new').textContent).toBe('20')
    expect(byTestId(root, 'session-progress').getAttribute('aria-label')).toBe('오늘의 복습')
    expect(byTestId(root, 'session-progress').getAttribute('aria-valuetext')).toBe('오늘 4장에 답했고 30장 남았어요')
    expect(byTestId(root, 'undo').textContent).toContain('마지막 답 되돌리기')
    expect(byTestId(root, 'suspend').textContent).toContain('카드 보류')

    press(' ')
    expect(byTestId(root, 'grade-again').textContent).toContain('다시')
    expect(byTestId(root, 'grade-hard').textContent).toContain('어려움')
    expect(byTestId(root, 'grade-good').textContent).toContain('좋음')
    expect(byTestId(root, 'grade-easy').textContent).toContain('쉬움')
    // The intervals come from the core in seconds and are worded in Korean.
    expect(byTestId(root, 'grade-good').textContent).toContain('10분')
    expect(byTestId(root, 'grade-easy').textContent).toContain('2일')
    expect(root.querySelector('.grades')?.getAttribute('aria-label')).toBe('얼마나 잘 기억했나요?')
    const source = root.querySelector('aside.source')!
    expect(source.getAttribute('aria-label')).toBe('출처')
    expect(text(source.querySelector('.from')!)).toBe('출처: Mongolia and North Korea')
    expect(source.querySelector('cite')?.textContent).toBe('Mongolia and North Korea')
    expect(byTestId(root, 'open-source').textContent).toContain('읽기 자료에서 열기')
  })

  it('says what was done in a toast', async () => {
    setLocale('ko')
    const root = await start(sessionWithCard)
    press('s')
    await settle()
    expect(byTestId(root, 'toast').textContent).toBe('카드를 보류했어요')
    press('z')
    await settle()
    expect(byTestId(root, 'toast').textContent).toBe('되돌릴 답이 없어요')
  })

  it('marks a multiple choice pick and suggests a grade', async () => {
    setLocale('ko')
    const root = await start(sessionOf(multipleChoiceCard), {
      outcome: 'wrong',
      suggested: 'again',
      correct_answer: 'a resolutely middle road',
    })
    expect(byTestId(root, 'card-kind').textContent).toBe('객관식')
    expect(root.textContent).toContain('보기를 누르거나 번호 키를 눌러 고르세요.')
    press('2')
    await settle()
    expect(byTestId(root, 'choice-1').textContent).toContain('내 답: 오답')
    expect(byTestId(root, 'choice-3').textContent).toContain('정답')
    expect(byTestId(root, 'verdict').textContent).toBe('아쉬워요.')
    expect(byTestId(root, 'grade-again').textContent).toContain('추천')
  })

  it('words a true-or-false card’s options and answer in Korean, and still sends the choice', async () => {
    setLocale('ko')
    const root = await start(sessionOf(trueFalseCard), { outcome: 'exact', suggested: 'good', correct_answer: 'False' })
    expect(text(byTestId(root, 'choice-0'))).toContain('참')
    expect(text(byTestId(root, 'choice-1'))).toContain('거짓')
    expect(root.textContent).not.toMatch(/\b(True|False)\b/)
    press('f')
    await settle()
    expect(byTestId(root, 'answer').textContent).toBe('거짓')
    expect(byTestId(root, 'choice-1').textContent).toContain('정답')
  })

  it('checks a typed answer and explains the comparison', async () => {
    setLocale('ko')
    const root = await start(sessionOf(typedCard), {
      outcome: 'close',
      suggested: 'hard',
      correct_answer: 'Russia and China',
    })
    expect(root.querySelector('label')?.textContent).toBe('내 답')
    expect(byTestId(root, 'typed-submit').textContent).toContain('확인')
    const input = byTestId<HTMLInputElement>(root, 'typed-input')
    input.value = 'Russia and Chna'
    input.dispatchEvent(new Event('input', { bubbles: true }))
    byTestId(root, 'typed-submit').click()
    await settle()
    expect(text(byTestId(root, 'typed-outcome'))).toBe('거의 정답 — 작은 실수가 있어요.')
    expect(text(root.querySelector('.legend')!)).toBe('밑줄: 빠진 글자 · 취소선: 정답에 없는 글자')
    expect(root.querySelector('.legend ins')?.textContent).toBe('밑줄')
    expect(root.querySelector('.legend del')?.textContent).toBe('취소선')
  })

  it('names where sources differ, the reading before its version', () => {
    setLocale('ko')
    const conflict: ConflictNote = {
      ...conflictCard.conflicts[0],
      cited_as: 'Mendee (2015)',
      question: 'When did Bolton visit Mongolia?',
      says: '2018',
      note: 'Each cites a different newspaper.',
    }
    const root = render(SourcesDiffer, { conflicts: [conflict], onopen: vi.fn() })
    expect(root.querySelector('h3')?.textContent).toContain('출처마다 다름')
    expect(byTestId(root, 'conflict-note').textContent).toBe('편집자 주: Each cites a different newspaper.')
    expect(text(root.querySelector('.from')!)).toBe('Mendee (2015)에 따르면: 2018')
    expect(byTestId(root, 'conflict-reading').textContent).toBe('Mendee (2015)')
    expect(byTestId(root, 'conflict-says').textContent).toBe('2018')
    expect(byTestId(root, 'conflict-quote').textContent).toBe(`“${conflict.quote}”`)
    expect(visibleText(byTestId(root, 'open-conflict'))).toBe('그 읽기 자료에서 열기')
    expect(byTestId(root, 'open-conflict').querySelector('.visually-hidden')?.textContent).toBe(
      `읽기 자료에서 열기: ${conflict.reading_title}`,
    )
  })

  it('says when the next card comes, and counts without a plural', () => {
    setLocale('ko', ['ko-KR'])
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 2, 2, 8, 0))
    const root = done(1, new Date(2026, 2, 3, 9, 0).toISOString())
    expect(root.querySelector('h2')?.textContent).toBe('모두 마쳤어요')
    expect(byTestId(root, 'reviewed-today').textContent).toBe('오늘 카드 1장을 복습했어요.')
    expect(byTestId(root, 'next-due').textContent?.trim()).toMatch(/^다음 카드는 내일 .*09:00에 복습할 차례가 돼요\.$/)
    expect(root.querySelector('time')).not.toBeNull()
    expect(byTestId(done(2), 'reviewed-today').textContent).toBe('오늘 카드 2장을 복습했어요.')
    expect(byTestId(done(0), 'reviewed-today').textContent).toBe('오늘은 아직 복습한 카드가 없어요.')
  })

  it('announces a moved item in Korean word order', () => {
    setLocale('ko')
    const root = render(OrderList, {
      items: ['A', 'B', 'C'],
      locked: false,
      submitted: null,
      testids: { item: 'item', check: 'check' },
      oncheck: vi.fn(),
    })
    expect(root.querySelector('ol')?.getAttribute('aria-label')).toBe('항목, 이른 순서대로')
    expect(byTestId(root, 'check').textContent).toContain('순서 확인')
    const [first] = allByTestId(root, 'item')
    press('ArrowDown', { altKey: true }, first)
    expect(root.textContent).toContain('A: 3개 중 2번째로 옮겼어요.')
  })

  it('follows a change of language at once', async () => {
    const root = await start(sessionWithCard)
    expect(byTestId(root, 'card-kind').textContent).toBe('Fill the gap')
    expect(counts(root)).toEqual(['20 new', '3 learning', '7 due'])
    setLocale('ko')
    flushSync()
    expect(byTestId(root, 'card-kind').textContent).toBe('빈칸 채우기')
    expect(counts(root)).toEqual(['새 카드 20', '학습 중 3', '복습할 차례 7'])
  })
})

describe('Review in Mongolian', () => {
  it('asks, reveals and grades in Mongolian', async () => {
    setLocale('mn')
    const root = await start(sessionWithCard)
    expect(byTestId(root, 'card-kind').textContent).toBe('Хоосон зайг нөхөх')
    expect(byTestId(root, 'show-answer').textContent).toContain('Хариултыг харах')
    expect(counts(root)).toEqual(['20 шинэ', '3 сурч буй', '7 давтах'])
    expect(byTestId(root, 'session-progress').getAttribute('aria-valuetext')).toBe('Өнөөдөр 4 хариулсан, 30 карт үлдсэн')
    press(' ')
    expect(byTestId(root, 'grade-again').textContent).toContain('Дахин')
    expect(byTestId(root, 'grade-hard').textContent).toContain('Хэцүү')
    expect(byTestId(root, 'grade-good').textContent).toContain('Сайн')
    expect(byTestId(root, 'grade-easy').textContent).toContain('Амархан')
    expect(byTestId(root, 'source-quote').textContent).toBe(`«${sessionWithCard.card!.source.quote}»`)
    expect(text(root.querySelector('aside.source .from')!)).toBe('Эх бичвэр: Mongolia and North Korea')
  })

  it('names the study focus and the way back to everything', async () => {
    setLocale('mn')
    const root = await start({ ...sessionWithCard, focus: 'mongolia-north-korea-2019' })
    expect(text(byTestId(root, 'study-focus'))).toBe('Давтаж буй эх бичвэр: Mongolia and North Korea Бүгдийг давтах')
  })

  it('counts the cards reviewed today: none, one and many', () => {
    setLocale('mn')
    expect(byTestId(done(0), 'reviewed-today').textContent).toBe('Өнөөдөр хараахан карт давтаагүй байна.')
    expect(byTestId(done(1), 'reviewed-today').textContent).toBe('Өнөөдөр нэг карт давтлаа.')
    expect(byTestId(done(2), 'reviewed-today').textContent).toBe('Өнөөдөр 2 карт давтлаа.')
    expect(done(2).querySelector('button')?.textContent).toBe('Номын сан руу буцах')
  })

  it('lists suspended cards and counts a leech’s lapses: one and many', async () => {
    setLocale('mn')
    const root = await suspendedList([leech(1), leech(8)])
    expect(text(byTestId(root, 'suspended-list').querySelector('h2')!)).toBe('Түр хассан картууд (2)')
    const [one, many] = allByTestId(root, 'suspended-item')
    expect(byTestId(one, 'leech-badge').textContent).toBe('Гацсан карт, нэг удаа мартсан')
    expect(byTestId(many, 'leech-badge').textContent).toBe('Гацсан карт, 8 удаа мартсан')
    expect(one.textContent).toContain('Хариултаа бичих · Mongolia and North Korea')
    expect(byTestId(one, 'unsuspend').textContent).toBe('Сэргээх')
    expect(byTestId(one, 'unsuspend').getAttribute('aria-label')).toBe('Давтлагад буцааж оруулах: Leech with 1')
  })

  it('explains a typed comparison', () => {
    setLocale('mn')
    const root = render(TypedDiff, { typed: 'Rusia', answer: 'Russia' })
    expect(root.querySelector('.answer-label')?.textContent).toBe('Таны хариулт ба зөв хариулт')
    expect(root.querySelector('ins[title]')?.getAttribute('title')).toBe('дутуу')
    expect(text(root.querySelector('.legend')!)).toBe('доогуур зурсан: дутуу · дарж зурсан: хариултад байхгүй')
  })
})

describe('Review counts in English', () => {
  it('counts the cards reviewed today and a leech’s lapses: none, one and many', async () => {
    expect(byTestId(done(0), 'reviewed-today').textContent).toBe('No cards reviewed yet today.')
    expect(byTestId(done(1), 'reviewed-today').textContent).toBe('You reviewed one card today.')
    expect(byTestId(done(2), 'reviewed-today').textContent).toBe('You reviewed 2 cards today.')
    const root = await suspendedList([leech(1), leech(2)])
    expect(allByTestId(root, 'leech-badge').map((b) => b.textContent)).toEqual(['Leech, 1 lapse', 'Leech, 2 lapses'])
    expect(text(byTestId(root, 'suspended-list').querySelector('h2')!)).toBe('Suspended cards (2)')
  })

  it('reads out the session’s progress for one review and many', async () => {
    const one = await start({ ...sessionDone, reviewed_today: 1, today: { new: 0, learning: 1, review: 0 } })
    expect(byTestId(one, 'session-progress').getAttribute('aria-valuetext')).toBe('1 answered today, 1 card to go')
    const many = await start(sessionWithCard)
    expect(byTestId(many, 'session-progress').getAttribute('aria-valuetext')).toBe('4 answered today, 30 cards to go')
  })
})
