import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ErrorReport } from '../lib/bindings/ErrorReport'
import { readingView } from '../test/fixtures'
import { allByTestId, byTestId, render, settle } from '../test/render'
import Reading from './Reading.svelte'

const scrollIntoView = vi.fn()

beforeEach(() => {
  Element.prototype.scrollIntoView = scrollIntoView
})

afterEach(() => {
  scrollIntoView.mockReset()
})

async function open(props: { focusClaim?: string } = {}) {
  const calls: unknown[] = []
  mockIPC((cmd, args) => {
    calls.push({ cmd, args })
    if (cmd === 'reading') return readingView
  })
  const onback = vi.fn()
  const root = render(Reading, { id: 'mongolia-north-korea-2019', onback, ...props })
  await settle()
  return { root, calls, onback }
}

describe('Reading', () => {
  it('asks for the reading by id and shows its citation', async () => {
    const { root, calls } = await open()
    // One call: the reading says itself whether to mark the claims' quotes.
    expect(calls).toEqual([{ cmd: 'reading', args: { id: 'mongolia-north-korea-2019' } }])
    const view = byTestId(root, 'reading-view')
    expect(view.querySelector('h1')?.textContent).toBe('Mongolia and North Korea')
    expect(view.textContent).toContain('NSSA, Brigham Young University')
    expect(view.querySelector('time')?.getAttribute('datetime')).toBe('2019-08')
    // The address is shown, but nothing in the reading navigates.
    expect(view.textContent).toContain('https://nssa.byu.edu/mongolia-and-north-korea')
    expect(view.querySelectorAll('a[href]')).toHaveLength(0)
  })

  it('draws each block with its own element and keeps the text intact', async () => {
    const { root } = await open()
    const text = root.querySelector('.text')!
    const paragraphs = text.querySelectorAll(':scope > p')
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0].textContent).toBe(
      readingView.blocks[0].segments.map((segment) => segment.text).join(''),
    )
    expect(paragraphs[0].querySelector('em')?.textContent).toBe('banishment')
    expect(paragraphs[1].querySelector('strong')?.textContent).toBe('second country')
    expect(text.querySelector('h2')?.textContent).toBe('Relations with the North')
    expect(text.querySelector('blockquote p')?.textContent).toContain('“regionless” state')
    expect(Array.from(text.querySelectorAll('ul > li')).map((li) => li.textContent)).toEqual(['trade', 'labour'])
  })

  it('puts footnotes in a Notes section that footnote references jump to', async () => {
    const { root } = await open()
    const note = root.querySelector<HTMLElement>('#fn-1')!
    expect(note.closest('section')?.querySelector('h2')?.textContent).toBe('Notes')
    expect(note.textContent).toContain('Bolton of Mongolia')
    const link = note.querySelector<HTMLElement>('.link')!
    expect(link.textContent).toBe('Slate')
    expect(link.title).toBe('https://slate.com/news-and-politics/2019/07/trump-bolton-north-korea-mongolia.html')
    expect(root.querySelector('.text')?.textContent).not.toContain('Bolton of Mongolia')

    const ref = root.querySelector<HTMLButtonElement>('sup button[data-fnref="1"]')!
    ref.click()
    expect(scrollIntoView).toHaveBeenCalledOnce()
    expect(scrollIntoView.mock.contexts[0]).toBe(note)
  })

  it('highlights claim quotes with their claim ids and shows the claims on focus', async () => {
    const { root } = await open()
    const marks = allByTestId(root, 'highlight')
    expect(marks.map((mark) => mark.dataset.claims)).toEqual([
      'mnk-largest-contiguous-empire',
      'mnk-seldom-considered',
      'mnk-bolton-visit',
      'mnk-bolton-visit mnk-bolton-visit-timing',
      'mnk-bolton-visit-timing',
    ])
    // One tab stop for the whole text (roving focus, see ReadingKeys.test.ts).
    expect(marks.map((mark) => mark.tabIndex)).toEqual([0, -1, -1, -1, -1])
    expect(root.querySelector('.focused')).toBeNull()

    marks[3].dispatchEvent(new FocusEvent('focus'))
    flushSync()
    const popover = document.querySelector<HTMLElement>('[role="tooltip"]')!
    expect(popover.textContent).toContain('John Bolton was assigned to visit Mongolia in 2019.')
    expect(popover.textContent).toContain('took place during President Trump’s meeting with Kim Jong Un.')
    expect(marks[3].getAttribute('aria-describedby')).toBe(popover.id)

    marks[3].dispatchEvent(new FocusEvent('blur'))
    flushSync()
    expect(document.querySelector('[role="tooltip"]')).toBeNull()

    marks[0].dispatchEvent(new MouseEvent('mouseenter'))
    flushSync()
    expect(document.querySelector('[role="tooltip"]')?.textContent).toContain('largest contiguous land empire')
  })

  it('marks the focused claim and scrolls its first highlight into view', async () => {
    const { root } = await open({ focusClaim: 'mnk-bolton-visit' })
    const focused = root.querySelectorAll<HTMLElement>('mark.focused')
    expect(Array.from(focused).map((mark) => mark.dataset.claims)).toEqual([
      'mnk-bolton-visit',
      'mnk-bolton-visit mnk-bolton-visit-timing',
    ])
    expect(Array.from(focused).every((mark) => mark.dataset.focused === 'true')).toBe(true)
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' })
    expect(scrollIntoView.mock.contexts[0]).toBe(focused[0])
  })

  it('goes back', async () => {
    const { root, onback } = await open()
    byTestId(root, 'back').click()
    expect(onback).toHaveBeenCalledOnce()
  })

  it('shows the message when the reading cannot be loaded', async () => {
    mockIPC(() => {
      throw { code: 'not_found', message: 'Not found: reading `nope`.' } satisfies ErrorReport
    })
    const root = render(Reading, { id: 'nope', onback: vi.fn() })
    await settle()
    expect(byTestId(root, 'error').textContent).toBe('Not found: reading `nope`.')
  })
})
