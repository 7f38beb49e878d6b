/** What each slide kind shows: its frontmatter, which scripts/generate writes and its layout in `layouts/` takes as typed props. */

export interface ActorView {
  readonly id: string
  readonly name: string
  readonly label: string
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

/** A participant's id in a diagram's Mermaid text, which the drawn SVG carries as `data-id`. */
export function mermaidId(id: string): string {
  return `n_${id.replace(/\W/g, '_')}`
}

/** Scripts written without spaces between words, each character set an em wide. */
const UNSPACED_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

/**
 * Words of any alphabet, a dash or a lone mark none, as notes are timed and quotations weighed: Chinese and Japanese,
 * written without spaces, count a word for every three characters, as wide as an English word and its space.
 */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHARACTER)?.length ?? 0
  const spaced = text.replaceAll('[click]', ' ').replace(UNSPACED_CHARACTER, ' ').split(/\s+/)
  return spaced.filter(word => /[\p{L}\p{N}]/u.test(word)).length + unspaced / 3
}

interface StoryStep {
  readonly id: string
  /** The click that brings the event in, from 1. */
  readonly step: number
  readonly from: ActorView
  /** `Mar 1949` */
  readonly date: string
  readonly label: string
}

/** One event of a decision diagram, an arrow to its recipient or a capital's own act. */
export interface DiagramStep extends StoryStep {
  readonly mark: EventMark
  readonly to?: ActorView
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
  /** A river's name, set at this angle (degrees) along the border from its point, in place of a dot and a name beside it. */
  readonly river?: number
}

/** The part of the world the map shows, in degrees: the peninsula, and the Chinese shore of the Yalu. A place must lie inside it. */
export const MAP_BOUNDS = { west: 123.0, east: 130.0, south: 34.3, north: 42.2 } as const

/** The map of the peninsula, drawn at build time from Natural Earth data: SVG paths in a viewBox. */
export interface MapShape {
  readonly width: number
  readonly height: number
  /** Neighbouring land (China, Russia, Japan), then the peninsula. */
  readonly land: readonly string[]
  readonly peninsula: string
  /** The border between China and North Korea: the Yalu and the Tumen. */
  readonly border: string
  /** The 38th parallel across the peninsula, and its west end, where its label goes. */
  readonly parallel: { readonly path: string, readonly x: number, readonly y: number }
  /** The neighbours the map names, where their names go. */
  readonly countries: readonly { readonly name: string, readonly x: number, readonly y: number }[]
}

/** One event of a map slide: click `step` draws its movement as an arrow (`route`), or rings its place. */
export interface MapStep extends StoryStep {
  readonly place?: string
  readonly route?: readonly { readonly x: number, readonly y: number }[]
  /** The named places the event brings onto the map. */
  readonly names: readonly string[]
}

/** A name beside which an arrow ends, coming from below on the name's side, goes above its dot, clear of the arrow's head. */
export function nameRaised(place: MapPlace, steps: readonly MapStep[]): boolean {
  return steps.some(({ route }) => {
    const [from, to] = route?.slice(-2) ?? []
    return to?.x === place.x && to.y === place.y && from!.y > place.y && (place.side === 'left') === (from!.x < place.x)
  })
}

/** A turning point on the timeline, at `at` (0 to 1) along the axis, its label on `row` above or below it (0 nearest). */
export interface TimelineMark {
  readonly id: string
  readonly label: string
  /** `October 1950`: not drawn, said to a screen reader. */
  readonly date: string
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

/** Who had the final say, and, where it passed from one to another within an episode, from when. */
export interface FinalSayTurn {
  readonly who: readonly ActorView[]
  /** `Sep 1956`, `after 1956`; empty for an episode with one turn. */
  readonly when: string
}

/** One episode's row in the ledger: who had the final say, and what Pyongyang learned. */
export interface LedgerRow {
  readonly number: number
  readonly period: string
  readonly finalSay: readonly FinalSayTurn[]
  readonly lesson: string
}

/** What makes a lesson Pyongyang's own: a dated record of what its leaders did or said, or the essay's inference. */
export interface EvidenceView {
  readonly kind: 'record' | 'inference'
  /** `Dec 1950`; empty when the essay gives none. */
  readonly date: string
  readonly text: string
  /** `n. 14` */
  readonly source: string
}

/** A run of a quotation's words; `key` for the phrase the slide sets apart. */
export interface QuotePart { readonly text: string, readonly key: boolean }

/** One voice of a quote slide; two voices make a dialogue. */
export interface QuoteVoice {
  readonly text: string
  /** The text in runs, the key phrase (if the dataset names one) its own run. */
  readonly parts: readonly QuotePart[]
  readonly speaker: string
  readonly color: string
  /** `Kim Il Sung to Shtykov, January 1950, as reported by Shtykov`, and `emphasis added` where a phrase is set apart. */
  readonly attribution: string
}

export interface TitleView {
  readonly heading: string
  readonly subtitle: string
  readonly speaker: string
  readonly details: readonly string[]
}

export interface PointsView { readonly heading: string, readonly points: readonly string[] }

export interface ComparisonSide { readonly heading: string, readonly points: readonly string[] }

/** The thesis as the headline, and what it compares, built up one side a click: the enemies, then the allies. */
export interface ThesisView { readonly heading: string, readonly enemies: ComparisonSide, readonly allies: ComparisonSide }

/** The line the talk ends on, left up for questions, with the speaker beneath it. */
export interface EndView { readonly line: string, readonly speaker: string, readonly details: readonly string[] }

export interface TimelineView {
  readonly heading: string
  readonly question?: string
  readonly years: readonly { readonly year: number, readonly at: number }[]
  readonly marks: readonly TimelineMark[]
  readonly bands: readonly TimelineBand[]
  readonly current?: number
}

export interface DecisionView {
  readonly heading: string
  readonly description: string
  readonly participants: readonly ActorView[]
  readonly focus: string
  readonly steps: readonly DiagramStep[]
  /** Every diagram slide carries a legend: each mark it draws and what it means. */
  readonly legend: readonly { readonly mark: EventMark, readonly meaning: string }[]
  readonly answer: string
}

export interface MapView {
  readonly heading: string
  readonly map: MapShape
  readonly places: readonly MapPlace[]
  readonly steps: readonly MapStep[]
}

export interface QuoteView { readonly voices: readonly QuoteVoice[], readonly source: string }

export interface FigureView {
  /** What the number shows for the argument; with the value and its label it reads as one sentence. */
  readonly heading: string
  readonly value: string
  readonly label: string
  readonly source: string
  /** A share drawn as a bar, in percent: solid to `from`, hatched from there to `to` (equal for one value). */
  readonly portion?: { readonly from: number, readonly to: number }
}

/** The ledger grown to this episode's row: the earlier rows quieter, this one's evidence beneath. */
export interface LessonView { readonly heading: string, readonly rows: readonly LedgerRow[], readonly evidence: EvidenceView }

export interface LedgerView { readonly heading: string, readonly rows: readonly LedgerRow[] }

export interface SourcesView { readonly heading: string, readonly entries: readonly SourceEntry[] }

/** A slide's kind names its layout (`layouts/<kind>.vue`); a decision slide's `mermaid` is the diagram in its body. */
export type SlideView
  = | { readonly kind: 'title' } & TitleView
    | { readonly kind: 'points' } & PointsView
    | { readonly kind: 'thesis' } & ThesisView
    | { readonly kind: 'timeline' } & TimelineView
    | { readonly kind: 'decision', readonly mermaid: string } & DecisionView
    | { readonly kind: 'map' } & MapView
    | { readonly kind: 'quote' } & QuoteView
    | { readonly kind: 'figure' } & FigureView
    | { readonly kind: 'lesson' } & LessonView
    | { readonly kind: 'ledger' } & LedgerView
    | { readonly kind: 'sources' } & SourcesView
    | { readonly kind: 'end' } & EndView

export type SlideKind = SlideView['kind']

/** Whether a slide of this kind draws a Mermaid diagram: the audit and the print wait for it and judge it. */
export function drawsDiagram(view: SlideView): view is Extract<SlideView, { kind: 'decision' }> {
  return view.kind === 'decision'
}
