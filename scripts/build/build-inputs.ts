import type { DeckEntry } from './deck-entry.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { DECK_MODEL_FILE } from '../../contract/deck-model.ts'
import { PROJECT_ROOT } from '../files/project-root.ts'
import { DECK_MARKDOWN } from '../generate/generate-deck.ts'

/** What a build depends on in the project, besides the entry: the deck's own files, the build code and the locked packages. */
export const PROJECT_BUILD_INPUTS = [
  'client',
  'components',
  'contract',
  'setup',
  'styles',
  'vite-plugins',
  'custom-nav-controls.vue',
  'global-top.vue',
  'index.html',
  'vite.config.ts',
  'scripts/build',
  'package-lock.json',
] as const

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
  for (const file of inputs.flatMap(input => filesUnder(root, input))) {
    hash.update(relative(root, file))
    hash.update('\0')
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** The talk settings that setup/preparser.ts copies into the headmatter: part of the build, unlike slide content. */
function headmatterSettings(entry: DeckEntry): string {
  const { talk } = JSON.parse(readFileSync(join(entry.generated, DECK_MODEL_FILE), 'utf8')) as { talk: Record<string, unknown> }
  return JSON.stringify([
    talk.title,
    talk.subtitle,
    talk.speaker,
    talk.slotMinutes,
  ])
}

/**
 * The deck's shape: everything a static build bakes in. Slide content is not part of it (the page
 * reads it from `deck-model.js`); slide count, kinds, titles, clicks, notes and settings are.
 */
export function shapeDigest(entry: DeckEntry): string {
  return createHash('sha256')
    .update(inputsDigest(PROJECT_ROOT, PROJECT_BUILD_INPUTS))
    // An entry's own slides.md is the project's with the project listed as an addon: the same settings wherever the entry lives.
    .update(readFileSync(join(PROJECT_ROOT, 'slides.md')))
    .update(readFileSync(join(entry.generated, DECK_MARKDOWN)))
    .update(headmatterSettings(entry))
    .digest('hex')
}
