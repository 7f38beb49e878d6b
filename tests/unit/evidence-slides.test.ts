import { describe, expect, it } from 'vitest'
import { quoteParts } from '../../scripts/generate/episode-slides.ts'

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
