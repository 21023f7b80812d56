import type { ErrorReport } from './bindings/ErrorReport'

/** Whatever a command rejected with, as an ErrorReport whose message can be shown to people. */
export function asErrorReport(error: unknown): ErrorReport {
  if (typeof error === 'object' && error !== null && typeof (error as ErrorReport).message === 'string') {
    const { code, message } = error as ErrorReport
    return { code: typeof code === 'string' ? code : 'unknown', message }
  }
  // Tauri itself rejects with a bare string, e.g. when a command is missing.
  if (typeof error === 'string' && error !== '') return { code: 'ipc', message: error }
  return { code: 'unknown', message: 'Something went wrong.' }
}
