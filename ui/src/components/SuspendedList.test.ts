import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import type { SuspendedCard } from '../lib/bindings/SuspendedCard'
import { stubIntersectionObserver } from '../test/intersection'
import { allByTestId, byTestId, render, settle } from '../test/render'
import SuspendedList from './SuspendedList.svelte'

const suspended: SuspendedCard[] = [
  {
    id: 'bt-middle-road:cloze',
    kind: 'cloze',
    prompt: 'Mongolia has pursued a […] policy toward the two Koreas.',
    reading: 'breakthrough-2015',
    reading_title: 'A Potential Breakthrough',
    leech: false,
    lapses: 0,
  },
  {
    id: 'mnk-embassy:typed',
    kind: 'typed',
    prompt: 'When did North Korea open its embassy?',
    reading: 'mongolia-north-korea-2019',
    reading_title: 'Mongolia and North Korea',
    leech: true,
    lapses: 8,
  },
]

function shell(list: SuspendedCard[]) {
  const calls: [string, unknown][] = []
  mockIPC((cmd, args) => {
    calls.push([cmd, args])
    if (cmd === 'suspended_cards') return list
    if (cmd === 'unsuspend') {
      const { cardId } = args as { cardId: string }
      return list.filter((c) => c.id !== cardId)
    }
  })
  return calls
}

describe('SuspendedList', () => {
  it('shows nothing while no card is suspended', async () => {
    shell([])
    const root = render(SuspendedList, {})
    await settle()
    expect(root.querySelector('[data-testid="suspended-list"]')).toBeNull()
  })

  it('lists suspended cards and leeches with their kind and reading', async () => {
    shell(suspended)
    const root = render(SuspendedList, {})
    await settle()
    expect(byTestId(root, 'suspended-list').querySelector('h2')?.textContent?.trim()).toBe('Suspended cards (2)')
    const items = allByTestId(root, 'suspended-item')
    expect(items.map((i) => i.querySelector('.prompt')?.textContent)).toEqual(suspended.map((c) => c.prompt))
    expect(items[0].textContent).toContain('Fill the gap · A Potential Breakthrough')
    expect(items[0].querySelector('[data-testid="leech-badge"]')).toBeNull()
    expect(byTestId(items[1], 'leech-badge').textContent).toBe('Leech, 8 lapses')
    expect(byTestId(items[1], 'unsuspend').getAttribute('aria-label')).toBe(
      'Bring back into study: When did North Korea open its embassy?',
    )
  })

  it('brings a card back, says so, keeps the focus in the list and lets the page refresh', async () => {
    const calls = shell(suspended)
    const onchange = vi.fn()
    const root = render(SuspendedList, { onchange })
    await settle()
    byTestId(allByTestId(root, 'suspended-item')[1], 'unsuspend').click()
    await settle()

    expect(calls.filter(([cmd]) => cmd === 'unsuspend')).toEqual([['unsuspend', { cardId: 'mnk-embassy:typed' }]])
    expect(allByTestId(root, 'suspended-item').map((i) => i.dataset.card)).toEqual(['bt-middle-road:cloze'])
    expect(byTestId(root, 'suspended-status').textContent).toBe(
      'Back in study: When did North Korea open its embassy?',
    )
    expect(document.activeElement).toBe(byTestId(root, 'suspended-list').querySelector('h2'))
    expect(onchange).toHaveBeenCalledTimes(1)
  })

  it('draws hundreds of cards a page at a time, and counts them all in its heading', async () => {
    const many = Array.from({ length: 70 }, (_, i) => ({ ...suspended[1], id: `leech-${i}:typed`, prompt: `Leech ${i}?` }))
    shell(many)
    const { near, watched } = stubIntersectionObserver()
    try {
      const root = render(SuspendedList, {})
      await settle()
      const prompts = () => allByTestId(root, 'suspended-item').map((item) => item.querySelector('.prompt')?.textContent)
      expect(prompts()).toEqual(many.slice(0, 30).map((c) => c.prompt))
      expect(root.querySelector('h2')?.textContent).toContain('70')

      near()
      await settle()
      expect(prompts()).toEqual(many.slice(0, 60).map((c) => c.prompt))
      near()
      await settle()
      expect(prompts()).toEqual(many.map((c) => c.prompt))
      expect(watched(), 'nothing is left to draw').toBe(0)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
