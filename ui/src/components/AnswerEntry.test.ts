import { describe, expect, it } from 'vitest'
import { byTestId, render } from '../test/render'
import AnswerEntry from './AnswerEntry.svelte'

describe('AnswerEntry', () => {
  it('is a labelled field whose Check (or Enter) submits without leaving the page', () => {
    let submitted = 0
    const root = render(AnswerEntry, { testid: 'quiz', value: 'Ulaanbaatar', onsubmit: () => submitted++ })
    const input = byTestId<HTMLInputElement>(root, 'quiz-input')
    expect(input.value).toBe('Ulaanbaatar')
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Your answer')
    const event = new SubmitEvent('submit', { cancelable: true })
    input.form!.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(submitted).toBe(1)
    expect(byTestId(root, 'quiz-submit').textContent).toContain('Check')
  })

  it('once judged: read-only, marked right or wrong, and without its button', () => {
    const root = render(AnswerEntry, {
      testid: 'quiz',
      readonly: true,
      result: 'wrong',
      submittable: false,
      onsubmit: () => {},
    })
    const input = byTestId<HTMLInputElement>(root, 'quiz-input')
    expect(input.readOnly).toBe(true)
    expect(input.classList.contains('wrong')).toBe(true)
    expect(input.classList.contains('right')).toBe(false)
    expect(root.querySelector('[data-testid="quiz-submit"]')).toBeNull()
  })
})
