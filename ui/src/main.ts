import { mount } from 'svelte'
import './fonts.css'
import './app.css'
import App from './App.svelte'
import { setLocale } from './lib/i18n.svelte'
import { launchMark } from './lib/marks'
import { readViewsSoon } from './lib/views'

launchMark('script: modules evaluated')

// The library's titles are set in the serif face: its file is read now, beside the first
// queries, rather than once the titles are laid out (and drawn a second time when it arrives).
document.fonts?.load("700 1em 'Steppe Serif'", 'A').catch(() => {})

// The system's language from the first screen (its messages read first, unless English); the
// saved preference replaces it once loaded. Should they fail to load, the app speaks English.
setLocale('system')
  .catch((error) => console.error('interface language:', error))
  .then(() => {
    mount(App, { target: document.getElementById('app')! })
    launchMark('app: mounted')
    readViewsSoon()
  })
