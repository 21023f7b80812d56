import { mockIPC } from '@tauri-apps/api/mocks'
import { flushSync } from 'svelte'
import { describe, expect, it } from 'vitest'
import type { PlanCheck } from '../lib/bindings/PlanCheck'
import type { PlanProgress } from '../lib/bindings/PlanProgress'
import type { ReadingMastery } from '../lib/bindings/ReadingMastery'
import { setLocale } from '../lib/i18n.svelte'
import { allByTestId, byTestId, render, settle } from '../test/render'
import ExamPlan from './ExamPlan.svelte'

// The exam plans of the progress screen: the editor's feasibility figures before saving, the
// message when the target is out of reach (in English, Korean and Mongolian), and a saved plan
// against what was done.

const readings: ReadingMastery[] = [
  { reading: 'breakthrough-2015', title: 'A breakthrough in 2015', claims: 30, seen: 10, mastered: 2 },
  { reading: 'mongolia-north-korea-2019', title: 'Mongolia and North Korea', claims: 12, seen: 0, mastered: 0 },
]

const figures = {
  days: 20,
  cards: 420,
  new_cards: 170,
  new_per_day: 10,
  reviews_per_day: 61.4,
  minutes_per_day: 24.6,
  expected_recall: 0.926,
  own_times: false,
  timed_answers: 12,
  daily: [],
}

const reachable: PlanCheck = { figures, verdict: { code: 'reachable' } }

const outOfReach: PlanCheck = {
  figures: { ...figures, expected_recall: 0.81 },
  verdict: {
    code: 'not_reachable',
    reachable_recall: 0.81,
    earliest_date: '2026-03-02',
    retention_needed: 0.95,
    minutes_needed: 38.2,
    unlimited_minutes: 44.6,
  },
}

const savedPlan: PlanProgress = {
  plan: { name: 'Midterm', exam_date: '2026-02-10', readings: ['breakthrough-2015'], tags: [], target: 0.9 },
  saved: '2026-01-20',
  new_per_day: 10,
  days: [
    { date: '2026-01-20', planned_reviews: 40, planned_new: 10, done_reviews: 38, done_new: 10 },
    { date: '2026-01-21', planned_reviews: 52, planned_new: 10, done_reviews: 3, done_new: 0 },
  ],
  check: reachable,
}

function type(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  flushSync()
}

/** The component with `saved` plans; `check` answers check_plan. Returns the IPC calls. */
async function show(saved: PlanProgress[], check: PlanCheck) {
  const calls: [string, unknown][] = []
  let stored = saved
  mockIPC((cmd, args) => {
    calls.push([cmd, args])
    if (cmd === 'plans') return stored
    if (cmd === 'quiz_tags') return [{ tag: 'energy', claims: 4 }]
    if (cmd === 'check_plan') return check
    if (cmd === 'save_plan') {
      stored = [savedPlan]
      return check
    }
    if (cmd === 'drop_plan') {
      stored = []
      return null
    }
  })
  const root = render(ExamPlan, { readings })
  await settle()
  return { root, calls }
}

async function fillAndCheck(root: HTMLElement) {
  byTestId<HTMLButtonElement>(root, 'plan-new-button').click()
  await settle()
  type(byTestId(root, 'plan-name'), 'Midterm')
  type(byTestId(root, 'plan-date'), '2026-02-10')
  allByTestId<HTMLInputElement>(root, 'plan-reading')[0].click()
  flushSync()
  expect(byTestId<HTMLButtonElement>(root, 'plan-save').disabled).toBe(true)
  byTestId<HTMLButtonElement>(root, 'plan-check').click()
  await settle()
}

describe('Exam plan', () => {
  it('shows the figures before saving, then the saved plan against what was done', async () => {
    const { root, calls } = await show([], reachable)
    expect(byTestId(root, 'plan-none').textContent).toContain('No exam plan yet')
    await fillAndCheck(root)

    expect(calls).toContainEqual([
      'check_plan',
      {
        plan: {
          name: 'Midterm',
          exam_date: '2026-02-10',
          readings: ['breakthrough-2015'],
          tags: [],
          target: 0.9,
        },
      },
    ])
    const result = byTestId(root, 'plan-check-result')
    expect(byTestId(result, 'plan-minutes').textContent).toBe('25 min')
    expect(byTestId(result, 'plan-new').textContent).toBe('10')
    expect(byTestId(result, 'plan-reviews').textContent).toBe('61')
    expect(byTestId(result, 'plan-recall').textContent).toBe('93%')
    expect(byTestId(result, 'plan-basis').textContent).toContain(
      '20 study days left, 420 cards in the plan, 170 not studied yet.',
    )
    expect(byTestId(result, 'plan-basis').textContent).toContain('until you have 200 timed answers (12 so far)')
    expect(byTestId(result, 'plan-verdict').textContent).toBe(
      'Within reach: about 93% remembered on the exam day, for a target of 90%.',
    )

    byTestId<HTMLButtonElement>(root, 'plan-save').click()
    await settle()
    expect(calls.some(([cmd]) => cmd === 'save_plan')).toBe(true)
    const card = byTestId(root, 'plan-card')
    expect(card.querySelector('h3')!.textContent).toBe('Midterm · February 10, 2026')
    expect(card.textContent).toContain('Covers one reading and no tag: A breakthrough in 2015.')
    const rows = allByTestId(card, 'plan-day-row')
    expect(rows).toHaveLength(2)
    expect(rows[0].textContent).toContain('38 of 40')
    expect(rows[1].textContent).toContain('3 of 52')

    byTestId<HTMLButtonElement>(card, 'plan-drop').click()
    await settle()
    expect(calls).toContainEqual(['drop_plan', { name: 'Midterm' }])
    expect(byTestId(root, 'plan-none')).toBeTruthy()
  })

  it('says plainly when the target is out of reach, and what is within reach', async () => {
    const { root } = await show([], outOfReach)
    await fillAndCheck(root)
    const verdict = byTestId(root, 'plan-verdict')
    expect(verdict.textContent).toContain(
      'Out of reach by this date: about 81% remembered on the exam day, for a target of 90%.',
    )
    expect(byTestId(verdict, 'plan-later-date').textContent).toBe(
      'The target is within reach with the exam on March 2, 2026.',
    )
    expect(byTestId(verdict, 'plan-more-minutes').textContent).toBe(
      'Or by this date with a desired retention of 95% in Settings: about 38 minutes a day.',
    )
    expect(byTestId(verdict, 'plan-unlimited-minutes').textContent).toBe(
      'It is within reach by this date with about 45 minutes a day.',
    )
  })

  it('sends the daily budget when one is given', async () => {
    const { root, calls } = await show([], reachable)
    byTestId<HTMLButtonElement>(root, 'plan-new-button').click()
    await settle()
    type(byTestId(root, 'plan-name'), 'Final')
    type(byTestId(root, 'plan-date'), '2026-03-01')
    type(byTestId(root, 'plan-budget'), '30')
    byTestId<HTMLButtonElement>(root, 'plan-check').click()
    await settle()
    const sent = calls.find(([cmd]) => cmd === 'check_plan')![1] as { plan: { minutes_per_day?: number } }
    expect(sent.plan.minutes_per_day).toBe(30)
  })

  it('speaks Korean and Mongolian', async () => {
    setLocale('ko')
    const ko = await show([savedPlan], outOfReach)
    expect(byTestId(ko.root, 'plan-card').querySelector('h3')!.textContent).toBe('Midterm · 2026년 2월 10일')
    await fillAndCheck(ko.root)
    const verdict = byTestId(ko.root, 'plan-check-result')
    expect(byTestId(verdict, 'plan-minutes').textContent).toBe('25분')
    expect(byTestId(verdict, 'plan-verdict').textContent).toContain(
      '이 날짜까지는 닿을 수 없어요. 시험일에 약 81%를 기억할 것으로 보여요(목표 90%).',
    )
    expect(byTestId(verdict, 'plan-later-date').textContent).toBe('시험일이 2026년 3월 2일이면 목표에 닿을 수 있어요.')
    expect(byTestId(verdict, 'plan-unlimited-minutes').textContent).toBe(
      '하루에 약 45분을 공부하면 이 날짜까지 닿을 수 있어요.',
    )

    setLocale('mn')
    flushSync()
    expect(byTestId(verdict, 'plan-verdict').textContent).toContain('Энэ өдрийг хүртэл хүрэхгүй')
    expect(byTestId(verdict, 'plan-more-minutes').textContent).toContain('өдөрт ойролцоогоор 38 минут')
    expect(ko.root.querySelector('#plan-heading')!.textContent).toBe('Шалгалтын төлөвлөгөө')
  })
})
