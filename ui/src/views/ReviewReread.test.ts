import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import type { Passage } from '../lib/bindings/Passage'
import { setLocale } from '../lib/i18n.svelte'
import { sessionNextCard, sessionWithCard } from '../test/fixtures'
import { byTestId, press, render, settle } from '../test/render'
import Review from './Review.svelte'

// After a lapse the core sends the paragraph of the card's quote: Review shows it before the
// next card; one key goes on.
const passage: Passage = {
  reading: 'mongolia-north-korea-2019',
  reading_title: 'Mongolia and North Korea',
  claim: 'mnk-bolton-visit',
  block: {
    kind: { type: 'paragraph' },
    recall: null,
    segments: [
      { text: 'In 2019, ', emphasis: false, strong: false, link: null, footnote: null, claims: [] },
      {
        text: 'John Bolton was assigned to visit Mongolia',
        emphasis: false,
        strong: false,
        link: null,
        footnote: null,
        claims: ['mnk-bolton-visit'],
      },
      { text: ' in June.', emphasis: false, strong: false, link: null, footnote: null, claims: [] },
    ],
  },
}

async function lapse() {
  const calls: string[] = []
  mockIPC((cmd) => {
    calls.push(cmd)
    if (cmd === 'session') return sessionWithCard
    if (cmd === 'answer') return { ...sessionNextCard, reread: passage }
  })
  const onopenreading = vi.fn()
  const root = render(Review, { onopenreading, onlibrary: vi.fn() })
  await settle()
  press(' ')
  press('1')
  await settle()
  return { root, calls, onopenreading }
}

const nextCardShown = (root: HTMLElement) =>
  root.querySelector('[data-card-id]')?.getAttribute('data-card-id') === sessionNextCard.card!.id

describe('Review: read it again after a lapse', () => {
  it('shows the paragraph with the quote marked, and Space goes on to the next card', async () => {
    const { root, calls } = await lapse()
    expect(calls).toEqual(['session', 'answer'])
    const panel = byTestId(root, 'reread')
    expect(panel.textContent).toContain('Read it again')
    expect(byTestId(root, 'reread-passage').textContent).toBe('In 2019, John Bolton was assigned to visit Mongolia in June.')
    expect(byTestId(root, 'reread-quote').textContent).toBe('John Bolton was assigned to visit Mongolia')
    expect(nextCardShown(root)).toBe(false)
    expect(document.activeElement).toBe(byTestId(root, 'reread-continue'))

    // A grade key does nothing while the paragraph shows; Space (from outside the button) goes on.
    press('3')
    expect(calls).toEqual(['session', 'answer'])
    press(' ')
    await settle()
    expect(root.querySelector('[data-testid="reread"]')).toBeNull()
    expect(nextCardShown(root)).toBe(true)
    // The next card came with the answer: no second call.
    expect(calls).toEqual(['session', 'answer'])
  })

  it('opens the reading at the claim with O, and the button goes on too', async () => {
    const { root, onopenreading } = await lapse()
    press('o')
    expect(onopenreading).toHaveBeenCalledWith('mongolia-north-korea-2019', 'mnk-bolton-visit')
    byTestId(root, 'reread-continue').click()
    await settle()
    expect(nextCardShown(root)).toBe(true)
  })

  it('speaks Korean', async () => {
    setLocale('ko')
    const { root } = await lapse()
    expect(byTestId(root, 'reread').textContent).toContain('다시 읽어 보기')
    expect(byTestId(root, 'reread').textContent).toContain('「Mongolia and North Korea」')
  })

  it('speaks Mongolian', async () => {
    setLocale('mn')
    const { root } = await lapse()
    expect(byTestId(root, 'reread').textContent).toContain('Дахин уншъя')
    expect(byTestId(root, 'reread-continue').textContent).toContain('Дараагийн карт')
  })
})
