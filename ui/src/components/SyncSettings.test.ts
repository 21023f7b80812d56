import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it } from 'vitest'
import type { SyncOutcome } from '../lib/bindings/SyncOutcome'
import type { SyncStatus } from '../lib/bindings/SyncStatus'
import { setLocale } from '../lib/i18n.svelte'
import { byTestId, render, settle } from '../test/render'
import SyncSettings from './SyncSettings.svelte'

const unset: SyncStatus = { folder: null, device_id: 'ab'.repeat(16), device_name: 'lab-pc-7', last_sync: null }
const set: SyncStatus = { ...unset, folder: '/home/me/Sync', last_sync: '2026-01-05T09:30:00+08:00' }

function outcome(over: Partial<SyncOutcome>): SyncOutcome {
  return {
    answers_added: 0,
    undone: 0,
    flags_added: 0,
    settings_added: 0,
    cards_changed: 0,
    devices: 0,
    at: '2026-01-05T09:30:00+08:00',
    problem: null,
    ...over,
  }
}

describe('SyncSettings', () => {
  it('offers to choose a folder, names the device and says it never synced', async () => {
    mockIPC((cmd) => (cmd === 'sync_status' ? unset : undefined))
    const root = render(SyncSettings, {})
    await settle()
    expect(byTestId(root, 'sync-folder').textContent).toBe('No sync folder is chosen: progress stays on this computer.')
    expect(byTestId(root, 'sync-device').textContent).toContain('This device: lab-pc-7')
    expect(byTestId(root, 'sync-last').textContent).toContain('Not synced yet.')
    expect(byTestId(root, 'sync-choose').textContent).toBe('Choose folder…')
    expect(root.querySelector('[data-testid="sync-now"]')).toBeNull()
  })

  it('chooses a folder in the native dialog, then syncs at once and says what arrived', async () => {
    const calls: { cmd: string; args: unknown }[] = []
    let current = unset
    mockIPC((cmd, args) => {
      calls.push({ cmd, args })
      if (cmd === 'sync_status') return current
      if (cmd === 'choose_sync_folder') return (current = set)
      if (cmd === 'sync_now')
        return outcome({ devices: 1, answers_added: 12, undone: 1, settings_added: 2, cards_changed: 9 })
    })
    let synced = 0
    const root = render(SyncSettings, { onsynced: () => synced++ })
    await settle()
    byTestId<HTMLButtonElement>(root, 'sync-choose').click()
    await settle()
    await settle()
    expect(calls.map((c) => c.cmd)).toEqual(['sync_status', 'choose_sync_folder', 'sync_now', 'sync_status'])
    expect(calls[1].args).toEqual({ language: 'en' })
    expect(byTestId(root, 'sync-folder').textContent).toBe('Folder: /home/me/Sync')
    expect(byTestId(root, 'sync-message').textContent).toBe(
      'Synced with 1 other device: 12 new answers, 1 answer undone, 2 settings changes received; 9 cards changed.',
    )
    expect(byTestId(root, 'sync-last').textContent).toContain('Last synced')
    expect(synced).toBe(1)
  })

  it('says clearly when the folder cannot be reached, and that nothing changed', async () => {
    mockIPC((cmd) => {
      if (cmd === 'sync_status') return set
      if (cmd === 'sync_now')
        return outcome({ problem: { kind: 'unreachable', folder: '/media/usb/Sync', detail: 'No such file or directory' } })
    })
    const root = render(SyncSettings, {})
    await settle()
    byTestId<HTMLButtonElement>(root, 'sync-now').click()
    await settle()
    const error = byTestId(root, 'sync-error')
    expect(error.getAttribute('role')).toBe('alert')
    expect(error.textContent).toBe(
      'The sync folder cannot be reached (/media/usb/Sync: No such file or directory). Nothing changed: study goes on here, and syncs when the folder is back.',
    )
    expect(root.querySelector('[data-testid="sync-message"]')).toBeNull()
  })

  it('names a foreign file and its line, in the interface language', async () => {
    setLocale('ko')
    mockIPC((cmd) => {
      if (cmd === 'sync_status') return set
      if (cmd === 'sync_now')
        return outcome({ problem: { kind: 'bad_file', file: '/s/steppe-sync/d/00.log', line: 3, detail: 'x' } })
    })
    const root = render(SyncSettings, {})
    await settle()
    byTestId<HTMLButtonElement>(root, 'sync-now').click()
    await settle()
    expect(byTestId(root, 'sync-error').textContent).toContain('/s/steppe-sync/d/00.log의 3번째 줄은')
  })

  it('moves progress in one file: saves it, and merges one', async () => {
    mockIPC((cmd) => {
      if (cmd === 'sync_status') return unset
      if (cmd === 'export_progress') return 42
      if (cmd === 'import_progress') return outcome({ answers_added: 40, cards_changed: 17, devices: 1 })
    })
    const root = render(SyncSettings, {})
    await settle()
    byTestId<HTMLButtonElement>(root, 'sync-export').click()
    await settle()
    expect(byTestId(root, 'sync-message').textContent).toBe('Saved 42 events of progress.')
    byTestId<HTMLButtonElement>(root, 'sync-import').click()
    await settle()
    expect(byTestId(root, 'sync-message').textContent).toBe(
      'Merged: 40 new answers, 0 settings changes received; 17 cards changed.',
    )
  })

  it('counts the settings changes received, in every language, and lets the views reload for them', async () => {
    mockIPC((cmd) => {
      if (cmd === 'sync_status') return set
      if (cmd === 'sync_now') return outcome({ devices: 2, settings_added: 1 })
    })
    let synced = 0
    const root = render(SyncSettings, { onsynced: () => synced++ })
    await settle()
    byTestId<HTMLButtonElement>(root, 'sync-now').click()
    await settle()
    expect(byTestId(root, 'sync-message').textContent).toBe(
      'Synced with 2 other devices: 0 new answers, 0 answers undone, 1 settings change received; 0 cards changed.',
    )
    expect(synced).toBe(1)
    for (const [language, text] of [
      ['mn', 'хүлээн авсан 1 тохиргооны өөрчлөлт'],
      ['ko', '받은 설정 변경 1건'],
    ] as const) {
      setLocale(language)
      byTestId<HTMLButtonElement>(root, 'sync-now').click()
      await settle()
      expect(byTestId(root, 'sync-message').textContent).toContain(text)
    }
  })

  it('says nothing when a dialog is cancelled', async () => {
    mockIPC((cmd) => (cmd === 'sync_status' ? unset : null))
    const root = render(SyncSettings, {})
    await settle()
    byTestId<HTMLButtonElement>(root, 'sync-choose').click()
    byTestId<HTMLButtonElement>(root, 'sync-export').click()
    await settle()
    expect(root.querySelector('[data-testid="sync-message"]')).toBeNull()
    expect(root.querySelector('[data-testid="sync-error"]')).toBeNull()
  })
})
