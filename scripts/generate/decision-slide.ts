import type { DiagramStep, EventMark } from '../../contract/slide-views.ts'
import type { StoryItem, TimelineEvent } from '../../data/schema.ts'
import type { DeckContext, SlideDraft } from './deck-context.ts'
import { eventsHandout, eventSteps } from './deck-context.ts'
import { toMermaid } from './to-mermaid.ts'

/** What each mark means, in the order the legend lists the marks a diagram draws. */
const MEANINGS: Record<EventMark, string> = {
  asks: 'asks',
  refuses: 'refuses',
  decides: 'decides',
  supports: 'supports',
  acts: 'acts alone',
}

function participantsOf(ctx: DeckContext, events: readonly TimelineEvent[]): string[] {
  const involved = new Set(events.flatMap(event => event.to === undefined ? [event.from] : [event.from, event.to]))
  return ctx.dataset.actors.filter(actor => involved.has(actor.id)).sort((a, b) => a.order - b.order).map(actor => actor.id)
}

/** The diagram in words, for its accessible description and the slides' alternative text. */
function describe(ctx: DeckContext, events: readonly TimelineEvent[], answer: string): string {
  const sentences = events.map((event) => {
    const from = ctx.actorOf(event.from).name
    const who = event.to === undefined ? from : `${from} to ${ctx.actorOf(event.to).name}`
    return `${ctx.formatDate(event.date)}, ${who}: ${event.label}.`
  })
  return `${sentences.join(' ')} ${answer}.`
}

/** A "who decided" slide: a sequence diagram of the item's events, built up a click per event; the last click states the answer. */
export function decisionSlide(ctx: DeckContext, item: Extract<StoryItem, { kind: 'diagram' }>, prefix: string): SlideDraft {
  const events = item.events.map(ctx.eventOf)
  const participants = participantsOf(ctx, events)
  const description = describe(ctx, events, item.answer)
  const mermaid = toMermaid({
    title: item.heading,
    description,
    participants: participants.map(id => ({ id, label: ctx.actorOf(id).name.replace(/^(\S+) (\S{4}.*)$/, '$1<br>$2') })),
    lines: events.map(event => ({ mark: event.kind, from: event.from, to: event.to, text: event.label, across: event.across })),
  })
  const shown = eventSteps(ctx, events, item.heading)
  const steps: DiagramStep[] = events.map((event, index) =>
    ({ ...shown[index]!, mark: event.kind, ...(event.to === undefined ? {} : { to: ctx.actorOf(event.to) }) }))
  const marks = new Set(events.map(event => event.kind))
  return {
    id: `diagram:${item.id}`,
    title: `${prefix}: ${item.heading}`,
    view: {
      kind: 'decision',
      heading: item.heading,
      description,
      participants: participants.map(ctx.actorOf),
      focus: ctx.dataset.talk.focus,
      steps,
      legend: (Object.keys(MEANINGS) as EventMark[]).filter(mark => marks.has(mark)).map(mark => ({ mark, meaning: MEANINGS[mark] })),
      answer: item.answer,
      mermaid,
    },
    notes: { lead: item.note, steps: [...events.map(event => event.note), item.answerNote] },
    handout: eventsHandout(ctx, events, [item.answer]),
  }
}
