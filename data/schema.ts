import { z } from 'zod'

export const EVENT_KINDS = [
  'request',
  'refusal',
  'approval',
  'condition',
  'order',
  'overrule',
  'reversal',
  'warning',
  'intervention',
  'military-action',
  'agreement',
  'purge',
  'report',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const NODE_SHAPES = [
  'rect',
  'round',
  'stadium',
  'hexagon',
  'subroutine',
  'cylinder',
  'circle',
  'trapezoid',
] as const
export type NodeShape = (typeof NODE_SHAPES)[number]

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id')
const text = z.string().trim().min(1, 'must not be empty')
/** A date as precise as the essay allows: `1950-10-12`, `1950-10`, `1950-autumn` or `1950`. */
export const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const
/** The one date grammar of the dataset; scripts/dataset/historical-date.ts reads dates with it. */
export const HISTORICAL_DATE = new RegExp(`^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(${SEASONS.join('|')}))?$`)
const historicalDate = z.string().regex(HISTORICAL_DATE, 'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-season')
const hexColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour')
const sourceRefs = z.array(id).min(1, 'needs at least one source')
const notes = text

export const talkSchema = z.strictObject({
  id,
  title: text,
  subtitle: text,
  speaker: text,
  affiliation: text,
  venue: z.strictObject({
    event: text,
    theme: text,
    place: text,
    date: historicalDate,
  }),
  slotMinutes: z.number().int().positive(),
  wordsPerMinute: z.number().positive(),
  thesis: text,
  puzzle: z.array(text).min(1),
})

export const actorSchema = z.strictObject({
  id,
  name: text,
  label: text,
  color: hexColor,
  shape: z.enum(NODE_SHAPES),
  /** Where the capital sits, west to east, on every decision diagram; capitals sharing a column stack. */
  column: z.number().int().min(0).optional(),
})

export const personSchema = z.strictObject({
  id,
  name: text,
  actor: id,
})

export const footnoteSchema = z.discriminatedUnion('status', [
  z.strictObject({
    id,
    status: z.literal('listed'),
    number: z.number().int().positive(),
    text,
    remark: text.optional(),
  }),
  z.strictObject({
    id,
    status: z.literal('missing'),
    number: z.number().int().positive(),
    referencedAt: text,
  }),
  z.strictObject({
    id,
    status: z.literal('essay'),
    text,
  }),
])

export const eventSchema = z.strictObject({
  id,
  date: historicalDate,
  dateNote: text.optional(),
  kind: z.enum(EVENT_KINDS),
  from: id,
  to: z.array(id),
  people: z.array(id).default([]),
  label: text,
  detail: text,
  sources: sourceRefs,
  note: notes,
})

export const flowSchema = z.strictObject({
  id,
  title: text,
  description: text,
  events: z.array(id).min(1, 'needs at least one event'),
  note: notes,
})

export const quoteSchema = z.strictObject({
  id,
  text,
  speaker: id,
  audience: id,
  date: historicalDate.optional(),
  dateNote: text.optional(),
  context: text,
  /** Whose report the words come from when the speaker did not write them, e.g. an ambassador's telegram. */
  reportedBy: id.optional(),
  /** The phrase of `text`, verbatim, that the slide sets apart. */
  emphasis: text.optional(),
  sources: sourceRefs,
  note: notes,
})

export const figureSchema = z.strictObject({
  id,
  value: text,
  label: text,
  /** When the number held: a dated figure takes its place among the quotes by date. */
  date: historicalDate.optional(),
  /** A share the slide draws as a bar: `percent`, or a range from it `upTo` another. */
  portion: z.strictObject({
    percent: z.number().gt(0).max(100),
    upTo: z.number().gt(0).max(100).optional(),
  }).optional(),
  sources: sourceRefs,
})

export const episodeSchema = z.strictObject({
  id,
  title: text,
  period: z.strictObject({ from: historicalDate, to: historicalDate, label: text }),
  question: text,
  minutes: z.number().positive(),
  actors: z.array(id).min(2, 'needs at least two actors'),
  events: z.array(eventSchema).min(1, 'needs at least one event'),
  flows: z.array(flowSchema).min(1, 'needs at least one decision flow'),
  quotes: z.array(quoteSchema),
  figures: z.array(figureSchema),
  figuresNote: notes.optional(),
  lesson: z.strictObject({
    headline: text,
    points: z.array(text).min(1),
    note: notes,
  }),
  coverNote: notes,
  timelineNote: notes,
})

export const framingSchema = z.strictObject({
  opening: z.strictObject({
    minutes: z.number().positive(),
    titleNote: notes,
    puzzleNote: notes,
    /** The headline over the puzzle slide. */
    puzzleHeading: text,
    /** The headline over the thesis slide. */
    thesisHeading: text,
    roadmapHeading: text,
    roadmapNote: notes,
  }),
  lessonHeading: text,
  /** What the bars under each lesson count, e.g. `Decisions taken, by capital`. */
  tallyHeading: text,
  closing: z.strictObject({
    minutes: z.number().positive(),
    /** The headline over the ledger that opens the conclusion: each episode's lesson, one row each. */
    ledgerHeading: text,
    ledgerNote: notes,
    conclusions: z.array(z.strictObject({
      heading: text,
      points: z.array(text).min(1),
      note: notes,
    })).min(1, 'needs at least one conclusion slide'),
    sourcesNote: notes,
    /** The headline over the backup slides listing every source. */
    sourcesHeading: text,
    closingNote: notes,
  }),
})

export const datasetSchema = z.strictObject({
  talk: talkSchema,
  actors: z.array(actorSchema).min(2),
  people: z.array(personSchema).min(1),
  sources: z.array(footnoteSchema).min(1),
  episodes: z.array(episodeSchema).min(1),
  framing: framingSchema,
})

export type Talk = z.infer<typeof talkSchema>
export type Actor = z.infer<typeof actorSchema>
export type Person = z.infer<typeof personSchema>
export type Source = z.infer<typeof footnoteSchema>
export type TimelineEvent = z.infer<typeof eventSchema>
export type DecisionFlow = z.infer<typeof flowSchema>
export type Quote = z.infer<typeof quoteSchema>
export type Figure = z.infer<typeof figureSchema>
export type Episode = z.infer<typeof episodeSchema>
export type Framing = z.infer<typeof framingSchema>
export type Dataset = z.infer<typeof datasetSchema>
export type DatasetInput = z.input<typeof datasetSchema>
export type TalkInput = z.input<typeof talkSchema>
export type ActorInput = z.input<typeof actorSchema>
export type PersonInput = z.input<typeof personSchema>
export type SourceInput = z.input<typeof footnoteSchema>
export type EpisodeInput = z.input<typeof episodeSchema>
export type FramingInput = z.input<typeof framingSchema>
