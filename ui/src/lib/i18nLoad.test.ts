import { describe, expect, it, vi } from 'vitest'

// The languages other than English are read when first chosen. The test setup reads them all
// for the other tests (src/test/locales.ts), so each test here takes a module of its own.
async function freshI18n() {
  vi.resetModules()
  return await import('./i18n.svelte')
}

describe('an interface language read when first chosen', () => {
  it('speaks English until the messages are read, then the language chosen', async () => {
    const i18n = await freshI18n()
    const switching = i18n.setLocale('ko', [])
    expect(i18n.locale()).toBe('en')
    expect(i18n.t('nav-library')).toBe('Library')
    expect(document.documentElement.lang).not.toBe('ko')
    await switching
    expect(i18n.locale()).toBe('ko')
    expect(i18n.t('nav-library')).toBe('서재')
    expect(document.documentElement.lang).toBe('ko')
  })

  it('switches at once to a language already read', async () => {
    const i18n = await freshI18n()
    await i18n.loadLocale('mn')
    void i18n.setLocale('mn', [])
    expect(i18n.t('nav-library')).toBe('Номын сан')
    void i18n.setLocale('en', [])
    expect(i18n.t('nav-library')).toBe('Library')
  })

  it('keeps the last choice when an earlier one is still being read', async () => {
    const i18n = await freshI18n()
    const korean = i18n.setLocale('ko', [])
    const mongolian = i18n.setLocale('mn', [])
    await Promise.all([korean, mongolian])
    expect(i18n.locale()).toBe('mn')

    const again = i18n.setLocale('ko', [])
    void i18n.setLocale('en', [])
    await again
    expect(i18n.locale()).toBe('en')
  })

  it("follows the system's language when it is one of the interface's", async () => {
    const i18n = await freshI18n()
    await i18n.setLocale('system', ['ko-KR', 'en-US'])
    expect(i18n.locale()).toBe('ko')
    await i18n.setLocale('system', ['fr-FR'])
    expect(i18n.locale()).toBe('en')
  })
})
