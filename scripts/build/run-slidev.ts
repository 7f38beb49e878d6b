import type { ChildProcess } from 'node:child_process'
import type { DeckEntry } from './deck-entry.ts'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import process from 'node:process'
import { stripVTControlCharacters } from 'node:util'
import { stopOnInterrupt } from '../cli/interrupt.ts'
import { PROJECT_ROOT } from '../files/project-root.ts'

const running = new Set<ChildProcess>()

/**
 * Runs Slidev's CLI (`slidev build ...`, `slidev export ...`) in an entry's folder, as it expects; fails with the end
 * of its output. `env` is added to the environment (the venue's single file sets DECK_SINGLE_FILE).
 */
export async function runSlidev(entry: DeckEntry, args: readonly string[], options: { quiet: boolean, env?: NodeJS.ProcessEnv }): Promise<void> {
  const slidev = join(PROJECT_ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
  if (!options.quiet)
    console.log(`slidev ${args.join(' ')}`)
  // A build is for production even when a test runner (NODE_ENV=test) starts it: Vue's development
  // builds would go into the deck. An export runs Slidev's dev server, which sets its own.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...options.env }
  if (args[0] !== 'build')
    delete env.NODE_ENV
  const child = spawn(process.execPath, [slidev, ...args], {
    cwd: entry.root,
    env,
    stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', 'pipe'],
    // Its own process group, so that stopping it stops the Chromium `slidev export` starts too.
    detached: true,
  })
  running.add(child)
  const forget = stopOnInterrupt(() => stopRun(child))
  let printed = ''
  const keep = (chunk: Uint8Array) => {
    printed = (printed + String(chunk)).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr!.on('data', keep)
  try {
    const [code, signal] = await once(child, 'close') as [number | null, NodeJS.Signals | null]
    if (code !== 0)
      throw slidevFailure(args[0]!, signal, printed)
  }
  finally {
    running.delete(child)
    forget()
  }
}

/**
 * A failed Slidev run in one line, as a command prints it: the first error Slidev names, with the place a plugin gives
 * before it (`[plugin vite:vue] layouts/end.vue:18:16: RolldownError: ...`), not its count ("Build failed with 1 error:");
 * else the last line it printed.
 */
export function slidevFailure(command: string, signal: NodeJS.Signals | null, printed: string): Error {
  const lines = stripVTControlCharacters(printed).split('\n').map(line => line.trim()).filter(Boolean)
  const at = lines.findIndex(line => /^\w*Error: /.test(line))
  const place = at > 0 && /^\[plugin [^\]]+\] \S/.test(lines[at - 1]!) ? `${lines[at - 1]}: ` : ''
  const reason = at >= 0 ? `${place}${lines[at]}` : lines.at(-1)
  return new Error(`slidev ${command} ${signal ? `was stopped (${signal})` : 'failed'}${reason ? `: ${reason}` : ''}`)
}

function stopRun(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM')
  }
  catch {}
}

/** Stops every Slidev process this one started, with what they started: for a command that is interrupted. */
export function stopSlidevRuns(): void {
  running.forEach(stopRun)
}
