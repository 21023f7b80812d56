import { afterEach, describe, expect, it } from 'vitest'
import type { PromptFrame } from './bindings/PromptFrame'
import { framedPrompt } from './frames'
import { setLocale } from './i18n.svelte'

afterEach(() => setLocale('en'))

describe('framedPrompt', () => {
  const sources: PromptFrame = { code: 'sources', question: 'When did the embassy open?', says: 'in 1990' }

  it('is the core’s English prompt in English', () => {
    expect(framedPrompt('The readings disagree. When did the embassy open? Which reading says “in 1990”?', sources)).toBe(
      'The readings disagree. When did the embassy open? Which reading says “in 1990”?',
    )
    expect(framedPrompt('x', { code: 'timeline' })).toBe('Put these in order, earliest first.')
  })

  it('words the frame in Korean and Mongolian around the deck’s own words', () => {
    setLocale('ko')
    expect(framedPrompt('', sources)).toBe(
      '출처마다 다름: When did the embassy open? “in 1990”라고 하는 읽기 자료는 어느 것인가요?',
    )
    expect(framedPrompt('', { code: 'timeline' })).toBe('이른 것부터 순서대로 놓으세요.')
    setLocale('mn')
    expect(framedPrompt('', { code: 'internal_versions', reading: 'Mendee (2015)', question: 'How many?' })).toBe(
      'Mendee (2015) нэгээс олон хариулт өгдөг. How many? Ямар хувилбарууд байна вэ?',
    )
  })

  it('leaves a prompt without a frame as the deck wrote it', () => {
    setLocale('ko')
    expect(framedPrompt('Mongolia opened an embassy in […].', undefined)).toBe('Mongolia opened an embassy in […].')
  })
})
