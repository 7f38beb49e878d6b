import { describe, expect, it } from 'vitest'
import { withProjectAddon } from '../../scripts/build/deck-entry.ts'

describe('an entry\'s slides.md', () => {
  it.each([
    ['Unix', '\n'],
    ['Windows', '\r\n'],
  ])('lists the project as an addon, with %s line ends as the checkout has them', (_name, eol) => {
    const settings = [
      '---',
      'theme: default',
      'src: ./generated/deck.md',
      '---',
      '',
    ].join(eol)
    expect(withProjectAddon(settings, '/work/project')).toBe([
      '---',
      'addons:',
      '  - "/work/project"',
      'theme: default',
      'src: ./generated/deck.md',
      '---',
      '',
    ].join(eol))
  })

  it('refuses a slides.md without its headmatter, saying what is missing', () => {
    expect(() => withProjectAddon('# A deck\n', '/work/project')).toThrow(/must begin with its headmatter/)
  })
})
