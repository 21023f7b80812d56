import { clearMocks } from '@tauri-apps/api/mocks'
import { flushSync, mount, unmount, type Component } from 'svelte'
import { afterEach } from 'vitest'
import { setLocale } from '../lib/i18n.svelte'

const mounted: Record<string, unknown>[] = []

export function render<Props extends Record<string, any>>(component: Component<Props>, props: Props): HTMLElement {
  const target = document.createElement('div')
  document.body.append(target)
  mounted.push(mount(component, { target, props }))
  flushSync()
  return target
}

/** Lets pending IPC promises settle and Svelte draw the result. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    flushSync()
  }
}

export function byTestId<E extends HTMLElement = HTMLElement>(root: ParentNode, id: string): E {
  const element = root.querySelector<E>(`[data-testid="${id}"]`)
  if (!element) throw new Error(`no element with data-testid="${id}"`)
  return element
}

export function allByTestId<E extends HTMLElement = HTMLElement>(root: ParentNode, id: string): E[] {
  return Array.from(root.querySelectorAll<E>(`[data-testid="${id}"]`))
}

export function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  flushSync()
  return event
}

afterEach(() => {
  while (mounted.length > 0) unmount(mounted.pop()!)
  document.body.replaceChildren()
  clearMocks()
  setLocale('en')
})

/** The text a sighted reader sees: without what is only read out (`.visually-hidden`). */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove())
  return copy.textContent ?? ''
}

/** Reads every screen's chunk (src/lib/views.ts), as the app does once the library is drawn. */
export async function readViews(): Promise<void> {
  const { views } = await import('../lib/views')
  await Promise.all(Object.values(views).map((read) => read()))
}
