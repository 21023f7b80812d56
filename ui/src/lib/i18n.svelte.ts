import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle'
import { once } from './once'

/** The interface languages, English first: it is the source every other one is checked against. */
export const LOCALES = ['en', 'mn', 'ko'] as const
export type Locale = (typeof LOCALES)[number]

/** Each language's name in itself, for the picker: a reader finds their own language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', mn: 'Монгол', ko: '한국어' }

// The interface's catalogue (every .ftl file but the command line's cli.ftl and cli-help.ftl):
// English is bundled with the app's script, since it stands in for any message a translation
// lacks; each other language is a chunk of its own (src/lib/messages), read when first chosen.
const sources: Partial<Record<Locale, Record<string, string>>> = {
  en: import.meta.glob(['../../../locales/en/*.ftl', '!../../../locales/en/cli*.ftl'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
}
// Each reads its language's chunk into `sources`, once.
const readers: Record<Exclude<Locale, 'en'>, () => Promise<void>> = {
  mn: once(async () => {
    sources.mn = (await import('./messages/mn')).default
  }),
  ko: once(async () => {
    sources.ko = (await import('./messages/ko')).default
  }),
}

/** Reads the messages of `locale` if they are not here yet. */
export function loadLocale(locale: Locale): Promise<void> {
  if (sources[locale] || locale === 'en') return Promise.resolve()
  return readers[locale]()
}

/**
 * One language's messages, each file parsed when a message of it is first needed: parsing a
 * whole catalogue took tens of milliseconds of the app's start, most of it for screens not shown.
 * `files` names the file each message id is defined in (read from the text without parsing it).
 */
type Catalogue = { bundle: FluentBundle; unparsed: Map<string, string>; files: Map<string, string> }

function catalogueFor(locale: Locale): Catalogue {
  // No isolation marks: every interface language is written left to right, and the marks would
  // end up in copied text.
  const bundle = new FluentBundle(locale, { useIsolating: false })
  const unparsed = new Map<string, string>()
  const files = new Map<string, string>()
  for (const [path, text] of Object.entries(sources[locale] ?? {})) {
    unparsed.set(path, text)
    for (const [, id] of text.matchAll(/^([a-zA-Z][\w-]*)[ \t]*=/gm)) if (!files.has(id)) files.set(id, path)
  }
  return { bundle, unparsed, files }
}

function parse(catalogue: Catalogue, path: string) {
  const text = catalogue.unparsed.get(path)
  if (text === undefined) return
  catalogue.unparsed.delete(path)
  const errors = catalogue.bundle.addResource(new FluentResource(text))
  if (errors.length) console.error(`${path}: ${errors.map(String).join('; ')}`)
}

/** Parses every file not parsed yet; false when there was none. */
function parseAll(catalogue: Catalogue): boolean {
  if (!catalogue.unparsed.size) return false
  for (const path of [...catalogue.unparsed.keys()]) parse(catalogue, path)
  return true
}

const catalogues: Partial<Record<Locale, Catalogue>> = {}

function catalogue(locale: Locale): Catalogue {
  return (catalogues[locale] ??= catalogueFor(locale))
}

/** The interface language the system asks for, or English when it is not one of ours. */
export function systemLocale(languages: readonly string[] = navigatorLanguages()): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0]
    if ((LOCALES as readonly string[]).includes(base)) return base as Locale
  }
  return 'en'
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}

// English until `setLocale` has the messages of the language asked for (main.ts asks for the
// system's before the app is mounted).
let current = $state<Locale>('en')
// The tag dates and numbers are written with: the system's own region where it speaks the
// interface language (en-GB writes 14:05, en-US 2:05 PM), else the language alone.
let intlTag = intlTagFor('en', navigatorLanguages())

function intlTagFor(language: Locale, systemTags: readonly string[]): string {
  return systemTags.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === language)?.replace('_', '-') ?? language
}

/** The language the interface speaks now. Reading it in a component redraws it on a change. */
export function locale(): Locale {
  return current
}

// The language asked for last: of two switches whose messages are still being read, the later wins.
let wanted: Locale = 'en'

/**
 * Switches the interface language; `'system'` follows the system's. The document's `lang`
 * follows, so fonts and screen readers do too. At once when the language's messages are here;
 * otherwise once they have been read (the promise settles then), the interface speaking the
 * language before meanwhile.
 */
export function setLocale(choice: Locale | 'system', systemTags: readonly string[] = navigatorLanguages()): Promise<void> {
  const next = choice === 'system' ? systemLocale(systemTags) : choice
  wanted = next
  const apply = () => {
    if (wanted !== next) return
    current = next
    intlTag = intlTagFor(next, systemTags)
    if (typeof document !== 'undefined') document.documentElement.lang = next
  }
  if (sources[next]) {
    apply()
    return Promise.resolve()
  }
  return loadLocale(next).then(apply)
}

/**
 * The message `id` in the current language, with `args` filled in; English where a translation
 * lacks it. Every id is written out literally at the call, so a check can find them all.
 */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const language of [current, 'en'] as const) {
    const messages = catalogue(language)
    const file = messages.files.get(id)
    if (file) parse(messages, file)
    let message = messages.bundle.getMessage(id)
    if (!message?.value && parseAll(messages)) message = messages.bundle.getMessage(id)
    if (!message?.value) continue
    const errors: Error[] = []
    const text = messages.bundle.formatPattern(message.value, args, errors)
    if (!errors.length) return text
    // A reference to a message of a file not parsed yet, or an error the whole catalogue has too:
    // formatted again over the whole catalogue, as if it had all been parsed at once.
    parseAll(messages)
    return messages.bundle.formatPattern(message.value, args)
  }
  return id
}

// Formatters made once per language and options: making one (reading its locale's data) costs far
// more than formatting with it, and a screen formats many numbers and dates the same way.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, options: object | undefined, make: () => T): T {
  const key = `${kind} ${intlTag} ${JSON.stringify(options ?? {})}`
  let made = formatters.get(key) as T | undefined
  if (!made) {
    if (formatters.size >= 500) formatters.clear()
    made = make()
    formatters.set(key, made)
  }
  return made
}

/** A number as the current language writes it. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return formatter('number', options, () => new Intl.NumberFormat(intlTag, options)).format(value)
}

/** A share 0–1 as a percentage: `87%`. */
export function formatPercent(share: number, digits = 0): string {
  return formatNumber(share, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 })
}

/** A date (or date and time) as the current language writes it. */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions): string {
  return formatter('date', options, () => new Intl.DateTimeFormat(intlTag, options)).format(date)
}

/** A clock time: `14:05`. */
export function formatTime(date: Date): string {
  return formatDate(date, { hour: '2-digit', minute: '2-digit' })
}

/** Short weekday names, Monday first. */
export function weekdayNames(width: 'short' | 'narrow' | 'long' = 'short'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => formatDate(new Date(Date.UTC(2024, 0, 1 + i)), { weekday: width, timeZone: 'UTC' }))
}

/** A language's name in the interface language: `en` is "English", "영어" or "англи". */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(intlTag, { type: 'language' }).of(tag) ?? tag
  } catch {
    // Not a language tag: shown as the deck wrote it.
    return tag
  }
}

/** A list joined as the language joins it: "a, b and c". */
export function formatList(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(intlTag, { style: 'long', type }).format(items)
}
