import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckModel, SlideModel } from '../../contract/deck-model.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { prepareContext, problemsOfPage, watchPage } from '../../scripts/audit/slide-audit.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { fixtureModel, positionIn, saveFailureShot, stepsOf } from '../support/browser-deck.ts'
import { tapKey } from '../support/tap-key.ts'

const deck: DeckModel = await fixtureModel()
const deckUrl = inject('fixtureUrl')
/** Slidev's inline timer in the presenter's bottom bar. */
const TIMER = '.grid-section.bottom .font-mono'
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Slide number and click of a presenter or audience URL; a slide with a `routeAlias` is addressed by it. */
const position = (url: string) => positionIn(deck, url)

const steps = stepsOf(deck)

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

/** What the presenter must show on a slide: its notes, whole, a click mark per step, the next slide and the timer. */
async function presenterProblems(presenter: Page, slide: SlideModel): Promise<string[]> {
  const problems: string[] = []
  const notes = presenter.locator('.slidev-note')
  await expect.poll(async () => squash(await notes.textContent() ?? ''), { message: `the notes of slide ${slide.number}` }).toContain(squash(slide.notes.lead))
  const shown = squash(await notes.textContent() ?? '')
  for (const paragraph of [slide.notes.lead, ...slide.notes.steps]) {
    if (!shown.includes(squash(paragraph)))
      problems.push(`slide ${slide.number}: the notes lack "${paragraph.slice(0, 40)}"`)
  }
  const marks = await presenter.locator('.slidev-note .slidev-note-click-mark').count()
  if (marks !== slide.notes.steps.length)
    problems.push(`slide ${slide.number}: ${marks} click marks for ${slide.notes.steps.length} steps`)
  const next = slide.notes.steps.length > 0
    ? slide.number
    : slide.number + 1
  // Slidev loads the preview's slide after the current one: wait for it, and stop at the first slide without it.
  if (next <= deck.slides.length)
    await expect.poll(() => presenter.locator(`.grid-section.next .slidev-page-${next}`).isVisible(), { message: `slide ${slide.number}: the next-slide preview shows slide ${next}` }).toBe(true)
  if (!/^(?:\d+|-) ?: ?(?:\d\d|--)$/.test(squash(await presenter.locator(TIMER).textContent() ?? '')))
    problems.push(`slide ${slide.number}: the timer shows no minutes and seconds`)
  return problems
}

/**
 * The talk as the speaker gives it: a presenter window and an audience window, and → pressed from the
 * first slide to the last, every step checked on the way. One walk, its problems gathered and reported
 * together, so a fault on one slide does not hide the rest.
 */
describe('presenter mode, stepping through the talk with → while an audience window follows', () => {
  it('reaches every click in order in both windows, and shows each slide\'s notes, the next slide and the timer', async () => {
    const presenter = await context.newPage()
    const audience = await context.newPage()
    const watches = [
      watchPage(presenter),
      watchPage(audience),
    ]
    await audience.goto(`${deckUrl}/1`)
    await presenter.goto(`${deckUrl}/presenter/1`)
    await presenter.locator('.grid-section.main .slidev-page-1').waitFor({ state: 'visible' })
    const problems = await presenterProblems(presenter, deck.slides[0]!)
    for (const step of steps.slice(1)) {
      await tapKey(presenter, 'ArrowRight')
      await expect.poll(() => position(presenter.url()), { message: 'the presenter moves one step' }).toEqual(step)
      await expect.poll(() => position(audience.url()), { message: 'the audience window follows' }).toEqual(step)
      await audience.locator(`.slidev-page-${step.slide}`).waitFor({ state: 'visible' })
      if (step.clicks === 0)
        problems.push(...await presenterProblems(presenter, deck.slides[step.slide - 1]!))
    }
    problems.push(...watches.flatMap(watch => problemsOfPage(watch.take())))
    if (problems.length > 0)
      await saveFailureShot(presenter, 'presenter-walk')
    expect(problems).toEqual([])
  })

  it('counts down from the talk\'s slot length', async () => {
    const page = await context.newPage()
    await page.goto(`${deckUrl}/presenter/1`)
    const timer = page.locator(TIMER)
    await expect.poll(async () => (await timer.textContent() ?? '').replace(/\s/g, '')).toBe(`${deck.talk.slotMinutes}:00`)
    await page.close()
  })
})
