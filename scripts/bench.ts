import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as pause } from 'node:timers/promises'
import { findChromium } from './browser/find-chromium.ts'
import { runCommand, UsageError } from './cli/command.ts'
import { interruption } from './cli/interrupt.ts'
import { PROJECT_ROOT } from './files/project-root.ts'

const spec = {
  name: 'bench',
  help: `usage: npm run bench -- [--runs N]
  Times, interleaved, N >= 3 runs each of: npm run export with nothing edited; an edit to a dataset
  file followed by npm run export; npm run export -- --rebuild; and stock slidev export (slides only).
  Prints each case's median and its ratio to stock. (Peak memory: farm-bench, see docs/benchmarks.md.)`,
  options: { runs: { type: 'string', default: '3' } },
} as const

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * An edit an author makes: one word of an event label, different every time. The first episode's first event's
 * label, not the first `label:` of the file (its period's), and a word replaced, not added: a label holds six words at most.
 */
function editDataset(dataDir: string, edit: number): void {
  const file = join(dataDir, 'episodes', readdirSync(join(dataDir, 'episodes')).sort()[0]!)
  const text = readFileSync(file, 'utf8')
  const edited = text.replace(/(\bevents: \[\s*\{[\s\S]*?\blabel: ')(?:[^'\\\s]|\\.)+/, `$1edit${edit}`)
  if (edited === text)
    throw new Error(`found no event label to edit in ${file}`)
  writeFileSync(file, edited)
}

await runCommand(spec, async (values) => {
  const runs = Number(values.runs)
  if (!/^\d+$/.test(values.runs) || runs < 3)
    throw new UsageError(`--runs ${values.runs}: expected a whole number of runs, at least 3`)
  const chromium = findChromium()
  const { entryFor } = await import('./build/deck-entry.ts')
  const scratch = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const editedData = join(scratch, 'data')
  cpSync(join(PROJECT_ROOT, 'data'), editedData, { recursive: true })
  const exportTo = (out: string, ...extra: string[]) => ['run', '--silent', 'export', '--', '--out', join(scratch, out), ...extra]
  const stockExport = ['slidev', 'export', 'slides.md', '--executable-path', chromium, '--output', join(scratch, 'stock.pdf')]
  const cases: { label: string, command?: string, args: string[], edits?: boolean }[] = [
    { label: '(a)  npm run export, nothing edited, all three PDFs', args: exportTo('warm') },
    { label: '(b)  stock slidev export, slides PDF only', command: 'npx', args: stockExport },
    { label: '(e)  edit an event label, then npm run export, all three PDFs', args: exportTo('edited', '--data', editedData), edits: true },
    { label: '(a\') npm run export -- --rebuild, all three PDFs', args: exportTo('cold', '--rebuild') },
  ]
  const times = cases.map(() => [] as number[])
  try {
    // A warm-up round, not counted: each dataset's build and Slidev's own caches exist before timing.
    for (let round = 0; round <= runs; round++) {
      console.log(round === 0 ? 'bench: warm-up round (not counted)' : `bench: round ${round} of ${runs}`)
      for (const [index, { command = 'npm', args, edits }] of cases.entries()) {
        if (edits)
          editDataset(editedData, round)
        const started = performance.now()
        let seconds = 0
        try {
          execFileSync(command, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
          seconds = (performance.now() - started) / 1000
        }
        finally {
          // The run blocks the event loop: a Ctrl-C (or a kill of the bench alone) reaches the command's handler only now,
          // in the loop's poll phase, which a short timer (unlike setImmediate) is sure to pass through first.
          await pause(20)
        }
        if (interruption())
          throw new Error('interrupted')
        if (round > 0)
          times[index]!.push(seconds)
      }
    }
  }
  finally {
    rmSync(entryFor(editedData).root, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
  }
  const stock = median(times[1]!)
  console.log(`bench: ${runs} interleaved runs each on ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown CPU'}), Chromium ${chromium}`)
  for (const [index, { label }] of cases.entries()) {
    const ratio = median(times[index]!) / stock
    console.log(`${label.padEnd(64)} median ${median(times[index]!).toFixed(1)} s [${times[index]!.map(time => time.toFixed(1)).join(', ')}], ${ratio.toFixed(2)} x stock`)
  }
  console.log('target: (e) at most 1.0 x stock')
})
