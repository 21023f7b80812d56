import type { CardKind } from '../../lib/bindings/CardKind'
import { t } from '../../lib/i18n.svelte'

/** What a claim's kind of answer is called; a kind the app does not know keeps its own name. */
export function claimKindName(kind: string): string {
  switch (kind) {
    case 'date':
      return t('author-kind-date')
    case 'number':
      return t('author-kind-number')
    case 'person':
      return t('author-kind-person')
    case 'place':
      return t('author-kind-place')
    case 'organization':
      return t('author-kind-organization')
    case 'event':
      return t('author-kind-event')
    case 'relation':
      return t('author-kind-relation')
    case 'cause':
      return t('author-kind-cause')
    default:
      return kind
  }
}

/** What a kind of card is called in the claim form's preview. */
export function cardKindName(kind: CardKind): string {
  switch (kind) {
    case 'cloze':
      return t('author-card-cloze')
    case 'qa':
      return t('author-card-qa')
    case 'multiple_choice':
      return t('author-card-multiple-choice')
    case 'true_false':
      return t('author-card-true-false')
    case 'typed':
      return t('author-card-typed')
    case 'timeline':
      return t('author-card-timeline')
    case 'sources':
      return t('author-card-sources')
    case 'versions':
      return t('author-card-versions')
  }
}
