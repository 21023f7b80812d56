/**
 * The library's reply asked for at launch by index.html's first script, while the app's script
 * is still being read: the library is the first screen, so its data is on its way (or here)
 * before the app mounts. Taken once; every later library is asked for as usual.
 */
import type { LibraryView } from './bindings/LibraryView'
import { asErrorReport } from './errors'

type LaunchWindow = {
  /** The request index.html made. */
  __steppeLibrary?: Promise<LibraryView>
  /** Its reply, set as soon as it came. */
  __steppeLibraryView?: LibraryView
}

/** The launch's library: its reply if it has come (`view`), and `take()`, which hands the
 * request over once (null afterwards, or when there was none). */
export function launchLibrary(): { view: LibraryView | null; take: () => Promise<LibraryView> | null } {
  const launch = (typeof window === 'undefined' ? {} : window) as LaunchWindow
  const view = launch.__steppeLibraryView ?? null
  let request = view ? null : (launch.__steppeLibrary ?? null)
  delete launch.__steppeLibrary
  delete launch.__steppeLibraryView
  return {
    view,
    take() {
      const taken = request
      request = null
      return (
        taken?.catch((error) => {
          throw asErrorReport(error)
        }) ?? null
      )
    },
  }
}
