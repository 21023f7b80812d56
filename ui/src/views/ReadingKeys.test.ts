import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReadingView } from '../lib/bindings/ReadingView'
import { readingView, text } from '../test/fixtures'
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

/** The reader's choice of highlights as the core keeps it, and every command the view sent. */
let stored = true
let calls: { cmd: string; args: unknown }[] = []

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  stored = true
  calls = []
})

afterEach(() => localStorage.clear())

async function open(view: ReadingView = readingView, props: { focusClaim?: string } = {}) {
  mockIPC((cmd, args) => {
    calls.push({ cmd, args })
    if (cmd === 'reading') return { ...view, highlights: stored }
    if (cmd === 'set_reading_highlights') stored = (args as { on: boolean }).on
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

  it('reads without highlights at a toggle, and keeps the choice for the next reading', async () => {
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
    // Kept by its own command, which leaves the study settings alone; nothing in the webview's
    // own storage.
    expect(calls.filter((call) => call.cmd !== 'reading')).toEqual([{ cmd: 'set_reading_highlights', args: { on: false } }])
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
    expect(calls.filter((call) => call.cmd === 'set_reading_highlights').map((call) => call.args)).toEqual([
      { on: false },
      { on: true },
    ])
    expect(calls.some((call) => call.cmd === 'settings' || call.cmd === 'set_settings')).toBe(false)
  })

  it('draws the text from the reading\'s one reply, which says whether to mark the claims', async () => {
    stored = false
    mockIPC((cmd, args) => {
      calls.push({ cmd, args })
      if (cmd === 'reading') return { ...readingView, highlights: stored }
      // Any other command is never answered: the text must not wait for one.
      return new Promise(() => {})
    })
    const root = render(Reading, { id: readingView.citation.id, onback: vi.fn() })
    await settle()
    expect(calls.map((call) => call.cmd)).toEqual(['reading'])
    expect(byTestId(root, 'reading-text').textContent).toContain('John Bolton')
    expect(byTestId(root, 'highlights-toggle').getAttribute('aria-pressed')).toBe('false')
    expect(allByTestId(root, 'highlight')).toHaveLength(0)
  })

  it('still marks the claim a card was opened from when highlights are off', async () => {
    stored = false
    const root = await open(readingView, { focusClaim: 'mnk-bolton-visit' })
    expect(allByTestId(root, 'highlight').map((mark) => mark.dataset.claims)).toEqual([
      'mnk-bolton-visit',
      'mnk-bolton-visit mnk-bolton-visit-timing',
    ])
  })
})
