import type { Plugin } from 'vite'
import { basename, join } from 'node:path'
import { resolveOptions } from '@slidev/cli'
import { describe, expect, it } from 'vitest'
import { entryFor, withProjectAddon, writeDeckEntry } from '../../scripts/build/deck-entry.ts'
import { registerPreparsers } from '../../scripts/dev/slidev-preparsers.ts'
import viteConfig from '../../vite.config.ts'
import { SECOND_TALK } from '../support/datasets.ts'

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

describe('an entry\'s page', () => {
  it('names the speaker in its author meta without quotes, which Slidev\'s page wraps it in', async () => {
    const { entry } = await writeDeckEntry(SECOND_TALK)
    await registerPreparsers()
    // The page Slidev builds the deck from, and its single HTML file: the build runs the Vite config's HTML hooks on it.
    const { indexHtml } = (await resolveOptions({ entry: entry.slides }, 'build')).utils
    expect(indexHtml).toContain('<meta name="author" content="&quot;Test Speaker&quot;">')
    const plugin = (viteConfig.plugins as Plugin[]).find(candidate => candidate && candidate.name === 'deck-author-meta')!
    const transform = plugin.transformIndexHtml as (html: string) => string
    expect(transform(indexHtml)).toContain('<meta name="author" content="Test Speaker">')
  })
})
