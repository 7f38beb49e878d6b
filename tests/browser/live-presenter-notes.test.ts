import type { Browser } from 'playwright-chromium'
import type { SlideModel } from '../../contract/deck-model.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { prepareContext } from '../../scripts/audit/slide-audit.ts'
import { launchChromium } from '../../scripts/browser/launch-browser.ts'
import { visitDeck } from '../../scripts/browser/visit-deck.ts'
import { saveFailureShot, talkModel } from '../support/browser-deck.ts'
import { notesInView } from '../support/presenter-notes.ts'
import { tapKey } from '../support/tap-key.ts'

const deck = await talkModel()
const deckUrl = inject('talkUrl')
const words = (text: string) => text.split(/\s+/).filter(Boolean).length

/** The laptops a speaker meets, and the smallest notes type each must show. */
const SCREENS = [
  { width: 1024, height: 768, minFontPx: 16 },
  { width: 1366, height: 768, minFontPx: 16 },
  { width: 1920, height: 1080, minFontPx: 18 },
] as const

/** The timed slides holding the talk's longest notes of one step (a lead or a click), longest first. */
function slidesWithLongestNotes(count: number): SlideModel[] {
  const longest = (slide: SlideModel) => Math.max(...[slide.notes.lead, ...slide.notes.steps].map(words))
  return deck.slides
    .filter(slide => !slide.backup)
    .toSorted((a, b) => longest(b) - longest(a))
    .slice(0, count)
}

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe.each(SCREENS)('the presenter at $width x $height', (screen) => {
  it('keeps the current click\'s notes in view, at a readable size, while → steps through the slides with the longest notes', async () => {
    const context = await browser.newContext({
      viewport: { width: screen.width, height: screen.height },
    })
    await prepareContext(context)
    const presenter = await context.newPage()
    const problems: string[] = []
    for (const slide of slidesWithLongestNotes(5)) {
      // As the speaker's `g` jumps: the deck's router moves, the presenter view stays loaded.
      await visitDeck(presenter, deckUrl, `/presenter/${slide.number}`)
      await presenter.locator(`.grid-section.main .slidev-page-${slide.number}`).waitFor({ state: 'visible' })
      for (let click = 0; click <= slide.notes.steps.length; click++) {
        if (click > 0)
          await tapKey(presenter, 'ArrowRight')
        await expect.poll(() => presenter.url()).toMatch(click > 0
          ? new RegExp(`/presenter/${slide.number}\\?clicks=${click}$`)
          : new RegExp(`/presenter/${slide.number}$`))
        // The pane scrolls a frame or two after the click (later on a loaded machine); poll until it has settled in view, or time out and report.
        let seen = await notesInView(presenter)
        await expect.poll(async () => (seen = await notesInView(presenter)).inView, { timeout: 5000 }).toBe(true).catch(() => undefined)
        if (!seen.inView) {
          await saveFailureShot(presenter, `notes-${screen.width}-${slide.number}-${click}`)
          problems.push(`slide ${slide.number}, click ${click}: the current notes run ${seen.outside}px outside a ${seen.paneWidth}x${seen.paneHeight} pane`)
        }
        if (seen.fontPx < screen.minFontPx)
          problems.push(`slide ${slide.number}, click ${click}: notes at ${seen.fontPx}px, under ${screen.minFontPx}px`)
      }
    }
    await context.close()
    expect(problems).toEqual([])
  })
})
