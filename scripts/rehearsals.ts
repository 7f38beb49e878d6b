import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { runCommand, shellWord, UsageError } from './cli/command.ts'
import { PROJECT_DATA, projectPath } from './files/project-root.ts'
import { rehearsalsDirFor } from './rehearsal/rehearsals-dir.ts'

const spec = {
  name: 'rehearsals',
  help: `usage: npm run rehearsals -- [--data DIR] [--dir DIR]
  Prints the newest rehearsal of the talk against its plan: budget, plan from the notes and rehearsed
  time per section, and any rehearsed slide the deck no longer has.
  --data DIR   the dataset folder (default: data)
  --dir DIR    where its rehearsals are (default: where npm run rehearse saves them: rehearsals/ for
               data/, rehearsals/<folder>-<hash>/ for another folder, or DECK_REHEARSALS_DIR)`,
  options: { data: { type: 'string', default: 'data' }, dir: { type: 'string' } },
} as const

await runCommand(spec, async (values) => {
  const { loadDataset } = await import('./dataset/load-dataset.ts')
  const { buildDeckModel } = await import('./generate/deck-model.ts')
  const { latestRehearsal, rehearsalTable } = await import('./rehearsal/rehearsals.ts')
  const deck = buildDeckModel((await loadDataset(values.data)).dataset)
  const dir = values.dir ?? rehearsalsDirFor(values.data)
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new UsageError(`--dir ${projectPath(dir)}: a file, not a folder of rehearsals`)
  if (values.dir !== undefined && !existsSync(dir))
    throw new UsageError(`--dir ${projectPath(dir)}: no such folder`)
  const { summary, skipped } = latestRehearsal(dir, deck)
  for (const line of [...skipped, ...summary?.unmatched ?? []])
    console.error(`rehearsals: ${line}`)
  if (!summary) {
    const rehearse = `npm run rehearse${resolve(values.data) === PROJECT_DATA ? '' : ` -- --data ${shellWord(values.data)}`}`
    console.log(`rehearsals: no rehearsal in ${projectPath(dir)}/ yet; record one with ${rehearse}`)
    return
  }
  console.log(rehearsalTable(deck, summary))
})
