import { mockIPC } from '@tauri-apps/api/mocks'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import App from './App.svelte'
import { libraryView, sessionWithCard } from './test/fixtures'
import { emptyProgress, quizResult, quizView } from './test/quizFixtures'
import { allByTestId, byTestId, readViews, render, settle } from './test/render'

// The screens' chunks read first, as the app reads them once the library is drawn.
beforeAll(readViews)

// No canvas in happy-dom: the chart module is replaced (Progress.test.ts checks what it is given).
vi.mock('./lib/charts', () => ({
  createChart: () => ({ update: vi.fn(), resize: vi.fn(), dispose: vi.fn() }),
}))

let calls: [string, unknown][]

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  window.scrollTo = vi.fn()
  calls = []
  mockIPC((cmd, args) => {
    calls.push([cmd, args])
    switch (cmd) {
      case 'library':
        return libraryView
      case 'session':
        return sessionWithCard
      case 'progress':
        return emptyProgress
      case 'start_quiz':
        return quizView
      case 'finish_quiz':
        return quizResult
    }
  })
})

const query = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`)

describe('App: quiz and progress', () => {
  it('reaches both views from the top bar', async () => {
    const root = render(App, {})
    await settle()

    byTestId(root, 'nav-progress').click()
    await settle()
    expect(query(root, 'progress-view')).not.toBeNull()
    expect(byTestId(root, 'nav-progress').getAttribute('aria-current')).toBe('page')
    expect(byTestId(root, 'nav-library').getAttribute('aria-current')).toBeNull()
    expect(query(root, 'empty-heatmap')).not.toBeNull()

    byTestId(root, 'nav-quiz').click()
    await settle()
    expect(query(root, 'quiz-view')).not.toBeNull()
    expect(byTestId(root, 'nav-quiz').getAttribute('aria-current')).toBe('page')
    expect(byTestId(root, 'nav-progress').getAttribute('aria-current')).toBeNull()

    byTestId(root, 'nav-library').click()
    await settle()
    expect(query(root, 'library-view')).not.toBeNull()
  })

  it('quizzes a reading from the library, and sends the misses to Review', async () => {
    const root = render(App, {})
    await settle()

    allByTestId(root, 'quiz-reading')[1].click()
    await settle()
    expect(query(root, 'quiz-view')).not.toBeNull()
    expect(byTestId<HTMLSelectElement>(root, 'quiz-reading-select').value).toBe('mongolia-north-korea-2019')

    byTestId(root, 'quiz-start').click()
    await settle()
    expect(calls.find(([cmd]) => cmd === 'start_quiz')?.[1]).toEqual({
      scope: { type: 'reading', id: 'mongolia-north-korea-2019' },
      length: 20,
    })
    byTestId(root, 'quiz-finish').click()
    await settle()
    byTestId(root, 'quiz-review-misses').click()
    await settle()
    expect(query(root, 'review-view')).not.toBeNull()
    expect(byTestId(root, 'nav-review').getAttribute('aria-current')).toBe('page')
  })
})
