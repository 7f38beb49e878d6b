import type { QuotePart, QuoteVoice } from '../../contract/slide-views.ts'
import type { Episode, Quote, StoryItem } from '../../data/schema.ts'
import type { DeckContext, SlideDraft } from './deck-context.ts'
import { decisionSlide } from './decision-slide.ts'
import { missingNoteFootnotes, sourceLine, uniqueCitations } from './deck-context.ts'
import { mapSlide } from './map-slide.ts'
import { timelineView } from './timeline.ts'

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
    color: ctx.actorOf(person?.actor ?? quote.speaker).ink,
    attribution: `${speaker} to ${ctx.nameOf(quote.audience)}${when}${reported}`,
  }
}

function quoteSlide(ctx: DeckContext, item: Extract<StoryItem, { kind: 'quote' }>, prefix: string): SlideDraft {
  const first = item.voices[0]!
  // A dialogue is named by its opening line's attribution, which the slide shows.
  const heading = `${ctx.nameOf(first.speaker)} to ${ctx.nameOf(first.audience)}`
  const citations = uniqueCitations(item.voices.map(quote => ctx.cite(quote.sources)))
  return {
    id: `quote:${item.id}`,
    title: `${prefix}: ${heading}`,
    view: {
      kind: 'quote',
      voices: item.voices.map(quote => voice(ctx, quote)),
      source: sourceLine(citations),
    },
    notes: {
      lead: item.voices.map(quote => quote.note).join(' '),
      steps: [],
    },
    handout: {
      points: [
        ...new Set(item.voices.map(quote => quote.context)),
      ],
      citations,
      footnotes: [
        ...item.voices.flatMap(quote => quote.dateNote
          ? [quote.dateNote]
          : []),
        ...missingNoteFootnotes(citations),
      ],
    },
  }
}

function figureSlide(ctx: DeckContext, item: Extract<StoryItem, { kind: 'figure' }>, prefix: string): SlideDraft {
  const citations = ctx.cite(item.sources)
  return {
    id: `figure:${item.id}`,
    title: `${prefix}: ${item.value} ${item.label}`,
    view: {
      kind: 'figure',
      value: item.value,
      label: item.label,
      source: sourceLine(citations),
      ...(item.portion
        ? {
            portion: { from: item.portion.percent, to: item.portion.upTo ?? item.portion.percent },
          }
        : {}),
    },
    notes: { lead: item.note, steps: [] },
    handout: {
      points: [],
      citations,
      footnotes: missingNoteFootnotes(citations),
    },
  }
}

function storySlide(ctx: DeckContext, item: StoryItem, prefix: string): SlideDraft {
  switch (item.kind) {
    case 'diagram': return decisionSlide(ctx, item, prefix)
    case 'map': return mapSlide(ctx, item, prefix)
    case 'quote': return quoteSlide(ctx, item, prefix)
    case 'figure': return figureSlide(ctx, item, prefix)
  }
}

/**
 * One episode: the timeline marking where it stands, its story (diagrams, map, quotes, figures) in
 * the order the dataset tells it, and what Pyongyang learned.
 */
export function episodeSlides(ctx: DeckContext, episode: Episode, index: number): SlideDraft[] {
  const number = index + 1
  const prefix = `${number}. ${episode.title}`
  const { lessonHeading } = ctx.dataset.framing
  return [
    {
      id: 'opener',
      title: prefix,
      view: timelineView(ctx, prefix, { number, question: episode.question }),
      notes: { lead: episode.opener, steps: [] },
      handout: { points: [], citations: [], footnotes: [] },
    },
    ...episode.story.map(item => storySlide(ctx, item, prefix)),
    {
      id: 'lesson',
      title: `${prefix}: ${lessonHeading}`,
      view: {
        kind: 'lesson',
        heading: lessonHeading,
        headline: episode.lesson.headline,
        finalSay: episode.finalSay.map(ctx.actorOf),
      },
      notes: { lead: episode.lesson.note, steps: [] },
      handout: { points: episode.lesson.points, citations: [], footnotes: [] },
    },
  ]
}
