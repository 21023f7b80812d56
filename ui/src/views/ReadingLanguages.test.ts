import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ErrorBox from '../components/ErrorBox.svelte'
import Loading from '../components/Loading.svelte'
import type { LibraryView } from '../lib/bindings/LibraryView'
import type { OpenProblem } from '../lib/bindings/OpenProblem'
import type { ReadingView } from '../lib/bindings/ReadingView'
import { setLocale } from '../lib/i18n.svelte'
import { libraryView, readingView } from '../test/fixtures'
import { allByTestId, byTestId, render, settle } from '../test/render'
import Library from './Library.svelte'
import Reading from './Reading.svelte'
import Recovery from './Recovery.svelte'

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
})

/** The fixture with cards on the Bolton claim, a reading that disagrees, and editor-added fields. */
function annotated(): ReadingView {
  const view = structuredClone(readingView)
  view.citation.editor_added = ['title', 'publisher']
  view.citation.editor_note = 'from the site’s footer'
  const bolton = view.claims.find((note) => note.id === 'mnk-bolton-visit')!
  bolton.cards = [
    {
      id: 'mnk-bolton-visit:cloze',
      kind: 'cloze',
      phase: 'review',
      due: '2031-05-04T09:30:00+00:00',
      suspended: false,
      leech: true,
    },
    { id: 'mnk-bolton-visit:qa', kind: 'qa', phase: 'new', due: null, suspended: true, leech: false },
  ]
  bolton.conflicts = [
    {
      claim: 'bt-bolton-2018',
      reading: 'breakthrough-2015',
      reading_title: 'A Potential Breakthrough',
      cited_as: 'Mendee (2015)',
      question: '',
      says: '',
      note: null,
      text: 'Bolton visited Mongolia in 2018.',
      quote: 'Bolton came to Ulaanbaatar in 2018',
    },
  ]
  return view
}

async function openReading(view: ReadingView = annotated()) {
  mockIPC((cmd) => (cmd === 'reading' ? view : undefined))
  const root = render(Reading, { id: 'mongolia-north-korea-2019', onback: vi.fn(), onstudy: vi.fn(), onquiz: vi.fn() })
  await settle()
  return root
}

/** Opens the claim panel of the nth highlight and returns its heading. */
function panelHeading(root: HTMLElement, highlight: number): string {
  allByTestId(root, 'highlight')[highlight].click()
  flushSync()
  return byTestId(document.body, 'claim-panel').querySelector('h2')!.textContent!
}

async function openLibrary(view: LibraryView = libraryView) {
  mockIPC((cmd) => (cmd === 'library' ? view : cmd === 'suspended' ? [] : undefined))
  const root = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn(), onquiz: vi.fn() })
  await settle()
  return root
}

const damaged: OpenProblem = {
  error: { code: 'db_corrupt', message: '`/data/steppe.sqlite` is damaged (malformed); Steppe leaves it untouched.' },
  recoverable: true,
  newest_backup: 'steppe-20260105T010000-daily.sqlite',
  kept_as: 'steppe.sqlite.damaged-<time>',
}

describe('The reading in other interface languages', () => {
  it('says Claim for one claim and counts several, in English', async () => {
    const root = await openReading()
    expect(panelHeading(root, 2)).toBe('Claim')
    byTestId(document.body, 'close-claim-panel').click()
    flushSync()
    expect(panelHeading(root, 3)).toBe('2 claims')
  })

  it('speaks Korean around the reading and leaves the reading itself as it is', async () => {
    setLocale('ko')
    const root = await openReading()
    expect(byTestId(root, 'back').textContent).toBe('← 서재')
    // The reading keeps its own language, for screen readers and fonts.
    expect(byTestId(root, 'reading-text').getAttribute('lang')).toBe('en')
    expect(byTestId(root, 'study-this-reading').textContent).toBe('이 읽기 자료 학습')
    expect(byTestId(root, 'quiz-this-reading').textContent).toBe('이 읽기 자료로 퀴즈')
    expect(byTestId(root, 'conflict-legend').textContent).toContain('물결 밑줄')
    expect(root.querySelector('#notes-heading')?.textContent).toBe('주석')
    expect(root.querySelector('sup button[data-fnref="1"]')?.getAttribute('aria-label')).toBe('주석 1')
    expect(root.querySelector('#fn-1 .back-ref')?.getAttribute('aria-label')).toBe('본문으로 돌아가기 (주석 1)')
    expect(root.querySelector('.url')?.textContent).toContain('출처:')
    expect(byTestId(root, 'editor-note').textContent).toContain('편집자가 추가했어요: from the site’s footer')
    expect(byTestId(root, 'editor-added-publisher').getAttribute('title')).toBe('편집자가 추가함: from the site’s footer')
    expect(byTestId(root, 'editor-added-title').getAttribute('title')).toBe('편집자가 추가함')
    // The reading, its citation and its claims are never translated.
    expect(root.querySelector('h1')?.textContent).toContain('Mongolia and North Korea')
    expect(root.querySelector('.text p')?.textContent).toContain('largest contiguous land empire')

    expect(panelHeading(root, 2)).toBe('진술')
    const panel = byTestId(document.body, 'claim-panel')
    expect(byTestId(panel, 'panel-claim-text').textContent).toContain('John Bolton was assigned')
    const cards = allByTestId(panel, 'panel-card')
    expect(byTestId(cards[0], 'panel-card-phase').textContent).toBe('복습')
    expect(byTestId(cards[0], 'panel-card-due').textContent).toMatch(/^다음 복습: .*2031/)
    expect(byTestId(cards[0], 'badge-leech').textContent).toBe('자주 잊음')
    expect(byTestId(cards[1], 'panel-card-phase').textContent).toBe('새 카드')
    expect(byTestId(cards[1], 'panel-card-due').textContent).toBe('아직 학습하지 않음')
    expect(byTestId(cards[1], 'badge-suspended').textContent).toBe('보류됨')
    expect(byTestId(panel, 'close-claim-panel').textContent).toBe('닫기')
    byTestId(panel, 'close-claim-panel').click()
    flushSync()
    expect(panelHeading(root, 3)).toBe('진술 2개')

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    flushSync()
    allByTestId(root, 'highlight')[0].dispatchEvent(new MouseEvent('mouseenter'))
    flushSync()
    expect(byTestId(document.body, 'claim-popover').querySelector('.heading')?.textContent).toBe('진술')
  })

  it('speaks Mongolian, with one claim and several', async () => {
    setLocale('mn')
    const root = await openReading()
    expect(byTestId(root, 'study-this-reading').textContent).toBe('Энэ эх бичвэрээр суралцах')
    expect(root.querySelector('#notes-heading')?.textContent).toBe('Зүүлт тайлбар')
    expect(byTestId(root, 'editor-note').textContent).toContain('Эх сурвалжид дурдаагүй')
    expect(panelHeading(root, 2)).toBe('Мэдэгдэл')
    const cards = allByTestId(byTestId(document.body, 'claim-panel'), 'panel-card')
    expect(byTestId(cards[0], 'panel-card-phase').textContent).toBe('Давтлага')
    expect(byTestId(cards[1], 'badge-suspended').textContent).toBe('Түр хассан')
    byTestId(document.body, 'close-claim-panel').click()
    flushSync()
    expect(panelHeading(root, 3)).toBe('2 мэдэгдэл')
  })

  it('says while the reading opens and when it cannot, in Korean', async () => {
    setLocale('ko')
    mockIPC(() => new Promise(() => {}))
    const waiting = render(Reading, { id: 'slow', onback: vi.fn() })
    await settle()
    expect(waiting.querySelector('[role="status"]')?.textContent).toBe('읽기 자료를 여는 중…')

    mockIPC(() => {
      throw { code: 'not_found', message: 'Not found: reading `nope`.' }
    })
    const failed = render(Reading, { id: 'nope', onback: vi.fn() })
    await settle()
    // The core's message stays as the core wrote it; the button is ours.
    expect(byTestId(failed, 'error').textContent).toContain('Not found: reading `nope`.')
    expect(failed.querySelector('[role="alert"] button')?.textContent).toBe('다시 시도')
  })
})

describe('The library in other interface languages', () => {
  it('counts claims in Korean', async () => {
    setLocale('ko')
    const root = await openLibrary()
    expect(root.querySelector('#today-heading')?.textContent).toBe('오늘')
    expect(root.querySelector('#readings-heading')?.textContent).toBe('읽기 자료')
    expect(byTestId(root, 'deck-language').textContent?.trim()).toBe('읽기 자료와 카드 언어: 영어')
    expect(root.querySelector('h1')?.getAttribute('lang')).toBe('en')
    expect(byTestId(root, 'study-all').textContent?.trim()).toBe('지금 학습')
    const progress = allByTestId(root, 'reading-progress')
    expect(progress[0].textContent).toContain('0개 학습함 · 0개 숙달함 · 진술 31개')
    expect(progress[1].textContent).toContain('진술 1개')
    expect(progress[0].querySelector('.bar')?.getAttribute('aria-label')).toBe('진술 31개 중 0개 학습함, 0개 숙달함')
    const study = allByTestId(root, 'study-reading')[1]
    expect(study.textContent).toBe('학습')
    expect(study.getAttribute('aria-label')).toBe('이 읽기 자료 학습: Mongolia and North Korea')
    expect(allByTestId(root, 'quiz-reading')[1].getAttribute('aria-label')).toBe(
      '이 읽기 자료로 퀴즈: Mongolia and North Korea',
    )
  })

  it('counts one claim and several in Mongolian', async () => {
    setLocale('mn')
    const view = structuredClone(libraryView)
    view.readings[0] = { ...view.readings[0], claims: 20, claims_seen: 10, claims_mastered: 5 }
    const root = await openLibrary(view)
    expect(root.querySelector('#today-heading')?.textContent).toBe('Өнөөдөр')
    expect(byTestId(root, 'study-all').textContent?.trim()).toBe('Одоо суралцах')
    const progress = allByTestId(root, 'reading-progress')
    expect(progress[0].textContent).toContain('10 үзсэн · 5 эзэмшсэн · 20 мэдэгдэл')
    expect(progress[1].textContent).toContain('0 үзсэн · 0 эзэмшсэн · 1 мэдэгдэл')
    expect(progress[1].querySelector('.bar')?.getAttribute('aria-label')).toBe('Нийт 1 мэдэгдэл: үзсэн 0, эзэмшсэн 0')
    expect(allByTestId(root, 'quiz-reading')[0].textContent).toBe('Энэ эх бичвэрээр сорил өгөх')
  })

  it('reads one claim and several out for the bar in English', async () => {
    const root = await openLibrary()
    const bars = allByTestId(root, 'reading-progress').map((p) => p.querySelector('.bar')?.getAttribute('aria-label'))
    expect(bars).toEqual(['0 of 31 claims seen, 0 mastered', '0 of 1 claim seen, 0 mastered'])
  })
})

describe('The shared notices and the recovery screen in other interface languages', () => {
  it('waits and offers to try again in Mongolian', () => {
    setLocale('mn')
    expect(render(Loading, {}).textContent).toBe('Ачаалж байна…')
    const retry = render(ErrorBox, { message: 'The study database could not be opened.', onretry: vi.fn() })
    expect(retry.querySelector('button')?.textContent).toBe('Дахин оролдох')
  })

  it('offers the ways out in Korean, with the file names whole', () => {
    setLocale('ko')
    const root = render(Recovery, { problem: damaged, onrecovered: vi.fn() })
    expect(byTestId(root, 'recovery-heading').textContent).toBe('학습 데이터를 열 수 없었어요')
    expect(byTestId(root, 'error').textContent).toContain('is damaged')
    expect(byTestId(root, 'restore-newest').textContent?.trim()).toBe('최신 백업 복원')
    expect(root.textContent).toContain('steppe-20260105T010000-daily.sqlite 파일을 복원해요.')
    expect(byTestId(root, 'start-fresh').textContent?.trim()).toBe('새로 시작')
    expect(root.textContent).toContain('손상된 파일은 steppe.sqlite.damaged-<time> 이름으로 따로 보관해요.')
    expect(byTestId(root, 'quit').textContent).toBe('종료')
  })

  it('says Steppe is already open in Mongolian', () => {
    setLocale('mn')
    const root = render(Recovery, {
      problem: { ...damaged, error: { code: 'already_open', message: 'Steppe is already open.' }, recoverable: false },
      onrecovered: vi.fn(),
    })
    expect(byTestId(root, 'recovery-heading').textContent).toBe('Steppe аль хэдийн нээлттэй байна')
    expect(byTestId(root, 'quit').textContent).toBe('Гарах')
  })
})
