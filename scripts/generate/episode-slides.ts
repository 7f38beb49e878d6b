import type { HandoutText } from '../../contract/deck-model.ts'
import type { QuotePart, QuoteVoice } from '../../contract/slide-views.ts'
import type { Episode, Quote, StoryItem } from '../../data/schema.ts'
import type { DeckContext, SlideDraft } from './deck-context.ts'
import { countWords } from '../../contract/slide-views.ts'
import { decisionSlide } from './decision-slide.ts'
import { citedHandout, NO_HANDOUT, quoteAttribution, sourceLine, uniqueCitations } from './deck-context.ts'
import { evidenceView, ledgerRows } from './ledger.ts'
import { mapSlide } from './map-slide.ts'
import { timelineView } from './timeline.ts'

/** The most words of a quotation a slide shows whole; a longer one shows its key phrase, read out in full. */
export const QUOTE_WORDS_SHOWN = 30

/** A quotation in runs: the whole text with its key phrase (`emphasis`) set apart, or if too long, the phrase as an excerpt. */
export function quoteParts(text: string, emphasis: string | undefined): { parts: QuotePart[], excerpt: boolean } {
  const at = emphasis ? text.indexOf(emphasis) : -1
  if (!emphasis || at < 0)
    return { parts: [{ text, key: false }], excerpt: false }
  if (countWords(text) > QUOTE_WORDS_SHOWN) {
    const before = at > 0 ? '…' : ''
    const after = at + emphasis.length < text.replace(/[.!?]$/, '').length ? '…' : ''
    return { parts: [{ text: `${before}${emphasis}${after}`, key: false }], excerpt: true }
  }
  const parts = [{ text: text.slice(0, at), key: false }, { text: emphasis, key: true }, { text: text.slice(at + emphasis.length), key: false }]
  return { parts: parts.filter(part => part.text !== ''), excerpt: false }
}

function voice(ctx: DeckContext, quote: Quote): QuoteVoice {
  const speaker = ctx.nameOf(quote.speaker)
  const person = ctx.dataset.people.find(candidate => candidate.id === quote.speaker)
  const { parts } = quoteParts(quote.text, quote.emphasis)
  // Kept on one line: a wrap left "added)" alone under the attribution.
  const emphasised = parts.some(part => part.key) ? ' (emphasis\u00A0added)' : ''
  return {
    text: quote.text,
    parts,
    speaker,
    color: ctx.actorOf(person?.actor ?? quote.speaker).ink,
    attribution: `${quoteAttribution(ctx, quote)}${emphasised}`,
  }
}

function quotePoints(quotes: readonly Quote[]): string[] {
  return [...new Set(quotes.flatMap(quote => quoteParts(quote.text, quote.emphasis).excerpt ? [quote.context, `“${quote.text}”`] : [quote.context]))]
}

function quoteSlide(ctx: DeckContext, item: Extract<StoryItem, { kind: 'quote' }>, prefix: string): SlideDraft {
  const first = item.voices[0]!
  // A dialogue is named by its opening line's attribution, which the slide shows.
  const heading = `${ctx.nameOf(first.speaker)} to ${ctx.nameOf(first.audience)}`
  const citations = uniqueCitations(item.voices.map(quote => ctx.cite(quote.sources)))
  return {
    id: `quote:${item.id}`,
    title: `${prefix}: ${heading}`,
    view: { kind: 'quote', voices: item.voices.map(quote => voice(ctx, quote)), source: sourceLine(citations) },
    notes: { lead: item.voices.map(quote => quote.note).join(' '), steps: [] },
    handout: citedHandout(quotePoints(item.voices), citations, item.voices.flatMap(quote => quote.dateNote ? [quote.dateNote] : [])),
  }
}

function figureSlide(ctx: DeckContext, item: Extract<StoryItem, { kind: 'figure' }>, prefix: string): SlideDraft {
  const citations = ctx.cite(item.sources)
  const portion = item.portion ? { portion: { from: item.portion.percent, to: item.portion.upTo ?? item.portion.percent } } : {}
  return {
    id: `figure:${item.id}`,
    title: `${prefix}: ${item.heading} ${item.value} ${item.label}`,
    view: { kind: 'figure', heading: item.heading, value: item.value, label: item.label, source: sourceLine(citations), ...portion },
    notes: { lead: item.note, steps: [] },
    // What the number means, as the speaker explains it: the slide shows the number alone.
    handout: citedHandout([item.note], citations),
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

function lessonHandout(ctx: DeckContext, episode: Episode): HandoutText {
  const { evidence } = episode.lesson
  const when = evidence.date ? `${ctx.formatDate(evidence.date)}: ` : ''
  const kind = evidence.kind === 'record' ? 'The record' : 'The essay\'s inference'
  return citedHandout([...episode.lesson.points, `${kind}: ${when}${evidence.text}`], ctx.cite(evidence.sources))
}

/** One episode: the timeline marking where it stands, its story in the dataset's order, and what Pyongyang learned. */
export function episodeSlides(ctx: DeckContext, episode: Episode, index: number): SlideDraft[] {
  const number = index + 1
  const prefix = `${number}. ${episode.title}`
  const { lessonHeading } = ctx.dataset.framing
  return [
    {
      id: 'opener',
      title: prefix,
      view: timelineView(ctx, prefix, { current: number, question: episode.question }),
      notes: { lead: episode.opener, steps: [] },
      handout: NO_HANDOUT,
    },
    ...episode.story.map(item => storySlide(ctx, item, prefix)),
    {
      id: 'lesson',
      title: `${prefix}: ${lessonHeading}`,
      view: { kind: 'lesson', heading: lessonHeading, rows: ledgerRows(ctx, number), evidence: evidenceView(ctx, episode) },
      notes: { lead: episode.lesson.note, steps: [] },
      handout: lessonHandout(ctx, episode),
    },
  ]
}
