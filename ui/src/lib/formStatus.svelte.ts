import { asErrorReport } from './errors'

/** Whether a form is saving, and what last went wrong, as a message to show. */
export class FormStatus {
  saving = $state(false)
  error = $state<string | null>(null)

  /** Shows what a command rejected with. */
  fail = (report: unknown) => {
    this.error = asErrorReport(report).message
  }

  /** Runs `work` unless a save is under way; a failure is shown, and an earlier one cleared. */
  async save(work: () => Promise<void>): Promise<void> {
    if (this.saving) return
    this.saving = true
    this.error = null
    try {
      await work()
    } catch (report) {
      this.fail(report)
    } finally {
      this.saving = false
    }
  }
}
