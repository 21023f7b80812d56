import { once } from './once'

/**
 * The screens other than the library, each a chunk of its own: the app's first script holds only
 * what the library needs, and the rest is read once the library is drawn (`readViewsSoon`) or
 * when a screen is first opened, whichever comes first.
 */
export const views = {
  reading: once(() => import('../views/Reading.svelte')),
  review: once(() => import('../views/Review.svelte')),
  quiz: once(() => import('../views/Quiz.svelte')),
  progress: once(() => import('../views/Progress.svelte')),
  settings: once(() => import('../views/Settings.svelte')),
  decks: once(() => import('../views/Decks.svelte')),
  author: once(() => import('../views/Author.svelte')),
  browse: once(() => import('../views/Browse.svelte')),
}

/**
 * Reads every screen's chunk once the first screen is on it: reading and evaluating them takes
 * the page some tens of milliseconds that would otherwise come before the library's first frame.
 */
export function readViewsSoon(): void {
  const readAll = () => {
    for (const read of Object.values(views)) read().catch(() => {})
  }
  // A timer set in a frame's callback runs after that frame is painted.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(readAll, 50))
  else setTimeout(readAll, 50)
}
