import type { Browser, Page } from 'playwright-chromium'
import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import type { CurrentRehearsalRecord } from '../../contract/rehearsal-record.ts'
import type { DevServer } from '../support/dev-server.ts'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { formatSeconds } from '../../contract/deck-model.ts'
import { REHEARSAL_ENDPOINT, REHEARSAL_FORMAT, REHEARSAL_VERSION } from '../../contract/rehearsal-record.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { visitDeck } from '../../scripts/browser/visit-deck.ts'
import { serveStatic } from '../../scripts/build/static-server.ts'
import { loadDataset } from '../../scripts/dataset/load-dataset.ts'
import { buildDeckModel } from '../../scripts/generate/deck-model.ts'
import { deckTitle } from '../../scripts/generate/render-markdown.ts'
import { summarize } from '../../scripts/rehearsal/rehearsals.ts'
import { builtDeckModel } from '../support/browser-deck.ts'
import { editedDataset } from '../support/dataset-files.ts'
import { copyDatasetDir, SECOND_TALK, temporaryDir } from '../support/datasets.ts'
import { startDevServer } from '../support/dev-server.ts'
import { runScript } from '../support/run-script.ts'
import { tapKey } from '../support/tap-key.ts'

const LABEL = 'asks to attack the South'
const data = copyDatasetDir(SECOND_TALK)
const episodeFile = join(data, 'episodes', '01-first-request.ts')
const original = readFileSync(episodeFile, 'utf8')
const rehearsals = temporaryDir('rehearsals-')
let dev: DevServer
let browser: Browser

/**
 * One dev server for the file: `npm run rehearse` (the dev server with rehearsal on), saving into a
 * scratch folder, on a copy of a dataset the live-data tests edit, and with a Vite cache of its own,
 * empty, as in a fresh clone (see the last test). A server's first start pre-bundles the deck's
 * dependencies and compiles the whole deck, the longest part of the file.
 */
beforeAll(async () => {
  dev = await startDevServer(data, {
    VITE_DECK_REHEARSE: '1',
    DECK_REHEARSALS_DIR: rehearsals,
    DECK_VITE_CACHE_DIR: temporaryDir('vite-cache-'),
  })
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
    const before = readdirSync(rehearsals)
    await page.goto(`${dev.url}/presenter/1`)
    await page.locator('.grid-section.main .slidev-page-1').waitFor({ state: 'visible', timeout: 120_000 })
    await page.locator('.deck-rehearsal-stop').waitFor({ state: 'visible' })
    await page.clock.pauseAt(new Date('2026-03-01T10:05:00Z')) // from here on, time moves only as the test says
    const plan: [number, number][] = [
      [20, 2],
      [35, 3],
      [10, 4],
      [5, 5],
      [12, 6],
      [8, 7],
    ]
    for (const [seconds, next] of plan) {
      await page.clock.fastForward(seconds * 1000)
      await tapKey(page, 'ArrowDown')
      await page.locator(`.grid-section.main .slidev-page-${next}`).waitFor({ state: 'visible' })
    }
    await page.clock.fastForward(15_000)
    await page.locator('.deck-rehearsal-stop').click()
    await page.locator('.deck-rehearsal-message', { hasText: 'saved' }).waitFor({ timeout: 15_000 })
    const files = readdirSync(rehearsals).filter(name => !before.includes(name))
    expect(files).toEqual(['2026-03-01T10-06-45.json'])
    expect(await page.locator('.deck-rehearsal-message').textContent()).toBe(`saved ${join(rehearsals, files[0]!)}`)
    expect(dev.output()).toContain(`rehearsals saved in ${rehearsals}/`)
    const record = JSON.parse(readFileSync(join(rehearsals, files[0]!), 'utf8')) as CurrentRehearsalRecord
    const slide1 = record.slides.find(entry => entry.slide === 1)!.seconds
    expect(slide1).toBeGreaterThanOrEqual(20)
    const ids = (await builtDeckModel(data)).slides.map(slide => slide.id)
    expect(record.slides.filter(entry => entry.slide > 1)).toEqual([
      [2, 35],
      [3, 10],
      [4, 5],
      [5, 12],
      [6, 8],
      [7, 15],
    ].map(([slide, seconds]) => ({ slide, id: ids[slide! - 1], seconds })))
    expect(record.steps.map(step => [step.slide, step.clicks])).toEqual([1, 2, 3, 4, 5, 6, 7].map(slide => [slide, 0]))
    await page.close()
  })

  it('keeps a run the server did not save, over a reload, and saves it on a second try', async () => {
    const page = await browser.newPage({
      viewport: { width: 1024, height: 768 },
    })
    const before = readdirSync(rehearsals)
    await page.goto(`${dev.url}/presenter/1`)
    await page.locator('.grid-section.main .slidev-page-1').waitFor({ state: 'visible', timeout: 120_000 })
    await page.locator('.deck-rehearsal-stop').waitFor({ state: 'visible' })
    await tapKey(page, 'ArrowDown')
    await page.locator('.grid-section.main .slidev-page-2').waitFor({ state: 'visible' })
    const endpoint = `**${REHEARSAL_ENDPOINT}`
    await page.route(endpoint, route => route.abort())
    await page.locator('.deck-rehearsal-stop').click()
    await page.locator('.deck-rehearsal-message', { hasText: 'not saved' }).waitFor({ timeout: 15_000 })
    expect(await page.locator('.deck-rehearsal-message').textContent()).toMatch(/^not saved: .+; the run is kept to save again$/)
    // At 1024 px the button and the message take a line of their own, under the pacing figures, not beside them.
    const figures = (await page.locator('.deck-pacing-plan').boundingBox())!
    const controls = (await page.locator('.deck-rehearsal').boundingBox())!
    expect(controls.y).toBeGreaterThanOrEqual(figures.y + figures.height)
    await page.reload()
    await page.locator('.deck-rehearsal-save').waitFor({ state: 'visible', timeout: 60_000 })
    expect(await page.locator('.deck-rehearsal-stop').count()).toBe(0)
    expect(readdirSync(rehearsals)).toEqual(before)
    await page.unroute(endpoint)
    await page.locator('.deck-rehearsal-save').click()
    await page.locator('.deck-rehearsal-message', { hasText: /^saved / }).waitFor({ timeout: 15_000 })
    const files = readdirSync(rehearsals).filter(name => !before.includes(name))
    expect(files).toHaveLength(1)
    const record = JSON.parse(readFileSync(join(rehearsals, files[0]!), 'utf8')) as CurrentRehearsalRecord
    expect(record.steps.map(step => [step.slide, step.clicks])).toEqual([[1, 0], [2, 0]])
    // A run the server keeps refusing can be dropped, so the window can record again.
    await page.locator('.deck-rehearsal-start').click()
    await page.route(endpoint, route => route.abort())
    await page.locator('.deck-rehearsal-stop').click()
    await page.locator('.deck-rehearsal-message', { hasText: 'not saved' }).waitFor({ timeout: 15_000 })
    await page.locator('.deck-rehearsal-discard').click()
    await page.locator('.deck-rehearsal-start').waitFor({ state: 'visible' })
    expect(await page.locator('.deck-rehearsal-message').textContent()).toBe('the unsaved run is discarded')
    expect(readdirSync(rehearsals).filter(name => !before.includes(name))).toHaveLength(1)
    await page.close()
  })

  it('replays onto a reordered deck: each time lands on its slide wherever it moved, and a removed slide is reported', async () => {
    const rehearsed = rehearsalOf(await builtDeckModel(data))
    const dir = temporaryDir('replayed-')
    const file = '2026-03-01T10-06-45.json'
    writeFileSync(join(dir, file), JSON.stringify(rehearsed))
    const figure = rehearsed.slides.find(entry => entry.id.includes('/figure:'))!
    const diagram = rehearsed.slides.find(entry => entry.slide === figure.slide + 1)!
    // Since the rehearsal, the first episode lost its figure: the diagram after it moved up a slide, and every later slide moved too.
    const reordered = await editedDataset(data, join(temporaryDir('reordered-'), 'data'), (raw) => {
      raw.episodes[0].story = raw.episodes[0].story.filter((item: { kind: string }) => item.kind !== 'figure')
    })
    const deck = buildDeckModel((await loadDataset(reordered)).dataset)
    const summary = summarize(rehearsed, deck, file)
    const diagramNow = deck.slides.find(slide => slide.id === diagram.id)!
    expect(diagramNow.number).toBe(figure.slide)
    expect(summary.slides.get(figure.slide)).toBe(diagram.seconds)
    const removed = `"${figure.id}" (slide ${figure.slide} when rehearsed, ${formatSeconds(figure.seconds)}) is no longer in the deck; its time is left out`
    expect(summary.unmatched).toEqual([removed])

    const { status, output } = await runScript('rehearsals', [
      '--data',
      reordered,
      '--dir',
      dir,
    ])
    expect(status).toBe(0)
    expect(output).toContain(`rehearsals: ${removed}`)
  })

  it('refuses a rehearsal posted by another site\'s page, or as anything but JSON, and writes nothing', async () => {
    const before = readdirSync(rehearsals)
    // A record the endpoint would take from the deck's own page: only where it comes from, or its type, is wrong.
    const body = JSON.stringify(rehearsalOf(await builtDeckModel(data)))
    const endpoint = `${dev.url}${REHEARSAL_ENDPOINT}`
    // A page on another origin posts the way a form can, as text/plain: no preflight is needed, so only the server can stop it.
    const site = temporaryDir('other-site-')
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Another site</title>')
    const other = await serveStatic(site)
    const page = await browser.newPage()
    await page.goto(`${other.url}/`)
    const sent = await page.evaluate(async ({ endpoint, body }) => {
      await fetch(endpoint, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'content-type': 'text/plain' },
        body,
      })
      return true
    }, { endpoint, body })
    expect(sent).toBe(true)
    await page.close()
    await other.close()
    const post = (headers: Record<string, string>) => fetch(endpoint, { method: 'POST', headers, body })
    expect((await post({ 'origin': other.url, 'content-type': 'application/json' })).status).toBe(403)
    expect((await post({ 'content-type': 'application/json' })).status).toBe(403)
    expect((await post({ 'origin': dev.url, 'content-type': 'text/plain' })).status).toBe(415)
    expect(readdirSync(rehearsals)).toEqual(before)
    // The same record from the server's own page, as JSON, is taken: the refusals above were for where it came from and how.
    expect((await post({ 'origin': dev.url, 'content-type': 'application/json' })).status).toBe(201)
    expect(readdirSync(rehearsals).filter(name => !before.includes(name))).toHaveLength(1)
  })
})

/** A rehearsal of the fixture as the presenter view records it: each slide shown once, for 10 s plus its number. */
function rehearsalOf(deck: DeckModel): CurrentRehearsalRecord {
  const { slides } = deck
  const seconds = (slide: SlideModel) => 10 + slide.number
  return {
    format: REHEARSAL_FORMAT,
    version: REHEARSAL_VERSION,
    // The deck's title, as the presenter view records it: the dev server takes a rehearsal of its own talk only.
    talk: deckTitle(deck.talk),
    startedAt: '2026-03-01T10:00:00.000Z',
    endedAt: '2026-03-01T10:06:45.000Z',
    steps: slides.map(slide => ({
      slide: slide.number,
      id: slide.id,
      clicks: 0,
      seconds: seconds(slide),
    })),
    slides: slides.map(slide => ({
      slide: slide.number,
      id: slide.id,
      seconds: seconds(slide),
    })),
  }
}

/** The slide and click that show a text, from the model the dev server generated: a decision slide captions one step a click. */
async function whereShown(text: string): Promise<{ slide: number, clicks: number }> {
  const slide = (await builtDeckModel(data)).slides.find(candidate => JSON.stringify(candidate.view).includes(text))
  if (!slide)
    throw new Error(`no slide shows "${text}"`)
  const step = slide.view.kind === 'decision'
    ? slide.view.steps.find(candidate => candidate.label.includes(text))
    : undefined
  return { slide: slide.number, clicks: step?.step ?? 0 }
}

describe('npm run dev follows the dataset', () => {
  let page: Page
  let where: { slide: number, clicks: number }
  beforeAll(async () => {
    page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    where = await whereShown(LABEL)
    await page.goto(`${dev.url}/${where.slide}?clicks=${where.clicks}`)
  })
  /** Each test starts from the dataset as copied, shown without a problem, whatever the test before left. */
  beforeEach(async () => {
    writeFileSync(episodeFile, original)
    await page.locator('.dataset-problem').waitFor({ state: 'detached', timeout: 10_000 })
    await page.locator(`.slidev-page-${where.slide}`).getByText(LABEL, { exact: true }).first().waitFor({ timeout: 120_000 })
  })
  afterAll(async () => {
    await page?.close()
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
    const printed = dev.output().length
    // A good edit, then a broken one: the page keeps the good edit.
    writeFileSync(episodeFile, original.replace(LABEL, 'asks once more to attack'))
    await page.getByText('asks once more to attack', { exact: true }).first().waitFor({ timeout: 10_000 })
    writeFileSync(episodeFile, original.replace(LABEL, 'asks once more to attack').replace(/from: 'moscow'/, 'from: \'moskva\''))
    const banner = page.locator('.dataset-problem')
    await banner.waitFor({ timeout: 10_000 })
    expect(await banner.textContent()).toMatch(/01-first-request\.ts: episodes\[0\] \(first-request\) › events\[\d\] \([\w-]+\) › from: unknown actor "moskva"/)
    await expect.poll(() => dev.output().slice(printed)).toMatch(/from: unknown actor "moskva"/)
    expect(await page.getByText('asks once more to attack', { exact: true }).count()).toBeGreaterThan(0)
  })

  it('clears the error when the file is fixed', async () => {
    writeFileSync(episodeFile, original.replace(/from: 'moscow'/, 'from: \'moskva\''))
    await page.locator('.dataset-problem').waitFor({ timeout: 10_000 })
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

describe('the dev server on a cold cache, as in a fresh clone', () => {
  // Vite pre-bundles the dependencies it finds at start; one it finds later, on a page, makes it
  // bundle again and reload every page, under the speaker (with a paused clock, CI's rehearsal test
  // hung on it). A warm cache holds what earlier runs found (Vite keeps it in node_modules/.vite, for
  // every dev server of the checkout), so this server starts on an empty one of its own.
  it('never reloads a page to pre-bundle a dependency it had not found at start', async () => {
    const page = await browser.newPage({
      viewport: { width: 1600, height: 900 },
    })
    const deck = await builtDeckModel(data)
    // Every slide in the presenter view, which loads all the deck's code: its own, the next slide's preview, pacing and rehearsal.
    await page.goto(`${dev.url}/presenter/1`)
    await page.locator('.grid-section.main .slidev-page-1').waitFor({ state: 'visible', timeout: 120_000 })
    await page.evaluate(() => Object.assign(window, { notReloaded: true }))
    for (const slide of deck.slides) {
      await visitDeck(page, dev.url, `/presenter/${slide.number}`)
      const shown = page.locator(`.grid-section.main .slidev-page-${slide.number}`)
      await shown.waitFor({ state: 'visible', timeout: 60_000 })
      if (slide.view.kind === 'decision')
        await shown.locator('[data-diagram-ready] svg').first().waitFor({ timeout: 60_000 })
    }
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true)
    // The page above, and any other this file opened on the server.
    expect(dev.output()).not.toMatch(/optimized dependencies changed/)
    await page.close()
  })
})
