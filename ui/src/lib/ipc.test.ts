import { clearMocks, mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, describe, expect, it } from 'vitest'
import { libraryView, sessionWithCard } from '../test/fixtures'
import { answer, checkAnswer, library, reading, session, setSuspended, undo } from './ipc'

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

  it('calls undo, set_suspended and check_answer with the names the shell expects', async () => {
    const calls: unknown[] = []
    mockIPC((cmd, args) => {
      calls.push([cmd, args])
      if (cmd === 'undo') return { undone: null, session: sessionWithCard }
      return cmd === 'check_answer' ? { outcome: 'close', suggested: 'hard', correct_answer: 'Russia and China' } : sessionWithCard
    })
    await expect(undo()).resolves.toEqual({ undone: null, session: sessionWithCard })
    await setSuspended('bt-middle-road:cloze', true)
    await expect(checkAnswer('bt-wedged-russia-china:typed', { type: 'text', text: 'Rusia' })).resolves.toEqual({
      outcome: 'close',
      suggested: 'hard',
      correct_answer: 'Russia and China',
    })
    await checkAnswer('bt-middle-road:multiple_choice', { type: 'choice', index: 3 })
    await checkAnswer('timeline:mongolia-north-korea-2019:1', { type: 'order', order: [4, 1, 3, 0, 2] })
    expect(calls).toEqual([
      ['undo', {}],
      ['set_suspended', { cardId: 'bt-middle-road:cloze', suspended: true }],
      ['check_answer', { cardId: 'bt-wedged-russia-china:typed', given: { type: 'text', text: 'Rusia' } }],
      ['check_answer', { cardId: 'bt-middle-road:multiple_choice', given: { type: 'choice', index: 3 } }],
      [
        'check_answer',
        { cardId: 'timeline:mongolia-north-korea-2019:1', given: { type: 'order', order: [4, 1, 3, 0, 2] } },
      ],
    ])
  })

  it('rejects with an ErrorReport, whatever the failure', async () => {
    mockIPC(() => {
      throw { code: 'not_found', message: 'Not found: reading `x`.' }
    })
    await expect(reading('x')).rejects.toMatchObject({ code: 'not_found', message: 'Not found: reading `x`.' })

    mockIPC(() => {
      throw 'Command reading not found'
    })
    await expect(reading('x')).rejects.toMatchObject({ code: 'ipc', message: 'Command reading not found' })

    mockIPC(() => {
      throw new Error('boom')
    })
    await expect(reading('x')).rejects.toMatchObject({ message: 'boom' })

    mockIPC(() => {
      throw null
    })
    await expect(reading('x')).rejects.toMatchObject({ code: 'unknown', message: 'Something went wrong.' })
  })
})
