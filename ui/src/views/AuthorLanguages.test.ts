import { mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AuthorReading } from '../lib/bindings/AuthorReading'
import type { ClaimDraft } from '../lib/bindings/ClaimDraft'
import type { Coverage } from '../lib/bindings/Coverage'
import type { DeckOutline } from '../lib/bindings/DeckOutline'
import type { DeckSummary } from '../lib/bindings/DeckSummary'
import type { Settings as SettingsValue } from '../lib/bindings/Settings'
import { setLocale } from '../lib/i18n.svelte'
import ClaimForm from '../components/author/ClaimForm.svelte'
import CoveragePanel from '../components/author/CoveragePanel.svelte'
import DeckExchange from '../components/DeckExchange.svelte'
import { deckSummary, defaultSettings, importReport, userDeck } from '../test/fixtures'
import { allByTestId, byTestId, render, settle } from '../test/render'
import Author from './Author.svelte'
import Decks from './Decks.svelte'
import Settings from './Settings.svelte'

// The Author, Decks and Settings views in Korean and Mongolian: their own words are translated,
// counts take the language's plural, and what comes from the deck stays as it is.

afterEach(() => {
  delete document.documentElement.dataset.theme
  document.documentElement.style.fontSize = ''
  vi.useRealTimers()
})

const builtin = deckSummary({ readings: 1, cards: 1 })
const oneProblem = userDeck({
  id: 'draft-one',
  title: 'Draft one',
  readings: 2,
  claims: 1,
  cards: 0,
  problems: [{ location: 'readings/001-x.md:1:1', code: 'reading-without-claims', args: { id: 'x' } }],
})
const twoProblems: DeckSummary = {
  ...oneProblem,
  id: 'draft-two',
  title: 'Draft two',
  problems: [
    { location: 'readings/001-x.md:1:1', code: 'reading-without-claims', args: { id: 'x' } },
    { location: 'claims/001-x.toml:3:1', code: 'claim-id-not-kebab', args: { id: 'Y' } },
  ],
}

async function renderDecks() {
  mockIPC((cmd) => (cmd === 'decks' ? [builtin, oneProblem, twoProblems] : undefined))
  const root = render(Decks, { onauthor: () => {} })
  await settle()
  return root
}

describe('Decks in other languages', () => {
  it('counts readings, claims, cards and problems with the plural of English', async () => {
    const items = allByTestId(await renderDecks(), 'deck-item')
    expect(items[0].textContent).toContain('1 reading · 230 claims · 1 card')
    expect(items[1].textContent).toContain('2 readings · 1 claim · 0 cards')
    expect(byTestId(items[1], 'deck-problems').textContent).toContain('1 problem: edit the deck')
    expect(byTestId(items[2], 'deck-problems').textContent).toContain('2 problems: edit the deck')
    // Each problem at its place, worded from its code.
    expect(byTestId(items[1], 'deck-problems').textContent).toContain('readings/001-x.md:1:1: reading `x` has no claims')
  })

  it('speaks Korean', async () => {
    setLocale('ko')
    const root = await renderDecks()
    const items = allByTestId(root, 'deck-item')
    expect(root.querySelector('h1')!.textContent).toBe('덱')
    expect(items[0].textContent).toContain('읽기 자료 1개 · 진술 230개 · 카드 1장')
    expect(byTestId(items[0], 'deck-active').textContent).toBe('사용 중')
    expect(byTestId(items[0], 'deck-fork').textContent).toBe('사본 만들기')
    expect(byTestId(items[1], 'deck-problems').textContent).toContain('문제 1개')
    expect(byTestId(items[2], 'deck-problems').textContent).toContain('문제 2개')
    expect(byTestId(items[1], 'deck-problems').textContent).toContain('readings/001-x.md:1:1: 읽기 자료 `x`에 진술이 없어요')
    expect(byTestId(items[1], 'deck-edit').getAttribute('aria-label')).toBe('“Draft one” 편집')
    // The deck's own words are not translated.
    expect(items[0].textContent).toContain('Mongolia and the Two Koreas')
    expect(byTestId(root, 'export-csv').textContent).toBe('.csv로 내보내기')
  })

  it('speaks Mongolian, one and many alike', async () => {
    setLocale('mn')
    const root = await renderDecks()
    const items = allByTestId(root, 'deck-item')
    expect(root.querySelector('h1')!.textContent).toBe('Багцууд')
    expect(items[0].textContent).toContain('1 эх бичвэр · 230 мэдэгдэл · 1 карт')
    expect(items[1].textContent).toContain('2 эх бичвэр · 1 мэдэгдэл · 0 карт')
    expect(byTestId(items[1], 'deck-problems').textContent).toContain('1 асуудал: суралцахын тулд')
    expect(byTestId(items[2], 'deck-problems').textContent).toContain('2 асуудал: суралцахын тулд')
    expect(byTestId(items[2], 'deck-problems').textContent).toContain(
      'claims/001-x.toml:3:1: `Y` гэсэн мэдэгдлийн id kebab-case хэлбэртэй биш байна',
    )
    expect(byTestId<HTMLButtonElement>(items[1], 'deck-switch').textContent).toBe('Энэ багцаар суралцах')

    byTestId<HTMLButtonElement>(items[1], 'deck-delete').click()
    await settle()
    expect(items[1].textContent).toContain('«Draft one» багцыг хогийн сав руу зөөх үү?')
  })
})

describe('Deck files in other languages', () => {
  const report = (added: number) =>
    importReport({
      version: '1.1.0',
      previous_version: '1.0.0',
      added: Array.from({ length: added }, (_, i) => `new-${i}`),
      changed: ['bt-rounds'],
    })

  async function importing(added: number): Promise<string> {
    mockIPC((cmd) => (cmd === 'import_deck' ? report(added) : undefined))
    const root = render(DeckExchange, {})
    byTestId<HTMLButtonElement>(root, 'import-deck').click()
    await settle()
    return byTestId(root, 'exchange-message').textContent ?? ''
  }

  it('says what an import did in English, Korean and Mongolian', async () => {
    expect(await importing(2)).toBe('Updated “Class deck” from 1.0.0 to 1.1.0: 2 claims added, 0 removed, 1 changed.')
    setLocale('ko')
    expect(await importing(1)).toBe('“Class deck” 덱을 업데이트했어요(1.0.0 → 1.1.0). 진술 1개 추가, 0개 삭제, 1개 변경.')
    setLocale('mn')
    expect(await importing(1)).toContain('1 мэдэгдэл нэмэгдсэн')
    expect(await importing(3)).toBe(
      '«Class deck» багцыг шинэчиллээ (1.0.0 → 1.1.0): 3 мэдэгдэл нэмэгдсэн, 0 хасагдсан, 1 өөрчлөгдсөн.',
    )
  })
})

const outline: DeckOutline = {
  id: 'mine',
  title: 'Mine',
  problems: [
    {
      rule: 'reading-without-claims',
      code: 'reading-without-claims',
      args: { id: 'x' },
      message: 'reading `x` has no claims',
      hint: null,
      location: 'readings/x.md:1:1',
      claim: null,
      field: null,
    },
  ],
  readings: [
    { id: 'r1', title: 'Reading One', claims: [{ id: 'r1-talks', text: 'Talks were held.', kind: 'event' }] },
    {
      id: 'r2',
      title: 'Reading Two',
      claims: [
        { id: 'r2-a', text: 'A.', kind: 'event' },
        { id: 'r2-b', text: 'B.', kind: 'event' },
      ],
    },
  ],
}

const reading: AuthorReading = {
  draft: { is_new: false, id: 'r1', title: 'Reading One', author: '', publisher: 'P', published: '2015', url: '', body: '' },
  blocks: [{ kind: { type: 'paragraph' }, text: 'Talks were held.', quotes: [{ start: 0, end: 16, claim: 'r1-talks' }] }],
}

async function renderAuthor(decks: DeckSummary[]) {
  mockIPC((cmd) => {
    if (cmd === 'decks') return decks
    if (cmd === 'author_outline') return outline
    if (cmd === 'author_reading') return reading
  })
  const root = render(Author, { ondecks: () => {} })
  await settle()
  await settle()
  return root
}

describe('Author in other languages', () => {
  it('says in Korean that the built-in deck cannot be changed', async () => {
    setLocale('ko')
    const root = await renderAuthor([builtin])
    expect(byTestId(root, 'author-readonly').textContent).toBe(
      '“Mongolia and the Two Koreas” 덱은 기본 덱이라 바꿀 수 없어요. 사본을 만들어서 그 사본을 편집하세요.',
    )
    expect(byTestId(root, 'author-fork').textContent).toBe('사본 만들기')
  })

  it('lists the readings with their claims in English and Mongolian, one and many', async () => {
    const mine = { ...oneProblem, id: 'mine', active: true, problems: [] }
    let root = await renderAuthor([mine])
    let readings = allByTestId(root, 'author-reading').map((r) => r.textContent)
    expect(readings).toEqual(['Reading One · 1 claim', 'Reading Two · 2 claims'])
    expect(byTestId(root, 'author-problems').textContent).toContain('1 problem in the deck')

    document.body.replaceChildren()
    setLocale('mn')
    root = await renderAuthor([mine])
    readings = allByTestId(root, 'author-reading').map((r) => r.textContent)
    expect(readings).toEqual(['Reading One · 1 мэдэгдэл', 'Reading Two · 2 мэдэгдэл'])
    expect(byTestId(root, 'author-problems').textContent).toContain('Багцад 1 асуудал байна')
    expect(byTestId(root, 'author-tab-citation').textContent).toBe('Ном зүйн мэдээлэл ба бичвэр')
    expect(byTestId(root, 'make-claim').textContent).toContain('Мэдэгдэл үүсгэх')
    expect(byTestId(root, 'author-text').querySelector('mark')!.getAttribute('title')).toBe('Ишилсэн мэдэгдэл: r1-talks')
  })
})

const claim: ClaimDraft = {
  original_id: 'r1-rounds',
  reading: 'r1',
  id: 'r1-rounds',
  quote: 'hosted three rounds',
  prefix: '',
  suffix: '',
  text: 'Mongolia hosted three rounds of talks.',
  answer: 'three rounds',
  question: '',
  kind: 'number',
  date: '',
  tags: [],
  conflicts_with: [],
  role: '',
  event: '',
  distractors: [],
  false_statements: [],
}

async function renderClaimForm() {
  mockIPC((cmd) =>
    cmd === 'check_claim'
      ? {
          problems: [],
          cards: [
            { id: 'c1', kind: 'cloze', prompt: 'Mongolia hosted […] of talks.', answer: 'three rounds', choices: [] },
            { id: 'c2', kind: 'multiple_choice', prompt: 'How many rounds?', answer: 'three', choices: ['two', 'three'] },
          ],
        }
      : undefined,
  )
  vi.useFakeTimers()
  const root = render(ClaimForm, { deck: 'mine', draft: claim, onsaved: () => {}, onclose: () => {} })
  await vi.advanceTimersByTimeAsync(400)
  vi.useRealTimers()
  await settle()
  return root
}

describe('ClaimForm in other languages', () => {
  it('labels the fields, kinds and preview in Korean, leaving the deck text as it is', async () => {
    setLocale('ko')
    const root = await renderClaimForm()
    expect(root.querySelector('h2')!.textContent).toBe('진술 r1-rounds')
    const answer = byTestId(root, 'claim-answer')
    expect(root.querySelector(`label[for="${answer.id}"]`)!.textContent).toBe('정답 (진술 내용에서 그대로 옮긴 단어)')
    const kind = byTestId<HTMLSelectElement>(root, 'claim-kind')
    expect(kind.value).toBe('number')
    expect(kind.selectedOptions[0].textContent).toBe('수')
    const cards = allByTestId(root, 'preview-card')
    expect(cards.map((c) => c.querySelector('.kind')!.textContent)).toEqual(['빈칸 채우기', '객관식'])
    expect(cards[1].textContent).toContain('보기: two · three')
    expect(cards[1].textContent).toContain('정답: three')
    expect(byTestId(root, 'claim-delete').textContent).toBe('삭제')
  })

  it('labels them in Mongolian', async () => {
    setLocale('mn')
    const root = await renderClaimForm()
    expect(byTestId(root, 'claim-save').textContent).toBe('Хадгалах')
    expect(byTestId<HTMLSelectElement>(root, 'claim-kind').selectedOptions[0].textContent).toBe('тоо')
    expect(allByTestId(root, 'preview-card')[0].querySelector('.kind')!.textContent).toBe('нөхөх')
  })
})

describe('CoveragePanel in other languages', () => {
  const coverage = (sentences: number, covered: number): Coverage => ({
    reading: 'r1',
    sentences,
    covered,
    uncovered: [],
    candidates: [
      {
        sentence: { block: 0, start: 0, end: 26, text: 'Talks began in March 2014.' },
        kind: 'date',
        answer: 'March 2014',
        date: '2014-03',
        reason: 'names_date',
      },
    ],
  })

  async function summary(sentences: number, covered: number) {
    mockIPC((cmd) => (cmd === 'coverage' ? coverage(sentences, covered) : undefined))
    const root = render(CoveragePanel, { deck: 'mine', reading: 'r1', onedit: () => {}, onsaved: () => {} })
    await settle()
    return root
  }

  it('says how much is quoted, with the share, in each language', async () => {
    expect(byTestId(await summary(1, 1), 'coverage-summary').textContent!.trim()).toBe(
      '1 of 1 sentence is quoted by a claim (100%).',
    )
    expect(byTestId(await summary(10, 8), 'coverage-summary').textContent!.trim()).toBe(
      '8 of 10 sentences are quoted by a claim (80%).',
    )
    setLocale('ko')
    const root = await summary(10, 8)
    expect(byTestId(root, 'coverage-summary').textContent!.trim()).toBe('문장 10개 중 8개를 진술이 인용해요(80%).')
    // The reason comes from the checker; the kind is named in Korean.
    expect(byTestId(root, 'candidate').textContent).toContain('날짜가 나옴: 정답 “March 2014”, 종류 날짜, 날짜 2014년 3월')
    expect(byTestId(root, 'candidate-accept').textContent).toBe('수락')
    setLocale('mn')
    expect(byTestId(await summary(1, 0), 'coverage-summary').textContent!.trim()).toBe(
      '1 өгүүлбэрээс 0 нь мэдэгдэлд ишлэгдсэн (0%).',
    )
  })
})

describe('Settings in other languages', () => {
  const stored: SettingsValue = { ...defaultSettings, theme: 'dark', language: 'en' }

  // The stored language is the one the view speaks once loaded.
  async function renderSettings(language: SettingsValue['language']) {
    mockIPC((cmd) => (cmd === 'settings' ? { ...stored, language } : cmd === 'backups' ? [] : undefined))
    const root = render(Settings, {})
    await settle()
    return root
  }

  function emptyAndSave(root: HTMLElement, testid: string) {
    const input = byTestId<HTMLInputElement>(root, testid)
    input.value = ''
    input.dispatchEvent(new Event('input', { bubbles: true }))
    byTestId(root, 'settings-save').click()
  }

  it('speaks Korean', async () => {
    const root = await renderSettings('ko')
    expect(root.querySelector('h1')!.textContent).toBe('설정')
    const themes = Array.from(byTestId<HTMLSelectElement>(root, 'setting-theme').options).map((o) => o.textContent)
    expect(themes).toEqual(['시스템 설정과 같게', '밝게', '어둡게'])
    expect(byTestId(root, 'optimize').textContent).toBe('매개변수 최적화')
    expect(root.textContent).toContain('아직 백업이 없어요.')
    emptyAndSave(root, 'setting-reviews')
    await settle()
    expect(byTestId(root, 'settings-error').textContent).toBe('하루 복습 수에 정수를 입력하세요.')
  })

  it('speaks Mongolian', async () => {
    const root = await renderSettings('mn')
    expect(root.querySelector('h1')!.textContent).toBe('Тохиргоо')
    expect(byTestId(root, 'scope-appearance').textContent).toBe('Бүх багцад хамаарна.')
    expect(byTestId(root, 'backup-now').textContent).toBe('Одоо нөөцлөх')
    emptyAndSave(root, 'setting-rollover')
    await settle()
    expect(byTestId(root, 'settings-error').textContent).toBe('Өдөр эхлэх цагийг бүхэл тоогоор оруулна уу.')
  })
})
