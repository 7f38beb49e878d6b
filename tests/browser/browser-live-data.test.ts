import type { Browser, Page } from 'playwright-chromium'
import type { DevServer } from '../support/dev-server.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { entryFor } from '../../scripts/build/deck-entry.ts'
import { DECK_MODEL } from '../../scripts/generate/generate-deck.ts'
import { copyDatasetDir, SECOND_TALK } from '../support/datasets.ts'
import { startDevServer } from '../support/dev-server.ts'

const LABEL = 'asks to attack the South'
const data = copyDatasetDir(SECOND_TALK)
const episodeFile = join(data, 'episodes', '01-first-request.ts')
const original = readFileSync(episodeFile, 'utf8')
let dev: DevServer
let browser: Browser
let page: Page

interface ModelSlide { number: number, view: { steps?: { step: number, label: string }[] } }

/** The slide and click that show a text, from the model the dev server generated: a decision slide captions one step a click. */
function whereShown(text: string): { slide: number, clicks: number } {
  const model = JSON.parse(readFileSync(join(entryFor(data).generated, DECK_MODEL), 'utf8')) as { slides: ModelSlide[] }
  const slide = model.slides.find(candidate => JSON.stringify(candidate.view).includes(text))
  if (!slide)
    throw new Error(`no slide shows "${text}"`)
  const step = slide.view.steps?.find(candidate => candidate.label.includes(text))
  return { slide: slide.number, clicks: step?.step ?? 0 }
}

beforeAll(async () => {
  dev = await startDevServer(data)
  browser = await launchChromium()
  page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  const { slide, clicks } = whereShown(LABEL)
  await page.goto(`${dev.url}/${slide}?clicks=${clicks}`)
  await page.locator(`.slidev-page-${slide}`).getByText(LABEL).first().waitFor({ timeout: 120_000 })
})
afterAll(async () => {
  writeFileSync(episodeFile, original)
  await browser?.close()
  dev?.stop()
})

describe('npm run dev follows the dataset', () => {
  it('shows an edited event label on its open slide, without a reload', async () => {
    await page.evaluate(() => Object.assign(window, { notReloaded: true }))
    const started = Date.now()
    writeFileSync(episodeFile, original.replace(LABEL, 'asks, once more, to attack the South'))
    await page.getByText('asks, once more, to attack the South').first().waitFor({ timeout: 10_000 })
    console.warn(`live data: the edit showed on the open slide after ${Date.now() - started} ms`)
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true)
  })

  it('shows a broken edit in the page and the terminal, naming file, record and field, and keeps the last good deck', async () => {
    writeFileSync(episodeFile, original.replace(/from: 'moscow'/, 'from: \'moskva\''))
    const banner = page.locator('.dataset-problem')
    await banner.waitFor({ timeout: 10_000 })
    expect(await banner.textContent()).toMatch(/01-first-request\.ts: episodes\[0\] \(first-request\) › events\[\d\] \([\w-]+\) › from: unknown actor "moskva"/)
    expect(dev.output()).toMatch(/from: unknown actor "moskva"/)
    expect(await page.getByText('asks, once more, to attack the South').count()).toBeGreaterThan(0)
  })

  it('clears the error when the file is fixed', async () => {
    writeFileSync(episodeFile, original)
    await page.locator('.dataset-problem').waitFor({ state: 'detached', timeout: 10_000 })
    await page.getByText(LABEL).first().waitFor({ timeout: 10_000 })
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
