// What the progress charts draw, as plain ECharts options built from the progress view, and the
// same numbers as sentences for people who cannot see the charts. No DOM and no ECharts code
// here (types only), so all of it can be tested as data. Every text comes from the message
// catalogue in the current language when an option is built (tooltips when they show), so a
// view rebuilds its options when the language changes.
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  CalendarComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import type { DayCount } from './bindings/DayCount'
import type { ReadingMastery } from './bindings/ReadingMastery'
import type { RetentionWeek } from './bindings/RetentionWeek'
import type { Stats } from './bindings/Stats'
import { formatDate, formatNumber, formatPercent, t, weekdayNames } from './i18n.svelte'

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | CalendarComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>

/** The app's colours and font (app.css variables), for drawing on a canvas. */
export interface ChartColors {
  text: string
  muted: string
  border: string
  surface: string
  surfaceMuted: string
  accent: string
  new: string
  learning: string
  review: string
  good: string
  font: string
  /** The text size setting: the page's root font size over the default 16px. */
  scale: number
}

// app.css's values, used when a variable cannot be read.
const FALLBACK: ChartColors = {
  text: '#1f2328',
  muted: '#59606a',
  border: '#dcd7cc',
  surface: '#ffffff',
  surfaceMuted: '#f0ede6',
  accent: '#2f5d8a',
  new: '#2f6fb0',
  learning: '#b4461f',
  review: '#2e7d4f',
  good: '#2e7d4f',
  font: 'system-ui, sans-serif',
  scale: 1,
}

const VARIABLES: Record<Exclude<keyof ChartColors, 'scale'>, string> = {
  text: '--text',
  muted: '--text-muted',
  border: '--border',
  surface: '--surface',
  surfaceMuted: '--surface-muted',
  accent: '--accent',
  new: '--count-new',
  learning: '--count-learning',
  review: '--count-review',
  good: '--grade-good',
  font: '--font-ui',
}

export function chartColors(root: Element = document.documentElement): ChartColors {
  const style = getComputedStyle(root)
  const colors = { ...FALLBACK }
  for (const key of Object.keys(VARIABLES) as (keyof typeof VARIABLES)[]) {
    const value = style.getPropertyValue(VARIABLES[key]).trim()
    if (value) colors[key] = value
  }
  const rootSize = parseFloat(style.fontSize)
  if (rootSize > 0) colors.scale = rootSize / 16
  return colors
}

/** A chart's text size in pixels, following the text size setting. */
export function px(c: ChartColors, size: number): number {
  return Math.round(size * c.scale)
}

/** `t` of the way from colour `a` to `b` (both `#rgb` or `#rrggbb`); `b` if either is another form. */
export function mix(a: string, b: string, t: number): string {
  const parse = (hex: string) => {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
    if (!m) return null
    const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1]
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16))
  }
  const from = parse(a)
  const to = parse(b)
  if (!from || !to) return b
  return `#${from
    .map((x, i) => Math.round(x + (to[i] - x) * t))
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('')}`
}

/** Text for an HTML tooltip: ECharts inserts formatter results as markup. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function day(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, (m || 1) - 1, d || 1))
}

/** `2025-03-04` → "4 Mar" (in the interface language). */
export function shortDate(iso: string): string {
  return formatDate(day(iso), { timeZone: 'UTC', day: 'numeric', month: 'short' })
}

/** `2025-03-04` → "Tuesday, 4 March 2025" (in the interface language). */
export function longDate(iso: string): string {
  return formatDate(day(iso), {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0)

/** `part` of `whole` as a percentage to one decimal, as the language writes it: "86.7%". */
const percentText = (part: number, whole: number) => formatPercent(whole > 0 ? part / whole : 0, 1)

/** 1980 → "1,980" in English: a number as the interface language writes it. */
export const thousands = (n: number) => formatNumber(n)

/** Month names for the calendar, January first: "Jan", "1월", "1-р сар". */
function monthNames(): string[] {
  return Array.from({ length: 12 }, (_, i) =>
    formatDate(new Date(Date.UTC(2024, i, 1)), { month: 'short', timeZone: 'UTC' }),
  )
}

/** The calendar's day labels, Sunday first as ECharts counts: only Monday, Wednesday and Friday. */
function calendarDayNames(): string[] {
  const [mon, , wed, , fri] = weekdayNames()
  return ['', mon, '', wed, '', fri, '']
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** The busiest of `days`, the earliest on a tie; null when every count is zero. */
function busiest(days: DayCount[]): DayCount | null {
  return days.reduce<DayCount | null>((best, d) => (d.count > (best?.count ?? 0) ? d : best), null)
}

/** Tooltip parameters as ECharts passes them to a formatter (one series item). */
interface ItemParams {
  name: string
  value: unknown
  dataIndex: number
  seriesName?: string
}

const first = (params: unknown): ItemParams => (Array.isArray(params) ? params[0] : params) as ItemParams

/** The axes' look: thin lines in the border colour, labels in the muted text colour. */
export function axisStyle(c: ChartColors) {
  return {
    axisLine: { lineStyle: { color: c.border } },
    axisTick: { show: false },
    axisLabel: { color: c.muted, fontFamily: c.font, fontSize: px(c, 12) },
    splitLine: { lineStyle: { color: c.border, type: 'dashed' as const } },
  }
}

/** A value axis counting cards or reviews, its numbers written as the language writes them. */
function countAxis(c: ChartColors) {
  const style = axisStyle(c)
  return { ...style, axisLabel: { ...style.axisLabel, formatter: (value: number) => formatNumber(value) } }
}

/** A tooltip in the app's colours and font, kept inside the chart. */
export function tooltip(c: ChartColors, more: TooltipComponentOption = {}): TooltipComponentOption {
  return {
    backgroundColor: c.surface,
    borderColor: c.border,
    textStyle: { color: c.text, fontFamily: c.font, fontSize: px(c, 13) },
    confine: true,
    ...more,
  }
}

// ---- Reviews per day: a calendar heatmap of the last year ----

export const hasReviews = (days: DayCount[]) => days.some((d) => d.count > 0)

/** Up to four ranges of counts from 1 to `max`, each drawn a shade darker. */
export function heatLevels(max: number): { min: number; max: number }[] {
  if (max <= 0) return []
  if (max <= 4) return Array.from({ length: max }, (_, i) => ({ min: i + 1, max: i + 1 }))
  const tops = [1, 2, 3, 4].map((i) => Math.ceil((max * i) / 4))
  return tops.map((top, i) => ({ min: i === 0 ? 1 : tops[i - 1] + 1, max: top }))
}

export function heatmapOption(days: DayCount[], c: ChartColors): ChartOption {
  const max = Math.max(0, ...days.map((d) => d.count))
  const levels = heatLevels(max)
  const pieces = [
    { value: 0, color: c.surfaceMuted, label: formatNumber(0) },
    ...levels.map((level, i) => ({
      min: level.min,
      max: level.max,
      color: mix(c.surfaceMuted, c.accent, 0.25 + (0.75 * (i + 1)) / levels.length),
      label:
        level.min === level.max ? formatNumber(level.min) : `${formatNumber(level.min)}–${formatNumber(level.max)}`,
    })),
  ]
  return {
    textStyle: { fontFamily: c.font },
    tooltip: tooltip(c, {
      formatter: (params: unknown) => {
        const [date, count] = first(params).value as [string, number]
        return `${escape(longDate(date))}<br><b>${escape(t('progress-heatmap-count', { count }))}</b>`
      },
    }),
    visualMap: {
      type: 'piecewise',
      pieces,
      selectedMode: false,
      orient: 'horizontal',
      right: 8,
      bottom: 0,
      itemWidth: 11,
      itemHeight: 11,
      itemGap: 8,
      itemSymbol: 'rect',
      text: [t('progress-heatmap-more'), t('progress-heatmap-fewer')],
      textGap: 6,
      textStyle: { color: c.muted, fontSize: px(c, 11) },
    },
    calendar: {
      range: days.length > 0 ? [days[0].date, days[days.length - 1].date] : undefined,
      orient: 'horizontal',
      top: 22,
      left: 36,
      right: 8,
      cellSize: ['auto', 14],
      splitLine: { show: false },
      itemStyle: { color: c.surfaceMuted, borderColor: c.surface, borderWidth: 2 },
      dayLabel: { firstDay: 1, nameMap: calendarDayNames(), color: c.muted, fontSize: px(c, 11) },
      monthLabel: { nameMap: monthNames(), color: c.muted, fontSize: px(c, 11) },
      yearLabel: { show: false },
    },
    series: [
      {
        type: 'heatmap',
        name: t('progress-heatmap-series'),
        coordinateSystem: 'calendar',
        data: days.map((d) => [d.date, d.count]),
      },
    ],
  }
}

export function heatmapSummary(days: DayCount[]): string {
  const total = sum(days.map((d) => d.count))
  const active = days.filter((d) => d.count > 0).length
  const best = busiest(days)
  const sentences = [t('progress-heatmap-summary', { total, days: active })]
  if (best) sentences.push(t('progress-heatmap-summary-busiest', { date: longDate(best.date), count: best.count }))
  const today = days[days.length - 1]
  if (today) sentences.push(t('progress-heatmap-summary-today', { count: today.count }))
  return sentences.join(' ')
}

// ---- Due forecast: cards due on each of the next 30 days ----

export const hasForecast = (days: DayCount[]) => days.some((d) => d.count > 0)

export function forecastOption(days: DayCount[], c: ChartColors): ChartOption {
  const labels = days.map((d, i) => (i === 0 ? t('progress-forecast-today') : shortDate(d.date)))
  return {
    textStyle: { fontFamily: c.font },
    grid: { left: 8, right: 8, top: 16, bottom: 4 },
    tooltip: tooltip(c, {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const item = first(params)
        const date = days[item.dataIndex]?.date ?? ''
        const label = item.dataIndex === 0 ? t('progress-forecast-today-overdue') : longDate(date)
        return `${escape(label)}<br><b>${escape(t('progress-forecast-count', { count: Number(item.value) }))}</b>`
      },
    }),
    xAxis: { type: 'category', data: labels, ...axisStyle(c), splitLine: { show: false } },
    yAxis: { type: 'value', minInterval: 1, ...countAxis(c), axisLine: { show: false } },
    series: [
      {
        type: 'bar',
        name: t('progress-forecast-series'),
        data: days.map((d) => d.count),
        barMaxWidth: 18,
        itemStyle: { color: c.accent, borderRadius: [3, 3, 0, 0] },
      },
    ],
  }
}

export function forecastSummary(days: DayCount[]): string {
  const total = sum(days.map((d) => d.count))
  const best = busiest(days)
  const sentences = [t('progress-forecast-summary', { days: days.length, total, today: days[0]?.count ?? 0 })]
  if (best) sentences.push(t('progress-forecast-summary-busiest', { date: longDate(best.date), count: best.count }))
  return sentences.join(' ')
}

// ---- True retention per week, against the desired retention ----

export const hasRetention = (weeks: RetentionWeek[]) => weeks.some((w) => w.reviews > 0)

export function retentionOption(weeks: RetentionWeek[], desired: number, c: ChartColors): ChartOption {
  const shown = weeks.filter((w) => w.reviews > 0)
  const values = shown.map((w) => percent(w.recalled, w.reviews))
  const target = Math.round(desired * 1000) / 10
  const min = Math.max(0, Math.floor((Math.min(target, ...values) - 5) / 10) * 10)
  return {
    textStyle: { fontFamily: c.font },
    grid: { left: 8, right: 16, top: 24, bottom: 4 },
    tooltip: tooltip(c, {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const week = shown[first(params).dataIndex]
        if (!week) return ''
        const recalled = t('progress-retention-recalled', {
          percent: percentText(week.recalled, week.reviews),
          recalled: week.recalled,
          reviews: week.reviews,
        })
        return `${escape(t('progress-retention-week', { date: longDate(week.week_of) }))}<br><b>${escape(recalled)}</b>`
      },
    }),
    xAxis: {
      type: 'category',
      data: shown.map((w) => shortDate(w.week_of)),
      boundaryGap: shown.length === 1,
      ...axisStyle(c),
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min,
      max: 100,
      ...axisStyle(c),
      axisLine: { show: false },
      axisLabel: { color: c.muted, formatter: (value: number) => formatPercent(value / 100) },
    },
    series: [
      {
        type: 'line',
        name: t('progress-retention-series'),
        data: values,
        color: c.review,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 2 },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [{ yAxis: target, name: t('progress-retention-target-name') }],
          lineStyle: { color: c.muted, type: 'dashed', width: 1 },
          label: {
            formatter: t('progress-retention-target', { percent: formatPercent(desired, 1) }),
            position: 'insideEndTop', color: c.muted, fontSize: px(c, 11) },
        },
      },
    ],
  }
}

export function retentionSummary(weeks: RetentionWeek[], desired: number): string {
  const shown = weeks.filter((w) => w.reviews > 0)
  const target = formatPercent(desired, 1)
  if (shown.length === 0) return t('progress-retention-summary-none', { target })
  const last = shown[shown.length - 1]
  const reviews = sum(shown.map((w) => w.reviews))
  const recalled = sum(shown.map((w) => w.recalled))
  return t('progress-retention-summary', {
    weeks: shown.length,
    date: longDate(last.week_of),
    latest: percentText(last.recalled, last.reviews),
    recalled: last.recalled,
    reviews: last.reviews,
    overall: percentText(recalled, reviews),
    target,
  })
}

// ---- Card states ----

export const hasStates = (stats: Stats, suspended: number) => stats.cards + suspended > 0

/**
 * One row per state, its count written at the end of its bar. A new collection holds far more
 * new cards than anything else (1,957 beside 4): on a shared scale the small bars would be a
 * pixel or nothing, so every bar that counts something is drawn at least a few pixels long and
 * every count is written out, zero included. The value axis is left out: the counts say it all.
 */
export function statesOption(stats: Stats, suspended: number, c: ChartColors): ChartOption {
  const states = [
    { name: t('progress-state-new'), value: stats.new, color: c.new },
    { name: t('progress-state-learning'), value: stats.learning, color: c.learning },
    { name: t('progress-state-review'), value: stats.review, color: c.review },
    { name: t('progress-state-suspended'), value: suspended, color: c.muted },
  ]
  // Room at the right for the longest bar's count.
  const widest = Math.max(...states.map((s) => thousands(s.value).length))
  return {
    textStyle: { fontFamily: c.font },
    grid: { left: 8, right: px(c, 16 + 8 * widest), top: 4, bottom: 4 },
    tooltip: tooltip(c, {
      formatter: (params: unknown) => {
        const item = first(params)
        return `${escape(item.name)}<br><b>${escape(t('progress-states-count', { count: Number(item.value) }))}</b>`
      },
    }),
    yAxis: {
      type: 'category',
      inverse: true,
      data: states.map((s) => s.name),
      ...axisStyle(c),
      axisLine: { show: false },
      axisLabel: { color: c.text, fontFamily: c.font, fontSize: px(c, 13) },
      splitLine: { show: false },
    },
    xAxis: { type: 'value', show: false, min: 0 },
    series: [
      {
        type: 'bar',
        name: t('progress-states-series'),
        // A state with no cards has no bar (a minimum length would draw one), only its 0.
        data: states.map((s) => ({ value: s.value, itemStyle: { color: s.value > 0 ? s.color : 'transparent' } })),
        barMaxWidth: 28,
        barMinHeight: 4,
        itemStyle: { borderRadius: [0, 3, 3, 0] },
        label: {
          show: true,
          position: 'right',
          color: c.text,
          fontFamily: c.font,
          fontSize: px(c, 13),
          fontWeight: 'bold',
          formatter: (params: unknown) => thousands(Number(first(params).value)),
        },
      },
    ],
  }
}

export function statesSummary(stats: Stats, suspended: number): string {
  return t('progress-states-summary', { new: stats.new, learning: stats.learning, review: stats.review, suspended })
}

// ---- Mastery per reading: claims mastered, seen, not yet seen ----

export const hasMastery = (readings: ReadingMastery[]) => readings.some((r) => r.seen > 0)

// Reading titles beside the mastery bars wrap onto up to three lines of this width (at the
// default text size; both grow with the text size setting, so the lines stay the same).
const MASTERY_LABEL_WIDTH = 240
const MASTERY_LABEL_SIZE = 12
const MASTERY_LINE = 16
const MASTERY_LINES = 3

/** About how many lines `title` takes at `width` pixels: wide scripts (Hangul, CJK) count double. */
export function titleLines(title: string, width = MASTERY_LABEL_WIDTH, size = MASTERY_LABEL_SIZE): number {
  let em = 0
  for (const ch of title) em += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.56
  return Math.min(MASTERY_LINES, Math.max(1, Math.ceil((em * size) / width)))
}

/** Pixels each reading's row needs: its bar, and its title on as many lines as the longest takes. */
const masteryRow = (readings: ReadingMastery[]) =>
  Math.max(44, 20 + MASTERY_LINE * Math.max(1, ...readings.map((r) => titleLines(r.title))))

/** Pixels the mastery chart needs for `readings` (at the default text size). */
export const masteryHeight = (readings: ReadingMastery[]) => 64 + masteryRow(readings) * Math.max(readings.length, 1)

export function masteryOption(readings: ReadingMastery[], c: ChartColors): ChartOption {
  const bar = (name: string, color: string, data: number[]): BarSeriesOption => ({
    type: 'bar',
    name,
    stack: 'claims',
    data,
    barMaxWidth: 20,
    itemStyle: { color },
    emphasis: { disabled: true },
  })
  return {
    textStyle: { fontFamily: c.font },
    grid: { left: 8, right: 16, top: px(c, 36), bottom: 4 },
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
        const r = readings[first(params).dataIndex]
        if (!r) return ''
        const count = t('progress-mastery-count', { mastered: r.mastered, seen: r.seen, claims: r.claims })
        return `${escape(r.title)}<br><b>${escape(count)}</b>`
      },
    }),
    yAxis: {
      type: 'category',
      inverse: true,
      data: readings.map((r) => r.title),
      ...axisStyle(c),
      axisLine: { show: false },
      // Whole titles, wrapped; only one longer than three lines ends in "…" (the tooltip and the
      // chart's label give it in full).
      axisLabel: {
        color: c.text,
        fontSize: px(c, MASTERY_LABEL_SIZE),
        lineHeight: px(c, MASTERY_LINE),
        width: px(c, MASTERY_LABEL_WIDTH),
        overflow: 'break',
        height: px(c, MASTERY_LINE * MASTERY_LINES),
        lineOverflow: 'truncate',
      },
      splitLine: { show: false },
    },
    xAxis: { type: 'value', minInterval: 1, ...countAxis(c) },
    series: [
      bar(
        t('progress-mastery-mastered'),
        c.good,
        readings.map((r) => r.mastered),
      ),
      bar(
        t('progress-mastery-seen'),
        c.accent,
        readings.map((r) => Math.max(0, r.seen - r.mastered)),
      ),
      bar(
        t('progress-mastery-not-seen'),
        c.border,
        readings.map((r) => Math.max(0, r.claims - r.seen)),
      ),
    ],
  }
}

export function masterySummary(readings: ReadingMastery[]): string {
  // One whole sentence per reading, after the chart's name.
  const sentences = readings.map((r) =>
    t('progress-mastery-summary-reading', { title: r.title, mastered: r.mastered, seen: r.seen, claims: r.claims }),
  )
  return [t('progress-mastery-summary'), ...sentences].join(' ')
}
