export type Route =
  | { name: 'library' }
  | { name: 'reading'; id: string; focusClaim?: string; from: 'library' | 'review' }
  | { name: 'review' }
