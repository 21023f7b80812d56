import type { BlockView } from './bindings/BlockView'
import type { ClaimId } from './bindings/ClaimId'
import type { Segment } from './bindings/Segment'

export type BodyGroup =
  | { type: 'paragraph'; block: BlockView }
  | { type: 'heading'; level: 2 | 3; block: BlockView }
  | { type: 'quote'; blocks: BlockView[] }
  | { type: 'list'; blocks: BlockView[] }

export type Note = { label: string; blocks: BlockView[] }

/**
 * Arranges a reading's blocks for drawing: consecutive quote paragraphs share one blockquote,
 * consecutive list items one list, and footnotes move to the notes (one per label, even when
 * a footnote has several paragraphs).
 */
export function layout(blocks: BlockView[]): { body: BodyGroup[]; notes: Note[] } {
  const body: BodyGroup[] = []
  const notes: Note[] = []
  for (const block of blocks) {
    const kind = block.kind
    const last = body.at(-1)
    switch (kind.type) {
      case 'paragraph':
        body.push({ type: 'paragraph', block })
        break
      case 'heading':
        body.push({ type: 'heading', level: kind.level <= 2 ? 2 : 3, block })
        break
      case 'quote':
      case 'list_item': {
        const type = kind.type === 'quote' ? 'quote' : 'list'
        if (last?.type === type) last.blocks.push(block)
        else body.push({ type, blocks: [block] })
        break
      }
      case 'footnote': {
        const note = notes.find((n) => n.label === kind.label)
        if (note) note.blocks.push(block)
        else notes.push({ label: kind.label, blocks: [block] })
        break
      }
    }
  }
  return { body, notes }
}

export type Run = { claims: ClaimId[]; segments: Segment[] }

/** Joins neighbouring segments under the same claims, so each highlight is one mark. */
export function highlightRuns(segments: Segment[]): Run[] {
  const runs: Run[] = []
  for (const segment of segments) {
    const last = runs.at(-1)
    if (last && sameClaims(last.claims, segment.claims)) last.segments.push(segment)
    else runs.push({ claims: segment.claims, segments: [segment] })
  }
  return runs
}

function sameClaims(a: ClaimId[], b: ClaimId[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id))
}

export function footnoteId(label: string): string {
  return `fn-${label}`
}

/** What the text of a reading needs from the view around it. */
export interface TextHooks {
  /** The claim a card was opened from: its highlights are drawn stronger. */
  focusClaim?: ClaimId
  /** False when the reader reads without highlights: only the claim a card was opened from is marked. */
  highlights?: boolean
  showClaims(mark: HTMLElement, claims: ClaimId[]): void
  hideClaims(mark: HTMLElement): void
  openFootnote(label: string): void
  /** Opens the panel of the claims a highlight belongs to (click or Enter). */
  openClaims?(mark: HTMLElement, claims: ClaimId[]): void
  /** Whether any of these claims is told otherwise by another reading. */
  conflicted?(claims: ClaimId[]): boolean
}
