import { join } from 'node:path'
import process from 'node:process'
import { parseCommandLine, runCommand } from './cli/command.ts'
import { PROJECT_ROOT } from './files/project-root.ts'
import { REHEARSALS_DIR } from './rehearsal/rehearsals.ts'

const spec = {
  name: 'rehearsals',
  help: `usage: npm run rehearsals -- [--data DIR] [--dir DIR]
  Prints the newest rehearsal of the talk against its plan: budget, plan from the notes and rehearsed
  time per section, and any rehearsed slide the deck no longer has.
  --data DIR   the dataset folder (default: data)
  --dir DIR    where rehearsals are saved (default: rehearsals, or DECK_REHEARSALS_DIR)`,
  options: {
    data: { type: 'string', default: 'data' },
    dir: { type: 'string', default: process.env.DECK_REHEARSALS_DIR ?? join(PROJECT_ROOT, REHEARSALS_DIR) },
  },
} as const

await runCommand(spec, async () => {
  const values = parseCommandLine(spec)
  const { loadDataset } = await import('./dataset/load-dataset.ts')
  const { buildDeckModel } = await import('./generate/deck-model.ts')
  const { latestRehearsal, rehearsalTable } = await import('./rehearsal/rehearsals.ts')
  const deck = buildDeckModel((await loadDataset(values.data)).dataset)
  const { summary, skipped } = latestRehearsal(values.dir, deck)
  for (const line of skipped)
    console.error(`rehearsals: ${line}`)
  if (!summary) {
    console.log(`rehearsals: no rehearsal in ${values.dir}/ yet; record one with npm run rehearse`)
    return
  }
  for (const line of summary.unmatched)
    console.error(`rehearsals: ${line}`)
  console.log(rehearsalTable(deck, summary))
})
