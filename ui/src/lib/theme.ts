import type { Settings } from './bindings/Settings'
import { setLocale } from './i18n.svelte'

/** Applies the theme, text size and interface language of `settings` to the whole document. */
export function applyAppearance(settings: Pick<Settings, 'theme' | 'font_scale' | 'language'>): void {
  setLocale(settings.language ?? 'system')
  const root = document.documentElement
  let theme = settings.theme
  if (theme === 'system') {
    const dark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches
    theme = dark ? 'dark' : 'light'
  }
  root.dataset.theme = theme
  root.style.fontSize = `${Math.round(settings.font_scale * 100)}%`
}
