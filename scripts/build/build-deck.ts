import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { generateDeck } from '../generate/generate-deck.ts'

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

/** Runs `slidev build` of `root/slides.md` into `outDir` with the project's own Slidev. */
export function runSlidevBuild(root: string, outDir: string, quiet: boolean): void {
  const slidev = join(PROJECT_ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
  const args = [
    slidev,
    'build',
    'slides.md',
    '--out',
    resolve(outDir),
  ]
  if (!quiet)
    console.log(`build: slidev ${args.slice(1).join(' ')}`)
  execFileSync(process.execPath, args, {
    cwd: root,
    stdio: quiet ? 'pipe' : 'inherit',
  })
}

/**
 * Generates the deck from a dataset and builds it as a static site. Slidev reads `slides.md` from the
 * project root, which imports `generated/deck.md`, so a build always uses the project's `generated/`.
 */
export async function buildDeck(dataDir: string, outDir: string, options: { quiet?: boolean } = {}): Promise<void> {
  const deck = await generateDeck(dataDir, join(PROJECT_ROOT, 'generated'))
  rmSync(outDir, { recursive: true, force: true })
  if (!options.quiet)
    console.log(`build: ${deck.slides.length} slides`)
  runSlidevBuild(PROJECT_ROOT, outDir, options.quiet ?? false)
}
