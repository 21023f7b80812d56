// @vitest-environment node
/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FluentParser, Junk, Message, MessageReference, Term, VariableReference, Visitor } from '@fluent/syntax'
import { describe, expect, it } from 'vitest'
import { LOCALES } from './i18n.svelte'

// The catalogue is checked as files, the way a translator edits them: every locale has every
// message English has and no other, uses no variable English does not pass, and every message
// is used by the interface. Messages in `cli.ftl` and `cli-help.ftl` belong to the command line
// and are checked by the Rust tests (src/messages.rs, src/bin/steppe/help.rs).
const root = fileURLToPath(new URL('../../..', import.meta.url))
const catalogue = join(root, 'locales')
const uiSource = join(root, 'ui', 'src')

const COMMAND_LINE_FILES = ['cli.ftl', 'cli-help.ftl']

type Entry = { file: string; line: number; variables: Set<string>; references: Set<string> }

class Collect extends Visitor {
  variables = new Set<string>()
  references = new Set<string>()
  visitVariableReference(node: VariableReference) {
    this.variables.add(node.id.name)
  }
  visitMessageReference(node: MessageReference) {
    this.references.add(node.id.name)
  }
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

function readLocale(locale: string): { entries: Map<string, Entry>; problems: string[] } {
  const entries = new Map<string, Entry>()
  const problems: string[] = []
  const dir = join(catalogue, locale)
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ftl')).sort()) {
    const file = `${locale}/${name}`
    const text = readFileSync(join(dir, name), 'utf8')
    for (const entry of new FluentParser({ withSpans: true }).parse(text).body) {
      if (entry instanceof Junk) {
        problems.push(`${file}:${lineOf(text, entry.span!.start)}: cannot parse: ${entry.annotations.map((a) => a.message).join('; ')}`)
      } else if (entry instanceof Message || entry instanceof Term) {
        const id = entry instanceof Term ? `-${entry.id.name}` : entry.id.name
        const line = lineOf(text, entry.span!.start)
        if (entries.has(id)) problems.push(`${file}:${line}: ${id} is defined twice`)
        if (entry instanceof Message && !entry.value) problems.push(`${file}:${line}: ${id} has no text`)
        const collect = new Collect()
        collect.visit(entry)
        entries.set(id, { file: name, line, variables: collect.variables, references: collect.references })
      }
    }
  }
  return { entries, problems }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'bindings' ? [] : sourceFiles(path)
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

/** Every message id the interface asks for, and every call whose id is not written out. */
function usedIds(): { used: Map<string, string>; dynamic: string[] } {
  const used = new Map<string, string>()
  const dynamic: string[] = []
  for (const path of sourceFiles(uiSource).filter((p) => !p.endsWith('i18n.svelte.ts'))) {
    const text = readFileSync(path, 'utf8')
    for (const match of text.matchAll(/\bt\(\s*(['"`]?)([^'"`,)\s]*)\1/g)) {
      const where = `${relative(root, path)}:${lineOf(text, match.index!)}`
      if (match[1] === "'" || match[1] === '"') used.set(match[2], where)
      else dynamic.push(`${where}: t(${match[2]}…)`)
    }
  }
  return { used, dynamic }
}

describe('the message catalogue', () => {
  const english = readLocale('en')

  it('parses, with no message defined twice', () => {
    const problems = LOCALES.flatMap((locale) => readLocale(locale).problems)
    expect(problems).toEqual([])
  })

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the messages English has', (locale) => {
    const { entries } = readLocale(locale)
    const missing = [...english.entries.keys()].filter((id) => !entries.has(id)).map((id) => `${english.entries.get(id)!.file}: ${id}`)
    const extra = [...entries.keys()].filter((id) => !english.entries.has(id)).map((id) => `${entries.get(id)!.file}: ${id}`)
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })

  it.each(LOCALES.filter((l) => l !== 'en'))('%s uses only the variables English passes', (locale) => {
    const wrong: string[] = []
    for (const [id, entry] of readLocale(locale).entries) {
      const known = english.entries.get(id)?.variables
      if (!known) continue
      for (const name of entry.variables) if (!known.has(name)) wrong.push(`${locale}/${entry.file}:${entry.line}: ${id} uses $${name}`)
    }
    expect(wrong).toEqual([])
  })

  it('has every message the interface asks for, and no unused one', () => {
    const { used, dynamic } = usedIds()
    expect(dynamic, 'every t() call names its message literally').toEqual([])
    const referenced = new Set([...english.entries.values()].flatMap((e) => [...e.references]))
    const undefinedIds = [...used].filter(([id]) => !english.entries.has(id)).map(([id, where]) => `${where}: ${id}`)
    const unused = [...english.entries]
      .filter(([id, e]) => !id.startsWith('-') && !COMMAND_LINE_FILES.includes(e.file) && !used.has(id) && !referenced.has(id))
      .map(([id, e]) => `en/${e.file}:${e.line}: ${id}`)
    expect({ undefinedIds, unused }).toEqual({ undefinedIds: [], unused: [] })
  })
})
