import type { AddressInfo } from 'node:net'
import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { slidevFailure } from '../../scripts/build/run-slidev.ts'
import { describeFailure } from '../../scripts/cli/command.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { copyDatasetDir, SECOND_TALK, temporaryDir } from '../support/datasets.ts'
import { runScript } from '../support/run-script.ts'

/** A copy of the second talk with one file replaced or edited, and a folder for output that must stay empty. */
function brokenCopy(edit: (dir: string) => void): { data: string, out: string } {
  const data = copyDatasetDir(SECOND_TALK)
  edit(data)
  return {
    data,
    out: join(temporaryDir('commands-out-'), 'out'),
  }
}

const episode = (dir: string) => join(dir, 'episodes', '01-first-request.ts')
const rewrite = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')))

const BROKEN_DATASETS: readonly [string, (dir: string) => void, RegExp][] = [
  [
    'an unknown id',
    dir => rewrite(episode(dir), text => text.replace(/from: 'moscow'/, 'from: \'moskva\'')),
    /01-first-request\.ts: .*from: unknown actor "moskva"/,
  ],
  [
    'an impossible date',
    dir => rewrite(episode(dir), text => text.replace(/date: '1949-03'/, 'date: \'1949-13\'')),
    /01-first-request\.ts: .*date: "1949-13" is not a date: there is no month 13; months run from 01 to 12$/m,
  ],
  [
    'a duplicate id',
    dir => rewrite(join(dir, 'actors.ts'), text => text.replace(/id: 'beijing'/, 'id: \'moscow\'')),
    /actors\.ts: .*duplicate/i,
  ],
  [
    'a wrong type',
    dir => rewrite(join(dir, 'talk.ts'), text => text.replace(/slotMinutes: \d+/, 'slotMinutes: \'five\'')),
    /talk\.ts: .*slotMinutes: must be a number, not "five"$/m,
  ],
  [
    'a missing field',
    dir => rewrite(join(dir, 'talk.ts'), text => text.replace(/\s*thesis: .*,\n/, '\n')),
    /talk\.ts: .*thesis: missing: needs a text in quotes$/m,
  ],
  [
    'a syntax error',
    dir => writeFileSync(join(dir, 'people.ts'), 'export default [ { id: \'kim\',\n'),
    /people\.ts: \(file\): syntax error at line 2, column 1: /,
  ],
  [
    'an apostrophe inside a single-quoted text',
    dir => rewrite(episode(dir), text => text.replace('label: \'asks to attack the South\'', 'label: \'Kim\'s plan to attack the South\'')),
    /01-first-request\.ts: \(file\): syntax error at line 19, column 18: the apostrophe in Kim's ends the quoted text early; write it as \\' \(Kim\\'s\)$/m,
  ],
  [
    'a file that throws',
    dir => writeFileSync(join(dir, 'framing.ts'), 'const x = 1\nthrow new Error(\'not ready\')\n'),
    /framing\.ts: \(file\): failed while loading \(line 2, column \d+\): not ready/,
  ],
  [
    'a named export in place of the default',
    dir => rewrite(episode(dir), text => text.replace('export default {', 'export const episode = {')),
    /01-first-request\.ts: \(file\): has no default export$/m,
  ],
  [
    'an empty episodes folder',
    dir => rmSync(episode(dir)) ?? rmSync(join(dir, 'episodes', '02-consent.ts')),
    /episodes: \(file\): holds no episode/,
  ],
  [
    'a missing episodes folder',
    dir => rmSync(join(dir, 'episodes'), { recursive: true }),
    /episodes: \(file\): missing: /,
  ],
]

// Each case is a process of its own: they run side by side.
describe.concurrent('npm run generate on a broken dataset', () => {
  it.each(BROKEN_DATASETS)('%s: names the file and the problem, one line each, exits 1 and writes nothing', async (_kind, edit, expected) => {
    const { data, out } = brokenCopy(edit)
    const { status, output, lines } = await runScript('generate', ['--data', data, '--out', out])
    expect(status).toBe(1)
    expect(output).toMatch(expected)
    expect(lines.at(-1)).toMatch(/^generate: the dataset has (?:a problem|\d+ problems); nothing was written\.$/)
    for (const line of lines.slice(0, -1))
      expect(line.startsWith(data), 'each problem names its file').toBe(true)
    expect(output).not.toMatch(/\n\s+at /)
    expect(existsSync(out), 'not even the --out folder').toBe(false)
  })
})

describe.concurrent('every command on bad input', () => {
  const commands = [
    'generate',
    'export',
    'check',
    'bench',
    'dev',
    'rehearsals',
    'present',
  ] as const

  it.each(commands)('%s --help prints its usage and exits 0', async (command) => {
    const { status, lines } = await runScript(command, ['--help'])
    expect(status).toBe(0)
    expect(lines[0]).toMatch(new RegExp(`^usage: npm run ${command} -- `))
  })

  it.each(commands)('%s rejects an unknown flag in two lines', async (command) => {
    const { status, lines } = await runScript(command, ['--frobnicate'])
    expect(status).toBe(1)
    expect(lines).toEqual([
      `${command}: Unknown option '--frobnicate'`,
      expect.stringMatching(new RegExp(`^usage: npm run ${command} -- `)),
    ])
  })

  it.each([
    'generate',
    'export',
    'check',
    'dev',
    'rehearsals',
    'present',
  ] as const)('%s names a missing --data folder itself', async (command) => {
    const { status, output } = await runScript(command, ['--data', '/nonexistent-dataset'])
    expect(status).toBe(1)
    expect(output).toMatch(/^\/nonexistent-dataset: \(file\): no such dataset folder: pass --data a folder laid out like data\/$/m)
    expect(output).not.toMatch(/\n\s+at /)
  })

  it.each(['/proc/x', '/sys/x'])('export --out %s fails at once, before any work, claiming no file', async (out) => {
    const { status, lines } = await runScript('export', ['--out', out])
    expect(status).toBe(1)
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^export: cannot write to ${out} \\(E[A-Z]+\\); choose a folder you can write to$`)),
    ])
  })

  it.each([['a file', ''], ['a folder under a file', 'sub']])('export --out %s fails at once in one line naming it, not the probe it could not write', async (_, below) => {
    const file = join(temporaryDir('commands-out-'), 'slides.pdf')
    writeFileSync(file, 'a file, not a folder')
    const out = below ? join(file, below) : file
    const { status, lines } = await runScript('export', ['--out', out])
    expect(status).toBe(1)
    expect(lines).toEqual([`export: cannot write to ${out} (ENOTDIR); choose a folder you can write to`])
    expect(readFileSync(file, 'utf8')).toBe('a file, not a folder')
  })

  it.each(['7,nine', '0', '0-3'])('check --slides %s, which is not a list of slide numbers, is refused before any work', async (list) => {
    const { status, lines } = await runScript('check', ['--slides', list])
    expect(status).toBe(1)
    expect(lines).toEqual([
      `check: --slides ${list}: expected slide numbers and ranges, e.g. 7,9,12-15`,
      expect.stringMatching(/^usage: npm run check -- /),
    ])
  })

  it.each(['2', 'ten', '4.5'])('bench --runs %s is refused before any work, as its help asks for N >= 3', async (runs) => {
    const { status, lines } = await runScript('bench', ['--runs', runs])
    expect(status).toBe(1)
    expect(lines).toEqual([
      `bench: --runs ${runs}: expected a whole number of runs, at least 3`,
      expect.stringMatching(/^usage: npm run bench -- /),
    ])
  })

  it.each(['dev', 'present'] as const)('%s rejects a --port that is not a port number, in the same words', async (command) => {
    const { status, lines } = await runScript(command, ['--port', '70000'])
    expect(status).toBe(1)
    expect(lines).toEqual([
      `${command}: --port 70000: not a port number (0 to 65535; 0 takes any free one)`,
      expect.stringMatching(new RegExp(`^usage: npm run ${command} -- `)),
    ])
  })

  it('dev on a port already in use says so in two lines, in present\'s words', async () => {
    const holder = createServer()
    await new Promise<void>(listening => holder.listen(0, 'localhost', listening))
    try {
      const { port } = holder.address() as AddressInfo
      const { status, lines } = await runScript('dev', ['--data', copyDatasetDir(SECOND_TALK), '--port', String(port)])
      expect(status).toBe(1)
      expect(lines.filter(line => !line.includes('[vite]'))).toEqual([
        `dev: --port ${port}: in use by another program; pass another port (0 takes any free one)`,
        expect.stringMatching(/^usage: npm run dev -- /),
      ])
    }
    finally {
      holder.close()
    }
  })

  it('rehearsals with no rehearsal yet suggests a command a shell reads back, for a dataset path with a space', async () => {
    const data = join(temporaryDir('commands-spaced-'), 'second talk')
    cpSync(copyDatasetDir(SECOND_TALK), data, { recursive: true })
    const dir = temporaryDir('commands-no-rehearsals-')
    const { status, lines } = await runScript('rehearsals', ['--data', data, '--dir', dir])
    expect(status).toBe(0)
    expect(lines.at(-1)).toMatch(new RegExp(`; record one with npm run rehearse -- --data '${data}'$`))
  })

  it('rehearsals --dir naming a file says so in two lines, not as a failed write', async () => {
    const { status, lines } = await runScript('rehearsals', ['--data', SECOND_TALK, '--dir', 'package.json'])
    expect(status).toBe(1)
    expect(lines).toEqual(['rehearsals: --dir package.json: a file, not a folder of rehearsals', expect.stringMatching(/^usage: npm run rehearsals/)])
  })

  it('rehearsals --dir naming no folder says so, not that no rehearsal was made yet', async () => {
    const { status, lines } = await runScript('rehearsals', ['--data', SECOND_TALK, '--dir', 'rehearsals-typo'])
    expect(status).toBe(1)
    expect(lines).toEqual(['rehearsals: --dir rehearsals-typo: no such folder', expect.stringMatching(/^usage: npm run rehearsals/)])
  })

  it('build --out a folder of other files (here the dataset itself) refuses before building, deleting nothing', async () => {
    const data = copyDatasetDir(SECOND_TALK)
    const before = readdirSync(data, { recursive: true }).toSorted()
    const { status, lines } = await runScript('build', ['--data', data, '--out', data])
    expect(status).toBe(1)
    expect(lines).toEqual([
      `build: cannot build into ${data}: it holds files that are not a build of the deck, which building there would delete; choose a new or empty folder`,
    ])
    expect(readdirSync(data, { recursive: true }).toSorted()).toEqual(before)
  })

  // `--out "$FOLDER"` with the variable unset: the empty path is the working folder, the project's root.
  it.each([
    ['generate', '--out'],
    ['generate', '--data'],
    ['export', '--out'],
    ['rehearsals', '--dir'],
  ] as const)('%s %s "" is refused in two lines before any work, writing nothing where it runs', async (command, option) => {
    const before = readdirSync(PROJECT_ROOT)
    const { status, lines } = await runScript(command, [option, ''])
    expect(status).toBe(1)
    expect(lines).toEqual([
      `${command}: ${option} is empty: give it a value`,
      expect.stringMatching(new RegExp(`^usage: npm run ${command} -- `)),
    ])
    // What generate (deck.md) or export (its PDFs) would have written in the project's root.
    expect(readdirSync(PROJECT_ROOT).filter(name => !before.includes(name) && /\.(?:md|json|pdf)$/.test(name))).toEqual([])
  })

  it('export --out given twice is refused in two lines, not left to the last one', async () => {
    const { status, lines } = await runScript('export', ['--out', temporaryDir('commands-out-a-'), '--out', temporaryDir('commands-out-b-')])
    expect(status).toBe(1)
    expect(lines).toEqual(['export: --out is given twice: give it once', expect.stringMatching(/^usage: npm run export -- /)])
  })

  it('check --dist refuses a build of another talk (its stamp differs) before measuring anything', async () => {
    const dist = temporaryDir('commands-other-build-')
    writeFileSync(join(dist, 'index.html'), '')
    writeFileSync(join(dist, '.deck-build-digest'), 'the digest of another talk')
    const { status, lines } = await runScript('check', ['--dist', dist, '--data', SECOND_TALK])
    expect(status).toBe(1)
    expect(lines).toEqual([
      `check: --dist ${dist} was built from another talk, or an older version of ${SECOND_TALK}/: build it again (npm run build -- --data ${join(PROJECT_ROOT, SECOND_TALK)} --out ${dist}) or leave out --dist`,
      expect.stringMatching(/^usage: npm run check -- /),
    ])
  })

  it('generate --out /proc/x fails at once', async () => {
    const { status, output } = await runScript('generate', ['--out', '/proc/x'])
    expect(status).toBe(1)
    expect(output).toMatch(/^generate: cannot write to \/proc\/x/)
  })

  // With no Chromium anywhere the message says what to install (tests/unit/find-chromium.test.ts); here the override is wrong.
  it.each(['export', 'check'] as const)('%s with CHROMIUM_PATH naming no file says in one line to fix the variable', async (command) => {
    const { status, output, errorLines } = await runScript(command, ['--data', SECOND_TALK], { CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(status).toBe(1)
    expect(errorLines).toEqual([
      expect.stringMatching(/CHROMIUM_PATH=\/nonexistent\/chromium names no file\. Point CHROMIUM_PATH at a Chromium binary .* or unset it\.$/),
    ])
    expect(output).not.toMatch(/Playwright's own browser|\n\s+at /)
  })

  it.each(['export', 'check'] as const)('%s with a Chromium that does not start names it and says what to do', async (command) => {
    const dir = temporaryDir('commands-chromium-')
    const chromium = join(dir, 'chromium')
    writeFileSync(chromium, '#!/bin/sh\nexit 3\n', { mode: 0o755 })
    const out = join(dir, 'out')
    // Export stops building once Chromium fails to start; check is given a built deck, so it launches at once.
    writeFileSync(join(dir, 'index.html'), '')
    const args = command === 'export' ? ['--data', SECOND_TALK, '--only', 'slides', '--out', out] : ['--data', SECOND_TALK, '--dist', dir]
    const { status, output, errorLines } = await runScript(command, args, { CHROMIUM_PATH: chromium })
    expect(status).toBe(1)
    expect(errorLines[0]).toMatch(new RegExp(`^${command} failed: Chromium at ${chromium} did not start \\(.+\\); point CHROMIUM_PATH at a Chromium that runs$`))
    expect(output).not.toMatch(/\n\s+at /)
  })
})

describe.concurrent('paths on the command line', () => {
  it('a relative --data and --out are read from the folder the command was typed in, which npm keeps in INIT_CWD', async () => {
    const typedIn = temporaryDir('typed-in-')
    cpSync(SECOND_TALK, join(typedIn, 'talk'), { recursive: true })
    const { status, output } = await runScript('generate', ['--data', 'talk', '--out', 'deck'], { INIT_CWD: typedIn })
    expect(status, output).toBe(0)
    expect(output).toContain(`from ${join(typedIn, 'talk')}/ -> ${join(typedIn, 'deck')}/`)
    expect(readdirSync(join(typedIn, 'deck'))).toContain('deck.md')
    expect(existsSync(join(PROJECT_ROOT, 'deck'))).toBe(false)
  })

  it('run outside the project without npm, the defaults still name the project\'s folders', async () => {
    const elsewhere = temporaryDir('elsewhere-')
    const out = join(temporaryDir('elsewhere-out-'), 'deck')
    const { status, output } = await runScript('generate', ['--out', out], { INIT_CWD: '' }, elsewhere)
    expect(status, output).toBe(0)
    expect(output).toContain(`from data/ -> ${out}/`)
  })
})

describe('npm run bench, with stand-ins for npm and npx', () => {
  /** A folder with `npm` and `npx` that run this shell script instead, first on the PATH. */
  function standIns(script: string): NodeJS.ProcessEnv {
    const bin = temporaryDir('commands-bench-bin-')
    for (const name of ['npm', 'npx'])
      writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 })
    return { PATH: `${bin}:${process.env.PATH}`, TMPDIR: temporaryDir('commands-bench-tmp-') }
  }

  it('(e) edits a word of the first event\'s label, not the period\'s label, and leaves a dataset that loads', async () => {
    const seen = join(temporaryDir('commands-bench-seen-'), 'labels')
    const kept = join(temporaryDir('commands-bench-kept-'), 'data')
    // For the run with --data (the edited copy), the first episode's first two labels, and a copy of the dataset.
    const env = standIns(`prev=; for a in "$@"; do if [ "$prev" = --data ]; then grep -m2 "label: '" "$a"/episodes/01-*.ts | sed 's/^ *//' >> "${seen}"; rm -rf "${kept}"; cp -r "$a" "${kept}"; fi; prev=$a; done`)
    const { status, output } = await runScript('bench', ['--runs', '3'], env)
    expect(status, output).toBe(0)
    const episodes = join(PROJECT_ROOT, 'data', 'episodes')
    const first = readFileSync(join(episodes, readdirSync(episodes).sort()[0]!), 'utf8')
    const [period, event] = first.split('\n').filter(line => line.includes('label: \'')).map(line => line.trim())
    expect(period).toMatch(/^period: /)
    expect(readFileSync(seen, 'utf8').trim().split('\n')).toEqual([0, 1, 2, 3].flatMap(edit => [
      period,
      event!.replace(/label: '[^'\s]+/, `label: 'edit${edit}`),
    ]))
    const { loadDataset } = await import('../../scripts/dataset/load-dataset.ts')
    await expect(loadDataset(kept)).resolves.toBeDefined()
  })

  it('on Ctrl-C says it was interrupted, exits 130 and leaves no scratch folder', async () => {
    // A Ctrl-C reaches the whole foreground group: the run in progress and the bench.
    const env = standIns('kill -INT $PPID; exit 130')
    const { status, lines } = await runScript('bench', ['--runs', '3'], env)
    expect(lines).toEqual(['bench: warm-up round (not counted)', 'bench: interrupted (SIGINT); nothing was written.'])
    expect(status).toBe(130)
    expect(readdirSync(env.TMPDIR!).filter(name => name.startsWith('deck-bench-'))).toEqual([])
  })
})

describe('an interrupt (Ctrl-C) while a command starts', () => {
  it('stops what the command starts after the interrupt at once, instead of leaving it running until the forced exit', () => {
    // dev's server, present's and Slidev's runs are registered as they start: a Ctrl-C during dev's start-up came before.
    const interrupt = pathToFileURL(join(PROJECT_ROOT, 'scripts', 'cli', 'interrupt.ts')).href
    const script = `
      import { handleInterrupts, stopOnInterrupt } from ${JSON.stringify(interrupt)}
      handleInterrupts()
      process.kill(process.pid, 'SIGINT')
      setInterval(() => {}, 1000) // the server, still starting
      setTimeout(() => stopOnInterrupt(() => { console.log('stopped'); process.exit(0) }), 100)
    `
    // Without the fix the script runs on until the 10 s limit kills it, and execFileSync throws.
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 10_000 })
    expect(output.trim()).toBe('stopped')
  })

  it.each([
    // An export's progress lines, and its Slidev run to stop.
    { pipe: 'its output (`npm run export | head -1`)', closed: 'stdout', other: 'stderr', writes: 'console.log(\'export: a progress line\')' },
    // Check's progress dots, and its Chromium to stop.
    { pipe: 'its error output (`npm run check 2>&1 | head -2`)', closed: 'stderr', other: 'stdout', writes: 'process.stderr.write(\'.\')' },
  ] as const)('takes a closed pipe on $pipe as an interrupt: what it started is stopped, not left behind', async ({ closed, other, writes }) => {
    const interrupt = pathToFileURL(join(PROJECT_ROOT, 'scripts', 'cli', 'interrupt.ts')).href
    const script = `
      import { handleInterrupts, stopOnInterrupt } from ${JSON.stringify(interrupt)}
      handleInterrupts()
      stopOnInterrupt(() => { process.${other}.write('stopped\\n'); setImmediate(() => process.exit()) })
      setInterval(() => ${writes}, 20)
    `
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    let said = ''
    child[other].on('data', (chunk: Uint8Array) => said += String(chunk))
    child[closed].once('data', () => child[closed].destroy())
    const [code] = await once(child, 'exit')
    // Without the fix the next write's EPIPE ends the process at once: exit 1, an uncaught error, nothing stopped.
    expect(said.trim()).toBe('stopped')
    expect(code).toBe(141)
  })
})

describe('an export interrupted (Ctrl-C) while it builds the deck', () => {
  /** A process's children, by id and command line, from /proc. */
  function children(pid: number) {
    const ids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean)
    return ids.map(id => ({ pid: Number(id), command: readFileSync(`/proc/${id}/cmdline`, 'utf8') }))
  }

  it('says so in its one line, exits 130 and writes nothing, as every other stage does', async () => {
    const out = temporaryDir('commands-interrupted-')
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'export.ts'), '--data', SECOND_TALK, '--rebuild', '--only', 'handout', '--out', out], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const exited = once(child, 'exit')
    let output = ''
    child.stdout.on('data', (chunk: Uint8Array) => output += String(chunk))
    child.stderr.on('data', (chunk: Uint8Array) => output += String(chunk))
    // The build under way, and Chromium started beside it.
    await expect.poll(() => children(child.pid!).map(({ command }) => command), { timeout: 15_000, interval: 100 }).toEqual(expect.arrayContaining([
      expect.stringContaining('slidev.mjs\0build'),
      expect.stringContaining('--remote-debugging-pipe'),
    ]))
    // A build that takes a moment to stop, longer than Chromium: Playwright's own Ctrl-C handler closed Chromium and exited 130 meanwhile, silently.
    const build = children(child.pid!).find(({ command }) => command.includes('slidev.mjs\0build'))!.pid
    process.kill(build, 'SIGSTOP')
    child.kill('SIGINT')
    await new Promise(done => setTimeout(done, 2000))
    process.kill(build, 'SIGCONT')
    const [code] = await exited
    expect(output.trim().split('\n').at(-1), output).toBe('export: interrupted (SIGINT); previous files left as they were.')
    expect(code).toBe(130)
    expect(readdirSync(out)).toEqual([])
  })
})

describe('a Slidev run that fails', () => {
  // What `slidev build` prints for a layout with a broken template (its stack cut short).
  const printed = [
    'vite v8.3.8 building client environment for production...',
    'transforming...',
    '\u001B[31m✗\u001B[39m Build failed in 7.29s',
    'Build failed with 1 error:',
    '',
    '[plugin vite:vue] /work/project/layouts/end.vue:18:16',
    'RolldownError: Interpolation end sign was not found.',
    'SyntaxError: Interpolation end sign was not found.',
    '    at createCompilerError (/work/project/node_modules/@vue/compiler-core/dist/compiler-core.cjs.js:1378:17)',
    '    at async Object.handler (file:///work/project/node_modules/@slidev/cli/dist/cli.mjs:326:3) {',
    '  errors: [Getter/Setter]',
    '}',
  ].join('\n')

  it('is told in the command\'s first line by the file, place and error Slidev names, not by its "Build failed with 1 error:"', () => {
    const failure = describeFailure('build', 'usage: npm run build', slidevFailure('build', null, printed))
    expect(failure.split('\n')).toEqual([
      'build failed: slidev build failed: [plugin vite:vue] /work/project/layouts/end.vue:18:16: RolldownError: Interpolation end sign was not found.',
      'build: nothing was written (set DEBUG=1 to see the stack).',
    ])
  })

  it('without an error line, is told by the last line Slidev printed', () => {
    expect(slidevFailure('export', null, 'Preparing\nCannot find Chromium at /x\n\n').message).toBe('slidev export failed: Cannot find Chromium at /x')
    expect(slidevFailure('build', 'SIGTERM', '').message).toBe('slidev build was stopped (SIGTERM)')
  })
})
