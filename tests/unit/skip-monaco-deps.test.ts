import type { UserConfig } from 'vite'
import { readFileSync } from 'node:fs'
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

  it('is safe because the deck turns Monaco off', () => {
    const headmatter = readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8').split(/^---$/m)[1]!
    expect(headmatter).toMatch(/^monaco: false$/m)
  })
})
