import { mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, describe, expect, it } from 'vitest'
import type { DraftProblem } from '../../lib/bindings/DraftProblem'
import type { ReadingDraft } from '../../lib/bindings/ReadingDraft'
import { setLocale } from '../../lib/i18n.svelte'
import { problemHint, problemMessage } from '../../lib/problems'
import { allByTestId, render, settle } from '../../test/render'
import ReadingEditor from './ReadingEditor.svelte'

const draft: ReadingDraft = {
  is_new: false,
  id: 'r1',
  title: 'Reading One',
  author: '',
  publisher: 'P',
  published: 'spring 2015',
  url: '',
  body: 'Talks were held.',
}

/** The problem as the core reports it: its code and arguments, and its English. */
const badDate: DraftProblem = {
  rule: 'bad-date',
  code: 'bad-date',
  args: { date: 'spring 2015' },
  message: '`spring 2015` is not a date',
  hint: 'write YYYY, YYYY-MM or YYYY-MM-DD',
  location: 'readings/001-r1.md:5:12',
  claim: null,
  field: 'published',
}

async function shownProblems(): Promise<string[]> {
  mockIPC((cmd) => {
    if (cmd === 'check_reading') return [badDate]
  })
  const root = render(ReadingEditor, { deck: 'mine', draft, onsaved: () => {} })
  root.querySelector('form')!.requestSubmit()
  await settle()
  return allByTestId(root, 'reading-problem').map((p) => p.textContent ?? '')
}

afterEach(() => setLocale('en'))

describe('problems of a deck in the interface language', () => {
  it('says a draft problem in English as the core words it', async () => {
    expect(await shownProblems()).toEqual([`${badDate.message}: ${badDate.hint}`])
  })

  it('says a draft problem in Korean, the quoted value as written', async () => {
    setLocale('ko')
    expect(await shownProblems()).toEqual([
      '`spring 2015` 값은 날짜가 아니에요: YYYY, YYYY-MM 또는 YYYY-MM-DD 형식으로 쓰세요',
    ])
  })

  it('says a draft problem in Mongolian, the quoted value as written', async () => {
    setLocale('mn')
    expect(await shownProblems()).toEqual([
      '`spring 2015` гэдэг нь огноо биш байна: YYYY, YYYY-MM эсвэл YYYY-MM-DD хэлбэрээр бичнэ үү',
    ])
  })

  it('words numbers and the choice of hint from the arguments', () => {
    const notFound = {
      code: 'quote-not-found' as const,
      args: { affixed: 'yes', path: 'readings/001-r1.md', hint: 'long', length: 5000, max: 2000 },
    }
    expect(problemMessage(notFound)).toBe('quote with its prefix/suffix not found in `readings/001-r1.md`')
    expect(problemHint(notFound)).toContain('the quote is 5,000 characters long')
    setLocale('ko')
    expect(problemMessage(notFound)).toBe('prefix/suffix를 포함한 인용문을 `readings/001-r1.md`에서 찾을 수 없어요')
    expect(problemHint(notFound)).toContain('인용문이 5,000자나 돼요')
    setLocale('mn')
    const ambiguous = { code: 'ambiguous-quote' as const, args: { count: 3, path: 'readings/001-r1.md' } }
    expect(problemMessage(ambiguous)).toBe('ишлэл `readings/001-r1.md` файлд 3 удаа гарч байна')
    expect(problemHint({ ...notFound, args: { ...notFound.args, hint: 'empty' } })).toBe('эх бичвэрт текст алга')
  })
})
