import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import type { Session } from '../lib/bindings/Session'
import { libraryView, sessionDone, sessionWithCard } from '../test/fixtures'
import { byTestId, render, settle } from '../test/render'
import Review from './Review.svelte'

describe('Review with a study focus', () => {
  it('names the reading being studied, and can go back to everything', async () => {
    const calls: [string, unknown][] = []
    const focused: Session = { ...sessionWithCard, focus: 'mongolia-north-korea-2019' }
    mockIPC((cmd, args) => {
      calls.push([cmd, args])
      if (cmd === 'session') return focused
      if (cmd === 'set_study_focus') return sessionWithCard
    })
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
    await settle()

    expect(byTestId(root, 'study-focus').textContent).toContain('Studying: Mongolia and North Korea')
    byTestId(root, 'study-everything').click()
    await settle()
    expect(calls).toContainEqual(['set_study_focus', { reading: null }])
    expect(root.querySelector('[data-testid="study-focus"]')).toBeNull()
    expect(byTestId(root, 'card')).toBeTruthy()
  })

  it('looks the title up in the library when no card names it', async () => {
    mockIPC((cmd) => {
      if (cmd === 'session') return { ...sessionDone, focus: 'breakthrough-2015' }
      if (cmd === 'library') return libraryView
    })
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
    await settle()
    expect(byTestId(root, 'study-focus').textContent).toContain(
      'Studying: A Potential Breakthrough in Mongolia’s Relations With North and South Korea',
    )
  })

  it('shows no focus line when studying everything', async () => {
    mockIPC((cmd) => (cmd === 'session' ? sessionWithCard : undefined))
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
    await settle()
    expect(root.querySelector('[data-testid="study-focus"]')).toBeNull()
  })
})
