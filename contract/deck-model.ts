import type { HandoutSheet } from './handout-sheet.ts'
import type { SlideView, SourceEntry } from './slide-views.ts'

/**
 * The deck scripts/generate builds from the dataset and writes out as Slidev Markdown (each slide's view in its
 * frontmatter, its diagram in its body, its notes as its comment); the exports, audit and tests read it in-process.
 */

/** A source as a slide cites it: its `label` is `n. 8`, or `essay` for the essay's own text. */
export type Citation = Omit<SourceEntry, 'remark'>

export interface SlideNotes {
  /** Spoken before the first click. */
  readonly lead: string
  /** One entry per click, in order; each follows a `[click]` marker. */
  readonly steps: readonly string[]
}

/** What the handout prints beside a slide: only what the slide itself does not show. */
export interface HandoutText {
  readonly points: readonly string[]
  /** Every source behind the slide, once each, in order of first use; the handout lists them in full once, at its end. */
  readonly citations: readonly Citation[]
  /** The scholarly apparatus: why a date is coarse, which footnote is missing. Printed in the margins, never spoken. */
  readonly footnotes: readonly string[]
}

export interface SlideModel {
  /** Stays with the slide when others are added, moved or removed: `<section>/<slide>`, e.g. `chinese-intervention/diagram:rescue`. */
  readonly id: string
  readonly number: number
  readonly section: string
  readonly title: string
  readonly view: SlideView
  readonly notes: SlideNotes
  readonly handout: HandoutText
  /** True for the reference slides after the closing slide, outside the timed talk. */
  readonly backup: boolean
  /** The slide's `routeAlias`, for the slides the Q&A key jumps to. */
  readonly alias?: string
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
    /** The dataset's id for the talk: what its exports are known by in a folder, whatever its title. */
    readonly id: string
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
  readonly slides: readonly SlideModel[]
  readonly sources: readonly SourceEntry[]
  readonly plan: TalkPlan
  readonly backups: readonly BackupLink[]
  readonly sheet: HandoutSheet
}

/** The plan's clock: `9:40`, `0:05`, `1:02:03`; negative times get a minus sign. Whole seconds, rounded down. */
export function formatSeconds(total: number): string {
  const sign = total < 0 ? '-' : ''
  const whole = Math.floor(Math.abs(total))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor(whole / 60) % 60
  const seconds = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${sign}${minutes}:${seconds}`
}

export interface SlidePlan {
  readonly slide: number
  readonly section: string
  /** Planned start: the section's start from the budgets plus its share of the section's notes before it. */
  readonly start: number
  /** Planned length: the slide's share of its section's budget, by the words of its notes. */
  readonly seconds: number
  /** How long the slide's notes take at the talk's words per minute. */
  readonly notesSeconds: number
  /** Click 0 is the slide's lead, before the first click. */
  readonly clicks: readonly { readonly clicks: number, readonly start: number, readonly seconds: number }[]
}

export interface SectionPlan {
  readonly section: string
  readonly title: string
  /** Start from the budgets of the sections before it. */
  readonly start: number
  readonly budgetSeconds: number
  /** How long the section's notes take at the talk's words per minute. */
  readonly notesSeconds: number
  readonly slides: readonly number[]
}

/** The time plan from the notes, in whole seconds from the talk's start: the speaker script prints it, the presenter view paces by it. */
export interface TalkPlan {
  readonly sections: readonly SectionPlan[]
  readonly slides: readonly SlidePlan[]
}

/** Where the Q&A key goes from a slide: the backup slide listing the sources the slide cites. */
export interface BackupLink {
  readonly slide: number
  /** The alias of the sources slide to show; the first one of the list when the slide cites nothing. */
  readonly backup: string
  /** Ids of the sources the slide cites, in order of first citation. */
  readonly sources: readonly string[]
}

/**
 * A slide's place in the timed talk, in its frontmatter as `talk:`. The presenter's pacing, the `b` key
 * and the rehearsal recorder read it from the slide they are on. Times are seconds from the talk's start.
 */
export interface SlideInTalk {
  /** SlideModel.id: a rehearsal finds the slide by it after others were added, moved or removed. */
  readonly id: string
  readonly section: { readonly id: string, readonly title: string, readonly start: number, readonly budget: number }
  /** The planned start of each click, from the lead (click 0) on. */
  readonly clicks: readonly number[]
  /** The planned start of the next slide. */
  readonly end: number
  /** The `routeAlias` of the sources slide listing what this slide cites. */
  readonly backup?: string
}
