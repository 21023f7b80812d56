// The browse view: searching, the virtualised table, keyboard selection, bulk actions and the
// query's error in each language.
import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import type { BrowsePage } from '../lib/bindings/BrowsePage'
import type { BrowseRow } from '../lib/bindings/BrowseRow'
import type { QueryError } from '../lib/bindings/QueryError'
import { setLocale } from '../lib/i18n.svelte'
import { history } from '../test/historyFixtures'
import { allByTestId, byTestId, press, render, settle } from '../test/render'
import Browse from './Browse.svelte'

function row(i: number, suspended = false): BrowseRow {
  return {
    card: `claim-${i}:cloze`,
    claim: `claim-${i}`,
    reading: 'breakthrough-2015',
    reading_title: 'A Potential Breakthrough',
    kind: 'cloze',
    text: `Prompt number ${i} […]`,
    phase: i % 2 ? 'review' : 'new',
    suspended,
    leech: false,
    disputed: i === 1,
    due: i % 2 ? '2026-01-09T04:00:00+08:00' : null,
    due_in_days: i % 2 ? 4 : null,
    position: i % 2 ? null : i,
    reps: i % 2 ? 3 : 0,
    lapses: i % 3,
    recall: i % 2 ? 0.81 : null,
  }
}

type Call = [string, Record<string, unknown>]

/** A core with `total` matching cards (or an error for a query), recording every call. */
function shell(total: number, options: { error?: QueryError; suspended?: Set<string> } = {}) {
  const calls: Call[] = []
  const suspended = options.suspended ?? new Set<string>()
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>
    calls.push([cmd, a])
    if (cmd === 'browse') {
      const offset = a.offset as number
      const limit = a.limit as number
      if (options.error && (a.query as string).length > 0) {
        return { query: '', error: options.error, total: 0, claims: 0, cards: total, offset: 0, rows: [] } as BrowsePage
      }
      const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
        row(offset + i, suspended.has(`claim-${offset + i}:cloze`)),
      )
      return { query: a.query, error: null, total, claims: total, cards: Math.max(total, 1559), offset, rows } as BrowsePage
    }
    if (cmd === 'browse_ids') return Array.from({ length: total }, (_, i) => `claim-${i}:cloze`)
    if (cmd === 'bulk_action') {
      const cards = a.cards as string[]
      for (const c of cards) suspended.add(c)
      return { changed: cards.length, skipped: 0 }
    }
    if (cmd === 'card_history') return history
  })
  return calls
}

const of = (calls: Call[], cmd: string) => calls.filter(([c]) => c === cmd).map(([, a]) => a)

async function typeQuery(root: HTMLElement, text: string) {
  const input = byTestId<HTMLInputElement>(root, 'browse-query')
  input.value = text
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.form!.requestSubmit()
  await settle()
}

describe('Browse', () => {
  it('searches every card at first and draws only the rows in view of a large result', async () => {
    const calls = shell(100_000)
    const root = render(Browse, { onopenreading: () => {} })
    await settle()
    expect(of(calls, 'browse')[0]).toMatchObject({ query: '', sort: { column: 'deck', descending: false }, offset: 0 })
    expect(byTestId(root, 'browse-count').textContent).toContain('100,000 cards of 100,000 claims')
    const rows = allByTestId(root, 'browse-row')
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThan(60)
    expect(rows[0].textContent).toContain('Prompt number 0')
    expect(byTestId(root, 'browse-grid').getAttribute('aria-rowcount')).toBe('100000')
  })

  it('runs a typed query and shows the empty state when nothing matches', async () => {
    const calls = shell(0)
    const root = render(Browse, { onopenreading: () => {} })
    await settle()
    await typeQuery(root, 'tag:energy is:due')
    expect(of(calls, 'browse').at(-1)).toMatchObject({ query: 'tag:energy is:due', offset: 0 })
    expect(byTestId(root, 'browse-empty').textContent).toContain('No card matches this search.')
  })

  it('sorts by a column, and the other way on a second click', async () => {
    const calls = shell(50)
    const root = render(Browse, { onopenreading: () => {} })
    await settle()
    byTestId(root, 'sort-recall').click()
    await settle()
    expect(of(calls, 'browse').at(-1)).toMatchObject({ sort: { column: 'recall', descending: false } })
    byTestId(root, 'sort-recall').click()
    await settle()
    expect(of(calls, 'browse').at(-1)).toMatchObject({ sort: { column: 'recall', descending: true } })
    expect(byTestId(root, 'sort-recall').parentElement!.getAttribute('aria-sort')).toBe('descending')
  })

  it('selects with Space, adds a Shift range and suspends the selection in one call, then searches again', async () => {
    const calls = shell(50)
    const root = render(Browse, { onopenreading: () => {} })
    await settle()
    const grid = byTestId(root, 'browse-grid')
    grid.focus()
    press(' ', {}, grid)
    press('ArrowDown', {}, grid)
    press('ArrowDown', { shiftKey: true }, grid)
    press('ArrowDown', { shiftKey: true }, grid)
    expect(byTestId(root, 'browse-selected').textContent).toBe('4 selected')
    expect(allByTestId(root, 'browse-row').filter((r) => r.getAttribute('aria-selected') === 'true')).toHaveLength(4)
    const before = of(calls, 'browse').length
    byTestId<HTMLButtonElement>(root, 'bulk-suspend').click()
    await settle()
    expect(of(calls, 'bulk_action')).toEqual([
      { cards: ['claim-0:cloze', 'claim-1:cloze', 'claim-2:cloze', 'claim-3:cloze'], action: { action: 'suspend' } },
    ])
    expect(of(calls, 'browse').length).toBeGreaterThan(before)
    expect(byTestId(root, 'browse-notice').textContent).toBe('4 cards suspended.')
    expect(byTestId(root, 'browse-selected').textContent).toBe('0 selected')
    expect(allByTestId(root, 'row-state').slice(0, 5).map((c) => c.textContent)).toEqual([
      'Suspended',
      'Suspended',
      'Suspended',
      'Suspended',
      'New',
    ])
  })

  it('a range over rows not loaded yet asks the core for the ids, and S suspends the cursor card alone', async () => {
    const calls = shell(100_000)
    const root = render(Browse, { onopenreading: () => {} })
    await settle()
    const grid = byTestId(root, 'browse-grid')
    press('a', { ctrlKey: true }, grid)
    expect(byTestId(root, 'browse-selected').textContent).toBe('100,000 selected')
    press('Escape', {}, grid)
    press('End', {}, grid)
    press('ArrowUp', { shiftKey: true }, grid)
    await settle()
    byTestId<HTMLButtonElement>(root, 'bulk-unsuspend').click()
    await settle()
    expect(of(calls, 'bulk_action').at(-1)).toEqual({
      cards: ['claim-99998:cloze', 'claim-99999:cloze'],
      action: { action: 'unsuspend' },
    })

    press('Home', {}, grid)
    press('s', {}, grid)
    await settle()
    expect(of(calls, 'bulk_action').at(-1)).toEqual({ cards: ['claim-0:cloze'], action: { action: 'suspend' } })
  })

  it('reschedules after asking for the days, and forgets only once confirmed', async () => {
    const calls = shell(10)
    const root = render(Browse, { onopenreading: () => {} })
    await settle()
    const grid = byTestId(root, 'browse-grid')
    press(' ', {}, grid)
    byTestId<HTMLButtonElement>(root, 'bulk-reschedule').click()
    await settle()
    byTestId<HTMLButtonElement>(root, 'bulk-confirm').click()
    await settle()
    expect(of(calls, 'bulk_action').at(-1)).toEqual({
      cards: ['claim-0:cloze'],
      action: { action: 'reschedule', from_days: 1, to_days: 7 },
    })
    press(' ', {}, grid)
    byTestId<HTMLButtonElement>(root, 'bulk-forget').click()
    await settle()
    expect(byTestId(root, 'bulk-panel').textContent).toContain('This cannot be undone.')
    expect(of(calls, 'bulk_action')).toHaveLength(1)
    byTestId<HTMLButtonElement>(root, 'bulk-confirm').click()
    await settle()
    expect(of(calls, 'bulk_action').at(-1)).toEqual({ cards: ['claim-0:cloze'], action: { action: 'forget' } })
  })

  it('Enter opens the card history and O opens the claim in its reading', async () => {
    const calls = shell(10)
    const opened = vi.fn()
    const root = render(Browse, { onopenreading: opened })
    await settle()
    const grid = byTestId(root, 'browse-grid')
    press('ArrowDown', {}, grid)
    press('Enter', {}, grid)
    await settle()
    expect(of(calls, 'card_history')).toEqual([{ cardId: 'claim-1:cloze' }])
    expect(document.querySelector('[role="dialog"]')).not.toBeNull()
    press('Escape', {}, document.querySelector('[role="dialog"]')!)
    await settle()
    press('o', {}, grid)
    expect(opened).toHaveBeenCalledWith('breakthrough-2015', 'claim-1')
  })

  const error: QueryError = { column: 15, problem: { code: 'unknown_state', found: 'sleeping' } }

  it.each([
    ['en', 'The search cannot be read at character 15: “is:sleeping” is not a state'],
    ['ko', '검색어를 15번째 글자에서 읽을 수 없어요: “is:sleeping”라는 상태는 없어요'],
    ['mn', 'Хайлтыг 15-р тэмдэгтээс уншиж чадсангүй: «is:sleeping» гэсэн төлөв байхгүй'],
  ] as const)('shows a bad query’s column and problem (%s)', async (language, expected) => {
    setLocale(language)
    shell(10, { error })
    const root = render(Browse, { onopenreading: () => {} })
    await settle()
    await typeQuery(root, 'tag:energy is:sleeping')
    const alert = byTestId(root, 'browse-error')
    expect(alert.getAttribute('role')).toBe('alert')
    expect(alert.textContent).toContain(expected)
    expect(alert.querySelector('.caret')!.textContent).toContain(' '.repeat(14) + '^')
    expect(root.querySelector('[data-testid="browse-grid"]')).toBeNull()
  })
})
