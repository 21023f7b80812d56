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
