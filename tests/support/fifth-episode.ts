import type { RawDataset } from './datasets.ts'
import { join } from 'node:path'
import { writeDatasetDir } from './dataset-files.ts'
import { rawDataset, temporaryDir } from './datasets.ts'

/**
 * What the README's "Adding an episode" asks of an author: a copy of an episode file under new ids,
 * and the slot raised to make room for it.
 */
export function addEpisodeAsTheReadmeSays(raw: RawDataset): RawDataset {
  const added = structuredClone(raw.episodes.at(-1))
  const renamed = (id: string) => `added-${id}`
  added.id = renamed(added.id)
  added.title = `${added.title} (again)`
  added.turningPoint = renamed(added.turningPoint)
  added.events = added.events.map((event: RawDataset) => ({
    ...event,
    id: renamed(event.id),
  }))
  added.story = added.story.map((item: RawDataset) => ({
    ...item,
    id: renamed(item.id),
    ...(item.events
      ? {
          events: item.events.map(renamed),
        }
      : {}),
    ...(item.voices
      ? {
          voices: item.voices.map((quote: RawDataset) => ({
            ...quote,
            id: renamed(quote.id),
          })),
        }
      : {}),
  }))
  // The talk already fills its slot, so the slot grows by the new budget and a minute of margin.
  raw.talk.slotMinutes += Math.ceil(added.minutes) + 1
  raw.episodes.push(added)
  return raw
}

/** Keys whose values are dates in an episode: an event's, a lesson's evidence, a final say's turn, a period's ends. */
const DATE_KEYS = new Set(['date', 'from', 'to', 'when'])

/** Moves every date of an episode `years` later: `1956-09` becomes `1965-09` for 9. */
function shiftDates(node: unknown, years: number): unknown {
  if (Array.isArray(node))
    return node.map(item => shiftDates(item, years))
  if (node === null || typeof node !== 'object')
    return node
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, DATE_KEYS.has(key) && typeof value === 'string' && /^\d{4}/.test(value)
    ? `${Number(value.slice(0, 4)) + years}${value.slice(4)}`
    : shiftDates(value, years)]))
}

/**
 * The README's recipe, as a new user followed it: the copy becomes a later episode of its own, its
 * dates moved on by the length of the last one's period plus one year (1953–1961 becomes 1962–1970),
 * so the decade's timeline widens to hold it.
 */
export function addLaterEpisode(raw: RawDataset): RawDataset {
  addEpisodeAsTheReadmeSays(raw)
  const added = raw.episodes.at(-1)
  const { from, to } = added.period
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1
  const shifted = shiftDates(added, years) as RawDataset
  shifted.period.label = `${shifted.period.from.slice(0, 4)}–${shifted.period.to.slice(0, 4)}`
  shifted.title = 'Between Moscow and Beijing'
  raw.episodes[raw.episodes.length - 1] = shifted
  return raw
}

/** A copy of a dataset folder with one more episode file, `NN-added.ts`, written as the README says. */
export async function datasetWithAddedEpisode(source: string, add: (raw: RawDataset) => RawDataset = addEpisodeAsTheReadmeSays): Promise<string> {
  const { raw, files } = await rawDataset(source)
  add(raw)
  const next = String(raw.episodes.length).padStart(2, '0')
  return writeDatasetDir(raw, [...files.episodes, `${next}-added.ts`], join(temporaryDir('added-episode-'), 'data'))
}
