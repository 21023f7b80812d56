import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ErrorReport } from '../lib/bindings/ErrorReport'
import type { QuizView } from '../lib/bindings/QuizView'
import type { TagCount } from '../lib/bindings/TagCount'
import { libraryView } from '../test/fixtures'
import { quizFeedback, quizResult, quizView, unansweredResult } from '../test/quizFixtures'
import { allByTestId, byTestId, press, render, settle } from '../test/render'
import Quiz from './Quiz.svelte'

type Call = [string, Record<string, unknown>]

let calls: Call[]

const tags: TagCount[] = [
  { tag: 'diplomacy', claims: 12 },
  { tag: 'north-korea', claims: 9 },
]

/**
 * The shell: a library, the deck's tags, a quiz of `quizView`, feedback by position, and `result`
 * at the end; `unfinished` is the quiz left open last time.
 */
function shell(result = quizResult, startError?: ErrorReport, unfinished: QuizView | null = null) {
  calls = []
  mockIPC((cmd, args) => {
    calls.push([cmd, args as Record<string, unknown>])
    switch (cmd) {
      case 'library':
        return libraryView
      case 'quiz_tags':
        return tags
      case 'unfinished_quiz':
        return unfinished
      case 'abandon_quiz':
        return null
      case 'start_quiz':
        if (startError) throw startError
        return quizView
      case 'answer_quiz':
        return quizFeedback[(args as { position: number }).position]
      case 'finish_quiz':
        return result
    }
  })
}

const LOADS = ['library', 'quiz_tags', 'unfinished_quiz']
const quizCalls = () => calls.filter(([cmd]) => !LOADS.includes(cmd))

function type(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  flushSync()
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value
  select.dispatchEvent(new Event('change', { bubbles: true }))
  flushSync()
}

const query = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`)
const progressNow = (root: HTMLElement) => byTestId(root, 'quiz-progress').getAttribute('aria-valuenow')

beforeEach(() => {
  window.scrollTo = vi.fn()
})

async function startedQuiz(props: { reading?: string; onreview?: () => void } = {}) {
  const root = render(Quiz, { onreview: vi.fn(), ...props })
  await settle()
  byTestId(root, 'quiz-start').click()
  await settle()
  return root
}

describe('Quiz', () => {
  it('sets up a quiz: scope, length, and the readings to choose from', async () => {
    shell()
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()

    expect(byTestId(root, 'quiz-view').querySelector('h1')?.textContent).toBe('Quiz')
    expect(byTestId<HTMLInputElement>(root, 'quiz-scope-all').checked).toBe(true)
    expect(byTestId<HTMLInputElement>(root, 'quiz-length-20').checked).toBe(true)
    const select = byTestId<HTMLSelectElement>(root, 'quiz-reading-select')
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(
      libraryView.readings.map((r) => r.citation.title),
    )

    byTestId(root, 'quiz-length-5').click()
    choose(select, 'mongolia-north-korea-2019')
    expect(byTestId<HTMLInputElement>(root, 'quiz-scope-reading').checked).toBe(true)
    byTestId(root, 'quiz-start').click()
    await settle()
    expect(quizCalls()).toEqual([
      ['start_quiz', { scope: { type: 'reading', id: 'mongolia-north-korea-2019' }, length: 5 }],
    ])
    expect(query(root, 'quiz-prompt')).not.toBeNull()
  })

  it('quizzes a tag picked from the deck’s tags with their counts', async () => {
    shell()
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()

    const select = byTestId<HTMLSelectElement>(root, 'quiz-tag')
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([
      'diplomacy (12 claims)',
      'north-korea (9 claims)',
    ])
    choose(select, 'north-korea')
    expect(byTestId<HTMLInputElement>(root, 'quiz-scope-tag').checked).toBe(true)
    byTestId(root, 'quiz-length-40').click()
    byTestId(root, 'quiz-start').click()
    await settle()
    expect(quizCalls()).toEqual([['start_quiz', { scope: { type: 'tag', tag: 'north-korea' }, length: 40 }]])
  })

  it('with the tag radio alone, quizzes the first tag', async () => {
    shell()
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()
    byTestId(root, 'quiz-scope-tag').click()
    byTestId(root, 'quiz-start').click()
    await settle()
    expect(quizCalls()).toEqual([['start_quiz', { scope: { type: 'tag', tag: 'diplomacy' }, length: 20 }]])
  })

  it('offers an unfinished quiz: resuming goes on at its first unanswered question', async () => {
    const halfDone: QuizView = {
      ...quizView,
      questions: quizView.questions.map((q, i) => (i < 2 ? { ...q, outcome: 'exact' } : q)),
    }
    shell(quizResult, undefined, halfDone)
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()
    expect(byTestId(root, 'quiz-resume-text').textContent?.trim()).toBe(
      `Your quiz on “${libraryView.readings[0].citation.title}” stopped after 2 of ${quizView.questions.length} questions.`,
    )
    expect(query(root, 'quiz-setup')).not.toBeNull()

    byTestId(root, 'quiz-resume-go').click()
    await settle()
    expect(byTestId(root, 'quiz-position').textContent).toBe(`Question 3 of ${quizView.questions.length}`)
    expect(progressNow(root)).toBe('2')
    expect(byTestId(root, 'quiz-prompt').textContent).toContain('The Ulaanbaatar Dialogue is held in')
    expect(quizCalls()).toEqual([])
  })

  it('abandons an unfinished quiz and keeps the setup', async () => {
    shell(quizResult, undefined, quizView)
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()
    byTestId(root, 'quiz-abandon').click()
    await settle()
    expect(quizCalls()).toEqual([['abandon_quiz', { quizId: quizView.id }]])
    expect(query(root, 'quiz-resume')).toBeNull()
    expect(query(root, 'quiz-setup')).not.toBeNull()
  })

  it('starts weak cards', async () => {
    shell()
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()
    byTestId(root, 'quiz-scope-weak').click()
    byTestId(root, 'quiz-start').click()
    await settle()
    expect(quizCalls()).toEqual([['start_quiz', { scope: { type: 'weak' }, length: 20 }]])
  })

  it('opens with a reading preselected', async () => {
    shell()
    const root = render(Quiz, { reading: 'mongolia-north-korea-2019', onreview: vi.fn() })
    await settle()
    expect(byTestId<HTMLInputElement>(root, 'quiz-scope-reading').checked).toBe(true)
    expect(byTestId<HTMLSelectElement>(root, 'quiz-reading-select').value).toBe('mongolia-north-korea-2019')
    byTestId(root, 'quiz-start').click()
    await settle()
    expect(quizCalls()[0][1].scope).toEqual({ type: 'reading', id: 'mongolia-north-korea-2019' })
  })

  it('shows why a quiz cannot start, e.g. when there are no weak cards', async () => {
    shell(quizResult, {
      code: 'empty_quiz',
      message: 'no weak cards yet: weak cards are those you failed lately or are likely to forget',
    })
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()
    byTestId(root, 'quiz-scope-weak').click()
    byTestId(root, 'quiz-start').click()
    await settle()

    expect(quizCalls()).toEqual([['start_quiz', { scope: { type: 'weak' }, length: 20 }]])
    expect(byTestId(root, 'error').textContent).toBe(
      'No weak cards yet: weak cards are those you failed lately or are likely to forget.',
    )
    expect(query(root, 'quiz-setup')).not.toBeNull()
    expect(query(root, 'quiz-prompt')).toBeNull()
  })

  it('asks each kind of question, gives feedback after each, and ends with the results', async () => {
    shell()
    const onreview = vi.fn()
    const root = await startedQuiz({ onreview })
    expect(quizCalls()).toEqual([['start_quiz', { scope: { type: 'all' }, length: 20 }]])
    expect(byTestId(root, 'quiz-position').textContent).toBe('Question 1 of 5')
    expect(progressNow(root)).toBe('0')
    expect(byTestId(root, 'quiz-progress').getAttribute('aria-valuemax')).toBe('5')

    // 1. Multiple choice, by key: 2 picks the second option. Wrong.
    expect(byTestId(root, 'quiz-prompt').textContent).toBe(quizView.questions[0].prompt)
    expect(allByTestId(root, 'quiz-choice-0')).toHaveLength(1)
    expect(allByTestId(root, 'quiz-choice-3')).toHaveLength(1)
    expect(query(root, 'quiz-next')).toBeNull()
    press('1')
    await settle()
    expect(quizCalls()[1]).toEqual(['answer_quiz', { quizId: 7, position: 0, given: { type: 'choice', index: 0 } }])
    const feedback = byTestId(root, 'quiz-feedback')
    expect(feedback.dataset.outcome).toBe('wrong')
    expect(byTestId(root, 'quiz-verdict').textContent).toContain('Wrong.')
    expect(byTestId(root, 'quiz-correct').textContent).toBe('A “middle road” policy')
    expect(byTestId(root, 'quiz-source').textContent).toContain(quizFeedback[0].source.reading_title)
    expect(byTestId(root, 'quiz-source').textContent).toContain(quizFeedback[0].source.quote)
    expect(byTestId(root, 'quiz-choice-0').dataset.result).toBe('wrong')
    expect(byTestId(root, 'quiz-choice-1').dataset.result).toBe('right')
    expect(byTestId<HTMLButtonElement>(root, 'quiz-choice-2').disabled).toBe(true)
    expect(progressNow(root)).toBe('1')
    // Answered once: more keys change nothing.
    press('2')
    await settle()
    expect(quizCalls().filter(([cmd]) => cmd === 'answer_quiz')).toHaveLength(1)
    expect(document.activeElement).toBe(byTestId(root, 'quiz-next'))
    press('Enter')
    await settle()

    // 2. True or false, by key: T is True. Right.
    expect(byTestId(root, 'quiz-position').textContent).toBe('Question 2 of 5')
    expect(byTestId(root, 'quiz-prompt').textContent).toBe(quizView.questions[1].prompt)
    expect(byTestId(root, 'quiz-choice-0').textContent).toContain('True')
    expect(byTestId(root, 'quiz-choice-1').textContent).toContain('False')
    expect(query(root, 'quiz-feedback')).toBeNull()
    press('t')
    await settle()
    expect(quizCalls()[2]).toEqual(['answer_quiz', { quizId: 7, position: 1, given: { type: 'choice', index: 0 } }])
    expect(byTestId(root, 'quiz-verdict').textContent).toContain('Right.')
    expect(byTestId(root, 'quiz-choice-0').dataset.result).toBe('right')
    byTestId(root, 'quiz-next').click()
    await settle()

    // 3. Cloze: the gap drawn as a blank, the answer typed and sent with Enter. Nearly right.
    expect(byTestId(root, 'quiz-prompt').querySelector('.gap')).not.toBeNull()
    const cloze = byTestId<HTMLInputElement>(root, 'quiz-input')
    expect(document.activeElement).toBe(cloze)
    expect(byTestId<HTMLButtonElement>(root, 'quiz-submit').disabled).toBe(true)
    type(cloze, 'Ulanbator')
    cloze.form!.requestSubmit()
    await settle()
    expect(quizCalls()[3]).toEqual(['answer_quiz', { quizId: 7, position: 2, given: { type: 'text', text: 'Ulanbator' } }])
    expect(byTestId(root, 'quiz-feedback').dataset.outcome).toBe('close')
    expect(byTestId(root, 'quiz-verdict').textContent).toContain('Nearly right')
    expect(byTestId(root, 'quiz-correct').textContent).toBe('Ulaanbaatar')
    expect(byTestId<HTMLInputElement>(root, 'quiz-input').readOnly).toBe(true)
    press('Enter')
    await settle()

    // 4. Typed, sent with the button. Wrong.
    expect(byTestId(root, 'quiz-prompt').textContent).toBe(quizView.questions[3].prompt)
    type(byTestId<HTMLInputElement>(root, 'quiz-input'), 'x')
    byTestId(root, 'quiz-submit').click()
    await settle()
    expect(quizCalls()[4]).toEqual(['answer_quiz', { quizId: 7, position: 3, given: { type: 'text', text: 'x' } }])
    expect(byTestId(root, 'quiz-correct').textContent).toBe('Russia and China')
    byTestId(root, 'quiz-next').click()
    await settle()

    // 5. Timeline: Alt+↓ moves the focused item down; the order is checked with the button.
    let items = allByTestId(root, 'quiz-timeline-item')
    expect(items.map((i) => i.querySelector('.text')?.textContent)).toEqual(quizView.questions[4].choices)
    items[0].focus()
    press('ArrowDown', { altKey: true }, items[0])
    await settle()
    items = allByTestId(root, 'quiz-timeline-item')
    expect(items.map((i) => Number(i.dataset.item))).toEqual([1, 0, 2])
    expect(document.activeElement).toBe(items[1])
    // ↓ alone moves the focus, not the item.
    press('ArrowDown', {}, items[1])
    await settle()
    expect(document.activeElement).toBe(allByTestId(root, 'quiz-timeline-item')[2])
    expect(allByTestId(root, 'quiz-timeline-item').map((i) => Number(i.dataset.item))).toEqual([1, 0, 2])
    byTestId(root, 'quiz-check-order').click()
    await settle()
    expect(quizCalls()[5]).toEqual(['answer_quiz', { quizId: 7, position: 4, given: { type: 'order', order: [1, 0, 2] } }])
    const lines = byTestId(root, 'quiz-correct').querySelectorAll('li')
    expect(lines).toHaveLength(3)
    expect(lines[0].querySelector('.date')?.textContent).toBe('October 2013:')
    expect(lines[0].textContent?.trim()).toBe('October 2013: Elbegdorj visits Pyongyang')
    expect(lines[1].textContent?.trim()).toBe('June 2014: The first Ulaanbaatar Dialogue')
    expect(byTestId(root, 'quiz-source').textContent).toContain('October 2013')
    expect(progressNow(root)).toBe('5')
    expect(query(root, 'quiz-finish')).toBeNull()
    expect(byTestId(root, 'quiz-next').textContent).toContain('See results')
    byTestId(root, 'quiz-next').click()
    await settle()

    // Results: the score and each miss with its answer, the right one and the source.
    expect(quizCalls()[6]).toEqual(['finish_quiz', { quizId: 7 }])
    expect(query(root, 'quiz-results')).not.toBeNull()
    expect(byTestId(root, 'quiz-score').textContent).toBe('2 / 5')
    const misses = allByTestId(root, 'quiz-miss')
    expect(misses).toHaveLength(3)
    expect(misses[0].textContent).toContain(quizView.questions[0].prompt)
    expect(byTestId(misses[0], 'quiz-miss-given').textContent?.trim()).toBe('Strict neutrality')
    expect(byTestId(misses[0], 'quiz-miss-correct').textContent).toBe('A “middle road” policy')
    expect(byTestId(misses[0], 'quiz-miss-source').textContent).toContain(quizFeedback[0].source.quote)
    expect(byTestId(misses[0], 'quiz-miss-source').textContent).toContain(quizFeedback[0].source.reading_title)
    expect(misses[2].textContent).toContain('Question 5')

    // Review these now: the misses, due a minute later, are studied ahead, at once.
    byTestId(root, 'quiz-review-misses').click()
    await settle()
    expect(quizCalls()[7]).toEqual(['learn_ahead', {}])
    expect(onreview).toHaveBeenCalledOnce()

    byTestId(root, 'quiz-new').click()
    await settle()
    expect(query(root, 'quiz-setup')).not.toBeNull()
  })

  it('takes multiple-choice answers by click, and True / False by F', async () => {
    shell()
    const root = await startedQuiz()
    byTestId(root, 'quiz-choice-3').click()
    await settle()
    expect(quizCalls()[1][1].given).toEqual({ type: 'choice', index: 3 })
    byTestId(root, 'quiz-next').click()
    await settle()
    press('f')
    await settle()
    expect(quizCalls()[2][1].given).toEqual({ type: 'choice', index: 1 })
  })

  it('reorders a timeline by dragging', async () => {
    shell()
    const root = await startedQuiz()
    // Answer the first four to reach the timeline.
    press('1')
    await settle()
    byTestId(root, 'quiz-next').click()
    await settle()
    press('t')
    await settle()
    byTestId(root, 'quiz-next').click()
    await settle()
    for (let i = 0; i < 2; i++) {
      type(byTestId<HTMLInputElement>(root, 'quiz-input'), 'x')
      byTestId(root, 'quiz-submit').click()
      await settle()
      byTestId(root, 'quiz-next').click()
      await settle()
    }

    const [first, , last] = allByTestId(root, 'quiz-timeline-item')
    first.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }))
    last.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }))
    window.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }))
    await settle()
    expect(allByTestId(root, 'quiz-timeline-item').map((i) => Number(i.dataset.item))).toEqual([1, 2, 0])

    // Enter on an item checks the order too.
    const focused = allByTestId(root, 'quiz-timeline-item')[2]
    press('Enter', {}, focused)
    await settle()
    expect(quizCalls().at(-1)).toEqual(['answer_quiz', { quizId: 7, position: 4, given: { type: 'order', order: [1, 2, 0] } }])
  })

  it('finishes early: the questions left count as missed, marked “not answered”', async () => {
    shell(unansweredResult)
    const root = await startedQuiz()
    byTestId(root, 'quiz-finish').click()
    await settle()

    expect(quizCalls().at(-1)).toEqual(['finish_quiz', { quizId: 7 }])
    expect(byTestId(root, 'quiz-score').textContent).toBe('0 / 5')
    const misses = allByTestId(root, 'quiz-miss')
    expect(misses).toHaveLength(5)
    expect(misses.every((m) => byTestId(m, 'quiz-miss-given').textContent?.trim() === 'not answered')).toBe(true)
    expect(query(root, 'quiz-results')?.textContent).toContain('5 questions not answered')
    // Nothing was logged as Again, so there is nothing new to review.
    expect(query(root, 'quiz-review-misses')).toBeNull()
  })

  it('shows an answer that failed and lets the student try again', async () => {
    let fail = true
    shell()
    const calls: string[] = []
    mockIPC((cmd, args) => {
      calls.push(cmd)
      if (cmd === 'library') return libraryView
      if (cmd === 'start_quiz') return quizView
      if (cmd === 'answer_quiz') {
        if (fail) throw { code: 'storage', message: 'The study database is locked.' } satisfies ErrorReport
        return quizFeedback[(args as { position: number }).position]
      }
    })
    const root = await startedQuiz()
    press('1')
    await settle()
    expect(byTestId(root, 'error').textContent).toBe('The study database is locked.')
    expect(query(root, 'quiz-next')).toBeNull()
    expect(byTestId<HTMLButtonElement>(root, 'quiz-choice-0').disabled).toBe(false)

    fail = false
    press('1')
    await settle()
    expect(query(root, 'error')).toBeNull()
    expect(byTestId(root, 'quiz-choice-0').dataset.result).toBe('wrong')
    expect(byTestId(root, 'quiz-choice-1').dataset.result).toBe('right')
    expect(query(root, 'quiz-next')).not.toBeNull()
  })
})
