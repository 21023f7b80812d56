import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import type { ErrorReport } from '../lib/bindings/ErrorReport'
import type { Session } from '../lib/bindings/Session'
import { sessionDone, sessionNextCard, sessionWithCard } from '../test/fixtures'
import { byTestId, press, render, settle, visibleText } from '../test/render'
import Review from './Review.svelte'

type Call = { cmd: string; args: unknown }

async function start(first: Session = sessionWithCard, next: Session = sessionNextCard) {
  const calls: Call[] = []
  mockIPC((cmd, args) => {
    calls.push({ cmd, args })
    if (cmd === 'session') return first
    if (cmd === 'answer') return next
  })
  const onopenreading = vi.fn()
  const onlibrary = vi.fn()
  const root = render(Review, { onopenreading, onlibrary })
  await settle()
  return { root, calls, onopenreading, onlibrary }
}

const query = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`)

describe('Review', () => {
  it('shows the prompt with its gap and today’s counts, the answer hidden', async () => {
    const { root } = await start()
    const prompt = byTestId(root, 'prompt')
    expect(visibleText(prompt)).toBe('U.S. National Security advisor […] was assigned to visit Mongolia in 2019.')
    expect(prompt.querySelector('.gap [aria-hidden="true"]')?.textContent).toBe('[…]')
    expect(prompt.querySelector('.gap .visually-hidden')?.textContent).toBe('blank')
    expect(byTestId(root, 'count-new').textContent).toBe('20')
    expect(byTestId(root, 'count-learning').textContent).toBe('3')
    expect(byTestId(root, 'count-review').textContent).toBe('7')
    expect(query(root, 'answer')).toBeNull()
    expect(query(root, 'grade-good')).toBeNull()
  })

  it('reveals the answer and its source with Space', async () => {
    const { root } = await start()
    const event = press(' ')
    expect(event.defaultPrevented).toBe(true)
    expect(byTestId(root, 'answer').textContent).toBe('John Bolton')
    expect(root.textContent).toContain(sessionWithCard.card!.statement)
    expect(byTestId(root, 'source-quote').textContent).toBe(
      '“U.S. National Security advisor John Bolton was assigned to visit Mongolia”',
    )
    expect(root.textContent).toContain('Mongolia and North Korea')
    expect(query(root, 'show-answer')).toBeNull()
    expect(byTestId(root, 'grade-again').textContent).toContain('Again')
    expect(byTestId(root, 'grade-again').textContent).toContain('1m')
    expect(byTestId(root, 'grade-hard').textContent).toContain('6m')
    expect(byTestId(root, 'grade-good').textContent).toContain('10m')
    expect(byTestId(root, 'grade-easy').textContent).toContain('2d')
  })

  it('reveals with Enter', async () => {
    const { root } = await start()
    press('Enter')
    expect(query(root, 'answer')).not.toBeNull()
  })

  it('reveals with the button, and leaves Space and Enter to other focused buttons', async () => {
    const { root } = await start()
    const other = document.createElement('button')
    document.body.append(other)
    expect(press('Enter', {}, other).defaultPrevented).toBe(false)
    expect(query(root, 'answer')).toBeNull()

    byTestId<HTMLButtonElement>(root, 'show-answer').click()
    flushSync()
    expect(query(root, 'answer')).not.toBeNull()
  })

  it('grades with key 3 and shows the next card with its answer hidden', async () => {
    const { root, calls } = await start()
    press('3')
    expect(calls.filter((c) => c.cmd === 'answer')).toHaveLength(0) // not before the answer is shown

    press(' ')
    press('3')
    await settle()
    expect(calls.filter((c) => c.cmd === 'answer')).toEqual([
      { cmd: 'answer', args: { cardId: 'mnk-bolton-visit:cloze', rating: 'good' } },
    ])
    expect(visibleText(byTestId(root, 'prompt'))).toBe(sessionNextCard.card!.prompt)
    expect(query(root, 'answer')).toBeNull()
    expect(byTestId(root, 'count-new').textContent).toBe('19')
  })

  it('grades with the buttons', async () => {
    const { root, calls } = await start()
    press(' ')
    byTestId<HTMLButtonElement>(root, 'grade-again').click()
    await settle()
    expect(calls.at(-1)).toEqual({ cmd: 'answer', args: { cardId: 'mnk-bolton-visit:cloze', rating: 'again' } })
  })

  it('ignores key repeat, modifiers and typing in a text field', async () => {
    const { root, calls } = await start()
    press(' ', { repeat: true })
    expect(query(root, 'answer')).toBeNull()

    const input = document.createElement('input')
    document.body.append(input)
    press(' ', {}, input)
    expect(query(root, 'answer')).toBeNull()

    press(' ')
    press('3', { repeat: true })
    press('3', { ctrlKey: true })
    press('3', {}, input)
    await settle()
    expect(calls.filter((c) => c.cmd === 'answer')).toHaveLength(0)
  })

  it('opens the source in the reading with O', async () => {
    const { root, onopenreading } = await start()
    press('o')
    expect(onopenreading).not.toHaveBeenCalled()
    press(' ')
    press('o')
    expect(onopenreading).toHaveBeenCalledWith(
      'mongolia-north-korea-2019',
      'mnk-bolton-visit',
      expect.objectContaining({ card: 'mnk-bolton-visit:cloze' }),
    )
    byTestId(root, 'open-source').click()
    expect(onopenreading).toHaveBeenCalledTimes(2)
    // The reading opened: back in Review, the card is as it was left (and hidden after that).
    const back = render(Review, { onopenreading, onlibrary: vi.fn(), resume: onopenreading.mock.calls[1][2] })
    await settle()
    expect(byTestId(back, 'answer').textContent).toBe('John Bolton')
    expect(query(back, 'grade-good')).not.toBeNull()
  })

  it('comes back revealed after O, with the answer given and its check, once and only on that card', async () => {
    const { root, onopenreading } = await start()
    press(' ')
    press('o')
    expect(onopenreading).toHaveBeenCalledOnce()
    // App hands the card left revealed back to Review when the student returns.
    const left = onopenreading.mock.calls[0][2]
    const back = render(Review, { onopenreading, onlibrary: vi.fn(), resume: left })
    await settle()
    expect(byTestId(back, 'answer').textContent).toBe('John Bolton')
    expect(byTestId(back, 'source-quote').textContent).toContain('John Bolton')
    expect(root).not.toBe(back)
    // Only that one return: Review opened again later starts the card afresh.
    const later = render(Review, { onopenreading, onlibrary: vi.fn() })
    await settle()
    expect(query(later, 'answer')).toBeNull()

    // Another card to study by then: it is not shown revealed.
    await start()
    press(' ')
    press('o')
    mockIPC((cmd) => (cmd === 'session' ? sessionNextCard : undefined))
    const next = render(Review, { onopenreading, onlibrary: vi.fn(), resume: onopenreading.mock.calls[1][2] })
    await settle()
    expect(next.querySelector('[data-card-id]')?.getAttribute('data-card-id')).toBe(sessionNextCard.card!.id)
    expect(query(next, 'answer')).toBeNull()
  })

  it('says when nothing is due', async () => {
    const { root, onlibrary } = await start(sessionDone)
    const done = byTestId(root, 'review-done')
    expect(done.textContent).toContain('Nothing is due')
    expect(done.textContent).toContain('30 cards')
    expect(done.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T09:30:00+08:00')
    expect(query(root, 'prompt')).toBeNull()
    expect(byTestId(root, 'count-new').textContent).toBe('0')
    done.querySelector('button')!.click()
    expect(onlibrary).toHaveBeenCalledOnce()
  })

  it('ends the session when the last card is graded', async () => {
    const { root } = await start(sessionWithCard, { ...sessionDone, next_due: null })
    press(' ')
    press('4')
    await settle()
    expect(byTestId(root, 'review-done').textContent).not.toContain('Next card due')
  })

  it('shows the message of an IPC error', async () => {
    mockIPC(() => {
      throw { code: 'storage', message: 'The study database is locked.' } satisfies ErrorReport
    })
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
    await settle()
    expect(byTestId(root, 'error').textContent).toBe('The study database is locked.')
  })

  it('keeps the card when grading fails', async () => {
    mockIPC((cmd) => {
      if (cmd === 'session') return sessionWithCard
      throw { code: 'storage', message: 'The answer could not be saved.' } satisfies ErrorReport
    })
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
    await settle()
    press(' ')
    press('3')
    await settle()
    expect(byTestId(root, 'error').textContent).toBe('The answer could not be saved.')
    expect(byTestId(root, 'answer').textContent).toBe('John Bolton')
  })
})

describe('Review when all is caught up', () => {
  it('shows the next card by itself once it comes due', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      vi.setSystemTime(new Date('2026-03-02T09:29:00+08:00'))
      let calls = 0
      mockIPC((cmd) => {
        if (cmd !== 'session') return undefined
        calls += 1
        return calls === 1 ? { ...sessionDone, next_due: '2026-03-02T09:30:00+08:00' } : sessionWithCard
      })
      const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
      await vi.advanceTimersByTimeAsync(10)
      flushSync()
      expect(byTestId(root, 'review-done')).toBeTruthy()
      await vi.advanceTimersByTimeAsync(30_000)
      flushSync()
      expect(calls, 'not before the card is due').toBe(1)
      await vi.advanceTimersByTimeAsync(32_000)
      flushSync()
      expect(calls).toBe(2)
      expect(visibleText(byTestId(root, 'prompt'))).toContain('[…]')
      expect(root.querySelector('[data-testid="review-done"]')).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})
