import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ErrorReport } from '../lib/bindings/ErrorReport'
import { chartIn, drawn } from '../test/fakeCharts'
import { emptyProgress, someProgress } from '../test/quizFixtures'
import { allByTestId, byTestId, render, settle } from '../test/render'
import Progress from './Progress.svelte'

// happy-dom has no canvas, so ECharts cannot draw here: the chart module is replaced and the
// options handed to it are checked instead.
vi.mock('../lib/charts', () => import('../test/fakeCharts'))

const resizeCallbacks: (() => void)[] = []

beforeEach(() => {
  resizeCallbacks.length = 0
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resizeCallbacks.push(callback)
      }
      observe() {}
      disconnect() {}
    },
  )
})

afterEach(() => vi.unstubAllGlobals())

/** The option a chart was first drawn with. */
const optionOf = (testid: string) => chartIn(testid).option as Record<string, any>

describe('Progress', () => {
  it('draws the five charts, each with its numbers as text', async () => {
    mockIPC((cmd) => (cmd === 'progress' ? someProgress : undefined))
    const root = render(Progress, { onstudy: vi.fn() })
    await settle()

    expect(byTestId(root, 'stat-reviews-today').textContent).toBe('10')
    expect(byTestId(root, 'stat-reviews-total').textContent).toBe('42')
    expect(byTestId(root, 'stat-due-today').textContent).toBe('16')
    expect(byTestId(root, 'stat-leeches').textContent).toBe('1')

    const ids = ['chart-heatmap', 'chart-forecast', 'chart-states', 'chart-retention', 'chart-mastery']
    // The chart module is loaded on first use.
    await vi.waitFor(() => expect(drawn).toHaveLength(5))
    for (const id of ids) {
      const box = byTestId(root, id)
      expect(box.getAttribute('role')).toBe('img')
      expect(box.getAttribute('aria-label')).not.toBe('')
    }
    expect(drawn.map((c) => c.element.dataset.testid).sort()).toEqual([...ids].sort())
    expect(root.querySelector('[data-testid^="empty-"]')).toBeNull()

    expect(byTestId(root, 'chart-heatmap').getAttribute('aria-label')).toContain('42 reviews on 3 days')
    expect(byTestId(root, 'chart-heatmap').getAttribute('aria-label')).toContain('Today: 10 reviews')
    expect(byTestId(root, 'chart-forecast').getAttribute('aria-label')).toContain('4 of them today')
    expect(byTestId(root, 'chart-states').getAttribute('aria-label')).toBe(
      'Card states: 25 new, 6 learning, 9 in review, 2 suspended.',
    )
    expect(byTestId(root, 'chart-retention').getAttribute('aria-label')).toContain('90%, 9 of 10 recalled')
    expect(byTestId(root, 'chart-retention').getAttribute('aria-label')).toContain('overall 86.7%; target 90%')
    expect(byTestId(root, 'chart-mastery').getAttribute('aria-label')).toContain(
      'Mongolia and North Korea: 0 mastered and 0 seen of 12 claims',
    )

    const heatmap = optionOf('chart-heatmap')
    expect(heatmap.calendar.range).toEqual(['2024-06-01', '2025-05-31'])
    expect(heatmap.series[0].type).toBe('heatmap')
    expect(heatmap.series[0].coordinateSystem).toBe('calendar')
    expect(heatmap.series[0].data).toHaveLength(365)
    expect(heatmap.series[0].data.at(-1)).toEqual(['2025-05-31', 10])

    const forecast = optionOf('chart-forecast')
    expect(forecast.series[0].type).toBe('bar')
    expect(forecast.series[0].data.slice(0, 5)).toEqual([4, 0, 7, 0, 12])
    expect(forecast.xAxis.data[0]).toBe('Today')

    const retention = optionOf('chart-retention')
    expect(retention.series[0].type).toBe('line')
    expect(retention.series[0].data).toEqual([85, 90]) // the week without reviews is left out
    expect(retention.series[0].markLine.data).toEqual([{ yAxis: 90, name: 'Target' }])

    const states = optionOf('chart-states')
    expect(states.yAxis.data).toEqual(['New', 'Learning', 'Review', 'Suspended'])
    expect(states.series[0].data.map((d: { value: number }) => d.value)).toEqual([25, 6, 9, 2])

    const mastery = optionOf('chart-mastery')
    expect(mastery.yAxis.data).toEqual([someProgress.readings[0].title, 'Mongolia and North Korea'])
    expect(mastery.series.map((s: { name: string; data: number[] }) => [s.name, s.data])).toEqual([
      ['Mastered', [3, 0]],
      ['Seen', [9, 0]],
      ['Not seen yet', [19, 12]],
    ])

    // Colours come from the app's variables (app.css is not loaded here, so its fallbacks).
    expect(forecast.series[0].itemStyle.color).toBe('#2f5d8a')
  })

  it('says what to do where there is nothing to draw yet', async () => {
    mockIPC(() => emptyProgress)
    const onstudy = vi.fn()
    const root = render(Progress, { onstudy })
    await settle()

    expect(byTestId(root, 'empty-heatmap').textContent).toContain(
      'No reviews yet — study a few cards and your history appears here',
    )
    expect(byTestId(root, 'empty-forecast').textContent).toContain('Nothing is scheduled yet')
    expect(byTestId(root, 'empty-retention').textContent).toContain('No retention to show yet')
    expect(byTestId(root, 'empty-mastery').textContent).toContain('No claims studied yet')
    for (const id of ['chart-heatmap', 'chart-forecast', 'chart-retention', 'chart-mastery']) {
      expect(root.querySelector(`[data-testid="${id}"]`)).toBeNull()
    }
    // A fresh deck still has its new cards.
    expect(byTestId(root, 'chart-states').getAttribute('aria-label')).toContain('310 new')
    await vi.waitFor(() => expect(drawn).toHaveLength(1))

    byTestId(root, 'progress-study').click()
    expect(onstudy).toHaveBeenCalledOnce()
  })

  it('shows an empty card-state panel when there are no cards at all', async () => {
    mockIPC(() => ({ ...emptyProgress, stats: { ...emptyProgress.stats, cards: 0, new: 0 } }))
    const root = render(Progress, { onstudy: vi.fn() })
    await settle()
    expect(byTestId(root, 'empty-states').textContent).toContain('No cards yet')
    expect(allByTestId(root, 'chart-states')).toHaveLength(0)
  })

  it('resizes its charts with their boxes and disposes them when it goes', async () => {
    mockIPC(() => someProgress)
    const target = document.createElement('div')
    document.body.append(target)
    const app = mount(Progress, { target, props: { onstudy: vi.fn() } })
    flushSync()
    await settle()

    await vi.waitFor(() => expect(drawn).toHaveLength(5))
    expect(resizeCallbacks).toHaveLength(5)
    resizeCallbacks.forEach((callback) => callback())
    expect(drawn.every((c) => vi.mocked(c.resize).mock.calls.length === 1)).toBe(true)
    expect(byTestId(target, 'chart-heatmap').style.height).toBe('9.375rem')

    unmount(app)
    expect(drawn.every((c) => vi.mocked(c.dispose).mock.calls.length === 1)).toBe(true)
  })

  it('shows the message of an IPC error, and can try again', async () => {
    let fail = true
    mockIPC(() => {
      if (fail) throw { code: 'storage', message: 'The study database could not be opened.' } satisfies ErrorReport
      return someProgress
    })
    const root = render(Progress, { onstudy: vi.fn() })
    await settle()
    expect(byTestId(root, 'error').textContent).toBe('The study database could not be opened.')

    fail = false
    root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click()
    await settle()
    expect(root.querySelector('[data-testid="error"]')).toBeNull()
    expect(allByTestId(root, 'chart-heatmap')).toHaveLength(1)
  })
})
