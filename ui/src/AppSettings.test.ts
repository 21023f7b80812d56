import { mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { setLocale } from './lib/i18n.svelte'
import App from './App.svelte'
import { libraryView, readingView, sessionWithCard } from './test/fixtures'
import { allByTestId, byTestId, readViews, render, settle } from './test/render'

// The screens' chunks read first, as the app reads them once the library is drawn.
beforeAll(readViews)

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  window.scrollTo = vi.fn()
})

afterEach(() => {
  // The stored settings of a test may switch the language; the next test starts in English.
  setLocale('en')
  delete document.documentElement.dataset.theme
  document.documentElement.style.fontSize = ''
})

describe('App settings', () => {
  it('applies the stored theme and text size at start, and opens Settings from the top bar', async () => {
    mockIPC((cmd) => {
      if (cmd === 'library') return libraryView
      if (cmd === 'settings')
        return {
          desired_retention: 0.9,
          new_per_day: 20,
          reviews_per_day: 200,
          rollover_hour: 4,
          easy_days: [false, false, false, false, false, false, false],
          theme: 'dark',
          font_scale: 1.5,
          language: 'ko',
        }
      if (cmd === 'backups') return []
      if (cmd === 'decks') return []
    })
    const root = render(App, {})
    await settle()
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(document.documentElement.style.fontSize).toBe('150%')
    expect(document.documentElement.lang).toBe('ko')
    expect(byTestId(root, 'nav-review').textContent).toBe('복습')
    setLocale('en')
    await settle()
    expect(root.querySelector('[data-testid="library-view"]')).not.toBeNull()

    byTestId(root, 'nav-settings').click()
    await settle()
    expect(root.querySelector('[data-testid="settings-view"]')).not.toBeNull()
    expect(byTestId(root, 'nav-settings').getAttribute('aria-current')).toBe('page')

    // Export and import live in Decks; Settings points there.
    expect(root.querySelector('[data-testid="deck-exchange"]')).toBeNull()
    byTestId(root, 'settings-to-decks').click()
    await settle()
    expect(byTestId(root, 'decks-view').contains(byTestId(root, 'deck-exchange'))).toBe(true)
  })
})

describe('App study focus', () => {
  it('studies one reading from the Library: sets the focus, then shows Review', async () => {
    const calls: string[] = []
    mockIPC((cmd) => {
      calls.push(cmd)
      if (cmd === 'library') return libraryView
      if (cmd === 'session') return { ...sessionWithCard, focus: 'mongolia-north-korea-2019' }
    })
    const root = render(App, {})
    await settle()

    allByTestId(root, 'study-reading')[1].click()
    await settle()
    expect(calls.indexOf('set_study_focus')).toBeGreaterThan(-1)
    expect(calls.indexOf('set_study_focus')).toBeLessThan(calls.lastIndexOf('session'))
    expect(root.querySelector('[data-testid="review-view"]')).not.toBeNull()
    expect(byTestId(root, 'study-focus').textContent).toContain('Studying: Mongolia and North Korea')
  })

  it('opens Quiz with the reading preselected from the reading view', async () => {
    mockIPC((cmd) => {
      if (cmd === 'library') return libraryView
      if (cmd === 'reading') return readingView
    })
    const root = render(App, {})
    await settle()
    allByTestId(root, 'open-reading')[1].click()
    await settle()
    byTestId(root, 'quiz-this-reading').click()
    await settle()
    expect(byTestId<HTMLSelectElement>(root, 'quiz-reading-select').value).toBe('mongolia-north-korea-2019')
  })
})
