import { afterEach, describe, expect, it } from 'vitest'
import type { ErrorReport } from './bindings/ErrorReport'
import { asErrorReport, headline } from './errors'
import { setLocale } from './i18n.svelte'

afterEach(() => setLocale('en'))

const corrupt: ErrorReport = { code: 'db_corrupt', message: 'steppe.sqlite is damaged: database disk image is malformed' }

describe('asErrorReport', () => {
  it('shows the core’s own sentence in English', () => {
    setLocale('en')
    expect(asErrorReport(corrupt).message).toBe(corrupt.message)
  })

  it('puts the sentence for the code first in Korean and Mongolian, the details after it', () => {
    setLocale('ko')
    expect(asErrorReport(corrupt).message).toBe(`학습 데이터가 손상되었어요. — ${corrupt.message}`)
    setLocale('mn')
    expect(asErrorReport(corrupt).message).toBe(`Сургалтын өгөгдөл гэмтсэн байна. — ${corrupt.message}`)
  })

  it('adds the sentence once however often it is asked', () => {
    setLocale('ko')
    const once = asErrorReport(corrupt)
    expect(asErrorReport(once)).toEqual(once)
  })

  it('makes a report of a bare string or nothing', () => {
    expect(asErrorReport('command not found')).toMatchObject({ code: 'ipc', message: 'command not found' })
    expect(asErrorReport(undefined)).toMatchObject({ code: 'unknown', message: 'Something went wrong.' })
  })

  it('has a sentence for every code in every language', () => {
    const codes: ErrorReport['code'][] = ['invalid_content', 'already_open', 'disk_full', 'unknown']
    for (const language of ['en', 'mn', 'ko'] as const) {
      setLocale(language)
      for (const code of codes) expect(headline(code)).not.toMatch(/^error-/)
    }
  })
})
