import { mockIPC } from '@tauri-apps/api/mocks'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReadingView } from '../lib/bindings/ReadingView'
import { setLocale } from '../lib/i18n.svelte'
import { readingView } from '../test/fixtures'
import { byTestId, render, settle } from '../test/render'
import Reading from './Reading.svelte'

// The reading tinted by what is fading: each paragraph by the recall now of its studied claims,
// which the core computes; off until the reader asks.
beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
})

async function open(view: ReadingView) {
  mockIPC((cmd) => (cmd === 'reading' ? view : undefined))
  const root = render(Reading, { id: 'mongolia-north-korea-2019', onback: vi.fn() })
  await settle()
  return root
}

/** The fixture with the first paragraph at 40% and the second at 95%. */
function studied(): ReadingView {
  const view = structuredClone(readingView)
  view.blocks[0].recall = 0.4
  view.blocks[2].recall = 0.95
  return view
}

const paragraphs = (root: HTMLElement) => Array.from(byTestId(root, 'reading-text').querySelectorAll('p'))

describe('Reading: shade what is fading', () => {
  it('is off at first, then tints each studied paragraph by its recall, the faded one most', async () => {
    const root = await open(studied())
    expect(paragraphs(root).every((p) => p.style.getPropertyValue('--fade') === '')).toBe(true)
    expect(root.querySelector('[data-testid="fading-legend"]')).toBeNull()

    byTestId(root, 'fading-toggle').click()
    await settle()
    expect(byTestId(root, 'fading-toggle').getAttribute('aria-pressed')).toBe('true')
    expect(byTestId(root, 'fading-legend').textContent).toContain('the darker, the more it is fading')
    const [first, second] = paragraphs(root)
    expect(first.title).toBe('Recall now: 40%')
    expect(first.style.getPropertyValue('--fade')).toBe('36%')
    expect(first.classList.contains('tinted')).toBe(true)
    expect(second.title).toBe('Recall now: 95%')
    expect(second.style.getPropertyValue('--fade')).toBe('3%')
    // The quote paragraph has nothing studied: left clear.
    expect(byTestId(root, 'reading-text').querySelector('blockquote p')?.getAttribute('style') ?? '').toBe('')

    byTestId(root, 'fading-toggle').click()
    await settle()
    expect(paragraphs(root).every((p) => !p.classList.contains('tinted') && p.title === '')).toBe(true)
  })

  it('is not offered before anything of the reading is studied', async () => {
    const root = await open(readingView)
    expect(root.querySelector('[data-testid="fading-toggle"]')).toBeNull()
  })

  it('speaks Korean and Mongolian', async () => {
    setLocale('ko')
    const root = await open(studied())
    byTestId(root, 'fading-toggle').click()
    await settle()
    expect(byTestId(root, 'fading-toggle').textContent).toBe('잊혀 가는 부분 표시')
    expect(paragraphs(root)[0].title).toBe('지금 기억할 확률: 40%')
    setLocale('mn')
    await settle()
    expect(byTestId(root, 'fading-toggle').textContent).toBe('Мартагдаж буйг тодруулах')
  })

  it("shades by a class's recall from the start when opened from a class report", async () => {
    const calls: { cmd: string; args: unknown }[] = []
    mockIPC((cmd, args) => {
      calls.push({ cmd, args })
      return cmd === 'class_reading' ? studied() : undefined
    })
    const classView = {
      class: { deck_id: 'd', deck_title: 'D', students: [], claims: [], readings: [], disputes: [], unknown_claims: 0 },
      most_missed: [],
      min_answers: 3,
      skipped: [],
    }
    classView.class.students = [1, 2, 3].map((n) => ({
      student: `s${n}`,
      name: null,
      made_at: '2026-01-10T10:00:00+08:00',
      claims_seen: 1,
      answers: 1,
      recalled: 1,
      recall: 1,
    })) as never
    const root = render(Reading, { id: 'mongolia-north-korea-2019', onback: vi.fn(), classView })
    await settle()
    expect(calls).toEqual([{ cmd: 'class_reading', args: { class: classView.class, id: 'mongolia-north-korea-2019' } }])
    expect(byTestId(root, 'fading-toggle').getAttribute('aria-pressed')).toBe('true')
    expect(byTestId(root, 'fading-legend').textContent).toContain('how often the 3 students recalled its claims')
    expect(paragraphs(root)[0].title).toBe('Recalled by the class: 40%')
    expect(paragraphs(root)[0].style.getPropertyValue('--fade')).toBe('36%')
    expect(root.querySelector('[data-testid="study-this-reading"]')).toBeNull()
  })
})
