import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it, vi } from 'vitest'
import type { DraftProblem } from '../../lib/bindings/DraftProblem'
import type { ReadingDraft } from '../../lib/bindings/ReadingDraft'
import { allByTestId, byTestId, render, settle } from '../../test/render'
import ReadingEditor from './ReadingEditor.svelte'

const draft: ReadingDraft = {
  is_new: false,
  id: 'r1',
  title: 'Reading One',
  author: '',
  publisher: 'P',
  published: '2015',
  url: '',
  body: 'Talks were held.\n\nThe North met the South.',
}

/** Checks like the core would: a published value that is not a date is a problem on `published`. */
function fakeCheck(d: ReadingDraft): DraftProblem[] {
  if (/^\d{4}(-\d{2}){0,2}$/.test(d.published)) return []
  return [
    {
      rule: 'bad-date',
      code: 'bad-date',
      args: { date: d.published },
      message: `\`${d.published}\` is not a date`,
      hint: 'write YYYY, YYYY-MM or YYYY-MM-DD',
      location: 'readings/001-r1.md:5:12',
      claim: null,
      field: 'published',
    },
  ]
}

function type(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

describe('ReadingEditor', () => {
  it('says a bad date at its field, focuses it on save and writes nothing', async () => {
    const saved: ReadingDraft[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'check_reading') return fakeCheck((args as { draft: ReadingDraft }).draft)
      if (cmd === 'save_reading') {
        saved.push((args as { draft: ReadingDraft }).draft)
        return []
      }
    })
    const scrolled: Element[] = []
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this)
    }
    const onsaved = vi.fn()
    const root = render(ReadingEditor, { deck: 'mine', draft, onsaved })
    const published = byTestId<HTMLInputElement>(root, 'reading-published')
    type(published, 'spring 2015')
    byTestId<HTMLFormElement>(root, 'reading-form').requestSubmit()
    await settle()

    const problems = allByTestId(root, 'reading-problem')
    expect(problems.map((p) => p.textContent)).toEqual(['`spring 2015` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'])
    // Said right under the field, before the long text area, and read out with the field.
    const field = published.closest('.field')!
    expect(field.contains(problems[0])).toBe(true)
    expect(published.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(published.getAttribute('aria-describedby')!)?.textContent).toContain('not a date')
    expect(document.activeElement).toBe(published)
    expect(scrolled).toEqual([published])
    expect(saved).toHaveLength(0)
    expect(onsaved).not.toHaveBeenCalled()

    type(published, '2015-12')
    byTestId<HTMLFormElement>(root, 'reading-form').requestSubmit()
    await settle()
    expect(allByTestId(root, 'reading-problem')).toHaveLength(0)
    expect(saved.map((d) => d.published)).toEqual(['2015-12'])
    expect(onsaved).toHaveBeenCalledWith('r1')
  })
})
