import type { UserConfig } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { skipMonacoDeps, withoutMonacoDeps } from '../../vite-plugins/skip-monaco-deps.ts'

const SLIDEV_INCLUDES = [
  '@typescript/ata',
  'lz-string',
  'typescript',
  'yaml',
]
const nested = (id: string) => `@slidev/cli > @slidev/client > ${id}`

describe('the dev server pre-bundles no Monaco dependency', () => {
  it('drops TypeScript and its type acquisition, by name and as Slidev nests them, and keeps the rest', () => {
    expect(withoutMonacoDeps([
      ...SLIDEV_INCLUDES,
      ...SLIDEV_INCLUDES.map(nested),
      'typescript-eslint',
    ])).toEqual([
      'lz-string',
      'yaml',
      nested('lz-string'),
      nested('yaml'),
      'typescript-eslint',
    ])
  })

  it('edits the list Slidev has set, after Slidev', () => {
    const plugin = skipMonacoDeps()
    const config: UserConfig = {
      optimizeDeps: {
        include: [...SLIDEV_INCLUDES],
      },
    }
    ;(plugin.config as (config: UserConfig) => void)(config)
    expect(plugin.enforce).toBe('post')
    expect(config.optimizeDeps!.include).toEqual(['lz-string', 'yaml'])
  })

  it('is still needed: the installed Slidev still pre-bundles TypeScript and its type acquisition', () => {
    const dist = join(PROJECT_ROOT, 'node_modules', '@slidev', 'cli', 'dist')
    const modules = readdirSync(dist).filter(name => name.endsWith('.mjs'))
    const listIn = (name: string) => /\bINCLUDE_GLOBAL = (\[[^\]]*\])/.exec(readFileSync(join(dist, name), 'utf8'))?.[1]
    const lists = modules.map(listIn).filter(list => list !== undefined)
    expect(lists, 'Slidev\'s list of dependencies to pre-bundle (INCLUDE_GLOBAL) has moved: see docs/workarounds.md').toHaveLength(1)
    const include = JSON.parse(lists[0]!.replaceAll(/,\s*\]$/g, ']')) as string[]
    expect(include).toEqual(expect.arrayContaining(['typescript', '@typescript/ata']))
    expect(withoutMonacoDeps(include)).toEqual(include.filter(id => id !== 'typescript' && id !== '@typescript/ata'))
  })

  it('is safe because the deck turns Monaco off', () => {
    const headmatter = readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8').split(/^---$/m)[1]!
    expect(headmatter).toMatch(/^monaco: false$/m)
  })
})
