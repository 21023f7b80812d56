import { mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LibraryView } from '../lib/bindings/LibraryView'
import { libraryView } from '../test/fixtures'
import { byTestId, render, settle } from '../test/render'
import Library from './Library.svelte'

// What index.html's first script leaves on the window at launch (src/lib/launch.ts).
type LaunchWindow = { __steppeLibrary?: Promise<LibraryView>; __steppeLibraryView?: LibraryView }
const launch = window as unknown as LaunchWindow

afterEach(() => {
  delete launch.__steppeLibrary
  delete launch.__steppeLibraryView
})

describe('Library at launch', () => {
  it('shows the reply that came while the script loaded, at once, without asking again', async () => {
    const asked = vi.fn()
    mockIPC((cmd) => {
      asked(cmd)
      if (cmd === 'library') return libraryView
    })
    launch.__steppeLibrary = Promise.resolve(libraryView)
    launch.__steppeLibraryView = libraryView

    const root = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn() })
    // In the first render, before any reply could come.
    expect(byTestId(root, 'library-view').querySelector('h1')?.textContent).toBe('Mongolia and the Two Koreas')
    await settle()
    expect(asked).not.toHaveBeenCalledWith('library')
    expect(launch.__steppeLibrary, 'taken once').toBeUndefined()
  })

  it('waits for the launch request still on its way instead of asking a second time', async () => {
    const asked = vi.fn()
    mockIPC((cmd) => {
      asked(cmd)
      if (cmd === 'library') return { ...libraryView, deck_title: 'Asked again' }
    })
    let reply: (view: LibraryView) => void = () => {}
    launch.__steppeLibrary = new Promise((resolve) => (reply = resolve))

    const root = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn() })
    await settle()
    expect(byTestId(root, 'library-view').querySelector('h1')).toBeNull()
    reply(libraryView)
    await settle()
    expect(byTestId(root, 'library-view').querySelector('h1')?.textContent).toBe('Mongolia and the Two Koreas')
    expect(asked).not.toHaveBeenCalledWith('library')

    // A library opened later asks the core as before.
    const later = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn() })
    await settle()
    expect(byTestId(later, 'library-view').querySelector('h1')?.textContent).toBe('Asked again')
  })

  it('shows the launch request’s error as the library’s, with a retry that asks again', async () => {
    mockIPC((cmd) => {
      if (cmd === 'library') return libraryView
    })
    launch.__steppeLibrary = Promise.reject({ code: 'io', message: 'disk gone' })
    launch.__steppeLibrary.catch(() => {})

    const root = render(Library, { onopenreading: vi.fn(), onstudy: vi.fn() })
    await settle()
    expect(byTestId(root, 'library-view').textContent).toContain('disk gone')
    root.querySelector<HTMLButtonElement>('[data-testid="library-view"] button')!.click()
    await settle()
    expect(byTestId(root, 'library-view').querySelector('h1')?.textContent).toBe('Mongolia and the Two Koreas')
  })
})
