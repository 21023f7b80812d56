import { mount } from 'svelte'
import './fonts.css'
import './app.css'
import App from './App.svelte'
import { setLocale } from './lib/i18n.svelte'
import { launchMark } from './lib/marks'

launchMark('script: modules evaluated')

// The document's language from the start; the saved preference replaces it once loaded.
setLocale('system')

// The library's titles are set in the serif face: its file is read now, beside the first
// queries, rather than once the titles are laid out (and drawn a second time when it arrives).
document.fonts?.load("700 1em 'Steppe Serif'", 'A').catch(() => {})

const app = mount(App, {
  target: document.getElementById('app')!,
})
launchMark('app: mounted')

export default app
