import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { PageWatch } from '../../scripts/audit/slide-audit.ts'
import type { DeckSlide } from '../../scripts/generate/deck-model.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { prepareContext, problemsOfPage, watchPage } from '../../scripts/audit/slide-audit.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { visitDeck } from '../../scripts/browser/visit-deck.ts'
import { builtDeckModel, saveFailureShot } from '../support/browser-deck.ts'

const deck = builtDeckModel()
const deckUrl = inject('deckUrl')
/** Slidev's inline timer in the presenter's bottom bar. */
const TIMER = '.grid-section.bottom .font-mono'
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Slide number and click of a presenter or audience URL. */
function position(url: string): { slide: number, clicks: number } {
  const { pathname, searchParams } = new URL(url)
  return {
    slide: Number(pathname.split('/').filter(Boolean).at(-1)),
    clicks: Number(searchParams.get('clicks') ?? 0),
  }
}

/** Every (slide, click) a speaker passes through pressing → from the first slide to the last. */
function forwardSteps(slides: readonly DeckSlide[]): { slide: number, clicks: number }[] {
  return slides.flatMap(slide => Array.from({ length: slide.notes.steps.length + 1 }, (_, clicks) => ({ slide: slide.number, clicks })))
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

describe('presenter mode', () => {
  let presenter: Page
  let watch: PageWatch
  beforeAll(async () => {
    presenter = await context.newPage()
    watch = watchPage(presenter)
  })
  afterAll(async () => {
    await presenter?.close()
  })

  it.each(deck.slides.map(slide => [slide.number, slide.title, slide] as const))(
    '/presenter/%i (%s) shows the notes, the next slide and the timer',
    async (_number, _title, slide) => {
      watch.take()
      await visitDeck(presenter, deckUrl, `/presenter/${slide.number}`)
      const current = presenter.locator(`.grid-section.main .slidev-page-${slide.number}`)
      await current.waitFor({ state: 'visible' })
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
      const problems = problemsOfPage(watch.take())
      if (problems.length > 0)
        await saveFailureShot(presenter, `presenter-${slide.number}`)
      expect(problems).toEqual([])
    },
  )

  it('the timer counts down from the talk\'s slot length', async () => {
    // A window of its own: the walk above has started the countdown, and a reload keeps it running.
    const fresh = await browser.newContext()
    const page = await fresh.newPage()
    await page.goto(`${deckUrl}/presenter/1`)
    const timer = page.locator(TIMER)
    await timer.waitFor({ state: 'visible' })
    expect(squash(await timer.textContent() ?? '').replace(/\s/g, '')).toBe(`${deck.talk.slotMinutes}:00`)
    await fresh.close()
  })
})

describe('keyboard navigation with an audience window', () => {
  it('→ steps through every click and slide, and the audience window follows', async () => {
    const presenter = await context.newPage()
    const audience = await context.newPage()
    const watches = [
      watchPage(presenter),
      watchPage(audience),
    ]
    await audience.goto(`${deckUrl}/1`)
    await presenter.goto(`${deckUrl}/presenter/1`)
    await presenter.locator('.grid-section.main .slidev-page-1').waitFor({ state: 'visible' })
    await audience.locator('.slidev-page-1').waitFor({ state: 'visible' })
    const steps = forwardSteps(deck.slides)
    expect(position(presenter.url())).toEqual(steps[0])
    for (const step of steps.slice(1)) {
      await presenter.keyboard.press('ArrowRight')
      await expect.poll(() => position(presenter.url()), { message: 'the presenter moves one step' }).toEqual(step)
      await expect.poll(() => position(audience.url()), { message: 'the audience window follows' }).toEqual(step)
      await audience.locator(`.slidev-page-${step.slide}`).waitFor({ state: 'visible' })
      const slide = deck.slides[step.slide - 1]!
      if (slide.view.kind === 'decision' && step.clicks > 0) {
        // The audience's caption shows the step the presenter has reached.
        await expect.poll(() => audience.locator(`.slidev-page-${step.slide} .decision-caption .step-number`).textContent())
          .toBe(String(step.clicks))
      }
    }
    expect(watches.flatMap(watch => problemsOfPage(watch.take()))).toEqual([])
    await presenter.close()
    await audience.close()
  })
})
