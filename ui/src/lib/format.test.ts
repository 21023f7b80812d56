import { afterEach, describe, expect, it } from 'vitest'
import { formatDue, formatInterval, formatPublished, formatSize } from './format'
import { setLocale } from './i18n.svelte'

afterEach(() => setLocale('en', ['en-GB']))

describe('formatPublished', () => {
  it('writes a year, a month or a day', () => {
    setLocale('en', ['en-GB'])
    expect(formatPublished('2019')).toBe('2019')
    expect(formatPublished('2019-08')).toBe('August 2019')
    expect(formatPublished('2015-03-02')).toBe('2 March 2015')
  })

  it('writes dates in Korean and Mongolian', () => {
    setLocale('ko')
    expect(formatPublished('2015-03-02')).toBe('2015년 3월 2일')
    setLocale('mn')
    expect(formatPublished('2015-03-02')).toContain('2015')
    expect(formatPublished('2015-03-02')).not.toContain('March')
  })

  it('leaves anything else as it is', () => {
    expect(formatPublished('spring 2019')).toBe('spring 2019')
  })
})

describe('formatDue', () => {
  const now = new Date(2026, 2, 2, 8, 0)

  it('says today or tomorrow in local time', () => {
    setLocale('en', ['en-GB'])
    expect(formatDue(new Date(2026, 2, 2, 14, 5).toISOString(), now)).toBe('today at 14:05')
    expect(formatDue(new Date(2026, 2, 3, 9, 0).toISOString(), now)).toBe('tomorrow at 09:00')
  })

  it('names a later day', () => {
    setLocale('en', ['en-GB'])
    expect(formatDue(new Date(2026, 2, 5, 9, 0).toISOString(), now)).toBe('Thursday 5 March at 09:00')
    expect(formatDue(new Date(2027, 0, 4, 9, 0).toISOString(), now)).toContain('2027')
  })

  it('speaks the interface language', () => {
    setLocale('ko', ['ko-KR'])
    expect(formatDue(new Date(2026, 2, 3, 9, 0).toISOString(), now)).toMatch(/^내일 .*09:00$/)
    setLocale('mn', ['mn-MN'])
    expect(formatDue(new Date(2026, 2, 2, 14, 5).toISOString(), now)).toBe('өнөөдөр 14:05 цагт')
  })

  it('leaves an unreadable time as it is', () => {
    expect(formatDue('soon', now)).toBe('soon')
  })
})

describe('formatSize', () => {
  it('writes bytes, kilobytes and megabytes', () => {
    setLocale('en', ['en-GB'])
    expect(formatSize(512)).toBe('512 B')
    expect(formatSize(14 * 1024)).toBe('14 KB')
    expect(formatSize(3.2 * 1024 * 1024)).toBe('3.2 MB')
  })
})

describe('formatInterval', () => {
  it('writes minutes, hours, days, months and years in each language', () => {
    setLocale('en', ['en-GB'])
    expect([600, 3 * 3600, 86_400, 4 * 86_400, 45 * 86_400, 800 * 86_400].map(formatInterval)).toEqual([
      '10m',
      '3h',
      '1d',
      '4d',
      '1.5 mths',
      '2.2 yrs',
    ])
    setLocale('ko')
    expect([600, 4 * 86_400].map(formatInterval)).toEqual(['10분', '4일'])
    setLocale('mn')
    expect(formatInterval(4 * 86_400)).toMatch(/^4\s?х/)
  })
})
