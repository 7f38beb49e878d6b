import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { formatSeconds, median, treeMemoryMb } from './bench/bench-stats.ts'
import { findChromium } from './browser/find-chromium.ts'
import { parseCommandLine, runCommand } from './cli/command.ts'
import { PROJECT_ROOT } from './files/project-root.ts'

const spec = {
  name: 'bench',
  help: `usage: npm run bench -- [--runs N] [--no-warmup]
  Times, interleaved, N >= 3 runs each of: npm run export with nothing edited; an edit to a dataset
  file followed by npm run export; npm run export -- --rebuild; and stock slidev export (slides only).
  Prints medians, ratios against stock and the peak memory of each process tree.`,
  options: {
    'runs': { type: 'string', default: '3' },
    'no-warmup': { type: 'boolean', default: false },
  },
} as const

interface Run {
  readonly ms: number
  readonly peakMb: number
}

/** Runs a command to completion, sampling the memory of its whole process tree (Chromium included). */
async function measure([command, args]: readonly [string, readonly string[]]): Promise<Run> {
  console.log(`bench: $ ${command} ${args.join(' ')}`)
  const started = performance.now()
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => stderr += chunk)
  let peakMb = 0
  const sampler = setInterval(() => {
    if (child.pid)
      peakMb = Math.max(peakMb, treeMemoryMb(child.pid))
  }, 100)
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  clearInterval(sampler)
  const ms = performance.now() - started
  if (code !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr}`)
  return { ms, peakMb }
}

type Command = readonly [string, readonly string[]]

/** An edit an author makes: one word of an event label, different every time. */
let edits = 0
function editDataset(dataDir: string): void {
  const file = join(dataDir, 'episodes', readdirSync(join(dataDir, 'episodes')).sort()[0]!)
  const text = readFileSync(file, 'utf8')
  const edited = text.replace(/label: '(?:edit \d+ )?/, `label: 'edit ${++edits} `)
  if (edited === text)
    throw new Error(`bench: found no event label to edit in ${file}`)
  writeFileSync(file, edited)
}

function exportCommand(out: string, ...extra: string[]): Command {
  return [
    'npm',
    [
      'run',
      '--silent',
      'export',
      '--',
      '--out',
      out,
      ...extra,
    ],
  ]
}

await runCommand(spec, async () => {
  const values = parseCommandLine(spec)
  const runs = Math.max(3, Number(values.runs) || 3)
  const chromium = findChromium()
  // Loaded once the command line is known to be good: help and a bad flag answer at once.
  const { entryFor } = await import('./build/deck-entry.ts')
  const scratch = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const editedData = join(scratch, 'data')
  cpSync(join(PROJECT_ROOT, 'data'), editedData, { recursive: true })
  const cases = {
    warm: {
      command: exportCommand(join(scratch, 'warm')),
    },
    edited: {
      command: exportCommand(join(scratch, 'edited'), '--data', editedData),
      before: () => editDataset(editedData),
    },
    cold: {
      command: exportCommand(join(scratch, 'cold'), '--rebuild'),
    },
    stock: {
      command: [
        'npx',
        [
          'slidev',
          'export',
          'slides.md',
          '--executable-path',
          chromium,
          '--output',
          join(scratch, 'stock.pdf'),
        ],
      ] as Command,
    },
  }
  type Case = keyof typeof cases
  const order: Case[] = ['warm', 'stock', 'edited', 'cold']
  const results: Record<Case, Run[]> = {
    warm: [],
    edited: [],
    cold: [],
    stock: [],
  }
  const timed = async (name: Case) => {
    const { command, before } = cases[name] as { command: Command, before?: () => void }
    before?.()
    return measure(command)
  }
  try {
    if (!values['no-warmup']) {
      console.log('bench: warm-up (not counted): one export of each dataset, one stock export')
      for (const name of ['warm', 'edited', 'stock'] as const)
        await timed(name)
    }
    for (let run = 1; run <= runs; run++) {
      console.log(`bench: round ${run} of ${runs}`)
      for (const name of order)
        results[name].push(await timed(name))
    }
  }
  finally {
    rmSync(entryFor(editedData).root, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
  }
  printSummary(results, runs, chromium)
})

function printSummary(results: Record<'warm' | 'edited' | 'cold' | 'stock', Run[]>, runs: number, chromium: string): void {
  const summary = (runsOf: Run[]) => ({
    median: median(runsOf.map(run => run.ms)),
    all: runsOf.map(run => formatSeconds(run.ms)).join(', '),
    peak: Math.max(...runsOf.map(run => run.peakMb)),
  })
  const [warm, edited, cold, stock] = [
    results.warm,
    results.edited,
    results.cold,
    results.stock,
  ].map(summary) as [ReturnType<typeof summary>, ReturnType<typeof summary>, ReturnType<typeof summary>, ReturnType<typeof summary>]
  const row = (label: string, figures: ReturnType<typeof summary>) =>
    `${label} median ${formatSeconds(figures.median)} [${figures.all}], peak memory ${figures.peak.toFixed(0)} MB`
  console.log([
    `bench: ${runs} interleaved runs each on ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown CPU'}), Chromium ${chromium}`,
    row('(a)  npm run export, nothing edited, all three PDFs:          ', warm),
    row('(e)  edit an event label, then npm run export, all three PDFs:', edited),
    row('(a\') npm run export -- --rebuild, all three PDFs:             ', cold),
    row('(b)  stock slidev export, slides PDF only:                    ', stock),
    `ratio e/b = ${(edited.median / stock.median).toFixed(2)} (target <= 0.5); a/b = ${(warm.median / stock.median).toFixed(2)}; a'/b = ${(cold.median / stock.median).toFixed(2)}`,
    'peak memory: proportional set size (PSS) of the whole process tree, sampled every 100 ms',
  ].join('\n'))
}
