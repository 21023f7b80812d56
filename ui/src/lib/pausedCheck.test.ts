import { afterEach, describe, expect, it, vi } from 'vitest'
import { pausedCheck } from './pausedCheck'

afterEach(() => vi.useRealTimers())

describe('pausedCheck', () => {
  it('asks only once typing pauses, and only for the last draft', async () => {
    vi.useFakeTimers()
    const asked: string[] = []
    const answers: string[] = []
    const check = pausedCheck<string>(300)
    const ask = (draft: string) => () => {
      asked.push(draft)
      return Promise.resolve(`checked ${draft}`)
    }
    const cancelFirst = check(ask('a'), (r) => answers.push(r), () => {})
    await vi.advanceTimersByTimeAsync(200)
    cancelFirst() // what an $effect does when the draft changes
    check(ask('ab'), (r) => answers.push(r), () => {})
    await vi.advanceTimersByTimeAsync(299)
    expect(asked).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(asked).toEqual(['ab'])
    expect(answers).toEqual(['checked ab'])
  })

  it('drops a slow answer or failure for a draft that has been replaced', async () => {
    vi.useFakeTimers()
    const answers: string[] = []
    const failures: unknown[] = []
    const check = pausedCheck<string>(10)
    let failOld!: (reason: unknown) => void
    check(
      () => new Promise<string>((_, reject) => (failOld = reject)),
      (r) => answers.push(r),
      (f) => failures.push(f),
    )
    await vi.advanceTimersByTimeAsync(10)
    let answerNew!: (value: string) => void
    check(
      () => new Promise<string>((resolve) => (answerNew = resolve)),
      (r) => answers.push(r),
      (f) => failures.push(f),
    )
    await vi.advanceTimersByTimeAsync(10)
    failOld('old failed')
    answerNew('new')
    await vi.advanceTimersByTimeAsync(0)
    expect(answers).toEqual(['new'])
    expect(failures).toEqual([])
  })

  it('hands on the failure of the latest draft, and asks nothing when told to skip', async () => {
    vi.useFakeTimers()
    const failures: unknown[] = []
    const check = pausedCheck<string>(10)
    check(() => Promise.reject('no deck'), () => {}, (f) => failures.push(f))
    await vi.advanceTimersByTimeAsync(10)
    expect(failures).toEqual(['no deck'])
    const answers: string[] = []
    check(() => null, (r) => answers.push(r), (f) => failures.push(f))
    await vi.advanceTimersByTimeAsync(10)
    expect(answers).toEqual([])
    expect(failures).toEqual(['no deck'])
  })
})
