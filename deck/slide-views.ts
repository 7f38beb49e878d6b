/** What each slide component receives: plain, pre-formatted data built from the dataset by the generator. */

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
  readonly color: string
  readonly text: string
  readonly shape: string
}

export interface EventView {
  readonly id: string
  readonly step: number
  readonly date: string
  readonly dateNote?: string
  readonly kind: string
  readonly from: ActorView
  readonly to: readonly ActorView[]
  readonly people: readonly string[]
  readonly label: string
  readonly detail: string
  readonly citations: readonly Citation[]
}

export interface EpisodeSummary {
  readonly number: number
  readonly title: string
  readonly period: string
  readonly question: string
  readonly minutes: number
}

export interface SourceEntry {
  /** The source's id in data/sources.ts, as citations name it. */
  readonly id: string
  readonly label: string
  readonly missing: boolean
  readonly text: string
  readonly remark?: string
}

/** What one line style of a decision-flow diagram stands for, e.g. dotted line: refuses, warns. */
export interface LegendEntry {
  readonly line: string
  readonly verbs: string
}

/** A Mermaid diagram as the component renders it: `codeLz` is `lz.compressToBase64(mermaid.trim())`, as Slidev's `<Mermaid>` takes it. */
export interface DiagramCode {
  readonly mermaid: string
  readonly codeLz: string
}

/** Between the step numbers of a diagram edge drawn for several steps, e.g. `2 · 4`. */
export const STEP_SEPARATOR = ' · '

/** One step of a "who decided" diagram: what the caption says while it is the current click. */
export interface DecisionStep {
  readonly id: string
  readonly step: number
  readonly date: string
  readonly from: ActorView
  readonly to: readonly ActorView[]
  /** `asks`, `refuses`, `decides` */
  readonly line: string
  readonly label: string
  /** Indices of the diagram's links that draw this step. */
  readonly links: readonly number[]
}

/** One voice of a quote slide; two voices make a dialogue. */
/** One episode's row in the conclusion's ledger: its number and title, and what Pyongyang learned. */
export interface LedgerRow {
  readonly number: number
  readonly title: string
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

export interface QuoteVoice {
  readonly text: string
  /** The text in runs, the key phrase (if the dataset names one) its own run. */
  readonly parts: readonly QuotePart[]
  readonly speaker: string
  readonly color: string
  /** `Kim Il Sung to Shtykov, January 1950, as reported by Shtykov` */
  readonly attribution: string
}

export interface TallyRow {
  readonly actor: ActorView
  readonly decisions: number
}

export type SlideView
  = | { readonly kind: 'title', readonly title: string, readonly subtitle: string, readonly speaker: string, readonly affiliation: string, readonly venue: string, readonly date: string }
    | { readonly kind: 'puzzle', readonly heading: string, readonly puzzle: readonly string[] }
    | { readonly kind: 'statement', readonly heading: string, readonly text: string }
    | { readonly kind: 'roadmap', readonly heading: string, readonly episodes: readonly EpisodeSummary[] }
    | { readonly kind: 'episode-cover', readonly episode: EpisodeSummary, readonly actors: readonly ActorView[] }
    | { readonly kind: 'decision', readonly heading: string, readonly description: string, readonly steps: readonly DecisionStep[], readonly actors: readonly ActorView[], readonly legend: readonly LegendEntry[], readonly diagram: DiagramCode }
    | { readonly kind: 'quote', readonly heading: string, readonly voices: readonly QuoteVoice[], readonly source: string }
    | { readonly kind: 'figure', readonly value: string, readonly label: string, readonly source: string, readonly portion?: Portion }
    | { readonly kind: 'lesson', readonly heading: string, readonly headline: string, readonly tallyHeading: string, readonly tally: readonly TallyRow[] }
    | { readonly kind: 'points', readonly heading: string, readonly points: readonly string[] }
    | { readonly kind: 'ledger', readonly heading: string, readonly rows: readonly LedgerRow[] }
    | { readonly kind: 'sources', readonly heading: string, readonly page: number, readonly pages: number, readonly entries: readonly SourceEntry[] }
    | { readonly kind: 'closing', readonly title: string, readonly speaker: string, readonly venue: string, readonly date: string }

export type SlideKind = SlideView['kind']
