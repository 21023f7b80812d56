import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it } from 'vitest'
import { deckSummary, importReport, userDeck } from '../test/fixtures'
import { allByTestId, byTestId, render, settle } from '../test/render'
import Decks from './Decks.svelte'

const builtin = deckSummary()
const broken = userDeck({
  id: 'draft-deck',
  title: 'Draft deck',
  readings: 1,
  claims: 0,
  cards: 0,
  problems: [{ location: 'readings/001-x.md:1:1', code: 'reading-without-claims', args: { id: 'x' } }],
})

function type(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

describe('Decks', () => {
  it('lists decks with their counts, marks the active one and keeps a broken deck from being studied', async () => {
    mockIPC((cmd) => (cmd === 'decks' ? [builtin, broken] : undefined))
    const root = render(Decks, { onauthor: () => {} })
    await settle()

    const items = allByTestId(root, 'deck-item')
    expect(items.map((item) => item.dataset.deck)).toEqual(['mongolia-koreas', 'draft-deck'])
    expect(items[0].textContent).toContain('5 readings · 230 claims · 1,000 cards')
    expect(byTestId(items[0], 'deck-active').textContent).toBe('Active')
    expect(byTestId<HTMLButtonElement>(items[1], 'deck-switch').disabled).toBe(true)
    expect(byTestId(items[1], 'deck-problems').textContent).toContain('1 problem')
    expect(items[0].querySelector('[data-testid="deck-delete"]')).toBeNull()
    expect(byTestId(root, 'decks-view').contains(byTestId(root, 'export-apkg'))).toBe(true)
  })

  it('forks the built-in deck with the id and title given', async () => {
    const calls: unknown[] = []
    let list = [builtin]
    mockIPC((cmd, args) => {
      if (cmd === 'decks') return list
      if (cmd === 'fork_builtin_deck') {
        calls.push(args)
        list = [builtin, { ...broken, id: 'class-a', title: 'Class A', problems: [] }]
        return list[1]
      }
    })
    const root = render(Decks, { onauthor: () => {} })
    await settle()
    byTestId<HTMLButtonElement>(root, 'deck-fork').click()
    await settle()
    type(byTestId(root, 'deck-form-title'), 'Class A')
    type(byTestId(root, 'deck-form-id'), 'class-a')
    byTestId<HTMLFormElement>(root, 'deck-form').requestSubmit()
    await settle()
    expect(calls).toEqual([{ id: 'class-a', title: 'Class A' }])
    expect(allByTestId(root, 'deck-item')).toHaveLength(2)
    expect(byTestId(root, 'decks-notice').textContent).toContain('Class A')
  })

  it('asks before moving a deck to the trash', async () => {
    const deleted: unknown[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'decks') return [builtin, broken]
      if (cmd === 'delete_deck') deleted.push(args)
    })
    const root = render(Decks, { onauthor: () => {} })
    await settle()
    byTestId<HTMLButtonElement>(root, 'deck-delete').click()
    await settle()
    expect(deleted).toEqual([])
    byTestId<HTMLButtonElement>(root, 'deck-delete-confirm').click()
    await settle()
    expect(deleted).toEqual([{ id: 'draft-deck' }])
  })

  it('lists an imported deck once the import is done', async () => {
    let list = [builtin]
    mockIPC((cmd) => {
      if (cmd === 'decks') return list
      if (cmd === 'import_deck') {
        list = [builtin, { ...broken, id: 'class-deck', title: 'Class deck', problems: [] }]
        return importReport({ added: ['a', 'b'] })
      }
    })
    const root = render(Decks, { onauthor: () => {} })
    await settle()
    expect(allByTestId(root, 'deck-item')).toHaveLength(1)
    byTestId<HTMLButtonElement>(root, 'import-deck').click()
    await settle()
    expect(allByTestId(root, 'deck-item').map((item) => item.dataset.deck)).toEqual(['mongolia-koreas', 'class-deck'])
    expect(byTestId(root, 'exchange-message').textContent).toContain('Imported “Class deck” 1.0.0')
  })
})
