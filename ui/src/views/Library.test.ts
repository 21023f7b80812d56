import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import type { ErrorReport } from '../lib/bindings/ErrorReport'
import { libraryView } from '../test/fixtures'
import { stubIntersectionObserver } from '../test/intersection'
import { allByTestId, byTestId, render, settle } from '../test/render'
import Library from './Library.svelte'

describe('Library', () => {
  it('shows the deck, today’s counts and the readings', async () => {
    mockIPC((cmd) => (cmd === 'library' ? libraryView : undefined))
    const root = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn() })
    await settle()

    const view = byTestId(root, 'library-view')
    expect(view.querySelector('h1')?.textContent).toBe('Mongolia and the Two Koreas')
    expect(view.textContent).toContain('Five sourced readings')
    expect(byTestId(root, 'count-new').textContent).toBe('20')
    expect(byTestId(root, 'count-learning').textContent).toBe('3')
    expect(byTestId(root, 'count-review').textContent).toBe('7')

    const items = allByTestId(root, 'reading-item')
    expect(items).toHaveLength(2)
    const first = items[0]
    expect(byTestId(first, 'open-reading').textContent).toBe(
      'A Potential Breakthrough in Mongolia’s Relations With North and South Korea',
    )
    expect(first.textContent).toContain('Mendee Jargalsaikhany')
    expect(first.textContent).toContain('The Jamestown Foundation')
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2015-03-02')
    expect(first.textContent).toContain('31 claims')
    expect(first.querySelectorAll('.n')[0].textContent).toBe('12')
    expect(items[1].textContent).toContain('1 claim')
    expect(items[1].textContent).not.toContain('null')
  })

  it('says why a reading’s new cards are not today’s: the daily limit', async () => {
    // The core sends today's new cards within the limit, and the limit.
    const view = (todayNew: number, newLimit: number) => ({
      ...libraryView,
      today: { ...libraryView.today, new: todayNew },
      new_limit: newLimit,
    })
    const open = async (todayNew: number, newPerDay: number) => {
      mockIPC((cmd) => {
        if (cmd === 'library') return view(todayNew, newPerDay)
      })
      const root = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn() })
      await settle()
      return root
    }
    // The readings hold 12 + 8 new cards.
    expect(allByTestId(await open(20, 20), 'new-limit-note')).toHaveLength(0)
    expect(byTestId(await open(0, 20), 'new-limit-note').textContent).toBe(
      "You have reached today's limit of 20 new cards (New cards per day, in Settings). The readings' other new cards come on the next days.",
    )
    expect(byTestId(await open(5, 10), 'new-limit-note').textContent).toBe(
      "Today brings in 5 more new cards, within the daily limit of 10 (New cards per day, in Settings). The readings' other new cards come on the next days.",
    )
    expect(byTestId(await open(0, 0), 'new-limit-note').textContent).toBe(
      "New cards are off: New cards per day is 0 in Settings. The readings' new cards wait until it is raised.",
    )
  })

  it('opens a reading and starts studying', async () => {
    mockIPC(() => libraryView)
    const onopenreading = vi.fn()
    const onstudy = vi.fn()
    const root = render(Library, { onopenreading, onstudy })
    await settle()

    allByTestId(root, 'open-reading')[1].click()
    expect(onopenreading).toHaveBeenCalledWith('mongolia-north-korea-2019')
    byTestId(root, 'study-all').click()
    await settle()
    expect(onstudy).toHaveBeenCalledOnce()
  })

  it('shows each reading’s progress as text and a bar', async () => {
    const view = structuredClone(libraryView)
    view.readings[0] = { ...view.readings[0], claims: 20, claims_seen: 10, claims_mastered: 5 }
    mockIPC(() => view)
    const root = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn() })
    await settle()

    const progress = allByTestId(root, 'reading-progress')
    expect(progress).toHaveLength(2)
    expect(progress[0].textContent).toContain('10 seen · 5 mastered · 20 claims')
    expect(progress[0].querySelector<HTMLElement>('.bar-seen')!.style.width).toBe('50%')
    expect(progress[0].querySelector<HTMLElement>('.bar-mastered')!.style.width).toBe('25%')
    expect(progress[1].textContent).toContain('0 seen · 0 mastered · 1 claim')
  })

  it('focuses studying on one reading, and on everything from Study now', async () => {
    const calls: [string, unknown][] = []
    mockIPC((cmd, args) => {
      calls.push([cmd, args])
      return cmd === 'library' ? libraryView : undefined
    })
    const onstudy = vi.fn(() => {
      // Review opens only once the focus is set.
      expect(calls.at(-1)?.[0]).toBe('set_study_focus')
    })
    const root = render(Library, { onopenreading: vi.fn(), onstudy })
    await settle()

    allByTestId(root, 'study-reading')[1].click()
    await settle()
    expect(calls).toContainEqual(['set_study_focus', { reading: 'mongolia-north-korea-2019' }])
    expect(onstudy).toHaveBeenCalledOnce()

    byTestId(root, 'study-all').click()
    await settle()
    expect(calls.at(-1)).toEqual(['set_study_focus', { reading: null }])
    expect(onstudy).toHaveBeenCalledTimes(2)
  })

  it('shows the message of an IPC error, and can try again', async () => {
    let fail = true
    mockIPC(() => {
      if (fail) throw { code: 'storage', message: 'The study database could not be opened.' } satisfies ErrorReport
      return libraryView
    })
    const root = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn() })
    await settle()

    expect(byTestId(root, 'error').textContent).toBe('The study database could not be opened.')
    expect(root.textContent).not.toContain('[object Object]')

    fail = false
    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click()
    await settle()
    expect(root.querySelector('[data-testid="error"]')).toBeNull()
    expect(allByTestId(root, 'reading-item')).toHaveLength(2)
  })

  it('draws a long library a page of readings at a time, as the list nears the screen', async () => {
    const many = Array.from({ length: 100 }, (_, i) => ({
      ...libraryView.readings[0],
      citation: { ...libraryView.readings[0].citation, id: `reading-${i}`, title: `Reading ${i}` },
    }))
    mockIPC((cmd) => (cmd === 'library' ? { ...libraryView, readings: many } : undefined))
    const { near, watched } = stubIntersectionObserver()
    try {
      const root = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn() })
      await settle()
      const titles = () => allByTestId(root, 'open-reading').map((b) => b.textContent)
      expect(titles()).toEqual(many.slice(0, 20).map((r) => r.citation.title))

      near()
      await settle()
      expect(titles()).toEqual(many.slice(0, 40).map((r) => r.citation.title))

      for (const count of [60, 80, 100]) {
        near()
        await settle()
        expect(titles()).toHaveLength(count)
      }
      expect(titles()).toEqual(many.map((r) => r.citation.title))
      expect(watched(), 'nothing is left to draw').toBe(0)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
