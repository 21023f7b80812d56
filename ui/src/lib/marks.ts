/**
 * Performance marks of the study path, read by bench/ through the page's performance timeline
 * (`performance.getEntriesByType('measure')`): the grade key, the answer's reply, the next card in
 * the DOM and the frame that paints it. Nothing is shown or stored.
 */

/** The keydown's timestamp of the grade being answered, or null. */
let keyAt: number | null = null

/** A grade key was pressed at `timeStamp` (the event's, on the performance clock). */
export function gradeKey(timeStamp: number) {
  keyAt = timeStamp
}

/** The answer's reply came back. */
export function answerReply() {
  if (keyAt === null) return
  measure('grade: key to reply', keyAt)
}

/** The next card is in the DOM: measures up to it, then to the frame that paints it. */
export function nextCardInDom() {
  if (keyAt === null) return
  const start = keyAt
  keyAt = null
  measure('grade: key to DOM', start)
  if (typeof requestAnimationFrame !== 'function') return
  requestAnimationFrame(() => {
    measure('grade: key to frame', start)
    // The frame after: the one painted was committed by then.
    requestAnimationFrame(() => measure('grade: key to next frame', start))
  })
}

/** Measures kept before the timeline is cleared, so a long session does not grow it. */
const KEPT = 4000
let kept = 0

function measure(name: string, start: number) {
  try {
    if (++kept > KEPT) {
      performance.clearMeasures()
      kept = 1
    }
    performance.measure(name, { start, end: performance.now() })
  } catch {
    // No performance timeline (tests): nothing to measure.
  }
}

/**
 * Launch marks, read by the launch trace (`STEPPE_TRACE_START`, src-tauri/src/trace.rs): the
 * page's script started, the app mounted, the library's data in the DOM and the frame that draws
 * it. Once per launch; a reload of the library later marks nothing.
 */
let libraryMarked = false

export function launchMark(name: string) {
  try {
    performance.mark(name)
  } catch {
    // No performance timeline (tests).
  }
}

/** The library's data is asked for (`asked`) or has come back (`data`), at launch. */
export function libraryStep(step: 'asked' | 'data') {
  if (!libraryMarked) launchMark(`library: ${step}`)
}

/** The library's data is in the DOM (call after the update): marks it and the frame that draws it. */
export function libraryInDom() {
  if (libraryMarked) return
  libraryMarked = true
  launchMark('library: in DOM')
  if (typeof requestAnimationFrame !== 'function') return
  requestAnimationFrame(() => launchMark('library: drawn'))
}
