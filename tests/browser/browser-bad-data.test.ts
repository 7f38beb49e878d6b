import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckModel } from '../../contract/deck-model.ts'
import type { PageWatch } from '../../scripts/audit/slide-audit.ts'
import type { BuiltDeck } from '../../scripts/build/build-deck.ts'
import type { StaticServer } from '../../scripts/build/static-server.ts'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { judgeRendering, measureSlide, openSlide, prepareContext, problemsOfPage, watchPage } from '../../scripts/audit/slide-audit.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { visitDeck } from '../../scripts/browser/visit-deck.ts'
import { buildDeck } from '../../scripts/build/build-deck.ts'
import { entryFor } from '../../scripts/build/deck-entry.ts'
import { serveStatic } from '../../scripts/build/static-server.ts'
import { DatasetError } from '../../scripts/dataset/dataset-error.ts'
import { buildVenueHtml } from '../../scripts/export/venue-slidev.ts'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { saveFailureShot } from '../support/browser-deck.ts'
import { editedDataset } from '../support/dataset-files.ts'
import { SECOND_TALK, temporaryDir } from '../support/datasets.ts'
import { HOSTILE, hostileLabel, makeHostile } from '../support/hostile-dataset.ts'
import { runScript } from '../support/run-script.ts'

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
const withoutSpace = (text: string) => text.replace(/\s+/g, '')
const SCRATCH = join(PROJECT_ROOT, '.tmp', 'hostile-deck')

/** The hostile talk, built once for the tests that walk it. */
let hostile: BuiltDeck
beforeAll(async () => {
  const data = await editedDataset(SECOND_TALK, join(temporaryDir('hostile-'), 'data'), makeHostile)
  hostile = await buildDeck(data, join(SCRATCH, 'dist'), { quiet: true })
})

describe('a dataset full of markup, script, Mermaid syntax and quotes', () => {
  let deck: DeckModel
  let server: StaticServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let watch: PageWatch

  beforeAll(async () => {
    deck = hostile.deck
    server = await serveStatic(hostile.dist)
    browser = await launchChromium()
    context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    await prepareContext(context)
    page = await context.newPage()
    watch = watchPage(page)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('builds, and every slide renders its text as text: no script runs, no markup is injected, every diagram draws', async () => {
    const failures: string[] = []
    for (const slide of deck.slides) {
      watch.take()
      await openSlide(page, server.url, slide, watch)
      const measured = await measureSlide(page, slide.number)
      const injected = await page.evaluate(number => [
        ...document.querySelectorAll(`.slidev-page-${number} :is(script, img, iframe, b, object)`),
      ]
        .map(el => el.outerHTML.slice(0, 80)), slide.number)
      const pwned = await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)
      const problems = [
        // Safety and rendering: legibility (the back-row rule, the type floor) is the talk's to meet, not
        // a hostile fixture's, whose names run long enough to shrink any diagram.
        ...judgeRendering(slide, measured).filter(problem => !problem.startsWith('font ')),
        ...problemsOfPage(watch.take()),
        ...injected.map(html => `injected element ${html}`),
        ...(pwned === undefined
          ? []
          : [`script ran: window.__pwned = ${String(pwned)}`]),
      ]
      if (problems.length > 0) {
        await saveFailureShot(page, `hostile-${slide.number}`)
        failures.push(...problems.map(problem => `slide ${slide.number}: ${problem}`))
      }
    }
    expect(failures).toEqual([])
  })

  it('shows each hostile string verbatim', async () => {
    const textOf = async (number: number) => {
      await openSlide(page, server.url, deck.slides[number - 1]!, watch)
      return measureSlide(page, number)
    }
    const title = await textOf(1)
    expect(title.text).toContain(squash(`Patrons ${HOSTILE.script}`))
    expect(title.text).toContain(squash(`Briefing ${HOSTILE.image}`))

    const ledger = deck.slides.find(slide => slide.view.kind === 'ledger')!
    expect((await textOf(ledger.number)).badges.map(withoutSpace)).toContain(withoutSpace(`Pyong"yang' <b>#1</b>`))

    const [first, second] = deck.slides.filter(slide => slide.view.kind === 'decision')
    const diagram = (await textOf(first!.number)).diagrams[0]!
    expect(diagram.error).toBeNull()
    expect(diagram.participants).toContain(withoutSpace(`Pyong"yang' <b>#1</b>`))
    expect(diagram.title).toBe(squash(`Who decided? ${HOSTILE.mermaid}`.replace(/[{}]/g, '')))
    expect(diagram.events.slice(0, 3).map(event => event.label)).toEqual([`asks ${hostileLabel(HOSTILE.punctuation)}`, `refuses ${hostileLabel(HOSTILE.mermaid)}`, `still ${hostileLabel(HOSTILE.entity)}`].map(squash))
    expect((await textOf(second!.number)).diagrams[0]!.participants).toContain(withoutSpace(`Moscow ${HOSTILE.mermaid}`))
    expect(first!.handout.points.join(' ')).toContain(`Detail ${HOSTILE.script}`)

    const quote = deck.slides.find(slide => slide.view.kind === 'quote')!
    expect((await textOf(quote.number)).text).toContain(squash(`for him the order ${HOSTILE.script} is "law" ${HOSTILE.punctuation}`))
  })

  it('runs from the venue\'s single HTML file: every slide mounts, its text as text, no script runs', async () => {
    const file = join(temporaryDir('hostile-venue-'), 'deck.html')
    writeFileSync(file, await buildVenueHtml(hostile.entry))
    const venue = await context.newPage()
    const errors: string[] = []
    venue.on('pageerror', error => errors.push(error.message))
    for (const slide of deck.slides) {
      await venue.goto(`${pathToFileURL(file).href}#/${slide.number}?clicks=99`)
      await venue.locator(`.slidev-page-${slide.number} .slidev-layout`).first().waitFor({ state: 'visible' })
    }
    await venue.goto(`${pathToFileURL(file).href}#/1`)
    await expect.poll(async () => squash(await venue.locator('.slidev-page-1').textContent() ?? '')).toContain(squash(`Patrons ${HOSTILE.script}`))
    expect(await venue.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(errors).toEqual([])
    await venue.close()
  })

  it('shows hostile speaker notes as text in presenter mode', async () => {
    const noted = deck.slides.filter(slide => [slide.notes.lead, ...slide.notes.steps].some(text => text.includes('-->')))
    expect(noted.length).toBeGreaterThan(2)
    for (const slide of noted) {
      watch.take()
      await visitDeck(page, server.url, `/presenter/${slide.number}`)
      const notes = page.locator('.slidev-note')
      await notes.waitFor({ state: 'visible' })
      await expect.poll(async () => squash(await notes.textContent() ?? ''), { message: `notes of slide ${slide.number}` }).toContain(squash(slide.notes.lead))
      const shown = squash(await notes.textContent() ?? '')
      for (const paragraph of [slide.notes.lead, ...slide.notes.steps])
        expect(shown, `notes of slide ${slide.number}`).toContain(squash(paragraph))
      expect(await page.locator('.slidev-note-click-mark').count(), 'a [click] in the text is not a click marker').toBe(slide.notes.steps.length)
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
      expect(problemsOfPage(watch.take())).toEqual([])
    }
  })
})

describe('a broken dataset', () => {
  /** An event whose sender is no actor of the talk. */
  const breakIt = (raw: Record<string, any>) => {
    raw.episodes[0].events[1].from = 'nowhere'
  }
  const expectedMessage = /first-request.*events\[1\] \(stalin-refuses-march-1949\).*from.*nowhere/s

  it('fails the build with its message and writes nothing', async () => {
    const data = await editedDataset(SECOND_TALK, join(temporaryDir('broken-'), 'data'), breakIt)
    const dist = join(temporaryDir('broken-build-'), 'dist')
    const error = await buildDeck(data, dist, { quiet: true }).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(DatasetError)
    expect((error as DatasetError).message).toMatch(expectedMessage)
    expect(existsSync(entryFor(data).root), 'no entry, no generated deck').toBe(false)
    expect(existsSync(dist), 'no dist').toBe(false)
  })

  it('makes `npm run generate` and `npm run check` exit 1 with the message, leaving the previous output untouched', async () => {
    const data = await editedDataset(SECOND_TALK, join(temporaryDir('broken-'), 'data'), breakIt)
    const out = temporaryDir('broken-out-')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'deck.md'), 'previous deck\n')
    const generate = await runScript('generate', ['--data', data, '--out', out])
    expect(generate.status).toBe(1)
    expect(generate.output).toMatch(expectedMessage)
    expect(readdirSync(out)).toEqual(['deck.md'])
    expect(readFileSync(join(out, 'deck.md'), 'utf8')).toBe('previous deck\n')

    const check = await runScript('check', ['--data', data])
    expect(check.status).toBe(1)
    expect(check.output).toMatch(expectedMessage)
  })
})
