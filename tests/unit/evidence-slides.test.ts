import { describe, expect, it } from 'vitest'
import { QUOTE_WORDS_SHOWN, quoteParts } from '../../scripts/generate/episode-slides.ts'

describe('what a slide shows of a quotation', () => {
  it('is the whole text, its key phrase a run of its own and the words around it verbatim', () => {
    expect(quoteParts('for him the order of Comrade Stalin is law.', 'the order of Comrade Stalin is law')).toEqual({
      parts: [
        { text: 'for him ', key: false },
        { text: 'the order of Comrade Stalin is law', key: true },
        { text: '.', key: false },
      ],
      excerpt: false,
    })
  })

  it('is one run for a quote without a key phrase, or with one it does not contain', () => {
    expect(quoteParts('unity of the people', undefined)).toEqual({ parts: [{ text: 'unity of the people', key: false }], excerpt: false })
    expect(quoteParts('unity of the people', 'party')).toEqual({ parts: [{ text: 'unity of the people', key: false }], excerpt: false })
  })

  it('is the key phrase alone, marked as an excerpt, for a quote too long for the room', () => {
    const long = `${'word '.repeat(QUOTE_WORDS_SHOWN)}the point itself, and more words after it.`
    expect(quoteParts(long, 'the point itself')).toEqual({ parts: [{ text: '…the point itself…', key: false }], excerpt: true })
    expect(quoteParts(`The point itself ${'word '.repeat(QUOTE_WORDS_SHOWN)}end.`, 'The point itself')).toEqual({ parts: [{ text: 'The point itself…', key: false }], excerpt: true })
  })
})
