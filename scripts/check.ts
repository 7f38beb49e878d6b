import type { DeckModel } from '../contract/deck-model.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { findChromium } from './browser/find-chromium.ts'
import { serveStatic } from './build/static-server.ts'
import { runCommand, shellWord, UsageError } from './cli/command.ts'
import { projectPath } from './files/project-root.ts'

const spec = {
  name: 'check',
  help: `usage: npm run check -- [--data DIR] [--dist DIR] [--slides LIST]
  Builds the deck from --data (default data/), or audits a deck already built from it in --dist, in
  Chromium at 1920x1080 and 1024x768, and prints one row per slide. Exits 1 when any slide fails.
  --slides LIST   only these slides, e.g. 7 or 7,9 or 12-15: the ones an edit touched`,
  options: { data: { type: 'string', default: 'data' }, dist: { type: 'string' }, slides: { type: 'string' } },
} as const

// The pipeline and Chromium's driver load once the command line is known to be good: help and a bad flag answer at once.

/** The deck built into the dataset's own build folder, which the export reuses; or one built in `dist` from that dataset. */
async function deckToCheck(dataDir: string, dist: string | undefined): Promise<{ dist: string, deck: DeckModel }> {
  if (!dist) {
    console.log(`check: building the deck from ${projectPath(dataDir)}/`)
    const { buildDeck } = await import('./build/build-deck.ts')
    return await buildDeck(dataDir, undefined, { quiet: true })
  }
  if (!existsSync(join(dist, 'index.html')))
    throw new UsageError(`--dist ${projectPath(dist)} holds no built deck (no index.html); build one with npm run build`)
  const { writeDeckEntry } = await import('./build/deck-entry.ts')
  const { builtFromEntry } = await import('./build/build-deck.ts')
  const { entry, deck } = await writeDeckEntry(dataDir)
  // Measured against another talk's slides, every row would be wrong, under the right titles.
  if (builtFromEntry(dist, entry) === false)
    throw new UsageError(`--dist ${projectPath(dist)} was built from another talk, or an older version of ${projectPath(dataDir)}/: build it again (npm run build -- --data ${shellWord(dataDir)} --out ${shellWord(dist)}) or leave out --dist`)
  return { dist, deck }
}

/** The ranges a --slides list names, first and last slide each: `7`, `7,9`, `12-15`. */
function slideRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part.trim())
    const first = Number(range?.[1])
    const last = Number(range?.[2] ?? first)
    if (!range || first < 1 || first > last)
      throw new UsageError(`--slides ${list}: expected slide numbers and ranges, e.g. 7,9,12-15`)
    return [first, last]
  })
}

await runCommand(spec, async (values) => {
  const ranges = values.slides === undefined ? undefined : slideRanges(values.slides)
  findChromium()
  const { dist, deck: built } = await deckToCheck(values.data, values.dist)
  if (ranges?.some(([first, last]) => first < 1 || last > built.slides.length))
    throw new UsageError(`--slides: the deck has slides 1 to ${built.slides.length}`)
  const chosen = (number: number) => !ranges || ranges.some(([first, last]) => number >= first && number <= last)
  const deck = { ...built, slides: built.slides.filter(slide => chosen(slide.number)) }
  const { launchChromium } = await import('./browser/launch-browser.ts')
  const { auditDeck } = await import('./audit/slide-audit.ts')
  const { auditVerdict, formatAuditTable } = await import('./audit/report.ts')
  const browser = await launchChromium()
  const server = await serveStatic(dist).catch(async (error: unknown) => {
    await browser.close()
    throw error
  })
  const counted = ranges ? `${deck.slides.length} of ${built.slides.length}` : `${built.slides.length}`
  console.log(`check: ${counted} slides of ${projectPath(dist)} at 1920x1080 and 1024x768`)
  try {
    const newContext = (viewport: { width: number, height: number }) => browser.newContext({ viewport })
    const rows = await auditDeck(newContext, server.url, deck, row => process.stderr.write(row.problems.length === 0 ? '.' : 'F'))
    process.stderr.write('\n')
    console.log(formatAuditTable(rows))
    const failed = rows.filter(row => row.problems.length > 0)
    for (const row of failed)
      console.log(`\nslide ${row.number} (${row.title}):\n${row.problems.map(problem => `  - ${problem}`).join('\n')}`)
    console.log(`\n${auditVerdict(rows)}`)
    process.exitCode = failed.length === 0 ? 0 : 1
  }
  finally {
    await browser.close()
    await server.close()
  }
})
