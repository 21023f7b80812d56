import { clearMocks, mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyProgress, quizFeedback, quizResult, quizView } from '../test/quizFixtures'
import { answerQuiz, finishQuiz, progress, startQuiz } from './ipc'

afterEach(() => clearMocks())

describe('ipc: quiz and progress', () => {
  it('calls the commands with the names and arguments the shell expects', async () => {
    const calls: unknown[] = []
    mockIPC((cmd, args) => {
      calls.push([cmd, args])
      switch (cmd) {
        case 'start_quiz':
          return quizView
        case 'answer_quiz':
          return quizFeedback[0]
        case 'finish_quiz':
          return quizResult
        case 'progress':
          return emptyProgress
      }
    })
    await expect(startQuiz({ type: 'all' }, 20)).resolves.toEqual(quizView)
    await startQuiz({ type: 'tag', tag: 'diplomacy' }, 5, 42)
    await expect(answerQuiz(quizView.id, 0, { type: 'choice', index: 2 })).resolves.toEqual(quizFeedback[0])
    await answerQuiz(12, 4, { type: 'order', order: [2, 0, 1] })
    await expect(finishQuiz(quizView.id)).resolves.toEqual(quizResult)
    await expect(progress()).resolves.toEqual(emptyProgress)
    expect(calls).toEqual([
      ['start_quiz', { scope: { type: 'all' }, length: 20 }],
      ['start_quiz', { scope: { type: 'tag', tag: 'diplomacy' }, length: 5, seed: 42 }],
      // The id goes back as a JSON number, whatever the bindings call it.
      ['answer_quiz', { quizId: 7, position: 0, given: { type: 'choice', index: 2 } }],
      ['answer_quiz', { quizId: 12, position: 4, given: { type: 'order', order: [2, 0, 1] } }],
      ['finish_quiz', { quizId: 7 }],
      ['progress', {}],
    ])
  })

  it('rejects with the shell’s ErrorReport', async () => {
    mockIPC(() => {
      throw { code: 'empty_quiz', message: 'this scope has no questions' }
    })
    await expect(startQuiz({ type: 'reading', id: 'x' }, 5)).rejects.toEqual({
      code: 'empty_quiz',
      message: 'this scope has no questions',
      detail: 'this scope has no questions',
    })
  })
})
