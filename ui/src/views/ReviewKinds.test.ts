// Every kind of card in the review screen, driven by the keyboard first, with the core mocked.
import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AnswerCheck } from '../lib/bindings/AnswerCheck'
import type { Session } from '../lib/bindings/Session'
import type { UndoResult } from '../lib/bindings/UndoResult'
import {
  clozeCard,
  conflictCard,
  multipleChoiceCard,
  qaCard,
  sessionDone,
  sessionNextCard,
  sessionOf,
  sessionWithCard,
  timelineCard,
  trueFalseCard,
  typedCard,
} from '../test/fixtures'
import { allByTestId, byTestId, press, render, settle, visibleText } from '../test/render'
import Review from './Review.svelte'

type Call = { cmd: string; args: Record<string, unknown> }

type Replies = {
  check?: AnswerCheck
  next?: Session
  undo?: UndoResult
  suspend?: Session
}

async function start(first: Session, replies: Replies = {}) {
  const calls: Call[] = []
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> })
    if (cmd === 'session') return first
    if (cmd === 'answer') return replies.next ?? sessionNextCard
    if (cmd === 'check_answer') return replies.check
    if (cmd === 'undo') return replies.undo ?? undid(sessionWithCard)
    if (cmd === 'set_suspended') return replies.suspend ?? sessionNextCard
  })
  const onopenreading = vi.fn()
  const onlibrary = vi.fn()
  const root = render(Review, { onopenreading, onlibrary })
  await settle()
  const of = (cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args)
  return { root, calls, of, onopenreading, onlibrary }
}

/** What the shell answers to an undo that took back the answer to `session`'s card. */
const undid = (session: Session): UndoResult => ({
  undone: { card: session.card!.id, prompt: session.card!.prompt },
  session,
})

const query = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const right = (suggested: AnswerCheck['suggested'] = 'good', correct = ''): AnswerCheck => ({
  outcome: 'exact',
  suggested,
  correct_answer: correct,
})
const wrong = (correct = ''): AnswerCheck => ({ outcome: 'wrong', suggested: 'again', correct_answer: correct })

afterEach(() => {
  vi.useRealTimers()
})

describe('Review: cloze and Q&A', () => {
  it('asks a Q&A card like a cloze: Space shows the answer with the claim, then grades', async () => {
    const { root, of } = await start(sessionOf(qaCard))
    expect(byTestId(root, 'card-kind').textContent).toBe('Question')
    expect(visibleText(byTestId(root, 'prompt'))).toBe(qaCard.prompt)
    expect(query(root, 'answer')).toBeNull()
    press(' ')
    expect(byTestId(root, 'answer').textContent).toBe(qaCard.answer)
    expect(byTestId(root, 'statement').textContent).toBe(qaCard.statement)
    expect(document.activeElement).toBe(root.querySelector('.answer-box'))
    press('2')
    await settle()
    expect(of('answer')).toEqual([{ cardId: qaCard.id, rating: 'hard' }])
    expect(of('check_answer')).toEqual([]) // nothing to check: the student answered in the head
  })

  it('labels a cloze card and shows no options', async () => {
    const { root } = await start(sessionWithCard)
    expect(byTestId(root, 'card-kind').textContent).toBe('Fill the gap')
    expect(query(root, 'choice-0')).toBeNull()
    expect(query(root, 'typed-input')).toBeNull()
  })
})

describe('Review: multiple choice', () => {
  it('shows the question with four options and no answer', async () => {
    const { root } = await start(sessionOf(multipleChoiceCard))
    expect(byTestId(root, 'card-kind').textContent).toBe('Multiple choice')
    expect(visibleText(byTestId(root, 'prompt'))).toBe(multipleChoiceCard.prompt)
    const options = [0, 1, 2, 3].map((i) => byTestId<HTMLButtonElement>(root, `choice-${i}`))
    expect(options.map((o) => o.querySelector('.text')?.textContent)).toEqual(multipleChoiceCard.choices)
    expect(options.map((o) => o.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4'])
    expect(options.every((o) => !o.disabled)).toBe(true)
    expect(query(root, 'choice-4')).toBeNull()
    expect(query(root, 'answer')).toBeNull()
    expect(query(root, 'show-answer')).toBeNull()
    expect(query(root, 'grade-good')).toBeNull()
  })

  it('picks an option with its number key: a wrong pick is marked, the right one shown, Again suggested', async () => {
    const { root, of } = await start(sessionOf(multipleChoiceCard), { check: wrong(multipleChoiceCard.answer) })
    const event = press('2')
    expect(event.defaultPrevented).toBe(true)
    // Revealed at once, before the check comes back.
    expect(byTestId(root, 'answer').textContent).toBe('a resolutely middle road')
    expect(byTestId(root, 'choice-1').dataset.result).toBe('wrong')
    expect(byTestId(root, 'choice-1').textContent).toContain('Your answer: wrong')
    expect(byTestId(root, 'choice-3').dataset.result).toBe('right')
    expect(byTestId(root, 'choice-3').textContent).toContain('Right answer')
    expect(byTestId(root, 'choice-0').dataset.result).toBeUndefined()
    expect(byTestId<HTMLButtonElement>(root, 'choice-0').disabled).toBe(true)
    expect(byTestId(root, 'verdict').textContent).toContain('Not quite')
    await settle()
    expect(of('check_answer')).toEqual([{ cardId: multipleChoiceCard.id, given: { type: 'choice', index: 1 } }])
    expect(of('answer')).toEqual([]) // the key that picked did not also grade
    const again = byTestId(root, 'grade-again')
    expect(again.dataset.suggested).toBe('true')
    expect(again.textContent).toContain('Suggested')
    expect(document.activeElement).toBe(again)
    expect(byTestId(root, 'grade-good').dataset.suggested).toBeUndefined()
  })

  it('grades with the number keys once revealed, whatever was suggested', async () => {
    const { of } = await start(sessionOf(multipleChoiceCard), { check: wrong() })
    press('2')
    await settle()
    press('4')
    await settle()
    expect(of('check_answer')).toHaveLength(1)
    expect(of('answer')).toEqual([{ cardId: multipleChoiceCard.id, rating: 'easy' }])
  })

  it('picks the right option by click and suggests Good', async () => {
    const { root, of } = await start(sessionOf(multipleChoiceCard), { check: right('good') })
    byTestId(root, 'choice-3').click()
    await settle()
    expect(of('check_answer')).toEqual([{ cardId: multipleChoiceCard.id, given: { type: 'choice', index: 3 } }])
    expect(byTestId(root, 'choice-3').dataset.result).toBe('right')
    expect(byTestId(root, 'choice-3').textContent).toContain('Your answer: right')
    expect(byTestId(root, 'verdict').textContent).toContain('Right')
    expect(document.activeElement).toBe(byTestId(root, 'grade-good'))
  })

  it('ignores Space, Enter and keys without an option before a pick', async () => {
    const { root, of } = await start(sessionOf(multipleChoiceCard), { check: wrong() })
    press(' ')
    press('Enter')
    press('5')
    press('1', { altKey: true })
    press('1', { repeat: true })
    await settle()
    expect(query(root, 'answer')).toBeNull()
    expect(of('check_answer')).toEqual([])
  })

  it('still grades when the check fails, and says why', async () => {
    mockIPC((cmd) => {
      if (cmd === 'session') return sessionOf(multipleChoiceCard)
      if (cmd === 'check_answer') throw { code: 'not_found', message: 'Not found: card `x`.' }
      return sessionNextCard
    })
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
    await settle()
    press('1')
    await settle()
    expect(byTestId(root, 'error').textContent).toBe('Not found: card `x`.')
    expect(byTestId(root, 'answer').textContent).toBe(multipleChoiceCard.answer)
    expect(document.activeElement).toBe(root.querySelector('.answer-box'))
    press('3')
    await settle()
    expect(visibleText(byTestId(root, 'prompt'))).toBe(qaCard.prompt)
  })
})

describe('Review: true or false', () => {
  it('shows the statement with True and False', async () => {
    const { root } = await start(sessionOf(trueFalseCard))
    expect(byTestId(root, 'card-kind').textContent).toBe('True or false?')
    expect(visibleText(byTestId(root, 'prompt'))).toBe(trueFalseCard.prompt)
    expect(byTestId(root, 'choice-0').textContent).toContain('True')
    expect(byTestId(root, 'choice-1').textContent).toContain('False')
    expect(byTestId(root, 'choice-0').getAttribute('aria-keyshortcuts')).toBe('T 1')
    expect(query(root, 'choice-2')).toBeNull()
    expect(query(root, 'true-statement')).toBeNull()
  })

  it('judges with F: right, and shows the true statement', async () => {
    const { root, of } = await start(sessionOf(trueFalseCard), { check: right('good', 'False') })
    press('f')
    expect(byTestId(root, 'choice-1').dataset.result).toBe('right')
    expect(byTestId(root, 'verdict').textContent).toContain('Right')
    expect(byTestId(root, 'answer').textContent).toBe('False')
    expect(byTestId(root, 'true-statement').textContent).toBe(trueFalseCard.statement)
    expect(query(root, 'statement')).toBeNull() // shown once, as the true statement
    await settle()
    expect(of('check_answer')).toEqual([{ cardId: trueFalseCard.id, given: { type: 'choice', index: 1 } }])
    expect(document.activeElement).toBe(byTestId(root, 'grade-good'))
  })

  it.each(['T', 't', '1'])('judges with %s: True, here wrong', async (key) => {
    const { root, of } = await start(sessionOf(trueFalseCard), { check: wrong('False') })
    press(key)
    await settle()
    expect(of('check_answer')).toEqual([{ cardId: trueFalseCard.id, given: { type: 'choice', index: 0 } }])
    expect(byTestId(root, 'choice-0').dataset.result).toBe('wrong')
    expect(byTestId(root, 'choice-1').dataset.result).toBe('right')
    expect(byTestId(root, 'verdict').textContent).toContain('Not quite')
    expect(document.activeElement).toBe(byTestId(root, 'grade-again'))
  })

  it('judges with 2 and by click', async () => {
    const first = await start(sessionOf(trueFalseCard), { check: right() })
    press('2')
    await settle()
    expect(first.of('check_answer')).toEqual([{ cardId: trueFalseCard.id, given: { type: 'choice', index: 1 } }])
    press('2') // now a grade
    await settle()
    expect(first.of('answer')).toEqual([{ cardId: trueFalseCard.id, rating: 'hard' }])
  })
})

describe('Review: typed', () => {
  function type(root: HTMLElement, text: string) {
    const input = byTestId<HTMLInputElement>(root, 'typed-input')
    input.value = text
    input.dispatchEvent(new Event('input', { bubbles: true }))
    flushSync()
    return input
  }

  it('focuses the answer field; keys there type instead of revealing, grading or suspending', async () => {
    const { root, of } = await start(sessionOf(typedCard))
    expect(byTestId(root, 'card-kind').textContent).toBe('Type the answer')
    const input = byTestId<HTMLInputElement>(root, 'typed-input')
    expect(document.activeElement).toBe(input)
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Your answer')
    for (const key of [' ', '3', 's', 'z', 'o']) press(key, {}, input)
    press('z', { ctrlKey: true }, input)
    await settle()
    expect(query(root, 'answer')).toBeNull()
    expect(of('answer')).toEqual([])
    expect(of('set_suspended')).toEqual([])
    expect(of('undo')).toEqual([])
  })

  it('takes letters back into the field when it has lost the focus, and never suspends or edits', async () => {
    const { root, of } = await start(sessionOf(typedCard))
    const input = byTestId<HTMLInputElement>(root, 'typed-input')
    input.blur()
    expect(document.activeElement).not.toBe(input)
    for (const key of ['s', 'e', 'z', 'o']) press(key)
    await settle()
    expect(document.activeElement).toBe(input)
    expect(of('set_suspended')).toEqual([])
    expect(of('undo')).toEqual([])
    expect(query(root, 'answer')).toBeNull()
  })

  it('checks a close answer on Enter, shows the verdict, the letters that differ and suggests Hard', async () => {
    const { root, of } = await start(sessionOf(typedCard), {
      check: { outcome: 'close', suggested: 'hard', correct_answer: 'Russia and China' },
    })
    const input = type(root, 'Rusia and Chna')
    input.form!.requestSubmit() // what Enter in the field does
    await settle()
    expect(of('check_answer')).toEqual([{ cardId: typedCard.id, given: { type: 'text', text: 'Rusia and Chna' } }])
    expect(query(root, 'typed-input')).toBeNull()
    expect(byTestId(root, 'typed-outcome').textContent).toContain('Close')
    const diff = byTestId(root, 'typed-diff')
    expect(diff.textContent).toBe('Russia and China')
    expect(Array.from(diff.querySelectorAll('.added'), (e) => e.textContent)).toEqual(['s', 'i'])
    expect(diff.querySelectorAll('.removed')).toHaveLength(0)
    expect(diff.querySelector('ins.added')).not.toBeNull()
    expect(byTestId(root, 'answer').textContent).toBe('Russia and China')
    expect(byTestId(root, 'statement').textContent).toBe(typedCard.statement)
    expect(document.activeElement).toBe(byTestId(root, 'grade-hard'))

    press('3') // after the check, number keys grade
    await settle()
    expect(of('answer')).toEqual([{ cardId: typedCard.id, rating: 'good' }])
  })

  it('lets the student overrule a Wrong check with I was right (R): Good is suggested, and recorded', async () => {
    const { root, of } = await start(sessionOf(typedCard), { check: wrong('Russia and China') })
    type(root, 'China and Russia') // right, in another order
    byTestId(root, 'typed-submit').click()
    await settle()
    expect(byTestId(root, 'typed-outcome').textContent).toContain('Wrong')
    const accept = byTestId(root, 'typed-accept')
    expect(accept.textContent).toContain('I was right')
    expect(accept.getAttribute('aria-keyshortcuts')).toBe('r')
    expect(document.activeElement).toBe(byTestId(root, 'grade-again'))

    const event = press('r')
    expect(event.defaultPrevented).toBe(true)
    const outcome = byTestId(root, 'typed-outcome')
    expect(outcome.textContent).toContain('Counted as right')
    expect(outcome.dataset.accepted).toBe('true')
    expect(query(root, 'typed-accept')).toBeNull()
    expect(byTestId(root, 'grade-good').dataset.suggested).toBe('true')
    expect(byTestId(root, 'grade-again').dataset.suggested).toBeUndefined()
    expect(document.activeElement).toBe(byTestId(root, 'grade-good'))
    expect(of('answer')).toEqual([]) // counting it right grades nothing by itself

    byTestId(root, 'grade-good').click() // what Enter on the focused grade does
    await settle()
    expect(of('answer')).toEqual([{ cardId: typedCard.id, rating: 'good' }])
  })

  it('offers I was right as a button after a Close check, and never after an Exact one', async () => {
    const close = await start(sessionOf(typedCard), {
      check: { outcome: 'close', suggested: 'hard', correct_answer: 'Russia and China' },
    })
    type(close.root, 'Rusia and Chna')
    byTestId(close.root, 'typed-submit').click()
    await settle()
    byTestId(close.root, 'typed-accept').click()
    flushSync()
    expect(byTestId(close.root, 'typed-outcome').textContent).toContain('Counted as right')
    expect(document.activeElement).toBe(byTestId(close.root, 'grade-good'))
  })

  it('has no I was right for an exact answer, and R does nothing there', async () => {
    const { root, of } = await start(sessionOf(typedCard), { check: right('good', 'Russia and China') })
    type(root, 'Russia and China')
    byTestId(root, 'typed-submit').click()
    await settle()
    expect(query(root, 'typed-accept')).toBeNull()
    expect(press('r').defaultPrevented).toBe(false)
    expect(byTestId(root, 'typed-outcome').textContent).toContain('Exact')
    expect(of('answer')).toEqual([])
  })

  it('marks typed letters that are not in the answer, ignoring case', async () => {
    const { root } = await start(sessionOf(typedCard), { check: wrong('Russia and China') })
    type(root, 'russia and japan')
    byTestId(root, 'typed-submit').click()
    await settle()
    expect(byTestId(root, 'typed-outcome').textContent).toContain('Wrong')
    const diff = byTestId(root, 'typed-diff')
    const removed = Array.from(diff.querySelectorAll('del.removed'), (e) => e.textContent).join('')
    const added = Array.from(diff.querySelectorAll('ins.added'), (e) => e.textContent).join('')
    expect(removed).toBe('japa') // typed, not in the answer
    expect(added).toBe('Chia') // in the answer, not typed
    expect(diff.querySelector('.same')?.textContent?.startsWith('Russia and ')).toBe(true)
    expect(document.activeElement).toBe(byTestId(root, 'grade-again'))
  })

  it('shows Exact for an exact answer', async () => {
    const { root } = await start(sessionOf(typedCard), { check: right('good', 'Russia and China') })
    type(root, 'Russia and China')
    byTestId(root, 'typed-submit').click()
    await settle()
    expect(byTestId(root, 'typed-outcome').textContent).toContain('Exact')
    expect(byTestId(root, 'typed-diff').querySelectorAll('.added, .removed')).toHaveLength(0)
  })

  it('marks no letters of an exact answer written in other letters', async () => {
    const { root } = await start(sessionOf(typedCard), { check: right('good', 'five times') })
    type(root, '5')
    byTestId(root, 'typed-submit').click()
    await settle()
    expect(byTestId(root, 'typed-outcome').textContent).toContain('Exact')
    expect(query(root, 'typed-diff')).toBeNull()
  })
})

describe('Review: timeline', () => {
  const items = (root: HTMLElement) => allByTestId(root, 'timeline-item')
  const texts = (root: HTMLElement) => items(root).map((i) => i.querySelector('.text')?.textContent)
  const itemOf = (root: HTMLElement, n: number) => root.querySelector<HTMLElement>(`[data-item="${n}"]`)!

  it('shows the items as given, focusable, with no dates', async () => {
    const { root } = await start(sessionOf(timelineCard))
    expect(byTestId(root, 'card-kind').textContent).toBe('Timeline')
    expect(texts(root)).toEqual(timelineCard.choices)
    expect(items(root).every((i) => i.tabIndex === 0)).toBe(true)
    expect(items(root)[0].getAttribute('aria-keyshortcuts')).toBe('Alt+ArrowUp Alt+ArrowDown')
    expect(query(root, 'timeline-date')).toBeNull()
    expect(query(root, 'check-order')).not.toBeNull()
    expect(query(root, 'answer')).toBeNull()
  })

  it('moves the focused item with Alt+ArrowUp and Alt+ArrowDown, keeping the focus on it', async () => {
    const { root } = await start(sessionOf(timelineCard))
    const established = itemOf(root, 4)
    established.focus()
    for (let i = 0; i < 4; i++) {
      expect(press('ArrowUp', { altKey: true }, document.activeElement!).defaultPrevented).toBe(true)
      await settle()
    }
    expect(items(root).map((i) => Number(i.dataset.item))).toEqual([4, 0, 1, 2, 3])
    expect(document.activeElement).toBe(itemOf(root, 4))
    expect(root.textContent).toContain('moved to position 1 of 5')

    press('ArrowUp', { altKey: true }, document.activeElement!) // already first
    await settle()
    expect(items(root).map((i) => Number(i.dataset.item))).toEqual([4, 0, 1, 2, 3])

    press('ArrowDown', {}, document.activeElement!) // plain arrows walk the list
    await settle()
    expect(document.activeElement).toBe(itemOf(root, 0))
    press('ArrowDown', { altKey: true }, document.activeElement!)
    await settle()
    press('ArrowDown', { altKey: true }, document.activeElement!)
    await settle()
    expect(items(root).map((i) => Number(i.dataset.item))).toEqual([4, 1, 2, 0, 3])
    expect(document.activeElement).toBe(itemOf(root, 0))
  })

  it('checks the order with Enter, then shows each date and whether it is in place', async () => {
    const { root, of } = await start(sessionOf(timelineCard), { check: wrong(timelineCard.answer) })
    const trade = itemOf(root, 1)
    trade.focus()
    press('ArrowUp', { altKey: true }, trade)
    await settle()
    // Now [1, 0, 2, 3, 4]; Enter on an item checks.
    expect(press('Enter', {}, document.activeElement!).defaultPrevented).toBe(true)
    await settle()
    expect(of('check_answer')).toEqual([{ cardId: timelineCard.id, given: { type: 'order', order: [1, 0, 2, 3, 4] } }])
    expect(allByTestId(root, 'timeline-date').map((d) => d.textContent)).toEqual([
      '1949',
      '2018',
      'July 1, 2019',
      'May 21, 2014',
      '1924',
    ])
    expect(items(root).map((i) => i.dataset.result)).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong'])
    expect(items(root).every((i) => !i.hasAttribute('tabindex'))).toBe(true)
    expect(byTestId(root, 'timeline-outcome').textContent).toContain('Not in order')
    // The right order, earliest first, each event with its date written out.
    expect(Array.from(byTestId(root, 'answer').querySelectorAll('li')).map((li) => li.textContent)).toEqual(
      timelineCard.correct_order.map((k) => `${['2018', '1949', 'July 1, 2019', 'May 21, 2014', '1924'][k]}: ${timelineCard.choices[k]}`),
    )
    expect(query(root, 'statement')).toBeNull() // the answer already lists the items in order
    expect(document.activeElement).toBe(byTestId(root, 'grade-again'))

    press('ArrowDown', { altKey: true }, items(root)[0]) // no more moving
    await settle()
    expect(items(root).map((i) => Number(i.dataset.item))).toEqual([1, 0, 2, 3, 4])
  })

  it('reorders by dragging and checks with the button: the right order', async () => {
    const { root, of } = await start(sessionOf(timelineCard), { check: right('good', timelineCard.answer) })
    const drag = async (item: number, over: number) => {
      itemOf(root, item).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }))
      flushSync()
      expect(itemOf(root, item).classList.contains('dragging')).toBe(true)
      itemOf(root, over).dispatchEvent(new PointerEvent('pointermove', { bubbles: true }))
      flushSync()
      window.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }))
      await settle()
      expect(itemOf(root, item).classList.contains('dragging')).toBe(false)
    }
    // [0,1,2,3,4] → [4,1,3,0,2], earliest first.
    await drag(4, 0) // [4,0,1,2,3]
    await drag(1, 0) // [4,1,0,2,3]
    await drag(3, 0) // [4,1,3,0,2]
    expect(items(root).map((i) => Number(i.dataset.item))).toEqual([4, 1, 3, 0, 2])
    expect(document.activeElement).toBe(itemOf(root, 3))

    byTestId(root, 'check-order').click()
    await settle()
    expect(of('check_answer')).toEqual([{ cardId: timelineCard.id, given: { type: 'order', order: [4, 1, 3, 0, 2] } }])
    expect(allByTestId(root, 'timeline-date').map((d) => d.textContent)).toEqual([
      '1924',
      '1949',
      'May 21, 2014',
      '2018',
      'July 1, 2019',
    ])
    expect(items(root).every((i) => i.dataset.result === 'right')).toBe(true)
    expect(byTestId(root, 'timeline-outcome').textContent).toContain('Right order')
    expect(document.activeElement).toBe(byTestId(root, 'grade-good'))
  })

  it('does not check on Enter held down, or on Enter given to a button', async () => {
    const { of } = await start(sessionOf(timelineCard), { check: wrong() })
    press('Enter', { repeat: true })
    const other = document.createElement('button')
    document.body.append(other)
    press('Enter', {}, other)
    await settle()
    expect(of('check_answer')).toEqual([])
  })
})

describe('Review: sources differ', () => {
  it('lists the other readings’ versions under the source once the answer shows', async () => {
    const { root, onopenreading } = await start(sessionOf(conflictCard))
    expect(query(root, 'sources-differ')).toBeNull()
    press(' ')
    const panel = byTestId(root, 'sources-differ')
    expect(panel.querySelector('h3')?.textContent).toContain('Sources differ')
    expect(panel.getAttribute('aria-labelledby')).toBe(panel.querySelector('h3')?.id)
    const conflicts = allByTestId(panel, 'conflict')
    expect(conflicts).toHaveLength(2)
    expect(allByTestId(panel, 'conflict-reading').map((e) => e.textContent)).toEqual([
      'NK News (2022)',
      'NK News (2022)',
    ])
    expect(allByTestId(panel, 'conflict-reading').map((e) => e.getAttribute('title'))).toEqual([
      'Why the Yoon administration sees a powerful partner in Mongolia',
      'Why the Yoon administration sees a powerful partner in Mongolia',
    ])
    expect(allByTestId(panel, 'conflict-text').map((e) => e.textContent)).toEqual(
      conflictCard.conflicts.map((c) => c.text),
    )
    expect(allByTestId(panel, 'conflict-quote')[0].textContent).toBe('“and then to a “strategic partnership” in 2021”')
    // The card's own source stays first.
    expect(byTestId(root, 'source-quote').textContent).toBe(
      '“developing its newly-declared strategic partnership with the South”',
    )
    allByTestId(panel, 'open-conflict')[1].click()
    expect(onopenreading).toHaveBeenCalledWith('seoul-mongolia-yoon-2022', 'smy-strategic-partnership-label')
    press('o')
    expect(onopenreading).toHaveBeenLastCalledWith(
      'breakthrough-2015',
      'bt-strategic-partnership-south',
      expect.objectContaining({ card: conflictCard.id }),
    )
  })

  it('is not there when the sources agree', async () => {
    const { root } = await start(sessionWithCard)
    press(' ')
    expect(query(root, 'source-quote')).not.toBeNull()
    expect(query(root, 'sources-differ')).toBeNull()
  })

  it('is shown for every kind, with the source box', async () => {
    const { root } = await start(sessionOf({ ...multipleChoiceCard, conflicts: conflictCard.conflicts }), {
      check: wrong(),
    })
    press('1')
    expect(byTestId(root, 'source-quote').textContent).toBe(`“${multipleChoiceCard.source.quote}”`)
    expect(allByTestId(root, 'conflict')).toHaveLength(2)
  })
})

describe('Review: undo, suspend and progress', () => {
  it('undoes the last answer with Z: shows the card that comes back and its counts', async () => {
    const { root, of } = await start(sessionNextCard, { undo: undid(sessionWithCard) })
    expect(visibleText(byTestId(root, 'prompt'))).toBe(qaCard.prompt)
    expect(press('z').defaultPrevented).toBe(true)
    await settle()
    expect(of('undo')).toEqual([{}])
    expect(visibleText(byTestId(root, 'prompt'))).toBe(clozeCard.prompt)
    expect(byTestId(root, 'count-new').textContent).toBe('20')
    expect(byTestId(root, 'toast').textContent).toBe(`Undid: ${clozeCard.prompt}`)
    expect(root.querySelector('[role="status"]')?.contains(byTestId(root, 'toast'))).toBe(true)
    expect(query(root, 'answer')).toBeNull()
  })

  it('undoes with Ctrl+Z and Shift+Z too, not with Ctrl+Shift+Z, Alt+Z or a held key', async () => {
    const { of } = await start(sessionNextCard, { undo: undid(sessionWithCard) })
    press('z', { ctrlKey: true })
    await settle()
    press('Z', { shiftKey: true })
    await settle()
    press('Z', { ctrlKey: true, shiftKey: true })
    press('z', { altKey: true })
    press('z', { repeat: true })
    await settle()
    expect(of('undo')).toHaveLength(2)
  })

  it('undoes after the answer is shown', async () => {
    const { root, of } = await start(sessionNextCard, { undo: undid(sessionWithCard) })
    press(' ')
    press('z')
    await settle()
    expect(of('undo')).toHaveLength(1)
    expect(query(root, 'answer')).toBeNull()
  })

  it('undoes from the end of the session, with the button', async () => {
    const done = await start(sessionDone, { undo: undid(sessionWithCard) })
    expect(query(done.root, 'suspend')).toBeNull()
    byTestId(done.root, 'undo').click()
    await settle()
    expect(visibleText(byTestId(done.root, 'prompt'))).toBe(clozeCard.prompt)
    expect(query(done.root, 'review-done')).toBeNull()
  })

  it('says so when there is nothing to undo', async () => {
    const { root } = await start(sessionWithCard, { undo: { undone: null, session: sessionWithCard } })
    press('z')
    await settle()
    expect(byTestId(root, 'toast').textContent).toBe('Nothing to undo')
  })

  it('lets the toast go after a moment', async () => {
    const { root } = await start(sessionNextCard, { undo: undid(sessionWithCard) })
    vi.useFakeTimers()
    press('z')
    await vi.advanceTimersByTimeAsync(10)
    flushSync()
    expect(byTestId(root, 'toast').textContent).toBe(`Undid: ${clozeCard.prompt}`)
    await vi.advanceTimersByTimeAsync(3000)
    flushSync()
    expect(query(root, 'toast')).toBeNull()
  })

  it.each([
    ['s', 'before', false],
    ['S', 'after', true],
  ])('suspends the card with %s %s the answer shows, and moves on', async (key, _when, reveal) => {
    const { root, of } = await start(sessionWithCard, { suspend: sessionNextCard })
    if (reveal) press(' ')
    expect(press(key as string).defaultPrevented).toBe(true)
    await settle()
    expect(of('set_suspended')).toEqual([{ cardId: clozeCard.id, suspended: true }])
    expect(of('answer')).toEqual([])
    expect(visibleText(byTestId(root, 'prompt'))).toBe(qaCard.prompt)
    expect(query(root, 'answer')).toBeNull()
    expect(byTestId(root, 'toast').textContent).toBe('Card suspended')
  })

  it('suspends with the button, and not with Ctrl+S', async () => {
    const { root, of } = await start(sessionWithCard, { suspend: sessionNextCard })
    press('s', { ctrlKey: true })
    await settle()
    expect(of('set_suspended')).toEqual([])
    byTestId(root, 'suspend').click()
    await settle()
    expect(of('set_suspended')).toEqual([{ cardId: clozeCard.id, suspended: true }])
  })

  it('keeps the card and says why when suspending fails', async () => {
    mockIPC((cmd) => {
      if (cmd === 'session') return sessionWithCard
      throw { code: 'storage', message: 'The study database is locked.' }
    })
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
    await settle()
    press('s')
    await settle()
    expect(byTestId(root, 'error').textContent).toBe('The study database is locked.')
    expect(visibleText(byTestId(root, 'prompt'))).toBe(clozeCard.prompt)
    expect(query(root, 'toast')).toBeNull()
  })

  it('shows today’s progress: reviewed against reviewed plus still due', async () => {
    const { root } = await start(sessionWithCard, { next: sessionNextCard })
    const bar = byTestId<HTMLProgressElement>(root, 'session-progress')
    expect(bar.tagName).toBe('PROGRESS')
    expect(bar.value).toBe(4)
    expect(bar.max).toBe(4 + 20 + 3 + 7)
    expect(bar.getAttribute('aria-label')).toBe('Today’s session')
    expect(byTestId(root, 'session-progress-label').textContent).toBe('4 answered · 30 to go')
    press(' ')
    press('3')
    await settle()
    expect(byTestId<HTMLProgressElement>(root, 'session-progress').value).toBe(5)
    // A new card answered comes back as a learning card: still 30 to go, and no total that grows.
    expect(byTestId(root, 'session-progress-label').textContent).toBe('5 answered · 30 to go')
  })

  it('fills the bar at the end of the session', async () => {
    const { root } = await start(sessionDone)
    const bar = byTestId<HTMLProgressElement>(root, 'session-progress')
    expect([bar.value, bar.max]).toEqual([30, 30])
  })

  it('drops a check that comes back after the card was graded', async () => {
    let resolveCheck: (check: AnswerCheck) => void = () => {}
    mockIPC((cmd) => {
      if (cmd === 'session') return sessionOf(multipleChoiceCard)
      if (cmd === 'check_answer') return new Promise<AnswerCheck>((resolve) => (resolveCheck = resolve))
      return sessionOf(trueFalseCard)
    })
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn() })
    await settle()
    press('1')
    press('1') // grades Again before the check is back
    await settle()
    expect(byTestId(root, 'card-kind').textContent).toBe('True or false?')
    resolveCheck(wrong())
    await settle()
    expect(query(root, 'answer')).toBeNull()
    expect(query(root, 'grade-again')).toBeNull()
  })
})
