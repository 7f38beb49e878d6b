import { runCommand } from './cli/command.ts'
import { projectPath } from './files/project-root.ts'
import { ensureWritableDir } from './files/writable-dir.ts'

const spec = {
  name: 'build',
  help: `usage: npm run build -- [--data DIR] [--out DIR]
  Validates the dataset and builds the deck as a static site, to serve in a venue without the dev server.
  --data DIR   the dataset folder (default: data)
  --out DIR    where the site goes, replaced whole: a new or empty folder, or an earlier build (default: dist)`,
  options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'dist' } },
} as const

await runCommand(spec, async (values) => {
  ensureWritableDir(values.out)
  // Loaded once the command line is known to be good: help and a bad flag answer at once.
  const { buildDeck } = await import('./build/build-deck.ts')
  const { deck, built } = await buildDeck(values.data, values.out, { warn: line => console.log(`build: warning: ${line}`) })
  console.log(`build: ${deck.slides.length} slides in ${projectPath(values.out)}/${built ? '' : ' (unchanged since the last build of the same dataset and deck code: reused)'}`)
})
