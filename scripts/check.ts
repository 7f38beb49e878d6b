import type { DeckModel } from './generate/deck-model.ts'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { auditDeck, formatAuditTable } from './audit/slide-audit.ts'
import { launchChromium } from './browser/launch-browser.ts'
import { PROJECT_ROOT } from './build/build-deck.ts'
import { buildIsolatedDeck } from './build/isolated-build.ts'
import { serveStatic } from './build/static-server.ts'
import { DatasetError } from './dataset/load-dataset.ts'
import { DECK_MODEL } from './generate/generate-deck.ts'

const USAGE = `Usage: npm run check -- [--data dir] [--dist dir --model deck.json]
  Builds the deck from --data (default data/) in a scratch copy under .tmp/check-deck, or audits an already built --dist,
  and prints one row per slide. Exits 1 when any slide fails.`

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    dist: { type: 'string' },
    model: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}

/** Builds in a scratch copy of the project, so checking another dataset never touches `generated/`. */
async function buildForCheck(dataDir: string): Promise<{ dist: string, deck: DeckModel }> {
  const scratch = join(PROJECT_ROOT, '.tmp', 'check-deck')
  console.log(`check: building the deck from ${dataDir}/ in ${scratch}`)
  try {
    return await buildIsolatedDeck(dataDir, scratch)
  }
  catch (error) {
    if (error instanceof DatasetError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

function builtElsewhere(dist: string, model: string | undefined): { dist: string, deck: DeckModel } {
  const modelPath = model ?? join(PROJECT_ROOT, 'generated', DECK_MODEL)
  return {
    dist,
    deck: JSON.parse(readFileSync(resolve(modelPath), 'utf8')) as DeckModel,
  }
}

const { dist, deck } = values.dist
  ? builtElsewhere(values.dist, values.model)
  : await buildForCheck(values.data)
const browser = await launchChromium()
const server = await serveStatic(dist).catch(async (error: unknown) => {
  await browser.close()
  throw error
})
console.log(`check: ${deck.slides.length} slides of ${dist} at 1920x1080 and 1024x768`)
try {
  const rows = await auditDeck(viewport => browser.newContext({ viewport }), server.url, deck, {
    onRow: row => process.stderr.write(row.problems.length === 0
      ? '.'
      : 'F'),
  })
  process.stderr.write('\n')
  console.log(formatAuditTable(rows))
  const failed = rows.filter(row => row.problems.length > 0)
  for (const row of failed) {
    console.log(`\nslide ${row.number} (${row.title}):`)
    for (const problem of row.problems)
      console.log(`  - ${problem}`)
  }
  console.log(failed.length === 0
    ? `\ncheck: all ${rows.length} slides pass.`
    : `\ncheck: ${failed.length} of ${rows.length} slides fail: ${failed.map(row => row.number).join(', ')}.`)
  process.exitCode = failed.length === 0
    ? 0
    : 1
}
finally {
  await browser.close()
  await server.close()
}
