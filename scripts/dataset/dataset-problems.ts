import type { Dataset, Episode, StoryItem } from '../../data/schema.ts'
import type { DatasetPath, DatasetProblem } from './dataset-error.ts'
import type { HistoricalDate } from './historical-date.ts'
import type { Collector } from './problem-collector.ts'
import { DIAGRAM_MAX_EVENTS } from '../../contract/room-rules.ts'
import { MAP_BOUNDS } from '../../contract/slide-views.ts'
import { apparatusIn, editorialBracketIn, spokenTexts } from './apparatus.ts'
import { worstCaseDistance } from './color-distance.ts'
import { checkHandout } from './handout-problems.ts'
import { canFallWithin, isOutOfOrder, spanOf } from './historical-date.ts'
import { duplicates, problemCollector } from './problem-collector.ts'

/** Actor colours closer than this (CIEDE2000, worst of typical and simulated colour-deficient vision) are rejected: 10 reads as clearly different. */
export const MIN_ACTOR_COLOR_DISTANCE = 10
/** What an arrow may say: a few words, at least one of them a word rather than a number. */
export const MAX_LABEL_WORDS = 6

function checkRegisters(c: Collector, dataset: Dataset): void {
  for (const part of ['actors', 'people', 'places', 'sources', 'timeline', 'episodes'] as const)
    c.checkUnique(dataset[part].map(record => record.id), i => [part, i])
  for (const [index, number] of duplicates(dataset.sources.map(s => ('number' in s ? `note ${s.number}` : s.id))))
    c.report(['sources', index, 'number'], `duplicate footnote number (${number})`)
  for (const [index, order] of duplicates(dataset.actors.map(actor => actor.order)))
    c.report(['actors', index, 'order'], `order ${order} is taken: every actor needs a place of its own on the diagrams`)
  c.checkDate(['talk', 'venue', 'date'], dataset.talk.venue.date)
  const actorIds = new Set(dataset.actors.map(actor => actor.id))
  dataset.people.forEach((person, i) => actorIds.has(person.id) && c.report(['people', i, 'id'], `"${person.id}" is an actor's id too, so a quote's speaker "${person.id}" could mean either: give the person another`))
  c.checkActor(['talk', 'focus'], dataset.talk.focus)
  dataset.people.forEach((person, i) => c.checkActor(['people', i, 'actor'], person.actor))
  dataset.places.forEach((place, i) => place.actor !== undefined && c.checkActor(['places', i, 'actor'], place.actor))
  for (const { path, text } of spokenTexts(dataset)) {
    const phrase = apparatusIn(text)
    if (phrase)
      c.report(path, `spoken notes carry apparatus ("${phrase}"): put it in a dateNote or a source's remark, printed in the margins`)
    const bracket = editorialBracketIn(text)
    if (bracket)
      c.report(path, `spoken notes carry an editor's brackets ("${bracket}"), which cannot be said aloud: quote the words on either side apart`)
  }
}

function checkPlaces(c: Collector, dataset: Dataset): void {
  const { west, east, south, north } = MAP_BOUNDS
  dataset.places.forEach((place, i) => {
    if (place.lon < west || place.lon > east)
      c.report(['places', i, 'lon'], `${place.lon} is off the map, which runs from ${west} to ${east} degrees east`)
    if (place.lat < south || place.lat > north)
      c.report(['places', i, 'lat'], `${place.lat} is off the map, which runs from ${south} to ${north} degrees north`)
  })
}

function checkColours(c: Collector, dataset: Dataset): void {
  dataset.actors.forEach((actor, i) => {
    dataset.actors.slice(i + 1).forEach((other, offset) => {
      const { distance, vision } = worstCaseDistance(actor.color, other.color)
      if (distance < MIN_ACTOR_COLOR_DISTANCE)
        c.report(['actors', i + offset + 1, 'color'], `colour ${other.color} is too close to ${actor.color} of "${actor.id}" (difference ${distance.toFixed(1)} under ${vision} vision, needs ${MIN_ACTOR_COLOR_DISTANCE})`)
    })
  })
}

function checkTimeline(c: Collector, dataset: Dataset): void {
  const checkEvent = c.known('event', dataset.episodes.flatMap(episode => episode.events.map(event => event.id)))
  dataset.timeline.forEach((milestone, i) => {
    if ('event' in milestone)
      return checkEvent(['timeline', i, 'event'], milestone.event)
    c.checkDate(['timeline', i, 'date'], milestone.date)
    c.checkSources(['timeline', i, 'sources'], milestone.sources)
  })
  const all = dataset.episodes.flatMap((episode, e) => episode.events.map(({ id }, i) => ({ id, path: ['episodes', e, 'events', i] })))
  c.checkUnique(all.map(event => event.id), index => all[index]!.path, 'event id')
}

/** A date as written, with the months it spans where it is a season or vague: `1951-winter (December 1951 to February 1952)`. */
function withSpan(text: string, date: HistoricalDate, open: string, close: string): string {
  const span = spanOf(date)
  return span ? `${text}${open}${span}${close}` : text
}

/** Checks scoped to one episode: its period, and dates that must fall within it. */
function episodeScope(c: Collector, episode: Episode, e: number) {
  const at = (...rest: (string | number)[]): DatasetPath => ['episodes', e, ...rest]
  const from = c.checkDate(at('period', 'from'), episode.period.from)
  const to = c.checkDate(at('period', 'to'), episode.period.to)
  const reversed = from && to && isOutOfOrder(from, to)
  if (reversed)
    c.report(at('period', 'to'), `period ends (${episode.period.to}) before it begins (${episode.period.from})`)
  // A period that ends before it begins holds no date: its one problem is named, not every date of the episode.
  const period = from && to && !reversed ? { from, to } : undefined
  const scope = {
    at,
    inPeriod(path: DatasetPath, text: string) {
      const date = c.checkDate(path, text)
      if (date && period && !canFallWithin(date, period.from, period.to))
        c.report(path, `date ${withSpan(text, date, ' (', ')')} is outside the episode's period ${episode.period.from} to ${episode.period.to}`)
      return date
    },
  }
  episode.finalSay.forEach((turn, i) => {
    turn.who.forEach((id, w) => c.checkActor(at('finalSay', i, 'who', w), id))
    if (turn.when !== undefined)
      scope.inPeriod(at('finalSay', i, 'when'), turn.when)
    // Set a line a turn, each led by its date: an undated turn would read as one more name of the turn before.
    else if (episode.finalSay.length > 1)
      c.report(at('finalSay', i, 'when'), 'missing: a final say that passes from one to another dates each turn, from when it holds')
  })
  const { evidence } = episode.lesson
  c.checkSources(at('lesson', 'evidence', 'sources'), evidence.sources)
  if (evidence.date !== undefined)
    scope.inPeriod(at('lesson', 'evidence', 'date'), evidence.date)
  return scope
}
type EpisodeScope = ReturnType<typeof episodeScope>

function checkEvents(c: Collector, scope: EpisodeScope, episode: Episode): void {
  const { at } = scope
  // The event so far that starts latest: a vaguely dated one between two others must not hide their contradiction.
  let previous: { date: HistoricalDate, id: string, text: string } | undefined
  episode.events.forEach((event, i) => {
    c.checkActor(at('events', i, 'from'), event.from)
    if (event.kind === 'acts' && event.to !== undefined)
      c.report(at('events', i, 'to'), 'a capital\'s own act has no recipient: drop `to`, or choose another kind')
    if (event.kind !== 'acts' && event.to === undefined)
      c.report(at('events', i, 'to'), `an event that ${event.kind} needs a recipient`)
    if (event.across && event.kind !== 'acts')
      c.report(at('events', i, 'across'), 'only a capital\'s own act (kind: \'acts\') is drawn across the diagram')
    if (event.to !== undefined) {
      c.checkActor(at('events', i, 'to'), event.to)
      if (event.to === event.from)
        c.report(at('events', i, 'to'), `"${event.from}" sends this to itself: make it an own act (kind: 'acts', no \`to\`)`)
    }
    if (!/\p{L}{2,}/u.test(event.label) || event.label.split(/\s+/).length > MAX_LABEL_WORDS)
      c.report(at('events', i, 'label'), `"${event.label}": an arrow says what happened in 1 to ${MAX_LABEL_WORDS} words`)
    if (event.place !== undefined)
      c.checkPlace(at('events', i, 'place'), event.place)
    event.route?.forEach((id, r) => c.checkPlace(at('events', i, 'route', r), id))
    c.checkSources(at('events', i, 'sources'), event.sources)
    const date = scope.inPeriod(at('events', i, 'date'), event.date)
    if (date && previous && isOutOfOrder(previous.date, date))
      c.report(at('events', i, 'date'), `events out of order: ${withSpan(event.date, date, ' (', ')')} comes after "${previous.id}" (${withSpan(previous.text, previous.date, ': ', '')})`)
    if (date && (!previous || date.earliest > previous.date.earliest))
      previous = { date, id: event.id, text: event.date }
  })
}

/** The events a diagram or a map draws: each of the episode's, in its order, and each exactly once in the episode. */
function checkDrawnEvents(c: Collector, scope: EpisodeScope, episode: Episode): void {
  const index = new Map(episode.events.map((event, i) => [event.id, i]))
  const drawnBy = new Map<string, string>()
  episode.story.forEach((item, s) => {
    if (item.kind !== 'diagram' && item.kind !== 'map')
      return
    if (item.kind === 'diagram' && item.events.length > DIAGRAM_MAX_EVENTS)
      c.report(scope.at('story', s, 'events'), `${item.events.length} events are more than a diagram holds legibly (${DIAGRAM_MAX_EVENTS}): split it into two diagrams`)
    item.events.forEach((id, i) => {
      const path = scope.at('story', s, 'events', i)
      const position = index.get(id)
      if (position === undefined)
        return c.report(path, `unknown event "${id}" (a ${item.kind} draws only its episode's events)`)
      if (drawnBy.has(id))
        c.report(path, `event "${id}" is already drawn by "${drawnBy.get(id)}": each event is drawn once`)
      drawnBy.set(id, item.id)
      if (i > 0 && position < index.get(item.events[i - 1]!)!)
        c.report(path, `"${id}" comes before "${item.events[i - 1]}" among the episode's events: draw them in time order`)
      const mapped = episode.events[position]!
      if (item.kind === 'map' && mapped.place === undefined && mapped.route === undefined)
        c.report(path, `event "${id}" has no place or route to show on the map`)
    })
    if (item.kind === 'map')
      item.places.forEach((id, i) => c.checkPlace(scope.at('story', s, 'places', i), id))
  })
  episode.events.forEach((event, i) => {
    if (!drawnBy.has(event.id))
      c.report(scope.at('events', i), `event "${event.id}" is drawn by no diagram or map of the episode`)
  })
}

function checkQuotesAndFigures(c: Collector, scope: EpisodeScope, item: StoryItem, s: number): void {
  const at = (...rest: (string | number)[]) => scope.at('story', s, ...rest)
  if (item.kind === 'figure') {
    c.checkSources(at('sources'), item.sources)
    if (item.portion?.upTo !== undefined && item.portion.upTo <= item.portion.percent)
      c.report(at('portion', 'upTo'), `${item.portion.upTo} must exceed percent ${item.portion.percent}`)
  }
  if (item.kind !== 'quote')
    return
  item.voices.forEach((quote, q) => {
    c.checkSpeaker(at('voices', q, 'speaker'), quote.speaker)
    c.checkSpeaker(at('voices', q, 'audience'), quote.audience)
    if (quote.reportedBy)
      c.checkSpeaker(at('voices', q, 'reportedBy'), quote.reportedBy)
    c.checkSources(at('voices', q, 'sources'), quote.sources)
    if (quote.emphasis !== undefined && !quote.text.includes(quote.emphasis))
      c.report(at('voices', q, 'emphasis'), `"${quote.emphasis}" is not a phrase of the quote's text`)
    if (quote.date)
      scope.inPeriod(at('voices', q, 'date'), quote.date)
    else if (!quote.dateNote)
      c.report(at('voices', q, 'dateNote'), 'a quote without a date needs a dateNote saying why')
  })
}

/** Checks what the schema cannot: cross-references, dates, drawn events, colours, apparatus, budgets, the handout. */
export function findDatasetProblems(dataset: Dataset): DatasetProblem[] {
  const c = problemCollector(dataset)
  checkRegisters(c, dataset)
  checkColours(c, dataset)
  checkPlaces(c, dataset)
  checkTimeline(c, dataset)
  dataset.episodes.forEach((episode, e) => {
    const scope = episodeScope(c, episode, e)
    checkEvents(c, scope, episode)
    checkDrawnEvents(c, scope, episode)
    c.checkUnique(episode.story.map(item => item.id), i => scope.at('story', i))
    episode.story.forEach((item, s) => checkQuotesAndFigures(c, scope, item, s))
  })
  const budget = dataset.framing.opening.minutes + dataset.framing.closing.minutes
    + dataset.episodes.reduce((sum, episode) => sum + episode.minutes, 0)
  if (budget > dataset.talk.slotMinutes)
    c.report(['talk', 'slotMinutes'], `section budgets add up to ${budget} minutes, more than the ${dataset.talk.slotMinutes}-minute slot`)
  checkHandout(c, dataset)
  return c.problems
}
