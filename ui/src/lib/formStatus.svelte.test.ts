import { describe, expect, it } from 'vitest'
import { FormStatus } from './formStatus.svelte'

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
})
