import type { Actor, Dataset, Episode, EventKind, Source, TimelineEvent } from '../../data/schema.ts'
import type { ActorView, Citation, EpisodeSummary, EventView, LegendEntry, SlideView, SourceEntry } from '../../deck/slide-views.ts'
import type { BackupLink, TalkPlan } from '../../deck/talk-plan.ts'
import type { EdgeStyle, FlowDiagram } from './to-mermaid.ts'
import { EVENT_KINDS } from '../../data/schema.ts'
import { textColorOn } from '../dataset/color-distance.ts'
import { formatHistoricalDate, requireHistoricalDate } from '../dataset/historical-date.ts'
import { buildBackupLinks, buildTalkPlan } from './talk-plan.ts'
import { toMermaid } from './to-mermaid.ts'

export const EVENTS_PER_TIMELINE_SLIDE = 4
export const SOURCE_CHARACTERS_PER_SLIDE = 2600

export interface SlideNotes {
  /** Spoken before the first click. */
  readonly lead: string
  /** One entry per click, in order; each follows a `[click]` marker. */
  readonly steps: readonly string[]
}

export interface DeckSlide {
  readonly number: number
  readonly section: string
  readonly title: string
  readonly view: SlideView
  readonly notes: SlideNotes
  readonly mermaid?: string
}

export interface DeckSection {
  readonly id: string
  readonly kind: 'opening' | 'episode' | 'closing'
  readonly title: string
  readonly minutes: number
  /** Minutes into the talk at which the section should begin. */
  readonly startMinute: number
  readonly slides: readonly number[]
}

export interface DeckModel {
  readonly talk: {
    readonly title: string
    readonly subtitle: string
    readonly speaker: string
    readonly venue: string
    readonly date: string
    /** The talk's date as the dataset gives it: `2006-02-22`, `2006-02`, `2006-spring` or `2006`. */
    readonly dateValue: string
    readonly slotMinutes: number
    readonly wordsPerMinute: number
    readonly thesis: string
  }
  readonly sections: readonly DeckSection[]
  readonly slides: readonly DeckSlide[]
  readonly sources: readonly SourceEntry[]
  /** Planned start and length of every section, slide and click (scripts/generate/talk-plan.ts). */
  readonly plan: TalkPlan
  /** The Q&A key's target from each slide: the sources slide listing what it cites. */
  readonly backups: readonly BackupLink[]
}

const EDGE_STYLES: Record<EventKind, EdgeStyle> = {
  'request': 'solid',
  'refusal': 'dotted',
  'approval': 'solid',
  'condition': 'solid',
  'order': 'thick',
  'overrule': 'thick',
  'reversal': 'thick',
  'warning': 'dotted',
  'intervention': 'thick',
  'military-action': 'thick',
  'agreement': 'solid',
  'purge': 'thick',
  'report': 'dotted',
}

/** Edge labels stay short so a diagram fits the slide at full size; the step list beside it says the rest. */
const KIND_VERBS: Record<EventKind, string> = {
  'request': 'asks',
  'refusal': 'refuses',
  'approval': 'approves',
  'condition': 'sets terms',
  'order': 'orders',
  'overrule': 'overrules',
  'reversal': 'reverses',
  'warning': 'warns',
  'intervention': 'intervenes',
  'military-action': 'military move',
  'agreement': 'agrees',
  'purge': 'purges',
  'report': 'reports',
}

const LINE_NAMES: Record<EdgeStyle, string> = { solid: 'solid line', dotted: 'dotted line', thick: 'thick line' }

/** The line styles a diagram uses, each with the verbs it stands for, in a fixed order. */
export function flowLegend(kinds: readonly EventKind[]): LegendEntry[] {
  return (Object.keys(LINE_NAMES) as EdgeStyle[])
    .filter(style => kinds.some(kind => EDGE_STYLES[kind] === style))
    .map(style => ({
      line: LINE_NAMES[style],
      verbs: EVENT_KINDS.filter(kind => EDGE_STYLES[kind] === style).map(kind => KIND_VERBS[kind]).join(', '),
    }))
}

type SlideDraft = Omit<DeckSlide, 'number' | 'section'>

function splitEvery<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size)
    chunks.push(items.slice(i, i + size))
  return chunks
}

function formatDate(text: string): string {
  return formatHistoricalDate(requireHistoricalDate(text))
}

function sourceLabel(source: Source): string {
  return source.status === 'essay'
    ? 'essay'
    : `n. ${source.number}`
}

function sourceEntry(source: Source): SourceEntry {
  switch (source.status) {
    case 'essay': return {
      id: source.id,
      label: 'Essay',
      missing: false,
      text: source.text,
    }
    case 'missing': return {
      id: source.id,
      label: `Note ${source.number}`,
      missing: true,
      text: `Missing from the essay's list of notes; referenced at the ${source.referencedAt}.`,
    }
    case 'listed': return {
      id: source.id,
      label: `Note ${source.number}`,
      missing: false,
      text: source.text,
      ...(source.remark
        ? { remark: source.remark }
        : {}),
    }
  }
}

/** Packs source entries into slides of about `budget` characters each, never splitting an entry. */
export function paginateSources(entries: readonly SourceEntry[], budget: number): SourceEntry[][] {
  const pages: SourceEntry[][] = [[]]
  let used = 0
  for (const entry of entries) {
    const size = entry.text.length + (entry.remark?.length ?? 0) + 40
    if (used > 0 && used + size > budget) {
      pages.push([])
      used = 0
    }
    pages.at(-1)!.push(entry)
    used += size
  }
  return pages
}

/** Builds the whole deck, slide by slide, from a validated dataset. Pure: the same dataset gives the same deck. */
export function buildDeckModel(dataset: Dataset): DeckModel {
  const actors = new Map(dataset.actors.map(actor => [actor.id, actor]))
  const people = new Map(dataset.people.map(person => [person.id, person]))
  const sources = new Map(dataset.sources.map(source => [source.id, source]))

  const actorView = (actor: Actor): ActorView => ({
    id: actor.id,
    name: actor.name,
    label: actor.label,
    color: actor.color,
    text: textColorOn(actor.color),
    shape: actor.shape,
  })
  const actorOf = (id: string) => actorView(actors.get(id)!)
  const nameOf = (id: string) => people.get(id)?.name ?? actors.get(id)!.name
  const cite = (ids: readonly string[]): Citation[] => ids.map((id) => {
    const source = sources.get(id)!
    const entry = sourceEntry(source)
    return {
      id,
      label: sourceLabel(source),
      missing: source.status === 'missing',
      text: entry.text,
    }
  })
  const eventView = (event: TimelineEvent, step: number): EventView => ({
    id: event.id,
    step,
    date: formatDate(event.date),
    ...(event.dateNote
      ? { dateNote: event.dateNote }
      : {}),
    kind: event.kind,
    from: actorOf(event.from),
    to: event.to.map(actorOf),
    people: event.people.map(nameOf),
    label: event.label,
    detail: event.detail,
    citations: cite(event.sources),
  })
  const summary = (episode: Episode, index: number): EpisodeSummary => ({
    number: index + 1,
    title: episode.title,
    period: episode.period.label,
    question: episode.question,
    minutes: episode.minutes,
  })

  const { talk, framing } = dataset
  const venue = `${talk.venue.event}, "${talk.venue.theme}" · ${talk.venue.place}`
  const talkDate = formatDate(talk.venue.date)

  const opening: SlideDraft[] = [
    {
      title: `${talk.title}: ${talk.subtitle}`,
      view: {
        kind: 'title',
        title: talk.title,
        subtitle: talk.subtitle,
        speaker: talk.speaker,
        affiliation: talk.affiliation,
        venue,
        date: talkDate,
      },
      notes: { lead: framing.opening.titleNote, steps: [] },
    },
    {
      title: 'Today\'s puzzle',
      view: {
        kind: 'puzzle',
        heading: 'Today\'s puzzle',
        puzzle: talk.puzzle,
        thesis: talk.thesis,
      },
      notes: { lead: framing.opening.puzzleNote, steps: [] },
    },
    {
      title: framing.opening.roadmapHeading,
      view: {
        kind: 'roadmap',
        heading: framing.opening.roadmapHeading,
        episodes: dataset.episodes.map(summary),
      },
      notes: { lead: framing.opening.roadmapNote, steps: [] },
    },
  ]

  const episodeSlides = (episode: Episode, index: number): SlideDraft[] => {
    const ep = summary(episode, index)
    const prefix = `${ep.number}. ${episode.title}`
    const steps = new Map(episode.events.map((event, i) => [
      event.id,
      eventView(event, i + 1),
    ]))
    const pages = splitEvery(episode.events, EVENTS_PER_TIMELINE_SLIDE)
    const slides: SlideDraft[] = [
      {
        title: prefix,
        view: {
          kind: 'episode-cover',
          episode: ep,
          actors: episode.actors.map(actorOf),
        },
        notes: { lead: episode.coverNote, steps: [] },
      },
    ]
    pages.forEach((events, page) => {
      const heading = pages.length > 1
        ? `Timeline, ${episode.period.label} (${page + 1} of ${pages.length})`
        : `Timeline, ${episode.period.label}`
      slides.push({
        title: `${prefix}: ${heading}`,
        view: {
          kind: 'timeline',
          heading,
          page: page + 1,
          pages: pages.length,
          events: events.map(event => steps.get(event.id)!),
        },
        notes: {
          lead: page === 0
            ? episode.timelineNote
            : `The timeline continues.`,
          steps: events.map(event => event.note),
        },
      })
    })
    for (const flow of episode.flows) {
      const flowEvents = flow.events.map(id => episode.events.find(event => event.id === id)!)
      const involved = new Set(flowEvents.flatMap(event => [event.from, ...event.to]))
      const flowActors = episode.actors.filter(id => involved.has(id)).map(actorOf)
      const diagram: FlowDiagram = {
        title: flow.title,
        description: flow.description,
        direction: 'LR',
        nodes: flowActors.map(actor => ({
          id: actor.id,
          label: `${actor.name} (${actor.label})`,
          shape: actors.get(actor.id)!.shape,
          fill: actor.color,
          text: actor.text,
        })),
        edges: flowEvents.flatMap(event => event.to.map(to => ({
          from: event.from,
          to,
          label: `${steps.get(event.id)!.step}. ${KIND_VERBS[event.kind]}`,
          style: EDGE_STYLES[event.kind],
        }))),
      }
      slides.push({
        title: `${prefix}: ${flow.title}`,
        view: {
          kind: 'flow',
          heading: flow.title,
          description: flow.description,
          steps: flowEvents.map(event => steps.get(event.id)!),
          actors: flowActors,
          legend: flowLegend(flowEvents.map(event => event.kind)),
        },
        notes: { lead: flow.note, steps: [] },
        mermaid: toMermaid(diagram),
      })
    }
    for (const quote of episode.quotes) {
      const heading = `${nameOf(quote.speaker)} to ${nameOf(quote.audience)}`
      slides.push({
        title: `${prefix}: ${heading}`,
        view: {
          kind: 'quote',
          heading,
          text: quote.text,
          speaker: nameOf(quote.speaker),
          audience: nameOf(quote.audience),
          date: quote.date
            ? formatDate(quote.date)
            : (quote.dateNote ?? ''),
          context: quote.context,
          citations: cite(quote.sources),
        },
        notes: { lead: quote.note, steps: [] },
      })
    }
    if (episode.figures.length > 0) {
      slides.push({
        title: `${prefix}: In numbers`,
        view: {
          kind: 'figures',
          heading: 'In numbers',
          figures: episode.figures.map(figure => ({
            value: figure.value,
            label: figure.label,
            citations: cite(figure.sources),
          })),
        },
        notes: { lead: episode.figuresNote ?? '', steps: [] },
      })
    }
    slides.push({
      title: `${prefix}: ${framing.lessonHeading}`,
      view: {
        kind: 'lesson',
        heading: framing.lessonHeading,
        headline: episode.lesson.headline,
        points: episode.lesson.points,
      },
      notes: { lead: episode.lesson.note, steps: [] },
    })
    return slides
  }

  const sourceEntries = dataset.sources.map(sourceEntry)
  const sourcePages = paginateSources(sourceEntries, SOURCE_CHARACTERS_PER_SLIDE)
  const closing: SlideDraft[] = [
    ...framing.closing.conclusions.map((conclusion): SlideDraft => ({
      title: conclusion.heading,
      view: { kind: 'points', heading: conclusion.heading, points: conclusion.points },
      notes: { lead: conclusion.note, steps: [] },
    })),
    ...sourcePages.map((entries, page): SlideDraft => {
      const heading = sourcePages.length > 1
        ? `Sources (${page + 1} of ${sourcePages.length})`
        : 'Sources'
      const first = entries[0]!.label
      const last = entries.at(-1)!.label
      return {
        title: heading,
        view: {
          kind: 'sources',
          heading,
          page: page + 1,
          pages: sourcePages.length,
          entries,
        },
        notes: {
          lead: page === 0
            ? framing.closing.sourcesNote
            : `Reference slide: ${first} to ${last}, for questions.`,
          steps: [],
        },
      }
    }),
    {
      title: 'Thank you',
      view: {
        kind: 'closing',
        title: `${talk.title}: ${talk.subtitle}`,
        speaker: talk.speaker,
        venue,
        date: talkDate,
      },
      notes: { lead: framing.closing.closingNote, steps: [] },
    },
  ]

  const sectionDrafts = [
    {
      id: 'opening',
      kind: 'opening' as const,
      title: 'Opening',
      minutes: framing.opening.minutes,
      slides: opening,
    },
    ...dataset.episodes.map((episode, index) => ({
      id: episode.id,
      kind: 'episode' as const,
      title: `${index + 1}. ${episode.title}`,
      minutes: episode.minutes,
      slides: episodeSlides(episode, index),
    })),
    {
      id: 'closing',
      kind: 'closing' as const,
      title: 'Conclusion',
      minutes: framing.closing.minutes,
      slides: closing,
    },
  ]

  const slides: DeckSlide[] = []
  const sections: DeckSection[] = []
  let startMinute = 0
  for (const draft of sectionDrafts) {
    const numbers = draft.slides.map((slide) => {
      const number = slides.length + 1
      slides.push({ ...slide, number, section: draft.id })
      return number
    })
    sections.push({
      id: draft.id,
      kind: draft.kind,
      title: draft.title,
      minutes: draft.minutes,
      startMinute,
      slides: numbers,
    })
    startMinute += draft.minutes
  }

  const body = {
    talk: {
      title: talk.title,
      subtitle: talk.subtitle,
      speaker: talk.speaker,
      venue,
      date: talkDate,
      dateValue: talk.venue.date,
      slotMinutes: talk.slotMinutes,
      wordsPerMinute: talk.wordsPerMinute,
      thesis: talk.thesis,
    },
    sections,
    slides,
    sources: sourceEntries,
  }
  return {
    ...body,
    plan: buildTalkPlan(body),
    backups: buildBackupLinks(body),
  }
}
