import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import type { ErrorReport } from '../lib/bindings/ErrorReport'
import { libraryView } from '../test/fixtures'
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

  it('opens a reading and starts studying', async () => {
    mockIPC(() => libraryView)
    const onopenreading = vi.fn()
    const onstudy = vi.fn()
    const root = render(Library, { onopenreading, onstudy })
    await settle()

    allByTestId(root, 'open-reading')[1].click()
    expect(onopenreading).toHaveBeenCalledWith('mongolia-north-korea-2019')
    byTestId(root, 'study-all').click()
    expect(onstudy).toHaveBeenCalledOnce()
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
})
