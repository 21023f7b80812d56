// A stand-in for lib/charts: happy-dom has no canvas, so a test replaces the chart module with
// `vi.mock('../lib/charts', () => import('../test/fakeCharts'))` and checks the options the
// views hand to it (and their later updates) instead of pixels.
import { beforeEach, vi } from 'vitest'
import type { ChartOption } from '../lib/chartOptions'

export interface FakeChart {
  element: HTMLElement
  option: ChartOption
  update: ReturnType<typeof vi.fn>
  resize: ReturnType<typeof vi.fn>
  dispose: ReturnType<typeof vi.fn>
}

/** Every chart drawn since the test began, in order. */
export const drawn: FakeChart[] = []

beforeEach(() => {
  drawn.length = 0
})

export function createChart(element: HTMLElement, option: ChartOption): FakeChart {
  const chart = { element, option, update: vi.fn(), resize: vi.fn(), dispose: vi.fn() }
  drawn.push(chart)
  return chart
}

/** The chart drawn in the element with this test id. */
export function chartIn(testid: string): FakeChart {
  const chart = drawn.find((c) => c.element.dataset.testid === testid)
  if (!chart) throw new Error(`no chart drawn in ${testid}`)
  return chart
}

/** The option a chart shows now: its last update, or the one it was drawn with. */
export function shownOption(testid: string): Record<string, any> {
  const chart = chartIn(testid)
  const updates = chart.update.mock.calls
  return (updates.length ? updates[updates.length - 1][0] : chart.option) as Record<string, any>
}
