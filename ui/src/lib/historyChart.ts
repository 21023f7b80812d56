// The card history's forgetting curve as a plain ECharts option, and the same numbers as a
// sentence for people who cannot see the chart. The core computes every point; this only draws
// them. No DOM and no ECharts code here (types only), so it is tested as data.
import type { CardHistory } from './bindings/CardHistory'
import type { ChartColors, ChartOption } from './chartOptions'
import { axisStyle, escape, px, tooltip } from './chartOptions'
import { formatNumber, formatPercent, t } from './i18n.svelte'

/** Days from now to one decimal under ten, whole days beyond. */
function roundDays(days: number): number {
  const step = days < 10 ? 10 : 1
  return Math.round(days * step) / step
}

/** Days from now as the tooltip writes them: "in 3.5 days". */
function daysText(days: number): string {
  return t('history-curve-days', { days: roundDays(days) })
}

export const hasCurve = (history: CardHistory) => history.curve.length > 1

/**
 * The probability of recall from now (day 0) past the due date, on a 0–100% scale, with the
 * due date as a vertical line and the desired retention as a horizontal one.
 */
export function curveOption(history: CardHistory, c: ChartColors): ChartOption {
  const due = history.due_in_days
  const { axisLabel } = axisStyle(c)
  const marks: { xAxis?: number; yAxis?: number; name: string; label: object; lineStyle: object }[] = [
    {
      yAxis: history.desired_retention * 100,
      name: t('history-curve-target-name'),
      label: {
        formatter: t('history-curve-target', { percent: formatPercent(history.desired_retention) }),
        // At the right: the due line's label stands at the top, nearer the left.
        position: 'insideEndTop',
        color: c.muted,
        fontSize: px(c, 11),
      },
      lineStyle: { color: c.muted, type: 'dashed', width: 1 },
    },
  ]
  if (due !== null && due > 0) {
    marks.push({
      xAxis: due,
      name: t('history-curve-due-name'),
      label: { formatter: t('history-curve-due-name'), position: 'end', color: c.accent, fontSize: px(c, 11) },
      lineStyle: { color: c.accent, type: 'solid', width: 1 },
    })
  }
  return {
    textStyle: { fontFamily: c.font },
    grid: { left: px(c, 44), right: px(c, 20), top: px(c, 24), bottom: px(c, 28) },
    tooltip: tooltip(c, {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const item = (Array.isArray(params) ? params[0] : params) as { value: [number, number] } | undefined
        if (!item) return ''
        const [days, percent] = item.value
        return `${escape(daysText(days))}<br><b>${escape(t('history-curve-recall', { percent: formatPercent(percent / 100, 1) }))}</b>`
      },
    }),
    xAxis: {
      type: 'value',
      min: 0,
      max: history.curve[history.curve.length - 1]?.days ?? 1,
      axisLine: { lineStyle: { color: c.border } },
      axisTick: { show: false },
      axisLabel: { ...axisLabel, formatter: (value: number) => formatNumber(value, { maximumFractionDigits: 1 }) },
      splitLine: { show: false },
      name: t('history-curve-axis-days'),
      nameLocation: 'middle',
      nameGap: px(c, 22),
      nameTextStyle: { color: c.muted, fontSize: px(c, 11) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { ...axisLabel, formatter: (value: number) => formatPercent(value / 100) },
      splitLine: { lineStyle: { color: c.border, type: 'dashed' } },
    },
    series: [
      {
        type: 'line',
        name: t('history-curve-series'),
        data: history.curve.map((p) => [p.days, Math.round(p.recall * 1000) / 10]),
        showSymbol: false,
        color: c.review,
        lineStyle: { width: 2 },
        markLine: { silent: true, symbol: 'none', data: marks },
      },
    ],
  }
}

/** What the chart shows, as a sentence: recall now, at the due date and at the end of the curve. */
export function curveSummary(history: CardHistory): string {
  const { curve, due_in_days: due } = history
  if (curve.length < 2) return t('history-curve-none')
  const last = curve[curve.length - 1]
  const atDue = due === null ? undefined : curve.find((p) => p.days === due)
  const sentences = [t('history-curve-summary-now', { percent: formatPercent(curve[0].recall, 1) })]
  if (atDue && due !== null && due > 0)
    sentences.push(t('history-curve-summary-due', { days: roundDays(due), percent: formatPercent(atDue.recall, 1) }))
  sentences.push(t('history-curve-summary-end', { days: roundDays(last.days), percent: formatPercent(last.recall, 1) }))
  return sentences.join(' ')
}
