import { z } from 'zod'

/**
 * What an event does, as the decision diagrams draw it: a request, a refusal, a decision imposed or
 * taken, support given (aid, help, a treaty), or a capital's own act, drawn on its own line.
 */
export const EVENT_KINDS = [
  'asks',
  'refuses',
  'decides',
  'supports',
  'acts',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: issue => `${JSON.stringify(issue.input)} is not an id: use lower-case letters, digits and hyphens, e.g. chinese-intervention`,
})
const text = z.string().trim().min(1, 'must not be empty')
/**
 * A date as precise as the essay allows: `1950-10-12`, `1950-10`, `1950-autumn`, `1950`, and where the
 * essay gives no more, `1950-late` (late 1950) or `1956-after` (in the years after 1956).
 */
export const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const
export const VAGUE_PERIODS = ['late', 'after'] as const
/** The one date grammar of the dataset; scripts/dataset/historical-date.ts reads dates with it. */
export const HISTORICAL_DATE = new RegExp(`^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(${[...SEASONS, ...VAGUE_PERIODS].join('|')}))?$`)
const seasonDates = SEASONS.map(season => `1950-${season}`)
/** The dates the dataset reads, as an error message lists them. */
export const DATE_FORMS = `a year (1950), a month (1950-10), a day (1950-10-12), a season (${seasonDates.slice(0, -1).join(', ')} or ${seasonDates.at(-1)}), late in a year (1950-late) or the years after one (1956-after)`
const historicalDate = z.string().regex(HISTORICAL_DATE, {
  error: issue => `${JSON.stringify(issue.input)} is not a date: write ${DATE_FORMS}`,
})
const hexColor = z.string().regex(/^#[0-9a-f]{6}$/i, {
  error: issue => `${JSON.stringify(issue.input)} is not a colour: write it #rrggbb, e.g. #0072b2`,
})
const sourceRefs = z.array(id).min(1, 'needs at least one source')
/** What the speaker says aloud: no editor's apparatus (scripts/dataset/apparatus.ts checks). */
const spoken = text

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
  /** The capital the talk is about, emphasised on every diagram. */
  focus: id,
  slotMinutes: z.number().int().positive(),
  wordsPerMinute: z.number().positive(),
  /** The argument in one sentence, set large on its own slide: about twenty words at most. */
  thesis: text.refine(thesis => thesis.split(/\s+/).length <= 24, 'must fit on a slide: 24 words at most'),
  puzzle: z.array(text).min(1),
})

export const actorSchema = z.strictObject({
  id,
  name: text,
  label: text,
  color: hexColor,
  /** Where the capital stands, left to right, on every decision diagram. */
  order: z.number().int().min(0),
})

export const personSchema = z.strictObject({
  id,
  name: text,
  actor: id,
})

export const placeSchema = z.strictObject({
  id,
  name: text,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  /** A capital drawn in its actor's colour. */
  actor: id.optional(),
  /** Which side of its dot the name goes, so names keep clear of coast and neighbours. */
  side: z.enum(['left', 'right']).default('right'),
  /** False for a point a movement passes through, which the map draws without a dot or a name. */
  named: z.boolean().default(true),
  /** A river: its name set in italics along its course (the map's border, where its point lies on it), with no dot. */
  river: z.boolean().default(false),
})

export const footnoteSchema = z.discriminatedUnion('status', [
  z.strictObject({
    id,
    status: z.literal('listed'),
    number: z.number().int().positive(),
    text,
    remark: text.optional(),
    /** Further reading on the handout sheet: the works of this note a listener would want, each as the note prints it (a verbatim part of `text`). */
    reading: z.array(text).min(1).optional(),
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
  /** Why the date is coarse or derived: printed in the margins, never spoken. */
  dateNote: text.optional(),
  kind: z.enum(EVENT_KINDS),
  from: id,
  /** Whom the event is addressed to; none for a capital's own act. */
  to: id.optional(),
  /** What the arrow says: a few words, e.g. `asks to attack`. */
  label: text,
  /** The handout's sentence: what the arrow leaves out. */
  detail: text,
  sources: sourceRefs,
  /** On the map: the place the event happened, marked by a ring. */
  place: id.optional(),
  /** On the map: the way a movement went, place to place, drawn as an arrow ending at the last. */
  route: z.array(id).min(2, 'a route runs from one place to another at least').optional(),
  /** A turning point, drawn across the whole diagram rather than on its sender's line (`acts` only). */
  across: z.boolean().optional(),
  note: spoken,
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
  note: spoken,
})

/** One slide of an episode's story, in the order the talk tells it. */
export const storyItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('diagram'),
    id,
    /** The question the diagram answers, as the slide's headline. */
    heading: text,
    note: spoken,
    /** The events it draws, one arrow (or own act) each, in the episode's order. */
    events: z.array(id).min(1, 'needs at least one event'),
    /** The answer the diagram builds to, shown at its last click. */
    answer: text,
    answerNote: spoken,
  }),
  z.strictObject({
    kind: z.literal('map'),
    id,
    heading: text,
    note: spoken,
    /** Events with a place, revealed one a click. */
    events: z.array(id).min(1, 'needs at least one event'),
    /** Places named from the start, before any event. */
    places: z.array(id).default([]),
  }),
  z.strictObject({
    kind: z.literal('quote'),
    id,
    /** One voice, or the two sides of one exchange. */
    voices: z.array(quoteSchema).min(1).max(2),
  }),
  z.strictObject({
    kind: z.literal('figure'),
    id,
    /** The headline: what the number shows for the argument. */
    heading: text,
    value: text.regex(/\d/, 'a figure slide shows a number: the value needs a digit'),
    label: text,
    /** A share the slide draws as a bar: `percent`, or a range from it `upTo` another. */
    portion: z.strictObject({
      percent: z.number().gt(0).max(100),
      upTo: z.number().gt(0).max(100).optional(),
    }).optional(),
    sources: sourceRefs,
    note: spoken,
  }),
])

export const episodeSchema = z.strictObject({
  id,
  title: text,
  period: z.strictObject({ from: historicalDate, to: historicalDate, label: text }),
  question: text,
  minutes: z.number().positive(),
  /** Spoken on the timeline that opens the episode. */
  opener: spoken,
  events: z.array(eventSchema).min(1, 'needs at least one event'),
  story: z.array(storyItemSchema).min(1, 'needs at least one slide'),
  /**
   * Who had the final say over Pyongyang's course in this episode, as the ledger shows it: one turn, or
   * turns in order with their dates where the say passed from one to another.
   */
  finalSay: z.array(z.strictObject({ who: z.array(id).min(1), when: historicalDate.optional() })).min(1),
  /** The event (of this episode) whose date matters most to who decided: the handout sheet prints its date and arrow beside the answer. */
  turningPoint: id,
  lesson: z.strictObject({
    /** The lesson in Pyongyang's voice, as the ledger shows it under "As Pyongyang saw it". */
    headline: text,
    /** Printed in the handout beside the lesson. */
    points: z.array(text).min(1),
    note: spoken,
    /**
     * What makes the lesson Pyongyang's own and not only the speaker's reading: something its leaders
     * did or said, as the allies' records show it (`record`), or, where the essay gives none, the
     * essay's own inference (`inference`). Shown beside the lesson, dated and cited.
     */
    evidence: z.strictObject({
      kind: z.enum(['record', 'inference']),
      date: historicalDate.optional(),
      /** A few words; a short phrase of a document in quotation marks, verbatim. */
      text,
      sources: sourceRefs,
    }),
  }),
})

/** A turning point on the timeline of the decade: an event of an episode, or a date of its own. */
export const milestoneSchema = z.union([
  z.strictObject({ id, label: text, event: id }),
  z.strictObject({
    id,
    label: text,
    date: historicalDate,
    dateNote: text.optional(),
    sources: sourceRefs,
  }),
])

/** One sentence: `.`, `!` or `?` only at its end. */
const oneSentence = text.refine(sentence => !/[.!?]["”’)]?\s+\S/.test(sentence), 'must be one sentence')

/** One side of the thesis's comparison: a heading, its points, built up one click each side. */
const comparisonSide = z.strictObject({ heading: text, points: z.array(text).min(1), note: spoken })

export const framingSchema = z.strictObject({
  opening: z.strictObject({
    minutes: z.number().positive(),
    titleNote: spoken,
    puzzleHeading: text,
    puzzleNote: spoken,
    /** Spoken over the thesis (the talk's, shown as the headline) before the comparison builds up. */
    thesisNote: spoken,
    /** What the thesis compares: what the enemies did, long known, and what the allies did, which the archives add. */
    comparison: z.strictObject({ enemies: comparisonSide, allies: comparisonSide }),
    /** The timeline's headline; `{episodes}` stands for the number of episodes in words. */
    timelineHeading: text,
    timelineNote: spoken,
  }),
  lessonHeading: text,
  closing: z.strictObject({
    minutes: z.number().positive(),
    /** Spoken over the ledger, whose headline restates the thesis. */
    ledgerNote: spoken,
    /** The line the talk ends on, left up for questions: what follows for a peace regime. */
    endLine: text,
    endNote: spoken,
    /** Printed in the handout under the last line. */
    endPoints: z.array(text).min(1),
    /** The headline over the backup slides listing every source. */
    sourcesHeading: text,
  }),
  /** What the one-sheet handout takes from the talk beyond its slides. */
  handout: z.strictObject({
    /** The two or three quotations that carry the argument, by their ids: the sheet prints them verbatim, cited. */
    quotes: z.array(id).min(2).max(3),
    /** What the evidence is, in one sentence, with its source (the essay's note 1): the sheet's last line. */
    caveat: z.strictObject({ text: oneSentence, sources: sourceRefs }),
  }),
})

export const datasetSchema = z.strictObject({
  talk: talkSchema,
  actors: z.array(actorSchema).min(2),
  people: z.array(personSchema).min(1),
  places: z.array(placeSchema),
  sources: z.array(footnoteSchema).min(1),
  timeline: z.array(milestoneSchema),
  episodes: z.array(episodeSchema).min(1),
  framing: framingSchema,
})

export type Talk = z.infer<typeof talkSchema>
export type Actor = z.infer<typeof actorSchema>
export type Person = z.infer<typeof personSchema>
export type Place = z.infer<typeof placeSchema>
export type Source = z.infer<typeof footnoteSchema>
export type TimelineEvent = z.infer<typeof eventSchema>
export type Quote = z.infer<typeof quoteSchema>
export type StoryItem = z.infer<typeof storyItemSchema>
export type Milestone = z.infer<typeof milestoneSchema>
export type Episode = z.infer<typeof episodeSchema>
export type Framing = z.infer<typeof framingSchema>
export type Dataset = z.infer<typeof datasetSchema>
export type DatasetInput = z.input<typeof datasetSchema>
export type TalkInput = z.input<typeof talkSchema>
export type ActorInput = z.input<typeof actorSchema>
export type PersonInput = z.input<typeof personSchema>
export type PlaceInput = z.input<typeof placeSchema>
export type SourceInput = z.input<typeof footnoteSchema>
export type MilestoneInput = z.input<typeof milestoneSchema>
export type EpisodeInput = z.input<typeof episodeSchema>
export type FramingInput = z.input<typeof framingSchema>
