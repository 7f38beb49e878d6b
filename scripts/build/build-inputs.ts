import type { DeckEntry } from './deck-entry.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { PROJECT_ROOT } from '../files/project-root.ts'
import { DECK_MARKDOWN, HEADMATTER_FILE } from '../generate/generate-deck.ts'

const DECK_DIRS = ['client', 'components', 'contract', 'layouts', 'setup', 'styles', 'vite-plugins']
/** What a build depends on in the project, besides the entry: the deck's own files, the build code and the locked packages. */
const BUILD_INPUTS = [...DECK_DIRS, 'custom-nav-controls.vue', 'global-top.vue', 'index.html', 'vite.config.ts', 'scripts/build', 'package-lock.json']

/** Every entry under `path`, folders and links to nowhere too: the dataset's loader sees an empty `05-x.ts/` or a broken link. */
function entriesUnder(root: string, path: string): string[] {
  const full = join(root, path)
  if (!existsSync(full) || !statSync(full).isDirectory())
    return [full]
  return [full, ...readdirSync(full).sort().flatMap(name => entriesUnder(root, join(path, name)))]
}

/** A digest of every entry's path, and each file's content, under the given inputs, in a stable order. */
export function inputsDigest(root: string, inputs: readonly string[]): string {
  const hash = createHash('sha256')
  for (const entry of inputs.flatMap(input => entriesUnder(root, input))) {
    hash.update(relative(root, entry)).update('\0')
    if (statSync(entry, { throwIfNoEntry: false })?.isFile())
      hash.update(readFileSync(entry)).update('\0')
  }
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
