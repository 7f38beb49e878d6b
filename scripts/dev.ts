import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import process from 'node:process'
import { parsePort, portInUse, runCommand } from './cli/command.ts'
import { interruption, stopOnInterrupt } from './cli/interrupt.ts'
import { projectPath } from './files/project-root.ts'
import { rehearsalsDirFor } from './rehearsal/rehearsals-dir.ts'

const spec = {
  name: 'dev',
  help: `usage: npm run dev -- [--data DIR] [--port N]
  Validates and generates the deck, then serves it with Slidev's dev server: audience view at /,
  presenter at /presenter/. Edits to any file in the dataset folder reach the open slides; an
  invalid edit is shown in the page and here, and the last valid deck stays on screen. The
  presenter's ● rehearse records a run (npm run rehearse starts recording as the presenter opens);
  ■ save rehearsal writes it to the rehearsals folder named on start.
  --data DIR   the dataset folder (default: data)
  --port N     the port (default: 3030; 0 takes any free one)`,
  options: { data: { type: 'string', default: 'data' }, port: { type: 'string', default: '3030' } },
} as const

await runCommand(spec, async (values) => {
  const port = parsePort(values.port)
  const dataDir = resolve(values.data)
  // Slidev is loaded once the command line and the dataset are known to be good: those answer at once.
  const { writeDeckEntry } = await import('./build/deck-entry.ts')
  const { entry, deck } = await writeDeckEntry(dataDir, line => console.log(`dev: warning: ${line}`))
  const { devPlugins } = await import('./dev/dev-plugins.ts')
  const { createServer, parser, resolveOptions } = await import('@slidev/cli')
  const { registerPreparsers } = await import('./dev/slidev-preparsers.ts')
  await registerPreparsers()
  // Slidev resolves its roots and caches from the working folder, as its own CLI runs in the entry's.
  process.chdir(entry.root)
  const options = await resolveOptions({ entry: entry.slides }, 'dev')
  // Slidev's own `slidev dev` in-process, for a port of 0 (the CLI takes it as "the first free one from
  // 3030", which two servers started at once can both pick): its HMR re-reads the deck with `loadData`.
  const server = await createServer(options, {
    server: { port, strictPort: true, host: 'localhost' },
    // Vite keeps its pre-bundled dependencies in node_modules/.vite unless told otherwise. A test of what
    // a fresh clone's first start does (tests/browser/browser-dev-server.test.ts) points this at an empty
    // folder: a warm cache holds every dependency found on an earlier run and hides one found late.
    cacheDir: process.env.DECK_VITE_CACHE_DIR,
    plugins: devPlugins(dataDir, entry),
  }, {
    async loadData(source) {
      const loaded = await parser.load(options, entry.slides, source, 'dev')
      const { themeMeta } = options.data
      return { ...loaded, themeMeta, config: parser.resolveConfig(loaded.headmatter, themeMeta, entry.slides) }
    },
  })
  await server.listen().catch(async (error: Error) => {
    await server.close().catch(() => undefined)
    // Vite's error for a port in use carries no code, only this message.
    throw /already in use/.test(error.message) ? portInUse(port) : error
  })
  stopOnInterrupt(() => server.close().then(() => process.exit(0)))
  // Ctrl-C while the server started: it is closing, and its addresses would name nothing.
  if (interruption())
    return
  const { port: bound } = server.httpServer!.address() as AddressInfo
  console.log(`dev: ${deck.slides.length} slides from ${projectPath(dataDir)}/; watching it for edits
  audience   http://localhost:${bound}/
  presenter  http://localhost:${bound}/presenter/
  rehearsals saved in ${projectPath(rehearsalsDirFor(dataDir))}/`)
})
