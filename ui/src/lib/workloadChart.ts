// The workload chart of the Settings screen as a plain ECharts option: reviews and minutes per
// day and the share of cards remembered, against desired retention, with the retention being
// chosen marked; and the same numbers as a sentence. The core simulates every point; this only
// draws them. No DOM and no ECharts code here (types only), so it is tested as data.
import type { WorkloadPoint } from './bindings/WorkloadPoint'
import type { WorkloadView } from './bindings/WorkloadView'
import type { ChartColors, ChartOption } from './chartOptions'
import { axisStyle, escape, px, tooltip } from './chartOptions'
import { formatNumber, formatPercent, t } from './i18n.svelte'

const percentOf = (retention: number) => Math.round(retention * 100)

/** The simulated point nearest to `retention`. */
export function nearestPoint(view: WorkloadView, retention: number): WorkloadPoint | undefined {
  let best: WorkloadPoint | undefined
  for (const p of view.points)
    if (!best || Math.abs(p.desired_retention - retention) < Math.abs(best.desired_retention - retention)) best = p
  return best
}

/** One point's numbers as the tooltip and the summary word them. */
function pointLines(p: WorkloadPoint): string[] {
  return [
    t('workload-reviews', { count: Math.round(p.reviews_per_day) }),
    t('workload-minutes', { count: Math.round(p.minutes_per_day) }),
    t('workload-recall', { percent: formatPercent(p.recall) }),
  ]
}

export function workloadOption(view: WorkloadView, chosen: number, c: ChartColors): ChartOption {
  const { axisLabel } = axisStyle(c)
  const x = (p: WorkloadPoint) => percentOf(p.desired_retention)
  return {
    textStyle: { fontFamily: c.font },
    grid: { left: px(c, 44), right: px(c, 48), top: px(c, 36), bottom: px(c, 36) },
    legend: { top: 0, textStyle: { color: c.text, fontSize: px(c, 12) } },
    tooltip: tooltip(c, {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const item = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined
        const p = item ? view.points[item.dataIndex] : undefined
        if (!p) return ''
        const head = t('workload-at', { percent: formatPercent(p.desired_retention) })
        return [`<b>${escape(head)}</b>`, ...pointLines(p).map(escape)].join('<br>')
      },
    }),
    xAxis: {
      type: 'value',
      min: 70,
      max: 99,
      axisLine: { lineStyle: { color: c.border } },
      axisTick: { show: false },
      axisLabel: { ...axisLabel, formatter: (value: number) => formatPercent(value / 100) },
      splitLine: { show: false },
      name: t('workload-axis-retention'),
      nameLocation: 'middle',
      nameGap: px(c, 24),
      nameTextStyle: { color: c.muted, fontSize: px(c, 11) },
    },
    yAxis: [
      {
        type: 'value',
        min: 0,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { ...axisLabel, formatter: (value: number) => formatNumber(value) },
        splitLine: { lineStyle: { color: c.border, type: 'dashed' } },
      },
      {
        type: 'value',
        min: 0,
        max: 100,
        interval: 25,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { ...axisLabel, formatter: (value: number) => formatPercent(value / 100) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'line',
        name: t('workload-series-reviews'),
        data: view.points.map((p) => [x(p), Math.round(p.reviews_per_day * 10) / 10]),
        showSymbol: false,
        color: c.review,
        lineStyle: { width: 2 },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            {
              xAxis: percentOf(chosen),
              name: t('workload-chosen-name'),
              label: { formatter: formatPercent(chosen), position: 'end', color: c.accent, fontSize: px(c, 11) },
              lineStyle: { color: c.accent, type: 'solid', width: 1 },
            },
          ],
        },
      },
      {
        type: 'line',
        name: t('workload-series-minutes'),
        data: view.points.map((p) => [x(p), Math.round(p.minutes_per_day * 10) / 10]),
        showSymbol: false,
        color: c.learning,
        lineStyle: { width: 2 },
      },
      {
        type: 'line',
        name: t('workload-series-recall'),
        yAxisIndex: 1,
        data: view.points.map((p) => [x(p), Math.round(p.recall * 1000) / 10]),
        showSymbol: false,
        color: c.new,
        lineStyle: { width: 2, type: 'dashed' },
      },
    ],
  }
}

/** What the chart says at the chosen retention, as sentences, and where the times come from. */
export function workloadSummary(view: WorkloadView, chosen: number): string {
  const p = nearestPoint(view, chosen)
  if (!p) return t('workload-none')
  const sentences = [
    t('workload-summary', {
      percent: formatPercent(p.desired_retention),
      reviews: Math.round(p.reviews_per_day),
      minutes: Math.round(p.minutes_per_day),
      recall: formatPercent(p.recall),
      days: view.days,
    }),
    view.own_times ? t('workload-own-times', { count: view.timed_answers }) : t('workload-default-times'),
  ]
  return sentences.join(' ')
}
