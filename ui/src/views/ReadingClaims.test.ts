import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReadingView } from '../lib/bindings/ReadingView'
import { readingView } from '../test/fixtures'
import { allByTestId, byTestId, render, settle } from '../test/render'
import Reading from './Reading.svelte'

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
})

/** The fixture, with cards on the Bolton claim and another reading disagreeing with it. */
function withCardsAndConflict(): ReadingView {
  const view = structuredClone(readingView)
  const bolton = view.claims.find((note) => note.id === 'mnk-bolton-visit')!
  bolton.cards = [
    {
      id: 'mnk-bolton-visit:cloze',
      kind: 'cloze',
      phase: 'review',
      due: '2031-05-04T09:30:00+00:00',
      suspended: false,
      leech: true,
    },
    { id: 'mnk-bolton-visit:qa', kind: 'qa', phase: 'new', due: null, suspended: true, leech: false },
  ]
  bolton.conflicts = [
    {
      claim: 'bt-bolton-2018',
      reading: 'breakthrough-2015',
      reading_title: 'A Potential Breakthrough',
      cited_as: 'Mendee (2015)',
      question: '',
      says: '',
      note: null,
      text: 'Bolton visited Mongolia in 2018.',
      quote: 'Bolton came to Ulaanbaatar in 2018',
    },
  ]
  return view
}

async function open(view: ReadingView, props: Record<string, unknown> = {}) {
  const calls: [string, unknown][] = []
  mockIPC((cmd, args) => {
    calls.push([cmd, args])
    if (cmd === 'reading') return view
  })
  const root = render(Reading, { id: 'mongolia-north-korea-2019', onback: vi.fn(), ...props })
  await settle()
  return { root, calls }
}

describe('Reading claims', () => {
  it('opens a panel with the claim, its cards and where sources differ on click', async () => {
    const { root } = await open(withCardsAndConflict())
    expect(root.querySelector('[data-testid="claim-panel"]')).toBeNull()

    allByTestId(root, 'highlight')[2].click()
    flushSync()
    const panel = byTestId(document.body, 'claim-panel')
    expect(byTestId(panel, 'panel-claim-text').textContent).toBe(
      'U.S. National Security advisor John Bolton was assigned to visit Mongolia in 2019.',
    )
    const cards = allByTestId(panel, 'panel-card')
    expect(cards).toHaveLength(2)
    expect(cards[0].textContent).toContain('Fill the gap')
    expect(byTestId(cards[0], 'panel-card-phase').textContent).toBe('Review')
    expect(byTestId(cards[0], 'panel-card-due').textContent).toContain('2031')
    expect(byTestId(cards[0], 'badge-leech').textContent).toBe('Leech')
    expect(cards[0].querySelector('[data-testid="badge-suspended"]')).toBeNull()
    expect(cards[1].textContent).toContain('Question')
    expect(byTestId(cards[1], 'panel-card-due').textContent).toBe('Not studied yet')
    expect(byTestId(cards[1], 'badge-suspended').textContent).toBe('Suspended')

    const conflicts = byTestId(panel, 'panel-conflicts')
    expect(conflicts.textContent).toContain('Sources differ')
    expect(conflicts.textContent).toContain('Mendee (2015)')
    expect(conflicts.textContent).toContain('Bolton visited Mongolia in 2018.')
    expect(conflicts.textContent).toContain('Bolton came to Ulaanbaatar in 2018')

    byTestId(panel, 'close-claim-panel').click()
    flushSync()
    expect(document.querySelector('[data-testid="claim-panel"]')).toBeNull()
  })

  it('opens the panel with Enter, listing every claim of an overlapping highlight', async () => {
    const { root } = await open(withCardsAndConflict())
    const mark = allByTestId(root, 'highlight')[3]
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    flushSync()
    const panel = byTestId(document.body, 'claim-panel')
    expect(document.activeElement).toBe(panel)
    expect(allByTestId(panel, 'panel-claim')).toHaveLength(2)
    expect(panel.textContent).toContain('2 claims')
    expect(allByTestId(panel, 'panel-conflicts')).toHaveLength(1)

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    flushSync()
    expect(document.querySelector('[data-testid="claim-panel"]')).toBeNull()
    expect(document.activeElement).toBe(mark)
  })

  it('marks highlights of claims told otherwise elsewhere, with a legend', async () => {
    const { root } = await open(withCardsAndConflict())
    const conflicted = allByTestId(root, 'highlight').filter((mark) => mark.dataset.conflict === 'true')
    expect(conflicted.map((mark) => mark.dataset.claims)).toEqual([
      'mnk-bolton-visit',
      'mnk-bolton-visit mnk-bolton-visit-timing',
    ])
    expect(conflicted.every((mark) => mark.classList.contains('conflict'))).toBe(true)
    expect(byTestId(root, 'conflict-legend').textContent).toContain('another reading tells this fact differently')
  })

  it('has no conflict marks or legend when the sources agree', async () => {
    const { root } = await open(readingView)
    expect(root.querySelector('[data-conflict]')).toBeNull()
    expect(root.querySelector('[data-testid="conflict-legend"]')).toBeNull()
  })

  it('studies or quizzes this reading from next to the citation', async () => {
    const onstudy = vi.fn()
    const onquiz = vi.fn()
    const { root, calls } = await open(readingView, { onstudy, onquiz })

    byTestId(root, 'study-this-reading').click()
    await settle()
    expect(calls).toContainEqual(['set_study_focus', { reading: 'mongolia-north-korea-2019' }])
    expect(onstudy).toHaveBeenCalledOnce()

    byTestId(root, 'quiz-this-reading').click()
    expect(onquiz).toHaveBeenCalledWith('mongolia-north-korea-2019')
  })
})
