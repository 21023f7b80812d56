import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReadingView } from '../lib/bindings/ReadingView'
import type { Settings } from '../lib/bindings/Settings'
import { defaultSettings, readingView, text } from '../test/fixtures'
import { allByTestId, byTestId, press, render, settle } from '../test/render'
import Reading from './Reading.svelte'

// A reading whose highlights include a lone dash between two highlighted runs.
const withDash: ReadingView = {
  ...readingView,
  blocks: [
    {
      kind: { type: 'paragraph' },
      recall: null,
      segments: [
        text('Mongolia borders two countries', { claims: ['mnk-largest-contiguous-empire'] }),
        text(' — ', { claims: ['mnk-largest-contiguous-empire', 'mnk-seldom-considered'] }),
        text('and is seldom considered', { claims: ['mnk-seldom-considered'] }),
        text('.'),
      ],
    },
    ...readingView.blocks.slice(1),
  ],
}

/** The settings as the core keeps them, and what the view saves of them. */
const defaults: Settings = { ...defaultSettings, language: 'en' }
let stored: Settings = defaults
let saved: Settings[] = []

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  stored = defaults
  saved = []
})

afterEach(() => localStorage.clear())

async function open(view: ReadingView = readingView, props: { focusClaim?: string } = {}) {
  mockIPC((cmd, args) => {
    if (cmd === 'reading') return view
    if (cmd === 'settings') return stored
    if (cmd === 'set_settings') saved.push((stored = (args as { settings: Settings }).settings))
  })
  const root = render(Reading, { id: view.citation.id, onback: vi.fn(), ...props })
  await settle()
  return root
}

/** The elements Tab stops at in the reading's text, in order. */
const tabStops = (root: HTMLElement) =>
  Array.from(byTestId(root, 'reading-text').querySelectorAll<HTMLElement>('mark, button')).filter(
    (el) => el.tabIndex >= 0,
  )

describe('Reading by keyboard', () => {
  it('makes the highlighted text one tab stop, with the arrow keys moving between highlights', async () => {
    const root = await open()
    const marks = allByTestId(root, 'highlight')
    expect(marks).toHaveLength(5)
    // One highlight and the footnote reference: not one stop per highlight.
    expect(tabStops(root)).toEqual([marks[0], root.querySelector('[data-fnref="1"]')])

    marks[0].focus()
    press('ArrowRight', {}, marks[0])
    expect(document.activeElement).toBe(marks[1])
    press('ArrowDown', {}, marks[1])
    expect(document.activeElement).toBe(marks[2])
    press('ArrowLeft', {}, marks[2])
    expect(document.activeElement).toBe(marks[1])
    press('End', {}, marks[1])
    expect(document.activeElement).toBe(marks[4])
    // The stop moves with the focus, so Tab comes back to where the reader was.
    expect(marks.map((mark) => mark.tabIndex)).toEqual([-1, -1, -1, -1, 0])
    press('Home', {}, marks[4])
    expect(document.activeElement).toBe(marks[0])
  })

  it('gives a highlight of punctuation alone no stop', async () => {
    const root = await open(withDash)
    const marks = allByTestId(root, 'highlight')
    expect(marks.map((mark) => mark.textContent)).toEqual(['Mongolia borders two countries', ' — ', 'and is seldom considered'])
    expect(marks[1].hasAttribute('tabindex')).toBe(false)
    marks[0].focus()
    press('ArrowRight', {}, marks[0])
    expect(document.activeElement).toBe(marks[2])
  })

  it('reads without highlights at a toggle, and keeps the choice with the settings', async () => {
    stored = { ...defaults, theme: 'dark', new_per_day: 35 }
    let root = await open()
    const toggle = byTestId(root, 'highlights-toggle')
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(toggle.textContent).toBe('Show highlights')
    toggle.click()
    flushSync()
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    expect(allByTestId(root, 'highlight')).toHaveLength(0)
    // The words are all still there.
    expect(byTestId(root, 'reading-text').querySelector('p')?.textContent).toContain(
      'U.S. National Security advisor John Bolton was assigned to visit Mongolia during',
    )
    expect(tabStops(root)).toEqual([root.querySelector('[data-fnref="1"]')])
    await settle()
    // Saved with the other settings as they were; nothing in the webview's own storage.
    expect(saved).toEqual([{ ...defaults, theme: 'dark', new_per_day: 35, reading_highlights: false }])
    expect(localStorage.length).toBe(0)

    root.remove()
    root = await open()
    expect(byTestId(root, 'highlights-toggle').getAttribute('aria-pressed')).toBe('false')
    expect(allByTestId(root, 'highlight')).toHaveLength(0)

    // On again, the highlights are back with one stop among them.
    byTestId(root, 'highlights-toggle').click()
    await settle()
    const marks = allByTestId(root, 'highlight')
    expect(marks).toHaveLength(5)
    expect(marks.map((mark) => mark.tabIndex)).toEqual([0, -1, -1, -1, -1])
    expect(saved.map((s) => s.reading_highlights)).toEqual([false, true])
  })

  it('still marks the claim a card was opened from when highlights are off', async () => {
    stored = { ...defaults, reading_highlights: false }
    const root = await open(readingView, { focusClaim: 'mnk-bolton-visit' })
    expect(allByTestId(root, 'highlight').map((mark) => mark.dataset.claims)).toEqual([
      'mnk-bolton-visit',
      'mnk-bolton-visit mnk-bolton-visit-timing',
    ])
  })
})
