import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { pacingAt } from '../../client/pacing.ts'
import { formatSeconds } from '../../contract/deck-model.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { visitDeck } from '../../scripts/browser/visit-deck.ts'
import { renderScriptHtml } from '../../scripts/export/script-html.ts'
import { slideInTalk } from '../../scripts/generate/render-markdown.ts'
import { fixtureModel } from '../support/browser-deck.ts'
import { tapKey } from '../support/tap-key.ts'

const deck = await fixtureModel()
const deckUrl = inject('fixtureUrl')
const T0 = new Date('2026-03-01T10:00:00Z')
/** A slide well into the talk, so the speaker can be ahead of it. */
const slide = deck.plan.slides.find(candidate => candidate.start > 100 && candidate.clicks.length === 1)!

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A presenter at 1024x768 with a controlled clock, on slide `number` with the countdown not yet started. */
async function presenterAt(number: number, query = ''): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
  })
  const page = await context.newPage()
  await page.clock.install({ time: T0 })
  await page.goto(`${deckUrl}/presenter/${number}${query}`)
  await page.locator(`.grid-section.main .slidev-page-${number}`).waitFor({ state: 'visible' })
  return page
}

/** Slidev renders a slide some time after the URL changes. */
const WAIT = { timeout: 15_000 }
const text = async (page: Page, selector: string) => (await page.locator(selector).textContent() ?? '').trim()
const elapsedShown = (page: Page) => text(page, '.deck-pacing-elapsed')

/**
 * A presenter on slide `number` whose clock, from now on, moves only as the test says. It is paused two
 * minutes after the page's clock started, a time the page's load cannot have passed (its waits give up
 * sooner): a pause at a time already past is refused.
 */
async function pausedPresenter(number: number): Promise<Page> {
  const page = await presenterAt(number)
  await page.clock.pauseAt(T0.getTime() + 120_000)
  return page
}

/** A presenter on the slide before `slide`, its clock paused: → starts the countdown on `slide`, then `elapsed` seconds pass. */
async function pacedPresenter(elapsed: number): Promise<Page> {
  const page = await pausedPresenter(slide.slide - 1)
  await tapKey(page, 'ArrowDown')
  await page.locator(`.grid-section.main .slidev-page-${slide.slide}`).waitFor({ state: 'visible' })
  await page.clock.fastForward(elapsed * 1000)
  await expect.poll(() => elapsedShown(page), WAIT).toBe(formatSeconds(elapsed))
  return page
}

/** Each test has a presenter window and a clock of its own. */
describe('pacing in the presenter view', () => {
  it('shows no time elapsed until the first advance starts the countdown', async () => {
    const page = await pausedPresenter(slide.slide - 1)
    await page.locator('.deck-pacing-elapsed').waitFor()
    // A minute on the slide before the first advance: the countdown has not started.
    await page.clock.fastForward(65_000)
    await expect.poll(() => elapsedShown(page), WAIT).toBe('0:00')
    expect(await text(page, '.deck-pacing-status')).toBe('countdown not started')
    expect(await page.locator('.deck-pacing').getAttribute('data-standing')).toBe('not started')
    // On two lines at 1024 px, the longest status leaves Slidev's timer on the screen.
    const timer = (await page.locator('.grid-section.bottom > :last-child').boundingBox())!
    expect(timer.x + timer.width).toBeLessThanOrEqual(1024)
    await tapKey(page, 'ArrowDown')
    await page.locator(`.grid-section.main .slidev-page-${slide.slide}`).waitFor({ state: 'visible' })
    // It runs from the advance: 0:03 three seconds on, where a countdown started with the page would show over three minutes.
    await page.clock.fastForward(3000)
    await expect.poll(() => elapsedShown(page), WAIT).toBe('0:03')
    await page.context().close()
  })

  it('shows ahead, on time, then behind against the plan as the clock runs, and keeps the countdown over a reload', async () => {
    const page = await pacedPresenter(slide.start - 70)
    const shows = async (kind: string, elapsed: number, status: RegExp) => {
      const expected = pacingAt(slideInTalk(deck, deck.slides[slide.slide - 1]!), 0, { started: true, elapsed })
      expect(expected.status, kind).toMatch(status)
      await expect.poll(() => text(page, '.deck-pacing-status'), { ...WAIT, message: kind }).toBe(expected.status)
      expect(await elapsedShown(page), kind).toBe(expected.elapsed)
      expect(await text(page, '.deck-pacing-plan'), kind).toBe(expected.plan)
      expect(await text(page, '.deck-pacing-section'), kind).toMatch(new RegExp(`^section \\d+:\\d\\d / ${expected.budget}$`))
    }
    await shows('ahead', slide.start - 70, /^1:10 ahead$/)
    await page.clock.fastForward(75_000)
    await shows('on time', slide.start + 5, /^on time$/)
    await page.reload()
    await page.locator(`.grid-section.main .slidev-page-${slide.slide}`).waitFor({ state: 'visible' })
    // The clock stays paused over the reload: a second later the countdown reads a second more, not 0:01.
    await page.clock.fastForward(1000)
    await shows('on time after a reload', slide.start + 6, /^on time$/)
    await page.clock.fastForward((slide.seconds + 29) * 1000)
    await shows('behind', slide.start + slide.seconds + 35, /^0:35 behind$/)
    await page.context().close()
  })

  it('keeps Slidev\'s timer on the screen at 1024 px with the widest figures, far behind the plan', async () => {
    // Twenty minutes over: four-digit times (`21:05`, `18:40 behind`, `section 20:10 / 2:00`) and Slidev's overtime.
    const page = await pacedPresenter(slide.start + 20 * 60)
    await expect.poll(() => page.locator('.deck-pacing').getAttribute('data-standing'), WAIT).toBe('behind')
    const timer = (await page.locator('.grid-section.bottom > :last-child').boundingBox())!
    const pacing = (await page.locator('.deck-pacing').boundingBox())!
    expect(timer.x + timer.width).toBeLessThanOrEqual(1024)
    expect(pacing.x + pacing.width).toBeLessThanOrEqual(timer.x)
    // Slidev's countdown reads how far past the slot the talk has run, not `-1:-1:-40` (vite-plugins/countdown-overtime.ts).
    const over = slide.start + 20 * 60 - deck.talk.slotMinutes * 60
    expect(over).toBeGreaterThan(0)
    await expect.poll(async () => (await text(page, '.grid-section.bottom > :last-child')).replace(/\s/g, ''), WAIT).toBe(`-${formatSeconds(over)}`)
    // The figures wrap inside the pacing's room, none cut off at its right.
    for (const figure of await page.locator('.deck-pacing > span').all()) {
      const box = (await figure.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(pacing.x + pacing.width + 0.5)
    }
    await page.context().close()
  })

  it('shows each slide\'s planned start as the speaker script prints it, and a backup slide as not timed in both', async () => {
    const page = await presenterAt(1)
    const script = renderScriptHtml(deck, 'a4')
    for (const number of [1, slide.slide]) {
      await visitDeck(page, deckUrl, `/presenter/${number}`)
      const printed = script.match(new RegExp(`Slide ${number} · (plan \\d+:\\d\\d) · `))![1]
      await expect.poll(() => text(page, '.deck-pacing-plan'), { ...WAIT, message: `slide ${number}` }).toBe(printed)
    }
    const backup = deck.slides.at(-1)!
    expect(backup.backup).toBe(true)
    await visitDeck(page, deckUrl, `/presenter/${backup.number}`)
    await expect.poll(() => text(page, '.deck-pacing-status'), WAIT).toBe('backup: not timed')
    expect(await page.locator('.deck-pacing-plan').count()).toBe(0)
    expect(script).toContain(`Slide ${backup.number} · backup: not timed`)
    await page.context().close()
  })

  it('is never on the audience screen', async () => {
    const presenter = await presenterAt(slide.slide)
    await presenter.locator('.deck-pacing').waitFor({ state: 'visible' })
    const audience = await presenter.context().newPage()
    await audience.goto(`${deckUrl}/${slide.slide}`)
    await audience.locator(`.slidev-page-${slide.slide}`).waitFor({ state: 'visible' })
    // The audience's bar of controls, where the deck's own controls (pacing, in the presenter) are rendered.
    await audience.getByTitle('Show slide overview').waitFor({ state: 'attached' })
    expect(await audience.locator('.deck-pacing').count()).toBe(0)
    await presenter.context().close()
  })
})

describe('presenter at 1024x768', () => {
  const clicking = deck.slides.find(candidate => candidate.notes.steps.length >= 2)!
  let page: Page
  beforeAll(async () => {
    page = await presenterAt(1)
  })
  afterAll(async () => {
    await page?.context().close()
  })

  it.each([
    [1, 0],
    [2, 0],
    [3, 0],
    [clicking.number, 0],
    [clicking.number, 2],
  ])('shows the notes of slide %i, click %i, without scrolling', async (number, clicks) => {
    await visitDeck(page, deckUrl, `/presenter/${number}?clicks=${clicks}`)
    await page.locator(`.grid-section.main .slidev-page-${number}`).waitFor({ state: 'visible' })
    const notes = page.locator('.slidev-note')
    await notes.waitFor({ state: 'visible' })
    const current = clicks === 0
      ? notes.locator('p').first()
      : notes.locator('.slidev-note-click-mark-active').locator('xpath=..')
    // Slidev scrolls the current click into view, smoothly: the part must end up inside the box.
    await expect.poll(async () => {
      const box = (await notes.boundingBox())!
      const part = (await current.boundingBox())!
      return part.y >= box.y - 1 && part.y + part.height <= box.y + box.height + 1
    }, { ...WAIT, message: 'the current part of the notes is in view' }).toBe(true)
    if (number <= 3)
      expect(await notes.evaluate(element => element.scrollHeight <= element.clientHeight + 1)).toBe(true)
    expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('.slidev-note')!).fontSize))).toBeGreaterThanOrEqual(17)
    // The next slide's preview is rendered, and hidden: at this size it would be too small to read.
    const preview = page.locator('.grid-section.next')
    await preview.locator('.slidev-page').first().waitFor({ state: 'attached' })
    expect(await preview.isVisible()).toBe(false)
  })
})

describe('q&A backup at a keystroke', () => {
  const from = deck.slides.find(candidate => candidate.notes.steps.length >= 2 && deck.backups[candidate.number - 1]!.sources.length > 0)!
  const target = deck.backups[from.number - 1]!.backup
  const position = (url: string) => `${new URL(url).pathname.split('/').at(-1)}?${new URL(url).searchParams.get('clicks') ?? '0'}`

  it('b jumps to the sources of the current slide, r returns to its slide and click; the audience follows', async () => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
    })
    const audience = await context.newPage()
    await audience.goto(`${deckUrl}/1`)
    const presenter = await context.newPage()
    await presenter.goto(`${deckUrl}/presenter/${from.number}?clicks=2`)
    await presenter.locator(`.grid-section.main .slidev-page-${from.number}`).waitFor({ state: 'visible' })
    await expect.poll(() => position(audience.url()), WAIT).toBe(`${from.number}?2`)
    await presenter.keyboard.press('b')
    await expect.poll(() => position(presenter.url()), WAIT).toMatch(new RegExp(`^${target}\\?`))
    await expect.poll(() => position(audience.url()), WAIT).toMatch(new RegExp(`^${target}\\?`))
    const sources = deck.slides.find(candidate => candidate.alias === target)!.view
    if (sources.kind !== 'sources')
      throw new Error('the backup is a sources slide')
    expect(sources.entries.map(entry => entry.id)).toContain(deck.backups[from.number - 1]!.sources[0])
    // Ctrl+R reloads the window where a browser does: not `r`, which would leave the sources and forget the way back.
    // The step back and forth after it shows where the window was: the slide before the sources, not the talk's.
    await presenter.keyboard.press('Control+r')
    // Each key waits for the room to follow: Slidev does not pass on a window's move made while it takes in the other
    // window's echo of the last one (its sync's one-tick `updating`), so a key pressed at that moment moves the presenter alone.
    const followed = async (slide: string) => {
      await expect.poll(() => position(presenter.url()), WAIT).toMatch(new RegExp(`^${slide}\\?`))
      await expect.poll(() => position(audience.url()), WAIT).toMatch(new RegExp(`^${slide}\\?`))
      await audience.locator(`.slidev-page-${deck.slides.find(candidate => (candidate.alias ?? String(candidate.number)) === slide)!.number}`).waitFor({ state: 'visible' })
    }
    await presenter.keyboard.press('ArrowLeft')
    const before = deck.slides[deck.slides.find(candidate => candidate.alias === target)!.number - 2]!
    await followed(before.alias ?? String(before.number))
    await presenter.keyboard.press('ArrowRight')
    await followed(target)
    await presenter.locator('.grid-section.main .slidev-layout.deck-sources').waitFor({ state: 'visible' })
    await presenter.keyboard.press('r')
    await expect.poll(() => position(presenter.url()), WAIT).toBe(`${from.number}?2`)
    await expect.poll(() => position(audience.url()), WAIT).toBe(`${from.number}?2`)
    await context.close()
  })
})
