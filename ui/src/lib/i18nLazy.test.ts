// @vitest-environment node
/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FluentBundle, FluentResource } from '@fluent/bundle'
import { describe, expect, it } from 'vitest'
import { LOCALES, setLocale, t } from './i18n.svelte'

// Each catalogue file is parsed when a message of it is first needed; every message must read
// exactly as it does from the whole catalogue parsed at once, in every language.
const catalogue = fileURLToPath(new URL('../../../locales', import.meta.url))

function wholeCatalogue(locale: string): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false })
  for (const name of readdirSync(join(catalogue, locale))) {
    if (!name.endsWith('.ftl') || name.startsWith('cli')) continue
    bundle.addResource(new FluentResource(readFileSync(join(catalogue, locale, name), 'utf8')))
  }
  return bundle
}

describe('messages parsed file by file', () => {
  for (const locale of LOCALES) {
    it(`read as the whole ${locale} catalogue reads them`, () => {
      const whole = wholeCatalogue(locale)
      const english = wholeCatalogue('en')
      setLocale(locale, [])
      let checked = 0
      for (const [id] of english._messages) {
        // Messages without variables: formatted with none, the same text either way.
        const own = whole.getMessage(id)?.value ? whole : english
        const errors: Error[] = []
        const expected = own.formatPattern(own.getMessage(id)!.value!, undefined, errors)
        if (errors.length) continue
        expect(t(id), id).toBe(expected)
        checked++
      }
      expect(checked).toBeGreaterThan(200)
      expect(t('no-such-message-id')).toBe('no-such-message-id')
    })
  }
})
