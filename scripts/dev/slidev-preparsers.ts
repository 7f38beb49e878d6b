import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

type Extensions = unknown[]
type PreparserSetup = (context: { filepath: string, headmatter: Record<string, unknown>, mode?: string }) => Extensions | Promise<Extensions>
type Loader = (roots: string[], headmatter: Record<string, unknown>, filepath: string, mode?: string) => Promise<Extensions>

/**
 * Loads every root's `setup/preparser.ts` when Slidev parses a deck, as Slidev's CLI does. The CLI registers its loader in
 * its own module, which the in-process dev server (scripts/dev.ts) never loads: without this, setup/preparser.ts never ran
 * under `npm run dev`, whose presenter had Slidev's 30-minute stopwatch for the talk's countdown, a 16:9 canvas, no author,
 * and for a title the title slide's, escaped for Markdown (the title a rehearsal records).
 */
export async function registerPreparsers(): Promise<void> {
  // Slidev's own copy of its parser, whose module holds the loader it calls.
  const fs = createRequire(import.meta.resolve('@slidev/cli')).resolve('@slidev/parser/fs')
  const { injectPreparserExtensionLoader } = await import(pathToFileURL(fs).href) as { injectPreparserExtensionLoader: (loader: Loader) => void }
  injectPreparserExtensionLoader(async (roots, headmatter, filepath, mode) => {
    const setups = roots.map(root => join(root, 'setup', 'preparser.ts')).filter(file => existsSync(file))
    const extensions = await Promise.all(setups.map(async (file) => {
      const { default: setup } = await import(pathToFileURL(file).href) as { default: PreparserSetup }
      return setup({ filepath, headmatter, mode })
    }))
    return extensions.flat()
  })
}
