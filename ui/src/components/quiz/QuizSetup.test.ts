import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it } from 'vitest'
import type { ReadingSummary } from '../../lib/bindings/ReadingSummary'
import { setLocale } from '../../lib/i18n.svelte'
import { byTestId, render, settle } from '../../test/render'
import QuizSetup from './QuizSetup.svelte'

const reading = { citation: { id: 'breakthrough-2015', title: 'A Potential Breakthrough' } } as ReadingSummary

function setup(initial = { scope: { type: 'reading' as const, id: 'breakthrough-2015' }, length: 10 }) {
  return render(QuizSetup, {
    readings: [reading],
    readingsError: null,
    tags: [{ tag: 'trade', claims: 12 }],
    initial,
    busy: false,
    error: null,
    onstart: () => {},
  })
}

describe('QuizSetup: Print', () => {
  it('prints the quiz set up, with headings in the interface language, and says where it went', async () => {
    const calls: { cmd: string; args: unknown }[] = []
    mockIPC((cmd, args) => {
      calls.push({ cmd, args })
      return { path: '/home/me/mongolia-koreas-quiz.pdf', questions: 10, seed: 42, bytes: 61234 }
    })
    setLocale('ko')
    const root = setup()
    const button = byTestId<HTMLButtonElement>(root, 'quiz-print')
    expect(button.textContent?.trim()).toBe('정답표와 함께 인쇄')
    button.click()
    await settle()
    expect(calls).toEqual([
      {
        cmd: 'print_quiz',
        args: { scope: { type: 'reading', id: 'breakthrough-2015' }, length: 10, language: 'ko' },
      },
    ])
    expect(byTestId(root, 'quiz-printed').textContent).toBe(
      '문제 10개와 정답표를 /home/me/mongolia-koreas-quiz.pdf에 저장했어요',
    )
  })

  it('says nothing when the save dialog is cancelled', async () => {
    mockIPC(() => null)
    const root = setup({ scope: { type: 'all' } as never, length: 20 })
    byTestId<HTMLButtonElement>(root, 'quiz-print').click()
    await settle()
    expect(root.querySelector('[data-testid="quiz-printed"]')).toBeNull()
    expect(root.querySelector('[role="alert"]')).toBeNull()
    expect(byTestId<HTMLButtonElement>(root, 'quiz-print').disabled).toBe(false)
  })

  it('shows why a quiz could not be printed', async () => {
    mockIPC(() => {
      throw { code: 'io', message: 'cannot write `/read-only/quiz.pdf`: Permission denied' }
    })
    const root = setup()
    byTestId<HTMLButtonElement>(root, 'quiz-print').click()
    await settle()
    expect(byTestId(root, 'error').textContent).toBe(
      'The quiz could not be printed: cannot write `/read-only/quiz.pdf`: Permission denied',
    )
    expect(root.querySelector('[data-testid="quiz-printed"]')).toBeNull()
  })
})
