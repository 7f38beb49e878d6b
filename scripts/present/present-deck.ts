import process from 'node:process'
import { buildDeck } from '../build/build-deck.ts'
import { serveStatic } from '../build/static-server.ts'
import { stopOnInterrupt } from '../cli/interrupt.ts'
import { snapshotBuild } from './build-snapshot.ts'
import { openWindows } from './open-windows.ts'

export interface PresentOptions {
  readonly dataDir: string
  readonly port: number
  /** Open the two windows in the system's browser. */
  readonly open: boolean
}

/**
 * Presents from the static build: the build `npm run export` keeps for the dataset, brought up to date
 * (rebuilt only when its inputs changed), served from a copy of its own until the process is stopped.
 */
export async function presentDeck(options: PresentOptions): Promise<void> {
  const started = performance.now()
  const { deck, built, dist } = await buildDeck(options.dataDir, undefined, { quiet: true })
  const served = snapshotBuild(dist)
  const server = await serveStatic(served.root, options.port)
  const audience = `${server.url}/1`
  const presenter = `${server.url}/presenter/1`
  console.log(`present: ${deck.slides.length} slides from ${built
    ? 'a fresh build'
    : 'the last build'}, ready in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  console.log(`present: audience   ${audience}   (move this window to the projector, press f for full screen)`)
  console.log(`present: presenter  ${presenter}   (notes, pacing; → and ← step, b jumps to a backup slide, r returns)`)
  if (options.open) {
    const lines = await openWindows([
      { role: 'audience', url: audience },
      { role: 'presenter', url: presenter },
    ])
    for (const line of lines)
      console.log(line)
  }
  console.log('present: Ctrl-C stops serving')
  // Stopping is how a presentation ends: not a failure.
  stopOnInterrupt(() => server.close().then(() => {
    served.remove()
    process.exit(0)
  }))
}
