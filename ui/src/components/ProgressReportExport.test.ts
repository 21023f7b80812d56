import { mockIPC } from '@tauri-apps/api/mocks'
import { describe, expect, it } from 'vitest'
import type { ReportSaved } from '../lib/bindings/ReportSaved'
import { setLocale } from '../lib/i18n.svelte'
import { byTestId, render, settle } from '../test/render'
import ProgressReportExport from './ProgressReportExport.svelte'

const saved: ReportSaved = {
  path: '/home/me/mongolia-koreas-progress-3fa2c1d09b7e4a21.json',
  file: 'mongolia-koreas-progress-3fa2c1d09b7e4a21.json',
  claims: 12,
}

function type(root: HTMLElement, text: string) {
  const input = byTestId<HTMLInputElement>(root, 'report-name')
  input.value = text
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

function recordCalls(answer: () => unknown) {
  const calls: { cmd: string; args: unknown }[] = []
  mockIPC((cmd, args) => {
    calls.push({ cmd, args })
    return answer()
  })
  return calls
}

describe('ProgressReportExport', () => {
  it('says the report carries a random id and the name only if typed', () => {
    const root = render(ProgressReportExport, {})
    expect(byTestId(root, 'report-export').textContent).toContain('The report carries a random id')
    expect(byTestId(root, 'report-export').textContent).toContain('your name is on it only if you type it below')
  })

  it('sends the typed name trimmed, and confirms with the file name and the number of claims', async () => {
    const calls = recordCalls(() => saved)
    const root = render(ProgressReportExport, {})
    type(root, '  Ana Bat  ')
    byTestId<HTMLButtonElement>(root, 'report-export-button').click()
    await settle()
    expect(calls).toEqual([
      {
        cmd: 'export_progress_report',
        args: { name: 'Ana Bat', title: 'Save progress report', filter: 'Steppe progress report' },
      },
    ])
    const message = byTestId(root, 'report-export-message')
    expect(message.getAttribute('role')).toBe('status')
    expect(message.textContent).toBe('Saved mongolia-koreas-progress-3fa2c1d09b7e4a21.json: your answers on 12 claims.')
  })

  it('sends no name when none is typed, or only spaces', async () => {
    const calls = recordCalls(() => ({ ...saved, claims: 1 }))
    const root = render(ProgressReportExport, {})
    byTestId<HTMLButtonElement>(root, 'report-export-button').click()
    await settle()
    type(root, '   ')
    byTestId<HTMLButtonElement>(root, 'report-export-button').click()
    await settle()
    expect(calls.map((c) => (c.args as { name: unknown }).name)).toEqual([null, null])
    expect(byTestId(root, 'report-export-message').textContent).toContain('your answers on 1 claim.')
  })

  it('says nothing when the dialog is cancelled, and shows a failure', async () => {
    mockIPC(() => null)
    const root = render(ProgressReportExport, {})
    byTestId<HTMLButtonElement>(root, 'report-export-button').click()
    await settle()
    expect(root.querySelector('[data-testid="report-export-message"]')).toBeNull()
    expect(root.querySelector('[data-testid="report-export-error"]')).toBeNull()

    mockIPC(() => {
      throw { code: 'io', message: 'cannot write `/media/usb/r.json`: Read-only file system' }
    })
    byTestId<HTMLButtonElement>(root, 'report-export-button').click()
    await settle()
    expect(byTestId(root, 'report-export-error').textContent).toContain('Read-only file system')
  })

  it('speaks Mongolian and Korean, dialog words included', async () => {
    setLocale('mn')
    const calls = recordCalls(() => saved)
    const root = render(ProgressReportExport, {})
    expect(byTestId(root, 'report-export-button').textContent).toBe('Ахицын тайлан экспортлох…')
    byTestId<HTMLButtonElement>(root, 'report-export-button').click()
    await settle()
    expect(calls[0].args).toMatchObject({ title: 'Ахицын тайлан хадгалах', filter: 'Steppe-ийн ахицын тайлан' })
    expect(byTestId(root, 'report-export-message').textContent).toBe(
      `12 мэдэгдэлд өгсөн хариултыг тань ${saved.file} файлд хадгаллаа.`,
    )

    setLocale('ko')
    const korean = render(ProgressReportExport, {})
    expect(byTestId(korean, 'report-export-button').textContent).toBe('진도 보고서 내보내기…')
    expect(byTestId(korean, 'report-export').textContent).toContain('무작위 ID')
  })
})
