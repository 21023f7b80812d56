import { describe, expect, it } from 'vitest'
import { text } from '../test/fixtures'
import type { BlockView } from './bindings/BlockView'
import { highlightRuns, layout } from './layout'

const block = (kind: BlockView['kind'], value: string): BlockView => ({ kind, segments: [text(value)], recall: null })

describe('layout', () => {
  it('groups quotes and list items, and moves footnotes to the notes', () => {
    const { body, notes } = layout([
      block({ type: 'heading', level: 1 }, 'Title'),
      block({ type: 'heading', level: 4 }, 'Small'),
      block({ type: 'quote' }, 'q1'),
      block({ type: 'quote' }, 'q2'),
      block({ type: 'list_item' }, 'a'),
      block({ type: 'list_item' }, 'b'),
      block({ type: 'footnote', label: '1' }, 'note one'),
      block({ type: 'footnote', label: '1' }, 'note one, again'),
      block({ type: 'footnote', label: 'x' }, 'note x'),
      block({ type: 'paragraph' }, 'p'),
    ])
    expect(body.map((group) => group.type)).toEqual(['heading', 'heading', 'quote', 'list', 'paragraph'])
    expect(body[0]).toMatchObject({ level: 2 })
    expect(body[1]).toMatchObject({ level: 3 })
    expect(body[2]).toMatchObject({ blocks: [{ segments: [{ text: 'q1' }] }, { segments: [{ text: 'q2' }] }] })
    expect(notes.map((note) => [note.label, note.blocks.length])).toEqual([
      ['1', 2],
      ['x', 1],
    ])
  })
})

describe('highlightRuns', () => {
  it('joins neighbours under the same claims and splits where they change', () => {
    const runs = highlightRuns([
      text('Mongolia '),
      text('hosted ', { claims: ['a'] }),
      text('three', { claims: ['a', 'b'], emphasis: true }),
      text(' rounds', { claims: ['b', 'a'] }),
      text(' of talks', { claims: ['a'] }),
    ])
    expect(runs.map((run) => [run.claims.join(' '), run.segments.map((s) => s.text).join('')])).toEqual([
      ['', 'Mongolia '],
      ['a', 'hosted '],
      ['a b', 'three rounds'],
      ['a', ' of talks'],
    ])
  })
})
