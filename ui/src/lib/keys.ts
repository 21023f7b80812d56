// Keyboard helpers shared by the review screen and its cards.

/** A text field has the keys. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'))
}

/** Space and Enter keep their usual meaning on buttons and links. */
export function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.matches('button, a[href], summary, [role="button"]')
}

/**
 * A single key meant as a shortcut: not yet handled, not held down, without Ctrl, Alt or Meta,
 * and not typed into a text field.
 */
export function isShortcut(event: KeyboardEvent): boolean {
  return (
    !event.defaultPrevented &&
    !event.repeat &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !isTyping(event.target)
  )
}

/**
 * A keydown handler for a set of options: a shortcut key listed for an option picks it while the
 * options are open. `keys()[i]` holds option i's keys, matched regardless of case.
 */
export function optionShortcuts(options: {
  keys: () => string[][]
  open: () => boolean
  pick: (index: number) => void
}): (event: KeyboardEvent) => void {
  return (event) => {
    if (!options.open() || !isShortcut(event)) return
    const key = event.key.toLowerCase()
    const index = options.keys().findIndex((own) => own.some((k) => k.toLowerCase() === key))
    if (index === -1) return
    event.preventDefault()
    options.pick(index)
  }
}

/** Each option's shortcut keys, the first one shown: T or 1 and F or 2 to judge a statement, else its number. */
export function choiceKeys(trueFalse: boolean, count: number): string[][] {
  if (trueFalse)
    return [
      ['T', '1'],
      ['F', '2'],
    ].slice(0, count)
  return Array.from({ length: count }, (_, i) => [String(i + 1)])
}
