import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import { setLocale } from '../lib/i18n.svelte'
import { sessionWithCard } from '../test/fixtures'
import { history } from '../test/historyFixtures'
import { byTestId, press, render, settle } from '../test/render'
import Review from './Review.svelte'

// Review opens the card's history once the answer shows, with H or the button by the source.
vi.mock('../lib/charts', () => import('../test/fakeCharts'))

async function review() {
  const calls: [string, unknown][] = []
  mockIPC((cmd, args) => {
    calls.push([cmd, args])
    if (cmd === 'session') return sessionWithCard
    if (cmd === 'card_history') return history
  })
  const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
  await settle()
  return { root, calls }
}

const dialog = () => document.querySelector<HTMLElement>('[data-testid="card-history"]')

describe('Review: card history', () => {
  it('opens with H after the answer shows, takes the keys while open and closes with Escape', async () => {
    const { root, calls } = await review()
    press('h')
    await settle()
    expect(dialog(), 'not before the answer shows').toBeNull()
    expect(root.querySelector('[data-testid="open-card-history"]')).toBeNull()

    press(' ')
    press('h')
    await settle()
    expect(calls).toContainEqual(['card_history', { cardId: 'mnk-bolton-visit:cloze' }])
    const open = dialog()!
    expect(document.activeElement).toBe(open)
    expect(open.textContent).toContain('Card history')

    // A grade key pressed in the dialog grades nothing.
    press('3', {}, open)
    await settle()
    expect(calls.some(([cmd]) => cmd === 'answer')).toBe(false)

    press('Escape', {}, open)
    expect(dialog()).toBeNull()
    expect(byTestId(root, 'card')).toBeTruthy()
  })

  it('opens from the button by the source, in Mongolian', async () => {
    setLocale('mn')
    const { root } = await review()
    press(' ')
    const button = byTestId<HTMLButtonElement>(root, 'open-card-history')
    expect(button.textContent).toContain('Картын түүх')
    expect(button.getAttribute('aria-keyshortcuts')).toBe('h')
    button.focus()
    button.click()
    await settle()
    const open = dialog()!
    expect(open.textContent).toContain('Одоо санах магадлал')
    expect(byTestId(open, 'history-counts').textContent).toBe('4 хариулт, 1 удаа мартсан')
    byTestId(open, 'close-card-history').click()
    flushSync()
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(button)
  })
})
