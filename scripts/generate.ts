import { runCommand } from './cli/command.ts'
import { projectPath } from './files/project-root.ts'
import { ensureWritableDir } from './files/writable-dir.ts'

const spec = {
  name: 'generate',
  help: `usage: npm run generate -- [--data DIR] [--out DIR]
  Validates the dataset and writes the deck's Markdown and headmatter; writes nothing if the dataset is invalid.
  --data DIR   the dataset folder (default: data)
  --out DIR    where deck.md and headmatter.json go (default: generated)`,
  options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'generated' } },
} as const

await runCommand(spec, async (values) => {
  ensureWritableDir(values.out)
  // Loaded once the command line is known to be good: help and a bad flag answer at once.
  const { generateDeck } = await import('./generate/generate-deck.ts')
  const deck = await generateDeck(values.data, values.out, line => console.log(`generate: warning: ${line}`))
  console.log(`generate: ${deck.slides.length} slides in ${deck.sections.length} sections from ${projectPath(values.data)}/ -> ${projectPath(values.out)}/`)
})
