import { afterEach, describe, expect, it } from 'vitest'
import type { ReadingInClass } from './bindings/ReadingInClass'
import type { ChartColors } from './chartOptions'
import { readingsHeight, readingsOption, readingsSummary, seenShare } from './classReportChart'
import { setLocale } from './i18n.svelte'

const colors: ChartColors = {
  text: '#111',
  muted: '#666',
  border: '#ccc',
  surface: '#fff',
  surfaceMuted: '#eee',
  accent: '#06c',
  new: '#39f',
  learning: '#f90',
  review: '#3a3',
  good: '#2a2',
  font: 'sans-serif',
  scale: 1,
}

const readings: ReadingInClass[] = [
  { reading: 'a', title: 'Mongolia and North Korea', claims: 3, claims_seen: 2, answers: 7, recalled: 5, recall: 5 / 7 },
  { reading: 'b', title: 'Unread', claims: 4, claims_seen: 0, answers: 0, recalled: 0, recall: null },
  { reading: 'c', title: 'Empty', claims: 0, claims_seen: 0, answers: 0, recalled: 0, recall: null },
]

afterEach(() => setLocale('en'))

describe('class readings chart', () => {
  it('draws the share of claims seen and of answers recalled, no bar where nothing was answered', () => {
    const series = readingsOption(readings, colors).series as { name: string; data: (number | null)[] }[]
    expect(series.map((s) => s.name)).toEqual(['Claims seen', 'Answers recalled'])
    expect(series[0].data).toEqual([66.7, 0, 0])
    expect(series[1].data).toEqual([71.4, null, null])
    expect(seenShare(readings[2])).toBe(0)
    expect(readingsHeight(readings)).toBeGreaterThan(readingsHeight(readings.slice(0, 1)))
  })

  it('says every reading’s numbers in words, in the interface language', () => {
    expect(readingsSummary(readings.slice(0, 2))).toBe(
      'Per reading, the share of its claims some student has seen and the share of answers recalled. ' +
        'Mongolia and North Korea: 2 of 3 claims seen, 71% of answers recalled. ' +
        'Unread: 0 of 4 claims seen, not answered yet.',
    )
    setLocale('ko')
    expect(readingsSummary(readings.slice(0, 1))).toContain('Mongolia and North Korea: 진술 3개 중 2개 학습, 답의 71% 기억.')
  })
})
