import { describe, expect, it } from 'vitest'
import { allByTestId, byTestId, render } from '../test/render'
import RadioGroup from './RadioGroup.svelte'

describe('RadioGroup', () => {
  it('lists the choices under the legend with their hints, the value checked', () => {
    const root = render(RadioGroup<string>, {
      legend: 'What to quiz',
      name: 'scope',
      testid: 'scope',
      value: 'weak',
      options: [
        { value: 'all', label: 'All readings' },
        { value: 'weak', label: 'Weak cards', hint: 'ones you failed lately' },
      ],
    })
    expect(root.querySelector('legend')?.textContent).toBe('What to quiz')
    expect(byTestId(root, 'scope-weak').closest('label')?.textContent?.trim()).toBe('Weak cards — ones you failed lately')
    expect(byTestId<HTMLInputElement>(root, 'scope-weak').checked).toBe(true)
    expect(byTestId<HTMLInputElement>(root, 'scope-all').checked).toBe(false)
    expect(allByTestId<HTMLInputElement>(root, 'scope-all').map((input) => input.name)).toEqual(['scope'])
  })

  it('shows numbers as pills', () => {
    const root = render(RadioGroup<number>, {
      legend: 'Questions',
      name: 'length',
      testid: 'length',
      value: 10,
      pills: true,
      options: [5, 10].map((n) => ({ value: n, label: String(n) })),
    })
    expect(Array.from(root.querySelectorAll('label.pill')).map((pill) => pill.textContent?.trim())).toEqual(['5', '10'])
    expect(byTestId<HTMLInputElement>(root, 'length-10').checked).toBe(true)
  })
})
