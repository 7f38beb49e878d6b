import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { SlideView } from '../../contract/slide-views.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { clickCues, cueText } from '../../scripts/export/click-cues.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { SECOND_TALK } from '../support/datasets.ts'

let deck: DeckModel

beforeAll(async () => {
  deck = buildDeckModel((await loadDataset(SECOND_TALK)).dataset)
})

function slideOf<K extends SlideView['kind']>(kind: K, index = 0): SlideModel & { view: Extract<SlideView, { kind: K }> } {
  return deck.slides.filter(slide => slide.view.kind === kind)[index] as SlideModel & { view: Extract<SlideView, { kind: K }> }
}

describe('what each click brings on screen', () => {
  it('is an event a click on a diagram, the sender and the arrow\'s label, and the answer at the click after the last event', () => {
    const diagram = slideOf('decision')
    const cues = clickCues(diagram.view, diagram.notes.steps.length).map(shown => shown.map(cueText))
    expect(cues).toEqual([
      ['Pyongyang → Moscow: asks to attack the South'],
      ['Moscow → Pyongyang: refuses'],
      ['Washington: withdraws its troops'],
      ['Moscow → Pyongyang: still not favourable'],
      ['the answer: Only Moscow could say yes'],
    ])
  })

  it('is the place and the event a click on a map', () => {
    const map = slideOf('map')
    expect(clickCues(map.view, map.notes.steps.length).map(shown => shown.map(cueText))).toEqual([
      ['Seoul: Pyongyang invades the South'],
    ])
  })

  it('is nothing on a slide whose view does not change with a click', () => {
    expect(clickCues(slideOf('points').view, 2)).toEqual([[], []])
  })
})
