import type { DeckEntry } from './deck-entry.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { PROJECT_ROOT } from '../files/project-root.ts'
import { DECK_MARKDOWN, HEADMATTER_FILE } from '../generate/generate-deck.ts'

const DECK_DIRS = ['client', 'components', 'contract', 'layouts', 'setup', 'styles', 'vite-plugins']
/** What a build depends on in the project, besides the entry: the deck's own files, the build code and the locked packages. */
const BUILD_INPUTS = [...DECK_DIRS, 'custom-nav-controls.vue', 'global-top.vue', 'index.html', 'vite.config.ts', 'scripts/build', 'package-lock.json']

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path)
  if (!existsSync(full))
    return []
  if (!statSync(full).isDirectory())
    return [full]
  return readdirSync(full, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(entry => filesUnder(root, join(path, entry.name)))
}

/** A digest of every file's path and content under the given inputs, in a stable order. */
export function inputsDigest(root: string, inputs: readonly string[]): string {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(input => filesUnder(root, input)))
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

/** What a static build bakes in: BUILD_INPUTS, `slides.md` and the entry's generated files; the same digest reuses a build. */
export function buildDigest(entry: DeckEntry): string {
  return createHash('sha256')
    .update(inputsDigest(PROJECT_ROOT, BUILD_INPUTS))
    // An entry's own slides.md is the project's with the project listed as an addon: the same settings wherever the entry lives.
    .update(readFileSync(join(PROJECT_ROOT, 'slides.md')))
    .update(readFileSync(join(entry.generated, DECK_MARKDOWN)))
    .update(readFileSync(join(entry.generated, HEADMATTER_FILE)))
    .digest('hex')
}
