import { asErrorReport } from './errors'
import { pausedCheck } from './pausedCheck'

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

  /** A submit handler: the form stays on the page and `work` runs as `save` runs it. */
  submit(work: () => Promise<void>): (event: SubmitEvent) => Promise<void> {
    return (event) => {
      event.preventDefault()
      return this.save(work)
    }
  }

  /**
   * Checks what `draft` gives each time it changes, once typing pauses for `delayMs` (see
   * `pausedCheck`), and hands `answer` the result; a failed check is shown. `ask` may return null
   * to skip a check. Call while a component is set up: the check is one of its effects.
   */
  checkWhileTyping<D, T>(
    delayMs: number,
    draft: () => D,
    ask: (snapshot: D) => Promise<T> | null,
    answer: (result: T) => void,
  ): void {
    const checkLater = pausedCheck<T>(delayMs)
    $effect(() => {
      const snapshot = $state.snapshot(draft()) as D
      return checkLater(() => ask(snapshot), answer, this.fail)
    })
  }
}
