import { parseCommandLine, runCommand } from './cli/command.ts'
import { ensureWritableDir } from './files/writable-dir.ts'
import { generateDeck } from './generate/generate-deck.ts'

const spec = {
  name: 'generate',
  help: `usage: npm run generate -- [--data DIR] [--out DIR]
  Validates the dataset and writes the deck's Markdown and model; writes nothing if the dataset is invalid.
  --data DIR   the dataset folder (default: data)
  --out DIR    where deck.md and deck.json go (default: generated)`,
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'generated' },
  },
} as const

await runCommand(spec, async () => {
  const values = parseCommandLine(spec)
  ensureWritableDir(values.out)
  const deck = await generateDeck(values.data, values.out)
  console.log(`generate: ${deck.slides.length} slides in ${deck.sections.length} sections from ${values.data}/ -> ${values.out}/`)
})
