import type { SlideKind } from './slide-views'

/** What the audit expects of a kind of slide, besides the rules every slide meets. */
export interface SlideKindTraits {
  /** Draws one Mermaid decision diagram (judged for area, labels and accessible text). */
  readonly diagram: boolean
  /** Shows every actor of its episode as a badge carrying the actor's name and label. */
  readonly actorBadges: boolean
}

const plain: SlideKindTraits = { diagram: false, actorBadges: false }

/**
 * Every kind of slide, declared once. A new kind needs its view in slide-views.ts, its component in
 * components/ (listed in DeckSlide.vue) and its traits here; TypeScript names any of the three left out.
 */
export const SLIDE_KINDS: Record<SlideKind, SlideKindTraits> = {
  'title': plain,
  'puzzle': plain,
  'statement': plain,
  'roadmap': plain,
  'episode-cover': { diagram: false, actorBadges: true },
  'decision': { diagram: true, actorBadges: false },
  'quote': plain,
  'figure': plain,
  'lesson': plain,
  'points': plain,
  'ledger': plain,
  'sources': plain,
  'closing': plain,
}
