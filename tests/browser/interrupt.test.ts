import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { describe, expect, it, onTestFinished } from 'vitest'
import { entryFor } from '../../scripts/build/deck-entry.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { copyDatasetDir, SECOND_TALK, temporaryDir } from '../support/datasets.ts'

/** The command lines of every process on this machine that names `text`. */
function processesNaming(text: string): string[] {
  return readdirSync('/proc').filter(pid => /^\d+$/.test(pid)).flatMap((pid) => {
    try {
      const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
      return line.includes(text)
        ? [`${pid}: ${line}`]
        : []
    }
    catch {
      return []
    }
  })
}

/** Waits for the export to reach a stage; on a busy machine its processes start late. */
async function until(condition: () => boolean, what: string): Promise<void> {
  await expect.poll(condition, { timeout: 180_000, interval: 100, message: what }).toBe(true)
}

const data = copyDatasetDir(SECOND_TALK)
const entry = entryFor(data)

describe('an export stopped by `kill` in the middle of its build, with the venue files under way', () => {
  it('stops its Slidev processes, removes the half-built deck, leaves the previous files and exits 143', { timeout: 400_000 }, async () => {
    const out = temporaryDir('deck-interrupted-')
    writeFileSync(join(out, 'previous.pdf'), 'the previous export')
    const child = spawn(process.execPath, [
      join(PROJECT_ROOT, 'scripts', 'export.ts'),
      '--data',
      data,
      '--out',
      out,
      '--rebuild',
      '--venue',
    ], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // A failure before the kill below must not leave the export running and writing after the test.
    onTestFinished(async () => {
      if (child.exitCode === null && child.signalCode === null && child.kill('SIGTERM'))
        await once(child, 'exit')
    })
    let output = ''
    child.stdout.on('data', (chunk: Uint8Array) => output += String(chunk))
    child.stderr.on('data', (chunk: Uint8Array) => output += String(chunk))
    const building = () => existsSync(dirname(entry.dist))
      ? readdirSync(dirname(entry.dist)).filter(name => name.startsWith('dist.building-'))
      : []
    // buildEntry builds beside the target, in a folder named after the export's process.
    const halfBuilt = `${entry.dist}.building-${child.pid}`
    await until(() => processesNaming(halfBuilt).length > 0, 'the build has begun')
    await until(() => processesNaming(`${entry.root}/.tmp/venue-`).length > 0, 'a venue export has begun')
    // Vite writes the build's folder only as it ends; what it has written by the kill is stood in for here.
    mkdirSync(halfBuilt, { recursive: true })
    writeFileSync(join(halfBuilt, 'index.html'), 'half-built')
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    expect(output).toContain('export: interrupted (SIGTERM); previous files left as they were.')
    expect(code).toBe(143)
    expect(building(), 'the half-built deck').toEqual([])
    // Killed by then; a process that catches SIGTERM may take a moment to go.
    await expect.poll(() => processesNaming(entry.root), { timeout: 5000, message: 'Slidev processes of the export' }).toEqual([])
    expect(readdirSync(out)).toEqual(['previous.pdf'])
    expect(existsSync(join(entry.root, '.tmp'))
      ? readdirSync(join(entry.root, '.tmp'))
      : [], 'scratch folders').toEqual([])
  })
})
