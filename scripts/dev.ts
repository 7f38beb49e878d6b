import { resolve } from 'node:path'
import process from 'node:process'
import { parseCommandLine, runCommand, UsageError } from './cli/command.ts'

const spec = {
  name: 'dev',
  help: `usage: npm run dev -- [--data DIR] [--port N]
  Validates and generates the deck, then serves it with Slidev's dev server: audience view at /,
  presenter at /presenter/. Edits to any file in the dataset folder reach the open slides; an
  invalid edit is shown in the page and here, and the last valid deck stays on screen.
  --data DIR   the dataset folder (default: data)
  --port N     the port (default: 3030)`,
  options: {
    data: { type: 'string', default: 'data' },
    port: { type: 'string', default: '3030' },
  },
} as const

await runCommand(spec, async () => {
  const values = parseCommandLine(spec)
  if (!/^\d+$/.test(values.port))
    throw new UsageError(`--port ${values.port}: expected a port number`)
  const port = Number(values.port)
  const dataDir = resolve(values.data)
  // Slidev is loaded once the command line and the dataset are known to be good: those answer at once.
  const { writeDeckEntry } = await import('./build/deck-entry.ts')
  const { entry, deck } = await writeDeckEntry(dataDir)
  const { liveDatasetPlugin } = await import('./dev/live-data.ts')
  const { createServer, resolveOptions } = await import('@slidev/cli')
  // Slidev resolves its roots and caches from the working folder, as its own CLI runs in the entry's.
  process.chdir(entry.root)
  const options = await resolveOptions({ entry: entry.slides }, 'dev')
  const server = await createServer(options, {
    server: { port, strictPort: true, host: 'localhost' },
    plugins: [
      liveDatasetPlugin(dataDir, entry.generated),
    ],
  })
  await server.listen()
  console.log(`dev: ${deck.slides.length} slides from ${values.data}/; watching it for edits
  audience   http://localhost:${port}/
  presenter  http://localhost:${port}/presenter/`)
})
