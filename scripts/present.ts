import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parsePort, portInUse, runCommand } from './cli/command.ts'
import { stopOnInterrupt } from './cli/interrupt.ts'
import { PROJECT_ROOT } from './files/project-root.ts'

const spec = {
  name: 'present',
  help: `usage: npm run present -- [--data DIR] [--port N] [--no-open]
  Serves the deck's last static build (building it first only if the dataset or the deck's code
  changed) and opens the audience and presenter windows. No dev server: the presenter view, its
  pacing and the backup keys work as in dev; rehearsals are recorded in dev only.
  --data DIR   the dataset folder (default: data)
  --port N     the port to serve on (default: 3030; 0 takes any free one)
  --no-open    print the two addresses instead of opening them`,
  options: {
    'data': { type: 'string', default: 'data' },
    'port': { type: 'string', default: '3030' },
    'no-open': { type: 'boolean', default: false },
  },
} as const

/**
 * Presents from the static build `npm run export` keeps for the dataset, brought up to date (rebuilt only when its
 * inputs changed) and served from a copy of its own until stopped: an export may replace the build's folder during the
 * talk, and the open page still loads the chunks of the slides to come from the folder it started with.
 */
await runCommand(spec, async (values) => {
  const port = parsePort(values.port)
  const { buildDeck } = await import('./build/build-deck.ts')
  const { serveStatic } = await import('./build/static-server.ts')
  const { openWindows } = await import('./present/open-windows.ts')
  const started = performance.now()
  const { deck, built, dist } = await buildDeck(values.data, undefined, { quiet: true })
  const served = join(PROJECT_ROOT, '.tmp', `present-${process.pid}`)
  rmSync(served, { recursive: true, force: true })
  // The copy is this process's own, served only once whole: a copy that fails is removed, not left half made.
  try {
    cpSync(dist, served, { recursive: true })
  }
  catch (error) {
    rmSync(served, { recursive: true, force: true })
    throw error
  }
  const server = await serveStatic(served, port).catch((error: NodeJS.ErrnoException) => {
    rmSync(served, { recursive: true, force: true })
    if (error.code !== 'EADDRINUSE')
      throw error
    throw portInUse(port)
  })
  const audience = `${server.url}/1`
  const presenter = `${server.url}/presenter/1`
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`present: ${deck.slides.length} slides from ${built ? 'a fresh build' : 'the last build'}, ready in ${seconds} s`)
  console.log(`present: audience   ${audience}   (move this window to the projector, press f for full screen)`)
  console.log(`present: presenter  ${presenter}   (notes, pacing; → and ← step, b jumps to a backup slide, r returns)`)
  if (!values['no-open'])
    (await openWindows([{ role: 'audience', url: audience }, { role: 'presenter', url: presenter }])).forEach(line => console.log(line))
  console.log('present: Ctrl-C stops serving')
  // Stopping is how a presentation ends: not a failure.
  stopOnInterrupt(() => server.close().then(() => {
    rmSync(served, { recursive: true, force: true })
    process.exit(0)
  }))
})
