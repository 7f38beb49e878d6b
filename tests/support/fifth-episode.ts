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

/** A copy of a dataset folder with one more episode file, `NN-added.ts`, written as the README says. */
export async function datasetWithAddedEpisode(source: string): Promise<string> {
  const { raw, files } = await rawDataset(source)
  addEpisodeAsTheReadmeSays(raw)
  const next = String(raw.episodes.length).padStart(2, '0')
  return writeDatasetDir(raw, [...files.episodes, `${next}-added.ts`], join(temporaryDir('added-episode-'), 'data'))
}
