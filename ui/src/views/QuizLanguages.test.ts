import { mockIPC } from '@tauri-apps/api/mocks'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import FeedbackPanel from '../components/quiz/FeedbackPanel.svelte'
import QuizResults from '../components/quiz/QuizResults.svelte'
import type { QuizResult } from '../lib/bindings/QuizResult'
import type { QuizView } from '../lib/bindings/QuizView'
import type { TagCount } from '../lib/bindings/TagCount'
import { setLocale } from '../lib/i18n.svelte'
import { libraryView } from '../test/fixtures'
import { quizFeedback, quizResult, quizView, unansweredResult } from '../test/quizFixtures'
import { byTestId, press, render, settle } from '../test/render'
import Quiz from './Quiz.svelte'

const tags: TagCount[] = [
  { tag: 'diplomacy', claims: 12 },
  { tag: 'trade', claims: 1 },
]

function shell(unfinished: QuizView | null = null) {
  mockIPC((cmd, args) => {
    switch (cmd) {
      case 'library':
        return libraryView
      case 'quiz_tags':
        return tags
      case 'unfinished_quiz':
        return unfinished
      case 'start_quiz':
        return quizView
      case 'answer_quiz':
        return quizFeedback[(args as { position: number }).position]
    }
  })
}

/** `quizResult` with only its first miss: one wrong answer. */
const oneWrong: QuizResult = { ...quizResult, score: 4, misses: quizResult.misses.slice(0, 1) }
/** Finished with one question left: one unanswered, nothing wrong. */
const oneUnanswered: QuizResult = {
  ...unansweredResult,
  score: 4,
  answered: 4,
  misses: unansweredResult.misses.slice(4),
}

const results = (result: QuizResult) => render(QuizResults, { result, onreview: vi.fn(), onnew: vi.fn() })
const text = (root: HTMLElement) => root.textContent?.replace(/\s+/g, ' ') ?? ''
const tagOptions = (root: HTMLElement) =>
  Array.from(byTestId<HTMLSelectElement>(root, 'quiz-tag').options).map((o) => o.textContent)

beforeEach(() => {
  window.scrollTo = vi.fn()
})

describe('Quiz in other languages', () => {
  it('writes a timeline’s dates in Korean', () => {
    setLocale('ko')
    const choices = quizView.questions[4].choices
    const root = render(FeedbackPanel, { feedback: quizFeedback[4], kind: 'timeline', choices })
    const lines = Array.from(byTestId(root, 'quiz-correct').querySelectorAll('li')).map((li) => li.textContent?.trim())
    expect(lines).toEqual([
      '2013년 10월: Elbegdorj visits Pyongyang',
      '2014년 6월: The first Ulaanbaatar Dialogue',
      '2015: Mongolia and North Korea sign a trade deal',
    ])
  })

  it('words a true-or-false miss in Mongolian', () => {
    setLocale('mn')
    const miss = { ...quizResult.misses[0], kind: 'true_false' as const, given: 'True', correct_answer: 'False' }
    const root = results({ ...quizResult, misses: [miss] })
    expect(byTestId(root, 'quiz-miss-given').textContent?.trim()).toBe('Үнэн')
    expect(byTestId(root, 'quiz-miss-correct').textContent?.trim()).toBe('Худал')
  })

  it('counts in English: one and many', async () => {
    shell()
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()
    expect(tagOptions(root)).toEqual(['diplomacy (12 claims)', 'trade (1 claim)'])

    expect(text(results(oneUnanswered))).toContain('1 question not answered.')
    expect(text(results(unansweredResult))).toContain('5 questions not answered.')
    expect(text(results(oneWrong))).toContain('The wrong answer was logged as Again, so it comes up in Review.')
    expect(text(results(quizResult))).toContain('Wrong answers were logged as Again, so they come up in Review.')
  })

  it('sets up, asks and scores a quiz in Korean', async () => {
    setLocale('ko')
    shell()
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()

    expect(root.querySelector('h1')?.textContent).toBe('퀴즈')
    expect(byTestId(root, 'quiz-scope-weak').closest('label')?.textContent).toContain('취약한 카드')
    expect(tagOptions(root)).toEqual(['diplomacy (진술 12개)', 'trade (진술 1개)'])
    expect(byTestId(root, 'quiz-start').textContent?.trim()).toBe('퀴즈 시작')

    byTestId(root, 'quiz-start').click()
    await settle()
    expect(byTestId(root, 'quiz-position').textContent).toBe('5문제 중 1번째')
    expect(byTestId(root, 'quiz-progress').getAttribute('aria-valuetext')).toBe('5문제 중 0문제 답함')
    expect(byTestId(root, 'quiz-question').querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('보기')
    press('1')
    await settle()
    expect(byTestId(root, 'quiz-verdict').textContent).toContain('틀렸어요.')
    expect(byTestId(root, 'quiz-verdict').textContent).toContain('복습에서 다시 나와요.')
    // The reading's title is never translated; only the words around it are.
    expect(byTestId(root, 'quiz-source').textContent).toContain(`출처: ${quizFeedback[0].source.reading_title}`)
    expect(byTestId(root, 'quiz-next').textContent).toContain('다음 문제')

    const scored = results(unansweredResult)
    expect(scored.querySelector('h1')?.textContent).toBe('퀴즈 결과')
    expect(text(scored)).toContain('5문제에 답하지 않았어요.')
    expect(text(results(oneUnanswered))).toContain('1문제에 답하지 않았어요.')
    expect(text(results(quizResult))).toContain('틀린 답은 ‘다시’로 기록해서 복습에 나와요.')
    expect(byTestId(scored, 'quiz-miss-given').textContent?.trim()).toBe('답하지 않음')
  })

  it('sets up, asks and scores a quiz in Mongolian, with one and many', async () => {
    setLocale('mn')
    const halfDone: QuizView = {
      ...quizView,
      questions: quizView.questions.map((q, i) => (i < 2 ? { ...q, outcome: 'exact' } : q)),
    }
    shell(halfDone)
    const root = render(Quiz, { onreview: vi.fn() })
    await settle()

    expect(root.querySelector('h1')?.textContent).toBe('Сорил')
    expect(byTestId(root, 'quiz-resume-text').textContent).toBe(
      `«${libraryView.readings[0].citation.title}» эх бичвэрийн сорил тань 5 асуултаас 2 асуултад хариулсны дараа зогссон байна.`,
    )
    expect(byTestId(root, 'quiz-resume-go').textContent?.trim()).toBe('Үргэлжлүүлэх')
    expect(tagOptions(root)).toEqual(['diplomacy (12 мэдэгдэл)', 'trade (1 мэдэгдэл)'])

    byTestId(root, 'quiz-resume-go').click()
    await settle()
    expect(byTestId(root, 'quiz-position').textContent).toBe('3-р асуулт, нийт 5')
    expect(byTestId(root, 'quiz-progress').getAttribute('aria-valuetext')).toBe('5 асуултаас 2 нь хариулагдсан')

    expect(text(results(oneUnanswered))).toContain('Нэг асуултад хариулаагүй.')
    expect(text(results(unansweredResult))).toContain('5 асуултад хариулаагүй.')
    expect(text(results(oneWrong))).toContain('Буруу хариултыг «Дахин» гэж тэмдэглэсэн тул давтлагад гарна.')
    const scored = results(quizResult)
    expect(text(scored)).toContain('Буруу хариултуудыг «Дахин» гэж тэмдэглэсэн тул давтлагад гарна.')
    expect(scored.querySelector('h2')?.textContent).toBe('Алдсан (3)')
    expect(byTestId(scored, 'quiz-review-misses').textContent?.trim()).toBe('Одоо давтах')
  })
})
