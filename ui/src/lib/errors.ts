import type { ErrorReport } from './bindings/ErrorReport'
import { locale, t } from './i18n.svelte'
import { noticeMessage } from './notices'
import { problemMessage, settingMessage } from './problems'

/** An error ready to show: `message` in the interface language; `detail` its particulars after the headline. */
export type ShownError = ErrorReport & { detail: string }

/**
 * Whatever a command rejected with, as an error whose message can be shown to people. The core
 * words its details (a file and line, a deck) in English; in another interface language the
 * sentence for the error's code comes first and the details follow it, a deck's problems worded
 * in that language from their codes.
 */
export function asErrorReport(error: unknown): ShownError {
  if (isShown(error)) return error
  const report = reportOf(error)
  if (locale() === 'en') return { ...report, detail: report.message }
  const detail = report.problems?.length
    ? report.problems.map((p) => `${p.location}: ${problemMessage(p)}`).join('\n')
    : report.settings?.length
      ? report.settings.map(settingMessage).join('; ')
      : report.notice
        ? (report.notice.file ? `\`${report.notice.file}\`: ` : '') + noticeMessage(report.notice)
        : report.message
  return { ...report, message: `${headline(report.code)} — ${detail}`, detail }
}

function isShown(error: unknown): error is ShownError {
  return typeof error === 'object' && error !== null && typeof (error as ShownError).detail === 'string'
}

function reportOf(error: unknown): ErrorReport {
  if (typeof error === 'object' && error !== null && typeof (error as ErrorReport).message === 'string') {
    const { code, message, problems, settings, notice } = error as ErrorReport
    return {
      code: typeof code === 'string' ? code : 'unknown',
      message,
      ...(Array.isArray(problems) ? { problems } : {}),
      ...(Array.isArray(settings) ? { settings } : {}),
      ...(notice && typeof notice === 'object' && typeof notice.code === 'string' ? { notice } : {}),
    }
  }
  // Tauri itself rejects with a bare string, e.g. when a command is missing.
  if (typeof error === 'string' && error !== '') return { code: 'ipc', message: error }
  return { code: 'unknown', message: t('error-unknown') }
}

/** The sentence for an error code, in the interface language. */
export function headline(code: ErrorReport['code']): string {
  switch (code) {
    case 'invalid_content':
      return t('error-invalid_content')
    case 'not_a_steppe_database':
      return t('error-not_a_steppe_database')
    case 'db_newer_than_app':
      return t('error-db_newer_than_app')
    case 'db_corrupt':
      return t('error-db_corrupt')
    case 'data_dir_unusable':
      return t('error-data_dir_unusable')
    case 'already_open':
      return t('error-already_open')
    case 'opened_twice':
      return t('error-opened_twice')
    case 'read_only':
      return t('error-read_only')
    case 'no_backup':
      return t('error-no_backup')
    case 'disk_full':
      return t('error-disk_full')
    case 'storage':
      return t('error-storage')
    case 'scheduler':
      return t('error-scheduler')
    case 'refused_import':
      return t('error-refused_import')
    case 'exchange':
      return t('error-exchange')
    case 'not_found':
      return t('error-not_found')
    case 'invalid_setting':
      return t('error-invalid_setting')
    case 'not_enough_reviews':
      return t('error-not_enough_reviews')
    case 'empty_quiz':
      return t('error-empty_quiz')
    case 'already_answered':
      return t('error-already_answered')
    case 'invalid_deck':
      return t('error-invalid_deck')
    case 'io':
      return t('error-io')
    case 'invalid_input':
      return t('error-invalid_input')
    case 'other_deck':
      return t('error-other_deck')
    case 'closed':
      return t('error-closed')
    case 'nothing_to_recover':
      return t('error-nothing_to_recover')
    case 'ipc':
      return t('error-ipc')
    case 'unknown':
      return t('error-unknown')
  }
}
