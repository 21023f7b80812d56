import { flushSync } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FormStatus } from './formStatus.svelte'

afterEach(() => vi.useRealTimers())

describe('FormStatus', () => {
  it('saves one at a time and is not saving once done', async () => {
    const status = new FormStatus()
    let finish!: () => void
    let runs = 0
    const first = status.save(() => {
      runs++
      return new Promise<void>((resolve) => (finish = resolve))
    })
    expect(status.saving).toBe(true)
    await status.save(async () => {
      runs++
    })
    expect(runs).toBe(1)
    finish()
    await first
    expect(status.saving).toBe(false)
    expect(status.error).toBeNull()
  })

  it('shows why a save failed, and clears it when saving again', async () => {
    const status = new FormStatus()
    await status.save(() => Promise.reject({ code: 'invalid_claim', message: 'claim `x` has no text' }))
    expect(status.error).toBe('claim `x` has no text')
    expect(status.saving).toBe(false)
    await status.save(async () => {})
    expect(status.error).toBeNull()
  })

  it('shows a failure from elsewhere, such as a check', () => {
    const status = new FormStatus()
    status.fail('check_claim not found')
    expect(status.error).toBe('check_claim not found')
  })

  it('submits without leaving the page, saving as save does', async () => {
    const status = new FormStatus()
    const saved: string[] = []
    const submit = status.submit(async () => {
      saved.push('draft')
    })
    const event = new SubmitEvent('submit', { cancelable: true })
    await submit(event)
    expect(event.defaultPrevented).toBe(true)
    expect(saved).toEqual(['draft'])
    await status.submit(() => Promise.reject({ code: 'io', message: 'disk full' }))(new SubmitEvent('submit'))
    expect(status.error).toBe('disk full')
  })

  it('checks the draft once typing pauses, each time it changes, and shows a failed check', async () => {
    vi.useFakeTimers()
    const status = new FormStatus()
    const draft = $state({ text: 'a' })
    const asked: string[] = []
    const answers: string[] = []
    const stop = $effect.root(() =>
      status.checkWhileTyping(
        300,
        () => draft,
        (snapshot) => {
          asked.push(snapshot.text)
          if (snapshot.text === '') return null
          return snapshot.text === 'bad' ? Promise.reject('no such deck') : Promise.resolve(`checked ${snapshot.text}`)
        },
        (result) => answers.push(result),
      ),
    )
    flushSync()
    await vi.advanceTimersByTimeAsync(300)
    expect(answers).toEqual(['checked a'])

    draft.text = 'ab'
    flushSync()
    await vi.advanceTimersByTimeAsync(100)
    draft.text = 'abc'
    flushSync()
    await vi.advanceTimersByTimeAsync(299)
    expect(asked).toEqual(['a'])
    await vi.advanceTimersByTimeAsync(1)
    expect(asked).toEqual(['a', 'abc'])
    expect(answers).toEqual(['checked a', 'checked abc'])

    draft.text = ''
    flushSync()
    await vi.advanceTimersByTimeAsync(300)
    expect(answers).toEqual(['checked a', 'checked abc'])

    draft.text = 'bad'
    flushSync()
    await vi.advanceTimersByTimeAsync(300)
    expect(status.error).toBe('no such deck')
    stop()
  })
})
