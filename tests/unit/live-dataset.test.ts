import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { renderDeckMarkdown } from '../../scripts/generate/render-markdown.ts'
import { estimateSpeakingTime } from '../../scripts/generate/speaking-time.ts'
import { MAIN_DATA } from '../support/datasets.ts'
import { datasetWithAddedEpisode } from '../support/fifth-episode.ts'

/** What must hold of any talk in data/: it validates, builds a section per episode file, and fits its slot. */
async function expectTalkHolds(dir: string): Promise<void> {
  const { dataset } = await loadDataset(dir)
  expect(dataset.episodes).toHaveLength(readdirSync(join(dir, 'episodes')).filter(name => name.endsWith('.ts')).length)
  const deck = buildDeckModel(dataset)
  expect(deck.sections.filter(section => section.kind === 'episode').map(section => section.id)).toEqual(dataset.episodes.map(episode => episode.id))
  expect(renderDeckMarkdown(deck).length).toBeGreaterThan(0)
  const timings = estimateSpeakingTime(deck)
  for (const timing of timings)
    expect(Math.abs(timing.ratio - 1), `${timing.title}: ${timing.estimatedMinutes.toFixed(1)} of ${timing.budgetMinutes} min`).toBeLessThanOrEqual(0.2)
  const total = timings.reduce((sum, timing) => sum + timing.estimatedMinutes, 0)
  expect(total).toBeLessThanOrEqual(dataset.talk.slotMinutes)
  expect(total).toBeGreaterThanOrEqual(dataset.talk.slotMinutes * 0.8)
}

describe('the talk in data/', () => {
  it('validates, builds and fits its slot', async () => {
    await expectTalkHolds(MAIN_DATA)
  })

  it('still does with an episode added as the README describes', async () => {
    await expectTalkHolds(await datasetWithAddedEpisode(MAIN_DATA))
  })
})
