import type { Figure, Quote } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { inStoryOrder, quoteParts } from '../../scripts/generate/episode-slides.ts'

const quote = (id: string, date?: string) => ({ id, date }) as unknown as Quote
const figure = (id: string, date?: string) => ({ id, date }) as unknown as Figure
function ids(items: readonly (Quote[] | Figure)[]) {
  return items.map(item => Array.isArray(item)
    ? item.map(entry => entry.id).join('+')
    : item.id)
}

describe('quotes and figures in story order', () => {
  it('puts a dated figure before the first quote said after it, an undated quote taking the next dated one\'s date', () => {
    const groups = [
      [
        quote('undated'),
      ],
      [
        quote('october', '1950-10-14'),
        quote('same-day', '1950-10-14'),
      ],
    ]
    expect(ids(inStoryOrder(groups, [
      figure('july', '1950-07'),
    ]))).toEqual(['july', 'undated', 'october+same-day'])
    expect(ids(inStoryOrder(groups, [
      figure('november', '1950-11'),
    ]))).toEqual(['undated', 'october+same-day', 'november'])
  })

  it('keeps undated figures after the quotes, in their order', () => {
    expect(ids(inStoryOrder([
      [
        quote('q', '1950-01'),
      ],
    ], [
      figure('a'),
      figure('b'),
    ]))).toEqual(['q', 'a', 'b'])
  })
})

describe('a quotation\'s key phrase', () => {
  it('is its own run, the words around it kept verbatim', () => {
    expect(quoteParts('for him the order of Comrade Stalin is law.', 'the order of Comrade Stalin is law')).toEqual([
      { text: 'for him ', key: false },
      { text: 'the order of Comrade Stalin is law', key: true },
      { text: '.', key: false },
    ])
  })

  it('leaves a quote without one, or with one it does not contain, in one run', () => {
    expect(quoteParts('unity of the people', undefined)).toEqual([
      { text: 'unity of the people', key: false },
    ])
    expect(quoteParts('unity of the people', 'party')).toEqual([
      { text: 'unity of the people', key: false },
    ])
  })
})
