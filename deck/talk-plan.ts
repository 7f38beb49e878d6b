/**
 * The talk's time plan, computed from the notes by scripts/generate/talk-plan.ts and carried in the deck
 * model as `plan`. The speaker script prints it and the presenter view paces against it, so the two agree.
 * Times are whole seconds from the start of the talk.
 */

/** One click of a slide; click 0 is the slide's lead, before the first click. */
export interface ClickPlan {
  readonly clicks: number
  readonly start: number
  readonly seconds: number
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
  readonly clicks: readonly ClickPlan[]
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

export interface TalkPlan {
  readonly slotSeconds: number
  readonly wordsPerMinute: number
  readonly sections: readonly SectionPlan[]
  readonly slides: readonly SlidePlan[]
}

/** Where the Q&A key goes from a slide: the backup slide listing the sources the slide cites. */
export interface BackupLink {
  readonly slide: number
  /** The sources slide to show; the first one of the list when the slide cites nothing. */
  readonly backup: number
  /** Ids of the sources the slide cites, in order of first citation. */
  readonly sources: readonly string[]
}
