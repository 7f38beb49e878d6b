import type { Browser, Page } from 'playwright-chromium'
import type { RehearsalRecord } from '../../contract/rehearsal-record.ts'
import type { DevServer } from '../support/dev-server.ts'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { builtDeckModel } from '../support/browser-deck.ts'
import { copyDatasetDir, SECOND_TALK, temporaryDir } from '../support/datasets.ts'
import { startDevServer } from '../support/dev-server.ts'

const LABEL = 'asks to attack the South'
const data = copyDatasetDir(SECOND_TALK)
const episodeFile = join(data, 'episodes', '01-first-request.ts')
const original = readFileSync(episodeFile, 'utf8')
const rehearsals = temporaryDir('rehearsals-')
let dev: DevServer
let browser: Browser

/**
 * One dev server for both: `npm run rehearse` (the dev server with rehearsal on), saving into a
 * scratch folder, on a copy of a dataset the live-data tests then edit. A server's first start
 * compiles the whole deck, the longest part of either test.
 */
beforeAll(async () => {
  dev = await startDevServer(data, { VITE_DECK_REHEARSE: '1', DECK_REHEARSALS_DIR: rehearsals })
  browser = await launchChromium()
})
afterAll(async () => {
  writeFileSync(episodeFile, original)
  await browser?.close()
  dev?.stop()
})

describe('rehearsal in the dev server', () => {
  it('records the time on every slide and click as the clock says, into a new file', async () => {
    const page = await browser.newPage({
      viewport: { width: 1024, height: 768 },
    })
    await page.clock.install({
      time: new Date('2026-03-01T10:00:00Z'),
    })
    await page.goto(`${dev.url}/presenter/1`)
    await page.locator('.grid-section.main .slidev-page-1').waitFor({ state: 'visible', timeout: 120_000 })
    await page.locator('.deck-rehearsal-stop').waitFor({ state: 'visible' })
    await page.clock.pauseAt(new Date('2026-03-01T10:05:00Z')) // from here on, time moves only as the test says
    const plan: [number, number][] = [
      [20, 2],
      [35, 3],
      [10, 4],
    ]
    for (const [seconds, next] of plan) {
      await page.clock.fastForward(seconds * 1000)
      await page.keyboard.press('ArrowDown')
      await page.locator(`.grid-section.main .slidev-page-${next}`).waitFor({ state: 'visible' })
    }
    await page.clock.fastForward(15_000)
    await page.locator('.deck-rehearsal-stop').click()
    await page.locator('.deck-rehearsal-message', { hasText: 'saved' }).waitFor({ timeout: 15_000 })
    const files = readdirSync(rehearsals)
    expect(files).toHaveLength(1)
    expect(files[0]).toBe('2026-03-01T10-06-20.json')
    const record = JSON.parse(readFileSync(join(rehearsals, files[0]!), 'utf8')) as RehearsalRecord
    const slide1 = record.slides.find(entry => entry.slide === 1)!.seconds
    expect(slide1).toBeGreaterThanOrEqual(20)
    expect(record.slides.filter(entry => entry.slide > 1)).toEqual([
      { slide: 2, seconds: 35 },
      { slide: 3, seconds: 10 },
      { slide: 4, seconds: 15 },
    ])
    expect(record.steps.map(step => [step.slide, step.clicks])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
    ])
    await page.close()
  })
})

/** The slide and click that show a text, from the model the dev server generated: a decision slide captions one step a click. */
function whereShown(text: string): { slide: number, clicks: number } {
  const slide = builtDeckModel(data).slides.find(candidate => JSON.stringify(candidate.view).includes(text))
  if (!slide)
    throw new Error(`no slide shows "${text}"`)
  const step = slide.view.kind === 'decision'
    ? slide.view.steps.find(candidate => candidate.label.includes(text))
    : undefined
  return { slide: slide.number, clicks: step?.step ?? 0 }
}

describe('npm run dev follows the dataset', () => {
  let page: Page
  beforeAll(async () => {
    page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    const { slide, clicks } = whereShown(LABEL)
    await page.goto(`${dev.url}/${slide}?clicks=${clicks}`)
    await page.locator(`.slidev-page-${slide}`).getByText(LABEL, { exact: true }).first().waitFor({ timeout: 120_000 })
  })

  it('shows an edited event label on its open slide, without a reload', async () => {
    await page.evaluate(() => Object.assign(window, { notReloaded: true }))
    const started = Date.now()
    writeFileSync(episodeFile, original.replace(LABEL, 'asks once more to attack'))
    await page.getByText('asks once more to attack', { exact: true }).first().waitFor({ timeout: 10_000 })
    console.warn(`live data: the edit showed on the open slide after ${Date.now() - started} ms`)
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true)
  })

  it('shows a broken edit in the page and the terminal, naming file, record and field, and keeps the last good deck', async () => {
    writeFileSync(episodeFile, original.replace(/from: 'moscow'/, 'from: \'moskva\''))
    const banner = page.locator('.dataset-problem')
    await banner.waitFor({ timeout: 10_000 })
    expect(await banner.textContent()).toMatch(/01-first-request\.ts: episodes\[0\] \(first-request\) › events\[\d\] \([\w-]+\) › from: unknown actor "moskva"/)
    expect(dev.output()).toMatch(/from: unknown actor "moskva"/)
    expect(await page.getByText('asks once more to attack', { exact: true }).count()).toBeGreaterThan(0)
  })

  it('clears the error when the file is fixed', async () => {
    writeFileSync(episodeFile, original)
    await page.locator('.dataset-problem').waitFor({ state: 'detached', timeout: 10_000 })
    await page.getByText(LABEL, { exact: true }).first().waitFor({ timeout: 10_000 })
  })

  it('gives a syntax error one line with the file and line, then recovers', async () => {
    writeFileSync(episodeFile, `${original}\nexport const broken = {\n`)
    const banner = page.locator('.dataset-problem')
    await banner.waitFor({ timeout: 10_000 })
    expect(await banner.textContent()).toMatch(/01-first-request\.ts: \(file\): syntax error at line \d+, column \d+/)
    writeFileSync(episodeFile, original)
    await banner.waitFor({ state: 'detached', timeout: 10_000 })
  })
})
