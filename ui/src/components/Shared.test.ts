import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import type { ConflictNote } from '../lib/bindings/ConflictNote'
import { allByTestId, byTestId, press, render, visibleText } from '../test/render'
import Choices from './cards/Choices.svelte'
import OrderList from './OrderList.svelte'
import ProgressBar from './ProgressBar.svelte'
import Prompt from './Prompt.svelte'
import SourcesDiffer from './SourcesDiffer.svelte'
import CitationBlock from './CitationBlock.svelte'
import GradeButtons from './GradeButtons.svelte'
import { readingView } from '../test/fixtures'

const ITEMS = ['Embassy opens', 'Talks in Ulaanbaatar', 'Visit to Seoul']
const texts = (root: HTMLElement, id: string) => allByTestId(root, id).map((li) => li.querySelector('.text')?.textContent)

describe('OrderList', () => {
  it('moves the focused item with Alt+arrows and checks the order with Enter', () => {
    const oncheck = vi.fn()
    const root = render(OrderList, {
      items: ITEMS,
      locked: false,
      submitted: null,
      testids: { item: 'item', check: 'check' },
      oncheck,
    })
    const [first] = allByTestId(root, 'item')
    first.focus()
    press('ArrowDown', { altKey: true }, first)
    expect(texts(root, 'item')).toEqual(['Talks in Ulaanbaatar', 'Embassy opens', 'Visit to Seoul'])
    expect(root.textContent).toContain('Embassy opens: moved to position 2 of 3.')
    press('Enter', {}, first)
    expect(oncheck).toHaveBeenCalledWith([1, 0, 2])
  })

  it('locked, shows the order that was checked; with a result, each date and whether it is in place', () => {
    const root = render(OrderList, {
      items: ITEMS,
      locked: true,
      submitted: [1, 0, 2],
      result: { correct: [0, 1, 2], dates: ['1948', '2007', '2019'] },
      testids: { item: 'item', check: 'check' },
      oncheck: vi.fn(),
    })
    const items = allByTestId(root, 'item')
    expect(items.map((li) => li.dataset.result)).toEqual(['wrong', 'wrong', 'right'])
    expect(allByTestId(root, 'timeline-date').map((d) => d.textContent)).toEqual(['2007', '1948', '2019'])
    expect(items.every((li) => !li.hasAttribute('tabindex'))).toBe(true)
    expect(root.querySelector('[data-testid="check"]')).toBeNull()
  })

  it('locked without a result, only shows the order (a quiz gives the right one in its feedback)', () => {
    const root = render(OrderList, {
      items: ITEMS,
      locked: true,
      submitted: [2, 1, 0],
      testids: { item: 'item', check: 'check' },
      oncheck: vi.fn(),
    })
    expect(texts(root, 'item')).toEqual(['Visit to Seoul', 'Talks in Ulaanbaatar', 'Embassy opens'])
    expect(root.querySelector('[data-result]')).toBeNull()
  })
})

describe('Choices', () => {
  const base = { label: 'Options', choices: ['A', 'B', 'C'], keys: [['1'], ['2'], ['3']], onchoose: vi.fn() }

  it('takes a pick, under its own test ids', () => {
    const onchoose = vi.fn()
    const root = render(Choices, { ...base, chosen: null, correct: null, revealed: false, testid: 'quiz-choice', onchoose })
    byTestId(root, 'quiz-choice-1').click()
    expect(onchoose).toHaveBeenCalledWith(1)
    expect(byTestId(root, 'quiz-choice-1').getAttribute('aria-keyshortcuts')).toBe('2')
  })

  it('can be locked before the verdict comes, the pick pressed but unmarked', () => {
    const root = render(Choices, { ...base, chosen: 2, correct: null, revealed: false, disabled: true })
    expect(allByTestId<HTMLButtonElement>(root, 'choice-0')[0].disabled).toBe(true)
    expect(byTestId(root, 'choice-2').getAttribute('aria-pressed')).toBe('true')
    expect(root.querySelector('[data-result]')).toBeNull()
  })

  it('once revealed, marks a wrong pick and the right option in words', () => {
    const root = render(Choices, { ...base, chosen: 0, correct: 2, revealed: true })
    expect(byTestId(root, 'choice-0').dataset.result).toBe('wrong')
    expect(byTestId(root, 'choice-2').dataset.result).toBe('right')
    expect(allByTestId(root, 'choice-mark').map((m) => m.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '✗ Your answer: wrong',
      '✓ Right answer',
    ])
  })
})

describe('Prompt', () => {
  it('draws a cloze gap as a blank that is read out as “blank”', () => {
    const root = render(Prompt, { prompt: 'Talks were held in […] in 2007.', kind: 'cloze', testid: 'p', small: true })
    const prompt = byTestId(root, 'p')
    expect(visibleText(prompt)).toBe('Talks were held in […] in 2007.')
    expect(prompt.querySelector('.gap .visually-hidden')?.textContent).toBe('blank')
    expect(prompt.classList.contains('small')).toBe(true)
  })

  it('leaves other kinds as they are', () => {
    const root = render(Prompt, { prompt: 'Where were the talks […]?', kind: 'qa' })
    expect(byTestId(root, 'prompt').textContent).toBe('Where were the talks […]?')
  })
})

describe('ProgressBar', () => {
  it('gives its numbers to assistive technology, and shows them when asked', () => {
    const root = render(ProgressBar, {
      done: 3,
      total: 8,
      label: 'Quiz progress',
      valuetext: '3 of 8 answered',
      testid: 'bar',
      counttestid: 'bar-count',
    })
    const bar = byTestId<HTMLProgressElement>(root, 'bar')
    expect([bar.value, bar.max, bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuetext')]).toEqual([
      3,
      8,
      '3',
      '3 of 8 answered',
    ])
    expect(byTestId(root, 'bar-count').textContent).toBe('3 / 8')
  })

  it('keeps a positive maximum when there is nothing to do', () => {
    const root = render(ProgressBar, { done: 0, total: 0, label: 'x', valuetext: 'none', testid: 'bar' })
    expect(byTestId<HTMLProgressElement>(root, 'bar').max).toBe(1)
    expect(root.querySelector('.label')).toBeNull()
  })
})

describe('SourcesDiffer', () => {
  const conflict: ConflictNote = {
    claim: 'bt-bolton',
    reading: 'breakthrough-2015',
    reading_title: 'A Potential Breakthrough',
    cited_as: 'Mendee (2015)',
    question: 'When did Bolton visit Mongolia?',
    says: '2018',
    note: 'Each cites a different newspaper.',
    text: 'Bolton visited Mongolia in 2018.',
    quote: 'Bolton came to Ulaanbaatar in 2018',
  }

  it('opens the other reading when it can', () => {
    const onopen = vi.fn()
    const root = render(SourcesDiffer, { conflicts: [conflict], onopen })
    expect(byTestId(root, 'conflict-text').textContent).toBe(conflict.text)
    expect(byTestId(root, 'conflict-question').textContent).toBe('When did Bolton visit Mongolia?')
    expect(byTestId(root, 'conflict-reading').textContent).toBe('Mendee (2015)')
    expect(byTestId(root, 'conflict-says').textContent).toBe('2018')
    expect(byTestId(root, 'conflict-note').textContent).toContain('Each cites a different newspaper.')
    byTestId(root, 'open-conflict').click()
    flushSync()
    expect(onopen).toHaveBeenCalledWith(conflict)
  })

  it('in a panel, only tells the other version', () => {
    const root = render(SourcesDiffer, { conflicts: [conflict], compact: true, testid: 'panel-conflicts' })
    const box = byTestId(root, 'panel-conflicts')
    expect(box.classList.contains('compact')).toBe(true)
    expect(box.textContent).toContain('“Bolton came to Ulaanbaatar in 2018”')
    expect(root.querySelector('[data-testid="open-conflict"]')).toBeNull()
  })
})

describe('CitationBlock', () => {
  it('marks what the editor added to the citation and says from where', () => {
    const citation = {
      ...readingView.citation,
      editor_added: ['publisher', 'title'],
      editor_note: 'Established from another reading’s footnote.',
    }
    const root = render(CitationBlock, { citation })
    expect(root.querySelector('[data-testid="editor-added-publisher"]')).not.toBeNull()
    expect(root.querySelector('[data-testid="editor-added-title"]')).not.toBeNull()
    expect(root.querySelector('[data-testid="editor-added-published"]')).toBeNull()
    expect(byTestId(root, 'editor-note').textContent).toContain('Established from another reading’s footnote.')
  })

  it('shows no mark when the source states the whole citation', () => {
    const root = render(CitationBlock, { citation: readingView.citation })
    expect(root.querySelector('.added')).toBeNull()
    expect(root.querySelector('[data-testid="editor-note"]')).toBeNull()
  })
})

describe('GradeButtons', () => {
  it('names each button, shows its key and interval, and sends its own rating', () => {
    const ongrade = vi.fn()
    const intervals = { again: 60, hard: 360, good: 600, easy: 4 * 86_400 }
    const root = render(GradeButtons, { intervals, ongrade })
    const expected = [
      ['again', 'Again', '1', '1m'],
      ['hard', 'Hard', '2', '6m'],
      ['good', 'Good', '3', '10m'],
      ['easy', 'Easy', '4', '4d'],
    ] as const
    for (const [rating, name, key, interval] of expected) {
      const button = byTestId(root, `grade-${rating}`)
      expect(button.querySelector('.name')?.textContent).toBe(name)
      expect(button.querySelector('kbd')?.textContent).toBe(key)
      expect(button.getAttribute('aria-keyshortcuts')).toBe(key)
      expect(button.querySelector('.interval')?.textContent).toBe(interval)
      button.click()
      flushSync()
      expect(ongrade).toHaveBeenLastCalledWith(rating)
    }
  })
})
