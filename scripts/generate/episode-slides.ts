import type { DecisionStep, EpisodeSummary, QuotePart, QuoteVoice } from '../../contract/deck-model.ts'
import type { Episode, Figure, Quote, TimelineEvent } from '../../data/schema.ts'
import type { DeckContext, SlideDraft } from './deck-context.ts'
import lz from 'lz-string'
import { requireHistoricalDate } from '../dataset/historical-date.ts'
import { decisionDiagram, decisionLegend, recurringActors, tallyDecisions } from './decision-diagram.ts'
import { NO_HANDOUT, sourceLine, uniqueCitations } from './deck-context.ts'
import { toMermaid } from './to-mermaid.ts'

export function episodeSummary(episode: Episode, index: number): EpisodeSummary {
  return {
    number: index + 1,
    title: episode.title,
    period: episode.period.label,
    question: episode.question,
    minutes: episode.minutes,
  }
}

/** The handout's sentence for an event: everything the diagram's caption leaves out. */
function eventPoint(ctx: DeckContext, event: TimelineEvent, step: number): string {
  const to = event.to.map(id => ctx.actorOf(id).name).join(' and ')
  const date = event.dateNote
    ? ` (Date: ${event.dateNote})`
    : ''
  return `${step}. ${ctx.formatDate(event.date)}, ${ctx.actorOf(event.from).name}${to
    ? ` to ${to}`
    : ''}: ${event.label}. ${event.detail}${date}`
}

/** The spoken step for each event; a flow's commentary follows its last event. */
function eventNotes(episode: Episode): string[] {
  return episode.events.map((event) => {
    const closing = episode.flows.filter(flow => flow.events.at(-1) === event.id).map(flow => flow.note)
    return [event.note, ...closing].join(' ')
  })
}

function decisionSlide(ctx: DeckContext, episode: Episode, index: number, prefix: string): SlideDraft {
  const heading = episode.question
  const description = episode.flows.map(flow => flow.description).join(' ')
  const { diagram, steps } = decisionDiagram(episode, ctx.dataset.actors, { title: heading, description }, recurringActors(ctx.dataset.episodes))
  const mermaid = toMermaid(diagram)
  const decisionSteps: DecisionStep[] = episode.events.map((event, i) => ({
    ...steps[i]!,
    date: ctx.formatDate(event.date),
    from: ctx.actorOf(event.from),
    to: event.to.filter(id => id !== event.from).map(ctx.actorOf),
    label: event.label,
  }))
  return {
    title: `${prefix}: ${heading}`,
    view: {
      kind: 'decision',
      heading,
      description,
      steps: decisionSteps,
      actors: episode.actors.map(ctx.actorOf),
      legend: index === 0
        ? decisionLegend()
        : [],
      diagram: {
        mermaid,
        codeLz: lz.compressToBase64(mermaid.trim()),
      },
    },
    notes: {
      lead: episode.timelineNote,
      steps: eventNotes(episode),
    },
    handout: {
      points: episode.events.map((event, i) => eventPoint(ctx, event, i + 1)),
      citations: uniqueCitations(episode.events.map(event => ctx.cite(event.sources))),
    },
  }
}

const FRAGMENT_CHARACTERS = 90

/** Quotes shown together: the two sides of one exchange, or short fragments of the same speaker to the same audience. */
export function groupQuotes(quotes: readonly Quote[]): Quote[][] {
  const groups: Quote[][] = []
  for (const quote of quotes) {
    const last = groups.at(-1)?.at(-1)
    const sameDay = last !== undefined && last.date === quote.date
    const reply = sameDay && last.speaker === quote.audience && last.audience === quote.speaker
    const fragment = sameDay && last.speaker === quote.speaker && last.audience === quote.audience
      && last.text.length <= FRAGMENT_CHARACTERS && quote.text.length <= FRAGMENT_CHARACTERS
    if (reply || fragment)
      groups.at(-1)!.push(quote)
    else
      groups.push([quote])
  }
  return groups
}

/** A quotation in runs, its first occurrence of `emphasis` a key run of its own. */
export function quoteParts(text: string, emphasis: string | undefined): QuotePart[] {
  const at = emphasis
    ? text.indexOf(emphasis)
    : -1
  if (!emphasis || at < 0) {
    return [
      { text, key: false },
    ]
  }
  return [
    {
      text: text.slice(0, at),
      key: false,
    },
    { text: emphasis, key: true },
    {
      text: text.slice(at + emphasis.length),
      key: false,
    },
  ].filter(part => part.text !== '')
}

function voice(ctx: DeckContext, quote: Quote): QuoteVoice {
  const speaker = ctx.nameOf(quote.speaker)
  const when = quote.date
    ? `, ${ctx.formatDate(quote.date)}`
    : ''
  const reported = quote.reportedBy
    ? `, as reported by ${ctx.nameOf(quote.reportedBy)}`
    : ''
  const person = ctx.dataset.people.find(candidate => candidate.id === quote.speaker)
  return {
    text: quote.text,
    parts: quoteParts(quote.text, quote.emphasis),
    speaker,
    color: ctx.actorOf(person?.actor ?? quote.speaker).color,
    attribution: `${speaker} to ${ctx.nameOf(quote.audience)}${when}${reported}`,
  }
}

function quoteSlide(ctx: DeckContext, quotes: readonly Quote[], prefix: string): SlideDraft {
  const first = quotes[0]!
  // A dialogue is named by its opening line's attribution, which the slide shows.
  const heading = `${ctx.nameOf(first.speaker)} to ${ctx.nameOf(first.audience)}`
  const citations = uniqueCitations(quotes.map(quote => ctx.cite(quote.sources)))
  return {
    title: `${prefix}: ${heading}`,
    view: {
      kind: 'quote',
      heading,
      voices: quotes.map(quote => voice(ctx, quote)),
      source: sourceLine(citations),
    },
    notes: {
      lead: quotes.map(quote => quote.note).join(' '),
      steps: [],
    },
    handout: {
      points: [
        ...new Set(quotes.flatMap(quote => [
          quote.context,
          ...(quote.dateNote
            ? [`Date: ${quote.dateNote}`]
            : []),
        ])),
      ],
      citations,
    },
  }
}

function figureSlide(ctx: DeckContext, episode: Episode, figure: Figure, prefix: string): SlideDraft {
  const citations = ctx.cite(figure.sources)
  return {
    title: `${prefix}: ${figure.value} ${figure.label}`,
    view: {
      kind: 'figure',
      value: figure.value,
      label: figure.label,
      source: sourceLine(citations),
      ...(figure.portion
        ? {
            portion: { from: figure.portion.percent, to: figure.portion.upTo ?? figure.portion.percent },
          }
        : {}),
    },
    notes: {
      lead: figure === episode.figures[0] && episode.figuresNote
        ? episode.figuresNote
        : `${figure.value} ${figure.label}.`,
      steps: [],
    },
    handout: { points: [], citations },
  }
}

/**
 * The quote groups and figures in the order of the story: a dated figure comes before the first group
 * said after it. An undated group counts as said when the next dated one was, since quotes are listed
 * in order; undated figures follow the quotes.
 */
export function inStoryOrder(groups: readonly Quote[][], figures: readonly Figure[]): (Quote[] | Figure)[] {
  const day = (date: string | undefined) => date === undefined
    ? Number.POSITIVE_INFINITY
    : requireHistoricalDate(date).earliest
  const saidOn: number[] = []
  for (let index = groups.length - 1; index >= 0; index--)
    saidOn[index] = Math.min(day(groups[index]![0]!.date), saidOn[index + 1] ?? Number.POSITIVE_INFINITY)
  const order: (Quote[] | Figure)[] = []
  let next = 0
  for (const [index, group] of groups.entries()) {
    while (next < figures.length && day(figures[next]!.date) < saidOn[index]!)
      order.push(figures[next++]!)
    order.push(group)
  }
  return [
    ...order,
    ...figures.slice(next),
  ]
}

/** One episode: its cover, the "who decided" diagram built up click by click, its quotes and numbers, and the tally. */
export function episodeSlides(ctx: DeckContext, episode: Episode, index: number): SlideDraft[] {
  const summary = episodeSummary(episode, index)
  const prefix = `${summary.number}. ${episode.title}`
  const actors = episode.actors.map(ctx.actorOf)
  return [
    {
      title: prefix,
      view: { kind: 'episode-cover', episode: summary, actors },
      notes: { lead: episode.coverNote, steps: [] },
      handout: NO_HANDOUT,
    },
    decisionSlide(ctx, episode, index, prefix),
    ...inStoryOrder(groupQuotes(episode.quotes), episode.figures).map(item => Array.isArray(item)
      ? quoteSlide(ctx, item, prefix)
      : figureSlide(ctx, episode, item, prefix)),
    {
      title: `${prefix}: ${ctx.dataset.framing.lessonHeading}`,
      view: {
        kind: 'lesson',
        heading: ctx.dataset.framing.lessonHeading,
        headline: episode.lesson.headline,
        tallyHeading: ctx.dataset.framing.tallyHeading,
        tally: tallyDecisions(episode, episode.actors.map(ctx.actorOf)),
      },
      notes: { lead: episode.lesson.note, steps: [] },
      handout: { points: episode.lesson.points, citations: [] },
    },
  ]
}
