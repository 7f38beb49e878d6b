import type { DeckModel } from '../../contract/deck-model.ts'
import type { DeckEntry } from './deck-entry.ts'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { DECK_MODEL_FILE, DECK_MODEL_SCRIPT, deckModelScript } from '../../contract/deck-model.ts'
import { PROJECT_ROOT } from '../files/project-root.ts'
import { writeFilesAtomically } from '../files/write-atomically.ts'
import { shapeDigest } from './build-inputs.ts'
import { writeDeckEntry } from './deck-entry.ts'

export const BUILD_STAMP = '.deck-shape'

export interface BuiltDeck {
  readonly dist: string
  readonly deck: DeckModel
  readonly entry: DeckEntry
  /** False when a build of the same shape was reused and only the slide content was replaced. */
  readonly built: boolean
}

export interface BuildOptions {
  readonly quiet?: boolean
  /** Build even if a build of the same shape is there. */
  readonly rebuild?: boolean
}

/** Runs Slidev's own CLI, `slidev build`, on an entry; `env` adds to the environment (the venue's single file sets DECK_SINGLE_FILE). */
export async function runSlidevBuild(entry: DeckEntry, outDir: string, quiet: boolean, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const slidev = join(PROJECT_ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
  if (!quiet)
    console.log(`build: slidev build ${entry.slides} --out ${outDir}`)
  const child = spawn(process.execPath, [
    slidev,
    'build',
    entry.slides,
    '--out',
    outDir,
  ], {
    cwd: entry.root,
    // A build is for production even when a test runner (NODE_ENV=test) starts it: Vue's development builds would go into the deck.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ...env,
    },
    stdio: [
      'ignore',
      quiet
        ? 'ignore'
        : 'inherit',
      'pipe',
    ],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Uint8Array) => {
    stderr = (stderr + String(chunk)).slice(-20_000)
  })
  const [code] = await once(child, 'close') as [number | null]
  if (code !== 0) {
    const tail = stderr.trim().split('\n').slice(-5).join('\n')
    throw new Error(`slidev build failed${tail
      ? `:\n${tail}`
      : ''}`)
  }
}

/** Replaced whole, never rewritten in place: a deck open in a browser may be loading it this moment. */
function writeModelScript(entry: DeckEntry, outDir: string): void {
  const script = deckModelScript(readFileSync(join(entry.generated, DECK_MODEL_FILE), 'utf8'))
  writeFilesAtomically(new Map([
    [
      join(outDir, DECK_MODEL_SCRIPT),
      script,
    ],
  ]))
}

/**
 * The one way the deck is built, for dev, export, check and tests: validate and generate the dataset
 * into its entry, then `slidev build` it into `outDir`, unless a build of the same shape (slides,
 * layouts, notes, settings, components) is already there. Slide content is data (`deck-model.js`), so
 * a wording edit only replaces that file. Without `outDir` the build goes to the entry's own `dist`.
 */
export async function buildDeck(dataDir: string, outDir: string | undefined, options: BuildOptions = {}): Promise<BuiltDeck> {
  const { entry, deck } = await writeDeckEntry(dataDir)
  const dist = resolve(outDir ?? entry.dist)
  const digest = shapeDigest(entry)
  const stamp = join(dist, BUILD_STAMP)
  const current = existsSync(join(dist, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest
  if (current && !options.rebuild) {
    writeModelScript(entry, dist)
    return { dist, deck, entry, built: false }
  }
  // Built beside the target and swapped in whole, so a failed or concurrent build never leaves a half-built deck.
  const fresh = `${dist}.building-${process.pid}`
  rmSync(fresh, { recursive: true, force: true })
  try {
    await runSlidevBuild(entry, fresh, options.quiet ?? false)
    writeFileSync(join(fresh, BUILD_STAMP), digest)
    rmSync(dist, { recursive: true, force: true })
    renameSync(fresh, dist)
  }
  finally {
    rmSync(fresh, { recursive: true, force: true })
  }
  return { dist, deck, entry, built: true }
}
