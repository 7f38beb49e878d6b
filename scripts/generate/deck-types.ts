import type { SlideView, SourceEntry } from '../../deck/slide-views.ts'
import type { BackupLink, TalkPlan } from '../../deck/talk-plan.ts'
import type { HandoutText, SlideNotes } from './deck-context.ts'

// The deck model's types, apart from the code that builds it: the talk plan reads them, and the model builds on the plan.

export interface DeckSlide {
  readonly number: number
  readonly section: string
  readonly title: string
  readonly view: SlideView
  readonly notes: SlideNotes
  /** What the handout prints beside the slide: the detail the slide leaves out, and its full citations. */
  readonly handout: HandoutText
  /** True for the reference slides after the closing slide, outside the timed talk. */
  readonly backup: boolean
  readonly mermaid?: string
}

export interface DeckSection {
  readonly id: string
  readonly kind: 'opening' | 'episode' | 'closing' | 'backup'
  readonly title: string
  /** The section's time budget; 0 for backup slides, which are not part of the timed talk. */
  readonly minutes: number
  /** Minutes into the talk at which the section should begin. */
  readonly startMinute: number
  readonly slides: readonly number[]
}

export interface DeckModel {
  readonly talk: {
    readonly title: string
    readonly subtitle: string
    readonly speaker: string
    readonly venue: string
    readonly date: string
    /** The talk's date as the dataset gives it: `2006-02-22`, `2006-02`, `2006-spring` or `2006`. */
    readonly dateValue: string
    readonly slotMinutes: number
    readonly wordsPerMinute: number
    readonly thesis: string
  }
  readonly sections: readonly DeckSection[]
  readonly slides: readonly DeckSlide[]
  readonly sources: readonly SourceEntry[]
  /** Planned start and length of every section, slide and click (scripts/generate/talk-plan.ts). */
  readonly plan: TalkPlan
  /** The Q&A key's target from each slide: the sources slide listing what it cites. */
  readonly backups: readonly BackupLink[]
}
