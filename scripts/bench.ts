import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { formatSeconds, median, treeMemoryMb } from './bench/bench-stats.ts'
import { findChromium } from './browser/find-chromium.ts'
import { PROJECT_ROOT } from './build/build-deck.ts'

const { values } = parseArgs({
  options: {
    'runs': { type: 'string', default: '3' },
    'no-warmup': { type: 'boolean', default: false },
  },
})
const runs = Math.max(3, Number(values.runs) || 3)

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

const chromium = findChromium()
const scratch = mkdtempSync(join(tmpdir(), 'deck-bench-'))
const cases = {
  export: [
    'npm',
    [
      'run',
      '--silent',
      'export',
      '--',
      '--out',
      join(scratch, 'export'),
    ],
  ],
  cold: [
    'npm',
    [
      'run',
      '--silent',
      'export',
      '--',
      '--rebuild',
      '--out',
      join(scratch, 'cold'),
    ],
  ],
  stock: [
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
  ],
} as const satisfies Record<string, readonly [string, readonly string[]]>
type Case = keyof typeof cases

const results: Record<Case, Run[]> = { export: [], cold: [], stock: [] }
try {
  if (!values['no-warmup']) {
    console.log('bench: warm-up (not counted): one export, one stock export')
    await measure(cases.export)
    await measure(cases.stock)
  }
  for (let run = 1; run <= runs; run++) {
    console.log(`bench: round ${run} of ${runs}`)
    for (const name of ['export', 'stock', 'cold'] as const)
      results[name].push(await measure(cases[name]))
  }
}
finally {
  rmSync(scratch, { recursive: true, force: true })
}

function summary(name: Case) {
  const times = results[name].map(run => run.ms)
  return {
    median: median(times),
    all: times.map(formatSeconds).join(', '),
    peak: Math.max(...results[name].map(run => run.peakMb)),
  }
}
const exported = summary('export')
const cold = summary('cold')
const stock = summary('stock')
const lines = [
  `bench: ${runs} interleaved runs each on ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown CPU'}), Chromium ${chromium}`,
  `(a)  npm run export, all three PDFs (static build reused): median ${formatSeconds(exported.median)} [${exported.all}], peak memory ${exported.peak.toFixed(0)} MB`,
  `(a') npm run export -- --rebuild (static build included): median ${formatSeconds(cold.median)} [${cold.all}], peak memory ${cold.peak.toFixed(0)} MB`,
  `(b)  slidev export, slides PDF only:                     median ${formatSeconds(stock.median)} [${stock.all}], peak memory ${stock.peak.toFixed(0)} MB`,
  `ratio a/b = ${(exported.median / stock.median).toFixed(2)} (target <= 0.5); a'/b = ${(cold.median / stock.median).toFixed(2)}`,
  'peak memory: proportional set size (PSS) of the whole process tree, sampled every 100 ms',
]
console.log(lines.join('\n'))
