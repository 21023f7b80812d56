import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerReply, gradeKey, nextCardInDom } from './marks'

const measured = () => performance.getEntriesByType('measure').map((entry) => entry.name)

describe('the marks of the study path', () => {
  afterEach(() => performance.clearMeasures())

  it('measure from the grade key to the reply, the next card in the DOM and the frames that paint it', async () => {
    gradeKey(performance.now())
    answerReply()
    nextCardInDom()
    await vi.waitFor(() => expect(measured()).toContain('grade: key to next frame'))
    expect(measured()).toEqual([
      'grade: key to reply',
      'grade: key to DOM',
      'grade: key to frame',
      'grade: key to next frame',
    ])
    for (const entry of performance.getEntriesByType('measure')) expect(entry.duration).toBeGreaterThanOrEqual(0)
  })

  it('measure nothing for a card shown without a grade key (an undo, a suspension)', async () => {
    answerReply()
    nextCardInDom()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(measured()).toEqual([])
  })
})
