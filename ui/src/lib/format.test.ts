import { describe, expect, it } from 'vitest'
import { formatDue, formatPublished, plural } from './format'

describe('formatPublished', () => {
  it('writes a year, a month or a day', () => {
    expect(formatPublished('2019', 'en-GB')).toBe('2019')
    expect(formatPublished('2019-08', 'en-GB')).toBe('August 2019')
    expect(formatPublished('2015-03-02', 'en-GB')).toBe('2 March 2015')
  })

  it('leaves anything else as it is', () => {
    expect(formatPublished('spring 2019')).toBe('spring 2019')
  })
})

describe('formatDue', () => {
  const now = new Date(2026, 2, 2, 8, 0)

  it('says today or tomorrow in local time', () => {
    expect(formatDue(new Date(2026, 2, 2, 14, 5).toISOString(), now, 'en-GB')).toBe('today at 14:05')
    expect(formatDue(new Date(2026, 2, 3, 9, 0).toISOString(), now, 'en-GB')).toBe('tomorrow at 09:00')
  })

  it('names a later day', () => {
    expect(formatDue(new Date(2026, 2, 5, 9, 0).toISOString(), now, 'en-GB')).toBe('Thursday 5 March at 09:00')
    expect(formatDue(new Date(2027, 0, 4, 9, 0).toISOString(), now, 'en-GB')).toContain('2027')
  })

  it('leaves an unreadable time as it is', () => {
    expect(formatDue('soon', now)).toBe('soon')
  })
})

describe('plural', () => {
  it('counts', () => {
    expect(plural(1, 'claim')).toBe('1 claim')
    expect(plural(0, 'claim')).toBe('0 claims')
  })
})
