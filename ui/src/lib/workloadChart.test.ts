import { afterEach, describe, expect, it } from 'vitest'
import type { ChartColors } from './chartOptions'
import type { WorkloadView } from './bindings/WorkloadView'
import { setLocale } from './i18n.svelte'
import { nearestPoint, workloadOption, workloadSummary } from './workloadChart'

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

const view: WorkloadView = {
  points: [
    { desired_retention: 0.7, reviews_per_day: 10.04, minutes_per_day: 4.2, recall: 0.781 },
    { desired_retention: 0.9, reviews_per_day: 22.46, minutes_per_day: 8.1, recall: 0.921 },
    { desired_retention: 0.99, reviews_per_day: 61, minutes_per_day: 1, recall: 0.99 },
  ],
  days: 365,
  studied: 120,
  new: 900,
  timed_answers: 340,
  own_times: true,
}

afterEach(() => setLocale('en'))

describe('workload chart', () => {
  it('draws reviews, minutes and recall against retention and marks the chosen one', () => {
    const option = workloadOption(view, 0.9, colors)
    const series = option.series as { name: string; data: number[][]; markLine?: { data: { xAxis: number }[] } }[]
    expect(series.map((s) => s.name)).toEqual(['Reviews a day', 'Minutes a day', 'Cards remembered'])
    expect(series[0].data).toEqual([
      [70, 10],
      [90, 22.5],
      [99, 61],
    ])
    expect(series[2].data.map((d) => d[1])).toEqual([78.1, 92.1, 99])
    expect(series[0].markLine?.data[0].xAxis).toBe(90)
  })

  it('says the numbers of the nearest point, with singulars and where the minutes come from', () => {
    expect(nearestPoint(view, 0.93)?.desired_retention).toBe(0.9)
    expect(workloadSummary(view, 0.99)).toBe(
      'At 99% desired retention: about 61 reviews and 1 minute a day, with 99% of your cards remembered after 365 days. ' +
        'Minutes come from your own answer times (340 timed answers).',
    )
    setLocale('ko')
    expect(workloadSummary(view, 0.9)).toContain('목표 기억 유지율 90%')
    expect(workloadSummary({ ...view, points: [] }, 0.9)).toBe('아직 시뮬레이션할 카드가 없어요.')
  })
})
