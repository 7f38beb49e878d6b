import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseCommandLine, runCommand, UsageError } from './cli/command.ts'
import { PROJECT_ROOT } from './files/project-root.ts'

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
  // Loaded once the command line is known to be good: help and a bad flag answer at once.
  const { writeDeckEntry } = await import('./build/deck-entry.ts')
  const { entry, deck } = await writeDeckEntry(values.data)
  console.log(`dev: ${deck.slides.length} slides from ${values.data}/; watching it for edits`)
  const slidev = join(PROJECT_ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
  const child = spawn(process.execPath, [
    slidev,
    entry.slides,
    '--open',
    'false',
    '--port',
    values.port,
  ], {
    cwd: entry.root,
    stdio: 'inherit',
    env: {
      ...process.env,
      DECK_DATA: resolve(values.data),
    },
  })
  const code = await new Promise<number>(done => child.on('close', status => done(status ?? 1)))
  process.exitCode = code
})
