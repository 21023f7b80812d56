import { afterEach, describe, expect, it } from 'vitest'
import { emptyProgress, someProgress } from '../test/quizFixtures'
import {
  chartColors,
  forecastOption,
  heatLevels,
  heatmapOption,
  heatmapSummary,
  masteryHeight,
  masteryOption,
  mix,
  px,
  retentionOption,
  thousands,
  retentionSummary,
  statesOption,
  titleLines,
} from './chartOptions'
import { setLocale } from './i18n.svelte'

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

  it('shows every card state beside 1,957 new cards: a bar of a few pixels at least, and its count', () => {
    const stats = { ...someProgress.stats, new: 1957, learning: 4, review: 0 }
    const option = statesOption(stats, 1, colors) as Record<string, any>
    // One row per state, names at the left, so long names in any language are never squeezed.
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['New', 'Learning', 'Review', 'Suspended'] })
    expect(option.xAxis).toMatchObject({ type: 'value', show: false })
    const series = option.series[0]
    expect(series.data.map((d: { value: number }) => d.value)).toEqual([1957, 4, 0, 1])
    // A count of 4 beside 1,957 would be a fifth of a pixel wide on a linear scale.
    expect(series.barMinHeight).toBeGreaterThanOrEqual(3)
    // …except where there is nothing to count.
    expect(series.data.map((d: { itemStyle: { color: string } }) => d.itemStyle.color)).toEqual([
      colors.new,
      colors.learning,
      'transparent',
      colors.muted,
    ])
    expect(series.label).toMatchObject({ show: true, position: 'right' })
    const labels = series.data.map((d: { value: number }, i: number) => series.label.formatter({ value: d.value, dataIndex: i }))
    expect(labels).toEqual(['1,957', '4', '0', '1'])
    // Room at the right for the longest count.
    expect(option.grid.right).toBeGreaterThanOrEqual(5 * 8)
  })

  it('wraps reading titles beside the mastery bars instead of cutting them, with rows tall enough', () => {
    const long = 'A Potential Breakthrough in Mongolia’s Relations With North Korea?'
    const readings = [
      { reading: 'a', title: long, claims: 31, seen: 12, mastered: 3 },
      { reading: 'b', title: 'Mongolia and North Korea', claims: 12, seen: 0, mastered: 0 },
    ]
    const option = masteryOption(readings, colors) as Record<string, any>
    expect(option.yAxis.axisLabel).toMatchObject({ overflow: 'break', width: 240 })
    expect(titleLines('Mongolia and North Korea')).toBe(1)
    expect(titleLines(long)).toBe(2)
    expect(titleLines('몽골과 남북한 관계의 새로운 돌파구가 될 수 있을까')).toBe(2)
    expect(titleLines(long.repeat(4))).toBe(3)
    // Each row holds its title's lines (16px each) and a bar: taller for two-line titles.
    const short = [readings[1], { ...readings[1], reading: 'c' }]
    expect(masteryHeight(readings)).toBeGreaterThan(masteryHeight(short))
    expect((masteryHeight(readings) - 64) / 2).toBeGreaterThanOrEqual(2 * 16 + 12)
    // At a larger text size the labels grow with the chart (which is sized in rem).
    const big = masteryOption(readings, { ...colors, scale: 1.6 }) as Record<string, any>
    expect(big.yAxis.axisLabel).toMatchObject({ width: 384, fontSize: 19, lineHeight: 26 })
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

describe('in other languages', () => {
  afterEach(() => setLocale('en'))

  const oneDay = [
    { date: '2025-05-30', count: 0 },
    { date: '2025-05-31', count: 1 },
  ]
  const twoDays = [
    { date: '2025-05-30', count: 2 },
    { date: '2025-05-31', count: 3 },
  ]

  it('names the calendar’s days and months in each language', () => {
    const names = () => {
      const calendar = (heatmapOption(oneDay, colors) as Record<string, any>).calendar
      return [calendar.dayLabel.nameMap, calendar.monthLabel.nameMap[0]]
    }
    setLocale('en')
    expect(names()).toEqual([['', 'Mon', '', 'Wed', '', 'Fri', ''], 'Jan'])
    setLocale('ko')
    expect(names()).toEqual([['', '월', '', '수', '', '금', ''], '1월'])
    setLocale('mn')
    expect(names()).toEqual([['', 'Да', '', 'Лх', '', 'Ба', ''], '1-р сар'])
  })

  it('summarises the heatmap in Korean', () => {
    setLocale('ko')
    expect(heatmapSummary(oneDay)).toBe(
      '최근 1년간 날짜별 복습: 1일 동안 모두 1회 복습했어요. ' +
        '가장 많이 복습한 날은 2025년 5월 31일 토요일이고, 그날 1회 복습했어요. 오늘은 1회 복습했어요.',
    )
    expect(heatmapSummary(twoDays)).toContain('2일 동안 모두 5회 복습했어요.')
    expect(tooltipOf(heatmapOption(twoDays, colors), { value: ['2025-05-31', 3], dataIndex: 1, name: '' })).toBe(
      '2025년 5월 31일 토요일<br><b>복습 3회</b>',
    )
  })

  it('summarises the heatmap in Mongolian, one and many', () => {
    setLocale('mn')
    expect(heatmapSummary(oneDay)).toBe(
      'Сүүлийн нэг жилийн өдөр бүрийн давтлага: нэг өдөрт нийт нэг удаа давтсан. ' +
        'Хамгийн их давтсан өдөр бол 2025 оны тавдугаар сарын 31, бямба гараг, тэр өдөр нэг удаа давтсан. ' +
        'Өнөөдөр нэг удаа давтсан.',
    )
    expect(heatmapSummary(twoDays)).toContain('2 өдөрт нийт 5 удаа давтсан.')
    expect(heatmapSummary(twoDays)).toContain('Өнөөдөр 3 удаа давтсан.')
  })

  it('summarises the heatmap in English, one and many', () => {
    expect(heatmapSummary(oneDay)).toContain('over the last year: 1 review on 1 day.')
    expect(heatmapSummary(twoDays)).toContain('over the last year: 5 reviews on 2 days.')
  })

  it('writes percentages and tooltips for the language', () => {
    setLocale('ko')
    expect(retentionSummary([], 0.9)).toBe('주별 실제 기억 유지율: 아직 학습한 카드를 복습한 적이 없어요. 목표는 90%예요.')
    const retention = retentionOption(someProgress.retention, 0.9, colors) as Record<string, any>
    expect(retention.yAxis.axisLabel.formatter(85)).toBe('85%')
    expect(tooltipOf(retention, [{ dataIndex: 1, value: 90, name: '' }])).toContain('90% 기억함 (10회 중 9회)')
    setLocale('mn')
    const states = statesOption(someProgress.stats, 2, colors) as Record<string, any>
    expect(tooltipOf(states, [{ dataIndex: 0, value: 25, name: 'Шинэ' }])).toBe('Шинэ<br><b>25 карт</b>')
    expect(retentionSummary([], 0.9)).toBe(
      'Долоо хоног бүрийн бодит санах хувь: сурсан картын давтлага одоогоор алга; зорилт 90%.',
    )
  })
})
