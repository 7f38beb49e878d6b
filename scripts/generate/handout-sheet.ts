import type { HandoutSheet, ReadingEntry, SheetEpisode, SheetQuote } from '../../contract/handout-sheet.ts'
import type { Episode, Quote } from '../../data/schema.ts'
import type { DeckContext } from './deck-context.ts'
import { quoteAttribution, sourceLabel, sourceLine } from './deck-context.ts'
import { thesisSides } from './framing-slides.ts'
import { ledgerRows, withEpisodeCount } from './ledger.ts'
import { mapView } from './map-slide.ts'
import { timelineView } from './timeline.ts'

function episodeSources(episode: Episode): Set<string> {
  return new Set([
    ...episode.events.flatMap(event => event.sources),
    ...episode.story.flatMap(item => item.kind === 'quote' ? item.voices.flatMap(quote => quote.sources) : []),
    ...episode.story.flatMap(item => item.kind === 'figure' ? item.sources : []),
    ...episode.lesson.evidence.sources,
  ])
}

function sheetQuote(ctx: DeckContext, quote: Quote): SheetQuote {
  return { text: quote.text, attribution: quoteAttribution(ctx, quote), source: sourceLine(ctx.cite(quote.sources)) || 'essay' }
}

/**
 * Each diagram's answer; where an episode has several, each after the time its headline names (`1949: who could…`
 * gives `1949: Only Moscow…`): side by side, `it said no` and `Moscow said yes` read as a contradiction.
 */
function decidedIn(episode: Episode): string[] {
  const diagrams = episode.story.flatMap(item => item.kind === 'diagram' ? [item] : [])
  return diagrams.map(({ heading, answer }) => {
    const when = diagrams.length > 1 ? /^([^:]+):/.exec(heading)?.[1] : undefined
    return when ? `${when}: ${answer}` : answer
  })
}

function sheetEpisode(ctx: DeckContext, episode: Episode, index: number): SheetEpisode {
  const turn = ctx.eventOf(episode.turningPoint)
  const voices = episode.story.flatMap(item => item.kind === 'quote' ? item.voices : [])
  return {
    number: index + 1,
    title: episode.title,
    period: episode.period.label,
    question: episode.question,
    decided: decidedIn(episode),
    turningPoint: {
      date: ctx.formatDate(turn.date),
      from: ctx.actorOf(turn.from),
      ...(turn.to === undefined ? {} : { to: ctx.actorOf(turn.to) }),
      label: turn.label,
    },
    quotes: ctx.dataset.framing.handout.quotes
      .flatMap(id => voices.filter(quote => quote.id === id))
      .map(quote => sheetQuote(ctx, quote)),
  }
}

function furtherReading(ctx: DeckContext): ReadingEntry[] {
  const cited = ctx.dataset.episodes.map(episodeSources)
  return ctx.dataset.sources.flatMap(source => source.status === 'listed'
    ? (source.reading ?? []).map(citation => ({
        citation,
        source: sourceLabel(source),
        episodes: cited.flatMap((ids, index) => ids.has(source.id) ? [index + 1] : []),
      }))
    : [])
}

export function handoutSheet(ctx: DeckContext): HandoutSheet {
  const { talk, framing } = ctx.dataset
  // The talk's first map: the sheet shows it in its final state, every event marked.
  const firstMap = ctx.dataset.episodes.flatMap(episode => episode.story).find(item => item.kind === 'map')
  const { kind: _kind, ...timeline } = timelineView(ctx, withEpisodeCount(ctx, framing.opening.timelineHeading))
  const essay = ctx.dataset.sources.find(source => source.status === 'essay')
  return {
    venue: [`${talk.venue.event}, “${talk.venue.theme}”`, talk.venue.place],
    comparison: thesisSides(ctx),
    timeline,
    ...(firstMap?.kind === 'map' ? { map: mapView(ctx, firstMap) } : {}),
    ledger: { heading: framing.lessonHeading, rows: ledgerRows(ctx) },
    episodes: ctx.dataset.episodes.map((episode, index) => sheetEpisode(ctx, episode, index)),
    reading: furtherReading(ctx),
    ...essay ? { essay: essay.text } : {},
    caveat: { text: framing.handout.caveat.text, source: sourceLine(ctx.cite(framing.handout.caveat.sources)) || 'essay' },
  }
}
