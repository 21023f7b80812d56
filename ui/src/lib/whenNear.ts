/**
 * A Svelte action: calls `near` once `node` comes within `margin` of the visible part of the
 * page (at once if it already is). For lists drawn a page at a time: a marker after the last row
 * drawn asks for the next page as the student scrolls or tabs toward it. Where the page cannot
 * tell (no IntersectionObserver), it calls `near` at once, so nothing stays hidden.
 */
export function whenNear(node: HTMLElement, near: () => void, margin = '800px') {
  if (typeof IntersectionObserver !== 'function') {
    near()
    return {}
  }
  let called = false
  const observer = new IntersectionObserver(
    (entries) => {
      if (called || !entries.some((entry) => entry.isIntersecting)) return
      called = true
      observer.disconnect()
      near()
    },
    { rootMargin: `${margin} 0px` },
  )
  observer.observe(node)
  return { destroy: () => observer.disconnect() }
}
