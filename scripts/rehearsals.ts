import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { DatasetError } from './dataset/dataset-error.ts'
import { loadDataset } from './dataset/load-dataset.ts'
import { PROJECT_ROOT } from './files/project-root.ts'
import { buildDeckModel } from './generate/deck-model.ts'
import { latestRehearsal, REHEARSALS_DIR, rehearsalTable } from './rehearsal/rehearsals.ts'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    dir: { type: 'string', default: process.env.DECK_REHEARSALS_DIR ?? join(PROJECT_ROOT, REHEARSALS_DIR) },
  },
})

try {
  const { dataset } = await loadDataset(values.data)
  const deck = buildDeckModel(dataset)
  const { summary, skipped } = latestRehearsal(values.dir, deck)
  for (const line of skipped)
    console.error(`rehearsals: ${line}`)
  if (!summary) {
    console.log(`rehearsals: no rehearsal in ${values.dir}/ yet; record one with npm run rehearse`)
    process.exit(0)
  }
  for (const line of summary.unmatched)
    console.error(`rehearsals: ${line}`)
  console.log(rehearsalTable(deck, summary))
}
catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
