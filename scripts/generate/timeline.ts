import type { SlideView, TimelineBand, TimelineMark } from '../../contract/slide-views.ts'
import type { HistoricalDate } from '../dataset/historical-date.ts'
import type { DeckContext } from './deck-context.ts'
import { requireHistoricalDate } from '../dataset/historical-date.ts'

/** A day as a year with a fraction: `19501012` -> 1950.78. */
export function yearFraction(day: number): number {
  const year = Math.floor(day / 10000)
  const month = Math.floor(day / 100) % 100
  return year + (month - 1) / 12 + ((day % 100) - 1) / 365
}

/** The middle of the days a date can mean: `1950` sits at mid-year, `1950-10` mid-October. */
export function dateMiddle(date: HistoricalDate): number {
  return (yearFraction(date.earliest) + yearFraction(date.latest) + 1 / 365) / 2
}

/** The timeline's width on the canvas, and an Inter character's mean width at body size, in canvas px. */
const AXIS_PX = 860
const CHARACTER_PX = 12.5
const LABEL_GAP_PX = 18

export interface LabelPlace {
  readonly side: 'above' | 'below'
  readonly row: number
  /** `end` when the label would run past the axis's end: it then ends at its mark. */
  readonly align: 'start' | 'end'
}

type Span = readonly [number, number]

/**
 * Where each mark's label goes, in time order: above or below the axis, on the row nearest to it
 * where the label clears every label already on that row and its leader to the axis crosses none.
 */
export function placeLabels(marks: readonly { label: string, at: number }[]): LabelPlace[] {
  const rows: Record<LabelPlace['side'], Span[][]> = { above: [], below: [] }
  return marks.map(({ label, at }) => {
    const width = label.length * CHARACTER_PX + LABEL_GAP_PX
    const x = at * AXIS_PX
    const align = x + width > AXIS_PX ? 'end' : 'start'
    const span: Span = align === 'start' ? [x, x + width] : [x - width, x]
    const clear = (spans: readonly Span[] | undefined) => (spans ?? []).every(([from, to]) => span[1] <= from || span[0] >= to)
    const leaderClear = (side: LabelPlace['side'], row: number) => rows[side].slice(0, row).every(spans => spans.every(([from, to]) => x < from || x > to))
    const slots = Array.from({ length: 2 * (rows.above.length + rows.below.length + 1) }, (_, index) => ({
      side: index % 2 === 0 ? 'above' as const : 'below' as const,
      row: Math.floor(index / 2),
    }))
    // A leader that must cross a label is the last resort: then the nearest row with room.
    const slot = slots.find(({ side, row }) => clear(rows[side][row]) && leaderClear(side, row))
      ?? slots.find(({ side, row }) => clear(rows[side][row]))!
    ;(rows[slot.side][slot.row] ??= []).push(span)
    return { ...slot, align }
  })
}

/** Where a band's label goes: inside its bar if it fits, else after the bar, else before it, else (wrapped) on the roomier side. */
export function bandLabelPlace(label: string, from: number, to: number): TimelineBand['label'] {
  const width = label.length * CHARACTER_PX + LABEL_GAP_PX
  if ((to - from) * AXIS_PX >= width)
    return 'inside'
  const after = (1 - to) * AXIS_PX
  const before = from * AXIS_PX
  if (after >= width)
    return 'after'
  if (before >= width)
    return 'before'
  return after >= before ? 'after' : 'before'
}

/** The decade's timeline; with `current`, the "you are here" of that episode, its question beneath. */
export function timelineView(ctx: DeckContext, heading: string, current?: { number: number, question: string }): Extract<SlideView, { kind: 'timeline' }> {
  const { dataset } = ctx
  const milestones = dataset.timeline.map(milestone => ({
    ...milestone,
    date: requireHistoricalDate('event' in milestone ? ctx.eventOf(milestone.event).date : milestone.date),
  }))
  // From the first milestone's year to the year after the last episode ends.
  const periods = dataset.episodes.flatMap(episode => [episode.period.from, episode.period.to])
  const years = [...milestones.map(({ date }) => date), ...periods.map(requireHistoricalDate)].map(date => date.year)
  const span = { from: Math.min(...years), to: Math.max(...years) + 1 }
  const at = (year: number) => Math.round((year - span.from) / (span.to - span.from) * 10000) / 10000
  const placed = milestones
    .map(({ id, label, date }) => ({ id, label, at: at(dateMiddle(date)) }))
    .sort((a, b) => a.at - b.at)
  const labels = placeLabels(placed)
  const marks: TimelineMark[] = placed.map((mark, index) => ({ ...mark, ...labels[index]! }))
  const bands: TimelineBand[] = dataset.episodes.map((episode, index) => {
    const from = at(yearFraction(requireHistoricalDate(episode.period.from).earliest))
    const to = at(yearFraction(requireHistoricalDate(episode.period.to).latest) + 1 / 365)
    return {
      number: index + 1,
      title: episode.title,
      period: episode.period.label,
      from,
      to,
      label: bandLabelPlace(`${index + 1} ${episode.title}`, from, to),
    }
  })
  const ticks = Array.from({ length: span.to - span.from + 1 }, (_, index) => span.from + index)
    .filter(year => year % 5 === 0 || year === span.from)
    .map(year => ({ year, at: at(year) }))
  return {
    kind: 'timeline',
    heading,
    years: ticks,
    marks,
    bands,
    ...(current ? { current: current.number, question: current.question } : {}),
  }
}
