import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { countWords, estimateSpeakingTime } from '../../scripts/generate/speaking-time.ts'
import { MAIN_DATA } from '../support/datasets.ts'

describe('speaking time', () => {
  it('counts words, not markers or punctuation', () => {
    expect(countWords('  Kim asked -- twice. [click] Stalin: no. ')).toBe(5)
  })

  it('fits each section\'s budget within 20% and the slot in total', async () => {
    const { dataset } = await loadDataset(MAIN_DATA)
    const deck = buildDeckModel(dataset)
    const timings = estimateSpeakingTime(deck)
    for (const timing of timings)
      expect(Math.abs(timing.ratio - 1), `${timing.title}: ${timing.estimatedMinutes.toFixed(1)} of ${timing.budgetMinutes} min`).toBeLessThanOrEqual(0.2)
    const total = timings.reduce((sum, timing) => sum + timing.estimatedMinutes, 0)
    expect(total).toBeLessThanOrEqual(dataset.talk.slotMinutes)
    expect(total).toBeGreaterThanOrEqual(dataset.talk.slotMinutes * 0.8)
  })
})
