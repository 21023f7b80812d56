import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import { sessionWithCard } from '../test/fixtures'
import { press, render, settle } from '../test/render'
import Review from './Review.svelte'

const deck = (builtin: boolean) => ({
  id: builtin ? 'mongolia-koreas' : 'mine',
  title: 'Deck',
  version: '1',
  builtin,
  active: true,
  readings: 5,
  claims: 1,
  cards: 1,
  problems: [],
})

describe('Review, key E', () => {
  it('opens the card’s claim in the Author view for a user deck', async () => {
    mockIPC((cmd) => (cmd === 'session' ? sessionWithCard : cmd === 'decks' ? [deck(false)] : undefined))
    const oneditclaim = vi.fn()
    render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn(), oneditclaim })
    await settle()
    press('e')
    await settle()
    expect(oneditclaim).toHaveBeenCalledWith(sessionWithCard.card!.source.claim)
  })

  it('says to fork the built-in deck instead', async () => {
    mockIPC((cmd) => (cmd === 'session' ? sessionWithCard : cmd === 'decks' ? [deck(true)] : undefined))
    const oneditclaim = vi.fn()
    const root = render(Review, { onopenreading: vi.fn(), onlibrary: vi.fn(), oneditclaim })
    await settle()
    press('e')
    await settle()
    expect(oneditclaim).not.toHaveBeenCalled()
    expect(root.textContent).toContain('Fork the deck to edit its claims')
  })
})
