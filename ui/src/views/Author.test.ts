import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it } from 'vitest'
import type { AuthorReading } from '../lib/bindings/AuthorReading'
import type { ClaimDraft } from '../lib/bindings/ClaimDraft'
import type { DeckOutline } from '../lib/bindings/DeckOutline'
import { deckSummary } from '../test/fixtures'
import { allByTestId, byTestId, press, render, settle } from '../test/render'
import Author from './Author.svelte'

const deck = (id: string, builtin: boolean) =>
  deckSummary({ id, title: builtin ? 'Built-in' : 'Mine', version: '1', builtin, readings: 1, claims: 1, cards: 2 })

const outline: DeckOutline = {
  id: 'mine',
  title: 'Mine',
  problems: [],
  readings: [{ id: 'r1', title: 'Reading One', claims: [{ id: 'r1-talks', text: 'Talks were held.', kind: 'event' }] }],
}

const reading: AuthorReading = {
  draft: {
    is_new: false,
    id: 'r1',
    title: 'Reading One',
    author: '',
    publisher: 'P',
    published: '2015',
    url: '',
    body: '',
  },
  blocks: [
    { kind: { type: 'paragraph' }, text: 'Talks were held. The North met the South.', quotes: [{ start: 0, end: 16, claim: 'r1-talks' }] },
    { kind: { type: 'paragraph' }, text: 'Again the North met Mongolia.', quotes: [] },
  ],
}

const blank: ClaimDraft = {
  original_id: null,
  reading: 'r1',
  id: 'r1-the-north',
  quote: 'the North',
  prefix: 'Again',
  suffix: '',
  text: 'the North',
  answer: '',
  question: '',
  kind: 'event',
  date: '',
  tags: [],
  conflicts_with: [],
  role: '',
  event: '',
  distractors: [],
  false_statements: [],
}

describe('Author', () => {
  it('says the built-in deck is read-only and offers a fork', async () => {
    mockIPC((cmd) => (cmd === 'decks' ? [deck('mongolia-koreas', true)] : undefined))
    let forked = false
    const root = render(Author, { ondecks: () => (forked = true) })
    await settle()
    expect(byTestId(root, 'author-readonly').textContent).toContain('cannot be changed')
    byTestId<HTMLButtonElement>(root, 'author-fork').click()
    expect(forked).toBe(true)
  })

  it('marks quoted text and makes a claim from the selected words with where they start', async () => {
    const asked: unknown[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'decks') return [deck('mine', false)]
      if (cmd === 'author_outline') return outline
      if (cmd === 'author_reading') return reading
      if (cmd === 'claim_from_selection') {
        asked.push(args)
        return blank
      }
      if (cmd === 'check_claim') return { problems: [], cards: [] }
    })
    const root = render(Author, { ondecks: () => {} })
    await settle()
    await settle()
    const marks = byTestId(root, 'author-text').querySelectorAll('mark')
    expect(Array.from(marks).map((m) => m.textContent)).toEqual(['Talks were held.'])

    const second = byTestId(root, 'author-text').querySelector('[data-block="1"]')!
    const text = Array.from(second.childNodes).find((node) => node.textContent === 'Again the North met Mongolia.')!
    const range = document.createRange()
    range.setStart(text, 6)
    range.setEnd(text, 15)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    press('c')
    await settle()

    expect(asked).toEqual([
      { deck: 'mine', reading: 'r1', quote: 'the North', at: { block: 1, utf16_offset: 6 } },
    ])
    expect(byTestId<HTMLInputElement>(root, 'claim-prefix').value).toBe('Again')
    expect(allByTestId(root, 'claim-form')).toHaveLength(1)
  })

  it('deletes a claim with a note that puts it back on Undo', async () => {
    const calls: { cmd: string; args: unknown }[] = []
    const saved: ClaimDraft = { ...blank, id: 'r1-talks', original_id: 'r1-talks', answer: 'Talks', text: 'Talks were held.' }
    mockIPC((cmd, args) => {
      if (cmd !== 'check_claim') calls.push({ cmd, args })
      if (cmd === 'decks') return [deck('mine', false)]
      if (cmd === 'author_outline') return outline
      if (cmd === 'author_reading') return reading
      if (cmd === 'author_claim') return saved
      if (cmd === 'check_claim') return { problems: [], cards: [] }
      if (cmd === 'save_claim') return []
    })
    const root = render(Author, { ondecks: () => {} })
    await settle()
    await settle()
    byTestId(root, 'author-claim').click()
    await settle()
    byTestId(root, 'claim-delete').click()
    await settle()
    expect(calls.map((c) => c.cmd)).toContain('delete_claim')
    expect(allByTestId(root, 'claim-form')).toHaveLength(0)
    expect(byTestId(root, 'claim-deleted').textContent).toContain('Deleted claim r1-talks.')
    expect(document.activeElement).toBe(byTestId(root, 'claim-undo-delete'))

    calls.length = 0
    byTestId(root, 'claim-undo-delete').click()
    await settle()
    // Saved again as a new claim with every field it had.
    expect(calls[0]).toEqual({ cmd: 'save_claim', args: { deck: 'mine', draft: { ...saved, original_id: null } } })
    expect(allByTestId(root, 'claim-deleted')).toHaveLength(0)
    expect(byTestId(root, 'toast').textContent).toBe('Put claim r1-talks back.')
  })
})
