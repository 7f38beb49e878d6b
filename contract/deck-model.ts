/**
 * The contract between the generator (scripts/generate) and the deck (components, client, setup): the
 * deck model the generator writes to `generated/deck.json` and the page reads as `deck-model.js`. Both
 * sides import this file and nothing of each other.
 */

/** The model's file in the generated folder, and the classic script a page loads it from before the app starts. */
export const DECK_MODEL_FILE = 'deck.json'
export const DECK_MODEL_SCRIPT = 'deck-model.js'

/** The script that sets `window.__DECK_MODEL__` from the model's JSON. */
export function deckModelScript(modelJson: string): string {
  return `window.__DECK_MODEL__ = ${modelJson.trim()};\n`
}

/** Custom HMR events from the dev server's dataset watcher to the page. */
export const DECK_MODEL_EVENT = 'deck:model'
export const DECK_ERROR_EVENT = 'deck:dataset-error'

export interface Citation {
  readonly id: string
  /** `n. 8`, or `essay` for the essay's own text */
  readonly label: string
  readonly missing: boolean
  readonly text: string
}

export interface ActorView {
  readonly id: string
  readonly name: string
  readonly label: string
  /** The actor's colour, for fills and marks. */
  readonly color: string
  /** Black or white, whichever reads on `color`. */
  readonly text: string
  /** The colour darkened until it reads on white as text (4.5:1): arrows and labels in the sender's colour. */
  readonly ink: string
}

export interface SourceEntry {
  /** The source's id in data/sources.ts, as citations name it. */
  readonly id: string
  readonly label: string
  readonly missing: boolean
  readonly text: string
  readonly remark?: string
}

/** How a diagram draws an event: an arrow of one of four kinds, or a note on the sender's own line. */
export type EventMark = 'asks' | 'refuses' | 'decides' | 'supports' | 'acts'

/** One entry of the legend every diagram slide carries: a mark and what it means. */
export interface LegendEntry {
  readonly mark: EventMark
  readonly meaning: string
}

/** A participant's id in a diagram's Mermaid text, which the drawn SVG carries as `data-id`. */
export function mermaidId(id: string): string {
  return `n_${id.replace(/\W/g, '_')}`
}

/** A Mermaid diagram as the component renders it: `codeLz` is `lz.compressToBase64(mermaid.trim())`, as Slidev's `<Mermaid>` takes it. */
export interface DiagramCode {
  readonly mermaid: string
  readonly codeLz: string
}

/** One event of a decision diagram: click `step` brings it in, the sender's colour marks it. */
export interface DiagramStep {
  readonly id: string
  /** The click that brings the event in, from 1. */
  readonly step: number
  readonly mark: EventMark
  readonly from: ActorView
  readonly to?: ActorView
  /** `Mar 1949` */
  readonly date: string
  readonly label: string
}

/** A place on the map, in the map's own coordinates. */
export interface MapPlace {
  readonly id: string
  readonly name: string
  readonly x: number
  readonly y: number
  readonly side: 'left' | 'right'
  /** Named from the first view of the map; other places appear with their events. */
  readonly fromStart: boolean
  /** The capital's colour, for a capital. */
  readonly color?: string
}

/** The map of the peninsula, drawn at build time from Natural Earth data: SVG paths in a viewBox. */
export interface MapShape {
  readonly width: number
  readonly height: number
  /** Neighbouring land (China, Russia, Japan), then the peninsula. */
  readonly land: readonly string[]
  readonly peninsula: string
  /** The border between China and North Korea: the Yalu and the Tumen. */
  readonly border: string
  /** The 38th parallel across the peninsula, and where its label goes. */
  readonly parallel: { readonly path: string, readonly x: number, readonly y: number }
}

/** One event of a map slide: click `step` marks its place. */
export interface MapStep {
  readonly id: string
  readonly step: number
  readonly place: string
  readonly from: ActorView
  readonly date: string
  readonly label: string
}

/** A turning point on the timeline, at `at` (0 to 1) along the axis, its label on `row` above or below it (0 nearest). */
export interface TimelineMark {
  readonly id: string
  readonly label: string
  readonly at: number
  readonly side: 'above' | 'below'
  readonly row: number
  /** The label starts at its mark, or (near the axis's end) ends there. */
  readonly align: 'start' | 'end'
}

/** An episode's span on the timeline, from `from` to `to` (0 to 1), its label inside the bar, after it or before it. */
export interface TimelineBand {
  readonly number: number
  readonly title: string
  readonly period: string
  readonly from: number
  readonly to: number
  readonly label: 'inside' | 'after' | 'before'
}

/** One episode's row in the conclusion's ledger: who had the final say, and what Pyongyang learned. */
export interface LedgerRow {
  readonly number: number
  readonly period: string
  readonly finalSay: readonly ActorView[]
  readonly lesson: string
}

/** A share drawn as a bar, in percent: solid to `from`, hatched from there to `to` (equal for one value). */
export interface Portion {
  readonly from: number
  readonly to: number
}

/** A run of a quotation's words; `key` for the phrase the slide sets apart. */
export interface QuotePart {
  readonly text: string
  readonly key: boolean
}

/** One voice of a quote slide; two voices make a dialogue. */
export interface QuoteVoice {
  readonly text: string
  /** The text in runs, the key phrase (if the dataset names one) its own run. */
  readonly parts: readonly QuotePart[]
  readonly speaker: string
  readonly color: string
  /** `Kim Il Sung to Shtykov, January 1950, as reported by Shtykov` */
  readonly attribution: string
}

export type SlideView
  = | { readonly kind: 'title', readonly title: string, readonly subtitle: string, readonly speaker: string, readonly details: readonly string[] }
    | { readonly kind: 'puzzle', readonly heading: string, readonly puzzle: readonly string[] }
    | { readonly kind: 'statement', readonly heading: string, readonly text: string }
    | { readonly kind: 'timeline', readonly heading: string, readonly question?: string, readonly years: readonly { readonly year: number, readonly at: number }[], readonly marks: readonly TimelineMark[], readonly bands: readonly TimelineBand[], readonly current?: number }
    | { readonly kind: 'decision', readonly heading: string, readonly description: string, readonly participants: readonly ActorView[], readonly focus: string, readonly steps: readonly DiagramStep[], readonly legend: readonly LegendEntry[], readonly answer: string, readonly diagram: DiagramCode }
    | { readonly kind: 'map', readonly heading: string, readonly map: MapShape, readonly places: readonly MapPlace[], readonly steps: readonly MapStep[] }
    | { readonly kind: 'quote', readonly heading: string, readonly voices: readonly QuoteVoice[], readonly source: string }
    | { readonly kind: 'figure', readonly value: string, readonly label: string, readonly source: string, readonly portion?: Portion }
    | { readonly kind: 'lesson', readonly heading: string, readonly headline: string, readonly finalSay: readonly ActorView[] }
    | { readonly kind: 'points', readonly heading: string, readonly points: readonly string[] }
    | { readonly kind: 'ledger', readonly heading: string, readonly rows: readonly LedgerRow[] }
    | { readonly kind: 'sources', readonly heading: string, readonly page: number, readonly pages: number, readonly entries: readonly SourceEntry[] }
    | { readonly kind: 'closing', readonly title: string, readonly speaker: string, readonly date: string }

export type SlideKind = SlideView['kind']

/** Whether a slide of this kind draws a Mermaid diagram: the audit and the print wait for it and judge it. */
export function drawsDiagram(view: SlideView): view is Extract<SlideView, { kind: 'decision' }> {
  return view.kind === 'decision'
}

/** What the speaker says on a slide. */
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

/** One slide of the deck as the generator built it. */
export interface SlideModel {
  /** Stays with the slide when others are added, moved or removed: `<section>/<slide>`, e.g. `chinese-intervention/diagram:rescue`. */
  readonly id: string
  readonly number: number
  readonly section: string
  readonly title: string
  readonly view: SlideView
  readonly notes: SlideNotes
  /** What the handout prints beside the slide: the detail the slide leaves out, and its full citations. */
  readonly handout: HandoutText
  /** True for the reference slides after the closing slide, outside the timed talk. */
  readonly backup: boolean
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
  readonly slides: readonly SlideModel[]
  readonly sources: readonly SourceEntry[]
  /** Planned start and length of every section, slide and click (scripts/generate/talk-plan.ts). */
  readonly plan: TalkPlan
  /** The Q&A key's target from each slide: the sources slide listing what it cites. */
  readonly backups: readonly BackupLink[]
}

/**
 * The talk's time plan, computed from the notes. The speaker script prints it and the presenter view
 * paces against it, so the two agree. Times are whole seconds from the start of the talk.
 */
/** The plan's clock: `9:40`, `0:05`, `1:02:03`; negative times get a minus sign. Whole seconds, rounded down. */
export function formatSeconds(total: number): string {
  const sign = total < 0
    ? '-'
    : ''
  const whole = Math.floor(Math.abs(total))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor(whole / 60) % 60
  const seconds = String(whole % 60).padStart(2, '0')
  return hours > 0
    ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${sign}${minutes}:${seconds}`
}

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
