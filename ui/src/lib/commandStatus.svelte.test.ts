import { afterEach, describe, expect, it } from 'vitest'
import { CommandStatus, coreMessage } from './commandStatus.svelte'
import { headline } from './errors'
import { setLocale } from './i18n.svelte'

afterEach(() => setLocale('en'))

const full = { code: 'disk_full', message: 'no space left on the disk' }

describe('CommandStatus', () => {
  it('is busy while the command runs, and not once it is done', async () => {
    const status = new CommandStatus()
    let finish!: () => void
    const running = status.run(() => new Promise<void>((resolve) => (finish = resolve)))
    expect(status.busy).toBe(true)
    finish()
    await running
    expect(status.busy).toBe(false)
    expect(status.error).toBeNull()
  })

  it('clears the last message and error when a command starts, and keeps what it says', async () => {
    const status = new CommandStatus()
    status.message = 'Exported.'
    status.error = 'It failed.'
    let finish!: () => void
    const running = status.run(async () => {
      await new Promise<void>((resolve) => (finish = resolve))
      status.message = 'Imported.'
    })
    expect([status.message, status.error]).toEqual([null, null])
    finish()
    await running
    expect(status.message).toBe('Imported.')
  })

  it('shows a failure in the interface language, and is no longer busy', async () => {
    const status = new CommandStatus()
    await status.run(() => Promise.reject(full))
    expect(status.error).toBe('no space left on the disk')
    expect(status.busy).toBe(false)
    setLocale('ko')
    await status.run(() => Promise.reject(full))
    expect(status.error).toBe(`${headline('disk_full')} — no space left on the disk`)
    // Tauri rejects with a bare string when a command is missing.
    setLocale('en')
    await status.run(() => Promise.reject('command export_deck not found'))
    expect(status.error).toBe('command export_deck not found')
  })

  it('words a failure as it is told to', async () => {
    const status = new CommandStatus(coreMessage)
    setLocale('ko')
    await status.run(() => Promise.reject(full))
    expect(status.error).toBe('no space left on the disk')
  })
})
