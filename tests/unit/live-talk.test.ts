import type { DeckModel } from '../../contract/deck-model.ts'
import type { Dataset } from '../../data/schema.ts'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatSeconds } from '../../contract/deck-model.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { MAIN_DATA } from '../support/datasets.ts'
import { estimateSpeakingTime, maxTimedSlides, SECONDS_PER_TIMED_SLIDE, SLACK_SECONDS, spokenSeconds } from '../support/speaking-time.ts'

/** What must hold of the talk in data/: it validates, builds a section per episode file, and leaves slack in its slot. */
let dataset: Dataset
let deck: DeckModel
beforeAll(async () => {
  dataset = (await loadDataset(MAIN_DATA)).dataset
  deck = buildDeckModel(dataset)
})

describe('the talk in data/', () => {
  it('validates and builds a section for each episode file', () => {
    expect(dataset.episodes).toHaveLength(readdirSync(join(MAIN_DATA, 'episodes')).filter(name => /^[^.].*\.ts$/.test(name)).length)
    expect(deck.sections.filter(section => section.kind === 'episode').map(section => section.id)).toEqual(dataset.episodes.map(episode => episode.id))
  })

  it(`is spoken in the slot less ${SLACK_SECONDS} s of slack, at the talk's pace`, () => {
    const spoken = spokenSeconds(deck)
    expect(spoken, `${formatSeconds(spoken)} of notes`).toBeLessThanOrEqual(dataset.talk.slotMinutes * 60 - SLACK_SECONDS)
  })

  it('keeps each section\'s notes within a fifth of its budget', () => {
    for (const timing of estimateSpeakingTime(deck))
      expect(Math.abs(timing.ratio - 1), `${timing.title}: ${timing.estimatedMinutes.toFixed(1)} of ${timing.budgetMinutes} min`).toBeLessThanOrEqual(0.2)
  })

  it(`has at most a timed slide for every ${SECONDS_PER_TIMED_SLIDE} s of its slot`, () => {
    expect(deck.slides.filter(slide => !slide.backup).length).toBeLessThanOrEqual(maxTimedSlides(dataset.talk.slotMinutes))
  })
})
