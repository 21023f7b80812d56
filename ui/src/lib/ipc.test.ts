import { clearMocks, mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, describe, expect, it } from 'vitest'
import { libraryView, sessionWithCard } from '../test/fixtures'
import { answer, library, reading, session } from './ipc'

afterEach(() => clearMocks())

describe('ipc', () => {
  it('calls the commands with their arguments', async () => {
    const calls: unknown[] = []
    mockIPC((cmd, args) => {
      calls.push([cmd, args])
      return cmd === 'library' ? libraryView : sessionWithCard
    })
    await expect(library()).resolves.toEqual(libraryView)
    await session()
    await answer('bt-middle-road:qa', 'hard')
    expect(calls).toEqual([
      ['library', {}],
      ['session', {}],
      ['answer', { cardId: 'bt-middle-road:qa', rating: 'hard' }],
    ])
  })

  it('rejects with an ErrorReport, whatever the failure', async () => {
    mockIPC(() => {
      throw { code: 'not_found', message: 'Not found: reading `x`.' }
    })
    await expect(reading('x')).rejects.toEqual({ code: 'not_found', message: 'Not found: reading `x`.' })

    mockIPC(() => {
      throw 'Command reading not found'
    })
    await expect(reading('x')).rejects.toEqual({ code: 'ipc', message: 'Command reading not found' })

    mockIPC(() => {
      throw new Error('boom')
    })
    await expect(reading('x')).rejects.toMatchObject({ message: 'boom' })

    mockIPC(() => {
      throw null
    })
    await expect(reading('x')).rejects.toEqual({ code: 'unknown', message: 'Something went wrong.' })
  })
})
