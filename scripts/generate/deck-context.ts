import type { Citation, HandoutText, SlideModel } from '../../contract/deck-model.ts'
import type { SourceEntry } from '../../contract/slide-views.ts'
import type { Dataset, Quote, Source, TimelineEvent } from '../../data/schema.ts'
import { inkOn, textColorOn } from '../dataset/color-distance.ts'
import { formatHistoricalDate, requireHistoricalDate } from '../dataset/historical-date.ts'
import { eventDates } from './event-dates.ts'

/** A slide before it is numbered and placed in its section; its `id` is unique within its section: the slide's kind, and the dataset id it shows, e.g. `diagram:rescue`. */
export type SlideDraft = Pick<SlideModel, 'id' | 'title' | 'view' | 'notes' | 'handout' | 'alias'>

export const NO_HANDOUT: HandoutText = { points: [], citations: [], footnotes: [] }

export type DeckContext = Readonly<ReturnType<typeof deckContext>>

export function sourceLabel(source: Source): string {
  return source.status === 'essay' ? 'essay' : `n. ${source.number}`
}

export function sourceEntry(source: Source): SourceEntry {
  const { id } = source
  if (source.status === 'essay')
    return { id, label: 'Essay', missing: false, text: source.text }
  const label = `Note ${source.number}`
  if (source.status === 'missing')
    return { id, label, missing: true, text: `Missing from the essay's list of notes; referenced at the ${source.referencedAt}.` }
  return { id, label, missing: false, text: source.text, ...(source.remark ? { remark: source.remark } : {}) }
}

export function uniqueCitations(lists: readonly (readonly Citation[])[]): Citation[] {
  return lists.flat().filter((citation, index, all) => all.findIndex(other => other.id === citation.id) === index)
}

/** The footnotes a slide rests on (`n. 5`, `nn. 2, 3`, three or more in a row as a range: `nn. 8–13`): the essay underlies every slide, the handout cites in full. */
export function sourceLine(citations: readonly Citation[]): string {
  const notes = citations.map(citation => citation.label).filter(label => label.startsWith('n. ')).map(label => Number(label.slice(3)))
  if (notes.length === 0)
    return ''
  const runs: number[][] = []
  for (const note of notes) {
    const run = runs.at(-1)
    if (run && note === run.at(-1)! + 1)
      run.push(note)
    else
      runs.push([note])
  }
  return notes.length === 1 ? `n. ${notes[0]}` : `nn. ${runs.flatMap(run => run.length > 2 ? [`${run[0]}–${run.at(-1)}`] : run.map(String)).join(', ')}`
}

/** How the apparatus ends its remark on a footnote the essay cites but its list lacks; the speaker script labels such remarks by it. */
export const MISSING_NOTE_REMARK = 'is cited in the essay but missing from its list of notes.'

/** A slide's handout: its points, its citations, and the apparatus: `footnotes`, then each footnote the essay cites but its list lacks. */
export function citedHandout(points: readonly string[], citations: readonly Citation[], footnotes: readonly string[] = []): HandoutText {
  const missing = citations.filter(citation => citation.missing).map(({ label }) => `${label.replace('n.', 'Note')} ${MISSING_NOTE_REMARK}`)
  return { points, citations, footnotes: [...footnotes, ...missing] }
}

/** What each click of a story of events shows of its event: who, when (where the date tells something), and the label. */
export function eventSteps(ctx: DeckContext, events: readonly TimelineEvent[], heading: string, dittos = true) {
  const dates = eventDates(events.map(event => requireHistoricalDate(event.date)), heading, dittos)
  return events.map(({ id, from, label }, index) => ({ id, step: index + 1, from: ctx.actorOf(from), date: dates[index]!, label }))
}

/** The handout beside a story of events: each event's date and detail (then any `more`), their citations, each coarse or derived date. */
export function eventsHandout(ctx: DeckContext, events: readonly TimelineEvent[], more: readonly string[] = []): HandoutText {
  return citedHandout(
    [...events.map(event => `${ctx.formatDate(event.date)}: ${event.detail}`), ...more],
    uniqueCitations(events.map(event => ctx.cite(event.sources))),
    // Two arrows of one act (a letter to each ally) share a date note: printed once, under the first.
    events.filter((event, i) => event.dateNote && events.findIndex(other => other.dateNote === event.dateNote) === i)
      .map(event => `${event.label}: ${event.dateNote}`),
  )
}

/** Who said a quotation to whom, and when; a reporter other than the listener named apart: `Kim Il Sung, as reported by Terentii F. Shtykov, October 1950`. */
export function quoteAttribution(ctx: DeckContext, quote: Quote): string {
  const listener = ctx.nameOf(quote.audience)
  const reporter = quote.reportedBy && ctx.nameOf(quote.reportedBy)
  const who = reporter === listener ? `, as reported by ${reporter}` : ` to ${listener}${reporter ? `, as reported by ${reporter}` : ''}`
  return `${ctx.nameOf(quote.speaker)}${who}${quote.date ? `, ${ctx.formatDate(quote.date)}` : ''}`
}

export function deckContext(dataset: Dataset) {
  // One view per actor, shared: the frontmatter writes a repeated actor once and refers to it by its id.
  const actorViews = new Map(dataset.actors.map(({ id, name, label, color }) =>
    [id, { id, name, label, color, text: textColorOn(color), ink: inkOn(color) }]))
  const people = new Map(dataset.people.map(person => [person.id, person]))
  const sources = new Map(dataset.sources.map(source => [source.id, source]))
  const events = new Map(dataset.episodes.flatMap(episode => episode.events).map(event => [event.id, event]))
  const formatDate = (text: string, style: 'long' | 'short' = 'long') => formatHistoricalDate(requireHistoricalDate(text), style)
  return {
    dataset,
    actorOf: (id: string) => actorViews.get(id)!,
    nameOf: (id: string) => people.get(id)?.name ?? actorViews.get(id)!.name,
    cite: (ids: readonly string[]): Citation[] => ids.map((id) => {
      const source = sources.get(id)!
      return { id, label: sourceLabel(source), missing: source.status === 'missing', text: sourceEntry(source).text }
    }),
    formatDate,
    eventOf: (id: string) => events.get(id)!,
    talkDate: formatDate(dataset.talk.venue.date),
  }
}
