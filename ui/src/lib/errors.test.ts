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

describe('a deck’s problems behind an error', () => {
  const invalid: ErrorReport = {
    code: 'invalid_content',
    message: 'the deck has 1 problem:\nclaims/a.toml:3:9: quote not found in `readings/a.md`',
    problems: [
      {
        location: 'claims/a.toml:3:9',
        code: 'quote-not-found',
        args: { affixed: 'no', path: 'readings/a.md', hint: 'empty' },
      },
    ],
  }

  it('are the core’s English in English', () => {
    expect(asErrorReport(invalid).message).toBe(invalid.message)
  })

  it('are worded in Korean and Mongolian from their codes, at the same place', () => {
    setLocale('ko')
    expect(asErrorReport(invalid).message).toBe(
      '덱에 문제가 있어요. — claims/a.toml:3:9: 인용문을 `readings/a.md`에서 찾을 수 없어요',
    )
    setLocale('mn')
    expect(asErrorReport(invalid).message).toBe(
      'Багцад алдаа байна. — claims/a.toml:3:9: ишлэл `readings/a.md` файлаас олдсонгүй',
    )
  })
})

describe('settings out of range behind an error', () => {
  const outOfRange: ErrorReport = {
    code: 'invalid_setting',
    message: 'new cards per day must be at most 500, not 900',
    settings: [{ code: 'new-per-day', value: '900' }],
  }

  it('are worded in Korean and Mongolian from their codes', () => {
    expect(asErrorReport(outOfRange).message).toBe(outOfRange.message)
    setLocale('ko')
    expect(asErrorReport(outOfRange).message).toBe(
      '설정 값이 허용 범위를 벗어났어요. — 하루 새 카드 수는 500 이하여야 해요 (입력한 값: 900)',
    )
    setLocale('mn')
    expect(asErrorReport(outOfRange).detail).toBe('өдөрт шинэ карт 500-аас ихгүй байх ёстой, 900 биш')
  })
})

describe('a refusal behind an error (a notice: its code and arguments)', () => {
  const refused: ErrorReport = {
    code: 'refused_import',
    message: '`deck.steppe`: entry `claims/bomb.toml` is compressed 500:1, more than the limit of 100:1 (a zip bomb?)',
    notice: { code: 'entry-ratio', args: { entry: 'claims/bomb.toml', ratio: 500, limit: 100 }, file: 'deck.steppe' },
  }
  const missing: ErrorReport = {
    code: 'not_found',
    message: 'exam plan `final` not found',
    notice: { code: 'missing-plan', args: { name: 'final' } },
  }

  it('is the core’s English in English', () => {
    expect(asErrorReport(refused).message).toBe(refused.message)
    expect(asErrorReport(missing).message).toBe(missing.message)
  })

  it('is worded in Korean and Mongolian from its code, the file and the deck’s words as they are', () => {
    setLocale('ko')
    expect(asErrorReport(refused).detail).toBe(
      '`deck.steppe`: 항목 `claims/bomb.toml`의 압축률이 500:1로, 한도 100:1을 넘어요(zip 폭탄일 수 있어요)',
    )
    expect(asErrorReport(missing).message).toBe('더 이상 존재하지 않아요. — 시험 계획 `final`을(를) 찾을 수 없어요')
    setLocale('mn')
    expect(asErrorReport(missing).detail).toBe('`final` шалгалтын төлөвлөгөө олдсонгүй')
  })

  it('words a study database’s refusal and a file that cannot be written, the paths and numbers as they are', () => {
    const newer: ErrorReport = {
      code: 'db_newer_than_app',
      message:
        '`/home/a/steppe.sqlite` was written by a newer Steppe (schema 12, this one knows up to 9); update Steppe to open it',
      notice: { code: 'db-newer', args: { path: '/home/a/steppe.sqlite', found: 12, supported: 9 } },
    }
    const unwritable: ErrorReport = {
      code: 'io',
      message: 'cannot write `/tmp/quiz.pdf`: Permission denied',
      notice: { code: 'cannot-write', args: { path: '/tmp/quiz.pdf', error: 'Permission denied' } },
    }
    expect(asErrorReport(newer).message).toBe(newer.message)
    setLocale('ko')
    expect(asErrorReport(newer).detail).toBe(
      '`/home/a/steppe.sqlite`은(는) 더 새로운 Steppe가 저장했어요(스키마 12, 이 버전은 9까지 알아요). 열려면 Steppe를 업데이트하세요',
    )
    expect(asErrorReport(unwritable).message).toBe(
      `${headline('io')} — \`/tmp/quiz.pdf\`에 쓸 수 없어요: Permission denied`,
    )
    setLocale('mn')
    expect(asErrorReport(newer).detail).toBe(
      '`/home/a/steppe.sqlite`-ийг Steppe-ийн шинэ хувилбар бичсэн байна (схем 12, энэ хувилбар 9 хүртэлхийг мэднэ); нээхийн тулд Steppe-ээ шинэчилнэ үү',
    )
    expect(asErrorReport(unwritable).detail).toBe('`/tmp/quiz.pdf`-д бичиж чадсангүй: Permission denied')
  })

  it('keeps a sentence without a code of its own as the core wrote it', () => {
    const untranslated: ErrorReport = {
      code: 'refused_import',
      message: '`x`: no repository given',
      notice: { code: 'untranslated', args: { text: 'no repository given' }, file: 'x' },
    }
    setLocale('ko')
    expect(asErrorReport(untranslated).detail).toBe('`x`: no repository given')
  })
})
