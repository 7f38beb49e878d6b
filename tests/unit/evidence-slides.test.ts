import { describe, expect, it } from 'vitest'
import { countWords } from '../../contract/slide-views.ts'
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

  it('weighs Chinese and Japanese, written without spaces, by their characters, so a long quotation is not taken for a few words', () => {
    // 132 characters and no space: read as one word, the slide set them whole in its large type and ran off the canvas.
    const chinese = '我们认为继续战争对我们不利因为每天的损失大于正在讨论遣返的战俘人数'.repeat(4)
    expect(countWords(chinese)).toBe(44)
    expect(countWords('毛泽东是对的')).toBe(2)
    expect(countWords('Mao Zedong is right')).toBe(4)
    expect(countWords('김일성 은 물었다')).toBe(3)
    expect(quoteParts(`${chinese}战争是有利的`, '战争是有利的')).toEqual({ parts: [{ text: '…战争是有利的', key: false }], excerpt: true })
  })
})
