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

export type SlideView
  = | { readonly kind: 'title', readonly title: string, readonly subtitle: string, readonly speaker: string, readonly affiliation: string, readonly venue: string, readonly date: string }
    | { readonly kind: 'puzzle', readonly heading: string, readonly puzzle: readonly string[], readonly thesis: string }
    | { readonly kind: 'roadmap', readonly heading: string, readonly episodes: readonly EpisodeSummary[] }
    | { readonly kind: 'episode-cover', readonly episode: EpisodeSummary, readonly actors: readonly ActorView[] }
    | { readonly kind: 'timeline', readonly heading: string, readonly page: number, readonly pages: number, readonly events: readonly EventView[] }
    | { readonly kind: 'flow', readonly heading: string, readonly description: string, readonly steps: readonly EventView[], readonly actors: readonly ActorView[], readonly legend: readonly LegendEntry[] }
    | { readonly kind: 'quote', readonly heading: string, readonly text: string, readonly speaker: string, readonly audience: string, readonly date: string, readonly context: string, readonly citations: readonly Citation[] }
    | { readonly kind: 'figures', readonly heading: string, readonly figures: readonly { readonly value: string, readonly label: string, readonly citations: readonly Citation[] }[] }
    | { readonly kind: 'lesson', readonly heading: string, readonly headline: string, readonly points: readonly string[] }
    | { readonly kind: 'points', readonly heading: string, readonly points: readonly string[] }
    | { readonly kind: 'sources', readonly heading: string, readonly page: number, readonly pages: number, readonly entries: readonly SourceEntry[] }
    | { readonly kind: 'closing', readonly title: string, readonly speaker: string, readonly venue: string, readonly date: string }

export type SlideKind = SlideView['kind']
