/**
 * Checks a draft once typing pauses: each call waits `delayMs`, then asks, and hands on the
 * answer (or the failure) only if no later call came meanwhile, so a slow answer for an older
 * draft never replaces a newer one. A call returns what cancels its wait, for an $effect to return.
 * `ask` may return null to skip asking.
 */
export function pausedCheck<T>(delayMs: number) {
  let asked = 0
  return (ask: () => Promise<T> | null, answer: (result: T) => void, fail: (report: unknown) => void) => {
    const at = ++asked
    const timer = setTimeout(() => {
      ask()?.then(
        (result) => {
          if (at === asked) answer(result)
        },
        (report) => {
          if (at === asked) fail(report)
        },
      )
    }, delayMs)
    return () => clearTimeout(timer)
  }
}
