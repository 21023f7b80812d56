import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sessionNextCard, sessionWithCard } from '../test/fixtures'
import { byTestId, press, render, settle } from '../test/render'
import Review from './Review.svelte'

/** The review screen, its first card revealed, with the answer's reply held until `reply()`. */
async function revealedWithHeldReply() {
  let reply: () => void = () => {}
  const answers: unknown[] = []
  mockIPC((cmd, args) => {
    if (cmd === 'session') return sessionWithCard
    if (cmd === 'answer') {
      answers.push(args)
      return new Promise((resolve) => (reply = () => resolve(sessionNextCard)))
    }
  })
  const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
  await settle()
  press(' ')
  flushSync()
  return { root, answers, reply: () => reply() }
}

const gradesDisabled = (root: HTMLElement) =>
  (['again', 'hard', 'good', 'easy'] as const).map((g) => byTestId<HTMLButtonElement>(root, `grade-${g}`).disabled)

describe('Review while an answer is being saved', () => {
  afterEach(() => vi.useRealTimers())

  it('leaves the grades as they are for a quick reply, so nothing is drawn before the next card', async () => {
    const { root, reply } = await revealedWithHeldReply()
    press('3')
    flushSync()
    expect(gradesDisabled(root)).toEqual([false, false, false, false])
    reply()
    await settle()
    expect(byTestId(root, 'card').dataset.cardId).toBe(sessionNextCard.card!.id)
  })

  it('greys the grades out once a reply is slow, and takes no second grade meanwhile', async () => {
    const { root, answers, reply } = await revealedWithHeldReply()
    vi.useFakeTimers()
    press('3')
    vi.advanceTimersByTime(200)
    flushSync()
    expect(gradesDisabled(root)).toEqual([true, true, true, true])
    press('1')
    vi.useRealTimers()
    reply()
    await settle()
    expect(answers).toEqual([{ cardId: sessionWithCard.card!.id, rating: 'good' }])
    expect(byTestId(root, 'card').dataset.cardId).toBe(sessionNextCard.card!.id)
  })
})
