import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { SlideModel } from '../../contract/deck-model.ts'
import type { PageWatch } from '../../scripts/audit/slide-audit.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { prepareContext, problemsOfPage, watchPage } from '../../scripts/audit/slide-audit.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { builtDeckModel, saveFailureShot } from '../support/browser-deck.ts'

const deck = builtDeckModel()
const deckUrl = inject('deckUrl')
/** Slidev's inline timer in the presenter's bottom bar. */
const TIMER = '.grid-section.bottom .font-mono'
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

interface Position { slide: number, clicks: number }

/** Slide number and click of a presenter or audience URL. */
function position(url: string): Position {
  const { pathname, searchParams } = new URL(url)
  return {
    slide: Number(pathname.split('/').filter(Boolean).at(-1)),
    clicks: Number(searchParams.get('clicks') ?? 0),
  }
}

let browser: Browser
let context: BrowserContext
beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({
    viewport: { width: 1600, height: 900 },
  })
  await prepareContext(context)
})
afterAll(async () => {
  await browser?.close()
})

/**
 * The talk as the speaker gives it: a presenter window and an audience window, and → pressed from
 * the first slide to the last. Each slide's test arrives on it by →, checks the presenter's view of
 * it, then steps through its clicks; so every click of the deck is passed once, in order.
 */
describe('presenter mode, stepping through the talk with → while an audience window follows', () => {
  let presenter: Page
  let audience: Page
  let watches: PageWatch[]

  beforeAll(async () => {
    presenter = await context.newPage()
    audience = await context.newPage()
    watches = [
      watchPage(presenter),
      watchPage(audience),
    ]
    await audience.goto(`${deckUrl}/1`)
    await presenter.goto(`${deckUrl}/presenter/1`)
    await presenter.locator('.grid-section.main .slidev-page-1').waitFor({ state: 'visible' })
    await audience.locator('.slidev-page-1').waitFor({ state: 'visible' })
  })
  afterAll(async () => {
    await presenter?.close()
    await audience?.close()
  })

  /** Presses → once and waits until both windows are at `to`. */
  async function forward(to: Position, slide: SlideModel): Promise<void> {
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => position(presenter.url()), { message: 'the presenter moves one step' }).toEqual(to)
    await expect.poll(() => position(audience.url()), { message: 'the audience window follows' }).toEqual(to)
    await audience.locator(`.slidev-page-${to.slide}`).waitFor({ state: 'visible' })
    if (slide.view.kind === 'decision' && to.clicks > 0) {
      // The audience's caption shows the step the presenter has reached.
      await expect.poll(() => audience.locator(`.slidev-page-${to.slide} .decision-caption .step-number`).textContent())
        .toBe(String(to.clicks))
    }
  }

  it.each(deck.slides.map(slide => [slide.number, slide.title, slide] as const))(
    '/presenter/%i (%s): reached by →, shows the notes, the next slide and the timer, and steps through its clicks',
    async (_number, _title, slide) => {
      expect(position(presenter.url()), 'the previous slide ended on its last click').toEqual(slide.number === 1
        ? { slide: 1, clicks: 0 }
        : { slide: slide.number - 1, clicks: deck.slides[slide.number - 2]!.notes.steps.length })
      if (slide.number > 1)
        await forward({ slide: slide.number, clicks: 0 }, slide)

      await presenter.locator(`.grid-section.main .slidev-page-${slide.number}`).waitFor({ state: 'visible' })
      const notes = presenter.locator('.slidev-note')
      await notes.waitFor({ state: 'visible' })
      await expect.poll(async () => squash(await notes.textContent() ?? ''), { message: 'the notes are the slide\'s own' }).toContain(squash(slide.notes.lead))
      const shown = squash(await notes.textContent() ?? '')
      for (const paragraph of [slide.notes.lead, ...slide.notes.steps])
        expect(shown, 'the notes show every paragraph of the slide\'s notes').toContain(squash(paragraph))
      expect(await presenter.locator('.slidev-note .slidev-note-click-mark').count(), 'one click mark per [click]').toBe(slide.notes.steps.length)

      // What comes next: the same slide one click further, or the following slide.
      const next = slide.notes.steps.length > 0
        ? slide.number
        : slide.number + 1
      if (next <= deck.slides.length)
        await presenter.locator(`.grid-section.next .slidev-page-${next}`).waitFor({ state: 'visible' })

      const timer = presenter.locator(TIMER)
      await timer.waitFor({ state: 'visible' })
      expect(squash(await timer.textContent() ?? ''), 'the timer shows minutes and seconds').toMatch(/^(?:\d+|-) ?: ?(?:\d\d|--)$/)

      for (let clicks = 1; clicks <= slide.notes.steps.length; clicks++)
        await forward({ slide: slide.number, clicks }, slide)

      const problems = watches.flatMap(watch => problemsOfPage(watch.take()))
      if (problems.length > 0)
        await saveFailureShot(presenter, `presenter-${slide.number}`)
      expect(problems).toEqual([])
    },
  )
})

describe('the timer', () => {
  it('counts down from the talk\'s slot length', async () => {
    const page = await context.newPage()
    await page.goto(`${deckUrl}/presenter/1`)
    const timer = page.locator(TIMER)
    await timer.waitFor({ state: 'visible' })
    expect(squash(await timer.textContent() ?? '').replace(/\s/g, '')).toBe(`${deck.talk.slotMinutes}:00`)
    await page.close()
  })
})
