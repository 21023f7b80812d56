import { mockIPC } from '@tauri-apps/api/mocks'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import App from './App.svelte'
import type { OpenProblem } from './lib/bindings/OpenProblem'
import { libraryView } from './test/fixtures'
import { byTestId, render, settle } from './test/render'

const damaged: OpenProblem = {
  error: { code: 'db_corrupt', message: '`/data/steppe.sqlite` is damaged (malformed); Steppe leaves it untouched.' },
  recoverable: true,
  newest_backup: 'steppe-20260105T010000-daily.sqlite',
  kept_as: 'steppe.sqlite.damaged-<time>',
}

let problem: OpenProblem | null
let calls: { cmd: string; args: unknown }[]

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  window.scrollTo = vi.fn()
  calls = []
  mockIPC((cmd, args) => {
    calls.push({ cmd, args })
    switch (cmd) {
      case 'open_problem':
        return problem
      case 'recover':
        problem = null
        return null
      case 'library':
        return libraryView
    }
  })
})

describe('App when the study data cannot be opened', () => {
  it('offers the newest backup and a fresh start, and goes on to the library once restored', async () => {
    problem = damaged
    const root = render(App, {})
    await settle()
    expect(byTestId(root, 'recovery-heading').textContent).toBe('Your study data could not be opened')
    expect(byTestId(root, 'error').textContent).toContain('is damaged')
    expect(byTestId(root, 'start-fresh').closest('section')?.textContent).toContain('steppe.sqlite.damaged-<time>')
    expect(root.querySelector('header')).toBeNull()

    byTestId(root, 'restore-newest').click()
    await settle()
    expect(calls.find((c) => c.cmd === 'recover')?.args).toEqual({ how: 'restore_newest_backup' })
    expect(root.querySelector('[data-testid="recovery"]')).toBeNull()
    expect(root.querySelector('[data-testid="library-view"]')).not.toBeNull()
  })

  it('says Steppe is already open and offers only to quit', async () => {
    problem = {
      error: { code: 'already_open', message: 'Steppe is already open: another Steppe window is using `/data`.' },
      recoverable: false,
      newest_backup: null,
      kept_as: 'steppe.sqlite.damaged-<time>',
    }
    const root = render(App, {})
    await settle()
    expect(byTestId(root, 'recovery-heading').textContent).toBe('Steppe is already open')
    expect(root.querySelector('[data-testid="restore-newest"]')).toBeNull()
    expect(root.querySelector('[data-testid="start-fresh"]')).toBeNull()
    byTestId(root, 'quit').click()
    await settle()
    expect(calls.some((c) => c.cmd === 'quit')).toBe(true)
  })

  it('shows the app as usual when nothing is wrong', async () => {
    problem = null
    const root = render(App, {})
    await settle()
    expect(root.querySelector('[data-testid="recovery"]')).toBeNull()
    expect(root.querySelector('header')).not.toBeNull()
  })
})
