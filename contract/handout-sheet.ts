import type { DiagramStep, LedgerView, MapView, ThesisView, TimelineView } from './slide-views.ts'

/**
 * The handout the audience keeps: one sheet, both sides; the front the argument (comparison, timeline, map, ledger),
 * the back the episodes, further reading and the caveat. Built by scripts/generate/handout-sheet.ts; no apparatus.
 */
export interface HandoutSheet {
  /** The event and its theme, then the place. */
  readonly venue: readonly string[]
  readonly comparison: Pick<ThesisView, 'enemies' | 'allies'>
  readonly timeline: TimelineView
  /** The first map of the talk, in its final state; none if the talk has no map. */
  readonly map?: MapView
  readonly ledger: LedgerView
  readonly episodes: readonly SheetEpisode[]
  readonly reading: readonly ReadingEntry[]
  /** The essay whose notes the sheet cites (`n. 5`), as its source gives it; none if the dataset has no essay source. */
  readonly essay?: string
  /** The essay's own caveat, with its note (`n. 1`) or `essay`. */
  readonly caveat: Pick<SheetQuote, 'text' | 'source'>
}

/** An event as a diagram draws it: who sent it to whom, and what the arrow says; its date in full (`April 1950`, `20 August 1952`). */
export type SheetEvent = Pick<DiagramStep, 'date' | 'from' | 'to' | 'label'>

/** A quotation verbatim, who said it to whom and when, and its footnote (`n. 5`). */
export interface SheetQuote { readonly text: string, readonly attribution: string, readonly source: string }

/** One episode on the back: who decided, its turning point, and the quotations of it that carry the argument. */
export interface SheetEpisode {
  readonly number: number
  readonly title: string
  readonly period: string
  readonly question: string
  /** What the episode's diagrams answer, in order: who decided. */
  readonly decided: readonly string[]
  readonly turningPoint: SheetEvent
  readonly quotes: readonly SheetQuote[]
}

/** A work to read next: its citation as the essay's note prints it, the note, and the episodes that rest on it. */
export interface ReadingEntry {
  readonly citation: string
  /** `n. 12` */
  readonly source: string
  readonly episodes: readonly number[]
}
