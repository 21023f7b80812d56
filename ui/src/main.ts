import { mount } from 'svelte'
import './fonts.css'
import './app.css'
import App from './App.svelte'
import { setLocale } from './lib/i18n.svelte'

// The document's language from the start; the saved preference replaces it once loaded.
setLocale('system')

const app = mount(App, {
  target: document.getElementById('app')!,
})

export default app
