import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it } from 'vitest'
import type { GitCheck } from '../lib/bindings/GitCheck'
import type { ImportReport } from '../lib/bindings/ImportReport'
import { deckSummary, importReport, userDeck } from '../test/fixtures'
import { allByTestId, byTestId, render, settle } from '../test/render'
import Decks from './Decks.svelte'

const builtin = deckSummary()
const url = 'https://example.org/class/deck.git'
const commit1 = '0123456789abcdef0123456789abcdef01234567'
const commit2 = 'fedcba9876543210fedcba9876543210fedcba98'
const classDeck = userDeck({ claims: 3, source: { url, reference: 'main', commit: commit1 } })
/** A git deck's versions are its tags: 1, then 2. */
const report = (over: Partial<ImportReport>) => importReport({ version: '1', ...over })

function type(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

describe('Decks from git', () => {
  it('adds a deck from a repository after showing what it holds', async () => {
    const calls: [string, unknown][] = []
    let list = [builtin]
    const found: GitCheck = {
      source: { url, reference: 'v1', commit: commit1 },
      report: report({ added: ['rounds', 'embassy', 'period'] }),
      up_to_date: false,
    }
    mockIPC((cmd, args) => {
      if (cmd === 'decks') return list
      calls.push([cmd, args])
      if (cmd === 'check_git_deck') return found
      if (cmd === 'install_git_deck') {
        list = [builtin, classDeck]
        return report({ added: ['rounds', 'embassy', 'period'] })
      }
    })
    const root = render(Decks, { onauthor: () => {} })
    await settle()
    type(byTestId(root, 'git-url'), ` ${url} `)
    type(byTestId(root, 'git-ref'), 'v1')
    byTestId<HTMLFormElement>(root, 'git-add-form').requestSubmit()
    await settle()

    expect(calls).toEqual([['check_git_deck', { url, reference: 'v1' }]])
    expect(byTestId(root, 'git-summary').textContent).toContain('“Class deck” 1 (commit 0123456789) has 3 claims.')
    expect(allByTestId(root, 'deck-item')).toHaveLength(1)

    byTestId<HTMLButtonElement>(root, 'git-install').click()
    await settle()
    expect(calls[1]).toEqual(['install_git_deck', { source: found.source, deck: 'class-deck' }])
    expect(byTestId(root, 'git-message').textContent).toBe('Added “Class deck” 1.')
    const items = allByTestId(root, 'deck-item')
    expect(items.map((item) => item.dataset.deck)).toEqual(['mongolia-koreas', 'class-deck'])
    expect(byTestId(items[1], 'git-source').textContent).toContain(`From ${url} (main)`)
    expect(items[0].querySelector('[data-testid="git-update"]')).toBeNull()
  })

  it('updates a git deck after listing the claims added, removed and changed', async () => {
    const calls: [string, unknown][] = []
    const found: GitCheck = {
      source: { url, reference: 'main', commit: commit2 },
      report: report({
        version: '2',
        previous_version: '1',
        added: ['opened'],
        removed: ['period'],
        changed: ['rounds'],
        texts: [
          { id: 'opened', text: 'The embassy opened in 1948.', previous: null },
          { id: 'period', text: 'The talks took place in 2007–2012.', previous: null },
          { id: 'rounds', text: 'Mongolia hosted three rounds of six-party talks.', previous: 'Mongolia hosted three rounds of talks.' },
        ],
      }),
      installed_commit: commit1,
      up_to_date: false,
    }
    mockIPC((cmd, args) => {
      if (cmd === 'decks') return [builtin, classDeck]
      calls.push([cmd, args])
      if (cmd === 'check_git_update') return found
      if (cmd === 'install_git_deck') return found.report
    })
    const root = render(Decks, { onauthor: () => {} })
    await settle()
    const item = allByTestId(root, 'deck-item')[1]
    const button = byTestId<HTMLButtonElement>(item, 'git-update-check')
    expect(button.getAttribute('aria-label')).toBe('Update “Class deck” from its repository')
    button.click()
    await settle()

    expect(calls).toEqual([['check_git_update', { deck: 'class-deck' }]])
    expect(byTestId(item, 'git-summary').textContent).toContain(
      '“Class deck” can be updated from 1 to 2 (commit fedcba9876): 1 claim added, 1 removed, 1 changed.',
    )
    expect(byTestId(item, 'git-added').textContent).toBe('Added: opened')
    expect(byTestId(item, 'git-removed').textContent).toBe('Removed: period')
    expect(byTestId(item, 'git-changed').textContent).toBe('Changed: rounds')
    expect(byTestId(item, 'git-added-claims').textContent?.trim()).toBe('The embassy opened in 1948.')
    expect(byTestId(item, 'git-removed-claims').textContent?.trim()).toBe('The talks took place in 2007–2012.')
    const changed = byTestId(item, 'git-changed-claims')
    expect(changed.querySelector('del')?.textContent).toBe('Before:Mongolia hosted three rounds of talks.')
    expect(changed.querySelector('ins')?.textContent).toBe('After:Mongolia hosted three rounds of six-party talks.')

    byTestId<HTMLButtonElement>(item, 'git-install').click()
    await settle()
    expect(calls[1]).toEqual(['install_git_deck', { source: found.source, deck: 'class-deck' }])
    expect(byTestId(root, 'git-update-message').textContent).toBe('Updated “Class deck” to 2.')
    expect(item.querySelector('[data-testid="git-diff"]')).toBeNull()
  })

  it('says a deck is up to date, and shows a failed fetch without installing anything', async () => {
    let fail = false
    const calls: string[] = []
    mockIPC((cmd) => {
      if (cmd === 'decks') return [builtin, classDeck]
      calls.push(cmd)
      if (cmd === 'check_git_update') {
        if (fail) throw { code: 'exchange', message: `cannot fetch \`${url}\`: could not connect` }
        return { source: classDeck.source, report: report({ previous_version: '1' }), installed_commit: commit1, up_to_date: true }
      }
    })
    const root = render(Decks, { onauthor: () => {} })
    await settle()
    const item = allByTestId(root, 'deck-item')[1]
    byTestId<HTMLButtonElement>(item, 'git-update-check').click()
    await settle()
    expect(byTestId(item, 'git-up-to-date').textContent).toBe('“Class deck” is up to date: 1, commit 0123456789.')
    expect(item.querySelector('[data-testid="git-install"]')).toBeNull()

    fail = true
    byTestId<HTMLButtonElement>(item, 'git-update-check').click()
    await settle()
    expect(byTestId(item, 'git-update-error').textContent).toContain('cannot fetch')
    expect(item.querySelector('[data-testid="git-diff"]')).toBeNull()
    expect(calls).toEqual(['check_git_update', 'check_git_update'])
  })
})
