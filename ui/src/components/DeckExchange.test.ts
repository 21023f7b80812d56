import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it } from 'vitest'
import { importReport } from '../test/fixtures'
import { byTestId, render, settle } from '../test/render'
import DeckExchange from './DeckExchange.svelte'

const updated = importReport({
  version: '1.1.0',
  previous_version: '1.0.0',
  added: ['new-claim'],
  changed: ['bt-middle-road', 'bt-rounds'],
})

describe('DeckExchange', () => {
  it('exports in the chosen format and says where the file went', async () => {
    const calls: { cmd: string; args: unknown }[] = []
    mockIPC((cmd, args) => {
      calls.push({ cmd, args })
      return { format: 'apkg', path: '/home/me/mongolia-koreas.apkg', bytes: 127331 }
    })
    const root = render(DeckExchange, {})
    byTestId<HTMLButtonElement>(root, 'export-apkg').click()
    await settle()
    expect(calls).toEqual([{ cmd: 'export_deck', args: { format: 'apkg', language: 'en' } }])
    expect(byTestId(root, 'exchange-message').textContent).toBe('Saved /home/me/mongolia-koreas.apkg (124 KB)')
  })

  it('says nothing when the save dialog is cancelled', async () => {
    mockIPC(() => null)
    const root = render(DeckExchange, {})
    byTestId<HTMLButtonElement>(root, 'export-steppe').click()
    await settle()
    expect(root.querySelector('[data-testid="exchange-message"]')).toBeNull()
    expect(root.querySelector('[data-testid="exchange-error"]')).toBeNull()
  })

  it('reports what an import changed', async () => {
    mockIPC((cmd) => (cmd === 'import_deck' ? updated : undefined))
    const root = render(DeckExchange, {})
    byTestId<HTMLButtonElement>(root, 'import-deck').click()
    await settle()
    expect(byTestId(root, 'exchange-message').textContent).toBe(
      'Updated “Class deck” from 1.0.0 to 1.1.0: 1 claim added, 0 removed, 2 changed.',
    )
    expect(byTestId(root, 'exchange-changed').textContent).toBe('Changed: bt-middle-road, bt-rounds')
  })

  it('shows a refused package as text, markup included', async () => {
    const message = '`evil.steppe`: entry `../<script>x</script>` points outside the deck folder'
    mockIPC(() => {
      throw { code: 'refused_import', message }
    })
    const root = render(DeckExchange, {})
    byTestId<HTMLButtonElement>(root, 'import-deck').click()
    await settle()
    const error = byTestId(root, 'exchange-error')
    expect(error.textContent).toBe(message)
    expect(error.querySelector('script')).toBeNull()
    expect(byTestId<HTMLButtonElement>(root, 'import-deck').disabled).toBe(false)
  })
})
