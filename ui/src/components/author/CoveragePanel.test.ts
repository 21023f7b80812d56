import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import type { Candidate } from '../../lib/bindings/Candidate'
import type { ClaimDraft } from '../../lib/bindings/ClaimDraft'
import type { Coverage } from '../../lib/bindings/Coverage'
import { allByTestId, byTestId, render, settle } from '../../test/render'
import CoveragePanel from './CoveragePanel.svelte'

const sentence = (text: string, start: number) => ({ block: 0, start, end: start + text.length, text })
const candidates: Candidate[] = [
  { sentence: sentence('Talks began in March 2014.', 0), kind: 'date', answer: 'March 2014', date: '2014-03', reason: 'names_date' },
  { sentence: sentence('Trade grew by 12 percent.', 30), kind: 'number', answer: '12 percent', date: null, reason: 'has_number' },
]

function coverageWith(list: Candidate[]): Coverage {
  return { reading: 'r1', sentences: 10, covered: 8, uncovered: candidates.map((c) => c.sentence), candidates: list }
}

const draftOf = (c: Candidate): ClaimDraft => ({
  original_id: null,
  reading: 'r1',
  id: 'r1-talks',
  quote: c.sentence.text,
  prefix: '',
  suffix: '',
  text: c.sentence.text,
  answer: c.answer,
  question: '',
  kind: c.kind,
  date: c.date ?? '',
  tags: [],
  conflicts_with: [],
  role: '',
  event: '',
  distractors: [],
  false_statements: [],
})

describe('CoveragePanel', () => {
  it('shows the numbers and the candidates; Accept saves a valid proposal, Dismiss hides one', async () => {
    let shown = [...candidates]
    const calls: string[] = []
    mockIPC((cmd, args) => {
      calls.push(cmd)
      if (cmd === 'coverage') return coverageWith(shown)
      if (cmd === 'accept_candidate') return draftOf((args as { candidate: Candidate }).candidate)
      if (cmd === 'check_claim') return { problems: [], cards: [] }
      if (cmd === 'save_claim') {
        shown = shown.slice(1)
        return []
      }
      if (cmd === 'dismiss_candidate') {
        expect(args).toEqual({ deck: 'mine', reading: 'r1', sentence: 'Trade grew by 12 percent.' })
        shown = []
      }
    })
    const onsaved = vi.fn()
    const onedit = vi.fn()
    const root = render(CoveragePanel, { deck: 'mine', reading: 'r1', onedit, onsaved })
    await settle()
    expect(byTestId(root, 'coverage-summary').textContent).toContain('8 of 10')
    expect(allByTestId(root, 'candidate')).toHaveLength(2)
    expect(allByTestId(root, 'uncovered')).toHaveLength(2)

    byTestId(root, 'candidate-accept').click()
    await settle()
    expect(calls).toContain('save_claim')
    expect(onsaved).toHaveBeenCalled()
    expect(onedit).not.toHaveBeenCalled()
    expect(allByTestId(root, 'candidate')).toHaveLength(1)

    byTestId(root, 'candidate-dismiss').click()
    await settle()
    expect(allByTestId(root, 'candidate')).toHaveLength(0)
  })

  it('opens a proposal with problems in the form instead of saving it', async () => {
    const calls: string[] = []
    mockIPC((cmd, args) => {
      calls.push(cmd)
      if (cmd === 'coverage') return coverageWith(candidates)
      if (cmd === 'accept_candidate') return draftOf((args as { candidate: Candidate }).candidate)
      if (cmd === 'check_claim')
        return {
          cards: [],
          problems: [
            {
              rule: 'ambiguous-quote',
              code: 'ambiguous-quote',
              args: { count: 2, path: 'readings/001-r1.md' },
              message: 'quote occurs 2 times in `readings/001-r1.md`',
              hint: null,
              location: 'x',
              claim: 'r1-talks',
              field: 'quote',
            },
          ],
        }
    })
    const onedit = vi.fn()
    const root = render(CoveragePanel, { deck: 'mine', reading: 'r1', onedit, onsaved: vi.fn() })
    await settle()
    byTestId(root, 'candidate-accept').click()
    await settle()
    expect(calls).not.toContain('save_claim')
    expect(onedit).toHaveBeenCalledWith(expect.objectContaining({ answer: 'March 2014', date: '2014-03' }))
  })
})
