/** The attribute that makes an element one of a roving group's stops. */
export const ROVING_ATTRIBUTE = 'data-roving'
const SELECTOR = `[${ROVING_ATTRIBUTE}]`

/** Whether a run of text says anything: a letter or a digit, not only punctuation or spaces. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}

/**
 * Roving focus (a Svelte action): of the elements marked `data-roving` inside `node`, one is a
 * tab stop (the last one focused, the first one at the start); the arrow keys, Home and End move
 * between them. Elements drawn later (another reading, highlights shown again) join the group.
 */
export function roving(node: HTMLElement): { destroy(): void } {
  let current: HTMLElement | null = null
  const stops = () => Array.from(node.querySelectorAll<HTMLElement>(SELECTOR))

  function sync() {
    const all = stops()
    if (!current || !all.includes(current)) current = all[0] ?? null
    for (const stop of all) stop.tabIndex = stop === current ? 0 : -1
  }

  function stopOf(target: EventTarget | null): HTMLElement | null {
    const stop = target instanceof Element ? target.closest<HTMLElement>(SELECTOR) : null
    return stop && node.contains(stop) ? stop : null
  }

  function onfocusin(event: FocusEvent) {
    const stop = stopOf(event.target)
    if (!stop || stop === current) return
    current = stop
    sync()
  }

  function onkeydown(event: KeyboardEvent) {
    const stop = stopOf(event.target)
    if (!stop || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    const all = stops()
    const at = all.indexOf(stop)
    let next: number
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = at + 1
        break
      case 'ArrowLeft':
      case 'ArrowUp':
        next = at - 1
        break
      case 'Home':
        next = 0
        break
      case 'End':
        next = all.length - 1
        break
      default:
        return
    }
    if (next < 0 || next >= all.length) return
    event.preventDefault()
    all[next].focus()
  }

  sync()
  const observer = new MutationObserver(sync)
  observer.observe(node, { childList: true, subtree: true })
  node.addEventListener('focusin', onfocusin)
  node.addEventListener('keydown', onkeydown)
  return {
    destroy() {
      observer.disconnect()
      node.removeEventListener('focusin', onfocusin)
      node.removeEventListener('keydown', onkeydown)
    },
  }
}
