import { mockIPC } from '@tauri-apps/api/mocks'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import App from './App.svelte'
import { libraryView, readingView, sessionWithCard } from './test/fixtures'
import { allByTestId, byTestId, press, readViews, render, settle, visibleText } from './test/render'

// The screens' chunks read first, as the app reads them once the library is drawn.
beforeAll(readViews)

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  window.scrollTo = vi.fn()
  mockIPC((cmd) => {
    switch (cmd) {
      case 'library':
        return libraryView
      case 'reading':
        return readingView
      case 'session':
        return sessionWithCard
    }
  })
})

const query = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`)

describe('App', () => {
  it('starts in the library under a top bar', async () => {
    const root = render(App, {})
    await settle()
    expect(root.querySelector('header')?.textContent).toContain('Steppe')
    expect(byTestId(root, 'nav-library').getAttribute('aria-current')).toBe('page')
    expect(query(root, 'library-view')).not.toBeNull()
  })

  it('moves between the views', async () => {
    const root = render(App, {})
    await settle()

    allByTestId(root, 'open-reading')[1].click()
    await settle()
    expect(query(root, 'reading-view')).not.toBeNull()
    expect(root.querySelector('h1')?.textContent).toBe('Mongolia and North Korea')

    byTestId(root, 'back').click()
    await settle()
    expect(query(root, 'library-view')).not.toBeNull()

    byTestId(root, 'study-all').click()
    await settle()
    expect(query(root, 'review-view')).not.toBeNull()
    expect(byTestId(root, 'nav-review').getAttribute('aria-current')).toBe('page')

    byTestId(root, 'nav-library').click()
    await settle()
    expect(query(root, 'library-view')).not.toBeNull()
  })

  it('opens a card’s source in the reading with its claim focused, and goes back to review', async () => {
    const root = render(App, {})
    await settle()
    byTestId(root, 'nav-review').click()
    await settle()

    press(' ')
    press('o')
    await settle()
    expect(query(root, 'reading-view')).not.toBeNull()
    const focused = root.querySelectorAll<HTMLElement>('mark[data-focused="true"]')
    expect(focused.length).toBeGreaterThan(0)
    expect(Array.from(focused).every((mark) => mark.dataset.claims?.split(' ').includes('mnk-bolton-visit'))).toBe(
      true,
    )

    // Review keys do nothing while another view is shown.
    press('3')
    await settle()
    expect(query(root, 'reading-view')).not.toBeNull()

    byTestId(root, 'back').click()
    await settle()
    expect(query(root, 'review-view')).not.toBeNull()
    expect(visibleText(byTestId(root, 'prompt'))).toBe(sessionWithCard.card!.prompt)
  })
})
