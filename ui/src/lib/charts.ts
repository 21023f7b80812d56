// The one place that loads ECharts: only the charts and components the progress screen draws,
// on the Canvas renderer, all bundled (nothing is fetched).
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts'
import {
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components'
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import type { ChartOption } from './chartOptions'

use([
  BarChart,
  HeatmapChart,
  LineChart,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  CanvasRenderer,
])

export interface ChartHandle {
  update(option: ChartOption): void
  resize(): void
  dispose(): void
}

/** Draws `option` into `element`, which must already have a size. */
export function createChart(element: HTMLElement, option: ChartOption): ChartHandle {
  const chart = init(element, null, { renderer: 'canvas' })
  chart.setOption(option)
  return {
    update: (next) => chart.setOption(next, { notMerge: true }),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  }
}
