import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import { setLocale } from '../lib/i18n.svelte'
import { chartIn, drawn, shownOption } from '../test/fakeCharts'
import { emptyProgress, someProgress } from '../test/quizFixtures'
import { byTestId, render, settle } from '../test/render'
import Progress from './Progress.svelte'

// The progress view in Korean and Mongolian. happy-dom has no canvas, so the chart module is
// replaced and the options handed to it (and any later updates) are checked instead.
vi.mock('../lib/charts', () => import('../test/fakeCharts'))


const label = (root: HTMLElement, testid: string) => byTestId(root, testid).getAttribute('aria-label')

async function showProgress(view = someProgress): Promise<HTMLElement> {
  mockIPC((cmd) => (cmd === 'progress' ? view : undefined))
  const root = render(Progress, { onstudy: vi.fn() })
  await settle()
  return root
}

describe('Progress in Korean', () => {
  it('names its numbers and charts, and says their numbers in Korean', async () => {
    setLocale('ko')
    const root = await showProgress()
    await vi.waitFor(() => expect(drawn).toHaveLength(5))

    expect(root.querySelector('h1')!.textContent).toBe('진도')
    expect(byTestId(root, 'progress-stats').textContent).toContain('오늘 복습할 카드')
    expect(root.querySelector('#forecast-heading')!.textContent).toBe('앞으로 30일간 복습할 카드')
    expect(root.textContent).toContain('설정한 목표 기억 유지율은 90%예요.')

    expect(label(root, 'chart-heatmap')).toBe(
      '최근 1년간 날짜별 복습: 3일 동안 모두 42회 복습했어요. ' +
        '가장 많이 복습한 날은 2025년 5월 20일 화요일이고, 그날 20회 복습했어요. 오늘은 10회 복습했어요.',
    )
    expect(label(root, 'chart-states')).toBe('카드 상태: 새 카드 25장, 학습 중 6장, 복습 9장, 보류 2장이에요.')
    expect(label(root, 'chart-retention')).toContain('10회 중 9회 기억했어요. 전체는 86.7%, 목표는 90%예요.')
    expect(label(root, 'chart-mastery')).toContain(
      'Mongolia and North Korea: 진술 12개 중 0개를 공부했고 0개를 숙달했어요.',
    )

    expect(shownOption('chart-forecast').xAxis.data[0]).toBe('오늘')
    expect(shownOption('chart-states').yAxis.data).toEqual(['새 카드', '학습 중', '복습', '보류'])
    expect(shownOption('chart-mastery').series.map((s: { name: string }) => s.name)).toEqual([
      '숙달함',
      '공부함',
      '아직 안 봄',
    ])
    const heatmap = shownOption('chart-heatmap')
    expect(heatmap.calendar.dayLabel.nameMap).toEqual(['', '월', '', '수', '', '금', ''])
    expect(heatmap.calendar.monthLabel.nameMap[4]).toBe('5월')
    expect(heatmap.visualMap.text).toEqual(['많음', '적음'])
  })

  it('says what to do where there is nothing to draw yet', async () => {
    setLocale('ko')
    const root = await showProgress(emptyProgress)
    expect(byTestId(root, 'empty-heatmap').textContent).toContain('아직 복습 기록이 없어요.')
    expect(byTestId(root, 'progress-study').textContent!.trim()).toBe('지금 공부하기')
    expect(byTestId(root, 'empty-retention').textContent).toContain('아직 보여 줄 기억 유지율이 없어요.')
  })
})

describe('Progress in Mongolian', () => {
  it('names its numbers and charts, and says their numbers in Mongolian', async () => {
    setLocale('mn')
    const root = await showProgress()
    await vi.waitFor(() => expect(drawn).toHaveLength(5))

    expect(root.querySelector('h1')!.textContent).toBe('Ахиц')
    expect(byTestId(root, 'progress-stats').textContent).toContain('Өнөөдрийн давтлага')
    expect(root.querySelector('#forecast-heading')!.textContent).toBe('Ойрын 30 хоногт давтах')

    expect(label(root, 'chart-heatmap')).toBe(
      'Сүүлийн нэг жилийн өдөр бүрийн давтлага: 3 өдөрт нийт 42 удаа давтсан. ' +
        'Хамгийн их давтсан өдөр бол 2025 оны тавдугаар сарын 20, мягмар гараг, тэр өдөр 20 удаа давтсан. ' +
        'Өнөөдөр 10 удаа давтсан.',
    )
    expect(label(root, 'chart-states')).toBe('Картын төлөв: шинэ 25, сурч буй 6, давтлагад 9, түр хассан 2.')
    expect(label(root, 'chart-retention')).toContain('нийтдээ 86.7%; зорилт 90%.')

    expect(shownOption('chart-forecast').xAxis.data[0]).toBe('Өнөөдөр')
    expect(shownOption('chart-states').yAxis.data).toEqual(['Шинэ', 'Сурч буй', 'Давтлага', 'Түр хассан'])
    expect(shownOption('chart-heatmap').calendar.dayLabel.nameMap).toEqual(['', 'Да', '', 'Лх', '', 'Ба', ''])
  })

  it('says one and many in its own words', async () => {
    setLocale('mn')
    const one = {
      ...someProgress,
      reviews_per_day: someProgress.reviews_per_day.map((d, i, all) => ({ ...d, count: i === all.length - 1 ? 1 : 0 })),
    }
    const root = await showProgress(one)
    expect(label(root, 'chart-heatmap')).toContain('давтлага: нэг өдөрт нийт нэг удаа давтсан.')
    expect(label(root, 'chart-heatmap')).toContain('Өнөөдөр нэг удаа давтсан.')
  })
})

describe('Progress in English', () => {
  it('says one and many', async () => {
    const days = someProgress.reviews_per_day.map((d, i, all) => ({ ...d, count: i === all.length - 1 ? 1 : 0 }))
    const root = await showProgress({ ...someProgress, reviews_per_day: days })
    expect(label(root, 'chart-heatmap')).toContain('over the last year: 1 review on 1 day.')
    expect(label(root, 'chart-heatmap')).toContain('Today: 1 review.')
    expect(label(root, 'chart-mastery')).toContain('0 mastered and 0 seen of 12 claims.')
  })
})

describe('changing the language', () => {
  it('rebuilds the charts and their summaries in the new language', async () => {
    const root = await showProgress()
    await vi.waitFor(() => expect(drawn).toHaveLength(5))
    expect(shownOption('chart-forecast').xAxis.data[0]).toBe('Today')
    expect(label(root, 'chart-heatmap')).toContain('Today: 10 reviews.')

    setLocale('ko')
    flushSync()
    expect(root.querySelector('h1')!.textContent).toBe('진도')
    expect(label(root, 'chart-heatmap')).toContain('오늘은 10회 복습했어요.')
    for (const id of ['chart-heatmap', 'chart-forecast', 'chart-states', 'chart-retention', 'chart-mastery']) {
      expect(vi.mocked(chartIn(id).update)).toHaveBeenCalledOnce()
    }
    expect(shownOption('chart-forecast').xAxis.data[0]).toBe('오늘')
    expect(shownOption('chart-retention').series[0].markLine.label.formatter).toBe('목표 90%')

    setLocale('mn')
    flushSync()
    expect(shownOption('chart-forecast').xAxis.data[0]).toBe('Өнөөдөр')
    expect(label(root, 'chart-heatmap')).toContain('Өнөөдөр 10 удаа давтсан.')
  })
})
