/**
 * `read`, called once: later calls share its promise. A failed read is forgotten, so that the
 * next call tries again (a chunk of the app that could not be read, say).
 */
export function once<T>(read: () => Promise<T>): () => Promise<T> {
  let reading: Promise<T> | null = null
  return () =>
    (reading ??= read().catch((error) => {
      reading = null
      throw error
    }))
}
