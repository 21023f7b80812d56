import { describe, expect, it } from 'vitest'
import { byTestId, render } from '../test/render'
import Field from './Field.svelte'

/** The accessible name and description a screen reader would give the field, from its label and aria-describedby. */
function readOut(root: HTMLElement, control: HTMLElement) {
  const label = root.querySelector(`label[for="${control.id}"]`)
  const described = control.getAttribute('aria-describedby')
  return {
    name: label?.textContent?.trim(),
    description: described ? document.getElementById(described)?.textContent?.trim() : undefined,
  }
}

describe('Field', () => {
  it('labels the input with its caption and hint, and describes nothing while there is no problem', () => {
    const root = render(Field, { label: 'Answer', hint: 'words copied from the text', value: 'x', testid: 'answer' })
    const input = byTestId<HTMLInputElement>(root, 'answer')
    expect(input.tagName).toBe('INPUT')
    expect(input.value).toBe('x')
    expect(readOut(root, input)).toEqual({ name: 'Answer (words copied from the text)', description: undefined })
    expect(input.getAttribute('aria-invalid')).toBe('false')
  })

  it('says each problem under a textarea and ties them to it', () => {
    const root = render(Field, {
      label: 'Text',
      value: '',
      testid: 'text',
      rows: 3,
      problems: [{ message: 'text is empty', hint: 'write one statement' }, { message: 'too short' }],
      problemTestid: 'problem-text',
    })
    const textarea = byTestId<HTMLTextAreaElement>(root, 'text')
    expect(textarea.tagName).toBe('TEXTAREA')
    expect(textarea.getAttribute('rows')).toBe('3')
    expect(textarea.getAttribute('aria-invalid')).toBe('true')
    const { name, description } = readOut(root, textarea)
    expect(name).toBe('Text')
    expect(description).toContain('text is empty: write one statement')
    expect(description).toContain('too short')
    expect(root.querySelectorAll('[data-testid="problem-text"][role="alert"]')).toHaveLength(2)
  })

  it('offers the options in a select with the value chosen', () => {
    const root = render(Field, { label: 'Kind', value: 'place', testid: 'kind', options: ['date', 'place'] })
    const select = byTestId<HTMLSelectElement>(root, 'kind')
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['date', 'place'])
    expect(select.value).toBe('place')
    expect(readOut(root, select).name).toBe('Kind')
  })
})
