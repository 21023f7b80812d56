import type { PromptFrame } from './bindings/PromptFrame'
import { t } from './i18n.svelte'

/**
 * A card's prompt in the interface language: the fixed sentence the core puts around the deck's
 * words (a timeline's, a disagreement's) is worded here from its code; the deck's question, the
 * version it quotes and the reading's citation stay as the deck writes them. A prompt without a
 * frame is the deck's own text, shown as it is.
 */
export function framedPrompt(prompt: string, frame?: PromptFrame | null): string {
  if (!frame) return prompt
  switch (frame.code) {
    case 'timeline':
      return t('frame-timeline')
    case 'sources':
      return t('frame-sources', { question: frame.question, says: frame.says })
    case 'versions':
      return t('frame-versions', { question: frame.question })
    case 'internal_versions':
      return t('frame-internal-versions', { reading: frame.reading, question: frame.question })
  }
}
