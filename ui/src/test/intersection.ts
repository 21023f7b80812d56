import { expect, vi } from 'vitest'

/**
 * Replaces the page's IntersectionObserver with one the test drives: `near()` tells the one
 * element being watched (there must be exactly one) that it came near the screen; `watched()` is
 * how many are watched. Undone by `vi.unstubAllGlobals()`.
 */
export function stubIntersectionObserver(): { near: () => void; watched: () => number } {
  const observers: { callback: IntersectionObserverCallback; target?: Element }[] = []
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      entry: { callback: IntersectionObserverCallback; target?: Element }
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback }
        observers.push(this.entry)
      }
      observe(target: Element) {
        this.entry.target = target
      }
      disconnect() {
        this.entry.target = undefined
      }
    },
  )
  const watching = () => observers.filter((o) => o.target?.isConnected)
  return {
    near() {
      expect(watching()).toHaveLength(1)
      const { callback, target } = watching()[0]
      callback([{ isIntersecting: true, target } as unknown as IntersectionObserverEntry], {} as IntersectionObserver)
    },
    watched: () => watching().length,
  }
}
