import { describe, expect, it } from 'vitest'
import { apparatusIn, editorialBracketIn } from '../../scripts/dataset/apparatus.ts'

describe('apparatus in spoken notes', () => {
  it.each([
    ['Note 16, cited here, is missing from the essay\'s list.', 'Note 16'],
    ['The essay gives no month.', 'The essay gives'],
    ['It gives no date for the signing.', 'gives no date'],
    ['See the footnote.', 'footnote'],
    ['Ibid., p. 8.', 'Ibid'],
  ])('finds %j', (text, phrase) => {
    expect(apparatusIn(text)).toBe(phrase)
  })

  it.each([
    'On 12 October Mao tells Stalin that China cannot send troops.',
    'Note the channel: Beijing answers Moscow.',
    'Some 70,000 Soviet airmen fought over the war.',
  ])('lets speech through: %j', (text) => {
    expect(apparatusIn(text)).toBeUndefined()
  })

  it.each([
    ['Zhou reports: “The [North] Koreans believe', '[North]'],
    ['during the war. [...] Of course', '[...]'],
  ])('finds an editor\'s brackets, which print but cannot be said: %j', (text, bracket) => {
    expect(editorialBracketIn(text)).toBe(bracket)
    expect(apparatusIn(text)).toBeUndefined()
  })

  it('lets brackets outside a quotation through: they may be Markdown the generator escapes', () => {
    expect(editorialBracketIn('Then --> [click] </div>, and “a quote” after.')).toBeUndefined()
  })
})
