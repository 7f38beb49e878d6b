import type { DeckEntry } from './deck-entry.ts'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { projectPath } from '../files/project-root.ts'
import { OutputDirError } from '../files/writable-dir.ts'
import { buildDigest } from './build-inputs.ts'
import { writeDeckEntry } from './deck-entry.ts'
import { runSlidev } from './run-slidev.ts'

const BUILD_STAMP = '.deck-build-digest'

export type BuiltDeck = Awaited<ReturnType<typeof buildDeck>>

export interface BuildOptions { readonly quiet?: boolean, readonly rebuild?: boolean, readonly warn?: (line: string) => void }

/** How build, check, present and tests build the deck: writeDeckEntry, then buildEntry, as the export does in two steps. */
export async function buildDeck(dataDir: string, outDir: string | undefined, options: BuildOptions = {}) {
  const { entry, deck } = await writeDeckEntry(dataDir, options.warn)
  return { ...await buildEntry(entry, outDir, options), deck }
}

/** The digest of the inputs `dist` was built from; undefined where it has none (a plain `slidev build`). */
function stampOf(dist: string): string | undefined {
  const stamp = join(dist, BUILD_STAMP)
  return existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined
}

/** Whether `dist` was built from the entry's inputs as they are now; undefined where it has no stamp. */
export function builtFromEntry(dist: string, entry: DeckEntry): boolean | undefined {
  const stamp = stampOf(dist)
  return stamp === undefined ? undefined : stamp === buildDigest(entry)
}

/** Builds a generated entry into `outDir` (by default the entry's own `dist`), unless a build of the same inputs is there. */
export async function buildEntry(entry: DeckEntry, outDir: string | undefined, options: BuildOptions = {}) {
  const dist = resolve(outDir ?? entry.dist)
  const digest = buildDigest(entry)
  const stamp = stampOf(dist)
  const current = existsSync(join(dist, 'index.html')) && stamp === digest
  if (current && !options.rebuild)
    return { dist, entry, built: false }
  // The build replaces the folder whole: one that holds anything but an earlier build (`--out .`, `--out data`) is refused.
  const replaceable = dist === resolve(entry.dist) || !existsSync(dist) || stamp !== undefined || readdirSync(dist).length === 0
  if (!replaceable)
    throw new OutputDirError(`cannot build into ${projectPath(dist)}: it holds files that are not a build of the deck, which building there would delete; choose a new or empty folder`)
  // Built beside the target and swapped in whole, so a failed or concurrent build never leaves a half-built deck.
  const fresh = `${dist}.building-${process.pid}`
  rmSync(fresh, { recursive: true, force: true })
  try {
    await runSlidev(entry, ['build', entry.slides, '--out', fresh], { quiet: options.quiet ?? false })
    writeFileSync(join(fresh, BUILD_STAMP), digest)
    rmSync(dist, { recursive: true, force: true })
    renameSync(fresh, dist)
  }
  finally {
    rmSync(fresh, { recursive: true, force: true })
  }
  return { dist, entry, built: true }
}
