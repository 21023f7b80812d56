import { describe, expect, it } from 'vitest'
import { choiceKeys, optionShortcuts } from './keys'

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, cancelable: true, bubbles: true, ...init })
  Object.defineProperty(event, 'target', { value: target })
  return event
}

describe('optionShortcuts', () => {
  const trueFalse = [
    ['T', '1'],
    ['F', '2'],
  ]

  function handler(open = true) {
    const picked: number[] = []
    const onkeydown = optionShortcuts({ keys: () => trueFalse, open: () => open, pick: (i) => picked.push(i) })
    return { picked, onkeydown }
  }

  it('picks the option a key belongs to, in either case, and keeps the key from doing anything else', () => {
    const { picked, onkeydown } = handler()
    const events = [press('2'), press('t'), press('F'), press('1')]
    for (const event of events) onkeydown(event)
    expect(picked).toEqual([1, 0, 1, 0])
    expect(events.every((event) => event.defaultPrevented)).toBe(true)
  })

  it('leaves alone keys of no option and every key once the options are closed', () => {
    const open = handler()
    const other = press('3')
    open.onkeydown(other)
    expect(open.picked).toEqual([])
    expect(other.defaultPrevented).toBe(false)

    const closed = handler(false)
    const late = press('1')
    closed.onkeydown(late)
    expect(closed.picked).toEqual([])
    expect(late.defaultPrevented).toBe(false)
  })

  it('is no shortcut with a modifier, when held down, when handled already or typed into a field', () => {
    const { picked, onkeydown } = handler()
    const handled = press('1')
    handled.preventDefault()
    for (const event of [
      press('1', { ctrlKey: true }),
      press('t', { altKey: true }),
      press('1', { metaKey: true }),
      press('1', { repeat: true }),
      handled,
      press('t', {}, document.createElement('input')),
    ])
      onkeydown(event)
    expect(picked).toEqual([])
  })

  it('reads the keys when a key comes, so options that change are followed', () => {
    let keys = [['1'], ['2']]
    const picked: number[] = []
    const onkeydown = optionShortcuts({ keys: () => keys, open: () => true, pick: (i) => picked.push(i) })
    onkeydown(press('3'))
    keys = [['1'], ['2'], ['3']]
    onkeydown(press('3'))
    expect(picked).toEqual([2])
  })
})

describe('choiceKeys', () => {
  it('numbers the options, or gives T and F first to judge a statement', () => {
    expect(choiceKeys(false, 3)).toEqual([['1'], ['2'], ['3']])
    expect(choiceKeys(true, 2)).toEqual([
      ['T', '1'],
      ['F', '2'],
    ])
    expect(choiceKeys(true, 1)).toEqual([['T', '1']])
  })
})
