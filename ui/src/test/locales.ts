// Every interface language read before each test file, as the app reads its own before it is
// mounted: a test may switch languages and read the new one at once.
import { LOCALES, loadLocale } from '../lib/i18n.svelte'

await Promise.all(LOCALES.map(loadLocale))
