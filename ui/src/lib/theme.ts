import type { Settings } from './bindings/Settings'

/** Applies the theme and text size of `settings` to the whole document. */
export function applyAppearance(settings: Pick<Settings, 'theme' | 'font_scale'>): void {
  const root = document.documentElement
  let theme = settings.theme
  if (theme === 'system') {
    const dark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches
    theme = dark ? 'dark' : 'light'
  }
  root.dataset.theme = theme
  root.style.fontSize = `${Math.round(settings.font_scale * 100)}%`
}
