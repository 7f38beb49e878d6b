import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-chromium'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareContext } from '../../scripts/audit/slide-audit.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { entryFor } from '../../scripts/build/deck-entry.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { fixtureModel, slideNumberIn } from '../support/browser-deck.ts'
import { copyDatasetDir, SECOND_TALK } from '../support/datasets.ts'
import { runScript } from '../support/run-script.ts'
import { tapKey } from '../support/tap-key.ts'
import { FIXTURE_BUILD } from './global-setup.ts'

const deck = await fixtureModel()
/** A copy of the fixture talk with a copy of its build: this test may replace that build, as an export does. */
const DATA = copyDatasetDir(SECOND_TALK)
const BUILD = entryFor(DATA).dist
let child: ChildProcess
let output = ''
let browser: Browser

/** `npm run present -- --data <fixture> --no-open --port 0`, resolved once it prints the two addresses. */
beforeAll(async () => {
  cpSync(FIXTURE_BUILD, BUILD, { recursive: true })
  child = spawn(process.execPath, [
    join(PROJECT_ROOT, 'scripts', 'present.ts'),
    '--data',
    DATA,
    '--no-open',
    '--port',
    '0',
  ], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk: Uint8Array) => output += new TextDecoder().decode(chunk))
  child.stderr!.on('data', (chunk: Uint8Array) => output += new TextDecoder().decode(chunk))
  await new Promise<void>((ready, fail) => {
    const limit = setTimeout(() => fail(new Error(`npm run present did not start within 2 minutes:\n${output}`)), 120_000)
    child.stdout!.on('data', () => {
      if (output.includes('Ctrl-C stops serving')) {
        clearTimeout(limit)
        ready()
      }
    })
    child.once('exit', code => fail(new Error(`npm run present exited with ${code}:\n${output}`)))
  })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  if (child.exitCode === null) {
    child.kill('SIGTERM')
    await once(child, 'exit')
  }
})

const address = (role: string) => new RegExp(`present: ${role} +(http://\\S+)`).exec(output)?.[1]

describe('npm run present', () => {
  it('serves the build the global setup made, without building again, and prints both addresses', () => {
    expect(output).toMatch(new RegExp(`present: ${deck.slides.length} slides from the last build, ready in [\\d.]+ s`))
    expect(address('audience')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/1$/)
    expect(address('presenter')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/presenter\/1$/)
  })

  const copies = () => readdirSync(join(PROJECT_ROOT, '.tmp')).filter(name => name.startsWith('present-'))

  it('on a port already in use says so in two lines and leaves no copy of the build behind', async () => {
    const port = new URL(address('audience')!).port
    const before = copies()
    const { status, lines } = await runScript('present', ['--data', DATA, '--no-open', '--port', port])
    expect(status).toBe(1)
    expect(lines).toEqual([
      `present: --port ${port}: in use by another program; pass another port (0 takes any free one)`,
      expect.stringMatching(/^usage: npm run present -- /),
    ])
    expect(copies()).toEqual(before)
  })

  it('leaves no half-made copy of the build behind when its copy fails', () => {
    const before = copies()
    // Files of at most 512 KB (ulimit -f counts 512-byte blocks): the copy fails at the build's largest chunk, others copied.
    const script = join(PROJECT_ROOT, 'scripts', 'present.ts')
    const run = spawnSync('sh', ['-c', 'ulimit -f 1024 && exec "$0" "$@"', process.execPath, script, '--data', DATA, '--no-open', '--port', '0'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^present failed: .*\.tmp\/present-\d+/)
    expect(copies()).toEqual(before)
  })

  it('gives a presenter view with notes and pacing that drives the audience window, and the backup keys', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
    })
    await prepareContext(context)
    const audience = await context.newPage()
    await audience.goto(address('audience')!)
    await audience.locator('.slidev-page-1').waitFor({ state: 'visible' })
    const presenter = await context.newPage()
    await presenter.goto(address('presenter')!)
    await presenter.locator('.grid-section.main .slidev-page-1').waitFor({ state: 'visible' })
    await presenter.locator('.deck-pacing').waitFor({ state: 'visible' })
    expect(await presenter.locator('.slidev-note').textContent()).toContain(deck.slides[0]!.notes.lead.slice(0, 30))
    const from = deck.slides.find(slide => deck.backups[slide.number - 1]!.sources.length > 0)!
    const target = deck.slides.find(slide => slide.alias === deck.backups[from.number - 1]!.backup)!.number
    const slideOf = (url: string) => slideNumberIn(deck, url)
    // A speaker's pace: each slide reaches the audience before the next key. Keys a few milliseconds
    // apart race Slidev's echo of the audience's route back to the presenter.
    for (let slide = 2; slide <= from.number; slide++) {
      await tapKey(presenter, 'ArrowDown')
      await expect.poll(() => slideOf(audience.url())).toBe(slide)
    }
    await presenter.keyboard.press('b')
    await expect.poll(() => slideOf(audience.url())).toBe(target)
    await presenter.keyboard.press('r')
    await expect.poll(() => slideOf(audience.url())).toBe(from.number)
    await context.close()
  })

  it('keeps serving the build it started with while an export replaces it', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    const failed: string[] = []
    page.on('response', response => response.status() >= 400 && failed.push(`${response.url()} (${response.status()})`))
    page.on('requestfailed', request => failed.push(request.url()))
    await page.goto(address('audience')!)
    await page.locator('.slidev-page-1').waitFor({ state: 'visible' })
    // An export builds afresh and swaps the new build in: the old one's chunks are gone.
    rmSync(BUILD, { recursive: true, force: true })
    for (const slide of deck.slides.slice(1)) {
      await tapKey(page, 'ArrowDown')
      await page.locator(`.slidev-page-${slide.number} .slidev-layout`).first().waitFor({ state: 'visible' })
    }
    expect(failed).toEqual([])
    await page.close()
  })

  it('stops on Ctrl-C, and removes its copy of the build', async () => {
    child.kill('SIGINT')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    expect(existsSync(join(PROJECT_ROOT, '.tmp', `present-${child.pid}`))).toBe(false)
  })
})
