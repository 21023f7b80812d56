// The class report's chart of readings as a plain ECharts option: per reading, the share of its
// claims some student has seen and the share of the class's answers on them recalled; and the
// same numbers as sentences. The core counts everything; this only draws the counts it gives.
// No DOM and no ECharts code here (types only), so it is tested as data.
import type { BarSeriesOption } from 'echarts/charts'
import type { ReadingInClass } from './bindings/ReadingInClass'
import type { ChartColors, ChartOption } from './chartOptions'
import { axisStyle, escape, px, titleLines, tooltip } from './chartOptions'
import { formatPercent, t } from './i18n.svelte'

/** The share of a reading's claims seen, 0–1 (0 for a reading without claims). */
export const seenShare = (r: ReadingInClass) => (r.claims > 0 ? r.claims_seen / r.claims : 0)

/** A reading's recall as the language writes it, or "not answered yet". */
export function recallText(recall: number | null): string {
  return recall === null ? t('report-not-answered') : formatPercent(recall)
}

/** One reading's numbers as a sentence. */
export function readingSentence(r: ReadingInClass): string {
  return r.recall === null
    ? t('report-reading-summary-unanswered', { title: r.title, seen: r.claims_seen, claims: r.claims })
    : t('report-reading-summary', {
        title: r.title,
        seen: r.claims_seen,
        claims: r.claims,
        recall: formatPercent(r.recall),
      })
}

/** The chart's numbers in words, for its label: the chart's name, then one sentence per reading. */
export function readingsSummary(readings: ReadingInClass[]): string {
  return [t('report-readings-chart'), ...readings.map(readingSentence)].join(' ')
}

const LABEL_WIDTH = 220
const LABEL_SIZE = 12
const LINE = 16

/** Pixels the chart needs for `readings` (at the default text size): two bars and the title per row. */
export function readingsHeight(readings: ReadingInClass[]): number {
  const row = Math.max(48, 20 + LINE * Math.max(1, ...readings.map((r) => titleLines(r.title, LABEL_WIDTH, LABEL_SIZE))))
  return 64 + row * Math.max(readings.length, 1)
}

const percentOf = (share: number) => Math.round(share * 1000) / 10

export function readingsOption(readings: ReadingInClass[], c: ChartColors): ChartOption {
  const { axisLabel } = axisStyle(c)
  const bar = (name: string, color: string, data: (number | null)[]): BarSeriesOption => ({
    type: 'bar',
    name,
    data,
    barMaxWidth: 14,
    barGap: '20%',
    itemStyle: { color, borderRadius: [0, 3, 3, 0] },
    emphasis: { disabled: true },
  })
  return {
    textStyle: { fontFamily: c.font },
    grid: { left: 8, right: px(c, 24), top: px(c, 36), bottom: 4, containLabel: true },
    legend: {
      top: 0,
      left: 0,
      itemWidth: 12,
      itemHeight: 12,
      selectedMode: false,
      textStyle: { color: c.text, fontSize: px(c, 12) },
    },
    tooltip: tooltip(c, {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const item = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined
        const r = item ? readings[item.dataIndex] : undefined
        return r ? escape(readingSentence(r)) : ''
      },
    }),
    yAxis: {
      type: 'category',
      inverse: true,
      data: readings.map((r) => r.title),
      ...axisStyle(c),
      axisLine: { show: false },
      axisLabel: {
        color: c.text,
        fontSize: px(c, LABEL_SIZE),
        lineHeight: px(c, LINE),
        width: px(c, LABEL_WIDTH),
        overflow: 'break',
        height: px(c, LINE * 3),
        lineOverflow: 'truncate',
      },
      splitLine: { show: false },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      ...axisStyle(c),
      axisLabel: { ...axisLabel, formatter: (value: number) => formatPercent(value / 100) },
    },
    series: [
      bar(
        t('report-series-seen'),
        c.accent,
        readings.map((r) => percentOf(seenShare(r))),
      ),
      bar(
        t('report-series-recall'),
        c.good,
        readings.map((r) => (r.recall === null ? null : percentOf(r.recall))),
      ),
    ],
  }
}
