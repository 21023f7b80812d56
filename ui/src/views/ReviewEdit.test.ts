import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import { deckSummary, sessionWithCard } from '../test/fixtures'
import { press, render, settle } from '../test/render'
import Review from './Review.svelte'

const deck = (builtin: boolean) =>
  deckSummary({ id: builtin ? 'mongolia-koreas' : 'mine', title: 'Deck', version: '1', builtin, claims: 1, cards: 1 })

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
