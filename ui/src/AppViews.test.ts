import { mockIPC } from '@tauri-apps/api/mocks'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import App from './App.svelte'
import { libraryView, sessionWithCard } from './test/fixtures'
import { byTestId, render, settle } from './test/render'

// A screen's chunk that cannot be read the first time (a file missing from a damaged install, say).
const failures = vi.hoisted(() => ({ review: 1 }))
vi.mock('./lib/views', async (original) => {
  const real = await original<typeof import('./lib/views')>()
  return {
    ...real,
    views: {
      ...real.views,
      review: () => (failures.review-- > 0 ? Promise.reject(new Error('chunk missing')) : real.views.review()),
    },
  }
})

// The Review screen itself read first, so that the second try does not wait on its first transform.
beforeAll(async () => {
  await import('./views/Review.svelte')
})

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  window.scrollTo = vi.fn()
  mockIPC((cmd) => {
    if (cmd === 'library') return libraryView
    if (cmd === 'session') return sessionWithCard
  })
})

describe('a screen read when first opened', () => {
  it('says when it could not be read, and opens on a second try', async () => {
    const root = render(App, {})
    await settle()
    byTestId(root, 'study-all').click()
    await settle()
    expect(byTestId(root, 'error').textContent).toBe('This screen could not be opened: Error: chunk missing')
    expect(root.querySelector('[data-testid="review-view"]')).toBeNull()

    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click()
    await vi.waitFor(async () => {
      await settle()
      expect(root.querySelector('[data-testid="review-view"]')).not.toBeNull()
    }, 5000)
    expect(root.querySelector('[role="alert"]')).toBeNull()
  })
})
