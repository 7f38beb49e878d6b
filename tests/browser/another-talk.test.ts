import type { DeckModel } from '../../contract/deck-model.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { PROJECT_DATA } from '../../scripts/files/project-root.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { addLaterEpisode, datasetWithAddedEpisode } from '../support/fifth-episode.ts'
import { runScript } from '../support/run-script.ts'

// The talk with a fifth episode after the fourth, as a user would add one: the timeline's range widens,
// the ledger and the last lesson grow by a row. Every slide that shows all the episodes must still fit.
describe('the talk with a fifth, later episode', () => {
  let data: string
  let deck: DeckModel

  beforeAll(async () => {
    data = await datasetWithAddedEpisode(PROJECT_DATA, addLaterEpisode)
    deck = buildDeckModel((await loadDataset(data)).dataset)
  })

  it('counts its episodes in its headings from the data', () => {
    const timeline = deck.slides.find(slide => slide.view.kind === 'timeline')!
    expect(timeline.title).toMatch(/\bfive episodes\b/)
  })

  it('passes the room rules on the timeline, the ledger and the last lesson: nothing off the canvas, no labels on each other', async () => {
    const kinds = new Set(['timeline', 'ledger'])
    const lessons = deck.slides.filter(slide => slide.view.kind === 'lesson')
    const chosen = [...deck.slides.filter(slide => kinds.has(slide.view.kind)), lessons.at(-1)!].map(slide => slide.number)
    expect(chosen.length).toBeGreaterThanOrEqual(3)
    const check = await runScript('check', ['--data', data, '--slides', chosen.join(',')])
    expect(check.output).toContain(`check: all ${chosen.length} slides pass.`)
    expect(check.status).toBe(0)
  })
})
