import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { curveOption, curveSummary } from '../lib/historyChart'
import { setLocale } from '../lib/i18n.svelte'
import { drawn } from '../test/fakeCharts'
import { readingView } from '../test/fixtures'
import { history, newCard } from '../test/historyFixtures'
import { allByTestId, byTestId, press, render, settle } from '../test/render'
import Reading from '../views/Reading.svelte'
import CardHistoryDialog from './CardHistoryDialog.svelte'

// The card history dialog, opened from a reading's claim panel, in English and in Korean.
// happy-dom has no canvas: the chart module is replaced and the option it is given is checked.
vi.mock('../lib/charts', () => import('../test/fakeCharts'))

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
})

/** The reading with two cards on the Bolton claim, its claim panel open. */
async function openPanel() {
  const view = structuredClone(readingView)
  view.claims.find((note) => note.id === 'mnk-bolton-visit')!.cards = [
    { id: 'mnk-bolton-visit:cloze', kind: 'cloze', phase: 'review', due: '2026-01-12T21:00:00+08:00', suspended: false, leech: false },
    { id: 'mnk-bolton-visit:qa', kind: 'qa', phase: 'new', due: null, suspended: false, leech: false },
  ]
  const calls: [string, unknown][] = []
  mockIPC((cmd, args) => {
    calls.push([cmd, args])
    if (cmd === 'reading') return view
    if (cmd === 'card_history') return (args as { cardId: string }).cardId === history.card ? history : newCard
  })
  const root = render(Reading, { id: 'mongolia-north-korea-2019', onback: vi.fn() })
  await settle()
  allByTestId(root, 'highlight')[2].click()
  flushSync()
  return { panel: byTestId(document.body, 'claim-panel'), calls }
}

describe('Card history', () => {
  it('opens from the claim panel with the answers, the memory now, the curve and the source; Escape closes it alone', async () => {
    const { panel, calls } = await openPanel()
    const opener = allByTestId<HTMLButtonElement>(panel, 'open-card-history')[0]
    expect(opener.getAttribute('aria-label')).toBe('History of this card (Fill the gap)')
    opener.focus()
    opener.click()
    await settle()
    expect(calls).toContainEqual(['card_history', { cardId: 'mnk-bolton-visit:cloze' }])

    const dialog = byTestId(document.body, 'card-history')
    expect(dialog.getAttribute('role')).toBe('dialog')
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(document.activeElement).toBe(dialog)
    expect(dialog.textContent).toContain('Card history')
    expect(byTestId(dialog, 'history-claim').textContent).toBe(history.claim_text)
    expect(byTestId(dialog, 'history-quote').textContent).toBe('John Bolton was assigned to visit Mongolia')
    expect(byTestId(dialog, 'history-reading').textContent?.trim()).toBe('From “Mongolia and North Korea”')
    expect(byTestId(dialog, 'history-recall-now').textContent).toBe('96.1%')
    expect(byTestId(dialog, 'history-counts').textContent).toBe('4 answers, 1 lapse')

    const rows = allByTestId(dialog, 'history-answer')
    expect(rows).toHaveLength(4)
    const cells = (row: HTMLElement) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim())
    expect(cells(rows[0]).slice(1)).toEqual(['Good', '10m', '2.31', '2.12', '–'])
    expect(cells(rows[1]).slice(1)).toEqual(['Good', '3d', '3.10', '2.10', '99.8%'])
    expect(cells(rows[2])[0]).toContain('quiz')
    expect(cells(rows[2]).slice(1)).toEqual(['Again', '10m', '1.20', '6.40', '90.1%'])
    expect(dialog.textContent).toContain('4 answers')

    const chart = drawn.find((c) => c.element.dataset.testid === 'history-curve')!
    const option = chart.option as Record<string, any>
    expect(option.series[0].data).toEqual([
      [0, 96.1],
      [2.5, 90],
      [7, 81],
    ])
    expect(option.series[0].markLine.data.map((m: any) => [m.xAxis, m.yAxis])).toEqual([
      [undefined, 90],
      [2.5, undefined],
    ])
    expect(byTestId(dialog, 'history-curve').getAttribute('aria-label')).toBe(
      'Forgetting curve. Recall probability now 96.1%. At the due date, in 2.5 days: 90%. In 7 days: 81%.',
    )

    // Keys pressed in the dialog stay there: Escape closes it, not the claim panel behind.
    press('Escape', {}, dialog)
    expect(document.querySelector('[data-testid="card-history"]')).toBeNull()
    expect(document.querySelector('[data-testid="claim-panel"]')).not.toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('keeps Tab inside and says when a card was never studied', async () => {
    const { panel } = await openPanel()
    allByTestId(panel, 'open-card-history')[1].click()
    await settle()
    const dialog = byTestId(document.body, 'card-history')
    expect(byTestId(dialog, 'history-not-studied').textContent).toBe('Not studied yet: no answers and no forgetting curve.')
    expect(dialog.querySelector('[data-testid="history-curve"]')).toBeNull()
    expect(dialog.querySelector('[data-testid="history-answers"]')).toBeNull()
    expect(dialog.textContent).toContain('No answers yet')

    const close = byTestId(dialog, 'close-card-history')
    close.focus()
    const tab = press('Tab', {}, close)
    expect(tab.defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(close)
    close.click()
    flushSync()
    expect(document.querySelector('[data-testid="card-history"]')).toBeNull()
  })

  it('speaks Korean, the card and its source staying in the deck language', async () => {
    setLocale('ko')
    mockIPC((cmd) => (cmd === 'card_history' ? history : undefined))
    render(CardHistoryDialog, { cardId: history.card, onclose: vi.fn() })
    await settle()
    const dialog = byTestId(document.body, 'card-history')
    expect(dialog.textContent).toContain('카드 기록')
    expect(dialog.textContent).toContain('지금 기억할 확률')
    expect(byTestId(dialog, 'history-counts').textContent).toBe('답 4회, 잊음 1회')
    expect(byTestId(dialog, 'history-reading').textContent?.trim()).toBe('「Mongolia and North Korea」에서')
    expect(byTestId(dialog, 'history-claim').closest('[lang]')?.getAttribute('lang')).toBe('en')
    const rows = allByTestId(dialog, 'history-answer')
    expect(rows[2].querySelector('.grade')?.textContent).toBe('다시')
    expect(rows[2].textContent).toContain('퀴즈')
    expect(byTestId(dialog, 'history-curve').getAttribute('aria-label')).toBe(
      '망각 곡선. 지금 기억할 확률은 96.1%예요. 복습할 차례(2.5일 뒤): 90%. 7일 뒤: 81%.',
    )
  })
})

describe('the forgetting curve chart', () => {
  const colors = {
    text: '#000', muted: '#666', border: '#ccc', surface: '#fff', surfaceMuted: '#eee', accent: '#00f',
    new: '#00f', learning: '#f00', review: '#0a0', good: '#0a0', font: 'sans-serif', scale: 1,
  }

  it('draws no due line for an overdue card and spans the curve the core gave', () => {
    const overdue = { ...history, due_in_days: -1, curve: [{ days: 0, recall: 0.8 }, { days: 4, recall: 0.7 }] }
    const option = curveOption(overdue, colors) as Record<string, any>
    expect(option.xAxis.max).toBe(4)
    expect(option.series[0].markLine.data).toHaveLength(1)
    expect(curveSummary(overdue)).toBe('Recall probability now 80%. In 4 days: 70%.')
  })
})
