import type { Dataset, Episode } from '../../data/schema.ts'
import type { HistoricalDate } from './historical-date.ts'
import { worstCaseDistance } from './color-distance.ts'
import { canFallWithin, isOutOfOrder, parseHistoricalDate } from './historical-date.ts'

export type DatasetPath = readonly (string | number)[]
export interface DatasetProblem {
  readonly path: DatasetPath
  readonly message: string
}

/** Actor colours closer than this (CIEDE2000, worst of typical and simulated colour-deficient vision) are rejected: 10 reads as clearly different. */
export const MIN_ACTOR_COLOR_DISTANCE = 10

function duplicates(ids: readonly string[]): Map<number, string> {
  const seen = new Set<string>()
  const repeated = new Map<number, string>()
  ids.forEach((id, index) => {
    if (seen.has(id))
      repeated.set(index, id)
    seen.add(id)
  })
  return repeated
}

/** The dataset's ids and the shared checks every part of it uses, collecting problems in order. */
function problemCollector(dataset: Dataset) {
  const problems: DatasetProblem[] = []
  const report = (path: DatasetPath, message: string) => problems.push({ path, message })
  const actorIds = new Set(dataset.actors.map(actor => actor.id))
  const personIds = new Set(dataset.people.map(person => person.id))
  const sourceIds = new Set(dataset.sources.map(source => source.id))
  return {
    problems,
    report,
    actorIds,
    checkUnique(ids: readonly string[], pathOf: (index: number) => DatasetPath) {
      for (const [index, id] of duplicates(ids)) {
        report([
          ...pathOf(index),
          'id',
        ], `duplicate id "${id}"`)
      }
    },
    checkActor(path: DatasetPath, id: string) {
      if (!actorIds.has(id))
        report(path, `unknown actor "${id}"`)
    },
    checkPerson(path: DatasetPath, id: string) {
      if (!personIds.has(id))
        report(path, `unknown person "${id}"`)
    },
    checkSpeaker(path: DatasetPath, id: string) {
      if (!personIds.has(id) && !actorIds.has(id))
        report(path, `unknown person or actor "${id}"`)
    },
    checkSources(path: DatasetPath, ids: readonly string[]) {
      ids.forEach((id, index) => {
        if (!sourceIds.has(id))
          report([...path, index], `unknown source "${id}"`)
      })
    },
    checkDate(path: DatasetPath, text: string): HistoricalDate | undefined {
      const date = parseHistoricalDate(text)
      if (!date)
        report(path, `unparseable date "${text}"`)
      return date
    },
  }
}
type Collector = ReturnType<typeof problemCollector>

function checkRegisters(c: Collector, dataset: Dataset): void {
  c.checkUnique(dataset.actors.map(a => a.id), i => ['actors', i])
  c.checkUnique(dataset.people.map(p => p.id), i => ['people', i])
  c.checkUnique(dataset.sources.map(s => s.id), i => ['sources', i])
  c.checkUnique(dataset.episodes.map(e => e.id), i => ['episodes', i])
  const numbers = dataset.sources.map(s => ('number' in s
    ? `note ${s.number}`
    : s.id))
  for (const [index, number] of duplicates(numbers))
    c.report(['sources', index, 'number'], `duplicate footnote number (${number})`)
  c.checkDate(['talk', 'venue', 'date'], dataset.talk.venue.date)
  dataset.people.forEach((person, i) => c.checkActor(['people', i, 'actor'], person.actor))
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

function checkEventIdsAcrossEpisodes(c: Collector, dataset: Dataset): void {
  const allEvents = dataset.episodes.flatMap((episode, e) => episode.events.map((event, i) => ({
    id: event.id,
    path: ['episodes', e, 'events', i] as DatasetPath,
  })))
  for (const [index, id] of duplicates(allEvents.map(event => event.id)))
    c.report([...allEvents[index]!.path, 'id'], `duplicate event id "${id}"`)
}

/** Checks scoped to one episode: its period, its actors, and dates that must fall within the period. */
function episodeScope(c: Collector, episode: Episode, e: number) {
  const at = (...rest: (string | number)[]): DatasetPath => ['episodes', e, ...rest]
  const from = c.checkDate(at('period', 'from'), episode.period.from)
  const to = c.checkDate(at('period', 'to'), episode.period.to)
  if (from && to && isOutOfOrder(from, to))
    c.report(at('period', 'to'), `period ends (${episode.period.to}) before it begins (${episode.period.from})`)
  episode.actors.forEach((id, i) => c.checkActor(at('actors', i), id))
  const episodeActors = new Set(episode.actors)
  return {
    at,
    inPeriod(path: DatasetPath, text: string) {
      const date = c.checkDate(path, text)
      if (date && from && to && !canFallWithin(date, from, to))
        c.report(path, `date ${text} is outside the episode's period ${episode.period.from} to ${episode.period.to}`)
      return date
    },
    checkEpisodeActor(path: DatasetPath, id: string) {
      if (!c.actorIds.has(id))
        c.report(path, `unknown actor "${id}"`)
      else if (!episodeActors.has(id))
        c.report(path, `actor "${id}" is not listed in the episode's actors`)
    },
  }
}
type EpisodeScope = ReturnType<typeof episodeScope>

function checkEvents(c: Collector, scope: EpisodeScope, episode: Episode): void {
  const { at } = scope
  let previous: { date: HistoricalDate, id: string, text: string } | undefined
  episode.events.forEach((event, i) => {
    scope.checkEpisodeActor(at('events', i, 'from'), event.from)
    event.to.forEach((id, t) => scope.checkEpisodeActor(at('events', i, 'to', t), id))
    event.people.forEach((id, p) => c.checkPerson(at('events', i, 'people', p), id))
    c.checkSources(at('events', i, 'sources'), event.sources)
    const date = scope.inPeriod(at('events', i, 'date'), event.date)
    if (date && previous && isOutOfOrder(previous.date, date))
      c.report(at('events', i, 'date'), `events out of order: ${event.date} comes after "${previous.id}" (${previous.text})`)
    if (date)
      previous = { date, id: event.id, text: event.date }
  })
}

function checkFlowsQuotesFigures(c: Collector, scope: EpisodeScope, episode: Episode): void {
  const { at } = scope
  const eventIds = new Set(episode.events.map(event => event.id))
  c.checkUnique(episode.flows.map(f => f.id), i => at('flows', i))
  episode.flows.forEach((flow, f) => {
    flow.events.forEach((id, i) => {
      if (!eventIds.has(id))
        c.report(at('flows', f, 'events', i), `unknown event "${id}" (flows may only draw this episode's events)`)
    })
  })
  c.checkUnique(episode.quotes.map(q => q.id), i => at('quotes', i))
  episode.quotes.forEach((quote, q) => {
    c.checkSpeaker(at('quotes', q, 'speaker'), quote.speaker)
    c.checkSpeaker(at('quotes', q, 'audience'), quote.audience)
    if (quote.reportedBy)
      c.checkSpeaker(at('quotes', q, 'reportedBy'), quote.reportedBy)
    c.checkSources(at('quotes', q, 'sources'), quote.sources)
    if (quote.emphasis !== undefined && !quote.text.includes(quote.emphasis))
      c.report(at('quotes', q, 'emphasis'), `"${quote.emphasis}" is not a phrase of the quote's text`)
    if (quote.date)
      scope.inPeriod(at('quotes', q, 'date'), quote.date)
    else if (!quote.dateNote)
      c.report(at('quotes', q, 'dateNote'), 'a quote without a date needs a dateNote saying why')
  })
  c.checkUnique(episode.figures.map(f => f.id), i => at('figures', i))
  episode.figures.forEach((figure, f) => {
    c.checkSources(at('figures', f, 'sources'), figure.sources)
    if (figure.date)
      scope.inPeriod(at('figures', f, 'date'), figure.date)
    if (figure.portion?.upTo !== undefined && figure.portion.upTo <= figure.portion.percent)
      c.report(at('figures', f, 'portion', 'upTo'), `${figure.portion.upTo} must exceed percent ${figure.portion.percent}`)
  })
  if (episode.figures.length > 0 && !episode.figuresNote)
    c.report(at('figuresNote'), 'an episode with figures needs notes for its figures slide')
}

function checkBudget(c: Collector, dataset: Dataset): void {
  const budget = dataset.framing.opening.minutes + dataset.framing.closing.minutes
    + dataset.episodes.reduce((sum, episode) => sum + episode.minutes, 0)
  if (budget > dataset.talk.slotMinutes)
    c.report(['talk', 'slotMinutes'], `section budgets add up to ${budget} minutes, more than the ${dataset.talk.slotMinutes}-minute slot`)
}

/**
 * Checks what the schema cannot: ids that must exist or be unique, dates that must parse, fall within
 * their episode and run in order, colours that must stay apart, and time budgets that must fit the slot.
 */
export function findDatasetProblems(dataset: Dataset): DatasetProblem[] {
  const c = problemCollector(dataset)
  checkRegisters(c, dataset)
  checkColours(c, dataset)
  checkEventIdsAcrossEpisodes(c, dataset)
  dataset.episodes.forEach((episode, e) => {
    const scope = episodeScope(c, episode, e)
    checkEvents(c, scope, episode)
    checkFlowsQuotesFigures(c, scope, episode)
  })
  checkBudget(c, dataset)
  return c.problems
}
