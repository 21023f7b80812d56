import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import type { ClaimDraft } from '../../lib/bindings/ClaimDraft'
import type { DraftCheck } from '../../lib/bindings/DraftCheck'
import { allByTestId, byTestId, render, settle } from '../../test/render'
import ClaimForm from './ClaimForm.svelte'

const draft: ClaimDraft = {
  original_id: null,
  reading: 'r1',
  id: 'r1-rounds',
  quote: 'hosted three rounds',
  prefix: '',
  suffix: '',
  text: 'Mongolia hosted three rounds of talks.',
  answer: 'three rounds',
  question: '',
  kind: 'number',
  date: '',
  tags: [],
  conflicts_with: [],
  role: '',
  event: '',
  distractors: [],
  false_statements: [],
}

/** Checks like the core would: an answer that is not in the text is a problem on `answer`. */
function fakeCheck(d: ClaimDraft): DraftCheck {
  if (!d.answer || !d.text.includes(d.answer))
    return {
      cards: [],
      problems: [
        {
          rule: 'answer-not-in-text',
          code: 'answer-not-in-text',
          args: { answer: d.answer },
          message: `answer \`${d.answer}\` is not part of the claim's text`,
          hint: 'copy it from the text',
          location: 'claims/001-r1.toml:9:10',
          claim: d.id,
          field: 'answer',
        },
      ],
    }
  return {
    problems: [],
    cards: [
      {
        id: `${d.id}:cloze`,
        kind: 'cloze',
        prompt: d.text.replace(d.answer, '[…]'),
        answer: d.answer,
        choices: [],
        correct_order: [],
        dates: [],
      },
    ],
  }
}

function type(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

async function afterPause() {
  await vi.advanceTimersByTimeAsync(400)
  vi.useRealTimers()
  await settle()
}

/** A new claim from a selection: the answer is not filled in yet. */
const fresh: ClaimDraft = { ...draft, answer: '', question: '' }

describe('ClaimForm', () => {
  it('says nothing is wrong with a new claim before its fields are edited', async () => {
    mockIPC((cmd, args) => {
      if (cmd === 'check_claim') return fakeCheck((args as { draft: ClaimDraft }).draft)
    })
    vi.useFakeTimers()
    const root = render(ClaimForm, { deck: 'my', draft: fresh, onsaved: () => {}, onclose: () => {} })
    await afterPause()
    // The core finds the empty answer wrong, but the student has not typed it yet.
    expect(allByTestId(root, 'problem-answer')).toHaveLength(0)
    expect(byTestId(root, 'claim-answer').getAttribute('aria-invalid')).toBe('false')

    vi.useFakeTimers()
    type(byTestId(root, 'claim-answer'), 'four rounds')
    await afterPause()
    expect(byTestId(root, 'problem-answer').textContent).toContain('`four rounds` is not part')
  })

  it('on save, checks afresh, sends nothing while the claim has problems and focuses the first', async () => {
    const saved: ClaimDraft[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'check_claim') return fakeCheck((args as { draft: ClaimDraft }).draft)
      if (cmd === 'save_claim') saved.push((args as { draft: ClaimDraft }).draft)
    })
    const scrolled: Element[] = []
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this)
    }
    const onsaved = vi.fn()
    const root = render(ClaimForm, { deck: 'my', draft: fresh, onsaved, onclose: () => {} })
    byTestId<HTMLFormElement>(root, 'claim-form').requestSubmit()
    await settle()
    const answer = byTestId(root, 'claim-answer')
    expect(byTestId(root, 'problem-answer').textContent).toContain('is not part')
    expect(document.activeElement).toBe(answer)
    expect(scrolled).toEqual([answer])
    expect(saved).toHaveLength(0)
    expect(onsaved).not.toHaveBeenCalled()
  })

  it('keeps a claim from typed cards when its box is unticked, and sends the mark on save', async () => {
    const saved: ClaimDraft[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'check_claim') return fakeCheck((args as { draft: ClaimDraft }).draft)
      if (cmd === 'save_claim') saved.push((args as { draft: ClaimDraft }).draft)
    })
    const marked = { ...draft, original_id: 'r1-rounds', question: 'How many rounds?', typed: false }
    const root = render(ClaimForm, { deck: 'my', draft: marked, onsaved: () => {}, onclose: () => {} })
    const box = byTestId<HTMLInputElement>(root, 'claim-typed')
    expect(box.checked).toBe(false)
    byTestId<HTMLFormElement>(root, 'claim-form').requestSubmit()
    await settle()
    expect(saved.at(-1)?.typed).toBe(false)

    box.click()
    await settle()
    expect(box.checked).toBe(true)
    byTestId<HTMLFormElement>(root, 'claim-form').requestSubmit()
    await settle()
    expect(saved).toHaveLength(2)
    expect(saved[1].typed).toBeUndefined()
  })

  it('hands a deleted claim over as it was saved, so it can be put back', async () => {
    const deletedIds: unknown[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'check_claim') return fakeCheck((args as { draft: ClaimDraft }).draft)
      if (cmd === 'delete_claim') deletedIds.push(args)
    })
    const ondeleted = vi.fn()
    const savedClaim = { ...draft, original_id: 'r1-rounds' }
    const root = render(ClaimForm, { deck: 'my', draft: savedClaim, onsaved: () => {}, ondeleted, onclose: () => {} })
    type(byTestId(root, 'claim-question'), 'How many rounds?')
    byTestId<HTMLButtonElement>(root, 'claim-delete').click()
    await settle()
    expect(deletedIds).toEqual([{ deck: 'my', id: 'r1-rounds' }])
    expect(ondeleted).toHaveBeenCalledWith(savedClaim)
  })

  it('shows the preview, then an inline problem next to the answer as it is typed', async () => {
    const checks: ClaimDraft[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'check_claim') {
        const d = (args as { draft: ClaimDraft }).draft
        checks.push(d)
        return fakeCheck(d)
      }
    })
    vi.useFakeTimers()
    const root = render(ClaimForm, { deck: 'my', draft, onsaved: () => {}, onclose: () => {} })
    await afterPause()
    expect(allByTestId(root, 'preview-card').map((c) => c.dataset.kind)).toEqual(['cloze'])

    vi.useFakeTimers()
    type(byTestId(root, 'claim-answer'), 'four rounds')
    type(byTestId(root, 'claim-answer'), 'five rounds')
    await afterPause()
    expect(checks.map((d) => d.answer)).toEqual(['three rounds', 'five rounds'])
    expect(byTestId(root, 'problem-answer').textContent).toContain('`five rounds` is not part')
    expect(byTestId(root, 'claim-answer').getAttribute('aria-invalid')).toBe('true')
    expect(root.textContent).toContain('No cards while the deck has problems')
  })

  it('saves the edited draft with tags split at commas and reports a refusal', async () => {
    const saved: ClaimDraft[] = []
    let refuse = true
    mockIPC((cmd, args) => {
      if (cmd === 'check_claim') return fakeCheck((args as { draft: ClaimDraft }).draft)
      if (cmd === 'save_claim') {
        if (refuse) throw { code: 'invalid_deck', message: 'claim `r1-rounds` has 1 problem; nothing was saved' }
        saved.push((args as { draft: ClaimDraft }).draft)
        return []
      }
    })
    const onsaved = vi.fn()
    const root = render(ClaimForm, { deck: 'my', draft, onsaved, onclose: () => {} })
    type(byTestId(root, 'claim-tags'), 'talks,  japan ,')
    byTestId<HTMLFormElement>(root, 'claim-form').requestSubmit()
    await settle()
    expect(byTestId(root, 'claim-error').textContent).toContain('nothing was saved')
    expect(onsaved).not.toHaveBeenCalled()

    refuse = false
    byTestId<HTMLFormElement>(root, 'claim-form').requestSubmit()
    await settle()
    expect(saved.map((d) => d.tags)).toEqual([['talks', 'japan']])
    expect(onsaved).toHaveBeenCalledWith('r1-rounds')
  })
})
