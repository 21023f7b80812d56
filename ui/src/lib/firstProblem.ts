/**
 * Brings the first problem of a form into view: the first field marked invalid gets the focus
 * (its problem is read out with it), else the first problem said for the whole form is scrolled to.
 */
export function focusFirstProblem(form: HTMLElement | undefined | null): void {
  const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]')
  if (field) {
    field.scrollIntoView({ block: 'center' })
    field.focus({ preventScroll: true })
    return
  }
  form?.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView({ block: 'center' })
}
