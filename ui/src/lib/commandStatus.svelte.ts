import { asErrorReport } from './errors'

/** A failure as the message to show: in the interface language, see `asErrorReport`. */
export const shownMessage = (failure: unknown): string => asErrorReport(failure).message

/** A failure as the core worded it (in English), for the views that show it so. */
export const coreMessage = (failure: unknown): string => (failure as { message: string }).message

/**
 * A command run from a button, and what to show around it: whether it is under way, what it
 * said once done, and what went wrong.
 */
export class CommandStatus {
  busy = $state(false)
  message = $state<string | null>(null)
  error = $state<string | null>(null)
  readonly #describe: (failure: unknown) => string

  /** `describe` words a failure as the view shows it; `shownMessage` unless given. */
  constructor(describe: (failure: unknown) => string = shownMessage) {
    this.#describe = describe
  }

  /** Runs `work` with the last message and error cleared and `busy` set meanwhile; a failure is shown. */
  async run(work: () => Promise<void>): Promise<void> {
    this.busy = true
    this.message = null
    this.error = null
    try {
      await work()
    } catch (failure) {
      this.error = this.#describe(failure)
    } finally {
      this.busy = false
    }
  }
}
