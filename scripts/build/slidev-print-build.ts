/**
 * `slidev build` of the project's deck with Slidev's print page (`/print`) included, so the export
 * can print every slide in one pass. A plain build leaves the print page out unless `download` is
 * set, and `download` would also make the build print its own PDF; here only the feature flag is
 * turned on. Run as a child process: `tsx scripts/build/slidev-print-build.ts <outDir>`.
 */
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { resolveOptions } from '@slidev/cli'
import { PROJECT_ROOT } from './build-deck.ts'

type SlidevOptions = Awaited<ReturnType<typeof resolveOptions>>
type Build = (options: SlidevOptions, viteConfig: object, args: object) => Promise<void>

/** Slidev 53 does not export `build` from its entry; its chunk is found by name. */
async function loadBuild(): Promise<Build> {
  const dist = join(PROJECT_ROOT, 'node_modules', '@slidev', 'cli', 'dist')
  const chunk = readdirSync(dist).find(name => /^build-[\w-]+\.mjs$/.test(name))
  if (!chunk)
    throw new Error(`no build chunk in ${dist}: has @slidev/cli changed?`)
  const module = await import(pathToFileURL(join(dist, chunk)).href) as { build?: Build }
  if (typeof module.build !== 'function')
    throw new TypeError(`${chunk} exports no build(): has @slidev/cli changed?`)
  return module.build
}

const outDir = process.argv[2]
if (!outDir)
  throw new Error('usage: tsx scripts/build/slidev-print-build.ts <outDir>')
process.chdir(PROJECT_ROOT)
const options = await resolveOptions({ entry: 'slides.md' }, 'build')
options.utils.define.__SLIDEV_FEATURE_PRINT__ = 'true'
const build = await loadBuild()
await build(options, {
  logLevel: 'warn',
  build: {
    outDir: resolve(outDir),
  },
}, { entry: 'slides.md' })
