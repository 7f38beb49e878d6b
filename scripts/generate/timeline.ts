import type { SlideView, TimelineBand, TimelineMark, TimelineView } from '../../contract/slide-views.ts'
import type { HistoricalDate } from '../dataset/historical-date.ts'
import type { DeckContext } from './deck-context.ts'
import { formatHistoricalDate, requireHistoricalDate } from '../dataset/historical-date.ts'

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
/** Characters set a full em wide, about two of Inter's mean: Chinese, Japanese and Korean script and full-width forms. */
const WIDE_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u

/** A label's width on the timeline, in canvas px: a wide character counts twice, a combining mark not at all. */
export function labelWidth(label: string): number {
  const characters = [...label].reduce((sum, character) => sum + (WIDE_CHARACTER.test(character) ? 2 : /\p{M}/u.test(character) ? 0 : 1), 0)
  return characters * CHARACTER_PX + LABEL_GAP_PX
}

export type LabelPlace = Pick<TimelineMark, 'side' | 'row' | 'align'>

type Span = readonly [number, number]

type Placed = LabelPlace & { readonly x: number, readonly span: Span }

/** Whether two marks' labels can stand as placed: apart on a shared row, and no leader through the other's label. */
function compatible(a: Placed, b: Placed): boolean {
  if (a.side !== b.side)
    return true
  if (a.row === b.row)
    return a.span[1] <= b.span[0] || a.span[0] >= b.span[1]
  const [near, far] = a.row < b.row ? [a, b] : [b, a]
  return far.x < near.span[0] || far.x > near.span[1]
}

/** The first placement of every mark, in time order, on rows up to `maxRow`, each compatible with the rest. */
function search(options: readonly (readonly Placed[])[], maxRow: number): Placed[] | undefined {
  const chosen: Placed[] = []
  let budget = 100_000
  const place = (index: number): boolean => {
    if (index === options.length)
      return true
    for (const option of options[index]!) {
      if (option.row > maxRow || budget-- <= 0)
        continue
      if (chosen.every(other => compatible(option, other))) {
        chosen.push(option)
        if (place(index + 1))
          return true
        chosen.pop()
      }
    }
    return false
  }
  return place(0) ? chosen : undefined
}

/**
 * Each mark's label above or below the axis, starting or ending at its mark, on as few rows as hold them all with none
 * touching on a row and no leader through a label; failing that, the nearest rows with room.
 */
export function placeLabels(marks: readonly { label: string, at: number }[]): LabelPlace[] {
  const options = marks.map(({ label, at }) => {
    const width = labelWidth(label)
    const x = at * AXIS_PX
    const aligns = (['start', 'end'] as const).filter(align => align === 'start' ? x + width <= AXIS_PX : x - width >= 0)
    return Array.from({ length: 2 * marks.length }, (_, index) => ({ side: index % 2 === 0 ? 'above' as const : 'below' as const, row: Math.floor(index / 2) }))
      .flatMap(slot => (aligns.length > 0 ? aligns : ['end' as const]).map(align => ({ ...slot, align, x, span: (align === 'start' ? [x, x + width] : [x - width, x]) as Span })))
  })
  const places = (placed: Placed[]) => placed.map(({ side, row, align }) => ({ side, row, align }))
  for (let maxRow = 0; maxRow < marks.length; maxRow++) {
    const found = search(options, maxRow)
    if (found)
      return places(found)
  }
  const rows: Placed[] = []
  for (const slots of options)
    rows.push(slots.find(option => rows.every(other => option.row !== other.row || compatible(option, other)))!)
  return places(rows)
}

/** Where a band's label goes: inside its bar if it fits, else after the bar, else before it, else (wrapped) on the roomier side. */
export function bandLabelPlace(label: string, from: number, to: number): TimelineBand['label'] {
  const width = labelWidth(label)
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

/** The decade's timeline; with `here`, the "you are here" of the current episode, its question beneath. */
export function timelineView(ctx: DeckContext, heading: string, here?: Pick<TimelineView, 'current' | 'question'>): Extract<SlideView, { kind: 'timeline' }> {
  const { dataset } = ctx
  const milestones = dataset.timeline.map(milestone =>
    ({ ...milestone, date: requireHistoricalDate('event' in milestone ? ctx.eventOf(milestone.event).date : milestone.date) }))
  // From the year of the first day any milestone or episode can mean to the year after the last: a period ending
  // `1950-winter` runs into February 1951, a milestone `1956-after` to 1965, and neither may run past the axis.
  const periods = dataset.episodes.flatMap(episode => [episode.period.from, episode.period.to])
  const dates = [...milestones.map(({ date }) => date), ...periods.map(requireHistoricalDate)]
  const yearOf = (day: number) => Math.floor(day / 10000)
  const span = { from: Math.min(...dates.map(date => yearOf(date.earliest))), to: Math.max(...dates.map(date => yearOf(date.latest))) + 1 }
  const at = (year: number) => Math.round((year - span.from) / (span.to - span.from) * 10000) / 10000
  const placed = milestones
    .map(({ id, label, date }) => ({ id, label, date: formatHistoricalDate(date), at: at(dateMiddle(date)) }))
    .sort((a, b) => a.at - b.at)
  const labels = placeLabels(placed)
  const marks: TimelineMark[] = placed.map((mark, index) => ({ ...mark, ...labels[index]! }))
  const bands: TimelineBand[] = dataset.episodes.map((episode, index) => {
    const from = at(yearFraction(requireHistoricalDate(episode.period.from).earliest))
    const to = at(yearFraction(requireHistoricalDate(episode.period.to).latest) + 1 / 365)
    const label = bandLabelPlace(`${index + 1} ${episode.title}`, from, to)
    return { number: index + 1, title: episode.title, period: episode.period.label, from, to, label }
  })
  const ticks = Array.from({ length: span.to - span.from + 1 }, (_, index) => span.from + index)
    // A year's label starts at its tick: none at the axis's end, where it would run off the bar.
    .filter(year => (year % 5 === 0 || year === span.from) && year < span.to)
    .map(year => ({ year, at: at(year) }))
  return { kind: 'timeline', heading, years: ticks, marks, bands, ...here }
}
