import type { Dataset } from '../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../scripts/lib/load-dataset.ts'
import { MAIN_DATA } from './support/datasets.ts'

/**
 * Checks of the live talk's dataset against classes of error a fact audit found (issue 7), as opposed to
 * the structural checks in dataset-validation.test.ts.
 */

interface Prose {
  readonly where: string
  readonly text: string
}

/**
 * Every piece of the dataset's own prose: notes, labels, details, descriptions, lesson points and the
 * framing. Quotations of documents and the footnotes are left out: they are verbatim and not ours to word.
 */
function proseOf(dataset: Dataset): Prose[] {
  const prose: Prose[] = []
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string')
      prose.push({ where, text: value })
    else if (Array.isArray(value))
      value.forEach((item, i) => walk(item, `${where}[${i}]`))
    else if (value !== null && typeof value === 'object')
      Object.entries(value).forEach(([key, item]) => walk(item, `${where}.${key}`))
  }
  walk(dataset.talk, 'talk')
  walk(dataset.framing, 'framing')
  walk(dataset.actors, 'actors')
  walk(dataset.people, 'people')
  dataset.episodes.forEach((episode) => {
    const { quotes, ...rest } = episode
    walk(rest, `episodes(${episode.id})`)
    quotes.forEach(({ text: _verbatim, ...quote }) => walk(quote, `episodes(${episode.id}).quotes(${quote.id})`))
  })
  return prose
}

const COUNT_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+'
/** A count of things the generator lays out from the data: timeline steps, events, moves, figures. */
const DATA_COUNT = new RegExp(`\\b(?:${COUNT_WORDS})\\s+(?:steps?|events?|moves?|turns?|numbers?|figures?)\\b`, 'i')

describe('the talk\'s dataset', async () => {
  const { dataset } = await loadDataset(MAIN_DATA)
  const prose = proseOf(dataset)

  describe('states no counts of what the data lays out, which drift when an event or figure is added', () => {
    it.each([
      ['Eight steps, from postwar reconstruction to the 1961 treaties.', true],
      ['Nine steps from the invasion', true],
      ['Three numbers. Some 70,000 Soviet pilots', true],
      ['One number explains much of that dependence.', true],
      ['12 events in all', true],
      ['Two weeks in October, as a diagram.', false],
      ['On 1 October Kim asks Moscow for help.', false],
      ['Two requests, two refusals.', false],
    ])('the matcher on "%s" finds a count: %s', (text, found) => {
      expect(DATA_COUNT.test(text)).toBe(found)
    })

    it('in any note, label or other prose', () => {
      const counts = prose.filter(({ text }) => DATA_COUNT.test(text)).map(({ where, text }) => `${where}: ${DATA_COUNT.exec(text)![0]}`)
      expect(counts).toEqual([])
    })
  })
})
