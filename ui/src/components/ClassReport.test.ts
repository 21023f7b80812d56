import { mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ClaimInClass } from '../lib/bindings/ClaimInClass'
import type { ClassView } from '../lib/bindings/ClassView'
import { setLocale } from '../lib/i18n.svelte'
import { chartIn } from '../test/fakeCharts'
import { allByTestId, byTestId, render, settle } from '../test/render'
import ClassReport from './ClassReport.svelte'

// happy-dom has no canvas: the chart module is replaced and the options handed to it checked.
vi.mock('../lib/charts', () => import('../test/fakeCharts'))

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  )
})

afterEach(() => vi.unstubAllGlobals())

const missed: ClaimInClass = {
  claim: 'ubd-track-two',
  reading: 'kim-2019',
  text: 'The Ulaanbaatar Dialogue is a track-two forum.',
  seen_by: 2,
  answers: 5,
  recalled: 1,
  recall: 0.2,
  dispute: 'ubd-track',
}

const fixture: ClassView = {
  class: {
    deck_id: 'mongolia-koreas',
    deck_title: 'Mongolia and the two Koreas',
    students: [
      { student: '3fa2c1d09b7e4a21', name: 'Ana', made_at: '2026-01-10T10:00:00+08:00', claims_seen: 2, answers: 6, recalled: 3, recall: 0.5 },
      { student: 'b0b0c0c0d0d0e0e0', name: null, made_at: '2026-01-11T10:00:00+08:00', claims_seen: 1234, answers: 6, recalled: 5, recall: 5 / 6 },
    ],
    claims: [missed],
    readings: [
      { reading: 'mendee-2015', title: "Mongolia's Third Neighbour", claims: 4, claims_seen: 3, answers: 12, recalled: 8, recall: 8 / 12 },
      { reading: 'kim-2019', title: 'Second reading', claims: 2, claims_seen: 0, answers: 0, recalled: 0, recall: null },
    ],
    disputes: [
      {
        dispute: 'ubd-track',
        question: 'What kind of forum is the Ulaanbaatar Dialogue?',
        versions: [
          { reading: 'mendee-2015', source: 'Mendee (2015)', says: 'a track 1.5 forum', answers: 5, recalled: 4, recall: 0.8 },
          { reading: 'kim-2019', source: 'Kim (2019)', says: 'a track-two forum', answers: 5, recalled: 1, recall: 0.2 },
          { reading: 'lee-2020', source: 'Lee (2020)', says: 'a government forum', answers: 0, recalled: 0, recall: null },
        ],
      },
    ],
    unknown_claims: 1,
  },
  most_missed: [missed],
  min_answers: 3,
  skipped: [
    { code: 'other_deck', file: 'chen.json', found: 'another-deck', expected: 'mongolia-koreas' },
    { code: 'too_large', file: 'huge.json', bytes: 20 * 1024 * 1024 },
  ],
}

function recordCalls(answer: (cmd: string) => unknown) {
  const calls: { cmd: string; args: unknown }[] = []
  mockIPC((cmd, args) => {
    calls.push({ cmd, args })
    return answer(cmd)
  })
  return calls
}

async function opened(answer: (cmd: string) => unknown = () => fixture) {
  const calls = recordCalls(answer)
  const root = render(ClassReport, {})
  byTestId<HTMLButtonElement>(root, 'class-report-open').click()
  await settle()
  return { root, calls }
}

/** Each row's cells, joined with " | ". */
const rows = (root: HTMLElement, id: string) =>
  allByTestId(root, id).map((row) => [...row.children].map((cell) => cell.textContent!.trim()).join(' | '))

const texts = (root: HTMLElement, id: string) => allByTestId(root, id).map((e) => e.textContent!.replace(/\s+/g, ' ').trim())

describe('ClassReport', () => {
  it('opens the reports in the native dialog and shows the class the core worked out', async () => {
    const { root, calls } = await opened()
    expect(calls).toEqual([
      { cmd: 'open_class_reports', args: { title: "Open students' progress reports", filter: 'Steppe progress report' } },
    ])
    expect(byTestId(root, 'class-report-summary').textContent!.trim()).toBe(
      "2 students' reports on “Mongolia and the two Koreas”.",
    )
    // Per student: name or random id, claims seen, answers, recall.
    expect(rows(root, 'class-report-student')).toEqual(['Ana | 2 | 6 | 50%', 'Anonymous (b0b0c0c0d0d0e0e0) | 1,234 | 6 | 83%'])
    // The most missed: recall as a bar and as text, with the claim.
    const item = byTestId(root, 'class-report-missed-claim')
    expect(item.querySelector<HTMLElement>('.fill')!.style.width).toBe('20%')
    expect(item.textContent).toContain('20% recalled')
    expect(item.textContent).toContain('The Ulaanbaatar Dialogue is a track-two forum.')
    expect(item.textContent).toContain('5 answers from 2 students · ubd-track-two')
    expect(byTestId(root, 'class-report').textContent).toContain('Claims with at least 3 answers')
    // Every version attributed, each with its recall, none marked wrong.
    expect(texts(root, 'class-report-version')).toEqual([
      'Mendee (2015) “a track 1.5 forum” 80% recalled of 5 answers',
      'Kim (2019) “a track-two forum” 20% recalled of 5 answers',
      'Lee (2020) “a government forum” not answered yet',
    ])
    expect(byTestId(root, 'class-report-dispute').textContent).not.toMatch(/wrong|incorrect/i)
    // Readings: a table and a chart whose label says the same numbers.
    expect(rows(root, 'class-report-reading')).toEqual([
      "Mongolia's Third Neighbour | 3 of 4 (75%) | 67%",
      'Second reading | 0 of 2 (0%) | not answered yet',
    ])
    const chart = chartIn('chart-class-readings')
    expect(chart.element.getAttribute('aria-label')).toContain(
      "Mongolia's Third Neighbour: 3 of 4 claims seen, 67% of answers recalled.",
    )
    const series = chart.option.series as { name: string; data: (number | null)[] }[]
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Claims seen', [75, 0]],
      ['Answers recalled', [66.7, null]],
    ])
    expect(byTestId(root, 'class-report-unknown').textContent).toBe(
      '1 claim in the reports is no longer in the deck (an older version of it) and is left out.',
    )
  })

  it('lists each skipped file with its reason', async () => {
    const { root } = await opened()
    expect(byTestId(root, 'class-report-skipped').querySelector('h3')!.textContent).toBe('2 files skipped')
    expect(texts(root, 'class-report-skipped-file')).toEqual([
      'chen.json is a report on the deck another-deck, not on mongolia-koreas.',
      'huge.json is too large to be a progress report (20.0 MB).',
    ])
  })

  it('saves the class as CSV through the native dialog', async () => {
    const { root, calls } = await opened((cmd) =>
      cmd === 'open_class_reports' ? fixture : { path: '/home/me/class.csv', file: 'class.csv', claims: 310 },
    )
    byTestId<HTMLButtonElement>(root, 'class-report-csv').click()
    await settle()
    expect(calls[1]).toEqual({
      cmd: 'save_class_csv',
      args: { class: fixture.class, title: 'Save the class table', filter: 'Comma-separated table' },
    })
    expect(byTestId(root, 'class-report-message').textContent).toBe('Saved class.csv: one row per claim (310 claims).')
  })

  it('shows nothing new when the dialog is cancelled, and no table when no report was read', async () => {
    const cancelled = await opened(() => null)
    expect(cancelled.root.querySelector('[data-testid="class-report-summary"]')).toBeNull()
    expect(cancelled.root.querySelector('[data-testid="class-report-error"]')).toBeNull()

    const empty: ClassView = {
      ...fixture,
      class: { ...fixture.class, students: [], unknown_claims: 0 },
      most_missed: [],
      skipped: [{ code: 'not_a_report', file: 'notes.json', detail: 'expected value at line 1 column 1' }],
    }
    const { root } = await opened(() => empty)
    expect(byTestId(root, 'class-report-summary').textContent!.trim()).toBe(
      'No report on “Mongolia and the two Koreas” could be read.',
    )
    expect(texts(root, 'class-report-skipped-file')).toEqual([
      'notes.json is not a Steppe progress report (expected value at line 1 column 1).',
    ])
    expect(root.querySelector('[data-testid="class-report-csv"]')).toBeNull()
    expect(root.querySelector('[data-testid="class-report-students"]')).toBeNull()
  })

  it('speaks Korean and Mongolian, skipped files included', async () => {
    setLocale('ko')
    const korean = await opened()
    expect(byTestId(korean.root, 'class-report-summary').textContent!.trim()).toBe(
      '“Mongolia and the two Koreas” 덱에 대한 학생 2명의 보고서를 읽었어요.',
    )
    expect(texts(korean.root, 'class-report-skipped-file')[0]).toBe(
      'chen.json은(는) mongolia-koreas 덱이 아니라 another-deck 덱에 대한 보고서예요.',
    )
    expect(texts(korean.root, 'class-report-version')[0]).toBe('Mendee (2015) “a track 1.5 forum” 답 5개 중 80% 기억')
    expect(korean.calls[0].args).toEqual({ title: '학생 진도 보고서 열기', filter: 'Steppe 진도 보고서' })

    setLocale('mn')
    const mongolian = await opened()
    expect(byTestId(mongolian.root, 'class-report-summary').textContent!.trim()).toBe(
      '“Mongolia and the two Koreas” багцын 2 суралцагчийн тайланг уншлаа.',
    )
    expect(texts(mongolian.root, 'class-report-skipped-file')[1]).toBe(
      'huge.json файл ахицын тайлан байхад хэт том байна (20.0 МБ).',
    )
    expect(byTestId(mongolian.root, 'class-report').textContent).toContain('Хамгийн их алдсан мэдэгдлүүд')
  })

  it('opens a reading shaded by the class, and shows the class it was given again', async () => {
    const calls = recordCalls(() => undefined)
    const onreading = vi.fn()
    const root = render(ClassReport, { initial: fixture, onreading })
    await settle()
    expect(calls).toEqual([])
    const buttons = allByTestId<HTMLButtonElement>(root, 'class-report-shade')
    expect(buttons.map((b) => [b.textContent!.trim(), b.disabled])).toEqual([
      ['Open, shaded by the class', false],
      ['Open, shaded by the class', true],
    ])
    buttons[0].click()
    expect(onreading).toHaveBeenCalledWith(fixture, 'mendee-2015')
  })
})

