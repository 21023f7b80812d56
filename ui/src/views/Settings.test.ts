import type { Channel } from '@tauri-apps/api/core'
import { mockIPC } from '@tauri-apps/api/mocks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Settings as SettingsValue } from '../lib/bindings/Settings'
import type { ErrorReport } from '../lib/bindings/ErrorReport'
import type { WorkloadView } from '../lib/bindings/WorkloadView'
import { defaultSettings } from '../test/fixtures'
import { allByTestId, byTestId, render, settle } from '../test/render'
import Settings from './Settings.svelte'

const stored: SettingsValue = {
  ...defaultSettings,
  theme: 'dark',
  font_scale: 1.25,
  language: 'en',
  // Chosen in a reading, and kept as it is when the form saves the rest.
  reading_highlights: false,
}

const workloadView: WorkloadView = {
  points: [0.7, 0.8, 0.9, 0.99].map((r, i) => ({
    desired_retention: r,
    reviews_per_day: [10, 14, 22, 61][i],
    minutes_per_day: [4, 5, 8, 21][i],
    recall: [0.78, 0.85, 0.92, 0.99][i],
  })),
  days: 365,
  studied: 120,
  new: 900,
  timed_answers: 0,
  own_times: false,
}

const backupList = [
  { name: 'steppe-20260105T010000-manual.sqlite', size: 2048 },
  { name: 'steppe-20260104T010000-auto.sqlite', size: 1024 },
]

afterEach(() => {
  delete document.documentElement.dataset.theme
  document.documentElement.style.fontSize = ''
  vi.restoreAllMocks()
})

function setValue(input: HTMLInputElement | HTMLSelectElement, value: string) {
  if (input instanceof HTMLSelectElement) {
    for (const option of Array.from(input.options)) option.selected = option.value === value
  } else input.value = value
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
}

describe('Settings', () => {
  it('loads the settings into the form and applies the theme and text size', async () => {
    mockIPC((cmd) => (cmd === 'settings' ? stored : cmd === 'backups' ? backupList : undefined))
    const root = render(Settings, {})
    await settle()

    byTestId(root, 'settings-view')
    expect(byTestId<HTMLInputElement>(root, 'setting-retention').value).toBe('0.9')
    expect(byTestId<HTMLInputElement>(root, 'setting-new').value).toBe('20')
    expect(byTestId<HTMLInputElement>(root, 'setting-reviews').value).toBe('200')
    expect(byTestId<HTMLInputElement>(root, 'setting-rollover').value).toBe('4')
    expect(byTestId<HTMLSelectElement>(root, 'setting-theme').value).toBe('dark')
    expect(root.textContent).toContain('125%')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(document.documentElement.style.fontSize).toBe('125%')
    expect(allByTestId(root, 'backup-item')).toHaveLength(2)
    expect(root.textContent).toContain('2 KB')
  })

  it('previews the chosen text size on Latin, Cyrillic and Hangul text before it is saved', async () => {
    mockIPC((cmd) => (cmd === 'settings' ? stored : cmd === 'backups' ? [] : undefined))
    const root = render(Settings, {})
    await settle()
    const sample = byTestId(root, 'text-sample')
    expect(sample.style.fontSize).toBe('20px')
    expect(byTestId(sample, 'sample-cyrillic').getAttribute('lang')).toBe('mn')
    expect(byTestId(sample, 'sample-hangul').textContent).toContain('대한민국')
    setValue(byTestId<HTMLInputElement>(root, 'setting-scale'), '1.5')
    await settle()
    expect(sample.style.fontSize).toBe('24px')
    expect(document.documentElement.style.fontSize).toBe('125%')
  })

  it('saves the edited settings and applies them at once', async () => {
    const saved: SettingsValue[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'settings') return stored
      if (cmd === 'backups') return []
      if (cmd === 'set_settings') saved.push((args as { settings: SettingsValue }).settings)
    })
    const root = render(Settings, {})
    await settle()

    setValue(byTestId(root, 'setting-new'), '35')
    setValue(byTestId(root, 'setting-theme'), 'light')
    setValue(byTestId(root, 'setting-scale'), '0.8')
    byTestId(root, 'settings-save').click()
    await settle()

    expect(saved).toEqual([{ ...stored, new_per_day: 35, theme: 'light', font_scale: 0.8 }])
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(document.documentElement.style.fontSize).toBe('80%')
    expect(byTestId(root, 'settings-saved').textContent).toBe('Saved')
    expect(root.querySelector('[data-testid="settings-error"]')).toBeNull()
  })

  it('marks days of the week lighter, Monday first, and saves them with the study settings', async () => {
    const saved: SettingsValue[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'settings') return stored
      if (cmd === 'backups') return []
      if (cmd === 'set_settings') saved.push((args as { settings: SettingsValue }).settings)
    })
    const root = render(Settings, {})
    await settle()
    const days = allByTestId<HTMLInputElement>(root, 'easy-day')
    expect(days.map((d) => d.closest('label')!.textContent!.trim())).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
    expect(byTestId(root, 'setting-easy-days').textContent).toContain('fewer reviews')
    days[6].click()
    await settle()
    byTestId(root, 'settings-save').click()
    await settle()
    expect(saved.map((s) => s.easy_days)).toEqual([[false, false, false, false, false, false, true]])

    // Every day lighter is the same as none, and the screen says so.
    for (const day of days.slice(0, 6)) day.click()
    await settle()
    expect(byTestId(root, 'setting-easy-days').textContent).toContain('Every day lighter is the same as none')
  })

  it('shows the simulated workload of the retention being chosen, and follows the slider', async () => {
    mockIPC((cmd) => (cmd === 'settings' ? stored : cmd === 'backups' ? [] : cmd === 'workload' ? workloadView : undefined))
    const root = render(Settings, {})
    await settle()
    const summary = () => byTestId(root, 'workload-summary').textContent
    expect(summary()).toContain('At 90% desired retention: about 22 reviews and 8 minutes a day')
    expect(summary()).toContain('92% of your cards remembered after 365 days')
    expect(summary()).toContain('typical answer times')
    expect(byTestId(root, 'chart-workload').getAttribute('aria-label')).toContain('Workload by desired retention')
    setValue(byTestId<HTMLInputElement>(root, 'setting-retention'), '0.98')
    await settle()
    expect(summary()).toContain('At 99% desired retention: about 61 reviews and 21 minutes a day')
  })

  it('switches the interface language when saved, and the document says which it is', async () => {
    const saved: SettingsValue[] = []
    mockIPC((cmd, args) => {
      if (cmd === 'settings') return stored
      if (cmd === 'backups') return []
      if (cmd === 'set_settings') saved.push((args as { settings: SettingsValue }).settings)
    })
    const root = render(Settings, {})
    await settle()
    const picker = byTestId<HTMLSelectElement>(root, 'setting-language')
    expect(Array.from(picker.options).map((o) => o.textContent)).toEqual(['Same as the system', 'English', 'Монгол', '한국어'])

    setValue(picker, 'ko')
    byTestId(root, 'settings-save').click()
    await settle()
    expect(saved.map((s) => s.language)).toEqual(['ko'])
    expect(document.documentElement.lang).toBe('ko')
    expect(picker.closest('label')!.textContent).toContain('언어')

    setValue(picker, 'mn')
    byTestId(root, 'settings-save').click()
    await settle()
    expect(document.documentElement.lang).toBe('mn')
    expect(picker.closest('label')!.textContent).toContain('Хэл')
  })

  it('shows why a setting was refused', async () => {
    mockIPC((cmd) => {
      if (cmd === 'settings') return stored
      if (cmd === 'backups') return []
      if (cmd === 'set_settings')
        throw { code: 'invalid_setting', message: 'Reviews per day must be between 0 and 5000.' } satisfies ErrorReport
    })
    const root = render(Settings, {})
    await settle()

    setValue(byTestId(root, 'setting-reviews'), '9000')
    byTestId(root, 'settings-save').click()
    await settle()

    expect(byTestId(root, 'settings-error').textContent).toBe('Reviews per day must be between 0 and 5000.')
    expect(document.documentElement.dataset.theme).toBe('dark')
  })

  it('asks for a number when a number field is emptied, without calling the core', async () => {
    const calls: string[] = []
    mockIPC((cmd) => {
      calls.push(cmd)
      if (cmd === 'settings') return stored
      if (cmd === 'backups') return []
    })
    const root = render(Settings, {})
    await settle()
    setValue(byTestId(root, 'setting-new'), '')
    byTestId(root, 'settings-save').click()
    await settle()
    expect(byTestId(root, 'settings-error').textContent).toBe('New cards per day needs a whole number.')
    expect(calls).not.toContain('set_settings')
  })

  it('follows the system theme when asked to', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query.includes('dark'), media: query }) as MediaQueryList,
    )
    mockIPC((cmd) => (cmd === 'settings' ? { ...stored, theme: 'system', font_scale: 1 } : cmd === 'backups' ? [] : undefined))
    render(Settings, {})
    await settle()
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(document.documentElement.style.fontSize).toBe('100%')
  })

  it('shows the progress of optimizing, then that the parameters were updated', async () => {
    let finish: (value: number[]) => void = () => {}
    let channel: Channel<[number, number]> | undefined
    mockIPC((cmd, args) => {
      if (cmd === 'settings') return stored
      if (cmd === 'backups') return []
      if (cmd === 'optimize') {
        channel = (args as { progress: Channel<[number, number]> }).progress
        return new Promise((resolve) => (finish = resolve))
      }
    })
    const root = render(Settings, {})
    await settle()

    byTestId(root, 'optimize').click()
    await settle()
    channel!.onmessage([3, 10])
    await settle()
    const bar = byTestId<HTMLProgressElement>(root, 'optimize-progress')
    expect(bar.max).toBe(10)
    expect(bar.value).toBe(3)

    finish([0.4, 1.2])
    await settle()
    expect(root.querySelector('[data-testid="optimize-progress"]')).toBeNull()
    expect(byTestId(root, 'optimize-done').textContent).toBe('Parameters updated')
  })

  it('says when there are not enough reviews to optimize', async () => {
    mockIPC((cmd) => {
      if (cmd === 'settings') return stored
      if (cmd === 'backups') return []
      if (cmd === 'optimize')
        throw { code: 'not_enough_reviews', message: 'Study a few hundred reviews first.' } satisfies ErrorReport
    })
    const root = render(Settings, {})
    await settle()
    byTestId(root, 'optimize').click()
    await settle()
    expect(byTestId(root, 'optimize-error').textContent).toBe('Study a few hundred reviews first.')
  })

  it('backs up now, and restores a backup only once confirmed', async () => {
    const calls: [string, unknown][] = []
    mockIPC((cmd, args) => {
      calls.push([cmd, args])
      if (cmd === 'settings') return stored
      if (cmd === 'backups') return backupList.slice(1)
      if (cmd === 'backup_now') return backupList
    })
    const confirm = vi.fn(() => false)
    window.confirm = confirm
    const root = render(Settings, {})
    await settle()
    expect(allByTestId(root, 'backup-item')).toHaveLength(1)

    byTestId(root, 'backup-now').click()
    await settle()
    expect(allByTestId(root, 'backup-item')).toHaveLength(2)

    allByTestId(root, 'restore-backup')[0].click()
    await settle()
    expect(confirm).toHaveBeenCalledWith(
      'Replace your study data with this backup? Your current data is kept as another backup.',
    )
    expect(calls.some(([cmd]) => cmd === 'restore_backup')).toBe(false)

    confirm.mockReturnValue(true)
    allByTestId(root, 'restore-backup')[0].click()
    await settle()
    expect(calls).toContainEqual(['restore_backup', { name: 'steppe-20260105T010000-manual.sqlite' }])
  })
})
