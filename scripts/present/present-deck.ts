import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { buildDeck } from '../build/build-deck.ts'
import { serveStatic } from '../build/static-server.ts'
import { stopOnInterrupt } from '../cli/interrupt.ts'
import { PROJECT_ROOT } from '../files/project-root.ts'
import { openWindows } from './open-windows.ts'

/**
 * Presents from the static build `npm run export` keeps for the dataset, brought up to date (rebuilt only when its
 * inputs changed) and served from a copy of its own until stopped: an export may replace the build's folder during the
 * talk, and the open page still loads the chunks of the slides to come from the folder it started with.
 */
export async function presentDeck(options: { dataDir: string, port: number, open: boolean }): Promise<void> {
  const started = performance.now()
  const { deck, built, dist } = await buildDeck(options.dataDir, undefined, { quiet: true })
  const served = join(PROJECT_ROOT, '.tmp', `present-${process.pid}`)
  rmSync(served, { recursive: true, force: true })
  cpSync(dist, served, { recursive: true })
  const server = await serveStatic(served, options.port)
  const audience = `${server.url}/1`
  const presenter = `${server.url}/presenter/1`
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`present: ${deck.slides.length} slides from ${built ? 'a fresh build' : 'the last build'}, ready in ${seconds} s`)
  console.log(`present: audience   ${audience}   (move this window to the projector, press f for full screen)`)
  console.log(`present: presenter  ${presenter}   (notes, pacing; → and ← step, b jumps to a backup slide, r returns)`)
  if (options.open)
    (await openWindows([{ role: 'audience', url: audience }, { role: 'presenter', url: presenter }])).forEach(line => console.log(line))
  console.log('present: Ctrl-C stops serving')
  // Stopping is how a presentation ends: not a failure.
  stopOnInterrupt(() => server.close().then(() => {
    rmSync(served, { recursive: true, force: true })
    process.exit(0)
  }))
}
