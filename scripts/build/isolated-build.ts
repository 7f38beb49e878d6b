import type { DeckModel } from '../generate/deck-model.ts'
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { generateDeck } from '../generate/generate-deck.ts'
import { PROJECT_ROOT, runSlidevBuild } from './build-deck.ts'

/** Top-level entries never copied into a scratch project: outputs, caches, history and the tests. */
const NOT_COPIED = new Set([
  'node_modules',
  '.git',
  '.tmp',
  '.slidev',
  'dist',
  'generated',
  'exports',
  'tests',
  'coverage',
])

export interface IsolatedBuild {
  /** The scratch project: a copy of the deck's sources with its own `generated/`. */
  readonly root: string
  /** The built static deck. */
  readonly dist: string
  readonly deck: DeckModel
}

/**
 * Builds a deck from any dataset without touching the project's own `generated/`: the deck's sources
 * (slides.md, components, styles, setup, scripts ...) are copied into `scratchDir`, which links the
 * project's node_modules, gets the generated Markdown and model, and is built by Slidev into `scratchDir/dist`.
 * A dataset that fails validation throws before anything is written.
 */
export async function buildIsolatedDeck(dataDir: string, scratchDir: string): Promise<IsolatedBuild> {
  const root = resolve(scratchDir)
  rmSync(root, { recursive: true, force: true })
  mkdirSync(root, { recursive: true })
  try {
    const deck = await generateDeck(dataDir, join(root, 'generated'))
    for (const entry of readdirSync(PROJECT_ROOT)) {
      if (!NOT_COPIED.has(entry))
        cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true })
    }
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
    const dist = join(root, 'dist')
    runSlidevBuild(root, dist, true)
    return { root, dist, deck }
  }
  catch (error) {
    rmSync(root, { recursive: true, force: true })
    throw error
  }
}
