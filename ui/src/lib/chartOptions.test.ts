import { describe, expect, it } from 'vitest'
import { emptyProgress, someProgress } from '../test/quizFixtures'
import {
  chartColors,
  forecastOption,
  heatLevels,
  heatmapOption,
  heatmapSummary,
  masteryOption,
  mix,
  px,
  retentionOption,
  thousands,
  retentionSummary,
} from './chartOptions'

const colors = chartColors()

// A formatter as ECharts calls it, with one item's parameters.
function tooltipOf(option: Record<string, any>, params: object): string {
  return option.tooltip.formatter(params)
}

describe('chart options', () => {
  it('reads the app’s colours from its CSS variables', () => {
    document.documentElement.style.setProperty('--accent', '#123456')
    try {
      expect(chartColors().accent).toBe('#123456')
    } finally {
      document.documentElement.style.removeProperty('--accent')
    }
    expect(chartColors().accent).toBe('#2f5d8a')
  })

  it('writes numbers as the axes do', () => {
    expect(thousands(1980)).toBe('1,980')
    expect(thousands(1234567)).toBe('1,234,567')
    expect(thousands(12)).toBe('12')
  })

  it('mixes hex colours, and leaves other forms alone', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080')
    expect(mix('#fff', '#000', 0)).toBe('#ffffff')
    expect(mix('rgb(0 0 0)', '#2f5d8a', 0.5)).toBe('#2f5d8a')
  })

  it('splits review counts into at most four shades', () => {
    expect(heatLevels(0)).toEqual([])
    expect(heatLevels(3)).toEqual([
      { min: 1, max: 1 },
      { min: 2, max: 2 },
      { min: 3, max: 3 },
    ])
    expect(heatLevels(20)).toEqual([
      { min: 1, max: 5 },
      { min: 6, max: 10 },
      { min: 11, max: 15 },
      { min: 16, max: 20 },
    ])
  })

  it('draws days without reviews in the empty colour, the busiest in the darkest', () => {
    const option = heatmapOption(someProgress.reviews_per_day, colors) as Record<string, any>
    const pieces = option.visualMap.pieces
    expect(pieces[0]).toMatchObject({ value: 0, color: colors.surfaceMuted })
    expect(pieces.at(-1)).toMatchObject({ min: 16, max: 20, color: colors.accent })
    expect(tooltipOf(option, { value: ['2025-05-20', 20], dataIndex: 353, name: '' })).toContain('20 reviews')
  })

  it('escapes text it puts into HTML tooltips', () => {
    const readings = [{ reading: 'r', title: '<img src=x onerror=alert(1)>', claims: 3, seen: 1, mastered: 0 }]
    const html = tooltipOf(masteryOption(readings, colors), [{ dataIndex: 0, value: 0, name: '' }])
    expect(html).not.toContain('<img')
    expect(html).toContain('&#60;img')
  })

  it('scales retention to show the target line, and leaves out weeks without reviews', () => {
    const option = retentionOption(someProgress.retention, 0.9, colors) as Record<string, any>
    expect(option.xAxis.data).toHaveLength(2)
    expect(option.yAxis).toMatchObject({ min: 80, max: 100 })
    const low = retentionOption([{ week_of: '2025-05-19', reviews: 10, recalled: 3 }], 0.9, colors) as Record<
      string,
      any
    >
    expect(low.yAxis.min).toBe(20)
  })

  it('summarises charts without data too', () => {
    expect(heatmapSummary(emptyProgress.reviews_per_day)).toBe(
      'Reviews per day over the last year: 0 reviews on 0 days. Today: 0 reviews.',
    )
    expect(retentionSummary([], 0.9)).toBe('True retention per week: no reviews of learned cards yet; target 90%.')
  })
})

describe('text size', () => {
  it('follows the root font size that the text size setting sets', () => {
    const root = document.createElement('div')
    root.style.fontSize = '24px'
    document.body.append(root)
    const c = chartColors(root)
    expect(c.scale).toBe(1.5)
    expect(px(c, 12)).toBe(18)
    const option = forecastOption([{ date: '2026-01-05', count: 3 }], c) as { tooltip: { textStyle: { fontSize: number } } }
    expect(option.tooltip.textStyle.fontSize).toBe(20)
    root.remove()
  })
})
