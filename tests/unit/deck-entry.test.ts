import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryFor, withProjectAddon } from '../../scripts/build/deck-entry.ts'

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

describe('an entry\'s folder', () => {
  // Vite serves a root whose path holds one of these as a blank page (`npm run dev -- --data "talk #2"`).
  it.each(['talk #2', 'why?', 'draft*'])('holds none of the characters Vite cannot serve from, for a dataset folder named %s', (name) => {
    const { root } = entryFor(join('/talks', name))
    expect(basename(root)).not.toMatch(/[#?*]/)
    expect(basename(root)).toMatch(/^(?:talk|why|draft)/)
  })

  it('still tells apart folders whose names differ only in those characters', () => {
    expect(entryFor('/talks/talk #2').root).not.toBe(entryFor('/talks/talk ?2').root)
  })
})
