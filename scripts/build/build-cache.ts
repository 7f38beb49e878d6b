import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { PROJECT_ROOT } from './build-deck.ts'

/** What a static build of the deck depends on, besides the dataset (which reaches it through `generated/deck.md`). */
export const BUILD_INPUTS = [
  'scripts/build/slidev-print-build.ts',
  'slides.md',
  'generated/deck.md',
  // read by setup/preparser.ts for the title and the presenter timer
  'generated/deck.json',
  'package-lock.json',
  'deck',
  'vite.config.ts',
  'uno.config.ts',
]

export const BUILD_STAMP = '.export-inputs'

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

/** A digest of every build input's path and content, in a stable order. */
export function buildInputsDigest(root = PROJECT_ROOT, inputs: readonly string[] = BUILD_INPUTS): string {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(input => filesUnder(root, input))) {
    hash.update(relative(root, file))
    hash.update('\0')
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** Runs `slidev build` with the print page included (see slidev-print-build.ts) in a child process. */
export function buildPrintableDeck(buildDir: string): void {
  const tsx = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  try {
    execFileSync(process.execPath, [
      tsx,
      join(PROJECT_ROOT, 'scripts', 'build', 'slidev-print-build.ts'),
      resolve(buildDir),
    ], {
      cwd: PROJECT_ROOT,
      stdio: 'pipe',
    })
  }
  catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n').slice(-5).join('\n')
    throw new Error(`slidev build failed${stderr
      ? `:\n${stderr}`
      : ''}`)
  }
}

/**
 * Builds the static deck into `buildDir` unless a build of the same inputs is already there. Expects
 * `generated/` to be fresh (the caller generates first). Returns whether it built.
 */
export function ensureDeckBuilt(buildDir: string, options: { rebuild?: boolean } = {}): boolean {
  const digest = buildInputsDigest()
  const stamp = join(buildDir, BUILD_STAMP)
  if (!options.rebuild && existsSync(join(buildDir, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest)
    return false
  rmSync(stamp, { force: true })
  buildPrintableDeck(buildDir)
  writeFileSync(stamp, digest)
  return true
}
