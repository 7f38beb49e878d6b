import type { Dataset } from '../../data/schema.ts'
import type { HistoricalDate } from './historical-date.ts'
import { worstCaseDistance } from './color-distance.ts'
import { canFallWithin, isOutOfOrder, parseHistoricalDate } from './historical-date.ts'

export type DatasetPath = readonly (string | number)[]
export interface DatasetProblem {
  readonly path: DatasetPath
  readonly message: string
}

/** Actor colours closer than this (CIE76, worst of typical and simulated colour-deficient vision) are rejected. */
export const MIN_ACTOR_COLOR_DISTANCE = 15

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

/**
 * Checks what the schema cannot: ids that must exist or be unique, dates that must parse, fall within
 * their episode and run in order, colours that must stay apart, and time budgets that must fit the slot.
 */
export function findDatasetProblems(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = []
  const report = (path: DatasetPath, message: string) => problems.push({ path, message })

  const actorIds = new Set(dataset.actors.map(actor => actor.id))
  const personIds = new Set(dataset.people.map(person => person.id))
  const sourceIds = new Set(dataset.sources.map(source => source.id))

  const checkUnique = (ids: readonly string[], pathOf: (index: number) => DatasetPath) => {
    for (const [index, id] of duplicates(ids)) {
      report([
        ...pathOf(index),
        'id',
      ], `duplicate id "${id}"`)
    }
  }
  const checkActor = (path: DatasetPath, id: string) => {
    if (!actorIds.has(id))
      report(path, `unknown actor "${id}"`)
  }
  const checkPerson = (path: DatasetPath, id: string) => {
    if (!personIds.has(id))
      report(path, `unknown person "${id}"`)
  }
  const checkSpeaker = (path: DatasetPath, id: string) => {
    if (!personIds.has(id) && !actorIds.has(id))
      report(path, `unknown person or actor "${id}"`)
  }
  const checkSources = (path: DatasetPath, ids: readonly string[]) => {
    ids.forEach((id, index) => {
      if (!sourceIds.has(id))
        report([...path, index], `unknown source "${id}"`)
    })
  }
  const checkDate = (path: DatasetPath, text: string): HistoricalDate | undefined => {
    const date = parseHistoricalDate(text)
    if (!date)
      report(path, `unparseable date "${text}"`)
    return date
  }

  checkUnique(dataset.actors.map(a => a.id), i => ['actors', i])
  checkUnique(dataset.people.map(p => p.id), i => ['people', i])
  checkUnique(dataset.sources.map(s => s.id), i => ['sources', i])
  checkUnique(dataset.episodes.map(e => e.id), i => ['episodes', i])
  const numbers = dataset.sources.map(s => ('number' in s
    ? `note ${s.number}`
    : s.id))
  for (const [index, number] of duplicates(numbers))
    report(['sources', index, 'number'], `duplicate footnote number (${number})`)

  checkDate(['talk', 'venue', 'date'], dataset.talk.venue.date)
  dataset.people.forEach((person, i) => checkActor(['people', i, 'actor'], person.actor))

  dataset.actors.forEach((actor, i) => {
    dataset.actors.slice(i + 1).forEach((other, offset) => {
      const { distance, vision } = worstCaseDistance(actor.color, other.color)
      if (distance < MIN_ACTOR_COLOR_DISTANCE) {
        report(['actors', i + offset + 1, 'color'], `colour ${other.color} is too close to ${actor.color} of "${actor.id}" (difference ${distance.toFixed(1)} under ${vision} vision, needs ${MIN_ACTOR_COLOR_DISTANCE})`)
      }
    })
  })

  const allEvents = dataset.episodes.flatMap((episode, e) => episode.events.map((event, i) => ({
    id: event.id,
    path: ['episodes', e, 'events', i] as DatasetPath,
  })))
  for (const [index, id] of duplicates(allEvents.map(event => event.id)))
    report([...allEvents[index]!.path, 'id'], `duplicate event id "${id}"`)

  dataset.episodes.forEach((episode, e) => {
    const at = (...rest: (string | number)[]): DatasetPath => ['episodes', e, ...rest]
    const from = checkDate(at('period', 'from'), episode.period.from)
    const to = checkDate(at('period', 'to'), episode.period.to)
    if (from && to && isOutOfOrder(from, to))
      report(at('period', 'to'), `period ends (${episode.period.to}) before it begins (${episode.period.from})`)
    const inPeriod = (path: DatasetPath, text: string) => {
      const date = checkDate(path, text)
      if (date && from && to && !canFallWithin(date, from, to))
        report(path, `date ${text} is outside the episode's period ${episode.period.from} to ${episode.period.to}`)
      return date
    }

    episode.actors.forEach((id, i) => checkActor(at('actors', i), id))
    const episodeActors = new Set(episode.actors)
    const checkEpisodeActor = (path: DatasetPath, id: string) => {
      if (!actorIds.has(id))
        report(path, `unknown actor "${id}"`)
      else if (!episodeActors.has(id))
        report(path, `actor "${id}" is not listed in the episode's actors`)
    }

    let previous: { date: HistoricalDate, id: string, text: string } | undefined
    episode.events.forEach((event, i) => {
      checkEpisodeActor(at('events', i, 'from'), event.from)
      event.to.forEach((id, t) => checkEpisodeActor(at('events', i, 'to', t), id))
      event.people.forEach((id, p) => checkPerson(at('events', i, 'people', p), id))
      checkSources(at('events', i, 'sources'), event.sources)
      const date = inPeriod(at('events', i, 'date'), event.date)
      if (date && previous && isOutOfOrder(previous.date, date))
        report(at('events', i, 'date'), `events out of order: ${event.date} comes after "${previous.id}" (${previous.text})`)
      if (date)
        previous = { date, id: event.id, text: event.date }
    })

    const eventIds = new Set(episode.events.map(event => event.id))
    checkUnique(episode.flows.map(f => f.id), i => at('flows', i))
    episode.flows.forEach((flow, f) => {
      flow.events.forEach((id, i) => {
        if (!eventIds.has(id))
          report(at('flows', f, 'events', i), `unknown event "${id}" (flows may only draw this episode's events)`)
      })
    })

    checkUnique(episode.quotes.map(q => q.id), i => at('quotes', i))
    episode.quotes.forEach((quote, q) => {
      checkSpeaker(at('quotes', q, 'speaker'), quote.speaker)
      checkSpeaker(at('quotes', q, 'audience'), quote.audience)
      if (quote.reportedBy)
        checkSpeaker(at('quotes', q, 'reportedBy'), quote.reportedBy)
      checkSources(at('quotes', q, 'sources'), quote.sources)
      if (quote.date)
        inPeriod(at('quotes', q, 'date'), quote.date)
      else if (!quote.dateNote)
        report(at('quotes', q, 'dateNote'), 'a quote without a date needs a dateNote saying why')
    })

    checkUnique(episode.figures.map(f => f.id), i => at('figures', i))
    episode.figures.forEach((figure, f) => checkSources(at('figures', f, 'sources'), figure.sources))
    if (episode.figures.length > 0 && !episode.figuresNote)
      report(at('figuresNote'), 'an episode with figures needs notes for its figures slide')
  })

  const budget = dataset.framing.opening.minutes + dataset.framing.closing.minutes
    + dataset.episodes.reduce((sum, episode) => sum + episode.minutes, 0)
  if (budget > dataset.talk.slotMinutes)
    report(['talk', 'slotMinutes'], `section budgets add up to ${budget} minutes, more than the ${dataset.talk.slotMinutes}-minute slot`)

  return problems
}
